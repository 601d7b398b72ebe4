#include "winrmsimulator.h"

#include "ntlmacceptor.h"
#include "shellhost.h"
#include "simulatedprocallhost.h"
#include "tlsidentity.h"

#include <QCryptographicHash>
#include <QSslSocket>
#include <QTimer>
#include <QtEndian>

namespace winrmsim {

// ---- services and faults ----------------------------------------------------------------------

bool SimService::isWebServer() const
{
    return pathName.contains(QLatin1String("EUCWeb.exe"), Qt::CaseInsensitive);
}

QList<SimService> SimConfig::defaultServices(Role role, const QString &version)
{
    // Service short names of the WebServer and MediaServer are not public (procall.md section 3):
    // these are made up on purpose, so that only discovery by executable finds them.
    SimService ucServer{QStringLiteral("eucsrv"), QStringLiteral("estos UCServer"),
                        QStringLiteral("\"C:\\Program Files\\estos\\UCServer\\eucsrv.exe\""),
                        QStringLiteral("Running"), QStringLiteral("Auto"), version, version};
    SimService web{QStringLiteral("UCWebSrvSim"), QStringLiteral("estos UC WebServer"),
                   QStringLiteral("\"C:\\Program Files\\estos\\UCServer\\WebServer\\EUCWeb.exe\" -service"),
                   QStringLiteral("Running"), QStringLiteral("Auto"), version, version};
    // unquoted with a space in the path, as some installers register it
    SimService media{QStringLiteral("UCMediaSrvSim"), QStringLiteral("estos UC MediaServer"),
                     QStringLiteral("C:\\Program Files\\estos\\UCServer\\MediaService\\uc-media-server.exe"),
                     QStringLiteral("Running"), QStringLiteral("Auto"), version, version};
    switch (role) {
    case Role::UcServer:
        media.state = QStringLiteral("Stopped");
        media.startMode = QStringLiteral("Disabled");
        break;
    case Role::MediaServer:
        ucServer.state = web.state = QStringLiteral("Stopped");
        ucServer.startMode = web.startMode = QStringLiteral("Disabled");
        break;
    case Role::Fresh:
        break;
    }
    SimService winrm{QStringLiteral("WinRM"), QStringLiteral("Windows Remote Management (WS-Management)"),
                     QStringLiteral("C:\\Windows\\System32\\svchost.exe -k NetworkService -p"),
                     QStringLiteral("Running"), QStringLiteral("Auto"), {}, {}};
    SimService spooler{QStringLiteral("Spooler"), QStringLiteral("Print Spooler"),
                       QStringLiteral("C:\\Windows\\System32\\spoolsv.exe"), QStringLiteral("Running"),
                       QStringLiteral("Auto"), {}, {}};
    return {winrm, ucServer, spooler, web, media};
}

bool Faults::apply(const QString &specIn, QString *error)
{
    QString spec = specIn.trimmed();
    bool on = true;
    if (spec.startsWith(QLatin1String("no-"))) {
        on = false;
        spec = spec.mid(3);
    }
    const QString key = spec.section(QLatin1Char('='), 0, 0);
    const QString value = spec.section(QLatin1Char('='), 1);
    if (key == QLatin1String("clear")) {
        *this = Faults();
    } else if (key == QLatin1String("reject-auth")) {
        rejectAuth = on;
    } else if (key == QLatin1String("ps-error")) {
        psError = on;
    } else if (key == QLatin1String("garbage")) {
        garbage = on;
    } else if (key == QLatin1String("progress")) {
        progress = on;
    } else if (key == QLatin1String("access-denied")) {
        accessDenied = on;
    } else if (key == QLatin1String("plain-fault")) {
        plainFault = on;
    } else if (key == QLatin1String("stuck-stop") && !value.isEmpty()) {
        if (on)
            stuckStop.insert(value.toLower());
        else
            stuckStop.remove(value.toLower());
    } else if (key == QLatin1String("slow")) {
        bool ok = false;
        const int ms = value.toInt(&ok);
        if (on && (!ok || ms < 0)) {
            *error = QStringLiteral("slow needs milliseconds: slow=500");
            return false;
        }
        slowMs = on ? ms : 0;
    } else {
        *error = QStringLiteral("unknown fault %1 (reject-auth, stuck-stop=NAME, ps-error, garbage, progress, "
                                "access-denied, slow=MS, plain-fault, clear)")
                     .arg(specIn);
        return false;
    }
    return true;
}

QString Faults::describe() const
{
    QStringList parts;
    if (rejectAuth)
        parts << QStringLiteral("reject-auth");
    for (const QString &name : stuckStop)
        parts << QStringLiteral("stuck-stop=") + name;
    if (psError)
        parts << QStringLiteral("ps-error");
    if (garbage)
        parts << QStringLiteral("garbage");
    if (progress)
        parts << QStringLiteral("progress");
    if (accessDenied)
        parts << QStringLiteral("access-denied");
    if (slowMs)
        parts << QStringLiteral("slow=%1").arg(slowMs);
    if (plainFault)
        parts << QStringLiteral("plain-fault");
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QLatin1Char(' '));
}

