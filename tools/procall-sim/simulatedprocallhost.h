#pragma once

#include "selfsignedcertificate.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <memory>

namespace procallsim {

// The network face of a UCServer host as a monitoring client sees it: the UCServer's client
// (CTI) port accepts TCP connections, and the UC WebServer answers HTTP and, when asked for,
// HTTPS (with a self-signed certificate, as the real one by default). What the real UC WebServer
// answers on GET / is not public; this answers 200 with a small page, and 502 when its UCServer
// is "not connected" (documented for the /ws/ routes; see README.md). Both WebServer ports follow
// the same state. Something that is not an HTTP request (a TLS ClientHello on the HTTP port) gets
// 400 and the connection closed, as common web servers do.
class SimulatedProcallHost : public QObject
{
    Q_OBJECT
public:
    enum class WebServerState { Running, UcServerDisconnected, Stopped };

    explicit SimulatedProcallHost(const QHostAddress &address, QObject *parent = nullptr);

    // Ports 0 pick free ports; webServerHttpsPort -1 opens no HTTPS port (its certificate is made
    // with the openssl command line tool). Returns false (and errorString()) when a port cannot be
    // bound or the certificate cannot be made.
    bool start(quint16 ucServerPort = 7222, quint16 webServerPort = 7224, int webServerHttpsPort = -1);
    void setUcServerRunning(bool running);
    void setWebServerState(WebServerState state);

    quint16 ucServerPort() const { return m_ucServerPort; }
    quint16 webServerPort() const { return m_webServerPort; }
    quint16 webServerHttpsPort() const { return m_webServerHttpsPort; } // 0: no HTTPS port
    QSslCertificate webServerCertificate() const { return m_certificate.certificate; }
    QString errorString() const { return m_error; }
    int httpRequestsServed() const { return m_served; } // on both ports
    int httpsRequestsServed() const { return m_servedHttps; }

private:
    bool listen(QTcpServer &server, quint16 port);
    void onHttpConnection(QTcpServer &server);
    void serve(QTcpSocket *socket);

    QHostAddress m_address;
    QTcpServer m_ucServer;
    QTcpServer m_webServer;
    std::unique_ptr<QTcpServer> m_webServerHttps; // hands out QSslSockets in server mode
    SelfSignedCertificate m_certificate;
    quint16 m_ucServerPort = 0;
    quint16 m_webServerPort = 0;
    quint16 m_webServerHttpsPort = 0;
    WebServerState m_webState = WebServerState::Running;
    QString m_error;
    int m_served = 0;
    int m_servedHttps = 0;
};

} // namespace procallsim
