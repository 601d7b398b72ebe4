// The UCServer host probe against the simulated host: UCServer client port and UC WebServer
// HTTP and HTTPS ports, including "WebServer up, UCServer not connected" (HTTP 502), a
// self-signed certificate (answers, with the problem named), a port that is not TLS, and one
// that never answers. Loopback only; every wait is bounded.
#include "monitorprobe.h"
#include "net/monitor/hostprobe.h"

#include "simulatedprocallhost.h"

#include <QElapsedTimer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

using namespace ucmc;
using procallsim::SimulatedProcallHost;

class TestHostProbe : public QObject
{
    Q_OBJECT
private slots:
    void reachableThenStates()
    {
        QVERIFY2(QSslSocket::supportsSsl(), "no TLS backend (scripts/deps.sh installs OpenSSL)");
        SimulatedProcallHost host(QHostAddress(QStringLiteral("127.0.4.10")));
        QVERIFY2(host.start(0, 0, 0), qPrintable(host.errorString()));
        QVERIFY(host.webServerHttpsPort() != 0);
        MediaServerMonitor monitor;
        test::MonitorRecorder recorder(monitor);
        ProbeSettings s;
        s.hostIntervalMs = 250;
        s.timeoutMs = 1000; // a TLS handshake on a loaded CI machine
        s.ucServerPort = host.ucServerPort();
        s.webServerHttpPort = host.webServerPort();
        s.webServerHttpsPort = host.webServerHttpsPort();
        monitor.setSettings(s);
        monitor.setUcServerHost(QStringLiteral("127.0.4.10"));

        QTRY_COMPARE_WITH_TIMEOUT(recorder.host.ucServer.state, PortHealth::State::Open, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.host.webServer.state, PortHealth::State::Open, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.host.webServerHttps.state, PortHealth::State::Open, 3000);
        QCOMPARE(recorder.host.webServer.httpStatus, 200);
        QCOMPARE(recorder.host.ucServer.port, host.ucServerPort());
        // HTTPS answers through its self-signed certificate, and says so.
        QCOMPARE(recorder.host.webServerHttps.port, host.webServerHttpsPort());
        QCOMPARE(recorder.host.webServerHttps.httpStatus, 200);
        QVERIFY2(recorder.host.webServerHttps.detail.contains(QStringLiteral("certificate not trusted")),
                 qPrintable(recorder.host.webServerHttps.detail));
        QVERIFY2(recorder.host.webServerHttps.detail.contains(QStringLiteral("self-signed")),
                 qPrintable(recorder.host.webServerHttps.detail));
        QVERIFY(recorder.host.webServerHttps.rttMs >= 0);
        QVERIFY(recorder.host.webServer.detail.isEmpty()); // plain HTTP has no certificate to complain about

        // 502 over both: the WebServer is up, the UCServer not connected.
        host.setWebServerState(SimulatedProcallHost::WebServerState::UcServerDisconnected);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.host.webServer.httpStatus, 502, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.host.webServerHttps.httpStatus, 502, 3000);
        QVERIFY(recorder.host.webServer.detail.contains(QStringLiteral("502")));
        QCOMPARE(recorder.host.webServerHttps.state, PortHealth::State::Open);
        QVERIFY2(recorder.host.webServerHttps.detail.contains(QStringLiteral("UCServer not connected (HTTP 502)")),
                 qPrintable(recorder.host.webServerHttps.detail));
        QVERIFY(recorder.host.webServerHttps.detail.contains(QStringLiteral("self-signed")));

