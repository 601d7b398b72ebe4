#include "simulatedprocallhost.h"

#include <QTcpSocket>

namespace procallsim {

namespace {
constexpr int kMaxRequestBytes = 8192;

QByteArray response(int status, const QByteArray &reason, const QByteArray &contentType, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + contentType
           + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}
} // namespace

SimulatedProcallHost::SimulatedProcallHost(const QHostAddress &address, QObject *parent)
    : QObject(parent)
    , m_address(address)
{
    // The UCServer port accepts and holds connections; the console only checks that it can connect.
    connect(&m_ucServer, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_ucServer.nextPendingConnection())
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    });
    connect(&m_webServer, &QTcpServer::newConnection, this, &SimulatedProcallHost::onHttpConnection);
}

bool SimulatedProcallHost::listen(QTcpServer &server, quint16 port)
{
    if (server.listen(m_address, port))
        return true;
    m_error = QStringLiteral("cannot listen on %1:%2: %3").arg(m_address.toString()).arg(port).arg(server.errorString());
    return false;
}

bool SimulatedProcallHost::start(quint16 ucServerPort, quint16 webServerPort)
{
    if (!m_address.isLoopback()) {
        m_error = QStringLiteral("only loopback addresses (127.0.0.0/8) are allowed");
        return false;
    }
    if (!listen(m_ucServer, ucServerPort) || !listen(m_webServer, webServerPort))
        return false;
    m_ucServerPort = m_ucServer.serverPort();
    m_webServerPort = m_webServer.serverPort();
    return true;
}

void SimulatedProcallHost::setUcServerRunning(bool running)
{
    if (running && !m_ucServer.isListening())
        m_ucServer.listen(m_address, m_ucServerPort);
    else if (!running)
        m_ucServer.close();
}

void SimulatedProcallHost::setWebServerState(WebServerState state)
{
    m_webState = state;
    if (state == WebServerState::Stopped)
        m_webServer.close();
    else if (!m_webServer.isListening())
        m_webServer.listen(m_address, m_webServerPort);
}

void SimulatedProcallHost::onHttpConnection()
{
    while (QTcpSocket *socket = m_webServer.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            const QByteArray request = socket->peek(kMaxRequestBytes + 1);
            if (request.size() > kMaxRequestBytes) {
                socket->abort();
                return;
            }
            if (!request.contains("\r\n\r\n"))
                return; // headers not complete yet
            socket->readAll();
            ++m_served;
            if (m_webState == WebServerState::UcServerDisconnected)
                socket->write(response(502, "Bad Gateway", "application/json",
                                       R"({"error":"server not connected here"})"));
            else
                socket->write(response(200, "OK", "text/html; charset=utf-8",
                                       "<html><body>UC WebServer (simulated)</body></html>"));
            socket->disconnectFromHost();
        });
    }
}

} // namespace procallsim
