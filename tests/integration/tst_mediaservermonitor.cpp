// The monitor against simulated media servers on loopback: up, down, stall, flap, restart, wss,
// wrong path, hostile answers and JSON-RPC errors, with a test for every failure code loopback can
// produce (all but tls-changed, which tst_certificates covers, and network). Real sockets; the
// monitor runs in its own thread as in the console, the simulators in the test's thread.
#include "fakekurento.h"
#include "monitorprobe.h"

#include "fault.h"
#include "simulatedmediaserver.h"
#include "tlsidentity.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace ucmc;
using namespace std::chrono_literals;
using kmssim::Fault;
using kmssim::FaultMode;
using kmssim::SimulatedMediaServer;
using test::MonitorRecorder;

namespace {
// Short timings keep the suite quick; the logic is the same as with the defaults.
ProbeSettings fastSettings()
{
    ProbeSettings s;
    s.intervalMs = 250;
    s.timeoutMs = 400;
    s.backoffMaxMs = 500;
    s.fall = 2;
    s.rise = 2;
    return s;
}

int nextHost = 20;
QHostAddress freshAddress()
{
    // A different loopback address per server keeps tests independent of each other.
    return QHostAddress(QStringLiteral("127.0.3.%1").arg(nextHost++));
}

std::unique_ptr<SimulatedMediaServer> startServer(kmssim::ServerConfig config = {})
{
    config.address = freshAddress();
    if (config.wsPort)
        config.wsPort = 0;
    auto server = std::make_unique<SimulatedMediaServer>(config);
    QString error;
    if (!server->start(&error))
        qFatal("simulator did not start: %s", qPrintable(error));
    return server;
}

QString keyOf(const SimulatedMediaServer &server)
{
    return server.url().toString();
}
} // namespace

