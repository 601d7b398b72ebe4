#include "core/applytransaction.h"

#include "models/backupfiles.h"

#include "models/configlint.h"
#include "models/configwriter.h"
#include "models/serveraddress.h"
#include "models/unifieddiff.h"
#include "net/servicecontrol/commandservicecontrol.h"
#include "net/monitor/hostprobe.h"
#include "net/servicecontrol/servicecontrolwinrm.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>

Q_LOGGING_CATEGORY(lcApply, "ucmc.apply", QtInfoMsg)

namespace ucmc {

namespace {

// Shown in a dry run when the UC WebServer's service name is found by discovery only.
const QString kDiscoveredName = QStringLiteral("UC-WEBSERVER-SERVICE");

bool untouchedByFailure(ServiceControlError::Kind kind)
{
    using K = ServiceControlError::Kind;
    // These fail before any command reached the service.
    return kind == K::InvalidRequest || kind == K::Unreachable || kind == K::CertificateUntrusted ||
           kind == K::AuthenticationFailed || kind == K::AccessDenied || kind == K::ServiceNotFound;
}

bool controlCanDiscover(const ServiceControl *control)
{
    if (!control)
        return false;
    const auto *commands = qobject_cast<const CommandServiceControl *>(control);
    return !commands || commands->canDiscover();
}

QString identityOf(const MediaServerEntry &entry)
{
    return entry.hasValidEndpoint() ? ServerAddress::identity(entry.endpoint) : entry.url;
}

QString identityOfUrl(const QString &url)
{
    const auto parsed = MediaServerUrl::parse(url);
    return parsed ? ServerAddress::identity(parsed.value()) : url;
}

// The health of a server by its URL as written, else by a key naming the same server.
std::optional<ServerHealth> healthFor(const QHash<QString, ServerHealth> &health, const QString &url)
{
    const auto exact = health.constFind(url);
    if (exact != health.cend())
        return *exact;
    const QString wanted = identityOfUrl(url);
    for (auto it = health.cbegin(); it != health.cend(); ++it)
        if (identityOfUrl(it.key()) == wanted)
            return *it;
    return std::nullopt;
}

// The newest backup of path whose bytes differ from hash (empty: none).
QString newestDistinctBackup(const QString &path, const QByteArray &hash)
{
    const QStringList backups = BackupFiles::existing(path);
    for (auto it = backups.crbegin(); it != backups.crend(); ++it) {
        QFile backup(*it);
        if (backup.open(QIODevice::ReadOnly) && ConfigWriter::hashOf(backup.readAll()) != hash)
            return *it;
    }
    return {};
}

// A restart-only rollback: bytes replace the file through ConfigWriter::save, so that the file as it
// was (the version that did not come up) is kept as a backup, then the file is read back.
Result<RestoreReport, RestoreProblem> restoreKeepingCurrent(const QString &path, const QByteArray &bytes,
                                                           const QByteArray &expectedHash, int keepBackups,
                                                           const ConfigWriteHook &hook, QString *keptBackup)
{
    SaveRequest request;
    request.path = path;
    request.loadedHash = expectedHash;
    request.document = ConfigDocument::fromBytes(bytes);
    request.keepBackups = keepBackups;
    request.beforeWrite = hook;
    const Result<SaveReport, SaveProblem> saved = ConfigWriter::save(request);
    if (!saved) {
        const RestoreProblem code = saved.error().code == SaveProblem::ChangedOnDisk ? RestoreProblem::ChangedOnDisk
                                                                                       : RestoreProblem::WriteFailed;
        return Error<RestoreProblem>{code, saved.error().message};
    }
    *keptBackup = saved.value().backupPath;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.readAll() != bytes)
        return Error<RestoreProblem>{RestoreProblem::ReadBackDiffers, {}};
    return RestoreReport{!saved.value().unchanged};
}

const ServiceInfo *webServerIn(const QList<ServiceInfo> &services)
{
    for (const ServiceInfo &s : services)
        if (s.role == ServiceRole::WebServer)
            return &s;
    return nullptr;
}

} // namespace

// ---- file work in a worker thread -------------------------------------------------------------

struct ApplyTransaction::FileRead
{
    bool readable = false;
    QString error; // when not readable
    QByteArray hash;
    QString rollbackBackup; // restart only: the newest backup that differs from the file
};

struct ApplyTransaction::SaveWork
{
    std::optional<Result<SaveReport, SaveProblem>> result;
};

struct ApplyTransaction::RestoreWork
{
    QString backupError; // the backup could not be read; then no result
    QString keptBackup;  // restart only: the backup that keeps the version that did not come up
    std::optional<Result<RestoreReport, RestoreProblem>> result;
};

template<typename Work, typename Done>
void ApplyTransaction::runFileWork(bool writes, Work work, Done done)
{
    using R = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<R>(this);
    m_fileWork = watcher;
    m_fileWorkWrites = writes;
    const quint64 generation = m_generation;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, done = std::move(done)] {
        watcher->deleteLater();
        if (m_fileWork == watcher) {
            m_fileWork = nullptr;
            m_fileWorkWrites = false;
        }
        if (generation == m_generation && !isFinished())
            done(watcher->result());
    });
    // The work gets copies only: it may outlive this object (a read; a write is waited for).
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

// ---- service control from the settings ----------------------------------------------------------

WinRmSettings winRmSettingsFor(const HostControlSettings &settings, const QString &password)
{
    WinRmSettings w;
    w.host = settings.host;
    w.port = settings.port;
    w.transport = settings.transport == HostControlSettings::WinRmTransport::Https ? WinRmSettings::Transport::Https
                                                                                    : WinRmSettings::Transport::Http;
    w.authentication = settings.authentication == HostControlSettings::WinRmAuthentication::Basic
                           ? WinRmSettings::Authentication::Basic
                           : WinRmSettings::Authentication::Ntlm;
    w.user = settings.user;
    w.password = password;
    w.pinnedCertificateSha256 = settings.pinnedCertificateSha256;
    return w;
}

ServiceControl *createServiceControl(const HostControlSettings &settings, const QString &password, QObject *parent)
{
    switch (settings.kind) {
    case HostControlSettings::Kind::None: return nullptr;
    case HostControlSettings::Kind::WinRm: return new WinRmServiceControl(winRmSettingsFor(settings, password), parent);
    case HostControlSettings::Kind::Commands:
        return new CommandServiceControl(settings.host, settings.user, settings.commands, parent);
    }
    return nullptr;
}

