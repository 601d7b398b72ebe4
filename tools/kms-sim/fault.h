#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace kmssim {

// A misbehaviour a simulated server can be switched into; see README.md for what each one
// imitates. The argument's unit depends on the mode.
enum class FaultMode {
    None,
    Refuse,     // not listening: connection refused, open connections dropped
    Stall,      // like SIGSTOP: TCP accepted, nothing answered, not even RFC 6455 pings
    Slow,       // every request answered arg milliseconds late
    Flap,       // down and up every arg milliseconds (each "up" is a new process)
    CloseAfter, // each connection dropped arg milliseconds after it was accepted
    Garbage,    // replies are not JSON
    WrongId,    // replies carry ids that were never sent
    Huge,       // replies are arg bytes long (default just over 32 MiB)
    Deep,       // replies nest arg arrays deep (default 100000)
    Flood,      // arg onEvent notifications sent to each connection at once (default 1000)
    Error,      // every request answered with the JSON-RPC error of code arg (default -32603)
    PingFlood,  // arg RFC 6455 PINGs a second to each connection (default 200000), nothing read
};

// The error reply of FaultMode::Error, as KMS 7.3.0 sends it: {"code","message"} and, for the
// KurentoException codes, "data":{"type":...}.
struct FaultError
{
    int code;
    const char *message;
    const char *type; // data.type; nullptr: no "data" member (the JSON-RPC codes)
};

struct Fault
{
    FaultMode mode = FaultMode::None;
    qint64 arg = 0; // ms for slow/flap/close-after, bytes for huge, depth for deep, count for flood,
                    // error code for error, PINGs a second for ping-flood

    // "slow", "250" or "close-after", "1.5" (seconds); returns nullopt and sets *error if invalid.
    static std::optional<Fault> parse(const QString &mode, const QString &arg, QString *error = nullptr);
    // "slow:250", "refuse", "close-after:1.5"
    static std::optional<Fault> parse(const QString &spec, QString *error = nullptr);

    QString toString() const; // the parse() form, "none" for FaultMode::None

    // The codes FaultMode::Error accepts, and the reply for one of them (nullopt for others).
    static QList<int> errorCodes();
    static std::optional<FaultError> errorFor(qint64 code);
    bool operator==(const Fault &other) const = default;
};

} // namespace kmssim
