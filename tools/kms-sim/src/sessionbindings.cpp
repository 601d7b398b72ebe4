#include "sessionbindings.h"

namespace kmssim {

bool SessionBindings::store(const std::string &sessionId, ConnectionId connection)
{
    if (sessionId.empty())
        return false;
    bool changed = false;
    auto old = m_connectionBySession.find(sessionId);
    if (old == m_connectionBySession.end()) {
        changed = true;
    } else if (old->second != connection) {
        // "Erasing old connection associated with: <session>"
        m_sessionByConnection.remove(old->second);
        m_connectionBySession.erase(old);
        changed = true;
    }
    auto previous = m_sessionByConnection.find(connection);
    if (previous == m_sessionByConnection.end()) {
        changed = true;
    } else if (previous.value() != sessionId) {
        // "Erasing old sessionId <x> associated with current connection"
        m_connectionBySession.erase(previous.value());
        m_sessionByConnection.erase(previous);
        changed = true;
    }
    if (changed) {
        m_connectionBySession[sessionId] = connection;
        m_sessionByConnection[connection] = sessionId;
    }
    return changed;
}

void SessionBindings::remove(ConnectionId connection)
{
    auto it = m_sessionByConnection.find(connection);
    if (it == m_sessionByConnection.end())
        return;
    m_connectionBySession.erase(it.value());
    m_sessionByConnection.erase(it);
}

void SessionBindings::clear()
{
    m_connectionBySession.clear();
    m_sessionByConnection.clear();
}

std::string SessionBindings::sessionOf(ConnectionId connection) const
{
    return m_sessionByConnection.value(connection);
}

SessionBindings::ConnectionId SessionBindings::connectionOf(const std::string &sessionId) const
{
    auto it = m_connectionBySession.find(sessionId);
    return it == m_connectionBySession.end() ? 0 : it->second;
}

std::vector<std::string> SessionBindings::boundSessions() const
{
    std::vector<std::string> out;
    out.reserve(m_connectionBySession.size());
    for (const auto &entry : m_connectionBySession)
        out.push_back(entry.first);
    return out;
}

} // namespace kmssim
