#pragma once

// Applying an edited eucwebconfig.json: the estos article says a change "only takes effect once
// the UC WebServer service has been restarted". This is that restart as an explicit, testable
// state machine with a way back. One step at a time, asynchronous, cancellable at every step;
// every step reports progress and produces a ServerEvent (ConsoleAction) for the event log.
//
//   Validate -> Summarise -> Confirm (the GUI calls confirm()) -> CheckHost -> Save -> Restart
//     -> WaitForWebServer -> Watch -> Done
//
//   Validate          ConfigLint finds no errors in the new document; it differs from the old one;
//                     the file on disk is still the one loaded; the UCServer host is managed.
//   Summarise         the diff, servers added/removed, which servers get new calls (up and in the
//                     new list), active sessions on servers being removed (the monitor's last
//                     ServerHealth metrics), the commands that will run (ServiceControl::preview).
//                     A dry run ends here (outcome DryRun): nothing runs, nothing is written.
//   Confirm           waits for confirm() (or cancel()).
//   CheckHost         discovery on the UCServer host: credentials, reachability, and the UC
//                     WebServer's service name (found by its executable EUCWeb.exe, or the name
//                     the user set). Skipped for command templates that cannot discover (the
//                     name must then be set). Nothing has been written yet.
//   Save              ConfigWriter::save with a timestamped backup (remembered for the rollback).
//   Restart           ServiceControl::restart of the UC WebServer service.
//   WaitForWebServer  until the service runs and the WebServer answers HTTP on its port again
//                     (any HTTP status counts, 502 "UCServer not connected" too), polled every
//                     pollIntervalMs, bounded by webServerTimeoutMs.
//   Watch             the media servers' health for watchMs (noteHealth()), informational only.
//
// When the restart fails or the WebServer does not answer in time, ApplySettings::rollbackPolicy
// decides: Offer stops in OfferRollback (rollbackOffered(); the GUI calls rollback() or
// keepNewFile()), Automatic goes on at once:
//
//   Rollback (restore the backup byte for byte, atomically, verified) -> RollbackRestart
//     -> RollbackWait -> outcome RolledBack
//
// RollbackRestart is skipped when the failed restart never reached the service (the host was
// unreachable, the password wrong, access denied, no such service): the service still runs the old
// configuration, and restoring the file is enough.
//
// cancel(): before Save nothing was changed (outcome Cancelled). After Save and before or during
// the restart or the wait, the change is undone like a rollback (outcome Cancelled with the file
// restored and, if it was touched, the service restarted). During Watch the change stays (Applied).
// In OfferRollback it means keepNewFile(). During the rollback it stops it (outcome Failed).
//
// The GUI thread never waits on the disk here: Validate's read of the file, Save
// (ConfigWriter::save) and the rollback's restore (ConfigWriter::restore: written atomically and
// read back) run in a worker thread (QtConcurrent::run); the machine goes on when that finishes.
// cancel() while the save or the restore is being written does not interrupt the write: it is
// noted (progress() says so) and decided when the write ends, as if it came right after: a save
// that went through is undone like a cancel after Save, one that failed changed nothing; a restore
// that went through ends the rollback there (no restart again). Destroying an unfinished
// transaction waits for a write under way; a save it finished is then undone at once.
//
// End state, always one of: the new file with the service running (Applied); the old file
// restored with the service running the old configuration (RolledBack, Cancelled); or Failed with
// a report that says exactly what state the file and the service are in, and where the backup is.
//
// Secrets: the transaction never sees a password (the ServiceControl holds it). Its events,
// progress texts, reports and previews are built from service names, host names, paths and the
// ServiceControlError messages, which never contain a secret.

#include "models/configdocument.h"
#include "models/configwriter.h"
#include "models/hostroles.h"
#include "models/serverevent.h"
#include "models/serverhealth.h"
#include "net/servicecontrol/servicecontrol.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFutureWatcherBase>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace ucmc {

class PortCheck;
struct PortHealth;

