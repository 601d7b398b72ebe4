#pragma once

#include <cstdint>

namespace kmssim {

class MediaSet;

// Plausible resource figures for getUsedMemory/getUsedCpu: an idle KMS 7.3.0 reported 28832 KiB
// and 0.0 % (03-servermanager.jsonl); both grow with the pipelines and elements alive.
class LoadModel
{
public:
    static std::int64_t usedMemoryKiB(const MediaSet &mediaSet);
    static float usedCpuPercent(const MediaSet &mediaSet);
};

} // namespace kmssim
