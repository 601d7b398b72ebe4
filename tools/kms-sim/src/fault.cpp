#include "fault.h"

#include <QStringList>
#include <cmath>

namespace kmssim {

namespace {

struct ModeInfo
{
    const char *name;
    FaultMode mode;
    enum class Arg { None, Required, Optional } arg;
    qint64 defaultArg;
    qint64 min;
    qint64 max;
};

// Limits keep every timer and loop bounded.
const ModeInfo Modes[] = {
    {"refuse", FaultMode::Refuse, ModeInfo::Arg::None, 0, 0, 0},
    {"stall", FaultMode::Stall, ModeInfo::Arg::None, 0, 0, 0},
    {"slow", FaultMode::Slow, ModeInfo::Arg::Required, 0, 0, 600000},
    {"flap", FaultMode::Flap, ModeInfo::Arg::Required, 0, 10, 600000},
    {"close-after", FaultMode::CloseAfter, ModeInfo::Arg::Required, 0, 0, 86400000},
    {"garbage", FaultMode::Garbage, ModeInfo::Arg::None, 0, 0, 0},
    {"wrong-id", FaultMode::WrongId, ModeInfo::Arg::None, 0, 0, 0},
    {"huge", FaultMode::Huge, ModeInfo::Arg::Optional, 32 * 1024 * 1024 + 1, 1, 256 * 1024 * 1024},
    {"deep", FaultMode::Deep, ModeInfo::Arg::Optional, 100000, 1, 10000000},
    {"flood", FaultMode::Flood, ModeInfo::Arg::Optional, 1000, 1, 1000000},
    {"error", FaultMode::Error, ModeInfo::Arg::Optional, -32603, -32768, 49999},
    {"ping-flood", FaultMode::PingFlood, ModeInfo::Arg::Optional, 200000, 1, 1000000},
};

// What FaultMode::Error answers, with the texts of the real server:
// -32603: JsonRpcHandler's catch of a std::exception ("Unexpected error while processing
//         method: " + what(); 05-errors.jsonl 5k), here with std::bad_alloc, as on a KMS out of
//         memory;
// -32601: the reply to an unknown method (05-errors.jsonl 5a), as from a JSON-RPC service that
//         is not KMS and has no `ping`;
// 40007:  INVALID_SESSION (02-connect.jsonl);
// 40009:  NOT_ENOUGH_RESOURCES, thrown by KMS's ResourceManager when it is out of threads.
const FaultError Errors[] = {
    {-32603, "Unexpected error while processing method: std::bad_alloc", nullptr},
    {-32601, "Method not found.", nullptr},
    {40007, "Invalid session", "INVALID_SESSION"},
    {40009, "Too many threads", "NOT_ENOUGH_RESOURCES"},
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

std::optional<Fault> Fault::parse(const QString &mode, const QString &arg, QString *error)
{
    if (mode == QLatin1String("none"))
        return Fault{};
    for (const ModeInfo &info : Modes) {
        if (mode != QLatin1String(info.name))
            continue;
        Fault fault{info.mode, info.defaultArg};
        if (arg.isEmpty()) {
            if (info.arg == ModeInfo::Arg::Required) {
                fail(error, QStringLiteral("fault %1 needs an argument").arg(mode));
                return std::nullopt;
            }
            return fault;
        }
        if (info.arg == ModeInfo::Arg::None) {
            fail(error, QStringLiteral("fault %1 takes no argument").arg(mode));
            return std::nullopt;
        }
        bool ok = false;
        const double value = arg.toDouble(&ok);
        // close-after is given in seconds (fractions allowed) and kept in milliseconds.
        const double scaled = info.mode == FaultMode::CloseAfter ? value * 1000.0 : value;
        if (!ok || !std::isfinite(scaled) || scaled < double(info.min) || scaled > double(info.max) ||
            (info.mode != FaultMode::CloseAfter && scaled != std::floor(scaled))) {
            fail(error, QStringLiteral("invalid argument '%1' for fault %2").arg(arg, mode));
            return std::nullopt;
        }
        fault.arg = qint64(std::llround(scaled));
        if (info.mode == FaultMode::Error && !errorFor(fault.arg)) {
            QStringList codes;
            for (const FaultError &e : Errors)
                codes << QString::number(e.code);
            fail(error, QStringLiteral("invalid argument '%1' for fault %2 (one of %3)")
                            .arg(arg, mode, codes.join(QLatin1String(", "))));
            return std::nullopt;
        }
        return fault;
    }
    fail(error, QStringLiteral("unknown fault mode '%1'").arg(mode));
    return std::nullopt;
}

std::optional<Fault> Fault::parse(const QString &spec, QString *error)
{
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return parse(spec, QString(), error);
    return parse(spec.left(colon), spec.mid(colon + 1), error);
}

QString Fault::toString() const
{
    for (const ModeInfo &info : Modes) {
        if (info.mode != mode)
            continue;
        if (info.arg == ModeInfo::Arg::None)
            return QLatin1String(info.name);
        const QString value =
            mode == FaultMode::CloseAfter ? QString::number(double(arg) / 1000.0) : QString::number(arg);
        return QLatin1String(info.name) + QLatin1Char(':') + value;
    }
    return QStringLiteral("none");
}

QList<int> Fault::errorCodes()
{
    QList<int> codes;
    for (const FaultError &e : Errors)
        codes << e.code;
    return codes;
}

std::optional<FaultError> Fault::errorFor(qint64 code)
{
    for (const FaultError &e : Errors) {
        if (e.code == code)
            return e;
    }
    return std::nullopt;
}

} // namespace kmssim
