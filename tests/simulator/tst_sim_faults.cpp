// Every fault mode through the in-process API, each checked from the client's side.
#include "rawwsclient.h"
#include "rpchelpers.h"
#include "simulatedmediaserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

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