// ---- listener and connection --------------------------------------------------------------------

class Listener : public QTcpServer
{
public:
    Listener(WinRmSimulator *sim, bool tls)
        : m_sim(sim)
        , m_tls(tls)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    WinRmSimulator *m_sim;
    bool m_tls;
};

class Connection : public QObject
{
public:
    Connection(WinRmSimulator *sim, QSslSocket *socket, bool tls)
        : QObject(socket)
        , m_sim(sim)
        , m_socket(socket)
        , m_tls(tls)
        , m_ntlm(sim->config().user, sim->config().password, sim->config().hostname)
    {
        resetNtlm();
        connect(socket, &QSslSocket::readyRead, this, &Connection::onReadyRead);
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    void resetNtlm()
    {
        m_ntlm = NtlmAcceptor(m_sim->config().user, m_sim->config().password, m_sim->config().hostname);
        if (m_tls)
            m_ntlm.setTlsServerEndPoint(m_sim->m_tlsEndPoint);
    }
    void onReadyRead();
    void handle(const QByteArray &head, const QByteArray &body);
    void respond(int status, const QList<QByteArray> &headers, const QByteArray &body, bool close = false);
    void offerAuthentication(bool close = false);
    void process(const QByteArray &soap, bool encrypted);

    WinRmSimulator *m_sim;
    QSslSocket *m_socket;
    bool m_tls;
    NtlmAcceptor m_ntlm;
    QByteArray m_scheme = "Negotiate";
    bool m_busy = false;
    QByteArray m_buffer;
};

void Listener::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    new Connection(m_sim, socket, m_tls);
    if (m_tls) {
        socket->setSslConfiguration(m_sim->m_tls);
        connect(socket, &QSslSocket::sslErrors, socket, [socket](const QList<QSslError> &) { socket->abort(); });
        socket->startServerEncryption();
    }
}

void Connection::onReadyRead()
{
    m_buffer += m_socket->readAll();
    while (!m_busy) {
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (m_buffer.size() > 64 * 1024)
                m_socket->abort();
            return;
        }
        const QByteArray head = m_buffer.left(headerEnd);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
            if (line.toLower().startsWith("transfer-encoding:")) {
                respond(411, {}, "chunked requests are not supported by winrm-sim", true);
                return;
            }
        }
        if (length < 0 || length > 16 * 1024 * 1024) {
            m_socket->abort();
            return;
        }
        if (m_buffer.size() < headerEnd + 4 + length)
            return;
        const QByteArray body = m_buffer.mid(headerEnd + 4, length);
        m_buffer.remove(0, headerEnd + 4 + length);
        m_busy = true;
        handle(head, body);
    }
}

