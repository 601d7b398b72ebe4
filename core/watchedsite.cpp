#include "core/watchedsite.h"

#include "core/configfilewatcher.h"
#include "core/restartwatch.h"
#include "core/sitemonitor.h"
#include "models/configfilereader.h"
#include "models/configsnapshot.h"
#include "models/configwriter.h"
#include "models/sitestatus.h"

#include <QDateTime>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace ucmc {

// What a reading of the file found, worked out off the calling thread.
struct WatchedSite::Reading
{
    QString path;
    QByteArray hash; // empty: not read
    QString error;   // translated; empty: the list below is the file's
    QStringList keys;
    QHash<QString, QString> notMonitored;
};

WatchedSite::WatchedSite(const Site &site, const Options &options, QObject *parent)
    : QObject(parent)
    , m_site(site)
    , m_options(options)
    , m_monitor(new SiteMonitor(this))
    , m_watcher(new ConfigFileWatcher(this))
    , m_restart(new RestartWatch(options.credentials, this))
{
    if (!options.trustedCertificates.isEmpty())
        m_monitor->setTrustedCertificates(options.trustedCertificates);
    m_monitor->setDetail(options.detail);
    m_monitor->setSite(m_site, options.hostOverride);
    m_restart->setSite(m_site, m_monitor->ucServerHost());
    connect(m_watcher, &ConfigFileWatcher::changedOnDisk, this, &WatchedSite::read);
    // Statistics arrive every second; a tile changes far less often. Tell only real changes.
    m_changed = [this, last = std::make_shared<SiteStatus>()] {
        SiteStatus now = status();
        if (now == *last)
            return;
        *last = std::move(now);
        emit statusChanged();
    };
    connect(m_monitor, &SiteMonitor::statusChanged, this, m_changed);
    connect(m_monitor, &SiteMonitor::hostHealthChanged, this, m_changed);
    connect(this, &WatchedSite::fileRead, this, m_changed);
    connect(m_restart, &RestartWatch::changed, this, m_changed);
    read();
}

WatchedSite::~WatchedSite() = default;

void WatchedSite::setSite(const Site &site)
{
    const bool otherFile = site.configPath != m_site.configPath;
    m_site = site;
    if (!m_followed)
        m_monitor->setSite(m_site, m_options.hostOverride);
    m_restart->setSite(m_site, source()->ucServerHost());
    if (otherFile) {
        m_watcher->watch({}, {});
        read();
    }
    emit statusChanged();
}

void WatchedSite::read()
{
    const quint64 generation = ++m_generation;
    const QString path = m_site.configPath;
    auto *watcher = new QFutureWatcher<Reading>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            onRead(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path] {
        Reading reading;
        reading.path = path;
        const auto file = ConfigFileReader::read(path);
        if (!file.ok()) {
            reading.error = file.error().message;
            return reading;
        }
        reading.hash = ConfigWriter::hashOf(file.value().bytes);
        const ConfigSnapshot snapshot = ConfigSnapshot::fromBytes(path, file.value().bytes);
        if (snapshot.status != ConfigSnapshot::Status::Ok) {
            reading.error = snapshot.error.withPosition();
            return reading;
        }
        for (const ServerRow &row : snapshot.rows) {
            const QString key = row.url.isEmpty() ? tr("(entry %1)").arg(row.position) : row.url;
            if (reading.keys.contains(key))
                continue;
            reading.keys.append(key);
            if (!row.problem.isEmpty())
                reading.notMonitored.insert(key, row.problem);
        }
        return reading;
    }));
}

void WatchedSite::onRead(const Reading &reading)
{
    // The watch reports the next change from what was read (nothing read: any file that appears).
    if (m_watcher->path() == QFileInfo(reading.path).absoluteFilePath())
        m_watcher->setKnownHash(reading.hash);
    else
        m_watcher->watch(reading.path, reading.hash);
    const bool first = !std::exchange(m_hasRead, true);
    if (!reading.error.isEmpty()) {
        m_lastReadOk = false;
        m_readError = reading.error; // the last list stays monitored
        emit fileRead();
        return;
    }
    m_lastReadOk = true;
    m_readError.clear();
    m_lastSuccessMs = QDateTime::currentMSecsSinceEpoch();
    if (first || reading.keys != m_keys || reading.notMonitored != m_notMonitored) {
        m_keys = reading.keys;
        m_notMonitored = reading.notMonitored;
        if (!m_followed)
            m_monitor->setServers(probedKeys());
    }
    if (!first)
        m_restart->check(); // written by someone: after the UC WebServer started?
    emit fileRead();
}

QStringList WatchedSite::probedKeys() const
{
    QStringList probed;
    for (const QString &key : m_keys) {
        if (!m_notMonitored.contains(key))
            probed.append(key);
    }
    return probed;
}

const SiteMonitor *WatchedSite::source() const
{
    return m_followed ? m_followed.data() : m_monitor;
}

void WatchedSite::followMonitor(SiteMonitor *monitor)
{
    if (monitor && monitor == m_followed)
        return;
    const bool wasFollowing = !m_followConnections.isEmpty(); // also when that monitor is being destroyed
    stopFollowing();
    if (!monitor) {
        if (!wasFollowing)
            return;
        // Probe again on its own: the same settings, host and list as before it followed.
        m_monitor->setSite(m_site, m_options.hostOverride);
        m_monitor->setServers(probedKeys());
        m_changed();
        return;
    }
    m_followed = monitor;
    m_monitor->setServers({}); // closes its connections
    m_monitor->setUcServerHost({});
    m_followConnections << connect(monitor, &SiteMonitor::statusChanged, this, m_changed)
                        << connect(monitor, &SiteMonitor::hostHealthChanged, this, m_changed)
                        << connect(monitor, &QObject::destroyed, this, [this] { followMonitor(nullptr); });
    m_changed();
}

bool WatchedSite::isFollowing() const
{
    return m_followed != nullptr;
}

void WatchedSite::stopFollowing()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_followConnections))
        disconnect(connection);
    m_followConnections.clear();
    m_followed = nullptr;
}

ServerHealth WatchedSite::healthOf(const QString &key) const
{
    if (!m_notMonitored.contains(key))
        return source()->health().value(key);
    ServerHealth health;
    health.state = HealthState::NotMonitored;
    health.failure = FailureCode::InvalidUrl;
    return health;
}

SiteStatus WatchedSite::status() const
{
    QHash<QString, ServerHealth> health;
    for (const QString &key : m_keys)
        health.insert(key, healthOf(key));
    SiteStatus status = SiteStatus::of(m_keys, health);
    status.siteId = m_site.id;
    status.name = siteName(m_site);
    status.ucServerHost = source()->ucServerHost();
    status.host = source()->hostHealth();
    status.restart = m_restart->need();
    status.fileRead = m_lastSuccessMs > 0; // a list was read: it stays monitored whatever comes after
    status.fileProblem = m_readError;
    return status;
}

} // namespace ucmc
