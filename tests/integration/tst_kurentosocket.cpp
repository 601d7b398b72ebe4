// KurentoSocket, the monitor's RFC 6455 client, against a scripted peer on loopback: the staged
// connection (name, TCP, upgrade), framing both ways (masking, fragmentation, control frames,
// the close handshake), every protocol violation a peer can commit and the close code it earns,
// the message size limit, and the helpers (accept key, UTF-8, the compact pong).
#include "fakekurento.h"
#include "net/monitor/kurentosocket.h"
#include "net/monitor/mediaserverconnection.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace ucmc;
using test::FakeKurentoServer;
using test::FakePeer;

namespace {

struct Recorder : KurentoSocket::Handler
{
    int opened = 0;
    QList<QByteArray> messages;
    QList<SocketFailure> failures;
    std::function<void()> whenOpened;

    void socketOpened() override
    {
        ++opened;
        if (whenOpened)
            whenOpened();
    }
    void socketMessage(QByteArrayView message) override { messages << message.toByteArray(); }
    void socketFailed(const SocketFailure &failure) override { failures << failure; }
};

int nextHost = 10;
QHostAddress freshAddress()
{
    return QHostAddress(QStringLiteral("127.0.8.%1").arg(nextHost++));
}

// A peer that records and answers nothing unless told to.
std::unique_ptr<FakeKurentoServer> quietServer()
{
    auto server = std::make_unique<FakeKurentoServer>(freshAddress());
    server->onMessage = [](FakePeer &, const QByteArray &) {};
    if (!server->listen())
        qFatal("cannot listen");
    return server;
}

FakePeer *firstPeer(FakeKurentoServer &server)
{
    return server.peers.isEmpty() ? nullptr : server.peers.first().data();
}

} // namespace

