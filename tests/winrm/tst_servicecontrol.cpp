// ServiceControl over WinRM against the simulated services of tools/winrm-sim: discovery (by
// executable and name, overrides, versions), stop/start/restart (the WebServer's HTTP port goes down
// and up), startup types, and the failure modes (never stops, PowerShell errors, garbage output,
// unknown service, wrong password).
#include "net/servicecontrol/servicecontrolwinrm.h"
#include "winrmsimulator.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace ucmc;
using namespace std::chrono_literals;

class TestServiceControl : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void discoverFindsTheEstosServices();
    void discoverWithOverrides();
    void restartWebServerTakesPortDownAndUp();
    void stopAndStart();
    void setStartupType();
    void startDisabledFails();
    void serviceThatNeverStops();
    void powerShellErrorOutput();
    void garbageOutput();
    void unknownAndInvalidNames();
    void wrongPassword();
    void scriptsFitTheCommandLine();
    void previewShowsTheScript();

private:
    WinRmSettings settings(const QString &password = QStringLiteral("Service-Test-1")) const;
    static bool waitFor(ServiceJob *job, int ms = 20000);
    static const ServiceInfo *find(const QList<ServiceInfo> &list, ServiceRole role);
    bool webPortOpen() const;

    std::unique_ptr<winrmsim::WinRmSimulator> m_sim;
};

WinRmSettings TestServiceControl::settings(const QString &password) const
{
    WinRmSettings s;
    s.host = m_sim->httpUrl().host();
    s.port = quint16(m_sim->httpUrl().port());
    s.user = QStringLiteral("Administrator");
    s.password = password;
    s.operationTimeoutSeconds = 2;
    return s;
}

bool TestServiceControl::waitFor(ServiceJob *job, int ms)
{
    if (job->isFinished())
        return true;
    QSignalSpy spy(job, &ServiceJob::finished);
    return spy.wait(ms);
}

const ServiceInfo *TestServiceControl::find(const QList<ServiceInfo> &list, ServiceRole role)
{
    for (const ServiceInfo &s : list)
        if (s.role == role)
            return &s;
    return nullptr;
}

bool TestServiceControl::webPortOpen() const
{
    QTcpSocket socket;
    socket.connectToHost(m_sim->config().address, m_sim->webServerPort());
    const bool open = socket.waitForConnected(300);
    socket.abort();
    return open;
}

void TestServiceControl::initTestCase()
{
    winrmsim::SimConfig config;
    config.address = QHostAddress(QStringLiteral("127.0.0.42"));
    config.password = QStringLiteral("Service-Test-1");
    config.transitionMs = 200;
    config.webServerPort = 0;
    config.services =
        winrmsim::SimConfig::defaultServices(winrmsim::SimConfig::Role::UcServer, QStringLiteral("9.1.0.3456"));
    m_sim = std::make_unique<winrmsim::WinRmSimulator>(config);
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    QVERIFY(m_sim->webServerPort() != 0);
}

void TestServiceControl::discoverFindsTheEstosServices()
{
    WinRmServiceControl control(settings());
    ServiceJob *job = control.discover({}, 20s);
    QVERIFY(waitFor(job));
    QVERIFY2(job->ok(), qPrintable(job->error().message + QLatin1Char(' ') + job->error().detail));
    const QList<ServiceInfo> services = job->services();
    QCOMPARE(services.size(), 3); // WinRM and Spooler are not estos services
    const ServiceInfo *uc = find(services, ServiceRole::UcServer);
    const ServiceInfo *web = find(services, ServiceRole::WebServer);
    const ServiceInfo *media = find(services, ServiceRole::MediaServer);
    QVERIFY(uc && web && media);
    QCOMPARE(uc->name, QStringLiteral("eucsrv"));
    QCOMPARE(uc->displayName, QStringLiteral("estos UCServer"));
    QCOMPARE(uc->state, ServiceState::Running);
    QCOMPARE(uc->startupType, StartupType::Automatic);
    // the WebServer and MediaServer are found by executable, whatever their names
    QCOMPARE(web->name, QStringLiteral("UCWebSrvSim"));
    QCOMPARE(web->executable, QStringLiteral("C:\\Program Files\\estos\\UCServer\\WebServer\\EUCWeb.exe"));
    QCOMPARE(web->productVersion, QStringLiteral("9.1.0.3456"));
    QCOMPARE(media->name, QStringLiteral("UCMediaSrvSim"));
    QCOMPARE(media->state, ServiceState::Stopped);
    QCOMPARE(media->startupType, StartupType::Disabled);
    QCOMPARE(media->executable,
             QStringLiteral("C:\\Program Files\\estos\\UCServer\\MediaService\\uc-media-server.exe"));
    QCOMPARE(media->fileVersion, QStringLiteral("9.1.0.3456"));
}