void Connection::respond(int status, const QList<QByteArray> &headers, const QByteArray &body, bool close)
{
    static const QHash<int, QByteArray> reasons{{200, "OK"}, {400, "Bad Request"}, {401, "Unauthorized"},
                                                {404, "Not Found"}, {405, "Method Not Allowed"},
                                                {411, "Length Required"}, {500, "Internal Server Error"}};
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasons.value(status) + "\r\n";
    out += "Server: Microsoft-HTTPAPI/2.0\r\n";
    for (const QByteArray &h : headers)
        out += h + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n" + body;
    QPointer<QSslSocket> socket = m_socket;
    auto send = [this, socket, out, close] {
        if (!socket)
            return;
        socket->write(out);
        if (close)
            socket->disconnectFromHost();
        m_busy = false;
        if (!m_buffer.isEmpty())
            QTimer::singleShot(0, this, &Connection::onReadyRead);
    };
    if (m_sim->faults().slowMs > 0)
        QTimer::singleShot(m_sim->faults().slowMs, this, send);
    else
        send();
}

void Connection::offerAuthentication(bool close)
{
    QList<QByteArray> headers{"WWW-Authenticate: Negotiate"};
    if (m_tls && m_sim->config().basicOnHttps)
        headers << "WWW-Authenticate: Basic realm=\"WSMAN\"";
    respond(401, headers, {}, close);
}

void Connection::handle(const QByteArray &head, const QByteArray &body)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    QByteArray authorization, contentType;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "authorization")
            authorization = value;
        else if (name == "content-type")
            contentType = value;
    }
    if (requestLine.value(0) != "POST") {
        respond(405, {"Allow: POST"}, {});
        return;
    }
    if (requestLine.value(1).toLower() != "/wsman") {
        respond(404, {}, {});
        return;
    }
    const bool encryptedBody = contentType.toLower().startsWith("multipart/encrypted");

    if (!authorization.isEmpty()) {
        const qsizetype space = authorization.indexOf(' ');
        const QByteArray scheme = space < 0 ? authorization : authorization.left(space);
        const QByteArray token = space < 0 ? QByteArray() : QByteArray::fromBase64(authorization.mid(space + 1).trimmed());
        if (scheme.compare("Negotiate", Qt::CaseInsensitive) == 0 || scheme.compare("NTLM", Qt::CaseInsensitive) == 0) {
            m_scheme = scheme;
            switch (m_ntlm.step(token)) {
            case NtlmAcceptor::Result::Challenge:
                respond(401, {"WWW-Authenticate: " + m_scheme + ' ' + m_ntlm.challengeToken().toBase64()}, {});
                return;
            case NtlmAcceptor::Result::Accepted:
                if (m_sim->faults().rejectAuth) {
                    ++m_sim->m_authRejected;
                    m_sim->log(QStringLiteral("NTLM: rejected %1 (fault reject-auth)").arg(m_ntlm.authenticatedUser()));
                    resetNtlm();
                    offerAuthentication();
                    return;
                }
                ++m_sim->m_authOk;
                m_sim->log(QStringLiteral("NTLM: authenticated %1").arg(m_ntlm.authenticatedUser()));
                if (body.isEmpty()) {
                    respond(200, {}, {});
                    return;
                }
                if (!m_tls) {
                    ++m_sim->m_unencryptedRefused;
                    offerAuthentication();
                    return;
                }
                process(body, false);
                return;
            case NtlmAcceptor::Result::Rejected:
                ++m_sim->m_authRejected;
                m_sim->log(QStringLiteral("NTLM: rejected: %1").arg(m_ntlm.failureReason()));
                resetNtlm();
                offerAuthentication();
                return;
            case NtlmAcceptor::Result::Malformed:
                respond(400, {}, "malformed NTLM token");
                return;
            }
        }
        if (scheme.compare("Basic", Qt::CaseInsensitive) == 0) {
            const QString credentials = QString::fromUtf8(token);
            const QString user = credentials.section(QLatin1Char(':'), 0, 0);
            const QString password = credentials.section(QLatin1Char(':'), 1);
            const QString expected = m_sim->config().user;
            const bool userOk = user.compare(expected, Qt::CaseInsensitive) == 0 ||
                                user.section(QLatin1Char('\\'), -1).compare(expected.section(QLatin1Char('\\'), -1),
                                                                            Qt::CaseInsensitive) == 0;
            if (!m_tls || !m_sim->config().basicOnHttps || !userOk || password != m_sim->config().password ||
                m_sim->faults().rejectAuth) {
                ++m_sim->m_authRejected;
                m_sim->log(QStringLiteral("Basic: rejected user %1").arg(user));
                offerAuthentication();
                return;
            }
            ++m_sim->m_authOk;
            process(body, false);
            return;
        }
        offerAuthentication();
        return;
    }
    if (!m_ntlm.isEstablished()) {
        offerAuthentication();
        return;
    }
    if (!m_tls && !encryptedBody) {
        // AllowUnencrypted=false: an NTLM-authenticated plaintext message is refused with 401
        ++m_sim->m_unencryptedRefused;
        m_sim->log(QStringLiteral("refused an unencrypted message (AllowUnencrypted=false)"));
        offerAuthentication();
        return;
    }
    if (encryptedBody) {
        if (m_tls) {
            respond(400, {}, "message encryption is not used over HTTPS");
            return;
        }
        // multipart/encrypted framing ([MS-WSMV] 2.2.9.1.1)
        const QByteArray boundary = "--Encrypted Boundary\r\n";
        const qsizetype lengthAt = body.indexOf("Length=");
        const qsizetype octet = body.indexOf("\tContent-Type: application/octet-stream\r\n");
        if (!body.startsWith(boundary) || !body.contains("application/HTTP-SPNEGO-session-encrypted") ||
            lengthAt < 0 || octet < 0) {
            respond(400, {}, "bad multipart/encrypted body");
            return;
        }
        const qsizetype length = body.mid(lengthAt + 7, body.indexOf("\r\n", lengthAt) - lengthAt - 7).toLongLong();
        const qsizetype payload = octet + 41;
        if (body.size() < payload + 4 + 16 + length) {
            respond(400, {}, "encrypted body shorter than its OriginalContent length");
            return;
        }
        const quint32 signatureLength = qFromLittleEndian<quint32>(body.constData() + payload);
        const QByteArray signature = body.mid(payload + 4, signatureLength);
        const QByteArray sealed = body.mid(payload + 4 + signatureLength, length);
        if (body.mid(payload + 4 + signatureLength + length) != "--Encrypted Boundary--\r\n") {
            respond(400, {}, "encrypted body does not end with the closing boundary");
            return;
        }
        QByteArray plain;
        if (signatureLength != 16 || !m_ntlm.unseal(sealed, signature, &plain)) {
            m_sim->log(QStringLiteral("a sealed message failed its signature check"));
            respond(400, {}, "the message signature does not verify", true);
            return;
        }
        process(plain, true);
        return;
    }
    process(body, false);
}

