#include "net/servicecontrol/winrmtransport.h"

#include "net/servicecontrol/winrmencryption.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QSysInfo>

namespace ucmc {

Q_LOGGING_CATEGORY(lcWinRm, "ucmc.winrm", QtInfoMsg)

namespace {

QString hostForUrl(const QString &host)
{
    return host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
}

// For an answer on a sealed (NTLM message encryption) connection that is not sealed and correctly
// signed: whatever it says may come from someone on the path, not from the host.
QString unsealedAnswerMessage()
{
    return WinRmError::tr("The host's answer was not properly encrypted and signed, so it was discarded: it "
                          "may have been altered on the way.");
}

QString fingerprintOf(const QSslCertificate &certificate)
{
    return normalizeFingerprint(QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex()));
}

} // namespace

QUrl WinRmSettings::endpoint() const
{
    QUrl url;
    url.setScheme(transport == Transport::Https ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(host);
    url.setPort(effectivePort());
    url.setPath(QStringLiteral("/wsman"));
    return url;
}

WinRmError WinRmSettings::validate() const
{
    if (host.trimmed().isEmpty())
        return WinRmError::make(WinRmError::Kind::InvalidSettings, QStringLiteral("no host"));
    if (host.contains(QRegularExpression(QStringLiteral("[\\s/\\\\@?#]"))))
        return WinRmError::make(WinRmError::Kind::InvalidSettings, QStringLiteral("the host name is not valid"));
    if (user.isEmpty())
        return WinRmError::make(WinRmError::Kind::InvalidSettings, QStringLiteral("no user name"));
    if (authentication == Authentication::Basic && transport != Transport::Https) {
        WinRmError error = WinRmError::make(WinRmError::Kind::InvalidSettings,
                                            QStringLiteral("Basic authentication over HTTP is refused"));
        error.message = WinRmError::tr("Basic authentication sends the password readable; it is only allowed "
                                       "over HTTPS.");
        return error;
    }
    if (!pinnedCertificateSha256.isEmpty() && normalizeFingerprint(pinnedCertificateSha256).isEmpty())
        return WinRmError::make(WinRmError::Kind::InvalidSettings,
                                QStringLiteral("the pinned fingerprint is not a SHA-256 value"));
    return {};
}

QString normalizeFingerprint(const QString &text)
{
    QString hex;
    for (QChar c : text) {
        if (c.isDigit() || (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
            hex.append(c.toUpper());
        else if (c != QLatin1Char(':') && c != QLatin1Char(' ') && c != QLatin1Char('-'))
            return {};
    }
    if (hex.size() != 64)
        return {};
    QStringList pairs;
    for (int i = 0; i < 64; i += 2)
        pairs << hex.mid(i, 2);
    return pairs.join(QLatin1Char(':'));
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first == name)
            return h.second;
    return {};
}

QList<QByteArray> HttpResponse::headerValues(const QByteArray &name) const
{
    QList<QByteArray> values;
    for (const auto &h : headers)
        if (h.first == name)
            values << h.second;
    return values;
}

WinRmTransport::WinRmTransport(const WinRmSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    const QString user = settings.user;
    const qsizetype backslash = user.indexOf(QLatin1Char('\\'));
    if (backslash >= 0) {
        m_ntlmDomain = user.left(backslash);
        m_ntlmUser = user.mid(backslash + 1);
    } else {
        m_ntlmUser = user; // "user" or "user@domain" (UPN): empty domain
    }
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &WinRmTransport::onTimeout);
}

WinRmTransport::~WinRmTransport()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void WinRmTransport::post(const QByteArray &soap, int timeoutMs, Callback callback)
{
    m_queue.enqueue({soap, timeoutMs, std::move(callback), false});
    if (!m_current)
        QTimer::singleShot(0, this, &WinRmTransport::startNext);
}

void WinRmTransport::abortAll()
{
    dropConnection();
    m_deadline.stop();
    QList<Pending> all;
    if (m_current)
        all << *m_current;
    m_current.reset();
    all << m_queue;
    m_queue.clear();
    m_phase = Phase::Idle;
    for (const Pending &p : all)
        if (p.callback)
            p.callback(WinRmError::make(WinRmError::Kind::Cancelled), 0, {});
}

void WinRmTransport::abortCurrent()
{
    if (!m_current)
        return;
    dropConnection();
    finishCurrent(WinRmError::make(WinRmError::Kind::Cancelled));
}

void WinRmTransport::startNext()
{
    if (m_current || m_queue.isEmpty())
        return;
    m_current = m_queue.dequeue();
    m_requestClock.start();
    m_deadline.start(m_current->timeoutMs);
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        connectSocket();
        return;
    }
    m_connectionReused = true;
    if (m_settings.authentication == WinRmSettings::Authentication::Ntlm && !m_authenticated)
        sendNegotiate();
    else
        sendRequest();
}

