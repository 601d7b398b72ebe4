#pragma once

#include <QSslConfiguration>
#include <QTcpServer>
#include <optional>

class QTcpSocket;

namespace kmssim {

// A listening socket that hands out plain QTcpSockets or, for wss, QSslSockets that have started
// their server-side TLS handshake.
class Listener : public QTcpServer
{
    Q_OBJECT

public:
    explicit Listener(std::optional<QSslConfiguration> tls, QObject *parent = nullptr);

    bool isSecure() const { return m_tls.has_value(); }

signals:
    void socketAccepted(QTcpSocket *socket); // the receiver takes ownership

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    std::optional<QSslConfiguration> m_tls;
};

} // namespace kmssim
