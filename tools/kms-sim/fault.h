#pragma once

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
};

struct Fault
{
    FaultMode mode = FaultMode::None;
    qint64 arg = 0; // ms for slow/flap/close-after, bytes for huge, depth for deep, count for flood

    // "slow", "250" or "close-after", "1.5" (seconds); returns nullopt and sets *error if invalid.
    static std::optional<Fault> parse(const QString &mode, const QString &arg, QString *error = nullptr);
    // "slow:250", "refuse", "close-after:1.5"
    static std::optional<Fault> parse(const QString &spec, QString *error = nullptr);

    QString toString() const; // the parse() form, "none" for FaultMode::None
    bool operator==(const Fault &other) const = default;
};

} // namespace kmssim