// ---- summary ----------------------------------------------------------------------------------

QString ApplySummary::text() const
{
    QStringList lines;
    if (restartOnly) {
        lines << ApplyTransaction::tr("The UC WebServer is restarted with the file as it is now; the file is not "
                                      "changed.");
        lines << (rollbackBackup.isEmpty()
                      ? ApplyTransaction::tr("If it does not come back, there is no earlier version to go back to.")
                      : ApplyTransaction::tr("If it does not come back, the version it ran before (%1) can be put "
                                             "back; the current file is kept as a backup.")
                            .arg(QDir::toNativeSeparators(rollbackBackup)));
    } else if (added.isEmpty() && removed.isEmpty())
        lines << ApplyTransaction::tr("No media server is added or removed.");
    for (const QString &url : added)
        lines << ApplyTransaction::tr("Added: %1").arg(url);
    for (const QString &url : removed)
        lines << ApplyTransaction::tr("Removed: %1").arg(url);
    if (!receivesNewCalls.isEmpty())
        lines << ApplyTransaction::tr("New calls will go to: %1").arg(receivesNewCalls.join(QStringLiteral(", ")));
    else
        lines << ApplyTransaction::tr("No media server of the new list is up now: no softphone call will have a media "
                                      "server until one is.");
    if (!notUp.isEmpty())
        lines << ApplyTransaction::tr("Not up now (no calls until they are): %1").arg(notUp.join(QStringLiteral(", ")));
    for (const Sessions &s : activeSessionsOnRemoved)
        lines << ApplyTransaction::tr("%1 has %n active sessions: removing it ends them when the UC WebServer "
                                      "restarts.",
                                      nullptr, s.sessions)
                     .arg(s.url);
    for (const QString &warning : warnings)
        lines << ApplyTransaction::tr("Warning: %1").arg(warning);
    lines << (restartOnly ? ApplyTransaction::tr("Softphone calls being set up while the UC WebServer restarts may "
                                                 "fail.")
                          : ApplyTransaction::tr("Applying restarts the UC WebServer: softphone calls being set up in "
                                                 "that moment may fail."));
    return lines.join(QLatin1Char('\n'));
}

ApplySummary ApplyTransaction::summarise(const ApplyRequest &request, const ServiceControl *control)
{
    ApplySummary s;
    s.restartOnly = request.restartOnly;
    s.rollbackBackup = request.restartOnly ? request.restartRollbackBackup : QString();
    const QString fileName = QFileInfo(request.configPath).fileName();
    s.diff = UnifiedDiff::format(request.before.bytes(), request.after.bytes(), QStringLiteral("a/") + fileName,
                                 QStringLiteral("b/") + fileName);
    QHash<QString, QString> oldServers; // identity -> URL
    for (const MediaServerEntry &e : request.before.entries())
        if (e.urlIsString && !oldServers.contains(identityOf(e)))
            oldServers.insert(identityOf(e), e.url);
    QSet<QString> newIdentities;
    for (const MediaServerEntry &e : request.after.entries()) {
        if (!e.urlIsString)
            continue;
        const QString id = identityOf(e);
        if (newIdentities.contains(id))
            continue;
        newIdentities.insert(id);
        (oldServers.contains(id) ? s.kept : s.added) << e.url;
        const auto health = healthFor(request.health, oldServers.value(id, e.url));
        if (health && health->state == HealthState::Up)
            s.receivesNewCalls << e.url;
        else
            s.notUp << e.url;
    }
    for (const MediaServerEntry &e : request.before.entries()) {
        if (!e.urlIsString || newIdentities.contains(identityOf(e)) || s.removed.contains(e.url))
            continue;
        s.removed << e.url;
        const auto health = healthFor(request.health, e.url);
        if (health && health->metrics.sessions > 0) {
            s.activeSessionsOnRemoved << ApplySummary::Sessions{e.url, health->metrics.sessions};
            s.activeSessionsTotal += health->metrics.sessions;
        }
    }
    for (const DocumentProblem &p : ConfigLint::check(request.after))
        if (p.severity == Severity::Warning)
            s.warnings << tr("line %1: %2").arg(p.position.line).arg(p.message);

    s.webServerService = request.serviceNames.webServer;
    if (control) {
        const QString name = s.webServerService.isEmpty() ? kDiscoveredName : s.webServerService;
        if (controlCanDiscover(control))
            s.commands << PlannedCommand{tr("Check the UCServer host %1 and find the UC WebServer service")
                                             .arg(request.ucServerHost),
                                         control->preview(ServiceJob::Operation::Discover, {}, StartupType::Unknown,
                                                          request.serviceNames)};
        const QString restart = control->preview(ServiceJob::Operation::Restart, name);
        s.commands << PlannedCommand{s.webServerService.isEmpty()
                                         ? tr("Restart the UC WebServer (its service name is found by the check "
                                              "above; shown here as %1)")
                                               .arg(kDiscoveredName)
                                         : tr("Restart the UC WebServer"),
                                     restart};
        if (!request.restartOnly || !request.restartRollbackBackup.isEmpty())
            s.commands << PlannedCommand{tr("Only if the UC WebServer does not come back: after restoring the backup, "
                                            "restart it again"),
                                         restart};
    }
    return s;
}

// ---- names ------------------------------------------------------------------------------------

QString ApplyTransaction::stepId(Step step)
{
    switch (step) {
    case Step::NotStarted: return QStringLiteral("not-started");
    case Step::Validate: return QStringLiteral("validate");
    case Step::Summarise: return QStringLiteral("summarise");
    case Step::Confirm: return QStringLiteral("confirm");
    case Step::CheckHost: return QStringLiteral("check-host");
    case Step::Save: return QStringLiteral("save");
    case Step::Restart: return QStringLiteral("restart");
    case Step::WaitForWebServer: return QStringLiteral("wait-for-webserver");
    case Step::Watch: return QStringLiteral("watch");
    case Step::Done: return QStringLiteral("done");
    case Step::OfferRollback: return QStringLiteral("offer-rollback");
    case Step::Rollback: return QStringLiteral("rollback");
    case Step::RollbackRestart: return QStringLiteral("rollback-restart");
    case Step::RollbackWait: return QStringLiteral("rollback-wait");
    case Step::Finished: return QStringLiteral("finished");
    }
    return {};
}

