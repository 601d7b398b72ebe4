#pragma once

#include <QHash>
#include <string>
#include <unordered_map>
#include <vector>

namespace kmssim {

// Which WebSocket belongs to which session, with the rules of KMS's storeConnection: a reply
// carrying result.sessionId binds the socket to that session; a session lives on one socket
// (the newest), and a socket has one session (the newest). Bound sessions are injected into
// requests that lack one and receive the session's events.
class SessionBindings
{
public:
    using ConnectionId = quint64;

    // Returns true when the binding changed (KMS then keeps the session alive).
    bool store(const std::string &sessionId, ConnectionId connection);
    void remove(ConnectionId connection);
    void clear();

    std::string sessionOf(ConnectionId connection) const;
    ConnectionId connectionOf(const std::string &sessionId) const; // 0 when none
    std::vector<std::string> boundSessions() const;

private:
    std::unordered_map<std::string, ConnectionId> m_connectionBySession;
    QHash<ConnectionId, std::string> m_sessionByConnection;
};

} // namespace kmssim
