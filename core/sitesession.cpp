#include "core/sitesession.h"

#include "core/alertfeed.h"
#include "core/configfilewatcher.h"
#include "core/documentsession.h"
#include "core/restartwatch.h"
#include "core/sitemonitor.h"
#include "models/eventlog.h"
#include "models/servertablemodel.h"
#include "core/applytransaction.h"

#include <QDateTime>
#include <memory>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace ucmc {

SiteSession::SiteSession(const Site &site, const Options &options, QObject *parent)
    : QObject(parent)
    , m_site(site)
    , m_options(options)
    , m_document(new DocumentSession(this))
    , m_servers(new ServerTableModel(this))
    , m_monitor(new SiteMonitor(this))
    , m_alerts(new AlertFeed(this))
    , m_eventLog(new EventLog(EventLog::kDefaultCapacity, this))
    , m_watcher(new ConfigFileWatcher(this))
    , m_restart(new RestartWatch(options.credentials, this))
{
    if (!options.eventLogFolder.isEmpty())
        m_eventLogErrors = m_eventLog->openStore(options.eventLogFolder).errors;
    if (!options.trustedCertificates.isEmpty())
        m_monitor->setTrustedCertificates(options.trustedCertificates);
    m_monitor->setSite(m_site, m_options.hostOverride);
    m_alerts->policy().setUcServerHost(m_monitor->ucServerHost());
    m_restart->setSite(m_site, m_monitor->ucServerHost());

    connect(m_monitor, &SiteMonitor::healthChanged, this, [this](const HealthUpdates &updates) {
        // Statistics only (every ping): the model keeps them for the display clock's next tick;
        // summaries, banners, tray and alerts depend on status only.
        if (!m_servers->applyHealth(updates))
            return;
        refreshCommonVersion();
        m_alerts->policy().applyHealth(updates, QDateTime::currentMSecsSinceEpoch());
        m_alerts->update();
        emit statusChanged();
    });
    connect(m_monitor, &SiteMonitor::hostHealthChanged, this, [this](const HostHealth &health) {
        m_alerts->policy().applyHostHealth(health, QDateTime::currentMSecsSinceEpoch());
        m_alerts->update();
        emit hostHealthChanged(health);
    });
    connect(m_monitor, &SiteMonitor::eventOccurred, this, [this](const ServerEvent &event) {
        m_eventLog->append(event);
        m_alerts->policy().applyEvent(event, QDateTime::currentMSecsSinceEpoch());
        m_alerts->update();
    });
    connect(m_document, &DocumentSession::documentChanged, this, &SiteSession::onDocumentChanged);
    connect(m_watcher, &ConfigFileWatcher::changedOnDisk, this, &SiteSession::onChangedOnDisk);
}

// A read still running finishes in the thread pool with nothing to deliver to (its watcher is a
// child of this session); the monitor's connections close with the monitor.
SiteSession::~SiteSession() = default;

const HostHealth &SiteSession::hostHealth() const
{
    return m_monitor->hostHealth();
}

QString SiteSession::ucServerHost() const
{
    return m_monitor->ucServerHost();
}

void SiteSession::setSite(const Site &site)
{
    const bool fileChanged = site.configPath != m_site.configPath;
    m_site = site;
    m_monitor->setSite(m_site, m_options.hostOverride);
    m_restart->setSite(m_site, m_monitor->ucServerHost());
    m_alerts->policy().setUcServerHost(m_monitor->ucServerHost());
    applyMaintenanceToAlerts();
    m_alerts->update();
    if (fileChanged)
        m_watcher->watch(m_site.configPath, m_document->loadedHash());
    emit siteChanged(m_site);
}

void SiteSession::setHostOverride(const QString &host)
{
    m_options.hostOverride = host;
    setSite(m_site);
}

void SiteSession::load()
{
    const QString path = m_site.configPath;
    if (path.isEmpty())
        return;
    const quint64 generation = ++m_readGeneration;
    m_loading = true;
    auto *watcher = new QFutureWatcher<Result<ConfigFileContents, FileReadProblem>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, path] {
        watcher->deleteLater();
        if (generation == m_readGeneration)
            onFileRead(watcher->result(), path);
    });
    watcher->setFuture(QtConcurrent::run([path] { return ConfigFileReader::read(path); }));
}

