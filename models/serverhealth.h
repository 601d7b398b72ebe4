#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

namespace ucmc {

// Live state of one media server as the monitor sees it.
enum class HealthState : quint8 {
    Unknown,    // not probed yet
    Connecting, // first connection attempt under way
    Up,         // answers JSON-RPC ping with pong
    Down,       // the last attempt failed; reason says why
    NotMonitored, // the entry's URL cannot be probed (malformed)
};

// Why a server is down (or why its last attempt failed). Stable identifiers; the text is
// translated separately so logs and tests can compare codes.
enum class HealthReason : quint8 {
    None,
    Refused,         // TCP connection refused: nothing listens on that port
    HostNotFound,    // name resolution failed
    HostUnreachable, // network or host unreachable
    ConnectTimeout,  // no TCP connection or no WebSocket handshake within the timeout
    ReplyTimeout,    // connected, but ping was not answered within the timeout
    TlsError,        // TLS handshake or certificate verification failed
    UpgradeRejected, // HTTP answered, but not with a WebSocket upgrade
    Closed,          // the server closed the WebSocket (code in detail)
    ConnectionLost,  // the TCP connection dropped without a close frame (1006)
    NotKurento,      // answered, but not like a Kurento media server (garbage, wrong shape)
    WrongReplyId,    // answered with a JSON-RPC id that was never sent
    MessageTooLarge, // sent a message larger than the console accepts
    InvalidUrl,      // the configured URL cannot be probed
    NetworkError,    // any other socket error (detail has the system's text)
};

struct ServerHealth
{
    HealthState state = HealthState::Unknown;
    HealthReason reason = HealthReason::None;
    QString detail;        // technical detail, e.g. close code and reason, TLS error text
    double rttMs = -1;     // round-trip time of the last answered ping; -1 when none
    QString version;       // from getInfo, kept while down so the table still shows it
    QString serverId;      // from connect; changes when the media server restarts
    qint64 stateSinceMs = 0; // wall-clock ms since epoch when the current state began
    int closeCode = 0;     // WebSocket close code for Closed/ConnectionLost

    bool operator==(const ServerHealth &) const = default;
};

// A change of one server's health, keyed by the URL exactly as the configuration writes it.
struct HealthUpdate
{
    QString key;
    ServerHealth health;
};
using HealthUpdates = QList<HealthUpdate>;

QString healthStateText(HealthState state);
// A short line for the table's reason column: specific, translated, with the detail when it helps.
QString healthReasonText(const ServerHealth &health);
// A sentence for tooltips: what the reason usually means and what to check. Empty if none.
QString healthReasonHint(const ServerHealth &health);

} // namespace ucmc

Q_DECLARE_METATYPE(ucmc::ServerHealth)
Q_DECLARE_METATYPE(ucmc::HealthUpdates)
