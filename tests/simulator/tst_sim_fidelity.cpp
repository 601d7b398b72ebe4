// Differences a comparison with a real KMS 7.3.0 found, exchange by exchange, and that the
// simulator now reproduces: getUsedCpu's null and coarse figures, the HTTP answers to odd
// handshakes, the quick TCP drop after a protocol error, and the close-frame answers.
#include "rawwsclient.h"
#include "rpchelpers.h"
#include "simulatedmediaserver.h"

#include <QElapsedTimer>
#include <QJsonValue>
#include <QRandomGenerator>
#include <QTest>

using namespace kmssim;
using namespace simtest;

namespace {

// A masked client frame with any first byte (FIN, RSV bits, opcode) and any length field.
QByteArray maskedFrame(quint8 firstByte, const QByteArray &payload)
{
    QByteArray frame;
    frame.append(char(firstByte));
    const qsizetype n = payload.size();
    if (n < 126) {
        frame.append(char(0x80 | n));
    } else {
        frame.append(char(0x80 | 126));
        frame.append(char(n >> 8));
        frame.append(char(n & 0xff));
    }
    const char mask[4] = {'\x11', '\x22', '\x33', '\x44'};
    frame.append(mask, 4);
    for (qsizetype i = 0; i < n; ++i)
        frame.append(char(payload[i] ^ mask[i & 3]));
    return frame;
}

QByteArray upgradeRequest(const QList<QByteArray> &headers)
{
    QByteArray request = "GET /kurento HTTP/1.1\r\n";
    for (const QByteArray &header : headers)
        request += header + "\r\n";
    return request + "\r\n";
}

} // namespace

class TestFidelity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void getUsedCpuIsNullWithoutElapsedTime();
    void getUsedCpuIsCoarseForShortWindows();
    void getUsedCpuMayBeNullForAFewMilliseconds();
    void upgradeWithoutHostIsABadRequest();
    void otherMethodsWithoutUpgradeGet426AndClose_data();
    void otherMethodsWithoutUpgradeGet426AndClose();
    void rejectedHandshakesSayBadRequest_data();
    void rejectedHandshakesSayBadRequest();
    void protocolErrorDropsTcpWithinHalfASecond_data();
    void protocolErrorDropsTcpWithinHalfASecond();
    void emptyCloseIsAnsweredWith1000();
    void closeWith1005IsAProtocolError();

private:
    QHostAddress m_address{QStringLiteral("127.0.52.1")};
    std::unique_ptr<SimulatedMediaServer> m_server;
    bool open(RawWsClient &client) { return client.open(m_address, m_server->wsPort()); }
    QByteArray rawExchange(const QByteArray &request, bool *closed);
};

void TestFidelity::initTestCase()
{
    ServerConfig config;
    config.address = m_address;
    config.wsPort = 0;
    m_server = std::make_unique<SimulatedMediaServer>(config);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    // Enough load that a figure rounds to 100 % at one tick's resolution (0.5 + 10 x 1.25 each).
    m_server->createPipelines(4, 10);
}

QByteArray TestFidelity::rawExchange(const QByteArray &request, bool *closed)
{
    RawWsClient c;
    if (!c.connectTcp(m_address, m_server->wsPort()))
        return {};
    c.sendRaw(request);
    *closed = c.waitForDisconnected(1000); // well before the 5 s handshake timeout
    return c.rawReceived();
}

void TestFidelity::getUsedCpuIsNullWithoutElapsedTime()
{
    // KMS measures over `interval` ms; with 0 or 1 no time elapses and its 0/0 goes out as null.
    RawWsClient c;
    QVERIFY(open(c));
    for (int interval : {0, 1}) {
        c.sendText(invokeRequest(interval + 1, QStringLiteral("getUsedCpu"),
                                 "\"operationParams\":{\"interval\":" + QByteArray::number(interval) + "}"));
        QVERIFY(c.waitForMessages(1));
        const QByteArray reply = c.takeMessages().front().payload;
        QVERIFY2(reply.endsWith(",\"value\":null}}"), reply.constData());
    }
}

void TestFidelity::getUsedCpuIsCoarseForShortWindows()
{
    // A 10 ms window sees exactly one 10 ms clock tick: 0.0 or 100.0, nothing in between; 11-19 ms
    // see one or two (0, 50 or 100).
    RawWsClient c;
    QVERIFY(open(c));
    for (int i = 0; i < 8; ++i) {
        const int interval = i < 4 ? 10 : 11 + 2 * (i - 4);
        const auto reply = call(c, invokeRequest(i, QStringLiteral("getUsedCpu"),
                                                 "\"operationParams\":{\"interval\":" +
                                                     QByteArray::number(interval) + "}"));
        QVERIFY(reply);
        const QJsonValue value = reply->value(QStringLiteral("result")).toObject().value(QStringLiteral("value"));
        QVERIFY2(value.isDouble(), qPrintable(QString::number(interval)));
        if (interval == 10)
            QCOMPARE(value.toDouble(), 100.0); // the modelled load is about 52 %
        else
            QVERIFY2(value.toDouble() == 50.0 || value.toDouble() == 100.0, qPrintable(QString::number(value.toDouble())));
    }
    // Long windows still give fine figures.
    const auto reply = call(c, invokeRequest(9, QStringLiteral("getUsedCpu"), "\"operationParams\":{\"interval\":200}"));
    QVERIFY(reply);
    const double value = reply->value(QStringLiteral("result")).toObject().value(QStringLiteral("value")).toDouble();
    QVERIFY2(value > 40 && value < 60, qPrintable(QString::number(value)));
}

