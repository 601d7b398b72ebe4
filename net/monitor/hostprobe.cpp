#include "net/monitor/hostprobe.h"

#include <QSslSocket>

namespace ucmc {

PortCheck::PortCheck(Kind kind, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this,
            [this] { finish(PortHealth::State::Closed, tr("timed out")); });
}

void PortCheck::run(const QString &host, quint16 port, int timeoutMs)
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_host = host;
    m_port = port;
    m_response.clear();
    m_encrypted = false;
    m_sslErrors.clear();
    QSslSocket *ssl = nullptr;
    if (m_kind == Kind::Https) {
        ssl = new QSslSocket(this);
        ssl->setPeerVerifyMode(QSslSocket::VerifyPeer); // verify as usual; see sslErrors below
        ssl->setProtocol(QSsl::SecureProtocols);
        connect(ssl, &QSslSocket::encrypted, this, [this] {
            m_encrypted = true;
            sendRequest();
        });
        connect(ssl, &QSslSocket::sslErrors, this, [this, ssl](const QList<QSslError> &errors) {
            // The default UC WebServer certificate is self-signed. The check sends nothing secret
            // and only asks whether the WebServer answers, so it goes on for this one handshake,
            // and the errors are reported in the result's detail.
            m_sslErrors = errors;
            ssl->ignoreSslErrors();
        });
        m_socket = ssl;
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, [this] {
            if (m_kind == Kind::Tcp)
                finish(PortHealth::State::Open, {});
            else
                sendRequest();
        });
    }
    connect(m_socket, &QTcpSocket::readyRead, this, &PortCheck::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &PortCheck::onSocketError);
    m_clock.start();
    m_deadline.start(timeoutMs);
    if (ssl)
        ssl->connectToHostEncrypted(host, port);
    else
        m_socket->connectToHost(host, port);
}

void PortCheck::sendRequest()
{
    m_socket->write("GET / HTTP/1.1\r\nHost: " + m_host.toUtf8() + "\r\nUser-Agent: UC Media Console\r\n"
                    "Connection: close\r\n\r\n");
}

void PortCheck::onSocketError(QAbstractSocket::SocketError error)
{
    const bool inHandshake = m_kind == Kind::Https && !m_encrypted;
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        finish(PortHealth::State::Closed, tr("connection refused"));
        break;
    case QAbstractSocket::HostNotFoundError:
        finish(PortHealth::State::Closed, tr("host name not found"));
        break;
    case QAbstractSocket::RemoteHostClosedError:
        finish(PortHealth::State::Closed,
               inHandshake ? tr("closed during the TLS handshake (not an HTTPS server?)")
                           : tr("closed without an HTTP answer"));
        break;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
    {
        // "Error during SSL handshake: error:0A00010B:SSL routines::wrong version number": the
        // OpenSSL reason at the end is what helps.
        QString reason = m_socket->errorString();
        const qsizetype at = reason.lastIndexOf(QLatin1String("::"));
        if (at >= 0 && at + 2 < reason.size())
            reason = reason.mid(at + 2).trimmed();
        finish(PortHealth::State::Closed, tr("TLS handshake failed (not an HTTPS server?): %1").arg(reason));
        break;
    }
    default:
        finish(PortHealth::State::Closed, m_socket->errorString());
        break;
    }
}

void PortCheck::onReadyRead()
{
    m_response += m_socket->readAll();
    const qsizetype lineEnd = m_response.indexOf("\r\n");
    if (lineEnd < 0) {
        if (m_response.size() > 4096)
            finish(PortHealth::State::Closed, tr("not an HTTP server"));
        return;
    }
    // "HTTP/1.1 502 Bad Gateway"
    const QList<QByteArray> parts = m_response.left(lineEnd).split(' ');
    bool ok = false;
    const int status = parts.size() >= 2 && parts[0].startsWith("HTTP/") ? parts[1].toInt(&ok) : 0;
    if (!ok) {
        finish(PortHealth::State::Closed, tr("not an HTTP server"));
        return;
    }
    QString detail = status == 502 ? tr("UCServer not connected (HTTP 502)") : QString();
    const QString problem = certificateProblem();
    if (!problem.isEmpty()) {
        if (detail.isEmpty())
            detail = tr("answers (HTTP %1)").arg(status);
        detail = tr("%1; certificate not trusted: %2").arg(detail, problem);
    }
    finish(PortHealth::State::Open, detail, status);
}