void TestServiceControl::discoverWithOverrides()
{
    WinRmServiceControl control(settings());
    ServiceNameOverrides overrides;
    overrides.webServer = QStringLiteral("Spooler"); // the user says: this one is the WebServer
    ServiceJob *job = control.discover(overrides, 20s);
    QVERIFY(waitFor(job));
    QVERIFY(job->ok());
    QCOMPARE(job->services().size(), 4);
    QCOMPARE(find(job->services(), ServiceRole::WebServer)->name, QStringLiteral("Spooler"));
    int others = 0;
    for (const ServiceInfo &s : job->services())
        others += s.role == ServiceRole::Other;
    QCOMPARE(others, 1); // the EUCWeb.exe service is no longer taken as the WebServer
}

void TestServiceControl::restartWebServerTakesPortDownAndUp()
{
    QVERIFY(webPortOpen());
    WinRmServiceControl control(settings());
    bool sawDown = false;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        if (!webPortOpen())
            sawDown = true;
    });
    poll.start(20);
    ServiceJob *job = control.restart(QStringLiteral("UCWebSrvSim"), 20s);
    QVERIFY(waitFor(job));
    poll.stop();
    QVERIFY2(job->ok(), qPrintable(job->error().message + QLatin1Char(' ') + job->error().detail));
    QVERIFY(sawDown);
    QVERIFY(webPortOpen());
    QCOMPARE(job->services().size(), 1);
    QCOMPARE(job->services().first().state, ServiceState::Running);
    QCOMPARE(m_sim->service(QStringLiteral("UCWebSrvSim"))->state, QStringLiteral("Running"));
}

void TestServiceControl::stopAndStart()
{
    WinRmServiceControl control(settings());
    ServiceJob *stop = control.stop(QStringLiteral("eucsrv"), 20s);
    QVERIFY(waitFor(stop));
    QVERIFY(stop->ok());
    QCOMPARE(stop->services().first().state, ServiceState::Stopped);
    QCOMPARE(m_sim->service(QStringLiteral("eucsrv"))->state, QStringLiteral("Stopped"));
    // stopping a stopped service is fine
    ServiceJob *again = control.stop(QStringLiteral("eucsrv"), 20s);
    QVERIFY(waitFor(again));
    QVERIFY(again->ok());
    ServiceJob *start = control.start(QStringLiteral("eucsrv"), 20s);
    QVERIFY(waitFor(start));
    QVERIFY(start->ok());
    QCOMPARE(start->services().first().state, ServiceState::Running);
    // the web port follows only the WebServer service
    QVERIFY(webPortOpen());
    ServiceJob *stopWeb = control.stop(QStringLiteral("UCWebSrvSim"), 20s);
    QVERIFY(waitFor(stopWeb));
    QVERIFY(!webPortOpen());
    ServiceJob *startWeb = control.start(QStringLiteral("UCWebSrvSim"), 20s);
    QVERIFY(waitFor(startWeb));
    QVERIFY(webPortOpen());
}