QString ApplyTransaction::stepText(Step step)
{
    switch (step) {
    case Step::NotStarted: return tr("Not started");
    case Step::Validate: return tr("Check the new file");
    case Step::Summarise: return tr("Summarise the change");
    case Step::Confirm: return tr("Confirm");
    case Step::CheckHost: return tr("Check the UCServer host");
    case Step::Save: return tr("Save with a backup");
    case Step::Restart: return tr("Restart the UC WebServer");
    case Step::WaitForWebServer: return tr("Wait for the UC WebServer");
    case Step::Watch: return tr("Watch the media servers");
    case Step::Done: return tr("Done");
    case Step::OfferRollback: return tr("Roll back?");
    case Step::Rollback: return tr("Restore the previous file");
    case Step::RollbackRestart: return tr("Restart the UC WebServer again");
    case Step::RollbackWait: return tr("Wait for the UC WebServer again");
    case Step::Finished: return tr("Finished");
    }
    return {};
}

QString ApplyTransaction::outcomeId(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Running: return QStringLiteral("running");
    case Outcome::Applied: return QStringLiteral("applied");
    case Outcome::DryRun: return QStringLiteral("dry-run");
    case Outcome::Cancelled: return QStringLiteral("cancelled");
    case Outcome::RolledBack: return QStringLiteral("rolled-back");
    case Outcome::Failed: return QStringLiteral("failed");
    }
    return {};
}

// ---- machine ----------------------------------------------------------------------------------

ApplyTransaction::ApplyTransaction(const ApplyRequest &request, ServiceControl *control, QObject *parent)
    : QObject(parent)
    , m_request(request)
    , m_control(control)
{
    m_request.settings = request.settings.bounded();
    m_report.configPath = request.configPath.isEmpty() ? QString() : QFileInfo(request.configPath).absoluteFilePath();
    m_report.webServerService = request.serviceNames.webServer;
    m_portCheck = new PortCheck(PortCheck::Kind::Http, this);
    connect(m_portCheck, &PortCheck::finished, this, &ApplyTransaction::onPortChecked);
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &ApplyTransaction::poll);
    m_watchTimer.setSingleShot(true);
    connect(&m_watchTimer, &QTimer::timeout, this, [this] {
        if (m_step != Step::Watch)
            return;
        QStringList up, notUp;
        QStringList urls;
        for (const MediaServerEntry &e : m_request.after.entries())
            if (e.urlIsString)
                urls << e.url;
        for (const QString &url : std::as_const(urls)) {
            const auto health = healthFor(m_request.health, url);
            (health && health->state == HealthState::Up ? up : notUp) << url;
        }
        QString text = tr("After the restart, %1 of %2 media servers of the new list are up.").arg(up.size()).arg(urls.size());
        if (!notUp.isEmpty())
            text += QLatin1Char(' ') + tr("Not up: %1.").arg(notUp.join(QStringLiteral(", ")));
        finishStep(StepStatus::Done, text);
        enter(Step::Done);
    });
}

ApplyTransaction::~ApplyTransaction()
{
    ++m_generation;
    if (m_job && !m_job->isFinished())
        m_job->cancel();
    if (!m_fileWork || !m_fileWorkWrites)
        return; // a read in a worker may go on alone: it changes nothing
    // Never leave a write running behind: wait for it (on the GUI thread, once, at the end).
    m_fileWork->waitForFinished();
    const auto *save = dynamic_cast<QFutureWatcher<SaveWork> *>(m_fileWork.data());
    if (!save || m_step != Step::Save || isFinished())
        return; // a restore ends by itself
    const SaveWork work = save->result();
    if (!work.result || !*work.result || work.result->value().unchanged || work.result->value().backupPath.isEmpty())
        return; // nothing was written, or there is nothing to go back to
    // The new file is on disk, the service was not restarted: put the previous file back.
    const SaveReport &saved = work.result->value();
    QFile backup(saved.backupPath);
    const auto restored = backup.open(QIODevice::ReadOnly)
                              ? ConfigWriter::restore(saved.path, backup.readAll(), saved.savedHash,
                                                      m_request.beforeWrite)
                              : Result<RestoreReport, RestoreProblem>(Error<RestoreProblem>{
                                    RestoreProblem::WriteFailed, backup.errorString()});
    if (restored)
        qCWarning(lcApply, "apply ended while saving: %s restored from %s", qPrintable(saved.path),
                  qPrintable(saved.backupPath));
    else
        qCWarning(lcApply, "apply ended while saving: %s holds the new file, restoring %s failed: %s",
                  qPrintable(saved.path), qPrintable(saved.backupPath), qPrintable(restored.error().message));
}

bool ApplyTransaction::canDiscover() const
{
    return controlCanDiscover(m_control);
}

void ApplyTransaction::start()
{
    if (m_step != Step::NotStarted)
        return;
    qCInfo(lcApply, "apply %s on %s%s", qPrintable(m_report.configPath), qPrintable(m_request.ucServerHost),
           m_request.dryRun ? " (dry run)" : "");
    enter(Step::Validate);
}

void ApplyTransaction::enter(Step step)
{
    m_step = step;
    m_steps << StepRecord{step, StepStatus::Running, {}, QDateTime::currentDateTimeUtc(), {}};
    const quint64 generation = ++m_generation;
    emit stepStarted(step, stepText(step));
    QTimer::singleShot(0, this, [this, step, generation] {
        if (generation == m_generation && m_step == step && !isFinished())
            run(step);
    });
}

void ApplyTransaction::run(Step step)
{
    switch (step) {
    case Step::Validate: runValidate(); break;
    case Step::Summarise: runSummarise(); break;
    case Step::Confirm: emit confirmationNeeded(); break;
    case Step::CheckHost: runCheckHost(); break;
    case Step::Save: runSave(); break;
    case Step::Restart:
    case Step::RollbackRestart: runRestart(step); break;
    case Step::WaitForWebServer:
    case Step::RollbackWait: startWaiting(step); break;
    case Step::Watch: runWatch(); break;
    case Step::Done: {
        const QString message = m_request.restartOnly
            ? tr("Restarted: the UC WebServer (%1 on %2) was restarted and answers again; it runs with %3 as it is now.")
                  .arg(m_report.webServerService, m_request.ucServerHost, QDir::toNativeSeparators(m_report.configPath))
            : tr("Applied: %1 was saved (backup: %2); the UC WebServer (%3 on %4) was restarted and answers again.")
                .arg(QDir::toNativeSeparators(m_report.configPath),
                     m_report.backupPath.isEmpty() ? tr("none") : QDir::toNativeSeparators(m_report.backupPath),
                     m_report.webServerService, m_request.ucServerHost);
        finishStep(StepStatus::Done, message);
        finish(Outcome::Applied, message);
        break;
    }
    case Step::OfferRollback:
        emit rollbackOffered(m_failureReason + QLatin1Char(' ') + stateSentence());
        break;
    case Step::Rollback: runRollback(); break;
    case Step::NotStarted:
    case Step::Finished: break;
    }
}