        host.setWebServerState(SimulatedProcallHost::WebServerState::Stopped);
        host.setUcServerRunning(false);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.host.webServer.state, PortHealth::State::Closed, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.host.webServerHttps.state, PortHealth::State::Closed, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.host.ucServer.state, PortHealth::State::Closed, 3000);
        QCOMPARE(recorder.host.ucServer.detail, QStringLiteral("connection refused"));
        QCOMPARE(recorder.host.webServerHttps.detail, QStringLiteral("connection refused"));
        QCOMPARE(recorder.host.webServerHttps.httpStatus, 0);

        host.setWebServerState(SimulatedProcallHost::WebServerState::Running);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.host.webServer.state, PortHealth::State::Open, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.host.webServerHttps.state, PortHealth::State::Open, 3000);
        QCOMPARE(recorder.host.webServerHttps.httpStatus, 200);
        QVERIFY(host.httpRequestsServed() >= 4);
    }

    // The certificate is verified as usual: one the client trusts gives no complaint.
    void httpsTrustedCertificateHasNoDetail()
    {
        QVERIFY2(QSslSocket::supportsSsl(), "no TLS backend (scripts/deps.sh installs OpenSSL)");
        SimulatedProcallHost host(QHostAddress(QStringLiteral("127.0.4.11")));
        QVERIFY2(host.start(0, 0, 0), qPrintable(host.errorString()));
        const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = saved;
        trusting.addCaCertificate(host.webServerCertificate());
        QSslConfiguration::setDefaultConfiguration(trusting);
        const PortHealth trusted = check(PortCheck::Kind::Https, QStringLiteral("127.0.4.11"), host.webServerHttpsPort());
        QSslConfiguration::setDefaultConfiguration(saved);
        QCOMPARE(trusted.state, PortHealth::State::Open);
        QCOMPARE(trusted.httpStatus, 200);
        QVERIFY2(trusted.detail.isEmpty(), qPrintable(trusted.detail));
        // And without that trust, the same server is named self-signed.
        const PortHealth untrusted = check(PortCheck::Kind::Https, QStringLiteral("127.0.4.11"), host.webServerHttpsPort());
        QCOMPARE(untrusted.state, PortHealth::State::Open);
        QCOMPARE(untrusted.detail, QStringLiteral("answers (HTTP 200); certificate not trusted: self-signed"));
    }

    // A plain HTTP server on the HTTPS port: no TLS handshake, so closed, and the detail says why.
    void httpsOnAPlainHttpPortIsClosed()
    {
        QVERIFY2(QSslSocket::supportsSsl(), "no TLS backend (scripts/deps.sh installs OpenSSL)");
        SimulatedProcallHost host(QHostAddress(QStringLiteral("127.0.4.12")));
        QVERIFY2(host.start(0, 0), qPrintable(host.errorString()));
        const PortHealth r = check(PortCheck::Kind::Https, QStringLiteral("127.0.4.12"), host.webServerPort());
        QCOMPARE(r.state, PortHealth::State::Closed);
        QCOMPARE(r.httpStatus, 0);
        QVERIFY2(r.detail.contains(QStringLiteral("TLS handshake")), qPrintable(r.detail));
        QVERIFY2(r.detail.contains(QStringLiteral("not an HTTPS server")), qPrintable(r.detail));
        QVERIFY2(!r.detail.contains(QStringLiteral("error:")), qPrintable(r.detail)); // no OpenSSL error codes
        // The same port over HTTP still answers.
        QCOMPARE(check(PortCheck::Kind::Http, QStringLiteral("127.0.4.12"), host.webServerPort()).httpStatus, 200);
    }

    // Nothing listens on the HTTPS port: refused at once.
    void httpsRefused()
    {
        QTcpServer reserve; // a port known to be free: bound, then closed
        QVERIFY(reserve.listen(QHostAddress(QStringLiteral("127.0.4.13")), 0));
        const quint16 port = reserve.serverPort();
        reserve.close();
        const PortHealth r = check(PortCheck::Kind::Https, QStringLiteral("127.0.4.13"), port);
        QCOMPARE(r.state, PortHealth::State::Closed);
        QCOMPARE(r.detail, QStringLiteral("connection refused"));
        QCOMPARE(r.rttMs, -1.0);
    }

    // A peer that accepts and never says a word (the handshake stalls): closed after the timeout.
    void httpsTimesOut()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress(QStringLiteral("127.0.4.14")), 0));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = silent.nextPendingConnection())
                held.append(socket); // owned by the server; never answered
        });
        QElapsedTimer clock;
        clock.start();
        const PortHealth r = check(PortCheck::Kind::Https, QStringLiteral("127.0.4.14"), silent.serverPort(), 300);
        QCOMPARE(r.state, PortHealth::State::Closed);
        QCOMPARE(r.detail, QStringLiteral("timed out"));
        QVERIFY2(clock.elapsed() >= 250 && clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(held.size(), 1);
    }

