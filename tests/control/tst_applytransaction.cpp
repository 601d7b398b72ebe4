// The apply transaction end to end against tools/winrm-sim (in process, on 127.0.0.61), over WinRM
// HTTP with NTLM authentication and message encryption; the simulator's UC WebServer HTTP port goes
// down and up with the service. Success (file saved, backup, restart, WebServer answers), a restart
// that fails (a service that never stops) with automatic and offered rollback restoring the previous
// file byte for byte, a rollback that fails loudly, a WebServer that does not come back with the new
// file, wrong password, unreachable host, cancel in every step, a dry run that writes and runs
// nothing, and one event per step that never holds the password. The file work runs in a worker
// thread: a write hook records the threads, and one that blocks on a semaphore holds a save or a
// restore under way while the test cancels or destroys the transaction (nothing timed).
#include "core/applytransaction.h"
#include "net/servicecontrol/commandservicecontrol.h"
#include "net/servicecontrol/servicecontrolwinrm.h"

#include "models/backupfiles.h"
#include "models/configwriter.h"
#include "simulatedprocallhost.h"
#include "winrmsimulator.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace ucmc;
using Step = ApplyTransaction::Step;
using Outcome = ApplyTransaction::Outcome;
using FileState = ApplyTransaction::FileState;

namespace {

const QString kPassword = QStringLiteral("Apply-Test-Secret-7f3a");
const QString kWrongPassword = QStringLiteral("Wrong-Apply-Secret-91c2");
const QString kAddress = QStringLiteral("127.0.0.61");
const QString kWebService = QStringLiteral("UCWebSrvSim");

const QByteArray kOriginal = "{\r\n"
                             "   \"port\" : 7224,\r\n"
                             "   \"kurentoservers\" : [\r\n"
                             "      {\r\n"
                             "         \"url\" : \"ws://10.21.3.11:8888/kurento\"\r\n"
                             "      },\r\n"
                             "      {\r\n"
                             "         \"url\" : \"ws://10.21.3.13:8888/kurento\"\r\n"
                             "      }\r\n"
                             "   ]\r\n"
                             "}\r\n";
const QByteArray kEdited = "{\r\n"
                           "   \"port\" : 7224,\r\n"
                           "   \"kurentoservers\" : [\r\n"
                           "      {\r\n"
                           "         \"url\" : \"ws://10.21.3.11:8888/kurento\"\r\n"
                           "      },\r\n"
                           "      {\r\n"
                           "         \"url\" : \"ws://10.21.3.12:8888/kurento\"\r\n"
                           "      }\r\n"
                           "   ]\r\n"
                           "}\r\n";

ServerHealth health(HealthState state, int sessions = -1)
{
    ServerHealth h;
    h.state = state;
    h.metrics.sessions = sessions;
    return h;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

// Records what a transaction reports.
struct Recorder
{
    QList<Step> started;
    QList<QPair<Step, ApplyTransaction::StepStatus>> finished;
    QList<ServerEvent> events;
    QStringList progress;
    QString offered;
    std::optional<ApplyTransaction::Report> report;

    void attach(ApplyTransaction *tx)
    {
        QObject::connect(tx, &ApplyTransaction::stepStarted, tx, [this](Step s, const QString &) { started << s; });
        QObject::connect(tx, &ApplyTransaction::stepFinished, tx,
                         [this](Step s, ApplyTransaction::StepStatus st, const QString &) { finished << qMakePair(s, st); });
        QObject::connect(tx, &ApplyTransaction::eventOccurred, tx, [this](const ServerEvent &e) { events << e; });
        QObject::connect(tx, &ApplyTransaction::progress, tx, [this](Step, const QString &t) { progress << t; });
        QObject::connect(tx, &ApplyTransaction::rollbackOffered, tx, [this](const QString &r) { offered = r; });
        QObject::connect(tx, &ApplyTransaction::finished, tx,
                         [this](const ApplyTransaction::Report &r) { report = r; });
    }
    QString allText() const
    {
        QStringList parts;
        for (const ServerEvent &e : events)
            parts << e.text;
        parts << progress << offered;
        if (report)
            parts << report->message << report->error.message << report->error.detail << report->summary.text();
        return parts.join(QLatin1Char('\n'));
    }
};

// ConfigWriter's hook: records each atomic write (path, thread) and blocks in the one numbered
// blockAt (1: the backup, 2: the file, 3: the rollback's restore) until the test releases it.
struct WriteGate
{
    int blockAt = 0; // 0: never blocks
    QSemaphore entered;
    QSemaphore released;
    QMutex mutex;
    QStringList paths;
    QList<QThread *> threads;

    ConfigWriteHook hook()
    {
        return [this](const QString &path) {
            int n = 0;
            {
                QMutexLocker lock(&mutex);
                paths << path;
                threads << QThread::currentThread();
                n = int(paths.size());
            }
            if (n == blockAt) {
                entered.release();
                released.acquire();
            }
        };
    }
    QStringList written()
    {
        QMutexLocker lock(&mutex);
        return paths;
    }
};

} // namespace

class TestApplyTransaction : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void successPath();
    void dryRunWritesAndRunsNothing();
    void summaryOfTheChange();
    void restartFailsRollsBackAutomatically();
    void restartFailsRollbackOffered();
    void offeredRollbackDeclined();
    void rollbackThatFailsIsLoud();
    void webServerDoesNotComeBackWithTheNewFile();
    void webServerNeverAnswers();
    void wrongPassword();
    void hostUnreachable();
    void cancelInEachStep_data();
    void cancelInEachStep();
    void cancelDuringTheRollback();
    void validationRefuses();
    void commandTemplatesWithoutDiscovery();
    void failureThatNeverReachedTheService();
    void serviceControlFromSettings();
    void fileWorkRunsOffTheCallingThread();
    void cancelWhileTheSaveIsWritten();
    void cancelWhileTheRestoreIsWritten();
    void destroyedWhileSaving();
    void restartOnlyKeepsTheFile();
    void restartOnlyReportsTheStartTime();
    void restartOnlyWithoutAnEarlierVersionCannotRollBack();
    void restartOnlyRollsBackToTheVersionBefore();
    void restartOnlyRefusesABrokenFile();
    void restartOnlyCancelledAfterTheRestartWasSent();

private:
    ApplyRequest request(bool dryRun = false) const;
    WinRmServiceControl *control(const QString &password = kPassword, quint16 port = 0);
    ApplyTransaction *transaction(const ApplyRequest &request, ServiceControl *control, Recorder *recorder,
                                  bool autoConfirm = true);
    static bool waitFinished(ApplyTransaction *tx, int ms = 60000);
    bool webPortOpen() const;
    QStringList backups() const;
    void checkEvents(const Recorder &r) const;