void ApplyTransaction::finishStep(StepStatus status, const QString &message)
{
    if (m_steps.isEmpty() || m_steps.last().status != StepStatus::Running)
        return;
    StepRecord &record = m_steps.last();
    record.status = status;
    record.message = message;
    record.finished = QDateTime::currentDateTimeUtc();
    qCInfo(lcApply, "%s: %s", qPrintable(stepId(record.step)), qPrintable(message));
    emit stepFinished(record.step, status, message);
    emitEvent(tr("Apply, %1: %2").arg(stepText(record.step), message));
}

void ApplyTransaction::finish(Outcome outcome, const QString &message)
{
    if (isFinished())
        return;
    abortRunning();
    m_report.outcome = outcome;
    m_report.message = message;
    m_step = Step::Finished;
    ++m_generation;
    qCInfo(lcApply, "finished: %s", qPrintable(outcomeId(outcome)));
    emitEvent(tr("Apply finished (%1): %2").arg(outcomeId(outcome), message));
    emit finished(m_report);
}

void ApplyTransaction::emitEvent(const QString &text)
{
    ServerEvent event;
    event.time = QDateTime::currentDateTimeUtc();
    event.kind = ServerEvent::Kind::ConsoleAction;
    event.server = m_request.ucServerHost;
    event.text = text;
    emit eventOccurred(event);
}

void ApplyTransaction::abortRunning()
{
    m_pollTimer.stop();
    m_watchTimer.stop();
    m_pollPending = false;
    if (m_job && !m_job->isFinished()) {
        ServiceJob *job = m_job;
        m_job = nullptr;
        job->disconnect(this);
        job->cancel();
        job->deleteLater();
    }
}

// ---- steps ------------------------------------------------------------------------------------

void ApplyTransaction::runValidate()
{
    if (m_request.loadedHash.isEmpty() || m_request.configPath.isEmpty()) {
        finishValidate(nullptr);
        return;
    }
    // Is the file on disk still the one loaded? Read in a worker: a share may hang.
    runFileWork(
        false,
        [path = m_request.configPath, findBackup = m_request.restartOnly && m_request.restartMayRollBack] {
            FileRead read;
            QFile file(path);
            read.readable = file.open(QIODevice::ReadOnly);
            if (read.readable)
                read.hash = ConfigWriter::hashOf(file.readAll());
            else
                read.error = file.errorString();
            if (findBackup && read.readable)
                read.rollbackBackup = newestDistinctBackup(path, read.hash);
            return read;
        },
        [this](const FileRead &read) { finishValidate(&read); });
}

void ApplyTransaction::finishValidate(const FileRead *read)
{
    QStringList problems;
    if (m_request.configPath.isEmpty())
        problems << tr("No configuration file is given.");
    if (!m_control)
        problems << tr("The UCServer host %1 is not managed: set up its service control (WinRM or commands) in the "
                       "host settings, or save the file and restart the UC WebServer by hand.")
                        .arg(m_request.ucServerHost.isEmpty() ? tr("(not set)") : m_request.ucServerHost);
    if (m_request.ucServerHost.trimmed().isEmpty())
        problems << tr("The UCServer host is not known: set it in the site settings.");
    const std::vector<DocumentProblem> lint = ConfigLint::check(m_request.after);
    if (ConfigLint::hasErrors(lint)) {
        const auto first = std::find_if(lint.begin(), lint.end(),
                                        [](const DocumentProblem &p) { return p.severity == Severity::Error; });
        problems << (m_request.restartOnly
                         ? tr("The file has errors, and the UC WebServer would load them; the first one, at line %1, "
                              "column %2: %3")
                         : tr("The new file has errors; the first one, at line %1, column %2: %3"))
                        .arg(first->position.line)
                        .arg(first->position.column)
                        .arg(first->message);
    }
    if (!m_request.restartOnly && m_request.after.bytes() == m_request.before.bytes())
        problems << tr("Nothing to apply: the file has no changes.");
    if (read) {
        if (!read->readable)
            problems << tr("%1 cannot be read: %2")
                            .arg(QDir::toNativeSeparators(m_request.configPath), read->error);
        else if (read->hash != m_request.loadedHash)
            problems << tr("%1 was changed by another program after it was loaded. Reload it and apply again.")
                            .arg(QDir::toNativeSeparators(m_request.configPath));
        m_request.restartRollbackBackup = read->rollbackBackup;
    }
    const QString name = m_request.serviceNames.webServer;
    if (!name.isEmpty() && !isValidServiceName(name))
        problems << tr("\"%1\" is not a valid Windows service name.").arg(name);
    if (m_control && name.isEmpty() && !canDiscover())
        problems << tr("The UC WebServer's service name on %1 is not known, and this host's command templates cannot "
                       "discover it: enter the name in the host settings.")
                        .arg(m_request.ucServerHost);
    if (!problems.isEmpty()) {
        const QString message = problems.join(QLatin1Char(' '));
        finishStep(StepStatus::Failed, message);
        m_report.error.kind = ServiceControlError::Kind::InvalidRequest;
        m_report.error.message = message;
        finish(Outcome::Failed, message + QLatin1Char(' ') + tr("Nothing was changed."));
        return;
    }
    finishStep(StepStatus::Done, m_request.restartOnly ? tr("The file has no errors.") : tr("The new file has no errors."));
    enter(Step::Summarise);
}

void ApplyTransaction::runSummarise()
{
    m_report.summary = summarise(m_request, m_control);
    const ApplySummary &s = m_report.summary;
    emit summaryReady(s);
    if (m_request.restartOnly)
        finishStep(StepStatus::Done, tr("Restart only: the file is not changed."));
    else
        finishStep(StepStatus::Done, tr("%1 added, %2 removed; %3 of the new list up now; %4 active sessions on servers "
                                    "being removed.")
                                     .arg(s.added.size())
                                     .arg(s.removed.size())
                                     .arg(s.receivesNewCalls.size())
                                     .arg(s.activeSessionsTotal));
    if (m_request.dryRun) {
        finish(Outcome::DryRun, tr("Dry run: nothing was run and nothing was written; the summary lists the %1 "
                                   "commands that would run.")
                                    .arg(s.commands.size()));
        return;
    }
    enter(Step::Confirm);
}