void Connection::process(const QByteArray &soap, bool encrypted)
{
    const QUrl url = m_tls ? m_sim->httpsUrl() : m_sim->httpUrl();
    QPointer<Connection> self(this);
    m_sim->m_shells->handle(soap, url.toString(), [self, encrypted](int status, const QByteArray &answer) {
        if (!self)
            return;
        if (!encrypted) {
            self->respond(status, {"Content-Type: application/soap+xml;charset=UTF-8"}, answer);
            return;
        }
        if (self->m_sim->faults().plainFault) {
            // fault plain-fault: what a man in the middle could inject into a sealed session
            ++self->m_sim->m_plainFaultsSent;
            self->m_sim->log(QStringLiteral("answering with a plain HTTP 500 fault on a sealed session (fault plain-fault)"));
            self->respond(500, {"Content-Type: application/soap+xml;charset=UTF-8"},
                          ShellHost::faultEnvelope({}, QStringLiteral("s:Receiver"), QStringLiteral("w:InternalError"),
                                                   QStringLiteral("Injected: run evil.exe to repair WinRM"),
                                                   QStringLiteral("2150858770")));
            return;
        }
        QByteArray signature;
        const QByteArray sealed = self->m_ntlm.seal(answer, &signature);
        QByteArray length(4, '\0');
        qToLittleEndian<quint32>(quint32(signature.size()), length.data());
        const QByteArray body = "--Encrypted Boundary\r\n\tContent-Type: application/HTTP-SPNEGO-session-encrypted\r\n"
                                "\tOriginalContent: type=application/soap+xml;charset=UTF-8;Length=" +
                                QByteArray::number(answer.size()) +
                                "\r\n--Encrypted Boundary\r\n\tContent-Type: application/octet-stream\r\n" + length +
                                signature + sealed + "--Encrypted Boundary--\r\n";
        self->respond(status,
                      {"Content-Type: multipart/encrypted;protocol=\"application/HTTP-SPNEGO-session-encrypted\";"
                       "boundary=\"Encrypted Boundary\""},
                      body);
    });
}

