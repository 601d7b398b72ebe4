#include "net/monitor/kurentosocket.h"

#include "net/monitor/probescheduler.h"
#include "net/monitor/websocketframereader.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHostInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QSslSocket>
#include <QTcpSocket>

#include <cstring>

Q_LOGGING_CATEGORY(lcSocket, "ucmc.probe.socket", QtWarningMsg)

namespace ucmc {

namespace {

constexpr qsizetype kInitialBuffer = 4 * 1024;
constexpr qsizetype kShrinkAbove = 64 * 1024; // an empty buffer larger than this is given back
constexpr qsizetype kReadChunk = 1024;        // at least this much room for each read
// Qt's own read buffer per socket: what one read notification takes from the kernel at most.
constexpr qint64 kSocketReadBuffer = 64 * 1024;
// A peer that sends without pause (a PING flood) gets this much reading per wake-up; the rest
// waits until the other sockets and the timers had their turn.
constexpr qint64 kMaxBytesPerWake = 256 * 1024;
// What may wait to be sent (answers the peer does not read: PONGs of a flood) before the
// connection is given up as "flood": a Kurento server reads every answer at once.
constexpr qint64 kMaxQueuedWriteBytes = 64 * 1024;
// The read buffer never needs more than one whole frame of the largest message plus a chunk.
constexpr qsizetype kMaxBuffer = KurentoSocket::kMaxMessageBytes + 14 + kReadChunk;

enum Opcode : quint8 { Continuation = 0x0, Text = 0x1, Binary = 0x2, Close = 0x8, Ping = 0x9, Pong = 0xA };

// The masked frame for one payload: header, mask, payload XOR mask.
qsizetype writeFrame(char *out, quint8 opcode, const char *payload, qsizetype size)
{
    qsizetype at = 0;
    out[at++] = char(0x80 | opcode);
    if (size < 126) {
        out[at++] = char(0x80 | size);
    } else if (size <= 0xFFFF) {
        out[at++] = char(0x80 | 126);
        out[at++] = char((size >> 8) & 0xFF);
        out[at++] = char(size & 0xFF);
    } else {
        out[at++] = char(0x80 | 127);
        for (int shift = 56; shift >= 0; shift -= 8)
            out[at++] = char((quint64(size) >> shift) & 0xFF);
    }
    const quint32 mask = QRandomGenerator::global()->generate();
    uchar key[4];
    std::memcpy(key, &mask, 4);
    std::memcpy(out + at, key, 4);
    at += 4;
    char *data = out + at;
    qsizetype i = 0;
    // Word at a time, then the tail; the key repeats every four bytes.
    quint64 key8;
    std::memcpy(&key8, key, 4);
    std::memcpy(reinterpret_cast<char *>(&key8) + 4, key, 4);
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, payload + i, 8);
        word ^= key8;
        std::memcpy(data + i, &word, 8);
    }
    for (; i < size; ++i)
        data[i] = char(payload[i] ^ key[i & 3]);
    return at + size;
}

qsizetype frameHeaderSize(qsizetype size)
{
    return (size < 126 ? 2 : size <= 0xFFFF ? 4 : 10) + 4;
}

QString distinguishedName(const QSslCertificate &certificate, bool subject)
{
    // Most specific first, as people read them: CN=…, O=…, C=…
    static const QByteArray order[] = {"CN", "OU", "O", "L", "ST", "C"};
    QStringList parts;
    const QList<QByteArray> attributes =
        subject ? certificate.subjectInfoAttributes() : certificate.issuerInfoAttributes();
    const auto add = [&](const QByteArray &attribute) {
        const QStringList values = subject ? certificate.subjectInfo(attribute) : certificate.issuerInfo(attribute);
        for (const QString &value : values)
            parts << QString::fromLatin1(attribute) + QLatin1Char('=') + value;
    };
    for (const QByteArray &attribute : order) {
        if (attributes.contains(attribute))
            add(attribute);
    }
    for (const QByteArray &attribute : attributes) {
        if (std::find(std::begin(order), std::end(order), attribute) == std::end(order))
            add(attribute);
    }
    return parts.join(QStringLiteral(", "));
}