    std::unique_ptr<winrmsim::WinRmSimulator> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QStringList m_webStates; // the WebServer service's states, as the simulator changed them
};

void TestApplyTransaction::init()
{
    winrmsim::SimConfig config;
    config.address = QHostAddress(kAddress);
    config.password = kPassword;
    config.transitionMs = 150;
    config.webServerPort = 0;
    config.services = winrmsim::SimConfig::defaultServices(winrmsim::SimConfig::Role::UcServer, QStringLiteral("9.1.0.3456"));
    m_sim = std::make_unique<winrmsim::WinRmSimulator>(config);
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    m_webStates.clear();
    connect(m_sim.get(), &winrmsim::WinRmSimulator::serviceChanged, this, [this](const QString &name, const QString &state) {
        if (name == kWebService)
            m_webStates << state;
    });
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("eucwebconfig.json"));
    QFile f(m_path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kOriginal);
}

void TestApplyTransaction::cleanup()
{
    m_sim.reset();
    m_dir.reset();
}

ApplyRequest TestApplyTransaction::request(bool dryRun) const
{
    ApplyRequest r;
    r.configPath = m_path;
    r.loadedHash = ConfigWriter::hashOf(kOriginal);
    r.before = ConfigDocument::fromBytes(kOriginal);
    r.after = ConfigDocument::fromBytes(kEdited);
    r.ucServerHost = kAddress;
    r.webServerHttpPort = m_sim->webServerPort();
    r.health.insert(QStringLiteral("ws://10.21.3.11:8888/kurento"), health(HealthState::Up, 2));
    r.health.insert(QStringLiteral("ws://10.21.3.13:8888/kurento"), health(HealthState::Up, 5));
    r.settings.rollbackPolicy = ApplySettings::RollbackPolicy::Automatic;
    r.settings.restartTimeoutMs = 8000;
    r.settings.webServerTimeoutMs = 5000;
    r.settings.pollIntervalMs = 100;
    r.settings.watchMs = 0;
    r.dryRun = dryRun;
    return r;
}

WinRmServiceControl *TestApplyTransaction::control(const QString &password, quint16 port)
{
    WinRmSettings s;
    s.host = kAddress;
    s.port = port ? port : quint16(m_sim->httpUrl().port());
    s.user = QStringLiteral("Administrator");
    s.password = password;
    s.operationTimeoutSeconds = 2;
    s.connectTimeoutMs = 3000;
    return new WinRmServiceControl(s, this);
}

ApplyTransaction *TestApplyTransaction::transaction(const ApplyRequest &request, ServiceControl *control,
                                                    Recorder *recorder, bool autoConfirm)
{
    auto *tx = new ApplyTransaction(request, control, this);
    recorder->attach(tx);
    if (autoConfirm)
        connect(tx, &ApplyTransaction::confirmationNeeded, tx, &ApplyTransaction::confirm);
    return tx;
}

bool TestApplyTransaction::waitFinished(ApplyTransaction *tx, int ms)
{
    if (tx->isFinished())
        return true;
    QSignalSpy spy(tx, &ApplyTransaction::finished);
    return spy.wait(ms);
}

bool TestApplyTransaction::webPortOpen() const
{
    QTcpSocket socket;
    socket.connectToHost(kAddress, m_sim->webServerPort());
    const bool open = socket.waitForConnected(500);
    socket.abort();
    return open;
}

QStringList TestApplyTransaction::backups() const
{
    return BackupFiles::existing(m_path);
}

void TestApplyTransaction::checkEvents(const Recorder &r) const
{
    // every finished step produced one event, plus the final one; none holds a password
    QCOMPARE(r.events.size(), r.finished.size() + 1);
    for (const ServerEvent &e : r.events) {
        QCOMPARE(e.kind, ServerEvent::Kind::ConsoleAction);
        QCOMPARE(e.server, kAddress);
        QVERIFY(e.time.isValid());
    }
    const QString text = r.allText();
    QVERIFY(!text.contains(kPassword));
    QVERIFY(!text.contains(kWrongPassword));
}

void TestApplyTransaction::successPath()
{
    Recorder r;
    ApplyRequest req = request();
    req.settings.watchMs = 300;
    ApplyTransaction *tx = transaction(req, control(), &r);
    bool sawPortDown = false;
    QTimer probe;
    connect(&probe, &QTimer::timeout, this, [&] {
        if (!webPortOpen())
            sawPortDown = true;
    });
    connect(tx, &ApplyTransaction::stepStarted, this, [&](Step s) {
        if (s == Step::Restart)
            probe.start(20);
        if (s == Step::Watch) {
            probe.stop();
            // the monitor reports the new server up during the watch
            tx->noteHealth({HealthUpdate{QStringLiteral("ws://10.21.3.12:8888/kurento"), health(HealthState::Up)}});
        }
    });
    QVERIFY(webPortOpen());
    tx->start();
    QVERIFY(!tx->isFinished()); // asynchronous
    QVERIFY(waitFinished(tx));
    QVERIFY(r.report);
    QVERIFY2(r.report->outcome == Outcome::Applied, qPrintable(r.report->message));
    QCOMPARE(r.report->fileState, FileState::New);
    QCOMPARE(readFile(m_path), kEdited);
    QCOMPARE(backups().size(), 1);
    QCOMPARE(r.report->backupPath, backups().first());
    QCOMPARE(readFile(r.report->backupPath), kOriginal);
    QCOMPARE(r.report->webServerService, kWebService); // found by discovery (EUCWeb.exe)
    QVERIFY(r.report->serviceRestarted);
    QVERIFY(r.report->webServerAnswered);
    QCOMPARE(r.report->lastKnownServiceState, ServiceState::Running);
    QVERIFY(sawPortDown);
    QVERIFY(webPortOpen());
    QCOMPARE(m_webStates, (QStringList{QStringLiteral("Stop Pending"), QStringLiteral("Stopped"),
                                       QStringLiteral("Start Pending"), QStringLiteral("Running")}));
    QCOMPARE(r.started, (QList<Step>{Step::Validate, Step::Summarise, Step::Confirm, Step::CheckHost, Step::Save,
                                     Step::Restart, Step::WaitForWebServer, Step::Watch, Step::Done}));
    for (const auto &[step, status] : r.finished)
        QCOMPARE(status, ApplyTransaction::StepStatus::Done);
    QCOMPARE(tx->steps().size(), 9);
    // the watch saw both servers of the new list up
    QVERIFY(tx->steps()[7].message.contains(QLatin1String("2 of 2")));
    checkEvents(r);
    QVERIFY(r.events.last().text.contains(QLatin1String("applied")));
    // every step's event names the step
    for (int i = 0; i < tx->steps().size(); ++i)
        QVERIFY(r.events[i].text.contains(ApplyTransaction::stepText(tx->steps()[i].step)));
    QVERIFY(!r.progress.isEmpty());
    // the console used WinRM over encrypted HTTP only: nothing was refused for being unencrypted
    QCOMPARE(m_sim->unencryptedRefused(), 0);
    QVERIFY(m_sim->authenticationsAccepted() >= 1);
}