void WinRmTransport::dropConnection()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_authenticated = false;
    m_session = {};
    m_buffer.clear();
}

void WinRmTransport::connectSocket()
{
    dropConnection();
    m_tlsError = {};
    m_connectionReused = false;
    m_phase = Phase::Connecting;
    m_socket = new QSslSocket(this);
    const int remaining = m_current ? int(m_current->timeoutMs - m_requestClock.elapsed()) : m_settings.connectTimeoutMs;
    m_deadline.start(std::max(1, std::min(m_settings.connectTimeoutMs, remaining)));
    connect(m_socket, &QSslSocket::readyRead, this, &WinRmTransport::onReadyRead);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &WinRmTransport::onSocketError);
    ++m_connectionsOpened;
    qCDebug(lcWinRm) << "connecting to" << m_settings.endpoint().toString();
    if (m_settings.transport == WinRmSettings::Transport::Https) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
        m_socket->setSslConfiguration(configuration);
        connect(m_socket, &QSslSocket::sslErrors, this, &WinRmTransport::onSslErrors);
        connect(m_socket, &QSslSocket::encrypted, this, &WinRmTransport::onConnected);
        m_socket->connectToHostEncrypted(m_settings.host, m_settings.effectivePort());
    } else {
        connect(m_socket, &QAbstractSocket::connected, this, &WinRmTransport::onConnected);
        m_socket->connectToHost(m_settings.host, m_settings.effectivePort());
    }
}

void WinRmTransport::onSslErrors(const QList<QSslError> &errors)
{
    const QSslCertificate certificate = m_socket->peerCertificate();
    m_peerFingerprint = certificate.isNull() ? QString() : fingerprintOf(certificate);
    const QString pinned = normalizeFingerprint(m_settings.pinnedCertificateSha256);
    if (!pinned.isEmpty() && pinned == m_peerFingerprint) {
        qCInfo(lcWinRm) << "accepting the pinned certificate" << m_peerFingerprint;
        m_socket->ignoreSslErrors(errors);
        return;
    }
    QStringList reasons;
    for (const QSslError &e : errors)
        reasons << e.errorString();
    m_tlsError = WinRmError::make(WinRmError::Kind::TlsUntrusted, reasons.join(QStringLiteral("; ")));
    m_tlsError.certificateFingerprint = m_peerFingerprint;
    if (!pinned.isEmpty())
        m_tlsError.detail += QStringLiteral("; the certificate is not the pinned one (%1)").arg(pinned);
}

void WinRmTransport::onConnected()
{
    if (!m_current)
        return;
    if (m_settings.transport == WinRmSettings::Transport::Https && m_peerFingerprint.isEmpty())
        m_peerFingerprint = fingerprintOf(m_socket->peerCertificate());
    m_deadline.start(std::max(1, int(m_current->timeoutMs - m_requestClock.elapsed())));
    if (m_settings.authentication == WinRmSettings::Authentication::Ntlm)
        sendNegotiate();
    else
        sendRequest();
}

