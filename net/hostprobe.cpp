#include "net/hostprobe.h"

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
    m_port = port;
    m_response.clear();
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, [this, host] {
        if (m_kind == Kind::Tcp) {
            finish(PortHealth::State::Open, {});
            return;
        }
        m_socket->write("GET / HTTP/1.1\r\nHost: " + host.toUtf8() + "\r\nUser-Agent: UC Media Console\r\n"
                        "Connection: close\r\n\r\n");
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &PortCheck::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError:
            finish(PortHealth::State::Closed, tr("connection refused"));
            break;
        case QAbstractSocket::HostNotFoundError:
            finish(PortHealth::State::Closed, tr("host name not found"));
            break;
        case QAbstractSocket::RemoteHostClosedError:
            finish(PortHealth::State::Closed, tr("closed without an HTTP answer"));
            break;
        default:
            finish(PortHealth::State::Closed, m_socket->errorString());
            break;
        }
    });
    m_clock.start();
    m_deadline.start(timeoutMs);
    m_socket->connectToHost(host, port);
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
    if (!ok)
        finish(PortHealth::State::Closed, tr("not an HTTP server"));
    else if (status == 502)
        finish(PortHealth::State::Open, tr("UCServer not connected (HTTP 502)"), status);
    else
        finish(PortHealth::State::Open, {}, status);
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

HostProbe::HostProbe(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HostProbe::runRound);
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
}

void HostProbe::setTarget(const QString &host, const ProbeSettings &settings)
{
    m_settings = settings.bounded();
    m_timer.stop();
    m_health = HostHealth{};
    m_health.host = host;
    m_health.ucServer.port = m_settings.ucServerPort;
    m_health.webServer.port = m_settings.webServerHttpPort;
    emit healthChanged(m_health);
    if (!host.isEmpty())
        runRound();
}

void HostProbe::runRound()
{
    m_round = m_health;
    m_outstanding = 2;
    const int timeout = m_settings.connectTimeoutMs();
    m_ucServerCheck.run(m_health.host, m_settings.ucServerPort, timeout);
    m_webServerCheck.run(m_health.host, m_settings.webServerHttpPort, timeout);
}

void HostProbe::publish()
{
    // Round-trip times change every round; report only what a user would notice.
    const auto sameState = [](const PortHealth &a, const PortHealth &b) {
        return a.state == b.state && a.detail == b.detail && a.httpStatus == b.httpStatus && a.port == b.port;
    };
    const bool changed = !sameState(m_round.ucServer, m_health.ucServer)
                         || !sameState(m_round.webServer, m_health.webServer);
    m_health = m_round;
    if (changed)
        emit healthChanged(m_health);
    m_timer.start(m_settings.hostIntervalMs);
}

} // namespace ucmc