void TestApplyTransaction::dryRunWritesAndRunsNothing()
{
    Recorder r;
    ApplyRequest req = request(/*dryRun=*/true);
    ApplyTransaction *tx = transaction(req, control(), &r, /*autoConfirm=*/false);
    tx->start();
    QVERIFY(waitFinished(tx));
    QCOMPARE(r.report->outcome, Outcome::DryRun);
    QCOMPARE(r.report->fileState, FileState::Unchanged);
    QCOMPARE(readFile(m_path), kOriginal);
    QVERIFY(backups().isEmpty());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{QStringLiteral("eucwebconfig.json")});
    QVERIFY(m_sim->commandLog().isEmpty());
    QCOMPARE(m_sim->authenticationsAccepted() + m_sim->authenticationsRejected(), 0); // not even a connection
    QCOMPARE(m_webStates, QStringList{});
    QCOMPARE(r.started, (QList<Step>{Step::Validate, Step::Summarise}));
    // every command that would run: discovery, restart, and the restart of a rollback
    const ApplySummary &s = r.report->summary;
    QCOMPARE(s.commands.size(), 3);
    QVERIFY(s.commands[0].command.contains(QLatin1String("Get-CimInstance -ClassName Win32_Service")));
    QVERIFY(s.commands[1].command.contains(QLatin1String("$action = 'Restart'")));
    QVERIFY(s.commands[1].purpose.contains(QLatin1String("UC-WEBSERVER-SERVICE")));
    QCOMPARE(s.commands[2].command, s.commands[1].command);
    QVERIFY(!s.diff.isEmpty());
    checkEvents(r);

    // with the name known, the restart command names it
    Recorder named;
    req.serviceNames.webServer = kWebService;
    ApplyTransaction *tx2 = transaction(req, control(), &named, false);
    tx2->start();
    QVERIFY(waitFinished(tx2));
    QVERIFY(named.report->summary.commands[1].command.contains(QLatin1String("$name = 'UCWebSrvSim'")));
    QVERIFY(!named.report->summary.commands[1].command.contains(kPassword));
    QVERIFY(m_sim->commandLog().isEmpty());
}

void TestApplyTransaction::summaryOfTheChange()
{
    ApplyRequest req = request();
    req.health.insert(QStringLiteral("ws://10.21.3.12:8888/kurento"), health(HealthState::Down));
    const ApplySummary s = ApplyTransaction::summarise(req, nullptr);
    QCOMPARE(s.added, QStringList{QStringLiteral("ws://10.21.3.12:8888/kurento")});
    QCOMPARE(s.removed, QStringList{QStringLiteral("ws://10.21.3.13:8888/kurento")});
    QCOMPARE(s.kept, QStringList{QStringLiteral("ws://10.21.3.11:8888/kurento")});
    QCOMPARE(s.receivesNewCalls, QStringList{QStringLiteral("ws://10.21.3.11:8888/kurento")});
    QCOMPARE(s.notUp, QStringList{QStringLiteral("ws://10.21.3.12:8888/kurento")});
    QCOMPARE(s.activeSessionsOnRemoved.size(), 1);
    QCOMPARE(s.activeSessionsOnRemoved.first().sessions, 5);
    QCOMPARE(s.activeSessionsTotal, 5);
    QVERIFY(s.diff.contains("-         \"url\" : \"ws://10.21.3.13:8888/kurento\""));
    QVERIFY(s.diff.contains("+         \"url\" : \"ws://10.21.3.12:8888/kurento\""));
    QVERIFY(s.commands.isEmpty()); // no control: nothing to run
    QVERIFY(s.text().contains(QLatin1String("5 active sessions")));
    // a server keyed by another spelling of the same address still counts as up
    req.health.clear();
    req.health.insert(QStringLiteral("ws://10.21.3.11:8888/kurento/"), health(HealthState::Up));
    QCOMPARE(ApplyTransaction::summarise(req, nullptr).receivesNewCalls,
             QStringList{QStringLiteral("ws://10.21.3.11:8888/kurento")});
}

void TestApplyTransaction::restartFailsRollsBackAutomatically()
{
    // the WebServer never stops with the new file: the restart times out, the old file comes back,
    // and the stuck service finally ends just as the rollback restarts it
    QString error;
    QVERIFY(m_sim->faults().apply(QStringLiteral("stuck-stop=") + kWebService, &error));
    Recorder r;
    ApplyRequest req = request();
    req.settings.restartTimeoutMs = 3000;
    ApplyTransaction *tx = transaction(req, control(), &r);
    connect(tx, &ApplyTransaction::stepStarted, this, [&](Step s) {
        if (s == Step::Rollback)
            QCOMPARE(readFile(m_path), kEdited); // the new file was on disk until now
        if (s == Step::RollbackRestart) {
            m_sim->faults().stuckStop.clear();
            m_sim->setState(kWebService, QStringLiteral("Stopped"));
        }
    });
    tx->start();
    QVERIFY(waitFinished(tx));
    QVERIFY2(r.report->outcome == Outcome::RolledBack, qPrintable(r.report->message));
    QCOMPARE(r.report->fileState, FileState::Restored);
    QCOMPARE(readFile(m_path), kOriginal); // byte for byte, CRLF and all
    QCOMPARE(backups().size(), 1);
    QCOMPARE(readFile(r.report->backupPath), kOriginal);
    QCOMPARE(r.report->error.kind, ServiceControlError::Kind::ServiceTimeout);
    QVERIFY(r.report->message.contains(QLatin1String("Stopping")));
    QVERIFY(webPortOpen());
    QCOMPARE(r.started.mid(5), (QList<Step>{Step::Restart, Step::Rollback, Step::RollbackRestart, Step::RollbackWait}));
    QCOMPARE(r.finished[5].second, ApplyTransaction::StepStatus::Failed);
    checkEvents(r);
}