void WinRmTransport::onSocketError()
{
    if (!m_socket)
        return;
    const QAbstractSocket::SocketError code = m_socket->error();
    const QString text = m_socket->errorString();
    const Phase phase = m_phase;
    if (phase == Phase::Idle || !m_current) {
        // an idle keep-alive connection closed: authenticate again next time
        dropConnection();
        return;
    }
    if (code == QAbstractSocket::RemoteHostClosedError && phase == Phase::Request && !m_receivedBytes &&
        m_connectionReused && !m_current->retried) {
        // The server closed a reused keep-alive connection before answering: try once on a new one.
        m_current->retried = true;
        qCDebug(lcWinRm) << "connection closed before an answer; reconnecting";
        connectSocket();
        return;
    }
    if (m_tlsError.isError()) {
        const WinRmError error = m_tlsError;
        dropConnection();
        finishCurrent(error);
        return;
    }
    WinRmError::Kind kind = WinRmError::Kind::ProtocolError;
    QString detail = text;
    switch (code) {
    case QAbstractSocket::ConnectionRefusedError:
    case QAbstractSocket::HostNotFoundError:
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::SocketAccessError:
    case QAbstractSocket::SocketTimeoutError:
        kind = phase == Phase::Connecting ? WinRmError::Kind::HostUnreachable : WinRmError::Kind::ProtocolError;
        break;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        kind = WinRmError::Kind::TlsFailed;
        break;
    case QAbstractSocket::RemoteHostClosedError:
        kind = phase == Phase::Connecting && m_settings.transport == WinRmSettings::Transport::Https
                   ? WinRmError::Kind::TlsFailed
                   : WinRmError::Kind::ProtocolError;
        detail = QStringLiteral("the host closed the connection without an answer");
        break;
    default:
        if (phase == Phase::Connecting)
            kind = WinRmError::Kind::HostUnreachable;
        break;
    }
    dropConnection();
    finishCurrent(WinRmError::make(kind, QStringLiteral("%1:%2: %3")
                                             .arg(m_settings.host)
                                             .arg(m_settings.effectivePort())
                                             .arg(detail)));
}

void WinRmTransport::onTimeout()
{
    if (!m_current)
        return;
    const bool connecting = m_phase == Phase::Connecting;
    dropConnection();
    if (connecting)
        finishCurrent(WinRmError::make(WinRmError::Kind::HostUnreachable,
                                       QStringLiteral("%1:%2: no connection within %3 ms")
                                           .arg(m_settings.host)
                                           .arg(m_settings.effectivePort())
                                           .arg(m_settings.connectTimeoutMs)));
    else
        finishCurrent(WinRmError::make(WinRmError::Kind::Timeout,
                                       QStringLiteral("no answer within %1 ms").arg(m_current->timeoutMs)));
}

void WinRmTransport::writeHttp(const QByteArray &authorization, const QByteArray &contentType,
                               const QByteArray &body)
{
    QByteArray request = "POST /wsman HTTP/1.1\r\nHost: " + hostForUrl(m_settings.host).toUtf8() + ':' +
                         QByteArray::number(m_settings.effectivePort()) +
                         "\r\nUser-Agent: UC Media Console WinRM\r\nConnection: Keep-Alive\r\n";
    if (!authorization.isEmpty())
        request += "Authorization: " + authorization + "\r\n";
    if (!contentType.isEmpty())
        request += "Content-Type: " + contentType + "\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    request += body;
    m_buffer.clear();
    m_receivedBytes = false;
    m_socket->write(request);
}

void WinRmTransport::sendNegotiate()
{
    m_phase = Phase::Negotiate;
    m_negotiateMessage = ntlm::negotiateMessage();
    m_authScheme = "Negotiate";
    qCDebug(lcWinRm) << "NTLM: sending NEGOTIATE";
    writeHttp(m_authScheme + ' ' + m_negotiateMessage.toBase64(), {}, {});
}

