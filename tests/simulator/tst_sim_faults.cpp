// Every fault mode through the in-process API, each checked from the client's side.
#include "fleetoptions.h"
#include "rawwsclient.h"
#include "rpchelpers.h"
#include "simulatedmediaserver.h"
#include "simulatorfleet.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace kmssim;
using namespace simtest;

class TestFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void faultParsing();
    void refuse();
    void stall();
    void slow();
    void flap();
    void closeAfter();
    void garbage();
    void wrongId();
    void huge();
    void deep();
    void flood();
    void pingFlood();
    void pingFloodThroughControlCommands();
    void errorParsing();
    void error();
    void errorAtStartAndThroughControlCommands();
    void restartWithDowntime();
    void createPipelinesShowsAsLoad();
    void replacingAndClearing();

private:
    QString serverId(RawWsClient &client, int id);
    std::unique_ptr<SimulatedMediaServer> m_server;
    QHostAddress m_address;
    int m_case = 0;
};

void TestFaults::init()
{
    // A fresh server on its own address per test function.
    m_address = QHostAddress(QStringLiteral("127.0.52.%1").arg(++m_case));
    ServerConfig config;
    config.address = m_address;
    config.wsPort = 0;
    m_server = std::make_unique<SimulatedMediaServer>(config);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

void TestFaults::cleanup()
{
    m_server.reset();
}

QString TestFaults::serverId(RawWsClient &client, int id)
{
    const auto reply =
        call(client, "{\"jsonrpc\":\"2.0\",\"id\":" + QByteArray::number(id) + ",\"method\":\"connect\"}");
    return reply ? reply->value(QStringLiteral("result"))
                       .toObject()
                       .value(QStringLiteral("serverId"))
                       .toString()
                 : QString();
}

void TestFaults::faultParsing()
{
    QCOMPARE(Fault::parse(QStringLiteral("slow:250"))->arg, 250);
    QCOMPARE(Fault::parse(QStringLiteral("close-after:1.5"))->arg, 1500);
    QCOMPARE(Fault::parse(QStringLiteral("close-after:1.5"))->toString(), QStringLiteral("close-after:1.5"));
    QCOMPARE(Fault::parse(QStringLiteral("huge"))->arg, 32 * 1024 * 1024 + 1);
    QCOMPARE(Fault::parse(QStringLiteral("flood"))->arg, 1000);
    QCOMPARE(Fault::parse(QStringLiteral("refuse"))->mode, FaultMode::Refuse);
    QString error;
    QVERIFY(!Fault::parse(QStringLiteral("slow"), &error));
    QVERIFY(error.contains(QLatin1String("argument")));
    QVERIFY(!Fault::parse(QStringLiteral("refuse:3"), &error));
    QVERIFY(!Fault::parse(QStringLiteral("flap:1"), &error)); // below 10 ms
    QVERIFY(!Fault::parse(QStringLiteral("flood:99999999"), &error));
    QCOMPARE(*Fault::parse(QStringLiteral("ping-flood")), (Fault{FaultMode::PingFlood, 200000}));
    QCOMPARE(Fault::parse(QStringLiteral("ping-flood"), QStringLiteral("50"))->toString(),
             QStringLiteral("ping-flood:50"));
    QVERIFY(!Fault::parse(QStringLiteral("ping-flood:0"), &error));
    QVERIFY(!Fault::parse(QStringLiteral("ping-flood:2000000"), &error));
    QVERIFY(!Fault::parse(QStringLiteral("ping-flood:1.5"), &error));
    QVERIFY(!Fault::parse(QStringLiteral("explode"), &error));
}

void TestFaults::refuse()
{
    RawWsClient open;
    QVERIFY(open.open(m_address, m_server->wsPort()));
    const QString before = serverId(open, 1);
    m_server->setFault(Fault{FaultMode::Refuse});
    QVERIFY(open.waitForDisconnected(1000));
    QVERIFY(!open.closeReceived); // TCP gone, 1006
    RawWsClient refused;
    QVERIFY(!refused.connectTcp(m_address, m_server->wsPort(), false, 1000));
    QCOMPARE(refused.socket()->error(), QAbstractSocket::ConnectionRefusedError);
    QVERIFY(!m_server->isListening());

    m_server->clearFault(); // the process is back: a new one
    RawWsClient again;
    QVERIFY(again.open(m_address, m_server->wsPort()));
    const QString after = serverId(again, 2);
    QVERIFY(!after.isEmpty());
    QVERIFY(after != before);
}

void TestFaults::stall()
{
    RawWsClient a;
    QVERIFY(a.open(m_address, m_server->wsPort()));
    m_server->setFault(Fault{FaultMode::Stall});
    a.sendText(pingRequest(1));
    a.sendPing("x");
    RawWsClient b; // TCP is accepted by the kernel, the handshake is not answered
    QVERIFY(b.connectTcp(m_address, m_server->wsPort()));
    QVERIFY(!b.handshake("/kurento", {}, 300));
    QCOMPARE(a.pendingMessages(), 0);
    QVERIFY(!a.waitForControl(0xA, 0));
    QVERIFY(a.isConnected());

    m_server->clearFault();
    QVERIFY(a.waitForMessages(1, 1000)); // answered late, like after SIGCONT
    QVERIFY(a.waitForControl(0xA, 1000));
    QVERIFY(b.waitForRaw([](const QByteArray &r) { return r.startsWith("HTTP/1.1 101"); }, 1000));
}

void TestFaults::slow()
{
    m_server->setFault(*Fault::parse(QStringLiteral("slow:300")));
    RawWsClient a, b;
    QVERIFY(a.open(m_address, m_server->wsPort()));
    QVERIFY(b.open(m_address, m_server->wsPort()));
    QElapsedTimer timer;
    timer.start();
    a.sendText(pingRequest(1));
    a.sendText(pingRequest(2));
    b.sendText(pingRequest(3));
    QVERIFY(b.waitForMessages(1, 2000));
    const qint64 other = timer.elapsed();
    QVERIFY(a.waitForMessages(2, 3000));
    const qint64 both = timer.elapsed();
    QVERIFY2(other >= 290 && other < 850, qPrintable(QString::number(other))); // not behind a's two
    QVERIFY2(both >= 590, qPrintable(QString::number(both))); // one after the other on the same socket
}

void TestFaults::flap()
{
    RawWsClient open;
    QVERIFY(open.open(m_address, m_server->wsPort()));
    m_server->setFault(*Fault::parse(QStringLiteral("flap:250")));
    QVERIFY(open.waitForDisconnected(500)); // down at once
    RawWsClient refused;
    QVERIFY(!refused.connectTcp(m_address, m_server->wsPort(), false, 500));

    QStringList ids;
    QElapsedTimer timer;
    timer.start();
    while (ids.size() < 2 && timer.elapsed() < 3000) {
        RawWsClient c;
        if (c.open(m_address, m_server->wsPort())) {
            const QString id = serverId(c, 1);
            if (!id.isEmpty() && !ids.contains(id))
                ids << id;
            QVERIFY(c.waitForDisconnected(1000)); // the next "down" drops it
        } else {
            QTest::qWait(20);
        }
    }
    QCOMPARE(ids.size(), 2); // every "up" is a new process
    m_server->clearFault();
    RawWsClient stable;
    QVERIFY(stable.open(m_address, m_server->wsPort()));
    QTest::qWait(600);
    QVERIFY(stable.isConnected());
}

void TestFaults::closeAfter()
{
    m_server->setFault(*Fault::parse(QStringLiteral("close-after:0.3")));
    RawWsClient c;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(c.open(m_address, m_server->wsPort()));
    QVERIFY(call(c, pingRequest(1)));
    QVERIFY(c.waitForDisconnected(2000));
    QVERIFY(timer.elapsed() >= 250);
    QVERIFY(!c.closeReceived);
}

void TestFaults::garbage()
{
    m_server->setFault(Fault{FaultMode::Garbage});
    RawWsClient c;
    QVERIFY(c.open(m_address, m_server->wsPort()));
    c.sendText(pingRequest(1));
    QVERIFY(c.waitForMessages(1));
    const QByteArray reply = c.takeMessages().front().payload;
    QVERIFY(!reply.isEmpty());
    QVERIFY(QJsonDocument::fromJson(reply).isNull());
}

void TestFaults::wrongId()
{
    m_server->setFault(Fault{FaultMode::WrongId});
    RawWsClient c;
    QVERIFY(c.open(m_address, m_server->wsPort()));
    const auto reply = call(c, pingRequest(5));
    QVERIFY(reply);
    QVERIFY(reply->value(QStringLiteral("id")).toInteger() != 5);
    QCOMPARE(reply->value(QStringLiteral("result")).toObject().value(QStringLiteral("value")).toString(),
             QStringLiteral("pong"));
}

void TestFaults::huge()
{
    m_server->setFault(Fault{FaultMode::Huge, 32 * 1024 * 1024 + 1}); // the default: just over 32 MiB
    RawWsClient c;
    QVERIFY(c.open(m_address, m_server->wsPort()));
    c.sendText(pingRequest(9));
    QVERIFY(c.waitForMessages(1, 10000));
    const QByteArray reply = c.takeMessages().front().payload;
    QCOMPARE(reply.size(), 32 * 1024 * 1024 + 1);
    QVERIFY(reply.size() > 32000000); // beyond KMS's own incoming limit
    QVERIFY(reply.startsWith("{\"id\":9,\"jsonrpc\":\"2.0\",\"result\":{\"value\":\"xxx"));
    QVERIFY(reply.endsWith("xxx\"}}"));
}

void TestFaults::deep()
{
    m_server->setFault(Fault{FaultMode::Deep, 5000});
    RawWsClient c;
    QVERIFY(c.open(m_address, m_server->wsPort()));
    c.sendText(pingRequest(3));
    QVERIFY(c.waitForMessages(1));
    const QByteArray reply = c.takeMessages().front().payload;
    QVERIFY(reply.startsWith("{\"id\":3,\"jsonrpc\":\"2.0\",\"result\":{\"value\":[[["));
    QCOMPARE(reply.count('['), 5000);
    QCOMPARE(reply.count(']'), 5000);
    QVERIFY(reply.endsWith("]]]}}"));
}

void TestFaults::flood()
{
    RawWsClient before;
    QVERIFY(before.open(m_address, m_server->wsPort()));
    QTRY_COMPARE(m_server->connectionCount(), 1);
    m_server->setFault(Fault{FaultMode::Flood, 2000});
    QVERIFY(before.waitForMessages(2000, 5000));
    RawWsClient after; // connections opened during the fault get their flood too
    QVERIFY(after.open(m_address, m_server->wsPort()));
    QVERIFY(after.waitForMessages(2000, 5000));
    QTest::qWait(50);
    const auto frames = before.takeMessages();
    QCOMPARE(frames.size(), 2000); // bounded: exactly the count
    const QJsonObject event = QJsonDocument::fromJson(frames.last().payload).object();
    QCOMPARE(event.value(QStringLiteral("method")).toString(), QStringLiteral("onEvent"));
    QCOMPARE(event.value(QStringLiteral("params"))
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toObject()
                 .value(QStringLiteral("type"))
                 .toString(),
             QStringLiteral("ObjectCreated"));
    after.takeMessages();
    QVERIFY(call(after, pingRequest(1))); // the socket still works after the flood
}

namespace {

int pingsIn(const RawWsClient &client)
{
    return int(std::count_if(client.controls.cbegin(), client.controls.cend(),
                             [](const RawWsClient::Frame &f) { return f.opcode == 0x9; }));
}

} // namespace

void TestFaults::pingFlood()
{
    RawWsClient before;
    QVERIFY(before.open(m_address, m_server->wsPort()));
    QTRY_COMPARE(m_server->connectionCount(), 1);
    m_server->setFault(Fault{FaultMode::PingFlood, 2000}); // 20 PINGs every 10 ms
    QElapsedTimer clock;
    clock.start();
    const auto first = before.waitForControl(0x9, 1000);
    QVERIFY(first);
    QCOMPARE(first->payload.size(), 125); // the largest control frame
    QVERIFY(first->payload.startsWith("kms-sim ping-flood "));
    RawWsClient after; // connections opened during the fault are flooded too
    QVERIFY(after.open(m_address, m_server->wsPort()));
    QVERIFY(after.waitForControl(0x9, 1000));

    // Nothing is read meanwhile: a request and the PONGs wait in the kernel, unanswered.
    before.sendText(pingRequest(1));
    for (int i = 0; i < 50; ++i)
        before.sendFrame(0xA, first->payload);
    QTest::qWait(400);
    QCOMPARE(before.pendingMessages(), 0);
    QVERIFY(before.isConnected());
    // Paced: about the rate, never a burst beyond it (a batch ahead at most, plus slack).
    const int pings = pingsIn(before);
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(pings >= 200 && pings <= 2000 * elapsed / 1000 + 40 + 200,
             qPrintable(QStringLiteral("%1 PINGs in %2 ms").arg(pings).arg(elapsed)));

    // Cleared: no more PINGs, and the request sent during the flood is answered now.
    m_server->clearFault();
    QVERIFY(before.waitForMessages(1, 1000));
    QCOMPARE(QJsonDocument::fromJson(before.takeMessages().front().payload)
                 .object()
                 .value(QStringLiteral("id"))
                 .toInt(),
             1);
    QTest::qWait(50);
    const int settled = pingsIn(before);
    QTest::qWait(200);
    QCOMPARE(pingsIn(before), settled);
    QVERIFY(call(after, pingRequest(2)));

    // The flood ends with its connection: a client that goes away leaves nothing running.
    m_server->setFault(*Fault::parse(QStringLiteral("ping-flood")));
    QVERIFY(after.waitForControl(0x9, 1000));
    after.socket()->abort();
    before.socket()->abort();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 0, 3000);
}

