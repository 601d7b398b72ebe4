#pragma once

#include "jsonvalue.h"
#include "mediaset.h"

#include <string>

namespace kmssim {

// Facts of the simulated process that ServerManager operations report.
struct ServerFacts
{
    std::string version;
    std::string metadata; // already formatted like getMetadata returns it
    int cpuCount = 2;
};

// Runs "invoke" operations on media objects. It mirrors the generated KMS invoke code: getters
// are "get<Property>", parameters are checked as MARSHALL_ERROR and anything unknown fails with
// 40008 "Method '<op>' with <n> parameters not found" (03-servermanager.jsonl, 3n).
class ObjectInvoker
{
public:
    struct Result
    {
        JsonValue value;
        int delayMs = 0; // getUsedCpu answers after its interval
    };

    ObjectInvoker(MediaSet &mediaSet, const ServerFacts &facts);

    // Throws RpcError for KMS errors.
    Result invoke(const MediaSet::Object &object, const std::string &operation, const JsonValue &params);

private:
    bool invokeMediaObject(const MediaSet::Object &object, const std::string &op, const JsonValue &params,
                           Result &result);
    bool invokeServerManager(const std::string &op, const JsonValue &params, Result &result);
    bool invokePipelineOrHub(const MediaSet::Object &object, const std::string &op, const JsonValue &params,
                             Result &result);
    bool invokeElement(const MediaSet::Object &object, const std::string &op, const JsonValue &params,
                       Result &result);

    static std::string gstreamerDot(const MediaSet::Object &object);
    JsonValue serverInfo() const;
    JsonValue idOrNull(const std::string &id) const;

    MediaSet &m_mediaSet;
    const ServerFacts &m_facts;
};

} // namespace kmssim