void TestFidelity::getUsedCpuMayBeNullForAFewMilliseconds()
{
    // With 2 ms a tick boundary falls inside the window one time in five: mostly null, else coarse.
    RawWsClient c;
    QVERIFY(open(c));
    int nulls = 0;
    for (int i = 0; i < 12; ++i) {
        const auto reply = call(c, invokeRequest(i, QStringLiteral("getUsedCpu"), "\"operationParams\":{\"interval\":2}"));
        QVERIFY(reply);
        const QJsonValue value = reply->value(QStringLiteral("result")).toObject().value(QStringLiteral("value"));
        if (value.isNull())
            ++nulls;
        else
            QCOMPARE(value.toDouble(), 100.0);
    }
    QVERIFY(nulls > 0); // all twelve crossing a boundary: probability 0.2^12
}

void TestFidelity::upgradeWithoutHostIsABadRequest()
{
    bool closed = false;
    const QByteArray raw = rawExchange(upgradeRequest({"Upgrade: websocket", "Connection: Upgrade",
                                                       "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
                                                       "Sec-WebSocket-Version: 13"}),
                                       &closed);
    QVERIFY2(raw.startsWith("HTTP/1.1 400 Bad Request\r\n"), raw.constData());
    QVERIFY(closed);
}

void TestFidelity::otherMethodsWithoutUpgradeGet426AndClose_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("HEAD") << QByteArray("HEAD");
    QTest::newRow("OPTIONS") << QByteArray("OPTIONS");
    QTest::newRow("PUT") << QByteArray("PUT");
}

void TestFidelity::otherMethodsWithoutUpgradeGet426AndClose()
{
    QFETCH(QByteArray, method);
    QElapsedTimer timer;
    timer.start();
    bool closed = false;
    const QByteArray raw = rawExchange(method + " /kurento HTTP/1.1\r\nHost: x\r\n\r\n", &closed);
    QVERIFY2(raw.startsWith("HTTP/1.1 426 Upgrade Required\r\n"), raw.constData());
    QVERIFY(closed);
    QVERIFY(timer.elapsed() < 1000);
}

void TestFidelity::rejectedHandshakesSayBadRequest_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<bool>("versionHeader");
    QTest::newRow("version 99") << upgradeRequest({"Host: x", "Upgrade: websocket", "Connection: Upgrade",
                                                   "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
                                                   "Sec-WebSocket-Version: 99"})
                                << true;
    QTest::newRow("no key") << upgradeRequest({"Host: x", "Upgrade: websocket", "Connection: Upgrade",
                                               "Sec-WebSocket-Version: 13"})
                            << false;
}

void TestFidelity::rejectedHandshakesSayBadRequest()
{
    QFETCH(QByteArray, request);
    QFETCH(bool, versionHeader);
    bool closed = false;
    const QByteArray raw = rawExchange(request, &closed);
    QVERIFY2(raw.startsWith("HTTP/1.1 400 Bad Request\r\n"), raw.constData());
    QCOMPARE(raw.contains("Sec-WebSocket-Version: 0,7,8,13\r\n"), versionHeader);
    QVERIFY(closed);
}

void TestFidelity::protocolErrorDropsTcpWithinHalfASecond_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<int>("code");
    QByteArray unmasked("\x81\x02{}", 4);
    QByteArray tooLarge("\x81\xff", 2);
    for (int shift = 56; shift >= 0; shift -= 8)
        tooLarge.append(char((quint64(32000001) >> shift) & 0xff));
    tooLarge.append("\x01\x02\x03\x04", 4);
    QTest::newRow("unmasked") << unmasked << 1002;
    QTest::newRow("invalid UTF-8") << maskedFrame(0x81, "\"\xff\"") << 1007;
    QTest::newRow("over 32000000 bytes") << tooLarge << 1009;
    QTest::newRow("continuation without start") << maskedFrame(0x80, "x") << 1002;
    QTest::newRow("PING over 125 bytes") << maskedFrame(0x89, QByteArray(126, 'p')) << 1002;
    QTest::newRow("fragmented PING") << maskedFrame(0x09, "p") << 1002;
    QTest::newRow("RSV1") << maskedFrame(0xC1, "{}") << 1002;
    QTest::newRow("opcode 0x3") << maskedFrame(0x83, "{}") << 1002;
}

void TestFidelity::protocolErrorDropsTcpWithinHalfASecond()
{
    QFETCH(QByteArray, frame);
    QFETCH(int, code);
    RawWsClient c;
    QVERIFY(open(c));
    c.answerClose = false; // a client that never answers the close frame
    QElapsedTimer timer;
    timer.start();
    c.sendRaw(frame);
    QVERIFY(c.waitForControl(0x8, 2000));
    QCOMPARE(int(c.closeCode), code);
    QVERIFY(c.waitForDisconnected(2000));
    QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
}

void TestFidelity::emptyCloseIsAnsweredWith1000()
{
    RawWsClient c;
    QVERIFY(open(c));
    c.answerClose = false;
    c.sendFrame(0x8, QByteArray());
    const auto close = c.waitForControl(0x8, 2000);
    QVERIFY(close);
    QCOMPARE(close->payload, QByteArray("\x03\xe8", 2)); // 1000, no reason
    QVERIFY(c.waitForDisconnected());
}

void TestFidelity::closeWith1005IsAProtocolError()
{
    RawWsClient c;
    QVERIFY(open(c));
    c.answerClose = false;
    QElapsedTimer timer;
    timer.start();
    c.sendClose(1005);
    QVERIFY(c.waitForControl(0x8, 2000));
    QCOMPARE(c.closeCode, quint16(1002));
    QCOMPARE(c.closeReason, QByteArray("Invalid close code"));
    QVERIFY(c.waitForDisconnected(2000));
    QVERIFY(timer.elapsed() < 500);
}

QTEST_GUILESS_MAIN(TestFidelity)
#include "tst_sim_fidelity.moc"
