#include "rpcengine.h"

#include "jsonreader.h"
#include "mediaset.h"
#include "objectinvoker.h"
#include "requestcache.h"
#include "rpcerror.h"
#include "uuid.h"

#include <cctype>
#include <climits>
#include <cstdlib>

namespace kmssim {

namespace {

const std::string SessionIdKey = "sessionId";

// --- JsonRpcUtils equivalents ------------------------------------------------------------------

void checkParameter(const JsonValue &params, const std::string &name)
{
    if (!params.isNull() && !params.isObject())
        throw InternalError{NotAnObjectMessage};
    if (!params.contains(name))
        throw missingParameter(name);
}

std::string getString(const JsonValue &params, const std::string &name)
{
    checkParameter(params, name);
    const JsonValue &value = params.get(name);
    if (!value.isConvertibleToString())
        throw wrongParameterType(name, "a string");
    return value.asString();
}

bool getBool(const JsonValue &params, const std::string &name)
{
    checkParameter(params, name);
    const JsonValue &value = params.get(name);
    if (!value.isConvertibleToBool())
        throw wrongParameterType(name, "a boolean");
    return value.asBool();
}

const JsonValue &getObject(const JsonValue &params, const std::string &name)
{
    checkParameter(params, name);
    if (!params.get(name).isObject())
        throw wrongParameterType(name, "an object");
    return params.get(name);
}

const JsonValue &getArray(const JsonValue &params, const std::string &name)
{
    checkParameter(params, name);
    if (!params.get(name).isArray())
        throw wrongParameterType(name, "an array");
    return params.get(name);
}

void requireParams(const JsonValue &params)
{
    if (params.isNull()) {
        JsonValue data;
        data.set("type", "INVALID_PARAMS");
        throw RpcError{ErrorCode::InvalidParams, "'params' is required", data};
    }
}

// Returns true when the request named a session; otherwise a new one is made up. The same as
// getString() with its RpcError caught, without paying for an exception on every request.
bool getOrCreateSessionId(const JsonValue &params, std::string &sessionId)
{
    if (!params.isNull() && !params.isObject())
        throw InternalError{NotAnObjectMessage};
    if (params.contains(SessionIdKey) && params.get(SessionIdKey).isConvertibleToString()) {
        sessionId = params.get(SessionIdKey).asString();
        return true;
    }
    sessionId = newUuid();
    return false;
}

bool stringMember(const JsonValue &object, const std::string &key, std::string &out)
{
    if (!object.isObject() || !object.contains(key) || !object.get(key).isConvertibleToString())
        return false;
    out = object.get(key).asString();
    return true;
}

JsonValue invalidRequest()
{
    JsonValue error;
    error.set("code", ErrorCode::InvalidRequest);
    error.set("message", "Invalid JSON-RPC request.");
    JsonValue response;
    response.set("error", std::move(error));
    response.set("id", JsonValue());
    response.set("jsonrpc", "2.0");
    return response;
}

bool isRegistered(const std::string &method)
{
    static const char *const methods[] = {"connect",     "create", "invoke",      "subscribe", "unsubscribe",
                                          "release",     "ref",    "unref",       "keepAlive", "describe",
                                          "transaction", "ping",   "closeSession"};
    for (const char *m : methods) {
        if (method == m)
            return true;
    }
    return false;
}

// KMS injects the socket's session before anything else. jsoncpp asserts when the request or its
// params are not objects; that exception escapes the handler and the connection is dropped.
void injectSessionId(JsonValue &request, const std::string &sessionId)
{
    if (!request.isObject() && !request.isNull())
        throw DropConnection{};
    JsonValue params = request.get("params");
    if (!params.isNull() && !params.isObject())
        throw DropConnection{};
    std::string existing;
    if (!stringMember(params, SessionIdKey, existing)) {
        params.set(SessionIdKey, sessionId);
        request.set("params", std::move(params));
    }
}

} // namespace

RpcEngine::RpcEngine(MediaSet &mediaSet, RequestCache &cache, ObjectInvoker &invoker, std::string serverId)
    : m_mediaSet(mediaSet)
    , m_cache(cache)
    , m_invoker(invoker)
    , m_serverId(std::move(serverId))
{}

RpcEngine::Outcome RpcEngine::handle(const QByteArray &text, const std::string &boundSession)
{
    Outcome outcome;
    auto parsed = JsonReader::parse(text);
    if (!parsed) {
        outcome.drop = true; // PARSE_ERROR escapes ServerMethods::process
        return outcome;
    }
    JsonValue request = std::move(*parsed);
    try {
        if (!boundSession.empty())
            injectSessionId(request, boundSession);
    } catch (const DropConnection &) {
        outcome.drop = true;
        return outcome;
    }
    process(request, outcome.response, outcome.delayMs, true);

    // ServerMethods::getSessionId: errors bind nothing; a result.sessionId rebinds the socket.
    if (!outcome.response.contains("error")) {
        std::string session;
        if (stringMember(outcome.response.get("result"), SessionIdKey, session))
            outcome.bindSession = session;
    }
    return outcome;
}

bool RpcEngine::process(const JsonValue &request, JsonValue &response, int &delayMs, bool useCache)
{
    // JsonRpc::Handler::checkProtocol
    if (!request.isObject() || !request.contains("jsonrpc") || request.get("jsonrpc") != JsonValue("2.0") ||
        request.get("id").isArray() || request.get("id").isObject() || !request.get("method").isString()) {
        response = invalidRequest();
        return false;
    }
    response = JsonValue::object();
    response.set("id", request.get("id"));
    response.set("jsonrpc", "2.0");

    const std::string &method = request.get("method").stringValue();
    if (!isRegistered(method)) {
        JsonValue error;
        error.set("code", ErrorCode::MethodNotFound);
        error.set("message", "Method not found.");
        response.set("error", std::move(error));
        if (useCache)
            cacheResponse(request, response);
        return false;
    }

    try {
        if (useCache) {
            if (auto cached = cachedResponse(request)) {
                response = std::move(*cached);
                return !response.contains("error");
            }
        }
        JsonValue result = call(method, request.get("params"), delayMs);
        const bool notification = !request.contains("id") || request.get("id").isNull();
        if (notification) {
            if (!result.isNull()) {
                throw RpcError{ErrorCode::ServerErrorInit,
                               "Ignoring response because of a notification request", std::move(result)};
            }
            response = JsonValue(); // nothing to say: KMS writes an empty frame
        } else {
            response.set("result", std::move(result));
        }
        if (useCache)
            cacheResponse(request, response);
        return true;
    } catch (const RpcError &e) {
        JsonValue error;
        error.set("code", e.code);
        error.set("message", e.message);
        if (!e.data.isNull())
            error.set("data", e.data);
        response.set("error", std::move(error));
    } catch (const InternalError &e) {
        JsonValue error;
        error.set("code", ErrorCode::InternalError);
        error.set("message", "Unexpected error while processing method: " + e.what);
        response.set("error", std::move(error));
    }
    if (useCache)
        cacheResponse(request, response);
    return false;
}

std::optional<JsonValue> RpcEngine::cachedResponse(const JsonValue &request)
{
    // ServerMethods::preProcess: only requests with an id and params.sessionId are looked up.
    std::string requestId;
    std::string sessionId;
    if (!m_cache.enabled() || !stringMember(request, "id", requestId) || !request.get("params").isObject() ||
        !stringMember(request.get("params"), SessionIdKey, sessionId)) {
        return std::nullopt;
    }
    return m_cache.find(sessionId, requestId);
}

void RpcEngine::cacheResponse(const JsonValue &request, const JsonValue &response)
{
    // ServerMethods::postProcess: keyed by result.sessionId, else by params.sessionId.
    std::string requestId;
    std::string sessionId;
    if (!m_cache.enabled() || !stringMember(request, "id", requestId))
        return;
    const JsonValue &result = response.get("result");
    if (!stringMember(result, SessionIdKey, sessionId)) {
        const JsonValue &params = request.get("params");
        if (!params.isObject() || !stringMember(params, SessionIdKey, sessionId))
            return;
    }
    m_cache.add(sessionId, requestId, response);
}

JsonValue RpcEngine::call(const std::string &method, const JsonValue &params, int &delayMs)
{
    if (method == "ping")
        return ping(params);
    if (method == "invoke")
        return invoke(params, delayMs);
    if (method == "connect")
        return connect(params);
    if (method == "describe")
        return describe(params);
    if (method == "keepAlive")
        return keepAlive(params);
    if (method == "create")
        return create(params);
    if (method == "subscribe")
        return subscribe(params);
    if (method == "unsubscribe")
        return unsubscribe(params);
    if (method == "release")
        return release(params);
    if (method == "ref")
        return ref(params, true);
    if (method == "unref")
        return ref(params, false);
    if (method == "transaction")
        return transaction(params, delayMs);
    return closeSession(params);
}

JsonValue RpcEngine::connect(const JsonValue &params)
{
    std::string sessionId;
    if (params.isNull()) {
        sessionId = newUuid(); // a "bare" session: unknown to the MediaSet until it refs an object
    } else if (getOrCreateSessionId(params, sessionId)) {
        m_mediaSet.keepAliveSession(sessionId); // 40007 unless the session holds objects
    }
    JsonValue result;
    result.set(SessionIdKey, sessionId);
    result.set("serverId", m_serverId);
    return result;
}

JsonValue RpcEngine::ping(const JsonValue &params)
{
    if (!params.isNull() && !params.isObject())
        throw InternalError{NotAnObjectMessage}; // 05-errors.jsonl, 5k
    JsonValue result;
    std::string sessionId;
    if (stringMember(params, SessionIdKey, sessionId))
        result.set(SessionIdKey, sessionId);
    result.set("value", "pong");
    return result;
}

JsonValue RpcEngine::describe(const JsonValue &params)
{
    requireParams(params);
    std::string sessionId;
    getOrCreateSessionId(params, sessionId);
    const std::string objectId = getString(params, "object");
    const MediaSet::Object &object = m_mediaSet.findAndRef(sessionId, objectId);
    JsonValue hierarchy = JsonValue::array();
    for (const std::string &ancestor : object.type->hierarchy)
        hierarchy.append(ancestor);
    JsonValue result;
    result.set("hierarchy", std::move(hierarchy));
    result.set("qualifiedType", object.type->qualifiedType());
    result.set(SessionIdKey, sessionId);
    result.set("type", object.type->name);
    return result;
}

JsonValue RpcEngine::keepAlive(const JsonValue &params)
{
    requireParams(params);
    const std::string sessionId = getString(params, SessionIdKey);
    m_mediaSet.keepAliveSession(sessionId);
    JsonValue result;
    result.set(SessionIdKey, sessionId);
    return result;
}

JsonValue RpcEngine::create(const JsonValue &params)
{
    requireParams(params);
    const std::string typeName = getString(params, "type");
    std::string sessionId;
    getOrCreateSessionId(params, sessionId);
    const TypeInfo *type = ObjectCatalog::instance().factory(typeName);
    if (!type)
        throw kurentoError(ErrorCode::NotAvailable, "Factory '" + typeName + "' not found");

    const JsonValue &constructorParams = params.get("constructorParams");
    if (!type->requiredParams.empty() && !constructorParams.isNull() && !constructorParams.isObject())
        throw InternalError{"in Json::Value::operator[](char const*)const: requires objectValue"};
    std::string parentId;
    std::string text;
    for (const TypeInfo::Param &param : type->requiredParams) {
        const JsonValue &value = constructorParams.get(param.name);
        if (!value.isString())
            throw kurentoError(ErrorCode::MarshallError, "'" + param.name + "' parameter should be a string");
        if (param.ref == TypeInfo::Param::Ref::None) {
            text = value.stringValue();
            continue;
        }
        const MediaSet::Object &parent = m_mediaSet.find(value.stringValue());
        const auto wanted =
            param.ref == TypeInfo::Param::Ref::Hub ? TypeInfo::Kind::Hub : TypeInfo::Kind::MediaPipeline;
        if (parent.type->kind != wanted) {
            throw kurentoError(ErrorCode::MarshallError,
                               "'" + param.name + "' parameter should be a " +
                                   (wanted == TypeInfo::Kind::Hub ? "Hub" : "MediaPipeline"));
        }
        parentId = parent.id;
    }
    JsonValue result;
    result.set(SessionIdKey, sessionId);
    result.set("value", m_mediaSet.create(*type, parentId, sessionId, text));
    return result;
}

JsonValue RpcEngine::invoke(const JsonValue &params, int &delayMs)
{
    requireParams(params);
    const std::string operation = getString(params, "operation");
    const std::string objectId = getString(params, "object");
    JsonValue operationParams;
    try {
        operationParams = getObject(params, "operationParams");
    } catch (const RpcError &) {
        // optional at this point; the operation itself may require it
    }
    std::string sessionId;
    getOrCreateSessionId(params, sessionId);
    const MediaSet::Object &object = m_mediaSet.findAndRef(sessionId, objectId);
    ObjectInvoker::Result invoked = m_invoker.invoke(object, operation, operationParams);
    delayMs += invoked.delayMs;
    JsonValue result;
    result.set(SessionIdKey, sessionId);
    result.set("value", std::move(invoked.value));
    return result;
}

JsonValue RpcEngine::subscribe(const JsonValue &params)
{
    requireParams(params);
    const std::string eventType = getString(params, "type");
    const std::string objectId = getString(params, "object");
    std::string sessionId;
    getOrCreateSessionId(params, sessionId);
    const MediaSet::Object &object = m_mediaSet.findAndRef(sessionId, objectId);
    // A second subscription to the same (session, object, type) shares the first one's handler.
    if (!m_mediaSet.hasSubscription(sessionId, object.id, eventType) && !object.type->events.count(eventType))
        throw kurentoError(ErrorCode::EventNotSupported, "Event '" + eventType + "' not supported");
    const std::string subscriptionId = newUuid();
    m_mediaSet.subscribe(sessionId, object.id, subscriptionId, eventType);
    JsonValue result;
    result.set(SessionIdKey, sessionId);
    result.set("value", subscriptionId);
    return result;
}

JsonValue RpcEngine::unsubscribe(const JsonValue &params)
{
    requireParams(params);
    const std::string objectId = getString(params, "object");
    const std::string subscription = getString(params, "subscription");
    const std::string sessionId = getString(params, SessionIdKey);
    m_mediaSet.unsubscribe(sessionId, objectId, subscription);
    JsonValue result;
    result.set(SessionIdKey, sessionId);
    return result;
}

JsonValue RpcEngine::release(const JsonValue &params)
{
    requireParams(params);
    const std::string objectId = getString(params, "object");
    std::string sessionId;
    getOrCreateSessionId(params, sessionId);
    m_mediaSet.release(objectId);
    JsonValue result;
    result.set(SessionIdKey, sessionId);
    return result;
}

JsonValue RpcEngine::ref(const JsonValue &params, bool add)
{
    requireParams(params);
    const std::string objectId = getString(params, "object");
    const std::string sessionId = getString(params, SessionIdKey);
    if (add)
        m_mediaSet.ref(sessionId, objectId);
    else
        m_mediaSet.unref(sessionId, objectId);
    JsonValue result;
    result.set(SessionIdKey, sessionId);
    return result;
}

JsonValue RpcEngine::transaction(const JsonValue &params, int &delayMs)
{
    requireParams(params);
    std::string sessionId;
    getOrCreateSessionId(params, sessionId);
    JsonValue operations = getArray(params, "operations");
    const std::string uniqueId = newUuid();
    JsonValue responses = JsonValue::array();
    for (std::size_t i = 0; i < operations.size(); ++i) {
        JsonValue &operation = operations.arrayValue()[i];
        if (!operation.isObject() && !operation.isNull())
            throw InternalError{"in Json::Value::resolveReference(): requires objectValue"};
        JsonValue operationParams = operation.get("params");
        if (!operationParams.isNull() && !operationParams.isObject())
            throw InternalError{"in Json::Value::resolveReference(key, end): requires objectValue"};
        operationParams.set(SessionIdKey, sessionId);
        const JsonValue &id = operation.get("id");
        if (!id.isConvertibleToUInt() || id.asInt() != std::int64_t(i)) {
            const std::string n = std::to_string(i);
            throw kurentoError(ErrorCode::MalformedTransaction,
                               "Id of request '" + n + "' should be '" + n + "'");
        }
        // Unique ids keep the inner requests apart; KMS caches them, which nobody can observe.
        operation.set("id", uniqueId + "_" + std::to_string(i));
        injectRefs(operationParams, responses);
        operation.set("params", std::move(operationParams));
        JsonValue response;
        const bool ok = process(operation, response, delayMs, false);
        response.set("id", std::uint64_t(i));
        responses.append(std::move(response));
        if (!ok)
            break;
    }
    JsonValue result;
    result.set(SessionIdKey, sessionId);
    result.set("value", std::move(responses));
    return result;
}

void RpcEngine::injectRefs(JsonValue &value, const JsonValue &responses)
{
    if (value.isObject()) {
        for (auto &member : value.objectValue())
            injectRefs(member.second, responses);
        return;
    }
    if (value.isArray()) {
        for (JsonValue &element : value.arrayValue())
            injectRefs(element, responses);
        return;
    }
    if (!value.isConvertibleToString())
        return;
    const std::string text = value.asString();
    const std::string prefix = "newref:";
    if (text.size() <= prefix.size() || text.compare(0, prefix.size(), prefix) != 0)
        return;
    const std::string ref = text.substr(prefix.size());
    // std::stoi: leading blanks and a sign, then at least one digit; the rest is ignored.
    std::size_t pos = 0;
    while (pos < ref.size() && std::isspace(static_cast<unsigned char>(ref[pos])))
        ++pos;
    const std::size_t numberStart = pos;
    if (pos < ref.size() && (ref[pos] == '-' || ref[pos] == '+'))
        ++pos;
    const std::size_t digitsStart = pos;
    while (pos < ref.size() && std::isdigit(static_cast<unsigned char>(ref[pos])))
        ++pos;
    if (pos == digitsStart)
        throw kurentoError(ErrorCode::MalformedTransaction, "Invalid index of newref '" + ref + "'");
    const long long index = std::strtoll(ref.c_str() + numberStart, nullptr, 10);
    if (index < INT_MIN || index > INT_MAX || pos - digitsStart > 11)
        throw InternalError{"stoi"};
    const std::string indexText = std::to_string(index);
    if (index < 0 || std::size_t(index) >= responses.size())
        throw kurentoError(ErrorCode::MalformedTransaction, "Result not found on request " + indexText);
    const JsonValue &response = responses.arrayValue()[std::size_t(index)];
    if (!response.get("result").isObject())
        throw kurentoError(ErrorCode::MalformedTransaction, "Result not found on request " + indexText);
    value = response.get("result").get("value");
}

JsonValue RpcEngine::closeSession(const JsonValue &params)
{
    requireParams(params);
    bool releaseObjects = false;
    try {
        releaseObjects = getBool(params, "release");
    } catch (const RpcError &) {
        // optional
    }
    const std::string sessionId = getString(params, SessionIdKey);
    if (releaseObjects)
        m_mediaSet.releaseSession(sessionId);
    else
        m_mediaSet.unrefSession(sessionId);
    return JsonValue(); // "result":null
}

} // namespace kmssim