void WinRmTransport::sendAuthenticate(const QByteArray &challengeToken)
{
    const auto challenge = ntlm::ChallengeMessage::parse(challengeToken);
    if (!challenge) {
        dropConnection();
        finishCurrent(WinRmError::make(WinRmError::Kind::ProtocolError,
                                       QStringLiteral("the NTLM CHALLENGE message is malformed")));
        return;
    }
    const std::uint32_t required = ntlm::NegotiateExtendedSessionSecurity | ntlm::NegotiateSeal |
                                   ntlm::NegotiateSign | ntlm::Negotiate128;
    if (m_settings.transport == WinRmSettings::Transport::Http && (challenge->flags & required) != required) {
        dropConnection();
        finishCurrent(WinRmError::make(WinRmError::Kind::AuthenticationUnsupported,
                                       QStringLiteral("the host does not offer NTLM sealing with 128-bit keys "
                                                      "and extended session security")));
        return;
    }
    ntlm::AuthenticateInput input;
    input.user = m_ntlmUser;
    input.domain = m_ntlmDomain;
    input.workstation = QSysInfo::machineHostName().section(QLatin1Char('.'), 0, 0).toUpper().left(15);
    input.responseKeyNt = ntlm::ntowfV2(m_settings.password, m_ntlmUser, m_ntlmDomain);
    if (m_settings.transport == WinRmSettings::Transport::Https && m_socket)
        input.channelBindingHash = ntlm::channelBindingHash(ntlm::tlsServerEndPoint(m_socket->peerCertificate().toDer()));
    const ntlm::AuthenticateResult result = ntlm::authenticateMessage(m_negotiateMessage, *challenge, input);
    m_session = ntlm::SessionSecurity(result.flags, result.exportedSessionKey);
    m_phase = Phase::Authenticate;
    qCDebug(lcWinRm) << "NTLM: sending AUTHENTICATE";
    writeHttp(m_authScheme + ' ' + result.message.toBase64(), {}, {});
}

void WinRmTransport::sendRequest()
{
    m_phase = Phase::Request;
    const Pending &p = *m_current;
    if (m_settings.authentication == WinRmSettings::Authentication::Basic) {
        const QByteArray credentials = (m_settings.user + QLatin1Char(':') + m_settings.password).toUtf8();
        writeHttp("Basic " + credentials.toBase64(), winrm::kPlainContentType, p.soap);
    } else if (m_settings.transport == WinRmSettings::Transport::Http) {
        writeHttp({}, winrm::kEncryptedContentType, winrm::encryptMessage(m_session, p.soap));
    } else {
        writeHttp({}, winrm::kPlainContentType, p.soap); // NTLM over TLS: the connection is authenticated
    }
}

HttpResponse::Read HttpResponse::read(QByteArray &buffer, HttpResponse *response)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return buffer.size() > kMaxHeaderBytes ? Read::Bad : Read::Incomplete;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> status = lines.value(0).trimmed().split(' ');
    if (status.size() < 2 || !status[0].startsWith("HTTP/1."))
        return Read::Bad;
    response->status = status[1].toInt();
    response->headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            response->headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (response->header("transfer-encoding").toLower().contains("chunked")) {
        QByteArray body;
        qsizetype at = bodyStart;
        for (;;) {
            const qsizetype lineEnd = buffer.indexOf("\r\n", at);
            if (lineEnd < 0)
                return Read::Incomplete;
            bool ok = false;
            const qsizetype size = buffer.mid(at, lineEnd - at).split(';').value(0).trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0 || size > kMaxBodyBytes)
                return Read::Bad;
            if (size == 0) {
                const qsizetype trailerEnd = buffer.indexOf("\r\n", lineEnd + 2);
                if (trailerEnd < 0)
                    return Read::Incomplete;
                response->body = body;
                buffer.remove(0, trailerEnd + 2);
                return Read::Complete;
            }
            if (buffer.size() < lineEnd + 2 + size + 2)
                return Read::Incomplete;
            // The data ends with its CRLF; anything else is a wrong chunk size (found by fuzz_winrm).
            if (QByteArrayView(buffer).sliced(lineEnd + 2 + size, 2) != QByteArrayView("\r\n"))
                return Read::Bad;
            body += buffer.mid(lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }
    bool ok = false;
    const qsizetype length = response->header("content-length").toLongLong(&ok);
    const qsizetype bodyLength = ok ? length : 0;
    if (bodyLength < 0 || bodyLength > kMaxBodyBytes)
        return Read::Bad;
    if (buffer.size() < bodyStart + bodyLength)
        return Read::Incomplete;
    response->body = buffer.mid(bodyStart, bodyLength);
    buffer.remove(0, bodyStart + bodyLength);
    return Read::Complete;
}