struct ApplyRequest
{
    QString configPath;
    QByteArray loadedHash;   // ConfigWriter::hashOf(the bytes as loaded); empty: not checked
    ConfigDocument before;   // as loaded
    ConfigDocument after;    // what to write
    QString ucServerHost;    // where the UC WebServer runs
    quint16 webServerHttpPort = 7224;
    ServiceNameOverrides serviceNames; // of the UCServer host; webServer empty: discover it
    QHash<QString, ServerHealth> health; // the monitor's last health per URL key (as written)
    ApplySettings settings;
    bool dryRun = false;
    // Restart only: the UC WebServer is restarted with the file as it is on disk (`after` = `before`
    // = the file as loaded); Save is skipped. restartMayRollBack: the file was written after the
    // service started (a pending restart), so the version it ran before is the newest backup that
    // differs from the file; Validate finds it (restartRollbackBackup). When the restart does not
    // come back, the rollback puts that version back and keeps the one that failed as a backup of
    // its own. Without it there is nothing to roll back to.
    bool restartOnly = false;
    bool restartMayRollBack = false;
    QString restartRollbackBackup; // found by Validate
    ConfigWriteHook beforeWrite; // tests and benchmarks only: ConfigWriter's hook (save, restore)
};

struct PlannedCommand
{
    QString purpose; // translated, e.g. "Restart the UC WebServer"
    QString command; // ServiceControl::preview: the exact command or script
    bool operator==(const PlannedCommand &) const = default;
};

struct ApplySummary
{
    struct Sessions
    {
        QString url;
        int sessions = 0;
        bool operator==(const Sessions &) const = default;
    };

    QByteArray diff;              // unified diff, old -> new
    QStringList added;            // URLs (as written) of servers that are new in the list
    QStringList removed;          // URLs of servers that leave the list
    QStringList kept;             // URLs of servers in both (new spelling)
    QStringList receivesNewCalls; // in the new list and up now: they get new calls after the restart
    QStringList notUp;            // in the new list but not up (or not probed yet): no calls until up
    QList<Sessions> activeSessionsOnRemoved; // servers being removed with active sessions
    int activeSessionsTotal = 0;
    QStringList warnings;         // lint warnings of the new document (translated)
    QList<PlannedCommand> commands; // what will run, in order
    QString webServerService;     // the name, or empty when discovery will find it
    bool restartOnly = false;     // a restart with the file as it is: nothing is added or removed
    QString rollbackBackup;       // restart only: the version a rollback would put back (empty: none)

    QString text() const;         // translated, several lines, for a dialog or the command line
};

class ApplyTransaction : public QObject
{
    Q_OBJECT
public:
    enum class Step {
        NotStarted,
        Validate,
        Summarise,
        Confirm,
        CheckHost,
        Save,
        Restart,
        WaitForWebServer,
        Watch,
        Done,
        OfferRollback,
        Rollback,
        RollbackRestart,
        RollbackWait,
        Finished,
    };
    Q_ENUM(Step)

    enum class Outcome {
        Running,    // not finished
        Applied,    // the new file is in effect: the service runs and the WebServer answers
        DryRun,     // the summary and the commands, nothing ran, nothing was written
        Cancelled,  // cancelled: nothing changed, or the change was undone (see the report)
        RolledBack, // the restart failed; the old file was restored and the service runs with it
        Failed,     // see the report: it says what state the file and the service are in
    };
    Q_ENUM(Outcome)

    enum class FileState {
        Unchanged, // never written
        New,       // the new file is on disk
        Restored,  // the backup was written back, byte for byte
        Unknown,   // a write or a restore failed midway (ConfigWriter and the restore are atomic, so
                   // this means: could not be read back)
    };
    Q_ENUM(FileState)

    enum class StepStatus { Running, Done, Failed, Skipped, Cancelled };
    Q_ENUM(StepStatus)

    struct StepRecord
    {
        Step step = Step::NotStarted;
        StepStatus status = StepStatus::Running;
        QString message; // translated
        QDateTime started;
        QDateTime finished;
    };

    struct Report
    {
        Outcome outcome = Outcome::Running;
        FileState fileState = FileState::Unchanged;
        QString configPath;
        QString backupPath;        // empty when no backup was written
        QString webServerService;  // the service name used (discovered or set)
        bool serviceRestarted = false;     // a restart reached the service (first or rollback)
        ServiceState lastKnownServiceState = ServiceState::Unknown;
        bool webServerAnswered = false;    // the last check got an HTTP answer
        QDateTime webServerStartedAt;      // when the service's process started, as its host last told (UTC)
        ServiceControlError error;         // what went wrong first (None when nothing did)
        QString message;                   // translated: what happened and the state things are in
        ApplySummary summary;
    };

    // control: for the UCServer host (not owned; it must outlive the transaction). nullptr when the
    // host is not managed: Validate then refuses.
    ApplyTransaction(const ApplyRequest &request, ServiceControl *control, QObject *parent = nullptr);
    ~ApplyTransaction() override;

    Step step() const { return m_step; }
    Outcome outcome() const { return m_report.outcome; }
    bool isFinished() const { return m_report.outcome != Outcome::Running; }
    const Report &report() const { return m_report; }
    const ApplySummary &summary() const { return m_report.summary; }
    const QList<StepRecord> &steps() const { return m_steps; }
    const ApplyRequest &request() const { return m_request; }