void ApplyTransaction::confirm()
{
    if (m_step != Step::Confirm || isFinished())
        return;
    finishStep(StepStatus::Done, tr("Confirmed."));
    enter(Step::CheckHost);
}

ServiceControlError ApplyTransaction::controlGone() const
{
    ServiceControlError error;
    error.kind = ServiceControlError::Kind::InvalidRequest;
    error.message = tr("The service control for %1 is no longer available (its settings were changed).")
                        .arg(m_request.ucServerHost);
    return error;
}

void ApplyTransaction::runCheckHost()
{
    if (!m_control) {
        m_report.error = controlGone();
        finishStep(StepStatus::Failed, m_report.error.message);
        finish(Outcome::Failed, m_report.error.message + QLatin1Char(' ') + tr("Nothing was changed."));
        return;
    }
    if (!canDiscover()) {
        finishStep(StepStatus::Skipped, tr("Not checked: this host's command templates cannot discover; the service "
                                           "name %1 is used as set.")
                                            .arg(m_report.webServerService));
        enter(Step::Save);
        return;
    }
    const quint64 generation = m_generation;
    emit progress(Step::CheckHost, tr("Asking %1 for its estos services…").arg(m_request.ucServerHost));
    ServiceJob *job = m_control->discover(m_request.serviceNames,
                                          std::chrono::milliseconds(m_request.settings.restartTimeoutMs));
    m_job = job;
    connect(job, &ServiceJob::finished, this, [this, job, generation] {
        job->deleteLater();
        if (generation != m_generation || m_step != Step::CheckHost)
            return;
        m_job = nullptr;
        if (!job->ok()) {
            m_report.error = job->error();
            const QString message = tr("The UCServer host %1 could not be checked: %2")
                                        .arg(m_request.ucServerHost, job->error().message);
            finishStep(StepStatus::Failed, message);
            finish(Outcome::Failed, message + QLatin1Char(' ') + tr("Nothing was changed."));
            return;
        }
        const ServiceInfo *web = webServerIn(job->services());
        if (!web) {
            const QString message =
                m_request.serviceNames.webServer.isEmpty()
                    ? tr("No UC WebServer service was found on %1 (no service runs EUCWeb.exe). If it has another "
                         "name, enter it in the host settings.")
                          .arg(m_request.ucServerHost)
                    : tr("The service \"%1\" does not exist on %2.").arg(m_request.serviceNames.webServer,
                                                                          m_request.ucServerHost);
            m_report.error.kind = ServiceControlError::Kind::ServiceNotFound;
            m_report.error.message = message;
            finishStep(StepStatus::Failed, message);
            finish(Outcome::Failed, message + QLatin1Char(' ') + tr("Nothing was changed."));
            return;
        }
        m_report.webServerService = web->name;
        m_report.lastKnownServiceState = web->state;
        m_report.webServerStartedAt = web->startedAt;
        finishStep(StepStatus::Done, tr("The UC WebServer is the service %1 (%2, %3).")
                                         .arg(web->name, serviceStateText(web->state),
                                              HostRoles::startupTypeText(web->startupType)));
        enter(Step::Save);
    });
}

void ApplyTransaction::runSave()
{
    if (m_request.restartOnly) {
        // The service restarts with the file as it is; a rollback goes back to the version it ran before.
        m_report.backupPath = m_request.restartRollbackBackup;
        m_savedHash = m_request.loadedHash;
        finishStep(StepStatus::Skipped, tr("Nothing to save: the UC WebServer is restarted with the file as it is."));
        enter(Step::Restart);
        return;
    }
    SaveRequest request;
    request.path = m_request.configPath;
    request.loadedHash = m_request.loadedHash;
    request.document = m_request.after;
    request.keepBackups = m_request.settings.keepBackups;
    request.beforeWrite = m_request.beforeWrite;
    runFileWork(
        true, [request] { return SaveWork{ConfigWriter::save(request)}; },
        [this](const SaveWork &work) { saveFinished(work); });
}

void ApplyTransaction::saveFinished(const SaveWork &work)
{
    const Result<SaveReport, SaveProblem> &result = *work.result;
    const bool cancelled = std::exchange(m_cancelPending, false);
    if (!result) {
        if (cancelled) {
            qCInfo(lcApply, "save (cancelled meanwhile) failed: %s", qPrintable(result.error().message));
            m_cancelled = true;
            finishStep(StepStatus::Cancelled, tr("Cancelled."));
            finish(Outcome::Cancelled, tr("Cancelled. Nothing was changed."));
            return;
        }
        m_report.error.kind = ServiceControlError::Kind::InvalidRequest;
        m_report.error.message = result.error().message;
        finishStep(StepStatus::Failed, result.error().message);
        finish(Outcome::Failed, result.error().message);
        return;
    }
    const SaveReport &saved = result.value();
    m_report.backupPath = saved.backupPath;
    m_report.fileState = FileState::New;
    m_savedHash = saved.savedHash;
    if (cancelled) {
        // The write went through before the cancel could count: undo it like a cancel after Save.
        m_cancelled = true;
        if (saved.unchanged) {
            m_report.fileState = FileState::Unchanged;
            finishStep(StepStatus::Cancelled, tr("Cancelled."));
            finish(Outcome::Cancelled, tr("Cancelled. Nothing was changed."));
            return;
        }
        const QString message = tr("Cancelled while saving: the file was saved, so it is restored now.");
        finishStep(StepStatus::Cancelled, message);
        m_failureReason = message;
        startRollback();
        return;
    }
    finishStep(StepStatus::Done, saved.backupPath.isEmpty()
                                     ? tr("Saved %1 (it had no previous version to back up).")
                                           .arg(QDir::toNativeSeparators(saved.path))
                                     : tr("Saved %1; the previous version is in %2.")
                                           .arg(QDir::toNativeSeparators(saved.path),
                                                QDir::toNativeSeparators(saved.backupPath)));
    enter(Step::Restart);
}

