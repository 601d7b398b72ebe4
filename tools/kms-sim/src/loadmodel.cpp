#include "loadmodel.h"

#include "mediaset.h"

#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace kmssim {

std::int64_t LoadModel::usedMemoryKiB(const MediaSet &mediaSet)
{
    const std::int64_t jitter = QRandomGenerator::global()->bounded(64) * 4;
    return 28832 + 2600 * std::int64_t(mediaSet.pipelineCount()) +
           1400 * std::int64_t(mediaSet.elementCount()) + 4 * std::int64_t(mediaSet.sessionCount()) + jitter;
}

float LoadModel::usedCpuPercent(const MediaSet &mediaSet)
{
    // Quarter steps keep idle readings at 0.0 most of the time, as on the captured server.
    const float jitter = QRandomGenerator::global()->bounded(4) == 0 ? 0.25f : 0.0f;
    const float load = 0.5f * float(mediaSet.pipelineCount()) + 1.25f * float(mediaSet.elementCount());
    return std::min(100.0f, load + jitter);
}

std::optional<float> LoadModel::usedCpuPercent(const MediaSet &mediaSet, std::int64_t intervalMs,
                                               std::int64_t nowMs)
{
    return measuredCpuPercent(usedCpuPercent(mediaSet), intervalMs, nowMs);
}

std::optional<float> LoadModel::measuredCpuPercent(float load, std::int64_t intervalMs, std::int64_t nowMs)
{
    if (intervalMs <= 1 || nowMs < 0)
        return std::nullopt;
    const std::int64_t ticks = (nowMs + intervalMs) / ClockTickMs - nowMs / ClockTickMs;
    if (ticks <= 0)
        return std::nullopt; // KMS divides 0 by 0: NaN, which jsoncpp writes as null
    const float busyTicks = std::round(std::clamp(load, 0.0f, 100.0f) * float(ticks) / 100.0f);
    return 100.0f * busyTicks / float(ticks);
}

} // namespace kmssim