void SiteSession::onFileRead(const Result<ConfigFileContents, FileReadProblem> &result, const QString &path)
{
    m_loading = false;
    const bool reread = std::exchange(m_hasRead, true);
    if (reread)
        m_restart->check(); // changed by someone else: written after the UC WebServer started?
    if (!result) {
        m_readError = result.error().message;
        m_document->clear();
        m_watcher->watch(path, {}); // when the file appears, it is read
    } else {
        m_readError.clear();
        m_document->load(path, result.value().bytes);
        m_watcher->watch(path, m_document->loadedHash());
        logAction(QDir::toNativeSeparators(path), tr("Opened the configuration"));
    }
    emit fileRead();
}

void SiteSession::onDocumentChanged()
{
    const ConfigSnapshot snapshot = ConfigSnapshot::fromDocument(m_document->path(), m_document->document());
    m_status = m_document->isOpen() ? snapshot.status : ConfigSnapshot::Status::ReadFailed;
    m_statusError = snapshot.error;
    if (isEditedIntoError())
        return; // the structured views and the monitor keep the last valid list
    m_servers->setRows(snapshot.rows);
    refreshCommonVersion();
    QStringList keys;
    for (const ServerRow &row : snapshot.rows) {
        if (row.problem.isEmpty())
            keys << row.url; // an entry that cannot be probed shows its problem instead
    }
    m_monitor->setServers(keys);
    m_alerts->policy().setServers(keys);
    applyMaintenanceToAlerts();
    m_alerts->update();
}

void SiteSession::refreshCommonVersion()
{
    // Cards and cells of servers that do not run the version most run are marked.
    const FleetSummary &summary = m_servers->summary();
    m_servers->setCommonVersion(summary.versionsAgree() ? QString() : summary.commonVersion());
}

bool SiteSession::isEditedIntoError() const
{
    return m_status == ConfigSnapshot::Status::SyntaxError && m_document->isModified();
}

void SiteSession::applyMaintenanceToAlerts()
{
    const QStringList servers = m_monitor->servers();
    for (const QString &key : std::as_const(m_site.maintenance)) {
        if (servers.contains(key))
            m_alerts->policy().setMaintenance(key, true);
    }
}

bool SiteSession::isSettled() const
{
    return m_hasRead && !m_loading && m_servers->summary().pending == 0 && m_monitor->hasFirstAnswers();
}

void SiteSession::onChangedOnDisk(const QByteArray &hash)
{
    if (m_loading || m_writing)
        return;
    if (!m_document->isOpen() || !m_document->isModified())
        return load(); // nothing of ours to lose: show what is on disk now
    if (hash != m_document->loadedHash())
        emit changedOnDiskWhileEdited();
}

void SiteSession::setWriting(bool writing)
{
    if (m_writing == writing)
        return;
    m_writing = writing;
    if (writing)
        m_watcher->pause();
    else
        m_watcher->resume();
    emit writingChanged(writing);
}

bool SiteSession::save(const SaveRequest &request)
{
    if (m_writing)
        return false;
    setWriting(true);
    using SaveResult = Result<SaveReport, SaveProblem>;
    auto *watcher = new QFutureWatcher<SaveResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        const SaveResult result = watcher->result();
        if (result) {
            const SaveReport &report = result.value();
            m_document->markSaved(report.path, report.savedHash);
            if (QFileInfo(report.path).absoluteFilePath() == m_watcher->path())
                m_watcher->setKnownHash(report.savedHash);
            const QString backup = report.backupPath.isEmpty()
                                       ? tr("There was no previous file to back up.")
                                       : tr("The previous version was kept as %1.")
                                             .arg(QDir::toNativeSeparators(QFileInfo(report.backupPath).fileName()));
            logAction(QDir::toNativeSeparators(report.path), tr("Saved the configuration. %1").arg(backup));
            m_restart->check(); // written after the UC WebServer started: a restart is pending
        }
        setWriting(false);
        emit saveFinished(result);
    });
    watcher->setFuture(QtConcurrent::run([request] { return ConfigWriter::save(request); }));
    return true;
}