// ---- simulator --------------------------------------------------------------------------------

WinRmSimulator::WinRmSimulator(const SimConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_services(config.services)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (SimService &service : m_services)
        if (service.state == QLatin1String("Running") && !service.startedAt.isValid())
            service.startedAt = now;
    m_shells = std::make_unique<ShellHost>(this);
    m_shells->setParent(nullptr);
}

WinRmSimulator::~WinRmSimulator() = default;

bool WinRmSimulator::start(QString *error)
{
    if (!m_config.address.isLoopback() || m_config.address.protocol() != QAbstractSocket::IPv4Protocol) {
        *error = QStringLiteral("only loopback addresses (127.0.0.0/8) are allowed");
        return false;
    }
    if (m_config.password.isEmpty()) {
        *error = QStringLiteral("a password is required");
        return false;
    }
    if (m_config.httpPort >= 0) {
        m_http = std::make_unique<Listener>(this, false);
        if (!m_http->listen(m_config.address, quint16(m_config.httpPort))) {
            *error = QStringLiteral("cannot listen on %1:%2: %3")
                         .arg(m_config.address.toString())
                         .arg(m_config.httpPort)
                         .arg(m_http->errorString());
            return false;
        }
    }
    if (m_config.httpsPort >= 0) {
        m_identity = m_config.certificatePem.isEmpty()
                         ? kmssim::TlsIdentity::generateSelfSigned({m_config.address}, error)
                         : kmssim::TlsIdentity::fromPemFile(m_config.certificatePem, {}, error);
        if (!m_identity)
            return false;
        m_tls = m_identity->serverConfiguration();
        const QSslCertificate cert = m_identity->chain().value(0);
        // tls-server-end-point (RFC 5929) with SHA-256 (the generated certificates are sha256WithRSA)
        m_tlsEndPoint = QCryptographicHash::hash(cert.toDer(), QCryptographicHash::Sha256);
        m_https = std::make_unique<Listener>(this, true);
        if (!m_https->listen(m_config.address, quint16(m_config.httpsPort))) {
            *error = QStringLiteral("cannot listen on %1:%2: %3")
                         .arg(m_config.address.toString())
                         .arg(m_config.httpsPort)
                         .arg(m_https->errorString());
            return false;
        }
    }
    if (m_config.webServerPort >= 0) {
        m_webHost = std::make_unique<procallsim::SimulatedProcallHost>(m_config.address);
        if (!m_webHost->start(quint16(m_config.ucServerPort), quint16(m_config.webServerPort),
                              m_config.webServerHttpsPort)) {
            *error = m_webHost->errorString();
            return false;
        }
        for (const SimService &s : std::as_const(m_services))
            if (s.isWebServer())
                updateWebServer(s);
    }
    return true;
}

QUrl WinRmSimulator::httpUrl() const
{
    if (!m_http)
        return {};
    return QUrl(QStringLiteral("http://%1:%2/wsman").arg(m_config.address.toString()).arg(m_http->serverPort()));
}

QUrl WinRmSimulator::httpsUrl() const
{
    if (!m_https)
        return {};
    return QUrl(QStringLiteral("https://%1:%2/wsman").arg(m_config.address.toString()).arg(m_https->serverPort()));
}