void TestFaults::pingFloodThroughControlCommands()
{
    // --fault at start, the status line, and the run-time `fault` / `clear` commands.
    QString error;
    const auto options = FleetOptions::parse(
        {QStringLiteral("kms-sim"), QStringLiteral("--count"), QStringLiteral("2"),
         QStringLiteral("--address"), QStringLiteral("127.0.52.210"), QStringLiteral("--port"),
         QStringLiteral("0"), QStringLiteral("--fault"), QStringLiteral("1=ping-flood:1000")},
        &error);
    QVERIFY2(options, qPrintable(error));
    auto fleet = SimulatorFleet::fromOptions(*options, &error);
    QVERIFY2(fleet && fleet->start(&error), qPrintable(error));
    QCOMPARE(fleet->server(1)->fault(), (Fault{FaultMode::PingFlood, 1000}));
    QVERIFY(fleet->execute(QStringLiteral("status 1")).front().contains(QLatin1String("fault=ping-flood:1000")));
    RawWsClient c;
    QVERIFY(c.open(fleet->server(1)->address(), fleet->server(1)->port()));
    QVERIFY(c.waitForControl(0x9, 1000));

    RawWsClient healthy;
    QVERIFY(healthy.open(fleet->server(0)->address(), fleet->server(0)->port()));
    QCOMPARE(fleet->execute(QStringLiteral("fault 0 ping-flood")), QStringList{QStringLiteral("ok")});
    QVERIFY(fleet->execute(QStringLiteral("status 0")).front().contains(QLatin1String("fault=ping-flood:200000")));
    QVERIFY(healthy.waitForControl(0x9, 1000));
    QVERIFY(fleet->execute(QStringLiteral("fault 0 ping-flood 0")).last().startsWith(QLatin1String("error ")));
    QCOMPARE(fleet->execute(QStringLiteral("clear all")), QStringList{QStringLiteral("ok")});
    QVERIFY(call(c, pingRequest(1)));
    QVERIFY(call(healthy, pingRequest(2)));
}