ApplyRequest SiteSession::applyRequest(bool dryRun) const
{
    const QString host = ucServerHost();
    const HostControlSettings control = hostControlFor(m_site, host);
    ApplyRequest request;
    request.configPath = m_document->path();
    request.loadedHash = m_document->loadedHash();
    request.before = ConfigDocument::fromBytes(m_document->loadedBytes());
    request.after = m_document->document();
    request.ucServerHost = host;
    request.webServerHttpPort = m_site.probe.webServerHttpPort;
    request.serviceNames = control.serviceNames;
    for (const ServerRow &row : m_servers->rows())
        request.health.insert(row.url, m_servers->health(row.url));
    request.settings = m_site.apply;
    request.dryRun = dryRun;
    return request;
}

ApplyRequest SiteSession::restartRequest(bool dryRun) const
{
    ApplyRequest request = applyRequest(dryRun);
    request.after = request.before;
    request.restartOnly = true;
    request.restartMayRollBack = m_restart->need().isPending();
    return request;
}

void SiteSession::watchApply(ApplyTransaction *transaction)
{
    connect(m_monitor, &SiteMonitor::healthChanged, transaction, &ApplyTransaction::noteHealth);
    connect(transaction, &ApplyTransaction::eventOccurred, m_eventLog,
            qOverload<const ServerEvent &>(&EventLog::append));
    if (transaction->request().dryRun)
        return;
    setWriting(true);
    // Writing ends when the transaction finishes, or when it is gone without finishing.
    auto done = std::make_shared<bool>(false);
    const auto end = [this, done] {
        if (!std::exchange(*done, true))
            setWriting(false);
    };
    connect(transaction, &ApplyTransaction::finished, this,
            [this, end, after = transaction->request().after,
             restartOnly = transaction->request().restartOnly](const ApplyTransaction::Report &report) {
                m_restart->check(); // restarted (or not): in effect now?
                if (restartOnly && report.fileState == ApplyTransaction::FileState::Restored) {
                    // The version before is back on disk, not the one shown: show what is there.
                    end();
                    load();
                    return;
                }
                // What is on disk now is the console's own doing: the new file, or the old one back.
                if (report.fileState == ApplyTransaction::FileState::New) {
                    const QByteArray hash = ConfigWriter::hashOf(after.bytes());
                    m_document->markSaved(report.configPath, hash);
                    m_watcher->setKnownHash(hash);
                } else if (report.fileState == ApplyTransaction::FileState::Restored) {
                    m_watcher->setKnownHash(m_document->loadedHash());
                }
                end();
            });
    connect(transaction, &QObject::destroyed, this, end);
}

void SiteSession::setMaintenance(const QString &key, bool on)
{
    if (on && !m_site.maintenance.contains(key))
        m_site.maintenance.append(key);
    else if (!on)
        m_site.maintenance.removeAll(key);
    m_monitor->setMaintenance(key, on);
    m_alerts->policy().setMaintenance(key, on);
    m_alerts->update();
    logAction(key, on ? tr("Maintenance on: no alerts for this media server") : tr("Maintenance off"));
    emit siteChanged(m_site);
}

void SiteSession::setCertificatePin(const QString &key, const QByteArray &sha256)
{
    if (sha256.isEmpty())
        m_site.pinnedCertificates.remove(key);
    else
        m_site.pinnedCertificates.insert(key, sha256);
    m_monitor->setPinnedCertificates(m_site.pinnedCertificates);
    emit siteChanged(m_site);
}

void SiteSession::logAction(const QString &server, const QString &text)
{
    ServerEvent event;
    event.time = QDateTime::currentDateTimeUtc();
    event.kind = ServerEvent::Kind::ConsoleAction;
    event.server = server;
    event.text = text;
    m_eventLog->append(event);
}

} // namespace ucmc
