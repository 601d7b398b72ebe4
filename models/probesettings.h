#pragma once

#include <QtGlobal>

namespace ucmc {

// How the console probes one site. Defaults follow the foundation issue: a ping every second,
// one second to answer. Bounds keep a typo from flooding the network or never detecting failure.
struct ProbeSettings
{
    static constexpr int kMinIntervalMs = 200;
    static constexpr int kMaxIntervalMs = 600'000;
    static constexpr int kMinTimeoutMs = 100;
    static constexpr int kMaxTimeoutMs = 60'000;

    int intervalMs = 1000;     // time between pings on an open connection
    int timeoutMs = 1000;      // time a ping (or a connection attempt) may take
    int backoffMaxMs = 5000;   // reconnect back-off starts at intervalMs and doubles up to this
    int hostIntervalMs = 5000; // UCServer host port checks
    quint16 ucServerPort = 7222;      // UCServer client (CTI) port
    quint16 webServerHttpPort = 7224; // UC WebServer HTTP port

    // Connecting includes TCP, TLS and the WebSocket upgrade: allow a little more than a ping.
    int connectTimeoutMs() const { return qMax(timeoutMs, 2000); }

    ProbeSettings bounded() const
    {
        ProbeSettings s = *this;
        s.intervalMs = qBound(kMinIntervalMs, intervalMs, kMaxIntervalMs);
        s.timeoutMs = qBound(kMinTimeoutMs, timeoutMs, kMaxTimeoutMs);
        s.backoffMaxMs = qBound(s.intervalMs, backoffMaxMs, kMaxIntervalMs);
        s.hostIntervalMs = qBound(kMinIntervalMs, hostIntervalMs, kMaxIntervalMs);
        return s;
    }

    bool operator==(const ProbeSettings &) const = default;
};

} // namespace ucmc