void TestServiceControl::setStartupType()
{
    WinRmServiceControl control(settings());
    ServiceJob *manual = control.setStartupType(QStringLiteral("eucsrv"), StartupType::Manual, 20s);
    QVERIFY(waitFor(manual));
    QVERIFY(manual->ok());
    QCOMPARE(manual->services().first().startupType, StartupType::Manual);
    QCOMPARE(m_sim->service(QStringLiteral("eucsrv"))->startMode, QStringLiteral("Manual"));
    ServiceJob *automatic = control.setStartupType(QStringLiteral("eucsrv"), StartupType::Automatic, 20s);
    QVERIFY(waitFor(automatic));
    QVERIFY(automatic->ok());
    QCOMPARE(m_sim->service(QStringLiteral("eucsrv"))->startMode, QStringLiteral("Auto"));
    ServiceJob *boot = control.setStartupType(QStringLiteral("eucsrv"), StartupType::Boot, 20s);
    QVERIFY(waitFor(boot, 2000));
    QCOMPARE(boot->error().kind, ServiceControlError::Kind::InvalidRequest);
}

void TestServiceControl::startDisabledFails()
{
    WinRmServiceControl control(settings());
    ServiceJob *job = control.start(QStringLiteral("UCMediaSrvSim"), 20s); // Disabled on a UCServer host
    QVERIFY(waitFor(job));
    QCOMPARE(job->error().kind, ServiceControlError::Kind::RemoteError);
    QVERIFY2(job->error().message.contains(QStringLiteral("disabled")), qPrintable(job->error().message));
    QCOMPARE(job->services().first().state, ServiceState::Stopped);
}

void TestServiceControl::serviceThatNeverStops()
{
    QString error;
    QVERIFY(m_sim->faults().apply(QStringLiteral("stuck-stop=eucsrv"), &error));
    WinRmServiceControl control(settings());
    QElapsedTimer clock;
    clock.start();
    ServiceJob *job = control.stop(QStringLiteral("eucsrv"), 4s);
    QVERIFY(waitFor(job, 10000));
    QVERIFY(m_sim->faults().apply(QStringLiteral("no-stuck-stop=eucsrv"), &error));
    QCOMPARE(job->error().kind, ServiceControlError::Kind::ServiceTimeout);
    QVERIFY(clock.elapsed() < 4500);
    QCOMPARE(job->services().first().state, ServiceState::StopPending);
    QVERIFY2(job->error().message.contains(QStringLiteral("Stopping")), qPrintable(job->error().message));
    // let it stop, then start it again for the following tests
    m_sim->setState(QStringLiteral("eucsrv"), QStringLiteral("Stopped"));
    ServiceJob *start = control.start(QStringLiteral("eucsrv"), 20s);
    QVERIFY(waitFor(start));
    QVERIFY(start->ok());
}

void TestServiceControl::powerShellErrorOutput()
{
    QString error;
    QVERIFY(m_sim->faults().apply(QStringLiteral("ps-error"), &error));
    WinRmServiceControl control(settings());
    ServiceJob *job = control.discover({}, 20s);
    QVERIFY(waitFor(job));
    QVERIFY(m_sim->faults().apply(QStringLiteral("no-ps-error"), &error));
    QCOMPARE(job->error().kind, ServiceControlError::Kind::RemoteError);
    QVERIFY2(job->error().message.contains(QStringLiteral("WMI repository")), qPrintable(job->error().message));
}