void ApplyTransaction::runRestart(Step step)
{
    if (!m_control) {
        const ServiceControlError error = controlGone();
        finishStep(StepStatus::Failed, error.message);
        if (step == Step::Restart)
            failAfterSave(error.message, error);
        else
            finish(Outcome::Failed, tr("ROLLBACK INCOMPLETE: %1 %2").arg(error.message, stateSentence()));
        return;
    }
    const quint64 generation = m_generation;
    const QString name = m_report.webServerService;
    emit progress(step, tr("Restarting %1 on %2…").arg(name, m_request.ucServerHost));
    ServiceJob *job = m_control->restart(name, std::chrono::milliseconds(m_request.settings.restartTimeoutMs));
    m_job = job;
    connect(job, &ServiceJob::finished, this, [this, job, generation, step, name] {
        job->deleteLater();
        if (generation != m_generation || m_step != step)
            return;
        m_job = nullptr;
        if (!job->services().isEmpty())
            m_report.lastKnownServiceState = job->services().first().state;
        if (job->ok()) {
            m_serviceTouched = true;
            m_report.serviceRestarted = true;
            finishStep(StepStatus::Done, tr("%1 was restarted.").arg(name));
            enter(step == Step::Restart ? Step::WaitForWebServer : Step::RollbackWait);
            return;
        }
        const ServiceControlError error = job->error();
        if (!untouchedByFailure(error.kind))
            m_serviceTouched = true;
        finishStep(StepStatus::Failed, error.message);
        if (step == Step::Restart) {
            failAfterSave(tr("The UC WebServer could not be restarted: %1").arg(error.message), error);
        } else {
            if (m_report.error.kind == ServiceControlError::Kind::None)
                m_report.error = error;
            finish(Outcome::Failed, tr("ROLLBACK INCOMPLETE: the previous file was restored, but restarting the UC "
                                       "WebServer again failed: %1 %2")
                                        .arg(error.message, stateSentence()));
        }
    });
}

void ApplyTransaction::startWaiting(Step step)
{
    Q_UNUSED(step);
    m_waitClock.start();
    m_pollPending = false;
    poll();
}

void ApplyTransaction::poll()
{
    if (m_step != Step::WaitForWebServer && m_step != Step::RollbackWait)
        return;
    const qint64 remaining = m_request.settings.webServerTimeoutMs - m_waitClock.elapsed();
    if (remaining <= 0) {
        waitFailed(tr("The UC WebServer did not answer on %1 port %2 within %3 seconds.")
                       .arg(m_request.ucServerHost)
                       .arg(m_request.webServerHttpPort)
                       .arg(m_request.settings.webServerTimeoutMs / 1000));
        return;
    }
    m_pollPending = true; // a check is under way
    m_portCheck->run(m_request.ucServerHost, m_request.webServerHttpPort, int(std::min<qint64>(remaining, 3000)));
}

void ApplyTransaction::onPortChecked(const PortHealth &result)
{
    if ((m_step != Step::WaitForWebServer && m_step != Step::RollbackWait) || !m_pollPending)
        return;
    m_pollPending = false;
    m_report.webServerAnswered = result.state == PortHealth::State::Open;
    const qint64 remaining = m_request.settings.webServerTimeoutMs - m_waitClock.elapsed();
    if (m_report.webServerAnswered) {
        emit progress(m_step, result.httpStatus == 502
                                  ? tr("The UC WebServer answers again (HTTP 502: its UCServer is not connected yet).")
                                  : tr("The UC WebServer answers again (HTTP %1).").arg(result.httpStatus));
        confirmServiceRunning();
        return;
    }
    emit progress(m_step, tr("The UC WebServer does not answer yet (%1); %2 s left.")
                              .arg(result.detail)
                              .arg(std::max<qint64>(0, remaining / 1000)));
    if (remaining <= 0)
        poll(); // reports the timeout
    else
        m_pollTimer.start(int(std::min<qint64>(m_request.settings.pollIntervalMs, remaining)));
}

void ApplyTransaction::confirmServiceRunning()
{
    if (!m_control) {
        waitFailed(controlGone().message);
        return;
    }
    if (!canDiscover()) {
        waitSucceeded();
        return;
    }
    const quint64 generation = m_generation;
    const Step step = m_step;
    const qint64 remaining = m_request.settings.webServerTimeoutMs - m_waitClock.elapsed();
    ServiceJob *job = m_control->discover(m_request.serviceNames,
                                          std::chrono::milliseconds(std::max<qint64>(remaining, 5000)));
    m_job = job;
    connect(job, &ServiceJob::finished, this, [this, job, generation, step] {
        job->deleteLater();
        if (generation != m_generation || m_step != step)
            return;
        m_job = nullptr;
        const qint64 left = m_request.settings.webServerTimeoutMs - m_waitClock.elapsed();
        QString why;
        if (job->ok()) {
            const ServiceInfo *web = nullptr;
            for (const ServiceInfo &s : job->services())
                if (s.name.compare(m_report.webServerService, Qt::CaseInsensitive) == 0)
                    web = &s;
            if (web) {
                m_report.lastKnownServiceState = web->state;
                m_report.webServerStartedAt = web->startedAt;
            }
            if (web && web->state == ServiceState::Running) {
                waitSucceeded();
                return;
            }
            why = web ? tr("the service %1 is %2").arg(web->name, serviceStateText(web->state))
                      : tr("the service %1 is gone").arg(m_report.webServerService);
        } else {
            why = job->error().message;
        }
        emit progress(m_step, tr("The UC WebServer answers, but %1.").arg(why));
        if (left <= 0)
            waitFailed(tr("The UC WebServer's service is not running: %1.").arg(why));
        else
            m_pollTimer.start(int(std::min<qint64>(m_request.settings.pollIntervalMs, left)));
    });
}

void ApplyTransaction::waitSucceeded()
{
    const QString message = tr("The UC WebServer answers again on port %1 and its service %2 is running (after %3 s).")
                                .arg(m_request.webServerHttpPort)
                                .arg(m_report.webServerService)
                                .arg(QString::number(m_waitClock.elapsed() / 1000.0, 'f', 1));
    m_report.lastKnownServiceState = canDiscover() ? ServiceState::Running : m_report.lastKnownServiceState;
    finishStep(StepStatus::Done, message);
    if (m_step == Step::WaitForWebServer) {
        enter(Step::Watch);
        return;
    }
    const QString file = QDir::toNativeSeparators(m_report.configPath);
    const QString backup = QDir::toNativeSeparators(m_report.backupPath);
    if (m_cancelled)
        finish(Outcome::Cancelled, tr("Cancelled and undone: %1 holds the previous configuration again (restored from "
                                      "%2), and the UC WebServer was restarted with it and answers.")
                                       .arg(file, backup));
    else
        finish(Outcome::RolledBack, tr("Rolled back: %1 %2 holds the previous configuration again (restored from %3), "
                                       "and the UC WebServer was restarted with it and answers.")
                                        .arg(m_failureReason, file, backup));
}

