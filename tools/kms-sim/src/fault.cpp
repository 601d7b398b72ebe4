#include "fault.h"

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

} // namespace kmssim