QSslCertificate WinRmSimulator::certificate() const
{
    return m_identity ? m_identity->chain().value(0) : QSslCertificate();
}

QString WinRmSimulator::certificateSha256() const
{
    const QByteArray hex = certificate().digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (int i = 0; i + 1 < hex.size(); i += 2)
        pairs << QString::fromLatin1(hex.mid(i, 2));
    return pairs.join(QLatin1Char(':'));
}

quint16 WinRmSimulator::webServerPort() const
{
    return m_webHost ? m_webHost->webServerPort() : 0;
}

int WinRmSimulator::openShells() const
{
    return m_shells->openShells();
}

void WinRmSimulator::log(const QString &line)
{
    emit logLine(line);
}

SimService *WinRmSimulator::service(const QString &name)
{
    for (SimService &s : m_services)
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    return nullptr;
}

void WinRmSimulator::updateWebServer(const SimService &service)
{
    if (!m_webHost || !service.isWebServer())
        return;
    m_webHost->setWebServerState(service.state == QLatin1String("Running")
                                     ? procallsim::SimulatedProcallHost::WebServerState::Running
                                     : procallsim::SimulatedProcallHost::WebServerState::Stopped);
}

void WinRmSimulator::setState(const QString &name, const QString &state)
{
    SimService *s = service(name);
    if (!s || s->state == state)
        return;
    s->state = state;
    if (state == QLatin1String("Running"))
        s->startedAt = QDateTime::currentDateTimeUtc();
    else if (state == QLatin1String("Stopped"))
        s->startedAt = {};
    log(QStringLiteral("service %1: %2").arg(s->name, state));
    updateWebServer(*s);
    emit serviceChanged(s->name, state);
}

void WinRmSimulator::requestStop(const QString &name)
{
    SimService *s = service(name);
    if (!s || s->state == QLatin1String("Stopped"))
        return;
    setState(name, QStringLiteral("Stop Pending"));
    if (m_faults.stuckStop.contains(s->name.toLower())) {
        log(QStringLiteral("service %1 never stops (fault stuck-stop)").arg(s->name));
        return;
    }
    const QString serviceName = s->name;
    QTimer::singleShot(m_config.transitionMs, this, [this, serviceName] {
        SimService *t = service(serviceName);
        if (t && t->state == QLatin1String("Stop Pending") && !m_faults.stuckStop.contains(serviceName.toLower()))
            setState(serviceName, QStringLiteral("Stopped"));
    });
}

bool WinRmSimulator::requestStart(const QString &name, QString *error)
{
    SimService *s = service(name);
    if (!s) {
        *error = QStringLiteral("Cannot find any service with service name '%1'.").arg(name);
        return false;
    }
    if (s->startMode == QLatin1String("Disabled")) {
        *error = QStringLiteral("The service cannot be started, either because it is disabled or because it has no "
                                "enabled devices associated with it");
        return false;
    }
    if (s->state == QLatin1String("Running") || s->state == QLatin1String("Start Pending"))
        return true;
    if (s->state != QLatin1String("Stopped")) {
        *error = QStringLiteral("Cannot start service %1 on computer '.'.").arg(s->name);
        return false;
    }
    setState(name, QStringLiteral("Start Pending"));
    const QString serviceName = s->name;
    QTimer::singleShot(m_config.transitionMs, this, [this, serviceName] {
        SimService *t = service(serviceName);
        if (t && t->state == QLatin1String("Start Pending"))
            setState(serviceName, QStringLiteral("Running"));
    });
    return true;
}

void WinRmSimulator::setStartedAt(const QString &name, const QDateTime &time)
{
    if (SimService *s = service(name))
        s->startedAt = time.toUTC();
}

bool WinRmSimulator::setStartMode(const QString &name, const QString &mode)
{
    SimService *s = service(name);
    if (!s || (mode != QLatin1String("Auto") && mode != QLatin1String("Manual") && mode != QLatin1String("Disabled")))
        return false;
    s->startMode = mode;
    log(QStringLiteral("service %1: start mode %2").arg(s->name, mode));
    return true;
}

} // namespace winrmsim