void ApplyTransaction::waitFailed(const QString &reason)
{
    m_pollTimer.stop();
    finishStep(StepStatus::Failed, reason);
    ServiceControlError error;
    error.kind = ServiceControlError::Kind::Timeout;
    error.message = reason;
    if (m_step == Step::WaitForWebServer) {
        failAfterSave(reason, error);
        return;
    }
    if (m_report.error.kind == ServiceControlError::Kind::None)
        m_report.error = error;
    finish(Outcome::Failed, tr("ROLLBACK INCOMPLETE: the previous file was restored, but the UC WebServer did not "
                               "come back: %1 %2")
                                .arg(reason, stateSentence()));
}

void ApplyTransaction::runWatch()
{
    if (m_request.settings.watchMs <= 0) {
        finishStep(StepStatus::Skipped, tr("Not watched (switched off in the settings)."));
        enter(Step::Done);
        return;
    }
    emit progress(Step::Watch, tr("Watching the media servers for %1 s…").arg(m_request.settings.watchMs / 1000));
    m_watchTimer.start(m_request.settings.watchMs);
}

void ApplyTransaction::noteHealth(const HealthUpdates &updates)
{
    for (const HealthUpdate &u : updates)
        m_request.health.insert(u.key, u.health);
}

// ---- failure and rollback ---------------------------------------------------------------------

void ApplyTransaction::failAfterSave(const QString &reason, const ServiceControlError &error)
{
    m_failureReason = reason;
    if (m_report.error.kind == ServiceControlError::Kind::None)
        m_report.error = error;
    if (m_request.restartOnly && m_report.backupPath.isEmpty()) {
        finish(Outcome::Failed, tr("%1 There is no earlier version of the file to go back to. %2")
                                    .arg(reason, stateSentence()));
        return;
    }
    if (m_cancelled || m_request.settings.rollbackPolicy == ApplySettings::RollbackPolicy::Automatic) {
        startRollback();
        return;
    }
    enter(Step::OfferRollback);
}

void ApplyTransaction::rollback()
{
    if (m_step != Step::OfferRollback || isFinished())
        return;
    finishStep(StepStatus::Done, tr("Rollback chosen."));
    startRollback();
}

void ApplyTransaction::keepNewFile()
{
    if (m_step != Step::OfferRollback || isFinished())
        return;
    finishStep(StepStatus::Done, tr("The new file is kept."));
    finish(Outcome::Failed, tr("%1 The new file was kept, as chosen. %2").arg(m_failureReason, stateSentence()));
}

void ApplyTransaction::startRollback()
{
    m_inRollback = true;
    enter(Step::Rollback);
}

void ApplyTransaction::runRollback()
{
    if (m_report.backupPath.isEmpty()) {
        const QString message =
            tr("ROLLBACK NOT POSSIBLE: there is no backup of %1 (the file did not exist before).")
                .arg(QDir::toNativeSeparators(m_report.configPath));
        finishStep(StepStatus::Failed, message);
        finish(Outcome::Failed, message + QLatin1Char(' ') + stateSentence());
        return;
    }
    // Read the backup, write it back atomically and read it back: in a worker. A restart-only
    // rollback saves it like an edit, so that the version that did not come up is kept as a backup.
    runFileWork(
        true,
        [path = m_report.configPath, backupPath = m_report.backupPath, savedHash = m_savedHash,
         hook = m_request.beforeWrite, keepCurrent = m_request.restartOnly, keep = m_request.settings.keepBackups] {
            RestoreWork work;
            QFile backup(backupPath);
            if (!backup.open(QIODevice::ReadOnly)) {
                work.backupError = backup.errorString();
                return work;
            }
            const QByteArray previous = backup.readAll();
            backup.close();
            if (keepCurrent)
                work.result = restoreKeepingCurrent(path, previous, savedHash, keep, hook, &work.keptBackup);
            else
                work.result = ConfigWriter::restore(path, previous, savedHash, hook);
            return work;
        },
        [this](const RestoreWork &work) { rollbackFinished(work); });
}

void ApplyTransaction::rollbackFinished(const RestoreWork &work)
{
    const bool cancelled = std::exchange(m_cancelPending, false);
    const QString shownPath = QDir::toNativeSeparators(m_report.configPath);
    const QString shownBackup = QDir::toNativeSeparators(m_report.backupPath);
    const auto fail = [this](const QString &message) {
        finishStep(StepStatus::Failed, message);
        finish(Outcome::Failed, message + QLatin1Char(' ') + stateSentence());
    };
    if (!work.result) {
        fail(tr("ROLLBACK FAILED: the backup %1 cannot be read (%2). Copy it back to %3 by hand and restart the UC "
                "WebServer.")
                 .arg(shownBackup, work.backupError, shownPath));
        return;
    }
    const Result<RestoreReport, RestoreProblem> &result = *work.result;
    if (!result) {
        switch (result.error().code) {
        case RestoreProblem::ChangedOnDisk:
            m_report.fileState = FileState::Unknown;
            fail(tr("ROLLBACK NOT DONE: %1 was changed by another program during the apply, so it was not "
                    "overwritten. The version before the apply is in %2.")
                     .arg(shownPath, shownBackup));
            return;
        case RestoreProblem::WriteFailed:
            fail(tr("ROLLBACK FAILED: %1 could not be written back (%2). The version before the apply is in %3: copy "
                    "it back by hand and restart the UC WebServer.")
                     .arg(shownPath, result.error().message, shownBackup));
            return;
        case RestoreProblem::ReadBackDiffers:
            m_report.fileState = FileState::Unknown;
            fail(tr("ROLLBACK FAILED: %1 does not read back as the backup %2. Copy the backup back by hand and restart "
                    "the UC WebServer.")
                     .arg(shownPath, shownBackup));
            return;
        }
    }
    m_report.fileState = FileState::Restored;
    finishStep(StepStatus::Done,
               work.keptBackup.isEmpty()
                   ? tr("Restored %1 from %2, byte for byte.").arg(shownPath, shownBackup)
                   : tr("Restored %1 from %2, byte for byte; the version that did not come up is kept in %3.")
                         .arg(shownPath, shownBackup, QDir::toNativeSeparators(work.keptBackup)));
    if (m_serviceTouched) {
        if (cancelled) {
            finish(Outcome::Failed,
                   tr("The rollback was cancelled after the file was restored. %1").arg(stateSentence()));
            return;
        }
        enter(Step::RollbackRestart);
        return;
    }
    // The service never saw the new file: restoring it finishes the rollback (a cancel has nothing
    // left to stop).
    const QString untouched = tr("The UC WebServer was not restarted, so it still runs with the previous file.");
    finish(m_cancelled ? Outcome::Cancelled : Outcome::RolledBack,
           m_cancelled ? tr("Cancelled and undone: %1 holds the previous configuration again (restored from %2). %3")
                             .arg(shownPath, shownBackup, untouched)
                       : tr("Rolled back: %1 %2 holds the previous configuration again (restored from %3). %4")
                             .arg(m_failureReason, shownPath, shownBackup, untouched));
}

