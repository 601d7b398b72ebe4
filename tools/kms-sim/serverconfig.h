#pragma once

#include "tlsidentity.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <chrono>
#include <memory>
#include <optional>

namespace kmssim {

// Everything that makes one simulated KMS process; the defaults are those of a stock KMS 7.3.0.
struct ServerConfig
{
    QHostAddress address{QStringLiteral("127.0.0.11")}; // must be in 127.0.0.0/8
    std::optional<quint16> wsPort = 8888;               // ws:// listener; 0 = ephemeral, nullopt = none
    std::optional<quint16> wssPort;                     // wss:// listener; needs tls
    std::shared_ptr<const TlsIdentity> tls;
    QString version = QStringLiteral("7.3.0");
    QString path = QStringLiteral("kurento");             // mediaServer.net.websocket.path
    std::chrono::milliseconds gcPeriod{240000};           // mediaServer.resources.garbageCollectorPeriod
    std::chrono::milliseconds requestCacheTimeout{20000}; // 0 = disableRequestCache
    std::chrono::milliseconds handshakeTimeout{5000};
    qint64 maxMessageSize = 32000000;
    QByteArray metadata; // JSON of the config's top-level "metadata" node; empty = none
    int cpuCount = 0;    // getCpuCount; 0 = this machine's logical cores
};

} // namespace kmssim
