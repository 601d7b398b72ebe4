// The UCServer host probe against the simulated host: UCServer client port and UC WebServer
// HTTP port, including "WebServer up, UCServer not connected" (HTTP 502).
#include "monitorprobe.h"

#include "simulatedprocallhost.h"

#include <QTest>

using namespace ucmc;
using procallsim::SimulatedProcallHost;

class TestHostProbe : public QObject
{
    Q_OBJECT
private slots:
    void reachableThenStates()
    {
        SimulatedProcallHost host(QHostAddress(QStringLiteral("127.0.4.10")));
        QVERIFY2(host.start(0, 0), qPrintable(host.errorString()));
        MediaServerMonitor monitor;
        test::MonitorRecorder recorder(monitor);
        ProbeSettings s;
        s.hostIntervalMs = 250;
        s.timeoutMs = 400;
        s.ucServerPort = host.ucServerPort();
        s.webServerHttpPort = host.webServerPort();
        monitor.setSettings(s);
        monitor.setUcServerHost(QStringLiteral("127.0.4.10"));

        QTRY_COMPARE_WITH_TIMEOUT(recorder.host.ucServer.state, PortHealth::State::Open, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.host.webServer.state, PortHealth::State::Open, 3000);
        QCOMPARE(recorder.host.webServer.httpStatus, 200);
        QCOMPARE(recorder.host.ucServer.port, host.ucServerPort());

        host.setWebServerState(SimulatedProcallHost::WebServerState::UcServerDisconnected);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.host.webServer.httpStatus, 502, 3000);
        QVERIFY(recorder.host.webServer.detail.contains(QStringLiteral("502")));

        host.setWebServerState(SimulatedProcallHost::WebServerState::Stopped);
        host.setUcServerRunning(false);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.host.webServer.state, PortHealth::State::Closed, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.host.ucServer.state, PortHealth::State::Closed, 3000);
        QCOMPARE(recorder.host.ucServer.detail, QStringLiteral("connection refused"));

        host.setWebServerState(SimulatedProcallHost::WebServerState::Running);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.host.webServer.state, PortHealth::State::Open, 3000);
        QVERIFY(host.httpRequestsServed() >= 2);
    }

    void noHostNoProbe()
    {
        MediaServerMonitor monitor;
        test::MonitorRecorder recorder(monitor);
        monitor.setUcServerHost(QString());
        QTest::qWait(300);
        QCOMPARE(recorder.host.ucServer.state, PortHealth::State::Unknown);
        QVERIFY(recorder.host.host.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHostProbe)
#include "tst_hostprobe.moc"
