// The monitor's readers without a socket: WebSocketFrameReader (the frames a Kurento server sends)
// and MediaServerConnection::readReply (the JSON-RPC message in them), with the findings of
// tests/fuzz/fuzz_kurento as regression cases. The same frames over a real socket:
// tests/integration/tst_kurentosocket.
#include "net/monitor/mediaserverconnection.h"
#include "net/monitor/websocketframereader.h"

#include <QTest>

#include <limits>

using namespace ucmc;
using Kind = WebSocketFrameReader::Kind;

namespace {

QByteArray frame(quint8 opcode, const QByteArray &payload, bool fin = true)
{
    QByteArray out;
    out += char((fin ? 0x80 : 0) | opcode);
    if (payload.size() < 126) {
        out += char(payload.size());
    } else {
        out += char(126);
        out += char(payload.size() >> 8);
        out += char(payload.size() & 0xFF);
    }
    return out + payload;
}

} // namespace

class TestWebSocketFrameReader : public QObject
{
    Q_OBJECT
private slots:
    void messagesAndControlFrames();
    void waitsForWholeFrames();
    void violations_data();
    void violations();
    void replies_data();
    void replies();
};

void TestWebSocketFrameReader::messagesAndControlFrames()
{
    WebSocketFrameReader reader(1024);
    const QByteArray stream = frame(0x1, "{\"a\"", false) + frame(0x9, "hi") + frame(0x0, ":1}")
        + frame(0x2, QByteArray(200, '\0')) + frame(0xA, {}) + frame(0x8, QByteArray("\x03\xe9", 2) + "bye");
    QByteArrayView rest(stream);
    const auto next = [&] {
        const WebSocketFrameReader::Frame f = reader.next(rest);
        rest = rest.sliced(f.consumed);
        return f;
    };
    QCOMPARE(next().kind, Kind::Fragment);
    QVERIFY(reader.inFragments());
    WebSocketFrameReader::Frame f = next();
    QCOMPARE(f.kind, Kind::Ping);
    QCOMPARE(f.payload, QByteArrayView("hi"));
    f = next();
    QCOMPARE(f.kind, Kind::Message);
    QVERIFY(f.text);
    QCOMPARE(f.payload, QByteArrayView("{\"a\":1}"));
    // The assembled message belongs to the frame: still there when the receiver resets the reader
    // from its callback (KurentoSocket::abort() inside socketMessage()).
    reader.reset();
    QCOMPARE(f.payload, QByteArrayView("{\"a\":1}"));
    f = next();
    QCOMPARE(f.kind, Kind::Message);
    QVERIFY(!f.text);
    QCOMPARE(f.payload.size(), 200);
    QCOMPARE(next().kind, Kind::Pong);
    f = next();
    QCOMPARE(f.kind, Kind::Close);
    QCOMPARE(f.closeCode, 1001);
    QCOMPARE(f.detail, QStringLiteral("bye"));
    QCOMPARE(f.payload, QByteArrayView("\x03\xe9", 2));
    QVERIFY(rest.isEmpty());
}

void TestWebSocketFrameReader::waitsForWholeFrames()
{
    const QByteArray whole = frame(0x1, QByteArray(300, 'x'));
    for (qsizetype cut = 0; cut < whole.size(); ++cut) {
        WebSocketFrameReader reader(1024);
        const WebSocketFrameReader::Frame f = reader.next(QByteArrayView(whole).first(cut));
        QCOMPARE(f.kind, Kind::NeedMore);
        QCOMPARE(f.consumed, 0);
        // Once the header is there, the size of the whole frame is known.
        QCOMPARE(f.frameSize, cut >= 4 ? whole.size() : 0);
    }
    WebSocketFrameReader reader(1024);
    QCOMPARE(reader.next(whole).consumed, whole.size());
}

void TestWebSocketFrameReader::violations_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<int>("closeCode");
    QTest::newRow("reserved bits") << QByteArray("\xc1\x00", 2) << 1002;
    QTest::newRow("masked") << QByteArray("\x81\x80\0\0\0\0", 6) << 1002;
    QTest::newRow("unknown opcode") << QByteArray("\x83\x00", 2) << 1002;
    QTest::newRow("long ping") << QByteArray("\x89\x7e\x00\x80", 4) << 1002;
    QTest::newRow("lone continuation") << QByteArray("\x80\x00", 2) << 1002;
    QTest::newRow("message inside fragments") << frame(0x1, "a", false) + frame(0x1, "b") << 1002;
    QTest::newRow("64-bit length") << QByteArray("\x82\x7f\x80\0\0\0\0\0\0\0", 10) << 1002;
    QTest::newRow("too large") << frame(0x2, QByteArray(1025, 'x')).first(4) << 1009;
    QTest::newRow("too large in fragments") << frame(0x2, QByteArray(600, 'x'), false) + frame(0x0, QByteArray(600, 'x'))
                                            << 1009;
    QTest::newRow("text not UTF-8") << frame(0x1, "\xed\xa0\x80") << 1007;
    QTest::newRow("fragmented text not UTF-8") << frame(0x1, "\xc3", false) + frame(0x0, "(") << 1007;
    QTest::newRow("close one byte") << frame(0x8, "\x03") << 1002;
    QTest::newRow("close code 1005") << frame(0x8, "\x03\xed") << 1002;
    QTest::newRow("close reason not UTF-8") << frame(0x8, "\x03\xe8\xc3") << 1007;
}

