#include "wsconnection.h"

#include "httphandshake.h"
#include "logging.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <utility>

namespace kmssim {

namespace {

constexpr qint64 ReadBufferBytes = 1 << 20; // unread input stays in the kernel (TCP backpressure)

int closeCodeOf(const QByteArray &payload)
{
    if (payload.size() < 2)
        return -1;
    return (uchar(payload[0]) << 8) | uchar(payload[1]);
}

} // namespace

WsConnection::WsConnection(QTcpSocket *socket, bool tls, const Limits &limits, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_state(tls ? State::Tls : State::Http)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(ReadBufferBytes);
    connect(m_socket, &QTcpSocket::readyRead, this, &WsConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &WsConnection::finish);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &WsConnection::outputDrained);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        // Plaintext on the TLS port ends here at once, as on KMS (06-transport.jsonl).
        if (m_state == State::Tls || error == QAbstractSocket::SslHandshakeFailedError)
            drop();
        else if (m_socket->state() == QAbstractSocket::UnconnectedState)
            finish();
    });
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket)) {
        connect(ssl, &QSslSocket::encrypted, this, [this] {
            m_state = State::Http;
            onReadyRead();
        });
    }
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { onTimeout(m_state); });
    m_timer.start(m_limits.handshakeTimeoutMs);
}

WsConnection::~WsConnection()
{
    m_socket->disconnect(this);
}

qint64 WsConnection::bytesToWrite() const
{
    return m_socket->bytesToWrite();
}

void WsConnection::onTimeout(State expected)
{
    if (m_state == State::Finished || m_state != expected)
        return;
    if (m_frozen) { // a stopped process has no timers; look again later
        m_timer.start(m_limits.handshakeTimeoutMs);
        return;
    }
    if (m_state == State::Tls || m_state == State::Http || m_state == State::Ignoring ||
        m_state == State::Closing)
        drop();
}

void WsConnection::onReadyRead()
{
    if (m_frozen || m_paused || m_state == State::Finished || m_state == State::Tls)
        return;
    if (m_readingInput) {
        // QSslSocket emits readyRead from inside write()/flush() (while a reply goes out). Handled
        // by the call that is busy: reading here would run the frames of m_in a second time.
        m_readAgain = true;
        return;
    }
    m_readingInput = true;
    do {
        m_readAgain = false;
        m_in.append(m_socket->readAll());
        processInput();
    } while (m_readAgain && !m_frozen && !m_paused && m_state != State::Finished && m_state != State::Tls);
    m_readingInput = false;
}

void WsConnection::processInput()
{
    if (m_state == State::Http)
        processHttp();
    if (m_state == State::Open || m_state == State::Closing)
        processFrames();
    if (m_state == State::Ignoring)
        m_in.clear();
}

void WsConnection::processHttp()
{
    const HttpHandshake::Result result = HttpHandshake::evaluate(m_in);
    switch (result.verdict) {
    case HttpHandshake::Verdict::NeedMore:
        return;
    case HttpHandshake::Verdict::Ignore:
        m_state = State::Ignoring; // the handshake timer ends it, like websocketpp
        m_in.clear();
        return;
    case HttpHandshake::Verdict::RespondAndClose:
        write(result.response);
        m_state = State::Ignoring;
        m_in.clear();
        closeTcp();
        return;
    case HttpHandshake::Verdict::Upgrade:
        write(result.response);
        m_resource = result.resource;
        m_in.remove(0, result.consumed);
        m_state = State::Open;
        m_timer.stop();
        emit opened();
        return;
    }
}

void WsConnection::processFrames()
{
    qsizetype offset = 0;
    while (m_state == State::Open || m_state == State::Closing) {
        if (m_paused || m_frozen)
            break;
        const qint64 pending = m_inMessage ? m_message.size() : 0;
        const WsFrame::Decoded frame = WsFrame::decode(m_in, offset, m_limits.maxMessageSize, pending);
        if (frame.status == WsFrame::Status::NeedMore)
            break;
        if (frame.status == WsFrame::Status::Error) {
            failProtocol(frame.closeCode, frame.closeReason);
            break;
        }
        offset += frame.consumed;
        handleFrame(frame);
    }
    if (m_state == State::Open || m_state == State::Closing)
        m_in.remove(0, offset);
    else
        m_in.clear();
}

