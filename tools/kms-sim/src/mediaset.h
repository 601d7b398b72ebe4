#pragma once

#include "jsonvalue.h"
#include "objectcatalog.h"

#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace kmssim {

// The object space of one simulated server: objects, the sessions that reference them, garbage
// collection and event subscriptions. It follows the reference rules of KMS's MediaSet, because
// they decide what a monitoring client sees: describe/invoke/subscribe ref an object into the
// caller's session, getPipelines refs everything into the "" session, an object dies when no
// session references it any more or when anyone releases it.
class MediaSet
{
public:
    struct Object
    {
        std::string id;
        const TypeInfo *type = nullptr;
        std::string parentId;
        std::string name; // empty: the id
        std::int64_t creationTime = 0;
        std::map<std::string, std::string> tags;
        bool sendTagsInEvents = false;
        bool latencyStats = false;
        std::string uri;
        int gstIndex = 0; // GStreamer element number shown in getGstreamerDot
    };
    // Receives each onEvent notification with the sessions subscribed to it.
    using EventSink =
        std::function<void(const std::vector<std::string> &sessions, const JsonValue &notification)>;

    static const std::string ServerManagerId;

    explicit MediaSet(EventSink sink);

    // Lookups throw RpcError (40101 MEDIA_OBJECT_NOT_FOUND, 40109 for "newref:" ids).
    const Object &find(const std::string &ref) const;
    const Object &findAndRef(const std::string &sessionId, const std::string &ref);
    Object &mutableObject(const std::string &id) { return m_objects.at(id); }
    std::string pipelineOf(const Object &object) const; // "" for the ServerManager
    std::vector<std::string> children(const std::string &id) const;

    std::string create(const TypeInfo &type, const std::string &parentId, const std::string &sessionId,
                       std::string uri);
    void ref(const std::string &sessionId, const std::string &ref);
    void unref(const std::string &sessionId, const std::string &ref); // unknown objects are ignored
    void release(const std::string &ref);                             // unknown objects are ignored

    void keepAliveSession(const std::string &sessionId); // throws 40007 INVALID_SESSION
    bool touchSession(const std::string &sessionId);     // the same, false instead of throwing
    void unrefSession(const std::string &sessionId);
    void releaseSession(const std::string &sessionId);
    void collectGarbage();

    std::vector<std::string> sessionsForGetSessions() const;
    std::vector<std::string> pipelinesRefdInto(const std::string &sessionId);

    bool hasSubscription(const std::string &sessionId, const std::string &objectId,
                         const std::string &type) const;
    void subscribe(const std::string &sessionId, const std::string &objectId,
                   const std::string &subscriptionId, const std::string &type);
    void unsubscribe(const std::string &sessionId, const std::string &objectId,
                     const std::string &subscriptionId);

    // KMS destroys released objects asynchronously (MediaSet::post), so ObjectDestroyed reaches
    // whoever is subscribed after the request that released them is done. The owner calls this
    // after each request and each garbage collection.
    void emitPendingDestroyed();

    int pipelineCount() const { return m_pipelines; }
    int elementCount() const { return m_elements; }
    int sessionCount() const { return int(m_sessions.size()); }

private:
    struct Session
    {
        bool inUse = true;
        std::set<std::string> objects;
    };

    void refObject(const std::string &sessionId, const std::string &id);
    void unrefObject(const std::string &sessionId, const std::string &id);
    void destroy(const std::string &id);
    void emitServerManagerEvent(const std::string &type, const std::string &idKey,
                                const std::string &objectId);
    void keepAlive(const std::string &sessionId, bool create);

    EventSink m_sink;
    std::map<std::string, Object> m_objects;                 // sorted by id, like KMS's objectsMap
    std::map<std::string, std::set<std::string>> m_children; // parent id -> child ids
    std::map<std::string, Session> m_sessions;
    std::map<std::string, std::set<std::string>> m_objectSessions;
    // session -> object -> subscription id -> event type
    std::map<std::string, std::map<std::string, std::map<std::string, std::string>>> m_subscriptions;
    int m_pipelines = 0;
    int m_elements = 0;
    std::vector<std::string> m_pendingDestroyed;
    int m_gstPipelines = 0;
    int m_gstElements = 0;
};

} // namespace kmssim