// Errors a certificate the user pinned may have: they are about who vouches for it, which the
// user's confirmation replaces. Expiry, revocation or a broken signature are not.
bool isIdentityError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::HostNameMismatch:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return true;
    default:
        return false;
    }
}

} // namespace

KurentoSocket::KurentoSocket(Handler *handler, QObject *parent)
    : QObject(parent)
    , m_handler(handler)
{
}

KurentoSocket::~KurentoSocket()
{
    ++m_attempt;
    releaseSocket();
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

bool KurentoSocket::isReservedInvalidName(const QString &host)
{
    QString name = host.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name == QLatin1String("invalid") || name.endsWith(QLatin1String(".invalid"));
}

QByteArray KurentoSocket::acceptKeyFor(const QByteArray &secWebSocketKey)
{
    return QCryptographicHash::hash(QByteArray(secWebSocketKey + QByteArrayLiteral("258EAFA5-E914-47DA-95CA-C5AB0DC85B11")),
                                    QCryptographicHash::Sha1)
        .toBase64();
}

CertificateInfo KurentoSocket::describeCertificate(const QSslCertificate &certificate, const QList<QSslError> &errors)
{
    CertificateInfo info;
    if (certificate.isNull())
        return info;
    info.subject = distinguishedName(certificate, true);
    info.issuer = distinguishedName(certificate, false);
    const auto names = certificate.subjectAlternativeNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        switch (it.key()) {
        case QSsl::DnsEntry:
            info.alternativeNames << QStringLiteral("DNS:") + it.value();
            break;
        case QSsl::IpAddressEntry:
            info.alternativeNames << QStringLiteral("IP:") + it.value();
            break;
        case QSsl::EmailEntry:
            info.alternativeNames << QStringLiteral("email:") + it.value();
            break;
        }
    }
    info.notBefore = certificate.effectiveDate().toUTC();
    info.notAfter = certificate.expiryDate().toUTC();
    info.sha256 = certificate.digest(QCryptographicHash::Sha256);
    info.selfSigned = certificate.isSelfSigned();
    for (const QSslError &error : errors)
        info.verificationErrors << error.errorString();
    info.verificationErrors.removeDuplicates();
    return info;
}

bool KurentoSocket::isValidUtf8(QByteArrayView text)
{
    return WebSocketFrameReader::isValidUtf8(text);
}

void KurentoSocket::releaseSocket()
{
    if (!m_socket)
        return;
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void KurentoSocket::resetAttempt()
{
    ++m_attempt;
    releaseSocket();
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    m_addresses.clear();
    m_timings = {};
    m_certificate = {};
    m_key.clear();
    m_begin = m_end = 0;
    if (m_in.size() > kShrinkAbove)
        m_in = QByteArray(); // a big message is gone: give its memory back
    m_frames.reset();
    m_stage = Stage::Idle;
}

void KurentoSocket::recordStage(double &slot)
{
    slot = double(m_stageClock.nsecsElapsed()) / 1e6;
    m_stageClock.start();
}

void KurentoSocket::open(const QUrl &url, const TlsPolicy &tls)
{
    resetAttempt();
    m_url = url;
    m_tls = tls;
    m_secure = url.scheme() == QLatin1String("wss");
    m_port = quint16(url.port(m_secure ? 443 : 80));
    m_stageClock.start();
    const QString host = url.host();
    QHostAddress literal;
    if (literal.setAddress(host)) {
        m_addresses = {literal};
        connectToNextAddress();
        return;
    }
    m_stage = Stage::Resolving;
    if (isReservedInvalidName(host)) {
        // Answered here, as RFC 6761 asks: no query leaves the machine, and no resolver can hang.
        const quint32 attempt = m_attempt;
        QMetaObject::invokeMethod(
            this,
            [this, attempt] {
                if (attempt == m_attempt && m_stage == Stage::Resolving)
                    fail({FailureCode::Dns, tr("%1 is a reserved name that never resolves (RFC 6761)").arg(m_url.host())});
            },
            Qt::QueuedConnection);
        return;
    }
    startLookup(host);
}

void KurentoSocket::startLookup(const QString &host)
{
    m_lookupId = QHostInfo::lookupHost(host, this, &KurentoSocket::onLookedUp);
}

void KurentoSocket::onLookedUp(const QHostInfo &info)
{
    if (info.lookupId() != m_lookupId || m_stage != Stage::Resolving)
        return;
    m_lookupId = -1;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        fail({FailureCode::Dns, info.errorString()});
        return;
    }
    recordStage(m_timings.dnsMs);
    m_addresses = info.addresses();
    connectToNextAddress();
}