void TestFaults::errorParsing()
{
    const auto plain = Fault::parse(QStringLiteral("error"));
    QVERIFY(plain);
    QCOMPARE(plain->mode, FaultMode::Error);
    QCOMPARE(plain->arg, -32603);
    QCOMPARE(plain->toString(), QStringLiteral("error:-32603"));
    QCOMPARE(Fault::parse(QStringLiteral("error:40009"))->arg, 40009);
    QCOMPARE(Fault::parse(QStringLiteral("error"), QStringLiteral("-32601"))->arg, -32601);
    QCOMPARE(*Fault::parse(QStringLiteral("error:40007")), (Fault{FaultMode::Error, 40007}));
    QString error;
    QVERIFY(!Fault::parse(QStringLiteral("error:12345"), &error));        // not a code with a known reply
    QVERIFY2(error.contains(QLatin1String("-32603")), qPrintable(error)); // names the valid ones
    QVERIFY(!Fault::parse(QStringLiteral("error:40009.5"), &error));
    QVERIFY(!Fault::parse(QStringLiteral("error:x"), &error));
    QCOMPARE(Fault::errorCodes(), (QList<int>{-32603, -32601, 40007, 40009}));
    QVERIFY(!Fault::errorFor(0));
}

void TestFaults::error()
{
    RawWsClient c;
    QVERIFY(c.open(m_address, m_server->wsPort()));
    const int sessionsBefore = m_server->sessionCount();
    m_server->setFault(*Fault::parse(QStringLiteral("error")));

    // Exactly the bytes of KMS's -32603 (05-errors.jsonl 5k: no "data"), with the request's id.
    c.sendText(pingRequest(7));
    QVERIFY(c.waitForMessages(1));
    QCOMPARE(c.takeMessages().front().payload,
             QByteArray("{\"error\":{\"code\":-32603,\"message\":\"Unexpected error while processing method: "
                        "std::bad_alloc\"},\"id\":7,\"jsonrpc\":\"2.0\"}"));
    c.sendText("{\"jsonrpc\":\"2.0\",\"id\":\"abc\",\"method\":\"ping\"}"); // ids echoed as sent
    QVERIFY(c.waitForMessages(1));
    QCOMPARE(c.takeMessages().front().payload,
             QByteArray("{\"error\":{\"code\":-32603,\"message\":\"Unexpected error while processing method: "
                        "std::bad_alloc\"},\"id\":\"abc\",\"jsonrpc\":\"2.0\"}"));
    c.sendText("{\"jsonrpc\":\"2.0\",\"method\":\"ping\"}"); // a notification: id null, as in 5c
    QVERIFY(c.waitForMessages(1));
    QCOMPARE(QJsonDocument::fromJson(c.takeMessages().front().payload).object().value(QStringLiteral("id")),
             QJsonValue(QJsonValue::Null));

    // A KurentoException code carries data.type, switched at run time; no request takes effect.
    m_server->setFault(Fault{FaultMode::Error, 40009});
    c.sendText(
        "{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"create\",\"params\":{\"type\":\"MediaPipeline\"}}");
    QVERIFY(c.waitForMessages(1));
    QCOMPARE(c.takeMessages().front().payload,
             QByteArray("{\"error\":{\"code\":40009,\"data\":{\"type\":\"NOT_ENOUGH_RESOURCES\"},\"message\":"
                        "\"Too many threads\"},\"id\":8,\"jsonrpc\":\"2.0\"}"));
    const auto connect = call(c, "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"connect\"}");
    QVERIFY(connect);
    QVERIFY(!connect->contains(QStringLiteral("result")));
    QCOMPARE(connect->value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), 40009);
    QCOMPARE(m_server->sessionCount(), sessionsBefore);
    QCOMPARE(m_server->pipelineCount(), 0);

    // KMS's protocol check comes before any method: an invalid request is still -32600.
    c.sendText("{\"id\":10,\"method\":\"ping\"}");
    QVERIFY(c.waitForMessages(1));
    QCOMPARE(c.takeMessages().front().payload,
             QByteArray("{\"error\":{\"code\":-32600,\"message\":\"Invalid JSON-RPC request.\"},\"id\":null,"
                        "\"jsonrpc\":\"2.0\"}"));
    QVERIFY(c.isConnected()); // errors are answers: the connection stays

    m_server->clearFault();
    const auto pong = call(c, pingRequest(11));
    QVERIFY(pong);
    QCOMPARE(pong->value(QStringLiteral("result")).toObject().value(QStringLiteral("value")).toString(),
             QStringLiteral("pong"));
}