void TestApplyTransaction::restartFailsRollbackOffered()
{
    QString error;
    QVERIFY(m_sim->faults().apply(QStringLiteral("stuck-stop=") + kWebService, &error));
    Recorder r;
    ApplyRequest req = request();
    req.settings.rollbackPolicy = ApplySettings::RollbackPolicy::Offer;
    req.settings.restartTimeoutMs = 3000;
    ApplyTransaction *tx = transaction(req, control(), &r);
    QSignalSpy offered(tx, &ApplyTransaction::rollbackOffered);
    tx->start();
    QVERIFY(offered.wait(20000));
    QCOMPARE(tx->step(), Step::OfferRollback);
    QVERIFY(!tx->isFinished());
    QCOMPARE(readFile(m_path), kEdited);
    QVERIFY(r.offered.contains(QLatin1String("NEW configuration")));
    QVERIFY(r.offered.contains(QDir::toNativeSeparators(backups().first())));
    // the administrator sees to the service, then chooses the rollback
    m_sim->faults().stuckStop.clear();
    m_sim->setState(kWebService, QStringLiteral("Stopped"));
    tx->rollback();
    QVERIFY(waitFinished(tx));
    QVERIFY2(r.report->outcome == Outcome::RolledBack, qPrintable(r.report->message));
    QCOMPARE(readFile(m_path), kOriginal);
    QVERIFY(webPortOpen());
    checkEvents(r);
}

void TestApplyTransaction::offeredRollbackDeclined()
{
    QString error;
    QVERIFY(m_sim->faults().apply(QStringLiteral("stuck-stop=") + kWebService, &error));
    Recorder r;
    ApplyRequest req = request();
    req.settings.rollbackPolicy = ApplySettings::RollbackPolicy::Offer;
    req.settings.restartTimeoutMs = 3000;
    ApplyTransaction *tx = transaction(req, control(), &r);
    connect(tx, &ApplyTransaction::rollbackOffered, tx, &ApplyTransaction::keepNewFile);
    tx->start();
    QVERIFY(waitFinished(tx));
    QCOMPARE(r.report->outcome, Outcome::Failed);
    QCOMPARE(r.report->fileState, FileState::New);
    QCOMPARE(readFile(m_path), kEdited);
    QVERIFY(r.report->message.contains(QLatin1String("kept")));
    QVERIFY(r.report->message.contains(QLatin1String("Stopping")));
    QVERIFY(r.report->message.contains(QDir::toNativeSeparators(r.report->backupPath)));
    checkEvents(r);
}

void TestApplyTransaction::rollbackThatFailsIsLoud()
{
    // the service stays stuck: the rollback restores the file, but its restart fails too
    QString error;
    QVERIFY(m_sim->faults().apply(QStringLiteral("stuck-stop=") + kWebService, &error));
    Recorder r;
    ApplyRequest req = request();
    req.settings.restartTimeoutMs = 2000;
    ApplyTransaction *tx = transaction(req, control(), &r);
    tx->start();
    QVERIFY(waitFinished(tx));
    QCOMPARE(r.report->outcome, Outcome::Failed);
    QCOMPARE(r.report->fileState, FileState::Restored);
    QCOMPARE(readFile(m_path), kOriginal);
    QVERIFY(r.report->message.startsWith(QLatin1String("ROLLBACK INCOMPLETE")));
    QVERIFY(r.report->message.contains(QLatin1String("PREVIOUS configuration")));
    QVERIFY(r.report->message.contains(QDir::toNativeSeparators(r.report->backupPath)));
    QVERIFY(r.report->message.contains(QLatin1String("Stopping")));
    checkEvents(r);
}

void TestApplyTransaction::webServerDoesNotComeBackWithTheNewFile()
{
    // the service restarts, but the WebServer stays unreachable with the new file (it closes its port
    // right after starting); with the previous file it works again
    int starts = 0;
    connect(m_sim.get(), &winrmsim::WinRmSimulator::serviceChanged, this, [&](const QString &name, const QString &state) {
        if (name == kWebService && state == QLatin1String("Running") && ++starts == 1)
            m_sim->webServerHost()->setWebServerState(procallsim::SimulatedProcallHost::WebServerState::Stopped);
    });
    Recorder r;
    ApplyRequest req = request();
    req.settings.webServerTimeoutMs = 1500;
    ApplyTransaction *tx = transaction(req, control(), &r);
    tx->start();
    QVERIFY(waitFinished(tx));
    QVERIFY2(r.report->outcome == Outcome::RolledBack, qPrintable(r.report->message));
    QCOMPARE(starts, 2);
    QCOMPARE(readFile(m_path), kOriginal);
    QCOMPARE(r.report->error.kind, ServiceControlError::Kind::Timeout);
    QVERIFY(r.report->message.contains(QLatin1String("did not answer")));
    QVERIFY(webPortOpen());
    QCOMPARE(r.started.mid(6), (QList<Step>{Step::WaitForWebServer, Step::Rollback, Step::RollbackRestart, Step::RollbackWait}));
    checkEvents(r);
}

void TestApplyTransaction::webServerNeverAnswers()
{
    // the WebServer's port in the settings is wrong: nothing ever answers there
    QTcpServer unused;
    QVERIFY(unused.listen(QHostAddress(kAddress), 0));
    const quint16 closedPort = unused.serverPort();
    unused.close();
    Recorder r;
    ApplyRequest req = request();
    req.webServerHttpPort = closedPort;
    req.settings.webServerTimeoutMs = 1000;
    ApplyTransaction *tx = transaction(req, control(), &r);
    tx->start();
    QVERIFY(waitFinished(tx));
    QCOMPARE(r.report->outcome, Outcome::Failed);
    QCOMPARE(r.report->fileState, FileState::Restored);
    QCOMPARE(readFile(m_path), kOriginal);
    QVERIFY(r.report->message.contains(QLatin1String("did not come back")));
    QVERIFY(r.report->message.contains(QString::number(closedPort)));
    QVERIFY(!r.report->webServerAnswered);
    checkEvents(r);
}

void TestApplyTransaction::wrongPassword()
{
    Recorder r;
    ApplyTransaction *tx = transaction(request(), control(kWrongPassword), &r);
    tx->start();
    QVERIFY(waitFinished(tx));
    QCOMPARE(r.report->outcome, Outcome::Failed);
    QCOMPARE(r.report->error.kind, ServiceControlError::Kind::AuthenticationFailed);
    QCOMPARE(r.report->fileState, FileState::Unchanged);
    QCOMPARE(readFile(m_path), kOriginal);
    QVERIFY(backups().isEmpty());
    QVERIFY(r.report->message.contains(QLatin1String("Nothing was changed")));
    QCOMPARE(m_webStates, QStringList{});
    QVERIFY(m_sim->authenticationsRejected() >= 1);
    checkEvents(r);
}

