#include "mediaset.h"

#include "rpcerror.h"
#include "uuid.h"

#include <QDateTime>
#include <utility>

namespace kmssim {

const std::string MediaSet::ServerManagerId = "manager_ServerManager";

namespace {

const std::string NewRefPrefix = "newref:";

std::int64_t nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

MediaSet::MediaSet(EventSink sink)
    : m_sink(std::move(sink))
{
    Object manager;
    manager.id = ServerManagerId;
    manager.type = &ObjectCatalog::instance().serverManager();
    manager.creationTime = nowSeconds();
    m_objects.emplace(manager.id, std::move(manager));
}

const MediaSet::Object &MediaSet::find(const std::string &ref) const
{
    if (ref.size() > NewRefPrefix.size() && ref.compare(0, NewRefPrefix.size(), NewRefPrefix) == 0) {
        throw kurentoError(ErrorCode::NotFoundTransactionNoCommit,
                           "Object '" + ref +
                               "' not found. Possibly using a transactional object without committing the "
                               "transaction.");
    }
    auto it = m_objects.find(ref);
    const bool referenced = m_objectSessions.count(ref) != 0;
    // An object no session references is gone for clients, except the ServerManager.
    if (it == m_objects.end() || (!referenced && ref != ServerManagerId))
        throw kurentoError(ErrorCode::MediaObjectNotFound, "Object '" + ref + "' not found");
    return it->second;
}

const MediaSet::Object &MediaSet::findAndRef(const std::string &sessionId, const std::string &ref)
{
    const Object &object = find(ref);
    refObject(sessionId, object.id);
    return object;
}

std::string MediaSet::pipelineOf(const Object &object) const
{
    const Object *current = &object;
    while (!current->parentId.empty())
        current = &m_objects.at(current->parentId);
    return current->type->kind == TypeInfo::Kind::MediaPipeline ? current->id : std::string();
}

std::vector<std::string> MediaSet::children(const std::string &id) const
{
    auto it = m_children.find(id);
    if (it == m_children.end())
        return {};
    return {it->second.begin(), it->second.end()};
}

std::string MediaSet::create(const TypeInfo &type, const std::string &parentId, const std::string &sessionId,
                             std::string uri)
{
    Object object;
    object.type = &type;
    object.parentId = parentId;
    object.creationTime = nowSeconds();
    object.uri = std::move(uri);
    object.gstIndex = type.kind == TypeInfo::Kind::MediaPipeline ? m_gstPipelines++ : m_gstElements++;
    // "<uuid>_kurento.<Type>", prefixed with "<pipeline id>/" for elements (MediaObjectImpl::getId).
    const std::string pipeline = parentId.empty() ? std::string() : pipelineOf(m_objects.at(parentId));
    object.id = (pipeline.empty() ? std::string() : pipeline + "/") + newUuid() + "_kurento." + type.name;
    const std::string id = object.id;
    m_objects.emplace(id, std::move(object));
    if (!parentId.empty())
        m_children[parentId].insert(id);
    if (type.kind == TypeInfo::Kind::MediaPipeline)
        ++m_pipelines;
    else
        ++m_elements;
    emitServerManagerEvent("ObjectCreated", "object", id);
    refObject(sessionId, id);
    return id;
}

void MediaSet::ref(const std::string &sessionId, const std::string &ref)
{
    refObject(sessionId, find(ref).id);
}

void MediaSet::unref(const std::string &sessionId, const std::string &ref)
{
    std::string id;
    try {
        id = find(ref).id;
    } catch (const RpcError &) {
        return;
    }
    unrefObject(sessionId, id);
}

void MediaSet::release(const std::string &ref)
{
    std::string id;
    try {
        id = find(ref).id;
    } catch (const RpcError &) {
        return; // KMS: "Do not raise exception if it is already released"
    }
    auto it = m_objectSessions.find(id);
    if (it == m_objectSessions.end())
        return;
    const std::set<std::string> sessions = it->second;
    for (const std::string &session : sessions)
        unrefObject(session, id);
}

void MediaSet::keepAlive(const std::string &sessionId, bool create)
{
    auto it = m_sessions.find(sessionId);
    if (it != m_sessions.end())
        it->second.inUse = true;
    else if (create)
        m_sessions.emplace(sessionId, Session{});
    else
        throw kurentoError(ErrorCode::InvalidSession, "Invalid session");
}

void MediaSet::keepAliveSession(const std::string &sessionId)
{
    keepAlive(sessionId, false);
}

bool MediaSet::touchSession(const std::string &sessionId)
{
    auto it = m_sessions.find(sessionId);
    if (it == m_sessions.end())
        return false;
    it->second.inUse = true;
    return true;
}

void MediaSet::unrefSession(const std::string &sessionId)
{
    auto it = m_sessions.find(sessionId);
    if (it != m_sessions.end()) {
        const std::set<std::string> objects = it->second.objects;
        for (const std::string &id : objects) {
            if (m_objects.count(id))
                unrefObject(sessionId, id);
        }
    }
    m_sessions.erase(sessionId);
    m_subscriptions.erase(sessionId);
}

void MediaSet::releaseSession(const std::string &sessionId)
{
    auto it = m_sessions.find(sessionId);
    if (it != m_sessions.end()) {
        const std::set<std::string> objects = it->second.objects;
        for (const std::string &id : objects) {
            if (m_objects.count(id))
                release(id);
        }
    }
    m_sessions.erase(sessionId);
    m_subscriptions.erase(sessionId);
}

void MediaSet::collectGarbage()
{
    // A session survives one period unused; the next run unrefs it (MediaSet::doGarbageCollection).
    std::vector<std::string> expired;
    for (auto &[id, session] : m_sessions) {
        if (session.inUse)
            session.inUse = false;
        else
            expired.push_back(id);
    }
    for (const std::string &id : expired)
        unrefSession(id);
}

std::vector<std::string> MediaSet::sessionsForGetSessions() const
{
    // KMS sizes the vector first and then push_backs, so N empty strings lead the N ids.
    std::vector<std::string> out(m_sessions.size());
    for (const auto &entry : m_sessions)
        out.push_back(entry.first);
    return out;
}

std::vector<std::string> MediaSet::pipelinesRefdInto(const std::string &sessionId)
{
    std::vector<std::string> ids;
    ids.reserve(m_objects.size());
    for (const auto &entry : m_objects)
        ids.push_back(entry.first);
    std::vector<std::string> pipelines;
    for (const std::string &id : ids) {
        try {
            const Object &object = findAndRef(sessionId, id); // refs every object, not only pipelines
            if (object.type->kind == TypeInfo::Kind::MediaPipeline)
                pipelines.push_back(id);
        } catch (const RpcError &) {
        }
    }
    return pipelines;
}

bool MediaSet::hasSubscription(const std::string &sessionId, const std::string &objectId,
                               const std::string &type) const
{
    auto s = m_subscriptions.find(sessionId);
    if (s == m_subscriptions.end())
        return false;
    auto o = s->second.find(objectId);
    if (o == s->second.end())
        return false;
    for (const auto &entry : o->second) {
        if (entry.second == type)
            return true;
    }
    return false;
}

void MediaSet::subscribe(const std::string &sessionId, const std::string &objectId,
                         const std::string &subscriptionId, const std::string &type)
{
    m_subscriptions[sessionId][objectId][subscriptionId] = type;
}

void MediaSet::unsubscribe(const std::string &sessionId, const std::string &objectId,
                           const std::string &subscriptionId)
{
    auto s = m_subscriptions.find(sessionId);
    if (s == m_subscriptions.end())
        return;
    auto o = s->second.find(objectId);
    if (o != s->second.end())
        o->second.erase(subscriptionId);
}

void MediaSet::refObject(const std::string &sessionId, const std::string &id)
{
    keepAlive(sessionId, true);
    const Object &object = m_objects.at(id);
    if (!object.parentId.empty())
        refObject(sessionId, object.parentId);
    m_sessions[sessionId].objects.insert(id);
    m_objectSessions[id].insert(sessionId);
}

void MediaSet::unrefObject(const std::string &sessionId, const std::string &id)
{
    auto session = m_sessions.find(sessionId);
    if (session != m_sessions.end()) {
        if (session->second.objects.erase(id) == 0)
            return;
    }
    auto kids = m_children.find(id);
    if (kids != m_children.end()) {
        const std::set<std::string> copy = kids->second;
        for (const std::string &child : copy)
            unrefObject(sessionId, child);
    }
    bool released = false;
    auto owners = m_objectSessions.find(id);
    if (owners != m_objectSessions.end()) {
        owners->second.erase(sessionId);
        if (owners->second.empty()) {
            m_objectSessions.erase(owners);
            released = id != ServerManagerId;
        }
    }
    auto subscriptions = m_subscriptions.find(sessionId);
    if (subscriptions != m_subscriptions.end())
        subscriptions->second.erase(id);
    if (released)
        destroy(id);
}

void MediaSet::destroy(const std::string &id)
{
    auto it = m_objects.find(id);
    if (it == m_objects.end())
        return;
    if (!it->second.parentId.empty()) {
        auto siblings = m_children.find(it->second.parentId);
        if (siblings != m_children.end())
            siblings->second.erase(id);
    }
    m_children.erase(id);
    if (it->second.type->kind == TypeInfo::Kind::MediaPipeline)
        --m_pipelines;
    else
        --m_elements;
    m_objects.erase(it);
    m_pendingDestroyed.push_back(id);
}

void MediaSet::emitPendingDestroyed()
{
    for (const std::string &id : std::exchange(m_pendingDestroyed, {}))
        emitServerManagerEvent("ObjectDestroyed", "objectId", id);
}

void MediaSet::emitServerManagerEvent(const std::string &type, const std::string &idKey,
                                      const std::string &objectId)
{
    std::vector<std::string> sessions;
    for (const auto &[session, objects] : m_subscriptions) {
        if (hasSubscription(session, ServerManagerId, type))
            sessions.push_back(session);
    }
    if (sessions.empty() || !m_sink)
        return;
    const Object &manager = m_objects.at(ServerManagerId);
    JsonValue tags = JsonValue::array();
    if (manager.sendTagsInEvents) {
        for (const auto &[key, value] : manager.tags) {
            JsonValue tag;
            tag.set("__module__", "kurento");
            tag.set("__type__", "Tag");
            tag.set("key", key);
            tag.set("value", value);
            tags.append(std::move(tag));
        }
    }
    JsonValue data;
    data.set(idKey, objectId);
    data.set("source", ServerManagerId);
    data.set("tags", std::move(tags));
    data.set("timestampMillis", std::to_string(QDateTime::currentMSecsSinceEpoch()));
    JsonValue value;
    value.set("data", std::move(data));
    value.set("object", ServerManagerId);
    value.set("type", type);
    JsonValue params;
    params.set("value", std::move(value));
    JsonValue notification;
    notification.set("jsonrpc", "2.0");
    notification.set("method", "onEvent");
    notification.set("params", std::move(params));
    m_sink(sessions, notification);
}

} // namespace kmssim
