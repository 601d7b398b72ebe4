#include "net/monitor/mediaservermonitor.h"

#include "net/monitor/hostprobe.h"
#include "net/monitor/mediaserverconnection.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

namespace ucmc {

namespace {
bool isProbeable(const QUrl &url)
{
    return url.isValid() && (url.scheme() == QLatin1String("ws") || url.scheme() == QLatin1String("wss"))
           && !url.host().isEmpty();
}
} // namespace

MonitorWorker::MonitorWorker(ProbeScheduler *scheduler, QObject *parent)
    : QObject(parent)
    , m_scheduler(scheduler)
{
    m_batchTimer.setSingleShot(true);
    connect(&m_batchTimer, &QTimer::timeout, this, &MonitorWorker::flush);
    rebuildTls();
}

void MonitorWorker::StatsFlush::due()
{
    pending = false;
    if (ProbeScheduler::nowMs() - worker->m_lastFlushMs >= kBatchIntervalMs)
        worker->flush();
    worker->scheduleStatsFlush();
}

void MonitorWorker::scheduleStatsFlush()
{
    if (m_dirty.empty() || m_statsFlush.pending)
        return;
    m_statsFlush.pending = true;
    m_scheduler->schedule(&m_statsFlush, ProbeScheduler::nowMs() + kStatsFlushMs,
                         m_scheduler->periodicGrid(m_settings.intervalMs));
}

MonitorWorker::~MonitorWorker()
{
    shutdown();
}

const ServerHealth &MonitorWorker::healthOf(const Entry &entry) const
{
    return entry.connection ? entry.connection->health() : entry.fixedHealth;
}

void MonitorWorker::rebuildTls()
{
    m_tlsConfiguration = QSslConfiguration::defaultConfiguration();
    m_tlsConfiguration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_trusted.isEmpty()) {
        // Setting CA certificates turns off Qt's on-demand loading of the system's: add both.
        m_tlsConfiguration.setCaCertificates(QSslConfiguration::systemCaCertificates() + m_trusted);
    }
}

TlsPolicy MonitorWorker::policyFor(const QString &key) const
{
    TlsPolicy policy;
    policy.configuration = m_tlsConfiguration;
    policy.pinnedSha256 = m_pins.value(key);
    return policy;
}

void MonitorWorker::setTargets(const QStringList &urls)
{
    const QSet<QString> wanted(urls.cbegin(), urls.cend());
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (wanted.contains(it.key())) {
            ++it;
            continue;
        }
        Entry *entry = it.value();
        m_dirty.erase(std::remove(m_dirty.begin(), m_dirty.end(), entry), m_dirty.end());
        delete entry; // closes its connection (close frame 1001)
        it = m_entries.erase(it);
    }
    QStringList added;
    QSet<QString> seen;
    for (const QString &key : urls) {
        if (!m_entries.contains(key) && !seen.contains(key)) {
            seen.insert(key);
            added << key;
        }
    }
    // The grid of periodic work follows the installation's size (see ProbeScheduler::gridFor).
    const int clients = int(m_entries.size() + added.size());
    m_scheduler->addPeriodicClients(clients - m_periodicClients);
    m_periodicClients = clients;
    // Spread the first attempts over one interval: pings keep their phase from then on. Counted over
    // the whole thread: 200 sites of 5 servers each, read at the same moment, are as many pings as
    // one site of 1,000 and would otherwise all fall on the same grid point.
    const int spread = m_scheduler->periodicClients() > 16 ? qMin(m_settings.intervalMs, kMaxStartSpreadMs) : 0;
    for (int i = 0; i < added.size(); ++i) {
        const QString &key = added.at(i);
        auto *entry = new Entry;
        entry->key = key;
        m_entries.insert(key, entry);
        const QUrl url(key.trimmed(), QUrl::StrictMode);
        if (!isProbeable(url)) {
            entry->fixedHealth.state = HealthState::NotMonitored;
            entry->fixedHealth.failure = FailureCode::InvalidUrl;
            entry->fixedHealth.stateSinceMs = QDateTime::currentMSecsSinceEpoch();
            markDirty(entry, true);
            continue;
        }
        entry->connection =
            std::make_unique<MediaServerConnection>(url, m_settings, policyFor(key), m_scheduler, nullptr);
        entry->connection->setObserver(this, entry);
        entry->connection->setDetail(m_detail);
        entry->connection->start(spread > 0 ? int(qint64(spread) * i / added.size()) : 0);
    }
}

void MonitorWorker::setSettings(const ProbeSettings &settings)
{
    m_settings = settings.bounded();
    for (Entry *entry : std::as_const(m_entries)) {
        if (entry->connection)
            entry->connection->setSettings(m_settings);
    }
    if (m_hostProbe)
        m_hostProbe->setTarget(m_ucServerHost, m_settings);
}

