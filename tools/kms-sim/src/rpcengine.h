#pragma once

#include "jsonvalue.h"

#include <QByteArray>
#include <optional>
#include <string>

namespace kmssim {

class MediaSet;
class ObjectInvoker;
class RequestCache;

// The JSON-RPC side of one simulated KMS process: protocol checks, session injection, the request
// cache and the 13 registered methods, with the error codes and messages of KMS 7.3.0
// (ServerMethods.cpp and JsonRpcHandler.cpp; verified against 01-05 of the transcripts).
class RpcEngine
{
public:
    struct Outcome
    {
        bool drop = false;       // KMS would drop the TCP connection (malformed JSON and the like)
        JsonValue response;      // null: KMS sends an empty text frame
        int delayMs = 0;         // reply only after this long (getUsedCpu)
        std::string bindSession; // session the socket is (re)bound to; empty: unchanged
    };

    RpcEngine(MediaSet &mediaSet, RequestCache &cache, ObjectInvoker &invoker, std::string serverId);

    Outcome handle(const QByteArray &text, const std::string &boundSession);

private:
    bool process(const JsonValue &request, JsonValue &response, int &delayMs, bool useCache);
    JsonValue call(const std::string &method, const JsonValue &params, int &delayMs);
    std::optional<JsonValue> cachedResponse(const JsonValue &request);
    void cacheResponse(const JsonValue &request, const JsonValue &response);

    JsonValue connect(const JsonValue &params);
    JsonValue ping(const JsonValue &params);
    JsonValue describe(const JsonValue &params);
    JsonValue keepAlive(const JsonValue &params);
    JsonValue create(const JsonValue &params);
    JsonValue invoke(const JsonValue &params, int &delayMs);
    JsonValue subscribe(const JsonValue &params);
    JsonValue unsubscribe(const JsonValue &params);
    JsonValue release(const JsonValue &params);
    JsonValue ref(const JsonValue &params, bool add);
    JsonValue transaction(const JsonValue &params, int &delayMs);
    JsonValue closeSession(const JsonValue &params);
    void injectRefs(JsonValue &value, const JsonValue &responses);

    MediaSet &m_mediaSet;
    RequestCache &m_cache;
    ObjectInvoker &m_invoker;
    std::string m_serverId;
};

} // namespace kmssim