void TestFaults::errorAtStartAndThroughControlCommands()
{
    // --fault at start, as the executable parses it, then the run-time `fault` command.
    QString error;
    const auto options = FleetOptions::parse(
        {QStringLiteral("kms-sim"), QStringLiteral("--count"), QStringLiteral("2"),
         QStringLiteral("--address"), QStringLiteral("127.0.52.200"), QStringLiteral("--port"),
         QStringLiteral("0"), QStringLiteral("--fault"), QStringLiteral("1=error:40007")},
        &error);
    QVERIFY2(options, qPrintable(error));
    auto fleet = SimulatorFleet::fromOptions(*options, &error);
    QVERIFY2(fleet && fleet->start(&error), qPrintable(error));
    QCOMPARE(fleet->server(0)->fault().mode, FaultMode::None);
    QCOMPARE(fleet->server(1)->fault(), (Fault{FaultMode::Error, 40007}));
    QVERIFY(fleet->execute(QStringLiteral("status 1")).front().contains(QLatin1String("fault=error:40007")));

    RawWsClient c;
    QVERIFY(c.open(fleet->server(1)->address(), fleet->server(1)->port()));
    c.sendText(pingRequest(1));
    QVERIFY(c.waitForMessages(1));
    QCOMPARE(c.takeMessages().front().payload,
             QByteArray("{\"error\":{\"code\":40007,\"data\":{\"type\":\"INVALID_SESSION\"},\"message\":"
                        "\"Invalid session\"},\"id\":1,\"jsonrpc\":\"2.0\"}"));

    QCOMPARE(fleet->execute(QStringLiteral("fault 1 error -32601")), QStringList{QStringLiteral("ok")});
    c.sendText(pingRequest(2));
    QVERIFY(c.waitForMessages(1));
    QCOMPARE(c.takeMessages().front().payload,
             QByteArray("{\"error\":{\"code\":-32601,\"message\":\"Method not found.\"},\"id\":2,"
                        "\"jsonrpc\":\"2.0\"}"));
    QVERIFY(fleet->execute(QStringLiteral("fault 1 error 99")).last().startsWith(QLatin1String("error ")));
    QCOMPARE(fleet->server(1)->fault().arg, -32601); // a rejected command changes nothing

    QCOMPARE(fleet->execute(QStringLiteral("clear 1")), QStringList{QStringLiteral("ok")});
    QVERIFY(call(c, pingRequest(3)));
    const auto pong = call(c, pingRequest(4));
    QVERIFY(pong && pong->contains(QStringLiteral("result")));
}

