#pragma once

#include "jsonvalue.h"

#include <QElapsedTimer>
#include <chrono>
#include <deque>
#include <optional>
#include <string>
#include <unordered_map>

namespace kmssim {

// KMS's RequestCache: responses are kept per (sessionId, request id as a string) for 20 s, and
// a repeated id in the same session gets the stored response without running the method again
// (02c-request-cache.jsonl). A timeout of 0 disables it like "disableRequestCache".
class RequestCache
{
public:
    explicit RequestCache(std::chrono::milliseconds timeout);

    bool enabled() const { return m_timeout.count() > 0; }
    std::optional<JsonValue> find(const std::string &sessionId, const std::string &requestId);
    void add(const std::string &sessionId, const std::string &requestId, const JsonValue &response);

private:
    struct Entry
    {
        JsonValue response;
        qint64 addedMs;
    };
    static std::string key(const std::string &sessionId, const std::string &requestId);
    void purge(qint64 nowMs);

    std::chrono::milliseconds m_timeout;
    QElapsedTimer m_clock;
    std::unordered_map<std::string, Entry> m_entries;
    std::deque<std::pair<qint64, std::string>> m_order; // insertion order = expiry order
};

} // namespace kmssim