bool WinRmTransport::parseResponse(Response *response, bool *bad)
{
    const HttpResponse::Read read = HttpResponse::read(m_buffer, response);
    *bad = read == HttpResponse::Read::Bad;
    return read == HttpResponse::Read::Complete;
}

void WinRmTransport::onReadyRead()
{
    if (!m_socket)
        return;
    const QByteArray data = m_socket->readAll();
    if (!m_current || m_phase == Phase::Idle || m_phase == Phase::Connecting)
        return; // nothing asked: ignore (a server should not talk unasked)
    m_receivedBytes = true;
    m_buffer += data;
    Response response;
    bool bad = false;
    if (!parseResponse(&response, &bad)) {
        if (bad) {
            dropConnection();
            finishCurrent(WinRmError::make(WinRmError::Kind::ProtocolError,
                                           QStringLiteral("the answer is not HTTP/1.1")));
        }
        return;
    }
    if (response.header("connection").toLower() == "close") {
        // handle first, then forget the connection (and its NTLM context)
        handleResponse(response);
        if (m_phase == Phase::Idle)
            dropConnection();
        return;
    }
    handleResponse(response);
}

WinRmError WinRmTransport::errorWithStatus(WinRmError::Kind kind, const QString &detail, int status) const
{
    WinRmError error = WinRmError::make(kind, detail);
    error.httpStatus = status;
    return error;
}