void TestApplyTransaction::hostUnreachable()
{
    QTcpServer unused;
    QVERIFY(unused.listen(QHostAddress(kAddress), 0));
    const quint16 closedPort = unused.serverPort();
    unused.close();
    Recorder r;
    ApplyTransaction *tx = transaction(request(), control(kPassword, closedPort), &r);
    tx->start();
    QVERIFY(waitFinished(tx));
    QCOMPARE(r.report->outcome, Outcome::Failed);
    QCOMPARE(r.report->error.kind, ServiceControlError::Kind::Unreachable);
    QCOMPARE(readFile(m_path), kOriginal);
    QVERIFY(backups().isEmpty());
    checkEvents(r);
}

void TestApplyTransaction::cancelInEachStep_data()
{
    QTest::addColumn<int>("step");
    // -1: cancel from the stepStarted signal itself; -2: when the WebServer service starts to stop;
    // -3: when the simulator accepted the console's authentication (a request is in flight)
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<bool>("newFile");    // the new file stays on disk
    QTest::addColumn<bool>("backup");     // a backup was written
    QTest::addColumn<int>("webRestarts"); // how often the WebServer went to Running (-1: at least once)
    QTest::newRow("validate") << int(Step::Validate) << -1 << int(Outcome::Cancelled) << false << false << 0;
    QTest::newRow("summarise") << int(Step::Summarise) << -1 << int(Outcome::Cancelled) << false << false << 0;
    QTest::newRow("confirm") << int(Step::Confirm) << -1 << int(Outcome::Cancelled) << false << false << 0;
    QTest::newRow("check-host") << int(Step::CheckHost) << -1 << int(Outcome::Cancelled) << false << false << 0;
    QTest::newRow("check-host running") << int(Step::CheckHost) << -3 << int(Outcome::Cancelled) << false << false << 0;
    QTest::newRow("save") << int(Step::Save) << -1 << int(Outcome::Cancelled) << false << false << 0;
    // saved, but the restart not begun: restoring the file is enough
    QTest::newRow("restart") << int(Step::Restart) << -1 << int(Outcome::Cancelled) << false << true << 0;
    // the restart reached the service: undone with the old file and another restart
    QTest::newRow("restart running") << int(Step::Restart) << -2 << int(Outcome::Cancelled) << false << true << -1;
    QTest::newRow("wait") << int(Step::WaitForWebServer) << -1 << int(Outcome::Cancelled) << false << true << 2;
    // the change is in effect: watching stops, the change stays
    QTest::newRow("watch") << int(Step::Watch) << 50 << int(Outcome::Applied) << true << true << 1;
}

void TestApplyTransaction::cancelInEachStep()
{
    QFETCH(int, step);
    QFETCH(int, delayMs);
    QFETCH(int, outcome);
    QFETCH(bool, newFile);
    QFETCH(bool, backup);
    QFETCH(int, webRestarts);
    Recorder r;
    ApplyRequest req = request();
    req.settings.watchMs = 5000;
    ApplyTransaction *tx = transaction(req, control(), &r);
    connect(tx, &ApplyTransaction::stepStarted, this, [&](Step s) {
        if (int(s) != step || delayMs <= -2)
            return;
        if (delayMs < 0)
            tx->cancel();
        else
            QTimer::singleShot(delayMs, tx, &ApplyTransaction::cancel);
    });
    if (delayMs == -3)
        connect(m_sim.get(), &winrmsim::WinRmSimulator::logLine, tx, [&](const QString &line) {
            if (line.startsWith(QLatin1String("NTLM: authenticated")) && tx->step() == Step(step))
                tx->cancel();
        });
    if (delayMs == -2)
        connect(m_sim.get(), &winrmsim::WinRmSimulator::serviceChanged, tx, [&](const QString &name, const QString &state) {
            if (name == kWebService && state == QLatin1String("Stop Pending") && tx->step() == Step(step))
                tx->cancel();
        });
    tx->start();
    QVERIFY(waitFinished(tx));
    QVERIFY2(int(r.report->outcome) == outcome, qPrintable(r.report->message));
    QCOMPARE(readFile(m_path), newFile ? kEdited : kOriginal);
    QCOMPARE(backups().size(), backup ? 1 : 0);
    if (webRestarts < 0)
        QVERIFY(m_webStates.count(QStringLiteral("Running")) >= 1);
    else
        QCOMPARE(m_webStates.count(QStringLiteral("Running")), webRestarts);
    QVERIFY(webPortOpen()); // the WebServer runs in every case
    QCOMPARE(r.started.first(), Step::Validate);
    QVERIFY(r.started.contains(Step(step)));
    const auto cancelled = std::find_if(r.finished.begin(), r.finished.end(), [&](const auto &f) {
        return f.second == ApplyTransaction::StepStatus::Cancelled;
    });
    QVERIFY(cancelled != r.finished.end());
    QCOMPARE(int(cancelled->first), step);
    checkEvents(r);
    // cancelling again, or any late call, changes nothing
    tx->cancel();
    tx->confirm();
    tx->rollback();
    QCOMPARE(int(tx->outcome()), outcome);
}

void TestApplyTransaction::cancelDuringTheRollback()
{
    QString error;
    QVERIFY(m_sim->faults().apply(QStringLiteral("stuck-stop=") + kWebService, &error));
    Recorder r;
    ApplyRequest req = request();
    req.settings.restartTimeoutMs = 2000;
    ApplyTransaction *tx = transaction(req, control(), &r);
    connect(tx, &ApplyTransaction::stepStarted, this, [&](Step s) {
        if (s == Step::RollbackRestart)
            QTimer::singleShot(100, tx, &ApplyTransaction::cancel);
    });
    tx->start();
    QVERIFY(waitFinished(tx));
    QCOMPARE(r.report->outcome, Outcome::Failed);
    QCOMPARE(r.report->fileState, FileState::Restored);
    QCOMPARE(readFile(m_path), kOriginal);
    QVERIFY(r.report->message.contains(QLatin1String("rollback was cancelled")));
    QVERIFY(r.report->message.contains(QLatin1String("PREVIOUS configuration")));
    checkEvents(r);
}