void TestFaults::restartWithDowntime()
{
    QSignalSpy restarted(m_server.get(), &SimulatedMediaServer::restarted);
    RawWsClient c;
    QVERIFY(c.open(m_address, m_server->wsPort()));
    const QString before = serverId(c, 1);
    m_server->restart(std::chrono::milliseconds(300));
    QVERIFY(c.waitForDisconnected(500));
    QVERIFY(!c.closeReceived);
    RawWsClient during;
    QVERIFY(!during.connectTcp(m_address, m_server->wsPort(), false, 200));
    QVERIFY(restarted.wait(1000));
    RawWsClient back;
    QVERIFY(back.open(m_address, m_server->wsPort()));
    const QString after = serverId(back, 2);
    QVERIFY(!after.isEmpty() && after != before);
    QCOMPARE(restarted.front().front().toString(), after);
}

void TestFaults::createPipelinesShowsAsLoad()
{
    RawWsClient c;
    QVERIFY(c.open(m_address, m_server->wsPort()));
    const auto memoryBefore = call(c, invokeRequest(1, QStringLiteral("getUsedMemory")));
    QVERIFY(call(
        c, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"subscribe\",\"params\":{\"type\":\"ObjectCreated\","
           "\"object\":\"manager_ServerManager\"}}"));
    m_server->createPipelines(3, 2);
    QVERIFY(c.waitForMessages(9)); // 3 pipelines and 6 endpoints announced
    c.takeMessages();
    const auto pipelines = call(c, invokeRequest(3, QStringLiteral("getPipelines")));
    QVERIFY(pipelines);
    QCOMPARE(
        pipelines->value(QStringLiteral("result")).toObject().value(QStringLiteral("value")).toArray().size(),
        3);
    const auto memoryAfter = call(c, invokeRequest(4, QStringLiteral("getUsedMemory")));
    const auto used = [](const std::optional<QJsonObject> &r) {
        return r->value(QStringLiteral("result")).toObject().value(QStringLiteral("value")).toInteger();
    };
    QVERIFY(used(memoryAfter) > used(memoryBefore) + 5000);
    QCOMPARE(m_server->pipelineCount(), 3);
    m_server->releasePipelines();
    QCOMPARE(m_server->pipelineCount(), 0);
}

void TestFaults::replacingAndClearing()
{
    QSignalSpy changed(m_server.get(), &SimulatedMediaServer::faultChanged);
    m_server->setFault(*Fault::parse(QStringLiteral("slow:2000")));
    m_server->setFault(Fault{FaultMode::Garbage}); // replaces slow
    QCOMPARE(m_server->fault().mode, FaultMode::Garbage);
    RawWsClient c;
    QVERIFY(c.open(m_address, m_server->wsPort()));
    c.sendText(pingRequest(1));
    QVERIFY(c.waitForMessages(1, 1000)); // no 2 s delay any more
    QVERIFY(QJsonDocument::fromJson(c.takeMessages().front().payload).isNull());
    m_server->clearFault();
    QCOMPARE(m_server->fault().mode, FaultMode::None);
    QVERIFY(call(c, pingRequest(2)));
    QCOMPARE(changed.size(), 3);
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_sim_faults.moc"
