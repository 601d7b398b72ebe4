#pragma once

#include <QtGlobal>

namespace ucmc {

// How much a monitor asks of a media server beyond the ping. Full: everything the dashboard and the
// exporter show (round trips every second, getCpuCount, and the figures every metricsIntervalMs).
// Status: what a status needs (state, serverId, version, modules, certificate), where no figure is on
// screen (a site watched in the background, whose tile shows none; the open site while the window is
// minimised or in the tray): no metrics requests, no statistics batches.
enum class ProbeDetail : quint8 { Full, Status };

// How the console probes one site. Defaults follow the foundation issue: a ping every second,
// one second to answer. Bounds keep a typo from flooding the network or never detecting failure.
struct ProbeSettings
{
    static constexpr int kMinIntervalMs = 200;
    static constexpr int kMaxIntervalMs = 600'000;
    static constexpr int kMinTimeoutMs = 100;
    static constexpr int kMaxTimeoutMs = 60'000;
    static constexpr int kMinMetricsIntervalMs = 1'000;
    static constexpr int kMaxMetricsIntervalMs = 3'600'000;
    static constexpr int kMinCpuSampleMs = 10;
    static constexpr int kMaxCpuSampleMs = 2'000;

    int intervalMs = 1000;     // time between pings on an open connection
    int timeoutMs = 1000;      // time a ping, or a whole connection attempt (all its stages), may take
    int fall = 3;              // failed checks in a row before a server counts as down
    int rise = 2;              // answered checks in a row before a down server counts as up again
    // Down servers are retried after intervalMs, doubling up to this; the default keeps retrying
    // every interval so a recovered server shows up within rise intervals.
    int backoffMaxMs = 1000;
    int hostIntervalMs = 5000; // UCServer host port checks
    // The UC WebServer's HTTPS port: a TLS handshake, 30 times the CPU of a plain connect (OpenSSL 3
    // builds a context and decodes the certificates for each). Checked at least this often, and in
    // the round after its HTTP port changed (see HostProbe).
    int httpsIntervalMs = 60'000;
    quint16 ucServerPort = 7222;      // UCServer client (CTI) port
    quint16 webServerHttpPort = 7224; // UC WebServer HTTP port
    quint16 webServerHttpsPort = 7225; // UC WebServer HTTPS port (self-signed certificate by default)
    // How often the media server is asked for its own figures (ServerManager: getUsedCpu,
    // getUsedMemory, getSessions; getCpuCount once per connection).
    int metricsIntervalMs = 10'000;
    // The interval getUsedCpu measures over. The media server answers only after that long, and
    // a real KMS blocks one of its WebSocket threads (10 by default) for the whole time, with the
    // requests of this connection queued behind it: keep it short. Never more than half the ping
    // interval (see effectiveCpuSampleMs()), so the sample is done before the next ping is sent.
    int cpuSampleMs = 200;

    // Connecting includes TCP, TLS and the WebSocket upgrade; on a LAN each takes well under the
    // ping timeout, so one timeout covers the whole attempt (a stalled server is then down within
    // interval + timeout x fall).
    int connectTimeoutMs() const { return timeoutMs; }
    // The getUsedCpu interval actually sent: at most half the ping interval and the timeout.
    int effectiveCpuSampleMs() const { return qMin(cpuSampleMs, qMin(intervalMs, timeoutMs) / 2); }

    ProbeSettings bounded() const
    {
        ProbeSettings s = *this;
        s.intervalMs = qBound(kMinIntervalMs, intervalMs, kMaxIntervalMs);
        s.timeoutMs = qBound(kMinTimeoutMs, timeoutMs, kMaxTimeoutMs);
        s.backoffMaxMs = qBound(s.intervalMs, backoffMaxMs, kMaxIntervalMs);
        s.fall = qBound(1, fall, 100);
        s.rise = qBound(1, rise, 100);
        s.hostIntervalMs = qBound(kMinIntervalMs, hostIntervalMs, kMaxIntervalMs);
        s.httpsIntervalMs = qBound(s.hostIntervalMs, httpsIntervalMs, kMaxIntervalMs);
        s.metricsIntervalMs = qBound(qMax(kMinMetricsIntervalMs, s.intervalMs), metricsIntervalMs,
                                     kMaxMetricsIntervalMs);
        s.cpuSampleMs = qBound(kMinCpuSampleMs, cpuSampleMs, kMaxCpuSampleMs);
        // Port 0 cannot be connected to: a lost or broken value falls back to the default port.
        const ProbeSettings defaults{};
        s.ucServerPort = ucServerPort ? ucServerPort : defaults.ucServerPort;
        s.webServerHttpPort = webServerHttpPort ? webServerHttpPort : defaults.webServerHttpPort;
        s.webServerHttpsPort = webServerHttpsPort ? webServerHttpsPort : defaults.webServerHttpsPort;
        return s;
    }

    bool operator==(const ProbeSettings &) const = default;
};

} // namespace ucmc