void TestServiceControl::garbageOutput()
{
    QString error;
    QVERIFY(m_sim->faults().apply(QStringLiteral("garbage"), &error));
    WinRmServiceControl control(settings());
    ServiceJob *discover = control.discover({}, 20s);
    ServiceJob *restart = control.restart(QStringLiteral("eucsrv"), 20s);
    QVERIFY(waitFor(discover));
    QVERIFY(waitFor(restart));
    QVERIFY(m_sim->faults().apply(QStringLiteral("no-garbage"), &error));
    QCOMPARE(discover->error().kind, ServiceControlError::Kind::UnexpectedOutput);
    QVERIFY2(discover->error().detail.contains(QStringLiteral("Windows PowerShell")), qPrintable(discover->error().detail));
    QCOMPARE(restart->error().kind, ServiceControlError::Kind::UnexpectedOutput);
    // parsing directly: a result line that is not JSON, or not a list
    QString problem;
    QVERIFY(!WinRmServiceControl::parseDiscovery("UCMC-RESULT {broken\r\n", {}, &problem));
    QVERIFY(problem.contains(QStringLiteral("not JSON")));
    QVERIFY(!WinRmServiceControl::parseDiscovery("UCMC-RESULT {\"name\":\"x\"}\r\n", {}, &problem));
    QVERIFY(!WinRmServiceControl::parseDiscovery("UCMC-RESULT [{\"state\":\"Running\"}]\r\n", {}, &problem));
    const auto empty = WinRmServiceControl::parseDiscovery("noise\r\nUCMC-RESULT []\r\n", {}, &problem);
    QVERIFY(empty && empty->isEmpty());
}

void TestServiceControl::unknownAndInvalidNames()
{
    WinRmServiceControl control(settings());
    ServiceJob *unknown = control.restart(QStringLiteral("NoSuchService"), 20s);
    QVERIFY(waitFor(unknown));
    QCOMPARE(unknown->error().kind, ServiceControlError::Kind::ServiceNotFound);
    QVERIFY(unknown->error().message.contains(QStringLiteral("NoSuchService")));
    ServiceJob *invalid = control.stop(QStringLiteral("bad\\name"), 20s);
    QVERIFY(waitFor(invalid, 2000));
    QCOMPARE(invalid->error().kind, ServiceControlError::Kind::InvalidRequest);
    // quotes in names are escaped, never break out of the string
    ServiceJob *quoted = control.stop(QStringLiteral("it's'; Stop-Computer; '"), 20s);
    QVERIFY(waitFor(quoted));
    QCOMPARE(quoted->error().kind, ServiceControlError::Kind::ServiceNotFound);
    QVERIFY(m_sim->commandLog().last().contains(QStringLiteral("$name = 'it''s''; Stop-Computer; '''")));
}

void TestServiceControl::wrongPassword()
{
    WinRmServiceControl control(settings(QStringLiteral("wrong-password")));
    ServiceJob *job = control.discover({}, 20s);
    QVERIFY(waitFor(job));
    QCOMPARE(job->error().kind, ServiceControlError::Kind::AuthenticationFailed);
    QVERIFY(!job->error().message.contains(QStringLiteral("wrong-password")));
    QVERIFY(!job->error().detail.contains(QStringLiteral("wrong-password")));
}

void TestServiceControl::scriptsFitTheCommandLine()
{
    ServiceNameOverrides overrides{QString(200, QLatin1Char('u')), QString(200, QLatin1Char('w')),
                                   QString(200, QLatin1Char('m'))};
    QVERIFY(winrm::powerShellCommandLine(WinRmServiceControl::discoveryScript(overrides)).size() < 8000);
    QVERIFY(winrm::powerShellCommandLine(WinRmServiceControl::controlScript(
                                             QStringLiteral("SetStartupType"), QString(256, QLatin1Char('x')),
                                             StartupType::Disabled, 600))
                .size() < 8000);
}

void TestServiceControl::previewShowsTheScript()
{
    WinRmServiceControl control(settings());
    const QString preview = control.preview(ServiceJob::Operation::Restart, QStringLiteral("UCWebSrvSim"));
    QVERIFY(preview.contains(QStringLiteral("$name = 'UCWebSrvSim'")));
    QVERIFY(preview.contains(QStringLiteral("$action = 'Restart'")));
    QVERIFY(!preview.contains(QStringLiteral("Service-Test-1")));
}

QTEST_GUILESS_MAIN(TestServiceControl)
#include "tst_servicecontrol.moc"