void MonitorWorker::setTrustedCertificates(const QList<QSslCertificate> &certificates)
{
    if (certificates == m_trusted)
        return;
    m_trusted = certificates;
    rebuildTls();
    // Secure connections start over with the new trust; the others are not touched.
    for (Entry *entry : std::as_const(m_entries)) {
        if (entry->connection && entry->connection->isSecure())
            entry->connection->setTlsPolicy(policyFor(entry->key));
    }
}

void MonitorWorker::setPinnedCertificates(const QHash<QString, QByteArray> &pins)
{
    m_pins = pins;
    for (Entry *entry : std::as_const(m_entries)) {
        if (entry->connection && entry->connection->isSecure()
            && entry->connection->tlsPolicy().pinnedSha256 != m_pins.value(entry->key))
            entry->connection->setTlsPolicy(policyFor(entry->key));
    }
}

void MonitorWorker::setUcServerHost(const QString &host)
{
    m_ucServerHost = host;
    if (!m_hostProbe) {
        m_hostProbe = new HostProbe(m_scheduler, this);
        connect(m_hostProbe, &HostProbe::healthChanged, this, &MonitorWorker::hostHealthChanged);
    }
    m_hostProbe->setTarget(host, m_settings);
}

void MonitorWorker::shutdown()
{
    m_dirty.clear();
    qDeleteAll(m_entries);
    m_entries.clear();
    m_batchTimer.stop();
    m_scheduler->cancel(&m_statsFlush);
    m_statsFlush.pending = false;
    m_scheduler->addPeriodicClients(-m_periodicClients);
    m_periodicClients = 0;
    delete m_hostProbe;
    m_hostProbe = nullptr;
}

void MonitorWorker::setMaintenance(const QString &key, bool on)
{
    Entry *entry = m_entries.value(key);
    if (entry && entry->connection)
        entry->connection->setMaintenance(on);
}

void MonitorWorker::setDetail(ProbeDetail detail)
{
    if (detail == m_detail)
        return;
    m_detail = detail;
    if (detail == ProbeDetail::Status) {
        // Statistics waiting for a batch stay here too; changes a user sees still go out.
        const auto statsOnly = [](Entry *entry) {
            if (entry->urgent)
                return false;
            entry->stats = entry->queued = false;
            return true;
        };
        m_dirty.erase(std::remove_if(m_dirty.begin(), m_dirty.end(), statsOnly), m_dirty.end());
    }
    for (Entry *entry : std::as_const(m_entries)) {
        if (!entry->connection)
            continue;
        entry->connection->setDetail(detail);
        // Back to everything: the statistics gathered meanwhile go out with the next batch.
        if (detail == ProbeDetail::Full)
            markDirty(entry, false);
    }
}

void MonitorWorker::connectionChanged(MediaServerConnection *connection, bool urgent)
{
    if (!urgent && m_detail == ProbeDetail::Status)
        return; // statistics nobody shows
    auto *entry = static_cast<Entry *>(connection->context());
    if (urgent)
        noteChanges(*entry, connection->health());
    markDirty(entry, urgent);
}

void MonitorWorker::markDirty(Entry *entry, bool urgent)
{
    if (urgent)
        entry->urgent = true;
    else
        entry->stats = true;
    if (!entry->queued) {
        entry->queued = true;
        m_dirty.push_back(entry);
    }
    scheduleStatsFlush();
    if (urgent) {
        // At once if the last batch is old enough, else as soon as it is: never more than ten a second.
        const qint64 wait = qMax<qint64>(0, m_lastUrgentFlushMs + kBatchIntervalMs - ProbeScheduler::nowMs());
        if (!m_batchTimer.isActive() || m_batchTimer.remainingTime() > wait)
            m_batchTimer.start(int(wait));
    }
}

