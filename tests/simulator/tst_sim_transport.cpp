// RFC 6455 and HTTP behaviour of the simulator beyond what the transcripts show: framing rules,
// limits, timeouts, jsoncpp parsing quirks, per-socket ordering, and interop with QWebSocket.
#include "rawwsclient.h"
#include "rpchelpers.h"
#include "simulatedmediaserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace kmssim;
using namespace simtest;

class TestTransport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void qwebsocketInterop();
    void fragmentedMessageWithInterleavedPing();
    void unmaskedFrameIsAProtocolError();
    void oversizedMessageIsRefusedByItsHeader();
    void oversizedFragmentsAreRefused();
    void invalidUtf8TextClosesWith1007();
    void binaryFramesAreNotUtf8Checked();
    void clientCloseIsEchoed();
    void emptyTextFrameDropsTheConnection();
    void jsoncppLeniency();
    void nestingBeyondJsoncppLimitDrops();
    void nonObjectParamsWithBoundSessionDrop();
    void notificationWithNullResultGetsAnEmptyFrame();
    void pipelinedRequestsAreAnsweredInOrder();
    void getUsedCpuBlocksOnlyItsOwnSocket();
    void handshakeTimeoutEndsSilentConnections();
    void unsupportedWebSocketVersion();

private:
    QHostAddress m_address{QStringLiteral("127.0.51.1")};
    std::unique_ptr<SimulatedMediaServer> m_server;
    RawWsClient *open(RawWsClient &client, const QByteArray &path = "/kurento");
};

