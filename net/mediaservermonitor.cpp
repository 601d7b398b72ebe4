#include "net/mediaservermonitor.h"

#include "net/hostprobe.h"
#include "net/mediaserverconnection.h"

#include <QDateTime>
#include <QSet>
#include <QSslConfiguration>

namespace ucmc {

namespace {
bool isProbeable(const QUrl &url)
{
    return url.isValid() && (url.scheme() == QLatin1String("ws") || url.scheme() == QLatin1String("wss"))
           && !url.host().isEmpty();
}
} // namespace

MonitorWorker::MonitorWorker(QObject *parent)
    : QObject(parent)
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(kBatchIntervalMs);
    connect(&m_batchTimer, &QTimer::timeout, this, &MonitorWorker::flush);
}

MonitorWorker::~MonitorWorker()
{
    shutdown();
}

void MonitorWorker::setTargets(const QStringList &urls)
{
    const QSet<QString> wanted(urls.cbegin(), urls.cend());
    for (auto it = m_connections.begin(); it != m_connections.end();) {
        if (!wanted.contains(it.key())) {
            delete it.value();
            m_pending.remove(it.key());
            m_last.remove(it.key());
            it = m_connections.erase(it);
        } else {
            ++it;
        }
    }
    for (const QString &key : wanted) {
        if (m_connections.contains(key))
            continue;
        const QUrl url(key.trimmed(), QUrl::StrictMode);
        if (!isProbeable(url)) {
            ServerHealth h;
            h.state = HealthState::NotMonitored;
            h.failure = FailureCode::InvalidUrl;
            h.stateSinceMs = QDateTime::currentMSecsSinceEpoch();
            m_connections.insert(key, nullptr);
            queue(key, h);
            continue;
        }
        m_connections.insert(key, createConnection(key));
    }
}

MediaServerConnection *MonitorWorker::createConnection(const QString &key)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_trusted.isEmpty())
        tls.addCaCertificates(m_trusted);
    auto *connection = new MediaServerConnection(QUrl(key.trimmed(), QUrl::StrictMode), m_settings, tls, this);
    connect(connection, &MediaServerConnection::healthChanged, this, [this, key](const ServerHealth &health) {
        noteChanges(key, health);
        queue(key, health);
    });
    connection->start();
    return connection;
}

void MonitorWorker::setSettings(const ProbeSettings &settings)
{
    m_settings = settings.bounded();
    for (MediaServerConnection *connection : std::as_const(m_connections)) {
        if (connection)
            connection->setSettings(m_settings);
    }
    if (m_hostProbe)
        m_hostProbe->setTarget(m_ucServerHost, m_settings);
}

void MonitorWorker::setTrustedCertificates(const QList<QSslCertificate> &certificates)
{
    m_trusted = certificates;
    // Rebuild the secure connections so they verify against the new set.
    const QStringList keys = m_connections.keys();
    for (const QString &key : keys) {
        MediaServerConnection *connection = m_connections.value(key);
        if (connection && connection->url().scheme() == QLatin1String("wss")) {
            delete connection;
            m_connections[key] = createConnection(key);
        }
    }
}

void MonitorWorker::setUcServerHost(const QString &host)
{
    m_ucServerHost = host;
    if (!m_hostProbe) {
        m_hostProbe = new HostProbe(this);
        connect(m_hostProbe, &HostProbe::healthChanged, this, &MonitorWorker::hostHealthChanged);
    }
    m_hostProbe->setTarget(host, m_settings);
}

void MonitorWorker::shutdown()
{
    qDeleteAll(m_connections);
    m_connections.clear();
    m_pending.clear();
    m_batchTimer.stop();
    delete m_hostProbe;
    m_hostProbe = nullptr;
}

void MonitorWorker::setMaintenance(const QString &key, bool on)
{
    if (MediaServerConnection *connection = m_connections.value(key))
        connection->setMaintenance(on);
}

void MonitorWorker::noteChanges(const QString &key, const ServerHealth &health)
{
    const ServerHealth before = m_last.value(key);
    m_last.insert(key, health);
    const auto event = [&](ServerEvent::Kind kind, const QString &text) {
        ServerEvent e;
        e.time = QDateTime::currentDateTimeUtc();
        e.kind = kind;
        e.server = key;
        e.from = before.state;
        e.to = health.state;
        e.failure = health.failure;
        e.text = text;
        emit eventOccurred(e);
    };
    if (health.state != before.state && health.state != HealthState::Connecting) {
        const QString reason = healthReasonText(health);
        event(ServerEvent::Kind::StateChanged,
              reason.isEmpty() || health.state == HealthState::Up
                  ? tr("%1 → %2").arg(healthStateText(before.state), healthStateText(health.state))
                  : tr("%1 → %2: %3").arg(healthStateText(before.state), healthStateText(health.state), reason));
    }
    if (!before.serverId.isEmpty() && !health.serverId.isEmpty() && before.serverId != health.serverId)
        event(ServerEvent::Kind::Restarted,
              tr("The media server restarted (new serverId): calls it was handling were lost."));
    if (!before.version.isEmpty() && !health.version.isEmpty() && before.version != health.version)
        event(ServerEvent::Kind::VersionChanged, tr("Version changed from %1 to %2").arg(before.version, health.version));
}

void MonitorWorker::queue(const QString &key, const ServerHealth &health)
{
    m_pending.insert(key, health);
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void MonitorWorker::flush()
{
    HealthUpdates updates;
    updates.reserve(m_pending.size());
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        updates.append({it.key(), it.value()});
    m_pending.clear();
    if (!updates.isEmpty())
        emit healthBatch(updates);
}

MediaServerMonitor::MediaServerMonitor(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ucmc::HealthUpdates>();
    qRegisterMetaType<ucmc::HostHealth>();
    qRegisterMetaType<ucmc::ProbeSettings>();
    qRegisterMetaType<ucmc::ServerEvent>();
    m_thread.setObjectName(QStringLiteral("ucmc-monitor"));
    m_worker = new MonitorWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &MonitorWorker::healthBatch, this, &MediaServerMonitor::healthChanged);
    connect(m_worker, &MonitorWorker::hostHealthChanged, this, &MediaServerMonitor::hostHealthChanged);
    connect(m_worker, &MonitorWorker::eventOccurred, this, &MediaServerMonitor::eventOccurred);
    m_thread.start();
}

MediaServerMonitor::~MediaServerMonitor()
{
    // Close every socket in the thread that owns them, then stop the thread.
    QMetaObject::invokeMethod(m_worker, &MonitorWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void MediaServerMonitor::setTargets(const QStringList &urls)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, urls] { w->setTargets(urls); });
}

void MediaServerMonitor::setSettings(const ProbeSettings &settings)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, settings] { w->setSettings(settings); });
}

void MediaServerMonitor::setTrustedCertificates(const QList<QSslCertificate> &certificates)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, certificates] { w->setTrustedCertificates(certificates); });
}

void MediaServerMonitor::setMaintenance(const QString &key, bool on)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, key, on] { w->setMaintenance(key, on); });
}

void MediaServerMonitor::setUcServerHost(const QString &host)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, host] { w->setUcServerHost(host); });
}

} // namespace ucmc