void KurentoSocket::connectToNextAddress()
{
    releaseSocket();
    const QHostAddress address = m_addresses.takeFirst();
    if (m_secure) {
        auto *ssl = new QSslSocket(this);
        ssl->setSslConfiguration(m_tls.configuration);
        ssl->setPeerVerifyMode(QSslSocket::VerifyPeer);
        connect(ssl, &QSslSocket::encrypted, this, &KurentoSocket::onEncrypted);
        connect(ssl, &QSslSocket::sslErrors, this, &KurentoSocket::onSslErrors);
        m_socket = ssl;
    } else {
        m_socket = new QTcpSocket(this);
    }
    m_socket->setReadBufferSize(kSocketReadBuffer);
    connect(m_socket, &QAbstractSocket::connected, this, &KurentoSocket::onTcpConnected);
    connect(m_socket, &QAbstractSocket::readyRead, this, &KurentoSocket::onReadyRead);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &KurentoSocket::onSocketError);
    connect(m_socket, &QAbstractSocket::disconnected, this, &KurentoSocket::onDisconnected);
    // Straight to the media server, whatever proxy the application or the environment names.
    m_socket->setProxy(QNetworkProxy::NoProxy);
    m_stage = Stage::Connecting;
    // Errors that Qt finds at once (a refused loopback connect) arrive inside connectToHost();
    // handlers must not start the next attempt from there, so they are passed on queued.
    m_opening = true;
    // Plain TCP unbuffered (QAbstractSocket's "unbuffered QTcpSocket" path, public API: the
    // QIODevice::Unbuffered open mode): a write goes to the kernel at once and a read comes straight
    // from it. Buffered, every write would switch the write notifier on and off again, and each
    // switch re-registers the socket with the event dispatcher (measured: README, "Monitor").
    // QSslSocket needs its buffers.
    m_socket->connectToHost(address, m_port,
                            m_secure ? QIODevice::ReadWrite : QIODevice::ReadWrite | QIODevice::Unbuffered);
    m_opening = false;
}

void KurentoSocket::onTcpConnected()
{
    if (m_stage != Stage::Connecting)
        return;
    recordStage(m_timings.tcpMs);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (m_secure) {
        m_stage = Stage::TlsHandshake;
        auto *ssl = static_cast<QSslSocket *>(m_socket);
        ssl->setPeerVerifyName(m_url.host());
        ssl->startClientEncryption();
        return;
    }
    sendUpgradeRequest();
}

void KurentoSocket::onSslErrors(const QList<QSslError> &errors)
{
    if (m_stage != Stage::TlsHandshake)
        return;
    auto *ssl = static_cast<QSslSocket *>(m_socket);
    m_certificate = describeCertificate(ssl->peerCertificate(), errors);
    const QByteArray &pin = m_tls.pinnedSha256;
    SocketFailure failure;
    if (!pin.isEmpty() && m_certificate.sha256 != pin) {
        failure = {FailureCode::TlsChanged, tr("SHA-256 %1, trusted %2")
                                                .arg(m_certificate.fingerprintText(),
                                                     QString::fromLatin1(pin.toHex(':').toUpper()))};
    } else {
        QList<QSslError> notIdentity;
        for (const QSslError &error : errors) {
            if (!isIdentityError(error.error()))
                notIdentity << error;
        }
        if (!pin.isEmpty() && notIdentity.isEmpty()) {
            // The very certificate the user confirmed: what it lacks is a CA's signature or the
            // name, which the user's confirmation stands in for. Only these errors are ignored.
            m_certificate.verificationErrors.clear();
        } else {
            const QSslError &first = notIdentity.isEmpty() ? errors.first() : notIdentity.first();
            failure = {FailureCode::TlsUntrusted, first.errorString()};
        }
    }
    const quint32 attempt = m_attempt;
    m_handler->socketCertificate(m_certificate);
    if (attempt != m_attempt || m_stage != Stage::TlsHandshake)
        return;
    if (failure.code != FailureCode::None)
        fail(failure);
    else
        ssl->ignoreSslErrors(errors);
}

