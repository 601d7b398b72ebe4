#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace ucmc {

// Live state of one media server, as the health state machine (HealthTracker) sees it.
enum class HealthState : quint8 {
    Unknown,      // not probed yet
    Connecting,   // the first attempt is under way
    Up,           // answers JSON-RPC ping with pong
    GoingDown,    // failed, but fewer times in a row than `fall`
    Down,         // failed `fall` times in a row (or the server closed the connection)
    GoingUp,      // answered again, but fewer times in a row than `rise`
    Maintenance,  // the administrator expects it down: probed, but never alerted
    NotMonitored, // the entry's URL cannot be probed (malformed)
};

// Which layer failed, as a stable code (failureCodeId() gives the string used in logs, the
// event log, `probe --json` and Prometheus labels).
enum class FailureCode : quint8 {
    None,
    Dns,             // "dns": the host name cannot be resolved
    TcpRefused,      // "tcp-refused": nothing listens on that port
    TcpTimeout,      // "tcp-timeout": no TCP connection within the timeout
    TcpUnreachable,  // "tcp-unreachable": no route to the host
    TlsHandshake,    // "tls-handshake": the TLS handshake failed or stalled
    TlsUntrusted,    // "tls-untrusted": the certificate is not trusted (self-signed, expired, other host)
    TlsChanged,      // "tls-changed": the certificate differs from the one the user trusted
    WsUpgrade,       // "ws-upgrade": no WebSocket upgrade (HTTP status in httpStatus, 0: no answer)
    WsClosed,        // "ws-closed": the connection closed (closeCode; 1006 = dropped without a close frame)
    RpcTimeout,      // "rpc-timeout": ping not answered within the timeout
    RpcError,        // "rpc-error": ping answered with a JSON-RPC error
    NotKurento,      // "not-kurento": answers, but not like a Kurento media server
    WrongReplyId,    // "rpc-wrong-id": answered a request that was never sent
    MessageTooLarge, // "message-too-large": a message over the console's limit (closed with 1009)
    InvalidUrl,      // "invalid-url": the configured URL cannot be probed
    NetworkError,    // "network": any other socket error (detail has the system's text)
    Flood,           // "flood": the server sends faster than it reads the answers (PING floods)
};

// Time spent in each stage of the last connection attempt, in milliseconds; -1 when not reached.
struct StageTimings
{
    double dnsMs = -1;
    double tcpMs = -1;
    double tlsMs = -1;
    double upgradeMs = -1;
    double rpcMs = -1; // the first ping's round trip

    bool operator==(const StageTimings &) const = default;
};

// What the media server itself reports (ServerManager), sampled every few seconds.
struct ServerMetrics
{
    int cpuCount = -1;
    double cpuPercent = -1;  // getUsedCpu, average over all cores
    qint64 memoryKiB = -1;   // getUsedMemory
    int sessions = -1;       // getSessions, without the real server's empty-string quirk
    qint64 sampledAtMs = 0;

    bool operator==(const ServerMetrics &) const = default;
};

// The certificate a wss server presented.
struct CertificateInfo
{
    QString subject;
    QString issuer;
    QStringList alternativeNames;
    QDateTime notBefore;
    QDateTime notAfter;
    QByteArray sha256;             // fingerprint of the DER form
    QStringList verificationErrors; // translated by Qt; empty when trusted by the system or the user
    bool selfSigned = false;

    static constexpr int kWarningDays = 30; // warn this long before a certificate expires

    bool isNull() const { return sha256.isEmpty(); }
    int daysToExpiry(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    QString fingerprintText() const; // "AB:CD:…"
    bool operator==(const CertificateInfo &) const = default;
};

struct ServerHealth
{
    HealthState state = HealthState::Unknown;
    FailureCode failure = FailureCode::None; // of the last failed attempt (kept while down)
    QString detail;        // technical detail, e.g. close reason, TLS error text
    int closeCode = 0;     // WebSocket close code for WsClosed
    int httpStatus = 0;    // for WsUpgrade
    qint64 stateSinceMs = 0; // wall-clock ms since epoch when the current state began
    int streak = 0;        // failures (GoingDown) or successes (GoingUp) in a row
    int fall = 3;
    int rise = 2;

    double rttMs = -1;     // last answered ping; -1 when none
    double rttAvgMs = -1;
    double rttMaxMs = -1;
    quint32 checks = 0;    // pings and connection attempts since the console started
    quint32 failures = 0;
    QList<float> recentRtt; // newest last; a negative value marks a failed check (sparkline)
    qint64 nextAttemptMs = 0; // while down: when the next connection attempt starts

    QString version;       // from getInfo, kept while down so the table still shows it
    QStringList modules;
    QString serverId;      // from connect; changes when the media server restarts
    StageTimings stages;
    ServerMetrics metrics;
    CertificateInfo certificate;

    // Share of checks that succeeded, in percent; -1 before the first check.
    double availability() const { return checks == 0 ? -1 : 100.0 * (checks - failures) / checks; }
    bool isFailing() const { return state == HealthState::GoingDown || state == HealthState::Down; }
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
// The state as a row shows it: "Going down (2 of 3)", "Going up (1 of 2)", else the state's name.
QString healthStateLabel(const ServerHealth &health);
// The stable code, e.g. "tcp-refused"; empty for None.
QLatin1StringView failureCodeId(FailureCode code);
// A short line for the table's reason column: specific, translated, with the detail when it helps.
QString healthReasonText(const ServerHealth &health);
// A sentence for tooltips: what the reason usually means and what to check. Empty if none.
QString healthReasonHint(const ServerHealth &health);

} // namespace ucmc

Q_DECLARE_METATYPE(ucmc::ServerHealth)
Q_DECLARE_METATYPE(ucmc::HealthUpdates)