void TestApplyTransaction::validationRefuses()
{
    struct Case
    {
        QString name;
        std::function<void(ApplyRequest &)> change;
        ServiceControl *control;
        QString says;
    };
    CommandServiceControl commands(kAddress, {}, CommandTemplates::scExe());
    const QList<Case> cases{
        {QStringLiteral("not managed"), [](ApplyRequest &) {}, nullptr, QStringLiteral("is not managed")},
        {QStringLiteral("lint error"),
         [](ApplyRequest &r) { r.after = ConfigDocument::fromBytes("{ \"kurentoservers\" : [ { \"url\" : \"ws://10.21.3.12:99999/kurento\" } ] }"); },
         control(), QStringLiteral("has errors")},
        {QStringLiteral("no change"), [](ApplyRequest &r) { r.after = r.before; }, control(),
         QStringLiteral("no changes")},
        {QStringLiteral("changed on disk"), [this](ApplyRequest &) {
             QFile f(m_path);
             QVERIFY(f.open(QIODevice::Append));
             f.write(" ");
         },
         control(), QStringLiteral("changed by another program")},
        {QStringLiteral("commands without discovery and no name"), [](ApplyRequest &) {}, &commands,
         QStringLiteral("cannot discover it")},
        {QStringLiteral("no UCServer host"), [](ApplyRequest &r) { r.ucServerHost.clear(); }, control(),
         QStringLiteral("UCServer host is not known")},
    };
    for (const Case &c : cases) {
        QFile::remove(m_path);
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kOriginal);
        f.close();
        ApplyRequest req = request();
        c.change(req);
        Recorder r;
        ApplyTransaction *tx = transaction(req, c.control, &r);
        tx->start();
        QVERIFY(waitFinished(tx));
        QVERIFY2(r.report->outcome == Outcome::Failed, qPrintable(c.name));
        QVERIFY2(r.report->message.contains(c.says), qPrintable(c.name + QLatin1String(": ") + r.report->message));
        QVERIFY(r.report->message.contains(QLatin1String("Nothing was changed")));
        QCOMPARE(r.started, QList<Step>{Step::Validate});
        QVERIFY(backups().isEmpty());
    }
    QVERIFY(m_sim->commandLog().isEmpty());
}

void TestApplyTransaction::commandTemplatesWithoutDiscovery()
{
    // the command backend: no discovery (the name is set by hand), the WebServer's answer is the proof
    QTemporaryDir work;
    const QString log = work.filePath(QStringLiteral("calls.log"));
    CommandTemplates templates;
    templates.restart = QStringLiteral(UCMC_TEST_SOURCE_DIR "/fake-tool.sh restart {service} on {host}");
    CommandServiceControl commands(kAddress, {}, templates);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FAKE_LOG"), log);
    commands.setProcessEnvironment(env);
    ApplyRequest req = request();
    req.serviceNames.webServer = kWebService;
    Recorder r;
    ApplyTransaction *tx = transaction(req, &commands, &r);
    tx->start();
    QVERIFY(waitFinished(tx));
    QVERIFY2(r.report->outcome == Outcome::Applied, qPrintable(r.report->message));
    QCOMPARE(readFile(m_path), kEdited);
    QCOMPARE(tx->steps()[3].step, Step::CheckHost);
    QCOMPARE(tx->steps()[3].status, ApplyTransaction::StepStatus::Skipped);
    QCOMPARE(QString::fromUtf8(readFile(log)).split(QLatin1Char('\n'), Qt::SkipEmptyParts),
             (QStringList{QStringLiteral("--- fake-tool.sh"), QStringLiteral("restart"), kWebService,
                          QStringLiteral("on"), kAddress}));
    QCOMPARE(r.report->summary.commands.size(), 2); // no discovery command
    QVERIFY(r.report->summary.commands[0].command.endsWith(QStringLiteral("restart UCWebSrvSim on 127.0.0.61")));
    checkEvents(r);
}

void TestApplyTransaction::failureThatNeverReachedTheService()
{
    // sc.exe answers "access denied" (exit code 5): the service was never touched, so restoring the
    // file is the whole rollback; no second restart
    QTemporaryDir bin;
    QVERIFY(QFile::copy(QStringLiteral(UCMC_TEST_SOURCE_DIR "/fake-tool.sh"), bin.filePath(QStringLiteral("sc.exe"))));
    CommandTemplates templates;
    templates.restart = bin.filePath(QStringLiteral("sc.exe")) + QStringLiteral(" \\\\{host} stop {service}");
    CommandServiceControl commands(kAddress, {}, templates);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FAKE_MODE"), QStringLiteral("fail"));
    commands.setProcessEnvironment(env);
    ApplyRequest req = request();
    req.serviceNames.webServer = kWebService;
    Recorder r;
    ApplyTransaction *tx = transaction(req, &commands, &r);
    tx->start();
    QVERIFY(waitFinished(tx));
    QVERIFY2(r.report->outcome == Outcome::RolledBack, qPrintable(r.report->message));
    QCOMPARE(r.report->error.kind, ServiceControlError::Kind::AccessDenied);
    QCOMPARE(readFile(m_path), kOriginal);
    QVERIFY(!r.started.contains(Step::RollbackRestart));
    QVERIFY(r.report->message.contains(QLatin1String("was not restarted")));
    QVERIFY(!r.report->serviceRestarted);
    checkEvents(r);
}

void TestApplyTransaction::serviceControlFromSettings()
{
    HostControlSettings settings;
    settings.host = kAddress;
    QVERIFY(!createServiceControl(settings, kPassword)); // not managed
    settings.kind = HostControlSettings::Kind::WinRm;
    settings.port = quint16(m_sim->httpUrl().port());
    settings.user = QStringLiteral("Administrator");
    std::unique_ptr<ServiceControl> winrm(createServiceControl(settings, kPassword));
    QVERIFY(qobject_cast<WinRmServiceControl *>(winrm.get()));
    QVERIFY(!winrm->description().contains(kPassword));
    ServiceJob *job = winrm->discover({}, std::chrono::seconds(20));
    QSignalSpy spy(job, &ServiceJob::finished);
    QVERIFY(spy.wait(20000));
    QVERIFY2(job->ok(), qPrintable(job->error().message));
    const WinRmSettings https = [&] {
        HostControlSettings h = settings;
        h.transport = HostControlSettings::WinRmTransport::Https;
        h.authentication = HostControlSettings::WinRmAuthentication::Basic;
        h.pinnedCertificateSha256 = QStringLiteral("AB:CD");
        h.port = 0;
        return winRmSettingsFor(h, kPassword);
    }();
    QCOMPARE(https.effectivePort(), quint16(5986));
    QCOMPARE(https.authentication, WinRmSettings::Authentication::Basic);
    QCOMPARE(https.pinnedCertificateSha256, QStringLiteral("AB:CD"));
    settings.kind = HostControlSettings::Kind::Commands;
    settings.commands = CommandTemplates::scExe();
    std::unique_ptr<ServiceControl> commands(createServiceControl(settings, kPassword));
    QVERIFY(qobject_cast<CommandServiceControl *>(commands.get()));
    QVERIFY(!commands->preview(ServiceJob::Operation::Stop, kWebService).contains(kPassword));
}