void KurentoSocket::onEncrypted()
{
    if (m_stage != Stage::TlsHandshake)
        return;
    recordStage(m_timings.tlsMs);
    auto *ssl = static_cast<QSslSocket *>(m_socket);
    if (m_certificate.isNull()) {
        m_certificate = describeCertificate(ssl->peerCertificate(), {});
        const quint32 attempt = m_attempt;
        m_handler->socketCertificate(m_certificate);
        if (attempt != m_attempt || m_stage != Stage::TlsHandshake)
            return;
    }
    const QByteArray &pin = m_tls.pinnedSha256;
    if (!pin.isEmpty() && m_certificate.sha256 != pin) {
        // Even a certificate the system trusts is an alarm when the user pinned another one.
        fail({FailureCode::TlsChanged,
              tr("SHA-256 %1, trusted %2")
                  .arg(m_certificate.fingerprintText(), QString::fromLatin1(pin.toHex(':').toUpper()))});
        return;
    }
    sendUpgradeRequest();
}

void KurentoSocket::sendUpgradeRequest()
{
    m_stage = Stage::Upgrading;
    QByteArray nonce(16, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(nonce.data()), 4);
    m_key = nonce.toBase64();
    QByteArray target = m_url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (m_url.hasQuery())
        target += '?' + m_url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = m_url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (m_port != (m_secure ? 443 : 80))
        host += ':' + QByteArray::number(m_port);
    const QByteArray request = QByteArrayLiteral("GET ") + target + QByteArrayLiteral(" HTTP/1.1\r\nHost: ") + host
                               + QByteArrayLiteral("\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                                                   "Sec-WebSocket-Key: ")
                               + m_key + QByteArrayLiteral("\r\nSec-WebSocket-Version: 13\r\n\r\n");
    writeRaw(request.constData(), request.size());
}

bool KurentoSocket::ensureSpace(qsizetype bytes)
{
    if (m_in.size() - m_end >= bytes)
        return true;
    if (m_begin > 0) {
        const qsizetype used = m_end - m_begin;
        if (used > 0)
            std::memmove(m_in.data(), m_in.constData() + m_begin, size_t(used));
        m_begin = 0;
        m_end = used;
        if (m_in.size() - m_end >= bytes)
            return true;
    }
    const qsizetype needed = m_end + bytes;
    if (needed > kMaxBuffer)
        return false;
    qsizetype size = qMax(m_in.size() * 2, kInitialBuffer);
    while (size < needed)
        size *= 2;
    m_in.resize(qMin(size, kMaxBuffer));
    return true;
}

void KurentoSocket::onReadyRead()
{
    if (m_reading || m_writing) {
        // QSslSocket emits readyRead from inside write() and flush() when it decrypts on the way.
        // Never nested: inside the read loop the data is read on its next round; inside a write
        // (a handler sending from wherever it is) it is read once the call stack is unwound.
        if (!m_reading)
            continueReadingLater();
        return;
    }
    m_readyAtNs = ProbeScheduler::wakeNs();
    ProbeScheduler::noteSocketWork();
    m_reading = true;
    readAvailable();
    m_reading = false;
}

void KurentoSocket::continueReadingLater()
{
    if (m_readQueued)
        return;
    m_readQueued = true;
    const quint32 attempt = m_attempt;
    QMetaObject::invokeMethod(
        this,
        [this, attempt] {
            m_readQueued = false;
            if (attempt == m_attempt && !m_reading && m_socket) {
                m_readyAtNs = ProbeScheduler::wakeNs();
                m_reading = true;
                readAvailable();
                m_reading = false;
            }
        },
        Qt::QueuedConnection);
}

qint64 KurentoSocket::receive(char *data, qint64 size)
{
    const qint64 got = m_socket->read(data, size);
    if (got < 0)
        m_readEnd = {m_socket->error() == QAbstractSocket::RemoteHostClosedError, m_socket->errorString()};
    return got;
}

void KurentoSocket::readAvailable()
{
    const quint32 attempt = m_attempt;
    qint64 readThisWake = 0;
    while (m_socket && attempt == m_attempt) {
        if (readThisWake >= kMaxBytesPerWake) {
            // Fair to the other servers: continue after the event loop has served them. (A plain
            // socket would notify again anyway; a TLS socket holds decrypted bytes and would not.)
            continueReadingLater();
            return;
        }
        if (m_stage != Stage::Upgrading && m_stage != Stage::Open)
            return;
        // Read at most what fits; a frame waiting for its payload made room for it already.
        ensureSpace(kReadChunk);
        const qint64 room = m_in.size() - m_end;
        if (room <= 0)
            return;
        const qint64 got = receive(m_in.data() + m_end, room);
        if (got < 0) {
            // The end of the connection (an unbuffered socket reports it here, not by a signal).
            readFailed();
            return;
        }
        if (got == 0)
            return;
        readThisWake += got;
        m_end += got;
        if (m_stage == Stage::Upgrading && !readHandshake()) {
            if (got < room)
                return;
            continue;
        }
        if (attempt != m_attempt)
            return;
        processFrames();
        // Less than there was room for: Qt's buffer is empty; the next readyRead brings more.
        if (got < room)
            return;
    }
}

void KurentoSocket::readFailed()
{
    const bool closed = m_readEnd.closedByPeer;
    const QString text = m_readEnd.text;
    if (m_stage == Stage::Upgrading)
        fail({FailureCode::WsUpgrade,
              closed ? tr("the server closed the connection without answering the upgrade") : text});
    else if (m_stage == Stage::Open)
        fail({FailureCode::WsClosed, closed ? QString() : text, 1006});
}

bool KurentoSocket::readHandshake()
{
    const QByteArrayView buffered(m_in.constData() + m_begin, m_end - m_begin);
    const qsizetype end = buffered.indexOf(QByteArrayView("\r\n\r\n"));
    if (end < 0) {
        if (buffered.size() > kMaxHandshakeBytes)
            fail({FailureCode::WsUpgrade, tr("the answer to the upgrade is too long")});
        else if (buffered.size() >= 5 && !buffered.startsWith("HTTP/"))
            fail({FailureCode::WsUpgrade, tr("the answer to the upgrade is not HTTP")});
        return false;
    }
    const QByteArrayView head = buffered.first(end);
    const QList<QByteArray> lines = head.toByteArray().split('\n');
    const QByteArray statusLine = lines.value(0).trimmed();
    // "HTTP/1.1 101 Switching Protocols"
    const QList<QByteArray> parts = statusLine.split(' ');
    bool numeric = false;
    const int status = parts.size() >= 2 ? parts.at(1).toInt(&numeric) : 0;
    if (!statusLine.startsWith("HTTP/1.") || !numeric || parts.at(1).size() != 3) {
        fail({FailureCode::WsUpgrade, tr("the answer to the upgrade is not HTTP")});
        return false;
    }
    if (status != 101) {
        const QByteArray phrase = statusLine.mid(parts.at(0).size() + 1 + 3).trimmed();
        fail({FailureCode::WsUpgrade, QString::fromLatin1(phrase).left(80), 0, status});
        return false;
    }
    QByteArray upgrade, connection, accept, extensions, protocol;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.first(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "upgrade")
            upgrade = value.toLower();
        else if (name == "connection")
            connection = value.toLower();
        else if (name == "sec-websocket-accept")
            accept = value;
        else if (name == "sec-websocket-extensions")
            extensions = value;
        else if (name == "sec-websocket-protocol")
            protocol = value;
    }
    bool connectionUpgrade = false;
    for (const QByteArray &token : connection.split(','))
        connectionUpgrade = connectionUpgrade || token.trimmed() == "upgrade";
    if (upgrade != "websocket" || !connectionUpgrade) {
        fail({FailureCode::WsUpgrade, tr("HTTP 101 without an upgrade to WebSocket"), 0, 101});
        return false;
    }
    if (accept != acceptKeyFor(m_key)) {
        fail({FailureCode::WsUpgrade, tr("wrong Sec-WebSocket-Accept"), 0, 101});
        return false;
    }
    if (!extensions.isEmpty() || !protocol.isEmpty()) {
        fail({FailureCode::WsUpgrade, tr("the server chose an extension or subprotocol that was not offered"), 0, 101});
        return false;
    }
    m_begin += end + 4;
    recordStage(m_timings.upgradeMs);
    m_stage = Stage::Open;
    const quint32 attempt = m_attempt;
    m_handler->socketOpened();
    return attempt == m_attempt && m_stage == Stage::Open;
}