    // Stable ids ("validate", "check-host", "rollback-restart", ...) and translated names.
    static QString stepId(Step step);
    static QString stepText(Step step);
    static QString outcomeId(Outcome outcome);

    // The summary alone (a pure function of the request; previews from control when given).
    static ApplySummary summarise(const ApplyRequest &request, const ServiceControl *control);

public slots:
    // Starts at Validate; returns at once (the first step runs from the event loop).
    void start();
    // In Confirm: go on. Ignored otherwise.
    void confirm();
    // See the header comment for what it means in each step.
    void cancel();
    // In OfferRollback: restore the backup and restart again. Ignored otherwise.
    void rollback();
    // In OfferRollback: keep the new file (outcome Failed with the state reported).
    void keepNewFile();
    // The monitor's updates, for the summary's "up" and the Watch step.
    void noteHealth(const ucmc::HealthUpdates &updates);

signals:
    void stepStarted(ucmc::ApplyTransaction::Step step, const QString &text);
    void stepFinished(ucmc::ApplyTransaction::Step step, ucmc::ApplyTransaction::StepStatus status,
                      const QString &message);
    void progress(ucmc::ApplyTransaction::Step step, const QString &text);
    void summaryReady(const ucmc::ApplySummary &summary);
    void confirmationNeeded();
    void rollbackOffered(const QString &reason);
    void eventOccurred(const ucmc::ServerEvent &event);
    void finished(const ucmc::ApplyTransaction::Report &report);

private:
    void enter(Step step);
    void run(Step step);
    void finishStep(StepStatus status, const QString &message);
    void finish(Outcome outcome, const QString &message);
    void emitEvent(const QString &text);

    void runValidate();
    void runSummarise();
    void runCheckHost();
    void runSave();
    void runRestart(Step step);
    void startWaiting(Step step);
    void poll();
    void onPortChecked(const PortHealth &result);
    void confirmServiceRunning();
    void waitSucceeded();
    void waitFailed(const QString &reason);
    void runWatch();
    void runRollback();

    // The file work of a step, in a worker thread; done(result) runs here when it finishes, unless
    // the step was left or the transaction finished meanwhile. writes: cancel() waits for it.
    template<typename Work, typename Done>
    void runFileWork(bool writes, Work work, Done done);
    struct FileRead;
    struct SaveWork;
    struct RestoreWork;
    void finishValidate(const FileRead *read);
    void saveFinished(const SaveWork &work);
    void rollbackFinished(const RestoreWork &work);

    // After Save: a failure of the restart or the wait.
    void failAfterSave(const QString &reason, const ServiceControlError &error);
    void startRollback();
    QString stateSentence() const; // "The file is …; the UC WebServer is …; the backup is at …"
    bool canDiscover() const;
    ServiceControlError controlGone() const;
    void abortRunning();

    ApplyRequest m_request;
    QPointer<ServiceControl> m_control;
    Step m_step = Step::NotStarted;
    Report m_report;
    QList<StepRecord> m_steps;
    quint64 m_generation = 0;
    QPointer<ServiceJob> m_job;
    PortCheck *m_portCheck = nullptr;
    QTimer m_pollTimer;
    QTimer m_watchTimer;
    QElapsedTimer m_waitClock;
    bool m_pollPending = false; // a port check of the wait is under way
    bool m_cancelled = false;
    bool m_serviceTouched = false;
    bool m_inRollback = false;
    QByteArray m_savedHash;
    QString m_failureReason;
    QPointer<QFutureWatcherBase> m_fileWork; // file work under way in a worker
    bool m_fileWorkWrites = false;           // … and it writes (Save, Rollback)
    bool m_cancelPending = false;            // cancel() came while it wrote: decided when it ends
};

struct WinRmSettings;

// The WinRM settings for a host from its HostControlSettings and a password (from the keychain or a
// prompt; it lives only in the returned value: wipe it when done).
WinRmSettings winRmSettingsFor(const HostControlSettings &settings, const QString &password);
// The ServiceControl for a host: WinRmServiceControl, CommandServiceControl (the password is not
// used), or nullptr for a host that is not managed.
ServiceControl *createServiceControl(const HostControlSettings &settings, const QString &password,
                                     QObject *parent = nullptr);

} // namespace ucmc

Q_DECLARE_METATYPE(ucmc::ApplySummary)
Q_DECLARE_METATYPE(ucmc::ApplyTransaction::Report)
