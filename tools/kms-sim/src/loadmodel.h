#pragma once

#include <cstdint>
#include <optional>

namespace kmssim {

class MediaSet;

// Plausible resource figures for getUsedMemory/getUsedCpu: an idle KMS 7.3.0 reported 28832 KiB
// and 0.0 % (03-servermanager.jsonl); both grow with the pipelines and elements alive.
//
// getUsedCpu is measured like KMS does it: two readings of the kernel's CPU counters, which count
// in clock ticks of 10 ms (USER_HZ 100), *interval* ms apart. The simulator's ticks are the 10 ms
// boundaries of its monotonic clock:
// - interval <= 1 ms: no figure (nullopt, null on the wire), as KMS always answered;
// - otherwise, when no tick boundary falls inside [now, now + interval): no figure either (the
//   counters did not move, 0/0; for 2-9 ms this happens with probability 1 - interval/10);
// - otherwise the modelled load is rounded to the resolution of the ticks seen, 100/ticks %:
//   a 10 ms window sees exactly one tick and gives only 0.0 or 100.0, 11-19 ms one or two ticks
//   (0.0, 50.0 or 100.0), 500 ms steps of 2 %.
class LoadModel
{
public:
    static constexpr std::int64_t ClockTickMs = 10;

    static std::int64_t usedMemoryKiB(const MediaSet &mediaSet);
    static float usedCpuPercent(const MediaSet &mediaSet); // the modelled load, unquantised
    // getUsedCpu's answer for a window of intervalMs starting at nowMs (a monotonic clock).
    static std::optional<float> usedCpuPercent(const MediaSet &mediaSet, std::int64_t intervalMs,
                                               std::int64_t nowMs);
    static std::optional<float> measuredCpuPercent(float load, std::int64_t intervalMs, std::int64_t nowMs);
};

} // namespace kmssim