void WsConnection::handleFrame(const WsFrame::Decoded &frame)
{
    switch (frame.opcode) {
    case WsFrame::Text:
    case WsFrame::Binary:
        if (m_inMessage) {
            failProtocol(1002, "Invalid message continuation");
            return;
        }
        m_inMessage = true;
        m_messageOpcode = frame.opcode;
        m_message = frame.payload;
        break;
    case WsFrame::Continuation:
        if (!m_inMessage) {
            failProtocol(1002, "Invalid message continuation");
            return;
        }
        m_message.append(frame.payload);
        break;
    case WsFrame::Ping:
        if (m_state == State::Open)
            writeFrame(WsFrame::Pong, frame.payload);
        return;
    case WsFrame::Pong:
        return;
    case WsFrame::Close:
        if (frame.payload.size() == 1) {
            failProtocol(1002, "Invalid close frame");
            return;
        }
        if (closeCodeOf(frame.payload) == 1005) { // "no status" must not be sent (RFC 6455 7.4.1)
            failProtocol(1002, "Invalid close code");
            return;
        }
        if (m_state == State::Open) {
            // The client closes: echo its status (an empty close is acknowledged with 1000, as
            // websocketpp does), then end TCP.
            writeFrame(WsFrame::Close, frame.payload.isEmpty() ? WsFrame::closePayload(1000, {}) : frame.payload);
        }
        m_state = State::Ignoring;
        closeTcp();
        return;
    default:
        return;
    }
    if (frame.fin)
        deliverMessage();
}

void WsConnection::deliverMessage()
{
    m_inMessage = false;
    const QByteArray message = std::exchange(m_message, QByteArray());
    if (m_messageOpcode == WsFrame::Text && !WsFrame::isValidUtf8(message)) {
        failProtocol(1007, "Invalid UTF8 encoding");
        return;
    }
    if (m_state == State::Open)
        emit messageReceived(message); // KMS answers BINARY requests like TEXT ones (05, 5x)
}

void WsConnection::failProtocol(quint16 code, const QByteArray &reason)
{
    qCDebug(lcKmsSim) << "WebSocket protocol error" << code << reason;
    if (m_state == State::Open)
        closeWithStatus(code, reason);
    // websocketpp stops reading after a protocol error, and KMS 7.3.0 dropped TCP within 0.5 s
    // even when the client never answered the close frame (not after the 5 s close timeout).
    if (m_state == State::Closing) {
        m_state = State::Ignoring;
        m_timer.start(m_limits.protocolErrorDropMs);
    }
    m_in.clear();
}

void WsConnection::sendText(const QByteArray &payload)
{
    if (m_state == State::Open)
        writeFrame(WsFrame::Text, payload);
}

void WsConnection::sendPings(int count, const QByteArray &payload)
{
    if (m_state != State::Open || m_frozen || count <= 0)
        return;
    const QByteArray body = payload.left(125); // the limit of a control frame
    const QByteArray frame = WsFrame::header(WsFrame::Ping, body.size()) + body;
    QByteArray frames;
    frames.reserve(frame.size() * count);
    for (int i = 0; i < count; ++i)
        frames += frame;
    write(frames);
}

void WsConnection::closeWithStatus(quint16 code, const QByteArray &reason)
{
    if (m_state != State::Open)
        return;
    writeFrame(WsFrame::Close, WsFrame::closePayload(code, reason));
    m_state = State::Closing; // wait for the client's close frame
    m_inMessage = false;
    m_message.clear();
    m_timer.start(m_limits.closeTimeoutMs);
}

void WsConnection::writeFrame(quint8 opcode, const QByteArray &payload)
{
    // Small frames go out as one write; big ones are not copied.
    if (payload.size() < 65536)
        write(WsFrame::header(opcode, payload.size()) + payload);
    else {
        write(WsFrame::header(opcode, payload.size()));
        write(payload);
    }
}

void WsConnection::write(const QByteArray &data)
{
    if (m_state == State::Finished)
        return;
    if (m_frozen) {
        m_frozenOutput.append(data);
    } else {
        m_socket->write(data);
        m_socket->flush(); // now, instead of one more event-loop round for the write notifier
    }
}

void WsConnection::closeTcp()
{
    if (m_frozen) {
        m_closePending = true; // done on thaw
        return;
    }
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        finish();
}

void WsConnection::drop()
{
    if (m_state == State::Finished)
        return;
    m_socket->abort();
    finish();
}

void WsConnection::setFrozen(bool frozen)
{
    if (m_frozen == frozen)
        return;
    m_frozen = frozen;
    if (frozen || m_state == State::Finished)
        return;
    for (const QByteArray &data : std::exchange(m_frozenOutput, {}))
        m_socket->write(data);
    if (std::exchange(m_closePending, false))
        closeTcp();
    // Data that arrived while stopped is handled now, so a queued request is answered late.
    onReadyRead();
}

void WsConnection::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!paused)
        QTimer::singleShot(0, this, &WsConnection::onReadyRead);
}

void WsConnection::finish()
{
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    m_timer.stop();
    emit finished();
}

} // namespace kmssim