void TestApplyTransaction::fileWorkRunsOffTheCallingThread()
{
    // Cancelled as the restart begins (before it runs): saved, then restored, the service untouched.
    WriteGate gate;
    Recorder r;
    ApplyRequest req = request();
    req.beforeWrite = gate.hook();
    ApplyTransaction *tx = transaction(req, control(), &r);
    connect(tx, &ApplyTransaction::stepStarted, this, [&](Step s) {
        if (s == Step::Restart)
            tx->cancel();
    });
    tx->start();
    QVERIFY(waitFinished(tx));
    QVERIFY2(r.report->outcome == Outcome::Cancelled, qPrintable(r.report->message));
    QCOMPARE(readFile(m_path), kOriginal);
    const QString path = QFileInfo(m_path).absoluteFilePath();
    QCOMPARE(gate.written(), (QStringList{r.report->backupPath, path, path})); // backup, file, restore
    QCOMPARE(gate.threads.size(), 3);
    for (QThread *thread : std::as_const(gate.threads))
        QVERIFY(thread != QThread::currentThread());
    QCOMPARE(m_webStates, QStringList{});
    checkEvents(r);
}

void TestApplyTransaction::cancelWhileTheSaveIsWritten()
{
    // The save blocks in its second write (the file itself) while cancel() comes: the transaction
    // waits for the write, then undoes it (restore, no restart): Cancelled, the previous file back.
    WriteGate gate;
    gate.blockAt = 2;
    Recorder r;
    ApplyRequest req = request();
    req.beforeWrite = gate.hook();
    ApplyTransaction *tx = transaction(req, control(), &r);
    tx->start();
    // Whatever happens, nothing outlives the gate: let every write through, then end the transaction.
    const auto cleanUp = qScopeGuard([&] {
        gate.released.release(100);
        delete tx;
    });
    QTRY_VERIFY_WITH_TIMEOUT(gate.entered.available() == 1, 20000);
    QCOMPARE(tx->step(), Step::Save);
    tx->cancel();
    tx->cancel(); // once is enough
    QVERIFY(!tx->isFinished()); // the write is under way: decided when it ends
    QCOMPARE(r.progress.count(QStringLiteral("Cancelling: waiting until %1 is written…")
                                  .arg(QDir::toNativeSeparators(QFileInfo(m_path).absoluteFilePath()))),
             1);
    QTest::qWait(50);
    QVERIFY(!tx->isFinished());
    gate.released.release();
    QVERIFY(waitFinished(tx));
    QVERIFY2(r.report->outcome == Outcome::Cancelled, qPrintable(r.report->message));
    QCOMPARE(r.report->fileState, FileState::Restored);
    QCOMPARE(readFile(m_path), kOriginal);
    QCOMPARE(backups().size(), 1);
    QVERIFY(r.report->message.contains(QLatin1String("Cancelled and undone")));
    QCOMPARE(r.started.mid(4), (QList<Step>{Step::Save, Step::Rollback}));
    QCOMPARE(r.finished[4], qMakePair(Step::Save, ApplyTransaction::StepStatus::Cancelled));
    QCOMPARE(m_webStates, QStringList{});
    checkEvents(r);
}

void TestApplyTransaction::cancelWhileTheRestoreIsWritten()
{
    // The restart fails (a service that never stops), the rollback's restore blocks, cancel() comes:
    // the restore finishes, and the rollback stops there (no restart again).
    QString error;
    QVERIFY(m_sim->faults().apply(QStringLiteral("stuck-stop=") + kWebService, &error));
    WriteGate gate;
    gate.blockAt = 3;
    Recorder r;
    ApplyRequest req = request();
    req.settings.restartTimeoutMs = 2000;
    req.beforeWrite = gate.hook();
    ApplyTransaction *tx = transaction(req, control(), &r);
    tx->start();
    const auto cleanUp = qScopeGuard([&] {
        gate.released.release(100);
        delete tx;
    });
    QTRY_VERIFY_WITH_TIMEOUT(gate.entered.available() == 1, 30000);
    QCOMPARE(tx->step(), Step::Rollback);
    tx->cancel();
    QVERIFY(!tx->isFinished());
    gate.released.release();
    QVERIFY(waitFinished(tx));
    QCOMPARE(r.report->outcome, Outcome::Failed);
    QCOMPARE(r.report->fileState, FileState::Restored);
    QCOMPARE(readFile(m_path), kOriginal);
    QVERIFY2(r.report->message.contains(QLatin1String("rollback was cancelled after the file was restored")),
             qPrintable(r.report->message));
    QVERIFY(r.report->message.contains(QLatin1String("PREVIOUS configuration")));
    QVERIFY(!r.started.contains(Step::RollbackRestart));
    checkEvents(r);
}

void TestApplyTransaction::destroyedWhileSaving()
{
    // The transaction is deleted while its save writes the file: the destructor waits for the write
    // and puts the previous file back (the service never saw the new one).
    WriteGate gate;
    gate.blockAt = 2;
    Recorder r;
    ApplyRequest req = request();
    req.beforeWrite = gate.hook();
    ApplyTransaction *tx = transaction(req, control(), &r);
    tx->start();
    auto cleanUp = qScopeGuard([&] {
        gate.released.release(100);
        delete tx;
    });
    QTRY_VERIFY_WITH_TIMEOUT(gate.entered.available() == 1, 20000);
    QCOMPARE(tx->step(), Step::Save);
    gate.released.release(); // the write goes on; the transaction does not hear of its end before:
    delete tx;
    tx = nullptr;
    cleanUp.dismiss();
    QCOMPARE(readFile(m_path), kOriginal);
    QCOMPARE(gate.written().size(), 3); // backup, file, restore
    QCOMPARE(backups().size(), 1);
    QCOMPARE(m_webStates, QStringList{});
}


namespace {
ApplyRequest restartOnly(ApplyRequest r, const QByteArray &onDisk)
{
    r.before = r.after = ConfigDocument::fromBytes(onDisk);
    r.loadedHash = ConfigWriter::hashOf(onDisk);
    r.restartOnly = true;
    return r;
}
} // namespace

void TestApplyTransaction::restartOnlyKeepsTheFile()
{
    // Save, then restart on its own: nothing is written, the service restarts and answers again.
    Recorder r;
    ApplyTransaction *tx = transaction(restartOnly(request(), kOriginal), control(), &r);
    tx->start();
    QVERIFY(waitFinished(tx));
    QVERIFY2(r.report->outcome == Outcome::Applied, qPrintable(r.report->message));
    QCOMPARE(r.report->fileState, FileState::Unchanged);
    QVERIFY(r.report->serviceRestarted);
    QCOMPARE(readFile(m_path), kOriginal);
    QVERIFY(backups().isEmpty());
    QCOMPARE(m_webStates, (QStringList{QStringLiteral("Stop Pending"), QStringLiteral("Stopped"),
                                       QStringLiteral("Start Pending"), QStringLiteral("Running")}));
    const auto save = std::find_if(tx->steps().cbegin(), tx->steps().cend(),
                                   [](const ApplyTransaction::StepRecord &s) { return s.step == Step::Save; });
    QVERIFY(save != tx->steps().cend());
    QCOMPARE(save->status, ApplyTransaction::StepStatus::Skipped);
    QVERIFY(r.report->message.startsWith(QLatin1String("Restarted")));
    QVERIFY(r.report->summary.restartOnly);
    QVERIFY(r.report->summary.diff.isEmpty());
    QVERIFY(r.report->summary.text().contains(QLatin1String("not changed")));
    checkEvents(r);
}