void KurentoSocket::processFrames()
{
    const quint32 attempt = m_attempt;
    while (attempt == m_attempt && m_stage == Stage::Open) {
        const qsizetype available = m_end - m_begin;
        const WebSocketFrameReader::Frame frame = m_frames.next(QByteArrayView(m_in.constData() + m_begin, available));
        if (frame.kind == WebSocketFrameReader::Kind::NeedMore) {
            // A frame waiting for its payload makes room for it at once.
            if (frame.frameSize > available)
                ensureSpace(frame.frameSize - available);
            break;
        }
        if (frame.kind == WebSocketFrameReader::Kind::Error) {
            failProtocol(quint16(frame.closeCode), frame.detail, frame.failure);
            return;
        }
        m_begin += frame.consumed;
        switch (frame.kind) {
        case WebSocketFrameReader::Kind::Message:
            m_handler->socketMessage(frame.payload);
            break;
        case WebSocketFrameReader::Kind::Close:
            // Answer the close with its code, then end the connection.
            writeControl(Close, frame.payload);
            fail({FailureCode::WsClosed, frame.detail, frame.closeCode});
            return;
        case WebSocketFrameReader::Kind::Ping:
            writeControl(Pong, frame.payload);
            break;
        default: // Fragment, Pong
            break;
        }
    }
    if (attempt != m_attempt)
        return;
    if (m_begin == m_end) {
        m_begin = m_end = 0;
        if (m_in.size() > kShrinkAbove)
            m_in = QByteArray(); // after a big message: back to a small buffer
    }
}