QString PortCheck::certificateProblem() const
{
    QStringList problems;
    for (const QSslError &error : m_sslErrors) {
        QString text;
        switch (error.error()) {
        case QSslError::SelfSignedCertificate:
            text = tr("self-signed");
            break;
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            text = tr("unknown issuer");
            break;
        case QSslError::CertificateExpired:
            text = tr("expired");
            break;
        case QSslError::CertificateNotYetValid:
            text = tr("not yet valid");
            break;
        case QSslError::HostNameMismatch:
            text = tr("issued for another name");
            break;
        default:
            text = error.errorString();
            break;
        }
        if (!problems.contains(text))
            problems << text;
    }
    return problems.join(QStringLiteral(", "));
}

void PortCheck::finish(PortHealth::State state, const QString &detail, int httpStatus)
{
    if (!m_socket)
        return;
    m_deadline.stop();
    PortHealth result;
    result.state = state;
    result.port = m_port;
    result.detail = detail;
    result.httpStatus = httpStatus;
    result.rttMs = state == PortHealth::State::Open ? double(m_clock.nsecsElapsed()) / 1e6 : -1;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
    emit finished(result);
}

HostProbe::HostProbe(ProbeScheduler *scheduler, QObject *parent)
    : QObject(parent)
    , m_scheduler(scheduler)
{
    connect(&m_ucServerCheck, &PortCheck::finished, this, [this](const PortHealth &r) {
        m_round.ucServer = r;
        if (--m_outstanding == 0)
            publish();
    });
    connect(&m_webServerCheck, &PortCheck::finished, this, [this](const PortHealth &r) {
        m_round.webServer = r;
        if (--m_outstanding == 0)
            publish();
    });
    connect(&m_webServerHttpsCheck, &PortCheck::finished, this, [this](const PortHealth &r) {
        m_round.webServerHttps = r;
        if (--m_outstanding == 0)
            publish();
    });
}

void HostProbe::setTarget(const QString &host, const ProbeSettings &settings)
{
    m_settings = settings.bounded();
    m_scheduler->cancel(&m_nextRound);
    m_health = HostHealth{};
    m_health.host = host;
    m_health.ucServer.port = m_settings.ucServerPort;
    m_health.webServer.port = m_settings.webServerHttpPort;
    m_health.webServerHttps.port = m_settings.webServerHttpsPort;
    m_nextHttpsMs = 0;
    emit healthChanged(m_health);
    if (!host.isEmpty())
        runRound();
}

void HostProbe::runRound()
{
    m_round = m_health; // HTTPS keeps its last result in a round that does not check it
    // Rounds move by up to half a host interval on the pings' grid: a round that close counts.
    const qint64 now = ProbeScheduler::nowMs();
    const bool https = now + m_settings.hostIntervalMs / 2 >= m_nextHttpsMs;
    if (https)
        m_nextHttpsMs = now + m_settings.httpsIntervalMs;
    m_outstanding = https ? 3 : 2;
    const int timeout = m_settings.connectTimeoutMs();
    m_ucServerCheck.run(m_health.host, m_settings.ucServerPort, timeout);
    m_webServerCheck.run(m_health.host, m_settings.webServerHttpPort, timeout);
    if (https)
        m_webServerHttpsCheck.run(m_health.host, m_settings.webServerHttpsPort, timeout);
}

void HostProbe::publish()
{
    // Round-trip times change every round; report only what a user would notice.
    const auto sameState = [](const PortHealth &a, const PortHealth &b) {
        return a.state == b.state && a.detail == b.detail && a.httpStatus == b.httpStatus && a.port == b.port;
    };
    const bool changed = !sameState(m_round.ucServer, m_health.ucServer)
                         || !sameState(m_round.webServer, m_health.webServer)
                         || !sameState(m_round.webServerHttps, m_health.webServerHttps);
    if (!sameState(m_round.webServer, m_health.webServer))
        m_nextHttpsMs = 0; // the UC WebServer changed: what does HTTPS say now?
    m_health = m_round;
    if (changed)
        emit healthChanged(m_health);
    // On the pings' grid when it is fine enough for the host's interval (it moves a round by at most
    // half a grid step, and keeps the period on average); else to the millisecond.
    const int grid = m_scheduler->periodicGrid(m_settings.intervalMs);
    m_scheduler->schedule(&m_nextRound, ProbeScheduler::nowMs() + m_settings.hostIntervalMs,
                          grid <= m_settings.hostIntervalMs / 5 ? grid : 0);
}

} // namespace ucmc
