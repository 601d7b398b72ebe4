#include "requestcache.h"

namespace kmssim {

RequestCache::RequestCache(std::chrono::milliseconds timeout)
    : m_timeout(timeout)
{
    m_clock.start();
}

std::string RequestCache::key(const std::string &sessionId, const std::string &requestId)
{
    // Length-prefixed so that no pair of strings can produce the same key.
    return std::to_string(sessionId.size()) + ':' + sessionId + requestId;
}

std::optional<JsonValue> RequestCache::find(const std::string &sessionId, const std::string &requestId)
{
    if (!enabled())
        return std::nullopt;
    const qint64 now = m_clock.elapsed();
    purge(now);
    auto it = m_entries.find(key(sessionId, requestId));
    if (it == m_entries.end())
        return std::nullopt;
    return it->second.response;
}

void RequestCache::add(const std::string &sessionId, const std::string &requestId, const JsonValue &response)
{
    if (!enabled())
        return;
    const qint64 now = m_clock.elapsed();
    purge(now);
    const std::string k = key(sessionId, requestId);
    if (m_entries.count(k))
        return; // KMS only adds a response that is not cached yet
    m_entries.emplace(k, Entry{response, now});
    m_order.emplace_back(now, k);
}

void RequestCache::purge(qint64 nowMs)
{
    // Entries expire in insertion order, so this is amortised O(1) per request.
    while (!m_order.empty() && nowMs - m_order.front().first >= m_timeout.count()) {
        auto it = m_entries.find(m_order.front().second);
        if (it != m_entries.end() && it->second.addedMs == m_order.front().first)
            m_entries.erase(it);
        m_order.pop_front();
    }
}

} // namespace kmssim