void KurentoSocket::failProtocol(quint16 closeCode, const QString &detail, FailureCode code)
{
    if (m_stage == Stage::Open) {
        const char payload[2] = {char(closeCode >> 8), char(closeCode & 0xFF)};
        writeControl(Close, QByteArrayView(payload, 2));
    }
    fail({code, detail, closeCode});
}

void KurentoSocket::fail(const SocketFailure &failure)
{
    if (m_stage == Stage::Idle || m_stage == Stage::Closed)
        return;
    qCDebug(lcSocket) << m_url.toDisplayString() << "failed:" << failureCodeId(failure.code) << failure.detail;
    ++m_attempt;
    m_stage = Stage::Closed;
    releaseSocket();
    if (m_opening) {
        const quint32 attempt = m_attempt;
        QMetaObject::invokeMethod(
            this,
            [this, attempt, failure] {
                if (attempt == m_attempt)
                    m_handler->socketFailed(failure);
            },
            Qt::QueuedConnection);
        return;
    }
    m_handler->socketFailed(failure);
}

void KurentoSocket::onSocketError()
{
    if (!m_socket)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    const QString text = m_socket->errorString();
    switch (m_stage) {
    case Stage::Connecting:
        if ((error == QAbstractSocket::ConnectionRefusedError || error == QAbstractSocket::NetworkError)
            && !m_addresses.isEmpty()) {
            connectToNextAddress(); // e.g. ::1 refused, 127.0.0.1 next
            return;
        }
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError:
            fail({FailureCode::TcpRefused});
            break;
        case QAbstractSocket::SocketTimeoutError:
            fail({FailureCode::TcpTimeout});
            break;
        case QAbstractSocket::HostNotFoundError:
            fail({FailureCode::Dns, text});
            break;
        case QAbstractSocket::NetworkError:
            fail({FailureCode::TcpUnreachable, text});
            break;
        default:
            fail({FailureCode::NetworkError, text});
            break;
        }
        return;
    case Stage::TlsHandshake:
        fail({FailureCode::TlsHandshake, error == QAbstractSocket::RemoteHostClosedError
                                             ? tr("the server closed the connection during the handshake")
                                             : text});
        return;
    case Stage::Upgrading:
        onReadyRead(); // an answer that came with the close
        if (m_stage == Stage::Upgrading)
            fail({FailureCode::WsUpgrade, error == QAbstractSocket::RemoteHostClosedError
                                              ? tr("the server closed the connection without answering the upgrade")
                                              : text});
        return;
    case Stage::Open:
        onReadyRead(); // a close frame that came with the end of the connection
        if (m_stage == Stage::Open)
            fail({FailureCode::WsClosed, error == QAbstractSocket::RemoteHostClosedError ? QString() : text, 1006});
        return;
    default:
        return;
    }
}

