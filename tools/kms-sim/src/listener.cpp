#include "listener.h"

#include <QSslSocket>

namespace kmssim {

Listener::Listener(std::optional<QSslConfiguration> tls, QObject *parent)
    : QTcpServer(parent)
    , m_tls(std::move(tls))
{
    setListenBacklogSize(4096); // KMS uses SOMAXCONN
}

void Listener::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = m_tls ? new QSslSocket : new QTcpSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
        ssl->setSslConfiguration(*m_tls);
        ssl->startServerEncryption();
    }
    emit socketAccepted(socket);
}

} // namespace kmssim