void WinRmTransport::handleResponse(const Response &response)
{
    switch (m_phase) {
    case Phase::Negotiate: {
        QByteArray token;
        QStringList offered;
        for (const QByteArray &value : response.headerValues("www-authenticate")) {
            for (const QByteArray &part : value.split(',')) {
                const QList<QByteArray> words = part.trimmed().split(' ');
                offered << QString::fromLatin1(words.value(0));
                if ((words.value(0).compare("Negotiate", Qt::CaseInsensitive) == 0 ||
                     words.value(0).compare("NTLM", Qt::CaseInsensitive) == 0) &&
                    words.size() > 1)
                    token = QByteArray::fromBase64(words.value(1));
            }
        }
        if (response.status == 401 && !token.isEmpty()) {
            sendAuthenticate(token);
            return;
        }
        dropConnection();
        if (response.status == 401)
            finishCurrent(errorWithStatus(WinRmError::Kind::AuthenticationUnsupported,
                                          QStringLiteral("the host offers: %1")
                                              .arg(offered.isEmpty() ? QStringLiteral("nothing")
                                                                     : offered.join(QStringLiteral(", "))),
                                          401));
        else
            finishCurrent(errorWithStatus(WinRmError::Kind::ProtocolError,
                                          QStringLiteral("unexpected HTTP %1 to NTLM NEGOTIATE").arg(response.status),
                                          response.status));
        return;
    }
    case Phase::Authenticate:
        if (response.status >= 200 && response.status < 300) {
            m_authenticated = true;
            ++m_authentications;
            qCDebug(lcWinRm) << "NTLM: authenticated";
            sendRequest();
            return;
        }
        dropConnection();
        if (response.status == 401) {
            WinRmError error = errorWithStatus(
                WinRmError::Kind::AuthenticationFailed,
                QStringLiteral("HTTP 401 after the NTLM exchange for user %1").arg(m_settings.user), 401);
            finishCurrent(error);
        } else {
            finishCurrent(errorWithStatus(WinRmError::Kind::ProtocolError,
                                          QStringLiteral("unexpected HTTP %1 to NTLM AUTHENTICATE").arg(response.status),
                                          response.status));
        }
        return;
    case Phase::Request: {
        const bool ntlmHttp = m_settings.authentication == WinRmSettings::Authentication::Ntlm &&
                              m_settings.transport == WinRmSettings::Transport::Http;
        if (response.status == 401) {
            if (m_settings.authentication == WinRmSettings::Authentication::Ntlm && !m_current->retried) {
                // The server dropped the NTLM context: authenticate again and resend (fresh seal state).
                m_current->retried = true;
                m_authenticated = false;
                m_session = {};
                qCDebug(lcWinRm) << "HTTP 401 on an authenticated connection; authenticating again";
                sendNegotiate();
                return;
            }
            dropConnection();
            finishCurrent(errorWithStatus(WinRmError::Kind::AuthenticationFailed,
                                          QStringLiteral("HTTP 401 for user %1").arg(m_settings.user), 401));
            return;
        }
        QByteArray body = response.body;
        const QByteArray contentType = response.header("content-type");
        if (ntlmHttp && !winrm::isEncryptedContentType(contentType)) {
            // Once the session is sealed, only a sealed and signed answer comes from the host: a
            // plain one (a SOAP fault on HTTP 500 just as well as a 200) may have been injected by
            // anyone on the path, so its text is never shown or acted on.
            dropConnection();
            WinRmError error = errorWithStatus(
                WinRmError::Kind::ProtocolError,
                QStringLiteral("HTTP %1 without message encryption on an encrypted connection (Content-Type: %2)")
                    .arg(response.status)
                    .arg(contentType.isEmpty() ? QStringLiteral("none") : QString::fromLatin1(contentType.left(120))),
                response.status);
            error.message = unsealedAnswerMessage();
            finishCurrent(error);
            return;
        }
        if (winrm::isEncryptedContentType(contentType)) {
            if (!ntlmHttp) {
                dropConnection();
                finishCurrent(errorWithStatus(WinRmError::Kind::ProtocolError,
                                              QStringLiteral("an encrypted answer on a connection without NTLM "
                                                             "message encryption"),
                                              response.status));
                return;
            }
            QString why;
            const auto plain = winrm::decryptMessage(m_session, body, &why);
            if (!plain) {
                // a bad signature or broken framing: as untrustworthy as a plain answer
                dropConnection();
                WinRmError error = errorWithStatus(WinRmError::Kind::ProtocolError, why, response.status);
                error.message = unsealedAnswerMessage();
                finishCurrent(error);
                return;
            }
            body = *plain;
        }
        if (response.status == 200 || response.status == 500) {
            m_phase = Phase::Idle;
            finishCurrent({}, response.status, body);
            return;
        }
        m_phase = Phase::Idle;
        if (response.status == 413)
            finishCurrent(errorWithStatus(WinRmError::Kind::ProtocolError,
                                          QStringLiteral("HTTP 413: the request is larger than the host's "
                                                         "MaxEnvelopeSizekb"),
                                          413));
        else
            finishCurrent(errorWithStatus(WinRmError::Kind::ProtocolError,
                                          QStringLiteral("unexpected HTTP status %1").arg(response.status),
                                          response.status));
        return;
    }
    case Phase::Idle:
    case Phase::Connecting:
        return;
    }
}

void WinRmTransport::finishCurrent(const WinRmError &error, int status, const QByteArray &body)
{
    m_deadline.stop();
    m_phase = Phase::Idle;
    std::optional<Pending> done = std::move(m_current);
    m_current.reset();
    if (error.isError())
        qCInfo(lcWinRm).noquote() << m_settings.endpoint().toString() << WinRmError::kindName(error.kind)
                                  << error.detail;
    QPointer<WinRmTransport> self(this);
    if (done && done->callback)
        done->callback(error, status, body);
    if (self && !m_queue.isEmpty())
        QTimer::singleShot(0, this, &WinRmTransport::startNext);
}

} // namespace ucmc
