#include "simulatedprocallhost.h"

#include <QSslSocket>
#include <QTcpSocket>

namespace procallsim {

namespace {
constexpr int kMaxRequestBytes = 8192;

QByteArray response(int status, const QByteArray &reason, const QByteArray &contentType, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + contentType
           + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

// The HTTPS port: every connection is a QSslSocket that starts the server side of the handshake.
// It is handed out at once; readyRead carries decrypted bytes only, so the HTTP code is the same.
class HttpsServer : public QTcpServer
{
public:
    HttpsServer(const QSslConfiguration &configuration, QObject *parent)
        : QTcpServer(parent)
        , m_configuration(configuration)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSslConfiguration(m_configuration);
        // A client that is not TLS (or gives up on the certificate) ends the connection.
        connect(socket, &QSslSocket::errorOccurred, socket, [socket](QAbstractSocket::SocketError error) {
            if (error != QAbstractSocket::RemoteHostClosedError)
                socket->abort();
        });
        addPendingConnection(socket);
        socket->startServerEncryption();
    }

private:
    QSslConfiguration m_configuration;
};
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
    connect(&m_webServer, &QTcpServer::newConnection, this, [this] { onHttpConnection(m_webServer); });
}

bool SimulatedProcallHost::listen(QTcpServer &server, quint16 port)
{
    if (server.listen(m_address, port))
        return true;
    m_error = QStringLiteral("cannot listen on %1:%2: %3").arg(m_address.toString()).arg(port).arg(server.errorString());
    return false;
}

bool SimulatedProcallHost::start(quint16 ucServerPort, quint16 webServerPort, int webServerHttpsPort)
{
    if (!m_address.isLoopback()) {
        m_error = QStringLiteral("only loopback addresses (127.0.0.0/8) are allowed");
        return false;
    }
    if (webServerHttpsPort > 65535) {
        m_error = QStringLiteral("bad HTTPS port %1").arg(webServerHttpsPort);
        return false;
    }
    if (!listen(m_ucServer, ucServerPort) || !listen(m_webServer, webServerPort))
        return false;
    m_ucServerPort = m_ucServer.serverPort();
    m_webServerPort = m_webServer.serverPort();
    if (webServerHttpsPort >= 0) {
        if (!QSslSocket::supportsSsl()) {
            m_error = QStringLiteral("the HTTPS port needs TLS support in Qt (no TLS backend)");
            return false;
        }
        m_certificate = SelfSignedCertificate::generate(m_address, &m_error);
        if (m_certificate.isNull())
            return false;
        m_webServerHttps = std::make_unique<HttpsServer>(m_certificate.serverConfiguration(), this);
        connect(m_webServerHttps.get(), &QTcpServer::newConnection, this,
                [this] { onHttpConnection(*m_webServerHttps); });
        if (!listen(*m_webServerHttps, quint16(webServerHttpsPort)))
            return false;
        m_webServerHttpsPort = m_webServerHttps->serverPort();
    }
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
    if (state == WebServerState::Stopped) {
        m_webServer.close();
        if (m_webServerHttps)
            m_webServerHttps->close();
        return;
    }
    if (!m_webServer.isListening())
        m_webServer.listen(m_address, m_webServerPort);
    if (m_webServerHttps && !m_webServerHttps->isListening())
        m_webServerHttps->listen(m_address, m_webServerHttpsPort);
}

void SimulatedProcallHost::onHttpConnection(QTcpServer &server)
{
    while (QTcpSocket *socket = server.nextPendingConnection())
        serve(socket);
}

void SimulatedProcallHost::serve(QTcpSocket *socket)
{
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
        const QByteArray request = socket->peek(kMaxRequestBytes + 1);
        if (request.size() > kMaxRequestBytes) {
            socket->abort();
            return;
        }
        // A request line starts with a method ("GET"); a TLS ClientHello starts with 0x16.
        if (!request.isEmpty() && !(request.at(0) >= 'A' && request.at(0) <= 'Z')) {
            socket->readAll();
            socket->write(response(400, "Bad Request", "text/plain", "not an HTTP request\n"));
            socket->disconnectFromHost();
            return;
        }
        if (!request.contains("\r\n\r\n"))
            return; // headers not complete yet
        socket->readAll();
        ++m_served;
        if (qobject_cast<QSslSocket *>(socket))
            ++m_servedHttps;
        if (m_webState == WebServerState::UcServerDisconnected)
            socket->write(response(502, "Bad Gateway", "application/json",
                                   R"({"error":"server not connected here"})"));
        else
            socket->write(response(200, "OK", "text/html; charset=utf-8",
                                   "<html><body>UC WebServer (simulated)</body></html>"));
        socket->disconnectFromHost();
    });
}

} // namespace procallsim
