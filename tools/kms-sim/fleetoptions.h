#pragma once

#include "fault.h"
#include "serverconfig.h"

#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace kmssim {

// The kms-sim command line, parsed and validated. See README.md for every option.
struct FleetOptions
{
    int count = 1;
    QHostAddress address{QStringLiteral("127.0.0.11")};
    quint16 port = 8888;
    quint16 securePort = 8433;
    bool consecutivePorts = false;
    bool allSecure = false;  // --wss
    QSet<int> secureIndexes; // --wss-index
    bool dual = false;       // --dual: ws and wss on every server
    QString certificate;
    QByteArray certificatePassword;
    bool selfSigned = false;
    bool certificateExpired = false; // --certificate-expired (with --self-signed)
    QString certificateHost;         // --certificate-host (with --self-signed)
    QString defaultVersion = QStringLiteral("7.3.0");
    QMap<int, QString> versions;
    QList<QPair<int, Fault>> faults;  // index -1 = all
    QList<QPair<int, int>> pipelines; // initial load; index -1 = all
    ServerConfig base;                // gc period, cache, path, metadata, cpu count, limits
    int threads = -1;                 // worker threads; -1 = automatic, 0 = none
    int controlPort = -1;             // -1 = none, 0 = ephemeral
    bool readStdin = true;
    double lifetimeSeconds = 0; // 0 = forever
    bool helpRequested = false;

    // arguments[0] is the program name, as in QCoreApplication::arguments().
    static std::optional<FleetOptions> parse(const QStringList &arguments, QString *error);
    static QString helpText();

    bool isSecure(int index) const;
    int effectiveThreads() const; // -1 resolved: one thread per 125 servers, at most 8
    QHostAddress addressOf(int index) const;
    // Builds the per-server configurations; makes or loads the TLS identity when one is needed.
    std::optional<QList<ServerConfig>> serverConfigs(QString *error) const;
};

// The index-th address after first, carrying into the next octet (127.0.0.255 + 1 = 127.0.1.0).
// nullopt when it would leave 127.0.0.0/8 or hit its network or broadcast address.
std::optional<QHostAddress> loopbackAddress(const QHostAddress &first, int index);

} // namespace kmssim