void TestApplyTransaction::restartOnlyReportsTheStartTime()
{
    // The service's start time (what tells a pending restart) comes back from the host, as
    // PowerShell prints it (seven fraction digits), and it is the time of this restart.
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    m_sim->setStartedAt(kWebService, QDateTime::currentDateTimeUtc().addSecs(-3600));
    Recorder r;
    ApplyTransaction *tx = transaction(restartOnly(request(), kOriginal), control(), &r);
    tx->start();
    QVERIFY(waitFinished(tx));
    QVERIFY2(r.report->outcome == Outcome::Applied, qPrintable(r.report->message));
    QVERIFY(r.report->webServerStartedAt.isValid());
    QCOMPARE(r.report->webServerStartedAt.timeSpec(), Qt::UTC);
    QVERIFY2(r.report->webServerStartedAt >= before, qPrintable(r.report->webServerStartedAt.toString(Qt::ISODateWithMs)));
    QVERIFY(r.report->webServerStartedAt <= QDateTime::currentDateTimeUtc());
}

void TestApplyTransaction::restartOnlyWithoutAnEarlierVersionCannotRollBack()
{
    // The WebServer does not come back, and no restart was pending: there is no version to go
    // back to, so the file stays and the report says what state things are in.
    connect(m_sim.get(), &winrmsim::WinRmSimulator::serviceChanged, this, [&](const QString &name, const QString &state) {
        if (name == kWebService && state == QLatin1String("Running"))
            m_sim->webServerHost()->setWebServerState(procallsim::SimulatedProcallHost::WebServerState::Stopped);
    });
    Recorder r;
    ApplyRequest req = restartOnly(request(), kOriginal);
    req.settings.webServerTimeoutMs = 1000;
    ApplyTransaction *tx = transaction(req, control(), &r);
    tx->start();
    QVERIFY(waitFinished(tx));
    QCOMPARE(r.report->outcome, Outcome::Failed);
    QCOMPARE(r.report->fileState, FileState::Unchanged);
    QCOMPARE(readFile(m_path), kOriginal);
    QVERIFY(r.report->message.contains(QLatin1String("no earlier version")));
    QVERIFY(r.report->message.contains(QLatin1String("did not answer")));
    QVERIFY(!r.started.contains(Step::Rollback));
}

void TestApplyTransaction::restartOnlyRollsBackToTheVersionBefore()
{
    // The file was saved (kEdited, with kOriginal in a backup) after the service started; the
    // restart with it does not come up. The version before goes back, the saved one is kept as a
    // backup of its own, and the service restarts with the version before.
    ApplyRequest saveFirst = request();
    SaveRequest save;
    save.path = m_path;
    save.loadedHash = ConfigWriter::hashOf(kOriginal);
    save.document = ConfigDocument::fromBytes(kEdited);
    QVERIFY(ConfigWriter::save(save));
    QCOMPARE(backups().size(), 1);
    int starts = 0;
    connect(m_sim.get(), &winrmsim::WinRmSimulator::serviceChanged, this, [&](const QString &name, const QString &state) {
        if (name == kWebService && state == QLatin1String("Running") && ++starts == 1)
            m_sim->webServerHost()->setWebServerState(procallsim::SimulatedProcallHost::WebServerState::Stopped);
    });
    Recorder r;
    ApplyRequest req = restartOnly(saveFirst, kEdited);
    req.restartMayRollBack = true;
    req.settings.webServerTimeoutMs = 1500;
    ApplyTransaction *tx = transaction(req, control(), &r);
    tx->start();
    QVERIFY(waitFinished(tx));
    QVERIFY2(r.report->outcome == Outcome::RolledBack, qPrintable(r.report->message));
    QCOMPARE(starts, 2);
    QCOMPARE(readFile(m_path), kOriginal);
    QVERIFY(r.report->summary.rollbackBackup.endsWith(QLatin1String(".bak")));
    const QStringList kept = backups();
    QCOMPARE(kept.size(), 2); // the version before, and the one that did not come up
    QCOMPARE(readFile(kept.last()), kEdited);
    QVERIFY(r.allText().contains(QDir::toNativeSeparators(kept.last())));
    QVERIFY(webPortOpen());
    checkEvents(r);
}

void TestApplyTransaction::restartOnlyRefusesABrokenFile()
{
    // A file with errors would be loaded by the restarted WebServer: refused, nothing runs.
    const QByteArray broken = "{\"kurentoservers\": [ {\"url\": 5} ]}";
    QFile f(m_path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(broken);
    f.close();
    Recorder r;
    ApplyTransaction *tx = transaction(restartOnly(request(), broken), control(), &r);
    tx->start();
    QVERIFY(waitFinished(tx));
    QCOMPARE(r.report->outcome, Outcome::Failed);
    QVERIFY(r.report->message.contains(QLatin1String("would load them")));
    QVERIFY(m_webStates.isEmpty());
}

void TestApplyTransaction::restartOnlyCancelledAfterTheRestartWasSent()
{
    // Cancelled while waiting for the WebServer: nothing to undo in the file; the outcome says the
    // service's state is not certain.
    Recorder r;
    ApplyRequest req = restartOnly(request(), kOriginal);
    ApplyTransaction *tx = transaction(req, control(), &r);
    connect(tx, &ApplyTransaction::stepStarted, tx, [tx](Step step) {
        if (step == Step::WaitForWebServer)
            QTimer::singleShot(0, tx, &ApplyTransaction::cancel);
    });
    tx->start();
    QVERIFY(waitFinished(tx));
    QCOMPARE(r.report->outcome, Outcome::Failed);
    QCOMPARE(r.report->fileState, FileState::Unchanged);
    QCOMPARE(readFile(m_path), kOriginal);
    QVERIFY(r.report->message.contains(QLatin1String("cancelled after it was sent")));
    QVERIFY(!r.started.contains(Step::Rollback));
}

QTEST_GUILESS_MAIN(TestApplyTransaction)
#include "tst_applytransaction.moc"
