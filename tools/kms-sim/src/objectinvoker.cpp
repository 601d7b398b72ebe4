#include "objectinvoker.h"

#include "loadmodel.h"
#include "rpcerror.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <optional>

namespace kmssim {

namespace {

constexpr int MaxUsedCpuIntervalMs = 600000; // bounds the simulated blocking time

const JsonValue &requireOperationParams(const JsonValue &params)
{
    if (params.isNull())
        throw kurentoError(ErrorCode::MarshallError, "'operationParams' is required");
    return params;
}

std::string stringParam(const JsonValue &params, const std::string &name)
{
    const JsonValue &value = requireOperationParams(params).get(name);
    if (!value.isString())
        throw kurentoError(ErrorCode::MarshallError, "'" + name + "' parameter should be a string");
    return value.stringValue();
}

std::int64_t intParam(const JsonValue &params, const std::string &name)
{
    // The generated code says "a integer" (sic).
    if (!requireOperationParams(params).contains(name) || !params.get(name).isConvertibleToInt())
        throw kurentoError(ErrorCode::MarshallError, "'" + name + "' parameter should be a integer");
    return params.get(name).asInt();
}

bool boolParam(const JsonValue &params, const std::string &name)
{
    if (!requireOperationParams(params).contains(name) || !params.get(name).isConvertibleToBool())
        throw kurentoError(ErrorCode::MarshallError, "'" + name + "' parameter should be a boolean");
    return params.get(name).asBool();
}

JsonValue stringArray(const std::vector<std::string> &items)
{
    JsonValue out = JsonValue::array();
    for (const std::string &item : items)
        out.append(item);
    return out;
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

} // namespace

ObjectInvoker::ObjectInvoker(MediaSet &mediaSet, const ServerFacts &facts)
    : m_mediaSet(mediaSet)
    , m_facts(facts)
{}

ObjectInvoker::Result ObjectInvoker::invoke(const MediaSet::Object &object, const std::string &operation,
                                            const JsonValue &params)
{
    Result result;
    bool handled = false;
    switch (object.type->kind) {
    case TypeInfo::Kind::ServerManager:
        handled = invokeServerManager(operation, params, result);
        break;
    case TypeInfo::Kind::MediaPipeline:
    case TypeInfo::Kind::Hub:
        handled = invokePipelineOrHub(object, operation, params, result);
        break;
    case TypeInfo::Kind::Element:
        handled = invokeElement(object, operation, params, result);
        break;
    }
    if (!handled)
        handled = invokeMediaObject(object, operation, params, result);
    if (!handled) {
        throw kurentoError(ErrorCode::MalformedTransaction, "Method '" + operation + "' with " +
                                                                std::to_string(params.size()) +
                                                                " parameters not found");
    }
    return result;
}

JsonValue ObjectInvoker::idOrNull(const std::string &id) const
{
    return id.empty() ? JsonValue() : JsonValue(id);
}

bool ObjectInvoker::invokeMediaObject(const MediaSet::Object &object, const std::string &op,
                                      const JsonValue &params, Result &result)
{
    MediaSet::Object &target = m_mediaSet.mutableObject(object.id);
    if (op == "getId") {
        result.value = object.id;
    } else if (op == "getName") {
        result.value = object.name.empty() ? object.id : object.name;
    } else if (op == "setName") {
        target.name = stringParam(params, "name");
    } else if (op == "getMediaPipeline") {
        result.value = idOrNull(m_mediaSet.pipelineOf(object));
    } else if (op == "getParent") {
        result.value = idOrNull(object.parentId);
    } else if (op == "getChildren" || op == "getChilds") {
        result.value = stringArray(m_mediaSet.children(object.id));
    } else if (op == "getCreationTime") {
        result.value = object.creationTime;
    } else if (op == "getSendTagsInEvents") {
        result.value = object.sendTagsInEvents;
    } else if (op == "setSendTagsInEvents") {
        target.sendTagsInEvents = boolParam(params, "sendTagsInEvents");
    } else if (op == "addTag") {
        const std::string key = stringParam(params, "key");
        target.tags[key] = stringParam(params, "value");
    } else if (op == "removeTag") {
        target.tags.erase(stringParam(params, "key"));
    } else if (op == "getTag") {
        auto it = object.tags.find(stringParam(params, "key"));
        if (it == object.tags.end())
            throw kurentoError(ErrorCode::TagKeyNotFound, "Tag key not found");
        result.value = it->second;
    } else if (op == "getTags") {
        result.value = JsonValue::array();
        for (const auto &[key, value] : object.tags) {
            JsonValue tag;
            tag.set("__module__", "kurento");
            tag.set("__type__", "Tag");
            tag.set("key", key);
            tag.set("value", value);
            result.value.append(std::move(tag));
        }
    } else {
        return false;
    }
    return true;
}

JsonValue ObjectInvoker::serverInfo() const
{
    JsonValue info;
    info.set("__module__", "kurento");
    info.set("__type__", "ServerInfo");
    JsonValue capabilities = JsonValue::array();
    capabilities.append("transactions");
    info.set("capabilities", std::move(capabilities));
    info.set("modules", ObjectCatalog::instance().moduleInfos(m_facts.version));
    info.set("type", "KMS");
    info.set("version", m_facts.version);
    return info;
}

bool ObjectInvoker::invokeServerManager(const std::string &op, const JsonValue &params, Result &result)
{
    if (op == "getInfo") {
        result.value = serverInfo();
    } else if (op == "getPipelines") {
        // ServerManagerImpl::getPipelines asks the MediaSet on behalf of the "" session.
        result.value = stringArray(m_mediaSet.pipelinesRefdInto(std::string()));
    } else if (op == "getSessions") {
        result.value = stringArray(m_mediaSet.sessionsForGetSessions());
    } else if (op == "getMetadata") {
        result.value = m_facts.metadata;
    } else if (op == "getKmd") {
        const std::string module = stringParam(params, "moduleName");
        const auto kmd = ObjectCatalog::instance().kmd(module, m_facts.version);
        if (!kmd)
            throw kurentoError(ErrorCode::KmdNotFound, "Requested kmd module doesn't exist");
        result.value = *kmd;
    } else if (op == "getCpuCount") {
        result.value = m_facts.cpuCount;
    } else if (op == "getUsedCpu") {
        const std::int64_t interval = intParam(params, "interval");
        result.delayMs = int(std::clamp<std::int64_t>(interval, 0, MaxUsedCpuIntervalMs));
        // KMS computes a float; its double form is what goes on the wire, and a NaN (no elapsed
        // time measured) goes out as null.
        const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                             std::chrono::steady_clock::now().time_since_epoch())
                             .count();
        const std::optional<float> cpu =
            LoadModel::usedCpuPercent(m_mediaSet, result.delayMs, std::int64_t(now));
        result.value = cpu ? JsonValue(double(*cpu)) : JsonValue();
    } else if (op == "getUsedMemory") {
        result.value = LoadModel::usedMemoryKiB(m_mediaSet);
    } else {
        return false;
    }
    return true;
}

bool ObjectInvoker::invokePipelineOrHub(const MediaSet::Object &object, const std::string &op,
                                        const JsonValue &params, Result &result)
{
    if (op == "getGstreamerDot") {
        result.value = gstreamerDot(object);
    } else if (op == "dumpGstreamerDot") {
        result.value = JsonValue();
    } else if (object.type->kind != TypeInfo::Kind::MediaPipeline) {
        return false;
    } else if (op == "getLatencyStats") {
        result.value = object.latencyStats;
    } else if (op == "setLatencyStats") {
        m_mediaSet.mutableObject(object.id).latencyStats = boolParam(params, "latencyStats");
    } else {
        return false;
    }
    return true;
}

bool ObjectInvoker::invokeElement(const MediaSet::Object &object, const std::string &op,
                                  const JsonValue &params, Result &result)
{
    if (op == "getGstreamerDot") {
        result.value = gstreamerDot(object);
    } else if (op == "dumpGstreamerDot" || op == "setAudioFormat" || op == "setVideoFormat") {
        result.value = JsonValue();
    } else if (op == "getSourceConnections" || op == "getSinkConnections") {
        result.value = JsonValue::array(); // connections are not simulated
    } else if (op == "connect" || op == "disconnect") {
        const std::string sink = stringParam(params, "sink");
        m_mediaSet.find(sink); // 40101 when the sink does not exist
        result.value = JsonValue();
    } else if (op == "isMediaFlowingIn" || op == "isMediaFlowingOut" || op == "isMediaTranscoding") {
        result.value = false;
    } else if (op == "getStats") {
        result.value = JsonValue::object();
    } else if (op == "getEncoderBitrate") {
        result.value = 300000;
    } else if (op == "getMinEncoderBitrate" || op == "getMaxEncoderBitrate") {
        result.value = 0;
    } else if (object.type->isUriEndpoint && op == "getUri") {
        result.value = object.uri;
    } else if (object.type->isUriEndpoint && op == "getState") {
        result.value = "STOP";
    } else {
        return false;
    }
    return true;
}

std::string ObjectInvoker::gstreamerDot(const MediaSet::Object &object)
{
    // The empty-pipeline graph KMS 7.3.0 returned (04-pipeline.jsonl, 4m); elements are not drawn.
    const bool pipeline = object.type->kind == TypeInfo::Kind::MediaPipeline;
    const std::string gstClass = pipeline ? "GstPipeline" : "Kms" + object.type->name;
    const std::string gstName =
        (pipeline ? "pipeline" : lower("kms" + object.type->name)) + std::to_string(object.gstIndex);
    return "digraph pipeline {\n  rankdir=LR;\n  fontname=\"sans\";\n  fontsize=\"10\";\n  labelloc=t;\n"
           "  nodesep=.1;\n  ranksep=.2;\n  label=\"<" +
           gstClass + ">\\n" + gstName +
           "\\n[>]\";\n"
           "  node [style=\"filled,rounded\", shape=box, fontsize=\"9\", fontname=\"sans\", "
           "margin=\"0.0,0.0\"];\n"
           "  edge [labelfontsize=\"6\", fontsize=\"9\", fontname=\"monospace\"];\n  \n  legend [\n"
           "    pos=\"0,0!\",\n    margin=\"0.05,0.05\",\n    style=\"filled\",\n"
           "    label=\"Legend\\lElement-States: [~] void-pending, [0] null, [-] ready, [=] paused, [>] "
           "playing\\lPad-Activation: [-] none, [>] push, [<] pull\\lPad-Flags: [b]locked, [f]lushing, "
           "[b]locking, [E]OS; upper-case is set\\lPad-Task: [T] has started task, [t] has paused "
           "task\\l\",\n"
           "  ];\n}\n";
}

} // namespace kmssim
