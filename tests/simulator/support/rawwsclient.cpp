#include "rawwsclient.h"

#include "wait.h"

#include <QRandomGenerator>
#include <QTest>

namespace simtest {

RawWsClient::RawWsClient(QObject *parent)
    : QObject(parent)
{}

RawWsClient::~RawWsClient()
{
    if (m_socket)
        m_socket->abort();
}

void RawWsClient::startConnect(const QHostAddress &address, quint16 port, bool tls,
                               const std::function<void(QSslSocket &)> &configure)
{
    delete m_socket;
    m_tls = tls;
    m_failed = false;
    m_connected = false;
    m_socket = new QSslSocket(this);
    m_socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    if (configure)
        configure(*m_socket);
    connect(m_socket, &QSslSocket::readyRead, this, &RawWsClient::onReadyRead);
    connect(m_socket, &QSslSocket::connected, this, [this] { m_connected = !m_tls; });
    connect(m_socket, &QSslSocket::encrypted, this, [this] { m_connected = true; });
    connect(m_socket, &QSslSocket::disconnected, this, [this] { m_connected = false; });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this] {
        if (m_socket->state() == QAbstractSocket::UnconnectedState) {
            m_connected = false;
            m_failed = true;
        }
    });
    if (tls)
        m_socket->connectToHostEncrypted(address.toString(), port);
    else
        m_socket->connectToHost(address, port);
}

bool RawWsClient::connectTcp(const QHostAddress &address, quint16 port, bool tls, int timeoutMs,
                             const std::function<void(QSslSocket &)> &configure)
{
    startConnect(address, port, tls, configure);
    simtest::waitFor([&] { return m_connected || m_failed; }, timeoutMs);
    return m_connected;
}

bool RawWsClient::handshake(const QByteArray &path, const QList<QByteArray> &extraHeaders, int timeoutMs)
{
    sendHandshake(path, extraHeaders);
    return completeHandshake(timeoutMs);
}

void RawWsClient::sendHandshake(const QByteArray &path, const QList<QByteArray> &extraHeaders)
{
    QByteArray nonce(16, Qt::Uninitialized);
    for (char &c : nonce)
        c = char(QRandomGenerator::global()->bounded(256));
    m_key = nonce.toBase64();
    QByteArray request = "GET " + path + " HTTP/1.1\r\nHost: " + m_socket->peerAddress().toString().toUtf8() +
                         ":" + QByteArray::number(m_socket->peerPort()) +
                         "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + m_key +
                         "\r\nSec-WebSocket-Version: 13\r\n";
    for (const QByteArray &header : extraHeaders)
        request += header + "\r\n";
    sendRaw(request + "\r\n");
}

bool RawWsClient::completeHandshake(int timeoutMs)
{
    if (!waitForRaw([](const QByteArray &raw) { return raw.contains("\r\n\r\n"); }, timeoutMs))
        return false;
    const qsizetype end = m_raw.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = m_raw.left(end).split('\n');
    m_statusLine = lines.front().trimmed();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        m_headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    if (!m_statusLine.startsWith("HTTP/1.1 101"))
        return false;
    m_webSocket = true;
    m_buffer = m_raw.mid(end + 4);
    m_raw.truncate(end + 4);
    parseFrames();
    return true;
}

bool RawWsClient::open(const QHostAddress &address, quint16 port, bool tls, const QByteArray &path)
{
    return connectTcp(address, port, tls) && handshake(path);
}

void RawWsClient::sendRaw(const QByteArray &bytes)
{
    if (m_socket)
        m_socket->write(bytes);
}

void RawWsClient::sendFrame(quint8 opcode, const QByteArray &payload, bool fin, bool masked)
{
    QByteArray frame;
    frame.append(char((fin ? 0x80 : 0) | opcode));
    const quint8 maskBit = masked ? 0x80 : 0;
    const qint64 n = payload.size();
    if (n < 126) {
        frame.append(char(maskBit | n));
    } else if (n <= 0xffff) {
        frame.append(char(maskBit | 126));
        frame.append(char(n >> 8));
        frame.append(char(n & 0xff));
    } else {
        frame.append(char(maskBit | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(char((quint64(n) >> shift) & 0xff));
    }
    if (masked) {
        const quint32 mask = QRandomGenerator::global()->generate();
        const char m[4] = {char(mask >> 24), char(mask >> 16), char(mask >> 8), char(mask)};
        frame.append(m, 4);
        QByteArray body = payload;
        for (qsizetype i = 0; i < body.size(); ++i)
            body[i] = char(body[i] ^ m[i & 3]);
        frame.append(body);
    } else {
        frame.append(payload);
    }
    sendRaw(frame);
}

void RawWsClient::sendClose(quint16 code, const QByteArray &reason)
{
    QByteArray payload;
    payload.append(char(code >> 8));
    payload.append(char(code & 0xff));
    sendFrame(0x8, payload + reason);
}

void RawWsClient::onReadyRead()
{
    const QByteArray data = m_socket->readAll();
    if (m_webSocket) {
        m_buffer.append(data);
        parseFrames();
    } else {
        m_raw.append(data);
    }
}

void RawWsClient::parseFrames()
{
    for (;;) {
        if (m_buffer.size() < 2)
            return;
        const auto *p = reinterpret_cast<const uchar *>(m_buffer.constData());
        quint64 length = p[1] & 0x7f;
        qsizetype header = 2;
        if (length == 126) {
            if (m_buffer.size() < 4)
                return;
            length = (quint64(p[2]) << 8) | p[3];
            header = 4;
        } else if (length == 127) {
            if (m_buffer.size() < 10)
                return;
            length = 0;
            for (int i = 2; i < 10; ++i)
                length = (length << 8) | p[i];
            header = 10;
        }
        if (quint64(m_buffer.size()) < quint64(header) + length)
            return;
        Frame frame{quint8(p[0] & 0x0f), m_buffer.mid(header, qsizetype(length))};
        m_buffer.remove(0, header + qsizetype(length));
        if (frame.opcode == 0x1 || frame.opcode == 0x2) {
            m_messages.append(frame);
            continue;
        }
        controls.append(frame);
        if (frame.opcode == 0x8 && !closeReceived) {
            closeReceived = true;
            if (frame.payload.size() >= 2) {
                closeCode = quint16((uchar(frame.payload[0]) << 8) | uchar(frame.payload[1]));
                closeReason = frame.payload.mid(2);
            }
            if (answerClose)
                sendFrame(0x8, frame.payload.left(2));
        }
    }
}

bool RawWsClient::waitForMessages(int count, int timeoutMs)
{
    return simtest::waitFor([&] { return m_messages.size() >= count; }, timeoutMs);
}

QList<RawWsClient::Frame> RawWsClient::takeMessages()
{
    return std::exchange(m_messages, {});
}

std::optional<RawWsClient::Frame> RawWsClient::waitForControl(quint8 opcode, int timeoutMs)
{
    std::optional<Frame> found;
    (void)simtest::waitFor(
        [&] {
            for (const Frame &f : std::as_const(controls)) {
                if (f.opcode == opcode) {
                    found = f;
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return found;
}

bool RawWsClient::waitForDisconnected(int timeoutMs)
{
    return simtest::waitFor([&] { return !isConnected(); }, timeoutMs);
}

bool RawWsClient::waitForRaw(const std::function<bool(const QByteArray &)> &done, int timeoutMs)
{
    return simtest::waitFor([&] { return done(m_raw); }, timeoutMs);
}

bool RawWsClient::isConnected() const
{
    return m_socket && m_connected && m_socket->state() == QAbstractSocket::ConnectedState;
}

} // namespace simtest