void MonitorWorker::noteChanges(Entry &entry, const ServerHealth &health)
{
    const HealthState before = entry.state;
    const auto event = [&](ServerEvent::Kind kind, const QString &text) {
        ServerEvent e;
        e.time = QDateTime::currentDateTimeUtc();
        e.kind = kind;
        e.server = entry.key;
        e.from = before;
        e.to = health.state;
        e.failure = health.failure;
        e.text = text;
        emit eventOccurred(e);
    };
    if (health.state != before && health.state != HealthState::Connecting) {
        const QString reason = healthReasonText(health);
        event(ServerEvent::Kind::StateChanged,
              reason.isEmpty() || health.state == HealthState::Up
                  ? tr("%1 → %2").arg(healthStateText(before), healthStateText(health.state))
                  : tr("%1 → %2: %3").arg(healthStateText(before), healthStateText(health.state), reason));
    }
    entry.state = health.state;
    if (!entry.serverId.isEmpty() && !health.serverId.isEmpty() && entry.serverId != health.serverId)
        event(ServerEvent::Kind::Restarted,
              tr("The media server restarted (new serverId): calls it was handling were lost."));
    if (!health.serverId.isEmpty())
        entry.serverId = health.serverId;
    if (!entry.version.isEmpty() && !health.version.isEmpty() && entry.version != health.version)
        event(ServerEvent::Kind::VersionChanged, tr("Version changed from %1 to %2").arg(entry.version, health.version));
    if (!health.version.isEmpty())
        entry.version = health.version;
    // Once per certificate: the warning must be on record (event log, alerts) before the day it
    // expires, not only as a coloured cell.
    if (health.state == HealthState::Up && !health.certificate.isNull()
        && health.certificate.daysToExpiry() < CertificateInfo::kWarningDays
        && health.certificate.sha256 != entry.expiringCertificate) {
        entry.expiringCertificate = health.certificate.sha256;
        const int days = health.certificate.daysToExpiry();
        event(ServerEvent::Kind::CertificateExpiring,
              days < 0 ? tr("The certificate has expired (SHA-256 %1).").arg(health.certificate.fingerprintText())
                       : tr("The certificate expires in %n days, on %1: renew it on the media server.", nullptr, days)
                             .arg(QLocale().toString(health.certificate.notAfter.toLocalTime().date(),
                                                     QLocale::ShortFormat)));
    }
    if (health.failure == FailureCode::TlsChanged && !health.certificate.isNull()
        && health.certificate.sha256 != entry.alarmedCertificate) {
        entry.alarmedCertificate = health.certificate.sha256;
        event(ServerEvent::Kind::CertificateChanged,
              tr("The server presents another certificate than the one you trusted (SHA-256 %1).")
                  .arg(health.certificate.fingerprintText()));
    }
}

void MonitorWorker::flush()
{
    const qint64 now = ProbeScheduler::nowMs();
    HealthUpdates updates;
    std::vector<Entry *> waiting;
    bool urgent = false;
    for (Entry *entry : m_dirty) {
        urgent = urgent || entry->urgent;
        if (entry->urgent || now - entry->lastSentMs >= kStatsIntervalMs) {
            updates.append({entry->key, healthOf(*entry)});
            entry->urgent = entry->stats = entry->queued = false;
            entry->lastSentMs = now;
        } else {
            waiting.push_back(entry);
        }
    }
    m_dirty.swap(waiting);
    if (m_dirty.empty()) {
        m_scheduler->cancel(&m_statsFlush);
        m_statsFlush.pending = false;
    }
    if (updates.isEmpty())
        return;
    m_lastFlushMs = now;
    if (urgent)
        m_lastUrgentFlushMs = now;
    emit healthBatch(updates);
}

MediaServerMonitor::MediaServerMonitor(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ucmc::HealthUpdates>();
    qRegisterMetaType<ucmc::HostHealth>();
    qRegisterMetaType<ucmc::ProbeSettings>();
    qRegisterMetaType<ucmc::ServerEvent>();
    m_thread = MonitorThread::shared();
    m_worker = new MonitorWorker(m_thread->scheduler());
    m_worker->moveToThread(m_thread->thread());
    connect(m_worker, &MonitorWorker::healthBatch, this, &MediaServerMonitor::healthChanged);
    connect(m_worker, &MonitorWorker::hostHealthChanged, this, &MediaServerMonitor::hostHealthChanged);
    connect(m_worker, &MonitorWorker::eventOccurred, this, &MediaServerMonitor::eventOccurred);
}

MediaServerMonitor::~MediaServerMonitor()
{
    // Close every socket in the thread that owns them; the thread stops with its last monitor.
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { delete w; }, Qt::BlockingQueuedConnection);
}

quint64 MediaServerMonitor::answeredPings()
{
    return MediaServerConnection::totalPongs();
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

void MediaServerMonitor::setPinnedCertificates(const QHash<QString, QByteArray> &pins)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, pins] { w->setPinnedCertificates(pins); });
}

void MediaServerMonitor::setMaintenance(const QString &key, bool on)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, key, on] { w->setMaintenance(key, on); });
}

void MediaServerMonitor::setDetail(ProbeDetail detail)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, detail] { w->setDetail(detail); });
}

void MediaServerMonitor::setUcServerHost(const QString &host)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, host] { w->setUcServerHost(host); });
}

} // namespace ucmc