class TestKurentoSocket : public QObject
{
    Q_OBJECT
private slots:
    void acceptKeyIsTheRfcOne()
    {
        // RFC 6455 section 1.3
        QCOMPARE(KurentoSocket::acceptKeyFor("dGhlIHNhbXBsZSBub25jZQ=="), QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
    }

    void utf8IsChecked_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ascii") << QByteArray("{\"id\":1}") << true;
        QTest::newRow("umlaut") << QByteArray("Gr\xc3\xbc\xc3\x9f") << true;
        QTest::newRow("euro") << QByteArray("\xe2\x82\xac") << true;
        QTest::newRow("emoji") << QByteArray("\xf0\x9f\x98\x80 and more text after it") << true;
        QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << false;
        QTest::newRow("overlong 3") << QByteArray("\xe0\x80\xaf") << false;
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << false;
        QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << false;
        QTest::newRow("truncated") << QByteArray("abc\xe2\x82") << false;
        QTest::newRow("lone continuation") << QByteArray("ab\x80") << false;
        QTest::newRow("0xff") << QByteArray("\xff") << false;
    }
    void utf8IsChecked()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QCOMPARE(KurentoSocket::isValidUtf8(text), valid);
    }

    void compactPongIsRecognised_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<bool>("pong");
        QTest::newRow("bare") << QByteArray("{\"id\":42,\"jsonrpc\":\"2.0\",\"result\":{\"value\":\"pong\"}}") << true;
        QTest::newRow("session") << QByteArray("{\"id\":42,\"jsonrpc\":\"2.0\",\"result\":{\"sessionId\":\"5f2c-a\",\"value\":\"pong\"}}") << true;
        QTest::newRow("other id") << QByteArray("{\"id\":43,\"jsonrpc\":\"2.0\",\"result\":{\"value\":\"pong\"}}") << false;
        QTest::newRow("negative id") << QByteArray("{\"id\":-42,\"jsonrpc\":\"2.0\",\"result\":{\"value\":\"pong\"}}") << false;
        QTest::newRow("leading zero") << QByteArray("{\"id\":042,\"jsonrpc\":\"2.0\",\"result\":{\"value\":\"pong\"}}") << false;
        QTest::newRow("not pong") << QByteArray("{\"id\":42,\"jsonrpc\":\"2.0\",\"result\":{\"value\":\"ping\"}}") << false;
        QTest::newRow("more members") << QByteArray("{\"id\":42,\"jsonrpc\":\"2.0\",\"result\":{\"value\":\"pong\",\"x\":1}}") << false;
        QTest::newRow("trailing") << QByteArray("{\"id\":42,\"jsonrpc\":\"2.0\",\"result\":{\"value\":\"pong\"}} ") << false;
        QTest::newRow("escape in session") << QByteArray("{\"id\":42,\"jsonrpc\":\"2.0\",\"result\":{\"sessionId\":\"a\\\"b\",\"value\":\"pong\"}}") << false;
        QTest::newRow("error") << QByteArray("{\"error\":{\"code\":-32601},\"id\":42,\"jsonrpc\":\"2.0\"}") << false;
    }
    void compactPongIsRecognised()
    {
        QFETCH(QByteArray, message);
        QFETCH(bool, pong);
        QCOMPARE(MediaServerConnection::isCompactPong(message, 42), pong);
    }

    void reservedNamesAreAnsweredWithoutAQuery()
    {
        // RFC 6761: .invalid never resolves; no resolver is asked, so nothing waits on DNS.
        QVERIFY(KurentoSocket::isReservedInvalidName(QStringLiteral("kms1.invalid")));
        QVERIFY(KurentoSocket::isReservedInvalidName(QStringLiteral("KMS.Example.INVALID.")));
        QVERIFY(!KurentoSocket::isReservedInvalidName(QStringLiteral("invalid.example.com")));
        Recorder recorder;
        KurentoSocket socket(&recorder);
        QElapsedTimer clock;
        clock.start();
        socket.open(QUrl(QStringLiteral("ws://media.invalid:8888/kurento")));
        QCOMPARE(recorder.failures.size(), 0); // never from inside open()
        QTRY_COMPARE_WITH_TIMEOUT(recorder.failures.size(), 1, 2000);
        QVERIFY2(clock.elapsed() < 500, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(recorder.failures.first().code, FailureCode::Dns);
        QVERIFY(recorder.failures.first().detail.contains(QStringLiteral("media.invalid")));
    }

    void aNameIsResolvedAndEveryStageTimed()
    {
        // localhost is answered from /etc/hosts, without a DNS server; it may give ::1 first,
        // where nothing listens: the next address is tried.
        FakeKurentoServer server(QHostAddress(QStringLiteral("127.0.0.1")));
        QVERIFY(server.listen());
        Recorder recorder;
        KurentoSocket socket(&recorder);
        socket.open(QUrl(QStringLiteral("ws://localhost:%1/kurento?access_token=abc").arg(server.port())));
        QTRY_COMPARE_WITH_TIMEOUT(recorder.opened, 1, 5000);
        QVERIFY(recorder.failures.isEmpty());
        QVERIFY(socket.timings().dnsMs >= 0);
        QVERIFY(socket.timings().tcpMs >= 0);
        QCOMPARE(socket.timings().tlsMs, -1.0);
        QVERIFY(socket.timings().upgradeMs >= 0);
        const QByteArray request = firstPeer(server)->request();
        QVERIFY2(request.startsWith("GET /kurento?access_token=abc HTTP/1.1\r\n"), request.constData());
        QVERIFY(request.contains(QByteArray(QByteArray("Host: localhost:") + QByteArray::number(server.port()) + "\r\n")));
        QVERIFY(request.contains("Upgrade: websocket\r\n"));
        QVERIFY(request.contains("Connection: Upgrade\r\n"));
        QVERIFY(request.contains("Sec-WebSocket-Version: 13\r\n"));
        const qsizetype keyAt = request.indexOf("Sec-WebSocket-Key: ") + 19;
        QCOMPARE(QByteArray::fromBase64(request.mid(keyAt, request.indexOf('\r', keyAt) - keyAt)).size(), 16);
    }

    void anIpAddressNeedsNoLookup()
    {
        auto server = quietServer();
        Recorder recorder;
        KurentoSocket socket(&recorder);
        socket.open(QUrl(server->url()));
        QTRY_COMPARE_WITH_TIMEOUT(recorder.opened, 1, 3000);
        QCOMPARE(socket.timings().dnsMs, -1.0);
        QVERIFY(socket.isOpen());
    }

    void failedUpgrades_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("shown"); // what the table's reason says
        QTest::newRow("426") << QByteArray("HTTP/1.1 426 Upgrade Required\r\nServer: WebSocket++/0.8.2\r\n\r\n") << 426
                             << QStringLiteral("No WebSocket upgrade (HTTP 426)");
        QTest::newRow("200") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok") << 200
                             << QStringLiteral("No WebSocket upgrade (HTTP 200)");
        QTest::newRow("502 proxy") << QByteArray("HTTP/1.1 502 Bad Gateway\r\n\r\n") << 502
                                   << QStringLiteral("No WebSocket upgrade (HTTP 502)");
        // A 101 that is wrong says what was wrong, not "no upgrade (HTTP 101)".
        QTest::newRow("wrong accept")
            << QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                          "Sec-WebSocket-Accept: AAAAAAAAAAAAAAAAAAAAAAAAAAA=\r\n\r\n")
            << 101 << QStringLiteral("Invalid WebSocket upgrade: wrong Sec-WebSocket-Accept");
        QTest::newRow("unrequested extension")
            << QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                          "Sec-WebSocket-Accept: @ACCEPT@\r\nSec-WebSocket-Extensions: permessage-deflate\r\n\r\n")
            << 101
            << QStringLiteral("Invalid WebSocket upgrade: the server chose an extension or subprotocol that was "
                              "not offered");
        QTest::newRow("no upgrade header")
            << QByteArray("HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\n\r\n") << 101
            << QStringLiteral("Invalid WebSocket upgrade: HTTP 101 without an upgrade to WebSocket");
        QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << 0
                                  << QStringLiteral("No WebSocket upgrade: the answer to the upgrade is not HTTP");
    }
    void failedUpgrades()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, status);
        QFETCH(QString, shown);
        auto server = quietServer();
        server->handshake = [answer](const QByteArray &request) {
            // @ACCEPT@: the right accept key, so only the extension is wrong
            QByteArray key;
            for (const QByteArray &line : request.split('\n')) {
                if (line.toLower().startsWith("sec-websocket-key:"))
                    key = line.mid(line.indexOf(':') + 1).trimmed();
            }
            return QByteArray(answer).replace("@ACCEPT@", KurentoSocket::acceptKeyFor(key));
        };
        Recorder recorder;
        KurentoSocket socket(&recorder);
        socket.open(QUrl(server->url()));
        QTRY_COMPARE_WITH_TIMEOUT(recorder.failures.size(), 1, 3000);
        QCOMPARE(recorder.opened, 0);
        const SocketFailure &failure = recorder.failures.first();
        QCOMPARE(failure.code, FailureCode::WsUpgrade);
        QCOMPARE(failure.httpStatus, status);
        ServerHealth health;
        health.failure = failure.code;
        health.detail = failure.detail;
        health.httpStatus = failure.httpStatus;
        QCOMPARE(healthReasonText(health), shown);
    }

    void aServerThatClosesDuringTheUpgrade()
    {
        auto server = quietServer();
        server->handshake = [&server](const QByteArray &) {
            firstPeer(*server)->socket()->disconnectFromHost();
            return QByteArray();
        };
        Recorder recorder;
        KurentoSocket socket(&recorder);
        socket.open(QUrl(server->url()));
        QTRY_COMPARE_WITH_TIMEOUT(recorder.failures.size(), 1, 3000);
        QCOMPARE(recorder.failures.first().code, FailureCode::WsUpgrade);
        QCOMPARE(recorder.failures.first().httpStatus, 0);
        // A handshake that never completes is the caller's deadline; the stage says what it means.
        auto silent = quietServer();
        silent->handshake = [](const QByteArray &) { return QByteArray(); };
        Recorder second;
        KurentoSocket waiting(&second);
        waiting.open(QUrl(silent->url()));
        QTRY_COMPARE_WITH_TIMEOUT(waiting.stage(), KurentoSocket::Stage::Upgrading, 3000);
        QCOMPARE(waiting.timeoutFailure().code, FailureCode::WsUpgrade);
    }

    void messagesInAndMaskedFramesOut()
    {
        auto server = quietServer();
        Recorder recorder;
        KurentoSocket socket(&recorder);
        socket.open(QUrl(server->url()));
        QTRY_COMPARE_WITH_TIMEOUT(recorder.opened, 1, 3000);
        FakePeer *peer = firstPeer(*server);

        peer->sendText("{\"id\":1,\"jsonrpc\":\"2.0\",\"result\":{\"value\":\"pong\"}}");
        peer->sendFrame(0x2, "binary payload");
        // A message in three fragments, with a PING between them (control frames may interleave).
        peer->sendFrame(0x1, "{\"frag", false);
        peer->sendFrame(0x9, "are you there");
        peer->sendFrame(0x0, "ments\":", false);
        peer->sendFrame(0x0, "3}", true);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.messages.size(), 3, 3000);
        QCOMPARE(recorder.messages.at(0), QByteArray("{\"id\":1,\"jsonrpc\":\"2.0\",\"result\":{\"value\":\"pong\"}}"));
        QCOMPARE(recorder.messages.at(1), QByteArray("binary payload"));
        QCOMPARE(recorder.messages.at(2), QByteArray("{\"fragments\":3}"));

        // The PING got its PONG, masked, with the same payload.
        QTRY_VERIFY_WITH_TIMEOUT(!peer->frames().empty(), 3000);
        QCOMPARE(peer->frames().back().opcode, quint8(0xA));
        QVERIFY(peer->frames().back().masked);
        QCOMPARE(peer->frames().back().payload, QByteArray("are you there"));

        // Client frames are masked; 7-bit, 16-bit and 64-bit lengths.
        const QByteArray small = "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"ping\"}";
        const QByteArray medium(300, 'm');
        const QByteArray large(70000, 'L');
        QVERIFY(socket.sendText(small));
        QVERIFY(socket.sendText(medium));
        QVERIFY(socket.sendText(large));
        QTRY_COMPARE_WITH_TIMEOUT(int(peer->frames().size()), 4, 3000);
        for (size_t i = 1; i < 4; ++i) {
            QVERIFY(peer->frames()[i].masked);
            QCOMPARE(peer->frames()[i].opcode, quint8(0x1));
        }
        QCOMPARE(peer->frames()[1].payload, small);
        QCOMPARE(peer->frames()[2].payload, medium);
        QCOMPARE(peer->frames()[3].payload, large);
        QVERIFY(recorder.failures.isEmpty());
    }

    void theServerClosesAndIsAnswered()
    {
        auto server = quietServer();
        Recorder recorder;
        KurentoSocket socket(&recorder);
        socket.open(QUrl(server->url()));
        QTRY_COMPARE_WITH_TIMEOUT(recorder.opened, 1, 3000);
        FakePeer *peer = firstPeer(*server);
        peer->sendClose(1001, "shutting down");
        QTRY_COMPARE_WITH_TIMEOUT(recorder.failures.size(), 1, 3000);
        QCOMPARE(recorder.failures.first().code, FailureCode::WsClosed);
        QCOMPARE(recorder.failures.first().closeCode, 1001);
        QCOMPARE(recorder.failures.first().detail, QStringLiteral("shutting down"));
        QTRY_VERIFY_WITH_TIMEOUT(!peer->frames().empty(), 3000);
        QCOMPARE(peer->frames().back().opcode, quint8(0x8));
        QCOMPARE(peer->frames().back().payload, QByteArray("\x03\xe9", 2));

        // A close frame without a status is 1005; a dropped connection is 1006.
        auto second = quietServer();
        Recorder r2;
        KurentoSocket s2(&r2);
        s2.open(QUrl(second->url()));
        QTRY_COMPARE_WITH_TIMEOUT(r2.opened, 1, 3000);
        firstPeer(*second)->sendFrame(0x8, {});
        QTRY_COMPARE_WITH_TIMEOUT(r2.failures.size(), 1, 3000);
        QCOMPARE(r2.failures.first().closeCode, 1005);

        auto third = quietServer();
        Recorder r3;
        KurentoSocket s3(&r3);
        s3.open(QUrl(third->url()));
        QTRY_COMPARE_WITH_TIMEOUT(r3.opened, 1, 3000);
        firstPeer(*third)->socket()->abort();
        QTRY_COMPARE_WITH_TIMEOUT(r3.failures.size(), 1, 3000);
        QCOMPARE(r3.failures.first().code, FailureCode::WsClosed);
        QCOMPARE(r3.failures.first().closeCode, 1006);
    }

    void protocolViolations_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("closeCode");
        QTest::addColumn<int>("failure");
        const int notKurento = int(FailureCode::NotKurento);
        QTest::newRow("masked frame") << FakePeer::frame(0x1, "{}", true, 0, true) << 1002 << notKurento;
        QTest::newRow("reserved bits") << FakePeer::frame(0x1, "{}", true, 4) << 1002 << notKurento;
        QTest::newRow("opcode 3") << FakePeer::frame(0x3, "{}") << 1002 << notKurento;
        QTest::newRow("opcode 11") << FakePeer::frame(0xB, "") << 1002 << notKurento;
        QTest::newRow("fragmented ping") << FakePeer::frame(0x9, "x", false) << 1002 << notKurento;
        QTest::newRow("long ping") << FakePeer::frame(0x9, QByteArray(126, 'p')) << 1002 << notKurento;
        QTest::newRow("continuation first") << FakePeer::frame(0x0, "{}") << 1002 << notKurento;
        QTest::newRow("message inside a message")
            << FakePeer::frame(0x1, "{", false) + FakePeer::frame(0x1, "{}") << 1002 << notKurento;
        QTest::newRow("one-byte close") << FakePeer::frame(0x8, "\x03") << 1002 << notKurento;
        QTest::newRow("close 1005") << FakePeer::frame(0x8, QByteArray("\x03\xed", 2)) << 1002 << notKurento;
        QTest::newRow("close 999") << FakePeer::frame(0x8, QByteArray("\x03\xe7", 2)) << 1002 << notKurento;
        QTest::newRow("bad utf-8 text") << FakePeer::frame(0x1, "{\"a\":\"\xc0\xaf\"}") << 1007 << notKurento;
        QTest::newRow("bad utf-8 close reason")
            << FakePeer::frame(0x8, QByteArray("\x03\xe8\xff", 3)) << 1007 << notKurento;
        QTest::newRow("64-bit length with the top bit")
            << QByteArray("\x81\x7f\x80\x00\x00\x00\x00\x00\x00\x01", 10) << 1002 << notKurento;
        // Refused on the header: the 32 MB payload is never read, let alone kept.
        QTest::newRow("32 MB message") << FakePeer::frame(0x1, {}, true, 0, false, 33554433) << 1009
                                       << int(FailureCode::MessageTooLarge);
        QTest::newRow("fragments over 1 MiB")
            << FakePeer::frame(0x1, QByteArray(600 * 1024, 'a'), false) + FakePeer::frame(0x0, QByteArray(600 * 1024, 'b'))
            << 1009 << int(FailureCode::MessageTooLarge);
    }
    void protocolViolations()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, closeCode);
        QFETCH(int, failure);
        auto server = quietServer();
        Recorder recorder;
        KurentoSocket socket(&recorder);
        socket.open(QUrl(server->url()));
        QTRY_COMPARE_WITH_TIMEOUT(recorder.opened, 1, 3000);
        FakePeer *peer = firstPeer(*server);
        peer->sendRaw(bytes);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.failures.size(), 1, 5000);
        QCOMPARE(int(recorder.failures.first().code), failure);
        QCOMPARE(recorder.failures.first().closeCode, closeCode);
        QVERIFY(!recorder.failures.first().detail.isEmpty());
        QVERIFY(recorder.messages.isEmpty());
        QVERIFY(!socket.isOpen());
        // The peer was told why, with a close frame of that code (unless the connection reset
        // first, which the kernel does when unread data was still coming in).
        QTest::qWait(50);
        if (!peer->frames().empty()) {
            QCOMPARE(peer->frames().back().opcode, quint8(0x8));
            const QByteArray payload = peer->frames().back().payload;
            QCOMPARE((uchar(payload[0]) << 8) | uchar(payload[1]), closeCode);
        }
    }

    void oneMebibyteIsStillFine()
    {
        auto server = quietServer();
        Recorder recorder;
        KurentoSocket socket(&recorder);
        socket.open(QUrl(server->url()));
        QTRY_COMPARE_WITH_TIMEOUT(recorder.opened, 1, 3000);
        firstPeer(*server)->sendText(QByteArray(int(KurentoSocket::kMaxMessageBytes), 'x'));
        QTRY_COMPARE_WITH_TIMEOUT(recorder.messages.size(), 1, 5000);
        QCOMPARE(recorder.messages.first().size(), KurentoSocket::kMaxMessageBytes);
        QVERIFY(recorder.failures.isEmpty());
    }

    void ourCloseIsAFrameFirst()
    {
        auto server = quietServer();
        Recorder recorder;
        KurentoSocket socket(&recorder);
        socket.open(QUrl(server->url()));
        QTRY_COMPARE_WITH_TIMEOUT(recorder.opened, 1, 3000);
        FakePeer *peer = firstPeer(*server);
        socket.close(1001, "going away");
        QVERIFY(!socket.isOpen());
        QTRY_VERIFY_WITH_TIMEOUT(!peer->frames().empty(), 3000);
        QCOMPARE(peer->frames().back().opcode, quint8(0x8));
        QVERIFY(peer->frames().back().masked);
        QCOMPARE(peer->frames().back().payload, QByteArray("\x03\xe9going away"));
        QTRY_COMPARE_WITH_TIMEOUT(peer->socket()->state(), QAbstractSocket::UnconnectedState, 3000);
        QVERIFY(recorder.failures.isEmpty()); // closing is not a failure
    }

    void aFloodIsReadInBoundedSteps()
    {
        auto server = quietServer();
        Recorder recorder;
        KurentoSocket socket(&recorder);
        socket.open(QUrl(server->url()));
        QTRY_COMPARE_WITH_TIMEOUT(recorder.opened, 1, 3000);
        FakePeer *peer = firstPeer(*server);
        const QByteArray event = "{\"jsonrpc\":\"2.0\",\"method\":\"onEvent\",\"params\":{\"value\":{\"type\":\"ObjectCreated\"}}}";
        QByteArray burst;
        for (int i = 0; i < 1000; ++i)
            burst += FakePeer::frame(0x1, event);
        for (int i = 0; i < 100; ++i)
            peer->sendRaw(burst); // 100000 notifications, 8 MB
        QTRY_COMPARE_WITH_TIMEOUT(recorder.messages.size(), 100000, 30000);
        QVERIFY(recorder.failures.isEmpty());
    }

    // A peer that sends PINGs and never reads the PONGs: the queue of unsent answers stays small and
    // the connection ends as "flood" instead of growing the console's memory. Meanwhile a second
    // socket in the same thread still gets its messages (the reading per wake-up is capped).
    void aPingFloodThatIsNotReadEndsAsFlood()
    {
        auto flooder = quietServer();
        auto other = quietServer();
        Recorder floodRecorder;
        Recorder otherRecorder;
        KurentoSocket floodSocket(&floodRecorder);
        KurentoSocket otherSocket(&otherRecorder);
        floodSocket.open(QUrl(flooder->url()));
        otherSocket.open(QUrl(other->url()));
        QTRY_COMPARE_WITH_TIMEOUT(floodRecorder.opened, 1, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(otherRecorder.opened, 1, 3000);
        FakePeer *peer = firstPeer(*flooder);
        FakePeer *otherPeer = firstPeer(*other);
        // Stop reading: Qt takes one byte into the peer's buffer, then leaves the rest in the kernel.
        QObject::disconnect(peer->socket(), &QIODevice::readyRead, nullptr, nullptr);
        peer->socket()->setReadBufferSize(1);
        QByteArray burst;
        for (int i = 0; i < 2000; ++i)
            burst += FakePeer::frame(0x9, QByteArray(125, 'p')); // 254 KB of PINGs
        int sent = 0;
        QElapsedTimer clock;
        clock.start();
        // Bounded: at most 400 bursts (100 MB) or 20 s, whichever comes first.
        while (floodRecorder.failures.isEmpty() && sent < 400 && clock.elapsed() < 20000) {
            if (peer->socket()->bytesToWrite() < 4 * burst.size()) {
                peer->sendRaw(burst);
                ++sent;
            }
            otherPeer->sendText("{\"id\":1,\"jsonrpc\":\"2.0\",\"result\":{\"value\":\"pong\"}}");
            QTest::qWait(5);
        }
        QCOMPARE(floodRecorder.failures.size(), 1);
        QCOMPARE(floodRecorder.failures.first().code, FailureCode::Flood);
        QVERIFY(!floodRecorder.failures.first().detail.isEmpty());
        QCOMPARE(floodSocket.stage(), KurentoSocket::Stage::Closed);
        // The other connection was served all along and is still open.
        QVERIFY(otherRecorder.failures.isEmpty());
        QVERIFY(otherRecorder.messages.size() >= sent / 2);
        QVERIFY(otherSocket.isOpen());
    }

    void aRefusedPortIsReportedLater()
    {
        QTcpServer placeholder;
        QVERIFY(placeholder.listen(freshAddress()));
        const QUrl url(QStringLiteral("ws://%1:%2/kurento")
                           .arg(placeholder.serverAddress().toString())
                           .arg(placeholder.serverPort()));
        placeholder.close();
        Recorder recorder;
        KurentoSocket socket(&recorder);
        socket.open(url);
        QCOMPARE(recorder.failures.size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.failures.size(), 1, 3000);
        QCOMPARE(recorder.failures.first().code, FailureCode::TcpRefused);
        QVERIFY(socket.timings().tcpMs < 0);
    }
};

QTEST_GUILESS_MAIN(TestKurentoSocket)
#include "tst_kurentosocket.moc"