private:
    // One PortCheck run, bounded: its result.
    static PortHealth check(PortCheck::Kind kind, const QString &host, quint16 port, int timeoutMs = 2000)
    {
        PortCheck check(kind);
        int reports = 0;
        PortHealth result;
        QObject::connect(&check, &PortCheck::finished, [&](const PortHealth &r) {
            ++reports;
            result = r;
        });
        check.run(host, port, timeoutMs);
        QElapsedTimer clock;
        clock.start();
        while (reports == 0 && clock.elapsed() < timeoutMs + 2000)
            QTest::qWait(10);
        QTest::qWait(50); // and nothing more after it
        return reports == 1 ? result : PortHealth{};
    }

private slots:
    // HTTPS, a TLS handshake each time, is checked every httpsIntervalMs, and in the round after the
    // UC WebServer's HTTP port changed; the other ports every round.
    void httpsIsCheckedLessOftenButFollowsTheWebServer()
    {
        SimulatedProcallHost host(QHostAddress(QStringLiteral("127.0.4.15")));
        QVERIFY2(host.start(0, 0, 0), qPrintable(host.errorString()));
        MediaServerMonitor monitor;
        test::MonitorRecorder recorder(monitor);
        ProbeSettings s;
        s.hostIntervalMs = ProbeSettings::kMinIntervalMs; // 200 ms
        s.httpsIntervalMs = 6 * s.hostIntervalMs;        // every sixth round
        const int everyRounds = s.httpsIntervalMs / s.hostIntervalMs;
        s.timeoutMs = 1000;
        s.ucServerPort = host.ucServerPort();
        s.webServerHttpPort = host.webServerPort();
        s.webServerHttpsPort = host.webServerHttpsPort();
        monitor.setSettings(s);
        monitor.setUcServerHost(QStringLiteral("127.0.4.15"));
        QTRY_COMPARE_WITH_TIMEOUT(recorder.host.webServerHttps.state, PortHealth::State::Open, 3000);
        QCOMPARE(host.httpsRequestsServed(), 1); // the first round checks it
        // Rounds go on; count the plain HTTP checks against the HTTPS ones.
        QTRY_VERIFY_WITH_TIMEOUT(host.httpRequestsServed() - host.httpsRequestsServed() >= 3 * everyRounds,
                                 10000);
        const int http = host.httpRequestsServed() - host.httpsRequestsServed();
        const int https = host.httpsRequestsServed();
        // Rounds may run a little late (they do not catch up), so HTTPS can come a round early.
        QVERIFY2(https >= 3 && https <= http / (everyRounds - 1) + 1,
                 qPrintable(QStringLiteral("HTTP %1, HTTPS %2").arg(http).arg(https)));
        QCOMPARE(recorder.host.webServerHttps.httpStatus, 200); // kept between its checks

        // The UC WebServer says 502 on HTTP: the next round asks HTTPS too, well before its turn.
        host.setWebServerState(SimulatedProcallHost::WebServerState::UcServerDisconnected);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.host.webServer.httpStatus, 502, 3000);
        const int roundsBefore = host.httpRequestsServed() - host.httpsRequestsServed();
        QTRY_COMPARE_WITH_TIMEOUT(recorder.host.webServerHttps.httpStatus, 502, 3000);
        const int rounds = host.httpRequestsServed() - host.httpsRequestsServed() - roundsBefore;
        QVERIFY2(rounds <= 2, qPrintable(QStringLiteral("%1 more rounds").arg(rounds)));
    }

    void noHostNoProbe()
    {
        MediaServerMonitor monitor;
        test::MonitorRecorder recorder(monitor);
        monitor.setUcServerHost(QString());
        QTest::qWait(300);
        QCOMPARE(recorder.host.ucServer.state, PortHealth::State::Unknown);
        QCOMPARE(recorder.host.webServerHttps.state, PortHealth::State::Unknown);
        QVERIFY(recorder.host.host.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHostProbe)
#include "tst_hostprobe.moc"
