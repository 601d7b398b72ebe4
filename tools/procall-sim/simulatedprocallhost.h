#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>

namespace procallsim {

// The network face of a UCServer host as a monitoring client sees it: the UCServer's client
// (CTI) port accepts TCP connections, and the UC WebServer answers HTTP. What the real UC
// WebServer answers on GET / is not public; this answers 200 with a small page, and 502 when its
// UCServer is "not connected" (documented for the /ws/ routes; see README.md).
class SimulatedProcallHost : public QObject
{
    Q_OBJECT
public:
    enum class WebServerState { Running, UcServerDisconnected, Stopped };

    explicit SimulatedProcallHost(const QHostAddress &address, QObject *parent = nullptr);

    // Ports 0 pick free ports. Returns false (and errorString()) when a port cannot be bound.
    bool start(quint16 ucServerPort = 7222, quint16 webServerPort = 7224);
    void setUcServerRunning(bool running);
    void setWebServerState(WebServerState state);

    quint16 ucServerPort() const { return m_ucServerPort; }
    quint16 webServerPort() const { return m_webServerPort; }
    QString errorString() const { return m_error; }
    int httpRequestsServed() const { return m_served; }

private:
    bool listen(QTcpServer &server, quint16 port);
    void onHttpConnection();

    QHostAddress m_address;
    QTcpServer m_ucServer;
    QTcpServer m_webServer;
    quint16 m_ucServerPort = 0;
    quint16 m_webServerPort = 0;
    WebServerState m_webState = WebServerState::Running;
    QString m_error;
    int m_served = 0;
};

} // namespace procallsim