void TestTransport::initTestCase()
{
    ServerConfig config;
    config.address = m_address;
    config.wsPort = 0;
    m_server = std::make_unique<SimulatedMediaServer>(config);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

RawWsClient *TestTransport::open(RawWsClient &client, const QByteArray &path)
{
    return client.open(m_address, m_server->wsPort(), false, path) ? &client : nullptr;
}

void TestTransport::qwebsocketInterop()
{
    QWebSocket socket;
    QSignalSpy connected(&socket, &QWebSocket::connected);
    QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
    QSignalSpy pongs(&socket, &QWebSocket::pong);
    socket.open(m_server->url());
    QVERIFY(connected.wait(3000));
    QTRY_COMPARE(m_server->connectionCount(), 1);
    socket.sendTextMessage(QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}"));
    QVERIFY(messages.wait(3000));
    QCOMPARE(messages.front().front().toString(),
             QStringLiteral("{\"id\":1,\"jsonrpc\":\"2.0\",\"result\":{\"value\":\"pong\"}}"));
    socket.ping("abc");
    QVERIFY(pongs.wait(3000));
    QCOMPARE(pongs.front().at(1).toByteArray(), QByteArray("abc"));
    socket.close();
    QTRY_COMPARE(m_server->connectionCount(), 0);
}

void TestTransport::fragmentedMessageWithInterleavedPing()
{
    RawWsClient c;
    QVERIFY(open(c));
    c.sendFrame(0x1, "{\"jsonrpc\":\"2.0\",", false);
    c.sendPing("mid");
    c.sendFrame(0x0, "\"id\":7,", false);
    c.sendFrame(0x0, "\"method\":\"ping\"}", true);
    QVERIFY(c.waitForMessages(1));
    QCOMPARE(c.takeMessages().front().payload,
             QByteArray("{\"id\":7,\"jsonrpc\":\"2.0\",\"result\":{\"value\":\"pong\"}}"));
    const auto pong = c.waitForControl(0xA, 1000);
    QVERIFY(pong);
    QCOMPARE(pong->payload, QByteArray("mid"));
}

void TestTransport::unmaskedFrameIsAProtocolError()
{
    RawWsClient c;
    QVERIFY(open(c));
    c.sendFrame(0x1, pingRequest(1), true, false);
    QVERIFY(c.waitForControl(0x8, 2000));
    QCOMPARE(c.closeCode, quint16(1002));
    QCOMPARE(c.closeReason, QByteArray("Clients may not send unmasked frames"));
    // Like websocketpp, nothing is read any more: a request now goes unanswered.
    c.sendText(pingRequest(2));
    QTest::qWait(200);
    QCOMPARE(c.pendingMessages(), 0);
}

void TestTransport::oversizedMessageIsRefusedByItsHeader()
{
    // websocketpp's max_message_size (32000000) is checked on the frame header; no payload needed.
    RawWsClient c;
    QVERIFY(open(c));
    QByteArray header("\x81\xff", 2);
    for (int shift = 56; shift >= 0; shift -= 8)
        header.append(char((quint64(32000001) >> shift) & 0xff));
    header.append("\x01\x02\x03\x04", 4);
    c.sendRaw(header);
    QVERIFY(c.waitForControl(0x8, 2000));
    QCOMPARE(c.closeCode, quint16(1009));
    QCOMPARE(c.closeReason, QByteArray("A message was too large"));

    RawWsClient exact; // exactly at the limit is still accepted as far as the header goes
    QVERIFY(open(exact));
    QByteArray atLimit("\x81\xff", 2);
    for (int shift = 56; shift >= 0; shift -= 8)
        atLimit.append(char((quint64(32000000) >> shift) & 0xff));
    exact.sendRaw(atLimit + QByteArray("\x01\x02\x03\x04", 4));
    QTest::qWait(200);
    QVERIFY(!exact.closeReceived);
    QVERIFY(exact.isConnected());
}

void TestTransport::oversizedFragmentsAreRefused()
{
    ServerConfig config;
    config.address = QHostAddress(QStringLiteral("127.0.51.2"));
    config.wsPort = 0;
    config.maxMessageSize = 1000;
    SimulatedMediaServer small(config);
    QVERIFY(small.start());
    RawWsClient c;
    QVERIFY(c.open(config.address, small.wsPort()));
    c.sendFrame(0x1, QByteArray(600, ' '), false);
    c.sendFrame(0x0, QByteArray(600, ' '), true);
    QVERIFY(c.waitForControl(0x8, 2000));
    QCOMPARE(c.closeCode, quint16(1009));
    QCOMPARE(c.closeReason, QByteArray("A message was too large"));
}

void TestTransport::invalidUtf8TextClosesWith1007()
{
    RawWsClient c;
    QVERIFY(open(c));
    c.sendText("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"x\":\"\xff\"}}");
    QVERIFY(c.waitForControl(0x8, 2000));
    QCOMPARE(c.closeCode, quint16(1007));
    QCOMPARE(c.pendingMessages(), 0);
}

void TestTransport::binaryFramesAreNotUtf8Checked()
{
    RawWsClient c;
    QVERIFY(open(c));
    c.sendBinary("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"x\":\"\xff\"}}");
    QVERIFY(c.waitForMessages(1));
    QCOMPARE(c.takeMessages().front().opcode, quint8(0x1)); // answered as TEXT (05, 5x)
}

void TestTransport::clientCloseIsEchoed()
{
    RawWsClient c;
    QVERIFY(open(c));
    c.answerClose = false;
    c.sendClose(4000, "bye");
    QVERIFY(c.waitForControl(0x8, 2000));
    QCOMPARE(c.closeCode, quint16(4000));
    QCOMPARE(c.closeReason, QByteArray("bye"));
    QVERIFY(c.waitForDisconnected()); // the server ends TCP after its echo
}

void TestTransport::emptyTextFrameDropsTheConnection()
{
    RawWsClient c;
    QVERIFY(open(c));
    c.sendText(QByteArray());
    QVERIFY(c.waitForDisconnected());
    QVERIFY(!c.closeReceived);
}

void TestTransport::jsoncppLeniency()
{
    // KMS parses with jsoncpp's old Reader: comments are fine and text after the value is ignored.
    RawWsClient c;
    QVERIFY(open(c));
    auto reply = call(c, "/* c */ {\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"} and then some");
    QVERIFY(reply);
    QCOMPARE(reply->value(QStringLiteral("id")).toInt(), 1);
    reply = call(c, "{\"jsonrpc\":\"2.0\",\"id\":2,\"id\":3,\"method\":\"ping\"}"); // last duplicate wins
    QVERIFY(reply);
    QCOMPARE(reply->value(QStringLiteral("id")).toInt(), 3);
    // Trailing commas are not accepted: the connection goes.
    c.sendText("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"ping\",}");
    QVERIFY(c.waitForDisconnected());
}

void TestTransport::nestingBeyondJsoncppLimitDrops()
{
    const auto nested = [](int depth) -> QByteArray {
        return "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"x\":" +
               QByteArray(depth, '[') + QByteArray(depth, ']') + "}}";
    };
    RawWsClient ok;
    QVERIFY(open(ok));
    QVERIFY(call(ok, nested(900)));
    RawWsClient tooDeep;
    QVERIFY(open(tooDeep));
    tooDeep.sendText(nested(1100));
    QVERIFY(tooDeep.waitForDisconnected());
    QCOMPARE(tooDeep.pendingMessages(), 0);
}

void TestTransport::nonObjectParamsWithBoundSessionDrop()
{
    // Without a session, array params give -32603 (05, 5k); with one, KMS's session injection
    // trips over them before the handler and the connection is dropped.
    RawWsClient c;
    QVERIFY(open(c));
    QVERIFY(call(c, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"describe\",\"params\":{\"object\":\"manager_"
                    "ServerManager\"}}"));
    c.sendText("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\",\"params\":[1,2]}");
    QVERIFY(c.waitForDisconnected());
    QCOMPARE(c.pendingMessages(), 0);
}

void TestTransport::notificationWithNullResultGetsAnEmptyFrame()
{
    RawWsClient c;
    QVERIFY(open(c));
    const auto described = call(c, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"describe\",\"params\":{"
                                   "\"object\":\"manager_ServerManager\"}}");
    QVERIFY(described);
    c.sendText("{\"jsonrpc\":\"2.0\",\"method\":\"closeSession\"}"); // closeSession returns null
    QVERIFY(c.waitForMessages(1));
    QCOMPARE(c.takeMessages().front().payload, QByteArray());
}

void TestTransport::pipelinedRequestsAreAnsweredInOrder()
{
    RawWsClient c;
    QVERIFY(open(c));
    for (int i = 0; i < 50; ++i)
        c.sendText(pingRequest(1000 + i));
    QVERIFY(c.waitForMessages(50));
    const auto replies = c.takeMessages();
    for (int i = 0; i < 50; ++i)
        QVERIFY(replies[i].payload.startsWith(QByteArray("{\"id\":" + QByteArray::number(1000 + i) + ",")));
}

void TestTransport::getUsedCpuBlocksOnlyItsOwnSocket()
{
    ServerConfig config;
    config.address = QHostAddress(QStringLiteral("127.0.51.3"));
    config.wsPort = 0;
    SimulatedMediaServer other(config);
    QVERIFY(other.start());

    RawWsClient a, b, c;
    QVERIFY(open(a));
    QVERIFY(open(b));
    QVERIFY(c.open(config.address, other.wsPort()));
    QElapsedTimer timer;
    timer.start();
    a.sendText(invokeRequest(1, QStringLiteral("getUsedCpu"), "\"operationParams\":{\"interval\":600}"));
    a.sendText(pingRequest(2)); // behind the getUsedCpu on the same socket
    const auto otherSocket = call(b, pingRequest(3));
    const auto otherServer = call(c, pingRequest(4));
    QVERIFY(otherSocket && otherServer);
    QVERIFY2(timer.elapsed() < 550, "another socket or server waited for getUsedCpu");
    QVERIFY(a.waitForMessages(2, 3000));
    QVERIFY(timer.elapsed() >= 595);
    const auto replies = a.takeMessages();
    QVERIFY(replies[0].payload.startsWith("{\"id\":1,"));
    QVERIFY(replies[1].payload.startsWith("{\"id\":2,"));
}

void TestTransport::handshakeTimeoutEndsSilentConnections()
{
    ServerConfig config;
    config.address = QHostAddress(QStringLiteral("127.0.51.4"));
    config.wsPort = 0;
    config.handshakeTimeout = std::chrono::milliseconds(300);
    SimulatedMediaServer quick(config);
    QVERIFY(quick.start());

    RawWsClient silent;
    QVERIFY(silent.connectTcp(config.address, quick.wsPort()));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(silent.waitForDisconnected(2000));
    QVERIFY(timer.elapsed() >= 250);

    RawWsClient post; // POST gets no answer at all, then the timeout ends it
    QVERIFY(post.connectTcp(config.address, quick.wsPort()));
    post.sendRaw("POST /kurento HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}");
    QVERIFY(post.waitForDisconnected(2000));
    QVERIFY(post.rawReceived().isEmpty());
}

void TestTransport::unsupportedWebSocketVersion()
{
    RawWsClient c;
    QVERIFY(c.connectTcp(m_address, m_server->wsPort()));
    c.sendRaw("GET /kurento HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 99\r\n\r\n");
    QVERIFY(c.waitForDisconnected());
    QVERIFY(c.rawReceived().startsWith("HTTP/1.1 400 Bad Request\r\n"));
    QVERIFY(c.rawReceived().contains("Sec-WebSocket-Version: 0,7,8,13\r\n"));
}

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_sim_transport.moc"