void ApplyTransaction::cancel()
{
    if (isFinished())
        return;
    if (m_fileWork && m_fileWorkWrites) {
        // A save or a restore is being written in a worker: it cannot be stopped halfway, so the
        // cancel is decided when it ends (saveFinished, rollbackFinished).
        if (!std::exchange(m_cancelPending, true))
            emit progress(m_step, tr("Cancelling: waiting until %1 is written…")
                                      .arg(QDir::toNativeSeparators(m_report.configPath)));
        return;
    }
    switch (m_step) {
    case Step::NotStarted:
        m_cancelled = true;
        finish(Outcome::Cancelled, tr("Cancelled before it started. Nothing was changed."));
        return;
    case Step::Validate:
    case Step::Summarise:
    case Step::Confirm:
    case Step::CheckHost:
    case Step::Save: // the save is not under way yet (see above when it is)
        m_cancelled = true;
        abortRunning();
        finishStep(StepStatus::Cancelled, tr("Cancelled."));
        finish(Outcome::Cancelled, tr("Cancelled. Nothing was changed."));
        return;
    case Step::Restart:
    case Step::WaitForWebServer:
        if (m_request.restartOnly) {
            // The file was never written: there is nothing to undo, only the service's state to tell.
            m_cancelled = true;
            const bool touched = m_step == Step::WaitForWebServer || m_job;
            if (touched)
                m_report.lastKnownServiceState = ServiceState::Unknown;
            ++m_generation;
            abortRunning();
            finishStep(StepStatus::Cancelled, tr("Cancelled."));
            if (touched)
                finish(Outcome::Failed, tr("The restart was cancelled after it was sent. %1").arg(stateSentence()));
            else
                finish(Outcome::Cancelled, tr("Cancelled. Nothing was changed."));
            return;
        }
        if (m_step == Step::WaitForWebServer) {
            m_cancelled = true;
            ++m_generation;
            abortRunning();
            finishStep(StepStatus::Cancelled, tr("Cancelled while waiting for the UC WebServer."));
            m_failureReason = tr("Cancelled while waiting for the UC WebServer.");
            startRollback();
            return;
        }
        m_cancelled = true;
        if (m_job)
            m_serviceTouched = true; // the command may have reached the service
        ++m_generation;
        abortRunning();
        finishStep(StepStatus::Cancelled, tr("Cancelled during the restart."));
        m_failureReason = tr("Cancelled during the restart.");
        startRollback();
        return;
    case Step::Watch: {
        abortRunning();
        finishStep(StepStatus::Cancelled, tr("Watching stopped."));
        enter(Step::Done);
        return;
    }
    case Step::OfferRollback:
        keepNewFile();
        return;
    case Step::Rollback: // the restore is not under way yet (see above when it is)
        m_cancelled = true;
        finishStep(StepStatus::Cancelled, tr("The rollback was cancelled before the file was restored."));
        finish(Outcome::Failed, tr("The rollback was cancelled before the file was restored. %1").arg(stateSentence()));
        return;
    case Step::RollbackRestart:
    case Step::RollbackWait:
        m_cancelled = true;
        if (m_step == Step::RollbackRestart && m_job)
            m_report.lastKnownServiceState = ServiceState::Unknown;
        ++m_generation;
        abortRunning();
        finishStep(StepStatus::Cancelled, tr("The rollback was cancelled."));
        finish(Outcome::Failed, tr("The rollback was cancelled. %1").arg(stateSentence()));
        return;
    case Step::Done:
    case Step::Finished:
        return;
    }
}

QString ApplyTransaction::stateSentence() const
{
    const QString file = QDir::toNativeSeparators(m_report.configPath);
    const QString backup = QDir::toNativeSeparators(m_report.backupPath);
    QString fileText;
    switch (m_report.fileState) {
    case FileState::Unchanged: fileText = tr("The file %1 was not changed.").arg(file); break;
    case FileState::New:
        fileText = backup.isEmpty() ? tr("The file %1 holds the NEW configuration (there is no backup).").arg(file)
                                    : tr("The file %1 holds the NEW configuration; the previous one is in the backup %2.")
                                          .arg(file, backup);
        break;
    case FileState::Restored:
        fileText = tr("The file %1 holds the PREVIOUS configuration again (restored from %2).").arg(file, backup);
        break;
    case FileState::Unknown:
        fileText = tr("The state of the file %1 is not certain: compare it with the backup %2.").arg(file, backup);
        break;
    }
    const QString service = m_report.webServerService.isEmpty() ? tr("(not found)") : m_report.webServerService;
    QString serviceText = m_report.lastKnownServiceState == ServiceState::Unknown
                              ? tr("The state of the UC WebServer service %1 on %2 is unknown.")
                                    .arg(service, m_request.ucServerHost)
                              : tr("The UC WebServer service %1 on %2 was last seen %3.")
                                    .arg(service, m_request.ucServerHost, serviceStateText(m_report.lastKnownServiceState));
    if (m_report.serviceRestarted || m_serviceTouched)
        serviceText += QLatin1Char(' ') + (m_report.webServerAnswered
                                               ? tr("Its HTTP port %1 answered at the last check.")
                                               : tr("Its HTTP port %1 did not answer at the last check."))
                                              .arg(m_request.webServerHttpPort);
    else
        serviceText += QLatin1Char(' ') + tr("It was not restarted.");
    return fileText + QLatin1Char(' ') + serviceText;
}

} // namespace ucmc