void KurentoSocket::onDisconnected()
{
    if (!m_socket)
        return;
    switch (m_stage) {
    case Stage::Connecting:
        fail({FailureCode::NetworkError, m_socket->errorString()});
        return;
    case Stage::TlsHandshake:
        fail({FailureCode::TlsHandshake, tr("the server closed the connection during the handshake")});
        return;
    case Stage::Upgrading:
        onReadyRead();
        if (m_stage == Stage::Upgrading)
            fail({FailureCode::WsUpgrade, tr("the server closed the connection without answering the upgrade")});
        return;
    case Stage::Open:
        onReadyRead();
        if (m_stage == Stage::Open)
            fail({FailureCode::WsClosed, QString(), 1006});
        return;
    default:
        return;
    }
}

SocketFailure KurentoSocket::timeoutFailure() const
{
    switch (m_stage) {
    case Stage::Resolving:
        return {FailureCode::Dns, tr("no answer from the name resolver in time")};
    case Stage::Connecting:
        return {FailureCode::TcpTimeout};
    case Stage::TlsHandshake:
        return {FailureCode::TlsHandshake, tr("the handshake did not complete in time")};
    case Stage::Upgrading:
        return {FailureCode::WsUpgrade, tr("no answer to the WebSocket upgrade in time")};
    default:
        return {FailureCode::RpcTimeout};
    }
}

void KurentoSocket::writeRaw(const char *data, qsizetype size)
{
    if (!m_socket)
        return;
    const bool nested = m_writing;
    m_writing = true;
    m_socket->write(data, size);
    // Out now, not at the next write notification: one system call, no extra wake-up.
    if (m_socket)
        m_socket->flush();
    m_writing = nested;
    // A peer that does not read what it asked for (PONGs of a PING flood) would grow the queue
    // without limit: bounded memory wins over that connection.
    if (m_socket && m_socket->bytesToWrite() > kMaxQueuedWriteBytes
        && (m_stage == Stage::Open || m_stage == Stage::Upgrading))
        fail({FailureCode::Flood, tr("%1 of answers not read by the server")
                                      .arg(QLocale().formattedDataSize(m_socket->bytesToWrite()))});
}

void KurentoSocket::writeControl(quint8 opcode, QByteArrayView payload)
{
    char frame[2 + 4 + 125];
    const qsizetype size = writeFrame(frame, opcode, payload.data(), qMin<qsizetype>(payload.size(), 125));
    writeRaw(frame, size);
}

void KurentoSocket::frameText(QByteArray &out, QByteArrayView payload)
{
    const qsizetype at = out.size();
    out.resize(at + frameHeaderSize(payload.size()) + payload.size());
    writeFrame(out.data() + at, Text, payload.data(), payload.size());
}

bool KurentoSocket::sendText(QByteArrayView payload)
{
    if (m_stage != Stage::Open)
        return false;
    ProbeScheduler::noteSocketWork();
    char small[512];
    if (payload.size() + 14 <= qsizetype(sizeof small)) {
        writeRaw(small, writeFrame(small, Text, payload.data(), payload.size()));
    } else {
        QByteArray frame;
        frameText(frame, payload);
        writeRaw(frame.constData(), frame.size());
    }
    return true;
}

bool KurentoSocket::sendFrames(QByteArrayView frames)
{
    if (m_stage != Stage::Open)
        return false;
    writeRaw(frames.data(), frames.size());
    return true;
}

void KurentoSocket::close(quint16 code, QByteArrayView reason)
{
    if (m_stage == Stage::Open && m_socket) {
        QByteArray payload;
        payload.append(char(code >> 8)).append(char(code & 0xFF)).append(reason.first(qMin<qsizetype>(reason.size(), 123)));
        writeControl(Close, payload); // flushed: the kernel sends it, then the FIN of abort()
    }
    abort();
}

void KurentoSocket::abort()
{
    resetAttempt();
    m_stage = Stage::Closed;
}

} // namespace ucmc