void TestWebSocketFrameReader::violations()
{
    QFETCH(QByteArray, stream);
    QFETCH(int, closeCode);
    WebSocketFrameReader reader(1024);
    QByteArrayView rest(stream);
    WebSocketFrameReader::Frame f;
    do {
        f = reader.next(rest);
        rest = rest.sliced(f.consumed);
    } while (f.kind == Kind::Fragment);
    QCOMPARE(f.kind, Kind::Error);
    QCOMPARE(f.closeCode, closeCode);
    QVERIFY(f.failure == (closeCode == 1009 ? FailureCode::MessageTooLarge : FailureCode::NotKurento));
    QVERIFY(!f.detail.isEmpty());
}

void TestWebSocketFrameReader::replies_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("failure");
    QTest::addColumn<qint64>("id");
    using K = MediaServerConnection::RpcReply::Kind;
    QTest::newRow("reply") << QByteArray(R"({"id":7,"jsonrpc":"2.0","result":{"value":"pong"}})") << int(K::Reply)
                           << int(FailureCode::None) << qint64(7);
    QTest::newRow("notification") << QByteArray(R"({"jsonrpc":"2.0","method":"onEvent","params":{}})")
                                   << int(K::Notification) << int(FailureCode::None) << qint64(0);
    QTest::newRow("error without id") << QByteArray(R"({"id":null,"jsonrpc":"2.0","error":{"code":-1,"message":"m"}})")
                                      << int(K::Invalid) << int(FailureCode::RpcError) << qint64(0);
    QTest::newRow("not JSON") << QByteArray("pong") << int(K::Invalid) << int(FailureCode::NotKurento) << qint64(0);
    QTest::newRow("not 2.0") << QByteArray(R"({"id":1,"jsonrpc":"1.0"})") << int(K::Invalid)
                             << int(FailureCode::NotKurento) << qint64(0);
    QTest::newRow("fractional id") << QByteArray(R"({"id":1.5,"jsonrpc":"2.0"})") << int(K::Invalid)
                                   << int(FailureCode::WrongReplyId) << qint64(0);
    QTest::newRow("string id") << QByteArray(R"({"id":"1","jsonrpc":"2.0"})") << int(K::Invalid)
                               << int(FailureCode::WrongReplyId) << qint64(0);
    // An id beyond qint64 was converted to an integer before it was checked: undefined behaviour
    // (UBSan: float-cast-overflow) for a reply any server could send.
    QTest::newRow("huge id") << QByteArray(R"({"id":1e300,"jsonrpc":"2.0","result":{}})") << int(K::Invalid)
                             << int(FailureCode::WrongReplyId) << qint64(0);
    QTest::newRow("huge negative id") << QByteArray(R"({"id":-1e300,"jsonrpc":"2.0","result":{}})") << int(K::Invalid)
                                      << int(FailureCode::WrongReplyId) << qint64(0);
    QTest::newRow("2^63") << QByteArray(R"({"id":9223372036854775808,"jsonrpc":"2.0"})") << int(K::Invalid)
                          << int(FailureCode::WrongReplyId) << qint64(0);
    QTest::newRow("-2^63") << QByteArray(R"({"id":-9223372036854775808,"jsonrpc":"2.0"})") << int(K::Reply)
                           << int(FailureCode::None) << std::numeric_limits<qint64>::min();
}

void TestWebSocketFrameReader::replies()
{
    QFETCH(QByteArray, message);
    QFETCH(int, kind);
    QFETCH(int, failure);
    QFETCH(qint64, id);
    const MediaServerConnection::RpcReply reply = MediaServerConnection::readReply(message);
    QCOMPARE(int(reply.kind), kind);
    QCOMPARE(int(reply.failure), failure);
    QCOMPARE(reply.id, id);
}

QTEST_GUILESS_MAIN(TestWebSocketFrameReader)
#include "tst_websocketframereader.moc"