class TestMediaServerMonitor : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_monitor = std::make_unique<MediaServerMonitor>();
        m_monitor->setSettings(fastSettings());
        m_recorder = std::make_unique<MonitorRecorder>(*m_monitor);
    }
    void cleanup()
    {
        m_recorder.reset();
        m_monitor.reset();
    }

    void healthyServerIsUpWithVersionAndServerId()
    {
        kmssim::ServerConfig config;
        config.version = QStringLiteral("7.3.0~estosw.gabc123");
        auto server = startServer(config);
        const QString key = keyOf(*server);
        m_monitor->setTargets({key});
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->state(key), HealthState::Up, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->latest[key].version, config.version, 2000);
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->latest[key].serverId, server->serverId(), 2000);
        QVERIFY(m_recorder->latest[key].rttMs >= 0);
        QCOMPARE(m_recorder->reason(key), FailureCode::None);
        // One persistent connection, not one per ping.
        QTest::qWait(800);
        QCOMPARE(server->connectionCount(), 1);
    }

    void closedServerIsDownAtOnceAndComesBack()
    {
        auto server = startServer();
        const QString key = keyOf(*server);
        const quint16 port = server->port();
        m_monitor->setTargets({key});
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->state(key), HealthState::Up, 3000);

        QElapsedTimer clock;
        clock.start();
        server->setFault(Fault{FaultMode::Refuse, 0}); // drops connections, stops listening
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->state(key), HealthState::Down, 1000);
        // At once: within the 100 ms batch plus scheduling, far below the ping interval+timeout.
        QVERIFY2(clock.elapsed() < 600, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(m_recorder->reason(key), FailureCode::WsClosed);
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->reason(key), FailureCode::TcpRefused, 3000);

        server->clearFault();
        QCOMPARE(server->port(), port);
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->state(key), HealthState::Up, 4000);
    }

    void nothingListeningIsRefused()
    {
        QTcpServer placeholder; // find a free port, then free it again
        QVERIFY(placeholder.listen(freshAddress()));
        const QString key = QStringLiteral("ws://%1:%2/kurento")
                                .arg(placeholder.serverAddress().toString())
                                .arg(placeholder.serverPort());
        placeholder.close();
        m_monitor->setTargets({key});
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->state(key), HealthState::Down, 3000);
        QCOMPARE(m_recorder->reason(key), FailureCode::TcpRefused);
    }

    void stalledServerIsDownWithinIntervalPlusTimeout()
    {
        auto server = startServer();
        const QString key = keyOf(*server);
        m_monitor->setTargets({key});
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->state(key), HealthState::Up, 3000);
        QElapsedTimer clock;
        clock.start();
        server->setFault(Fault{FaultMode::Stall, 0});
        const ProbeSettings s = fastSettings();
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->state(key), HealthState::GoingDown, 3000);
        QCOMPARE(m_recorder->reason(key), FailureCode::RpcTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->state(key), HealthState::Down, 3000);
        // Down within interval + timeout x fall (plus the 100 ms batch and some slack).
        QVERIFY2(clock.elapsed() <= s.intervalMs + s.timeoutMs * s.fall + 400,
                 qPrintable(QString::number(clock.elapsed())));
        // Still stalled: the kernel accepts the TCP connection of the next attempt, but the
        // WebSocket upgrade is never answered: the failing stage is the upgrade (no HTTP status).
        QCOMPARE(m_recorder->reason(key), FailureCode::WsUpgrade);
        QCOMPARE(m_recorder->latest[key].httpStatus, 0);
        QVERIFY(m_recorder->latest[key].stages.tcpMs >= 0);
        QCOMPARE(m_recorder->latest[key].stages.upgradeMs, -1.0);
        server->clearFault();
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->state(key), HealthState::Up, 5000);
    }

    void flappingServerIsSeenGoingUpAndDown()
    {
        auto server = startServer();
        const QString key = keyOf(*server);
        server->setFault(Fault{FaultMode::Flap, 900});
        m_monitor->setTargets({key});
        QTRY_VERIFY_WITH_TIMEOUT(m_recorder->count(key, HealthState::Up) >= 2
                                     && m_recorder->count(key, HealthState::Down) >= 2,
                                 12000);
    }

    void restartChangesServerId()
    {
        auto server = startServer();
        const QString key = keyOf(*server);
        m_monitor->setTargets({key});
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->latest[key].serverId, server->serverId(), 3000);
        const QString before = server->serverId();
        server->restart(200ms);
        QVERIFY(server->serverId() != before);
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->latest[key].serverId, server->serverId(), 5000);
        QVERIFY(m_recorder->count(key, HealthState::Down) >= 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->state(key), HealthState::Up, 3000); // after `rise` pings
        QCOMPARE(m_recorder->eventCount(key, ServerEvent::Kind::Restarted), 1);
        QVERIFY(m_recorder->eventCount(key, ServerEvent::Kind::StateChanged) >= 3); // up, down, going up, up
    }

    void maintenanceIsProbedButKeepsItsState()
    {
        auto server = startServer();
        const QString key = keyOf(*server);
        m_monitor->setTargets({key});
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->state(key), HealthState::Up, 3000);
        m_monitor->setMaintenance(key, true);
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->state(key), HealthState::Maintenance, 1000);
        server->setFault(Fault{FaultMode::Refuse, 0});
        QTRY_VERIFY_WITH_TIMEOUT(m_recorder->latest[key].failures >= 2, 3000); // still probed
        QCOMPARE(m_recorder->state(key), HealthState::Maintenance);
        m_monitor->setMaintenance(key, false);
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->state(key), HealthState::Down, 1000);
    }

    void wrongPathIsClosedWith1002()
    {
        auto server = startServer();
        QUrl url = server->url();
        url.setPath(QStringLiteral("/kms"));
        const QString key = url.toString();
        m_monitor->setTargets({key});
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->state(key), HealthState::Down, 3000);
        QCOMPARE(m_recorder->reason(key), FailureCode::WsClosed);
        QCOMPARE(m_recorder->latest[key].closeCode, 1002);
        QCOMPARE(m_recorder->latest[key].detail, QStringLiteral("Invalid path"));
        QVERIFY(healthReasonText(m_recorder->latest[key]).contains(QStringLiteral("1002")));
    }

    void hostileAnswers_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<qint64>("arg");
        QTest::addColumn<int>("reason");
        QTest::newRow("garbage") << int(FaultMode::Garbage) << qint64(0) << int(FailureCode::NotKurento);
        QTest::newRow("wrong ids") << int(FaultMode::WrongId) << qint64(0) << int(FailureCode::WrongReplyId);
        QTest::newRow("huge") << int(FaultMode::Huge) << qint64(4 * 1024 * 1024) << int(FailureCode::MessageTooLarge);
        QTest::newRow("deep") << int(FaultMode::Deep) << qint64(100000) << int(FailureCode::NotKurento);
    }
    void hostileAnswers()
    {
        QFETCH(int, mode);
        QFETCH(qint64, arg);
        QFETCH(int, reason);
        auto server = startServer();
        server->setFault(Fault{FaultMode(mode), arg});
        const QString key = keyOf(*server);
        m_monitor->setTargets({key});
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->state(key), HealthState::Down, 5000);
        QCOMPARE(int(m_recorder->reason(key)), reason);
        QVERIFY(!healthReasonText(m_recorder->latest[key]).isEmpty());
        // Once the server behaves again, it is up again: no sticky failure.
        server->clearFault();
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->state(key), HealthState::Up, 5000);
    }

    void eventFloodDoesNotHurt()
    {
        auto server = startServer();
        const QString key = keyOf(*server);
        m_monitor->setTargets({key});
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->state(key), HealthState::Up, 3000);
        server->setFault(Fault{FaultMode::Flood, 5000});
        QTest::qWait(1000);
        QCOMPARE(m_recorder->state(key), HealthState::Up);
        QCOMPARE(m_recorder->count(key, HealthState::Down), 0);
    }

    void notAWebSocketServer()
    {
        // An HTTP server that answers everything with 200: the upgrade fails.
        QTcpServer http;
        QVERIFY(http.listen(freshAddress()));
        connect(&http, &QTcpServer::newConnection, this, [&http] {
            QTcpSocket *socket = http.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
                socket->disconnectFromHost();
            });
        });
        const QString key =
            QStringLiteral("ws://%1:%2/kurento").arg(http.serverAddress().toString()).arg(http.serverPort());
        m_monitor->setTargets({key});
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->state(key), HealthState::Down, 3000);
        QCOMPARE(m_recorder->reason(key), FailureCode::WsUpgrade);
    }

    void secureServerNeedsTrust()
    {
        const QHostAddress address = freshAddress();
        QString error;
        const auto identity = kmssim::TlsIdentity::generateSelfSigned({address}, &error);
        QVERIFY2(identity, qPrintable(error));
        kmssim::ServerConfig config;
        config.address = address;
        config.wsPort.reset();
        config.wssPort = 0;
        config.tls = identity;
        SimulatedMediaServer server(config);
        QVERIFY2(server.start(&error), qPrintable(error));
        const QString key = keyOf(server);
        QVERIFY(key.startsWith(QLatin1String("wss://")));

        // Not trusted: down with a TLS reason, never silently accepted.
        m_monitor->setTargets({key});
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->state(key), HealthState::Down, 3000);
        QCOMPARE(m_recorder->reason(key), FailureCode::TlsUntrusted);
        QVERIFY(!m_recorder->latest[key].detail.isEmpty());

        // Trusted: up, over TLS.
        m_monitor->setTrustedCertificates(identity->chain());
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->state(key), HealthState::Up, 4000);
        QCOMPARE(m_recorder->latest[key].version, QStringLiteral("7.3.0"));
    }

    void malformedUrlsAreNotProbed()
    {
        // A listener behind every malformed URL that has an address and a port: nothing may
        // connect to it.
        QTcpServer listener;
        QVERIFY(listener.listen(freshAddress()));
        int connections = 0;
        connect(&listener, &QTcpServer::newConnection, this, [&connections] { ++connections; });
        const QString hostPort =
            QStringLiteral("%1:%2").arg(listener.serverAddress().toString()).arg(listener.serverPort());
        const QStringList malformed = {
            QStringLiteral("http://10.21.3.13:8888/kurento"),
            QStringLiteral("http://%1/kurento").arg(hostPort),                                // not ws/wss
            QStringLiteral("%1/kurento").arg(hostPort),                                       // no scheme
            QStringLiteral("ws://:%1/kurento").arg(listener.serverPort()),                    // no host
            QStringLiteral("ws://%1:99999/kurento").arg(listener.serverAddress().toString()), // no such port
        };
        // A good server in the same list: once it is up, the monitor has been at work for two
        // ping intervals, time enough to have connected anywhere it would.
        auto server = startServer();
        const QString good = keyOf(*server);
        m_monitor->setTargets(malformed + QStringList{good});
        for (const QString &key : malformed) {
            QTRY_COMPARE_WITH_TIMEOUT(m_recorder->state(key), HealthState::NotMonitored, 1000);
            QCOMPARE(m_recorder->reason(key), FailureCode::InvalidUrl);
            QCOMPARE(failureCodeId(m_recorder->reason(key)), QLatin1StringView("invalid-url"));
            QVERIFY(!healthReasonText(m_recorder->latest[key]).isEmpty());
            QCOMPARE(m_recorder->latest[key].checks, 0u); // never probed
            QCOMPARE(m_recorder->latest[key].stages, StageTimings{});
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->state(good), HealthState::Up, 3000);
        QCOMPARE(connections, 0);
        QVERIFY(!listener.hasPendingConnections());
        QCOMPARE(m_recorder->count(malformed.first(), HealthState::NotMonitored), 1); // and stays so
        QCOMPARE(m_recorder->history[malformed.first()].size(), 1);
    }

    void rpcErrorIsDownAndNamesTheError_data()
    {
        QTest::addColumn<qint64>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("internal error")
            << qint64(-32603) << QStringLiteral("Unexpected error while processing method: std::bad_alloc");
        QTest::newRow("not enough resources") << qint64(40009) << QStringLiteral("Too many threads");
    }
    void rpcErrorIsDownAndNamesTheError()
    {
        QFETCH(qint64, code);
        QFETCH(QString, message);
        auto server = startServer();
        const QString key = keyOf(*server);
        m_monitor->setTargets({key});
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->state(key), HealthState::Up, 3000);

        // Every request, ping included, is now answered with a JSON-RPC error object.
        server->setFault(Fault{FaultMode::Error, code});
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->state(key), HealthState::Down, 5000);
        QCOMPARE(m_recorder->reason(key), FailureCode::RpcError);
        const ServerHealth &down = m_recorder->latest[key];
        QVERIFY2(down.detail.contains(message), qPrintable(down.detail));
        QVERIFY2(down.detail.contains(QString::number(code)), qPrintable(down.detail));
        const QString text = healthReasonText(down);
        QVERIFY2(text.contains(message) && text.contains(QString::number(code)), qPrintable(text));
        QVERIFY(down.stages.upgradeMs >= 0); // the WebSocket was open: the error is the answer

        server->clearFault();
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->state(key), HealthState::Up, 5000);
        QCOMPARE(m_recorder->reason(key), FailureCode::None);
    }

    void tlsToAPlainListenerIsAHandshakeFailure()
    {
        // wss:// to kms-sim's plain ws listener: TCP is accepted, the ClientHello is answered
        // with HTTP (or not at all): the handshake fails; there is no certificate to distrust.
        auto server = startServer();
        QUrl url = server->url();
        QCOMPARE(url.scheme(), QStringLiteral("ws"));
        url.setScheme(QStringLiteral("wss"));
        const QString key = url.toString();
        m_monitor->setTargets({key});
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->state(key), HealthState::Down, 3000);
        const ServerHealth &down = m_recorder->latest[key];
        QCOMPARE(down.failure, FailureCode::TlsHandshake);
        QVERIFY(down.stages.tcpMs >= 0);   // TCP was reached
        QCOMPARE(down.stages.tlsMs, -1.0); // TLS was not
        QCOMPARE(down.stages.upgradeMs, -1.0);
        QVERIFY(down.certificate.isNull());
        QVERIFY(!healthReasonText(down).isEmpty());
        QCOMPARE(server->connectionCount(), 0); // never became a WebSocket
    }

    void reservedInvalidHostIsADnsFailure()
    {
        // RFC 6761: .invalid never resolves; the socket answers that itself, no query leaves.
        const QString key = QStringLiteral("ws://kms1.invalid:8888/kurento");
        m_monitor->setTargets({key});
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->state(key), HealthState::Down, 3000);
        const ServerHealth &down = m_recorder->latest[key];
        QCOMPARE(down.failure, FailureCode::Dns);
        QCOMPARE(failureCodeId(down.failure), QLatin1StringView("dns"));
        QVERIFY2(down.detail.contains(QStringLiteral("kms1.invalid")), qPrintable(down.detail));
        QCOMPARE(down.stages.dnsMs, -1.0);
        QCOMPARE(down.stages.tcpMs, -1.0);
        QVERIFY(down.checks >= 1 && down.failures >= 1); // probed and failed, not NotMonitored
    }

    void fullAcceptQueueIsATcpTimeout()
    {
        // A listener that never accepts, with its accept queue full: Linux drops further SYNs
        // (LISTENOVERFLOWS; SYN cookies do not apply to a full accept queue), so the connect
        // neither succeeds nor is refused, and the monitor's connect timeout decides.
        QTcpServer listener;
        listener.setListenBacklogSize(1);
        QVERIFY(listener.listen(freshAddress()));
        listener.pauseAccepting(); // before the event loop ever runs: nothing is accepted
        // Linux queues backlog + 1 established connections.
        std::vector<std::unique_ptr<QTcpSocket>> fillers;
        for (int i = 0; i < 2; ++i) {
            fillers.push_back(std::make_unique<QTcpSocket>());
            fillers.back()->connectToHost(listener.serverAddress(), listener.serverPort());
            QVERIFY(fillers.back()->waitForConnected(2000));
        }
        const QString key = QStringLiteral("ws://%1:%2/kurento")
                                .arg(listener.serverAddress().toString())
                                .arg(listener.serverPort());
        QElapsedTimer clock;
        clock.start();
        m_monitor->setTargets({key});
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->state(key), HealthState::Down, 5000);
        const ServerHealth &down = m_recorder->latest[key];
        // Had a SYN got through, the upgrade would have timed out instead (ws-upgrade).
        QCOMPARE(down.failure, FailureCode::TcpTimeout);
        QCOMPARE(down.stages.tcpMs, -1.0);
        QVERIFY(!healthReasonText(down).isEmpty());
        // Not before the connect timeout: the kernel neither refused nor answered.
        QVERIFY2(clock.elapsed() >= fastSettings().timeoutMs, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!listener.hasPendingConnections());
    }

    void broadcastAddressIsUnreachable()
    {
        // 127.255.255.255 is the broadcast address of lo's 127.0.0.0/8 (see `ip route show table
        // local`): a TCP connect() to it fails at once with ENETUNREACH inside the kernel, the
        // same error a missing route gives, and not a packet is sent.
        const QString key = QStringLiteral("ws://127.255.255.255:8888/kurento");
        m_monitor->setTargets({key});
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->state(key), HealthState::Down, 3000);
        const ServerHealth &down = m_recorder->latest[key];
        QCOMPARE(down.failure, FailureCode::TcpUnreachable);
        QCOMPARE(failureCodeId(down.failure), QLatin1StringView("tcp-unreachable"));
        QVERIFY(!down.detail.isEmpty()); // the system's text
        QCOMPARE(down.stages.tcpMs, -1.0);
    }

    void removedTargetsAreClosed()
    {
        auto server = startServer();
        const QString key = keyOf(*server);
        m_monitor->setTargets({key});
        QTRY_COMPARE_WITH_TIMEOUT(server->connectionCount(), 1, 3000);
        m_monitor->setTargets({});
        QTRY_COMPARE_WITH_TIMEOUT(server->connectionCount(), 0, 2000);
    }

    void nullUsedCpuKeepsTheLastFigure()
    {
        // A real KMS answers getUsedCpu with "value":null when it measured no elapsed time (kms-sim
        // does too, for intervals the console never sends). That is no figure this time: neither
        // 0 % nor a failure. The first round here is null (unknown), the second 12.5, the rest
        // null again (12.5 stays).
        test::FakeKurentoServer fake(freshAddress());
        QVERIFY(fake.listen());
        int cpuReplies = 0;
        int answerFigureAt = -1; // the reply (counted from 0) that carries 12.5; -1: none yet
        fake.onMessage = [&cpuReplies, &answerFigureAt](test::FakePeer &peer, const QByteArray &message) {
            const QJsonObject request = QJsonDocument::fromJson(message).object();
            if (request.value(QLatin1String("params")).toObject().value(QLatin1String("operation")).toString()
                != QLatin1String("getUsedCpu")) {
                test::FakeKurentoServer::answerLikeKms(peer, message);
                return;
            }
            const QJsonValue value =
                cpuReplies++ == answerFigureAt ? QJsonValue(12.5) : QJsonValue(QJsonValue::Null);
            const QJsonObject result{{QStringLiteral("sessionId"), QString::fromLatin1(peer.sessionId)},
                                     {QStringLiteral("value"), value}};
            peer.sendText(test::FakeKurentoServer::compact({{QStringLiteral("id"), request.value(QLatin1String("id"))},
                                                            {QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                                            {QStringLiteral("result"), result}}));
        };
        const QString key = fake.url();
        QList<double> figures; // every cpuPercent published once the figures came
        connect(m_monitor.get(), &MediaServerMonitor::healthChanged, this, [&](const HealthUpdates &updates) {
            for (const HealthUpdate &u : updates) {
                if (u.key == key && u.health.metrics.memoryKiB >= 0)
                    figures << u.health.metrics.cpuPercent;
            }
        });
        ProbeSettings settings = fastSettings();
        settings.metricsIntervalMs = 1000;
        m_monitor->setSettings(settings);
        m_monitor->setTargets({key});
        // Only nulls so far: the memory figure is there, the CPU figure unknown (not 0 %).
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->latest[key].metrics.memoryKiB, qint64(30000), 3000);
        QTRY_VERIFY_WITH_TIMEOUT(cpuReplies >= 2, 4000);
        QTest::qWait(100);
        QCOMPARE(m_recorder->latest[key].metrics.cpuPercent, -1.0);
        // One real figure, then nulls again: the figure stays.
        answerFigureAt = cpuReplies;
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->latest[key].metrics.cpuPercent, 12.5, 3000);
        QTRY_VERIFY_WITH_TIMEOUT(cpuReplies >= answerFigureAt + 3, 6000);
        QTest::qWait(100);
        QCOMPARE(m_recorder->state(key), HealthState::Up);
        QCOMPARE(m_recorder->latest[key].metrics.cpuPercent, 12.5);
        const qsizetype first = figures.indexOf(12.5);
        QVERIFY(first >= 0);
        QVERIFY(!figures.contains(0.0));
        for (qsizetype i = 0; i < first; ++i)
            QCOMPARE(figures[i], -1.0);
        for (qsizetype i = first; i < figures.size(); ++i)
            QCOMPARE(figures[i], 12.5);
    }

    void statusDetailAsksForNoFigures()
    {
        // A site watched in the background (ProbeDetail::Status): pings, `connect` and getInfo
        // (version, serverId) as always, but no figures asked and no statistics-only batches.
        // Back to Full, the figures come at once.
        test::FakeKurentoServer fake(freshAddress());
        QVERIFY(fake.listen());
        QStringList asked; // the operations of every invoke
        int pings = 0;
        bool silent = false; // pings go unanswered
        fake.onMessage = [&asked, &pings, &silent](test::FakePeer &peer, const QByteArray &message) {
            const QJsonObject request = QJsonDocument::fromJson(message).object();
            const QString method = request.value(QLatin1String("method")).toString();
            if (method == QLatin1String("ping") && silent)
                return;
            if (method == QLatin1String("ping"))
                ++pings;
            else if (method == QLatin1String("invoke"))
                asked << request.value(QLatin1String("params")).toObject().value(QLatin1String("operation")).toString();
            test::FakeKurentoServer::answerLikeKms(peer, message);
        };
        const QString key = fake.url();
        int batches = 0;
        connect(m_monitor.get(), &MediaServerMonitor::healthChanged, this, [&batches, key](const HealthUpdates &updates) {
            for (const HealthUpdate &u : updates)
                batches += u.key == key ? 1 : 0;
        });
        ProbeSettings settings = fastSettings();
        settings.metricsIntervalMs = 1000;
        m_monitor->setSettings(settings);
        m_monitor->setDetail(ProbeDetail::Status);
        m_monitor->setTargets({key});
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->state(key), HealthState::Up, 3000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_recorder->latest[key].version.isEmpty(), 3000);
        QCOMPARE(asked, QStringList{QStringLiteral("getInfo")});
        const int batchesWhenUp = batches;
        const int pingsWhenUp = pings;
        QTest::qWait(2500); // ten pings, two metrics intervals, two statistics seconds
        QVERIFY2(pings >= pingsWhenUp + 5, qPrintable(QString::number(pings - pingsWhenUp)));
        QCOMPARE(batches, batchesWhenUp); // round trips changed, nothing a status shows
        QCOMPARE(asked, QStringList{QStringLiteral("getInfo")});
        QCOMPARE(m_recorder->latest[key].metrics.memoryKiB, qint64(-1));

        // A change a user sees still goes out at once: the server stops answering pings.
        silent = true;
        QTRY_VERIFY_WITH_TIMEOUT(m_recorder->state(key) == HealthState::GoingDown
                                     || m_recorder->state(key) == HealthState::Down,
                                 3000);
        QVERIFY(batches > batchesWhenUp);
        silent = false;
        QTRY_COMPARE_WITH_TIMEOUT(m_recorder->state(key), HealthState::Up, 5000);
        QCOMPARE(m_recorder->latest[key].metrics.memoryKiB, qint64(-1));

        m_monitor->setDetail(ProbeDetail::Full);
        QTRY_VERIFY_WITH_TIMEOUT(m_recorder->latest[key].metrics.memoryKiB >= 0, 3000);
        QVERIFY(asked.contains(QStringLiteral("getCpuCount")));
        QVERIFY(asked.contains(QStringLiteral("getUsedCpu")));
        QCOMPARE(asked.count(QStringLiteral("getCpuCount")), 1);
        const int batchesWhenFull = batches;
        QTRY_VERIFY_WITH_TIMEOUT(batches >= batchesWhenFull + 2, 3000); // statistics every second
    }

    void manyServersInOneBatch()
    {
        std::vector<std::unique_ptr<SimulatedMediaServer>> servers;
        QStringList keys;
        for (int i = 0; i < 20; ++i) {
            servers.push_back(startServer());
            keys << keyOf(*servers.back());
        }
        int batches = 0;
        connect(m_monitor.get(), &MediaServerMonitor::healthChanged, this, [&batches] { ++batches; });
        m_monitor->setTargets(keys);
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(keys.cbegin(), keys.cend(),
                                             [this](const QString &k) { return m_recorder->state(k) == HealthState::Up; }),
                                 5000);
        // Changes reach the GUI thread batched (about ten per second), not one signal per change.
        QVERIFY2(batches < 40, qPrintable(QString::number(batches)));
    }

private:
    std::unique_ptr<MediaServerMonitor> m_monitor;
    std::unique_ptr<MonitorRecorder> m_recorder;
};

QTEST_GUILESS_MAIN(TestMediaServerMonitor)
#include "tst_mediaservermonitor.moc"
