#pragma once

#include "models/serverhealth.h"

namespace ucmc {

// The result of one check of a media server: a ping on an open connection, or a connection
// attempt that failed before the first pong.
struct ProbeOutcome
{
    bool ok = false;
    FailureCode failure = FailureCode::None;
    QString detail;
    int closeCode = 0;
    int httpStatus = 0;
    double rttMs = -1;
    // The server closed the connection: that counts at once, not after `fall` failures.
    bool closedByServer = false;
};

// The health state machine of one media server (HAProxy's fall/rise, Uptime Kuma's pending):
//   Unknown/Connecting --first result--> Up or Down
//   Up --failure--> GoingDown (n of fall) --fall failures--> Down; a server close goes Down at once
//   Down --success--> GoingUp (n of rise) --rise successes--> Up; a failure goes back to Down
//   Maintenance: checked and counted, but the state stays until maintenance ends.
// It also keeps the statistics a row shows: round-trip last/average/max, checks and failures
// since start (availability), and the recent round trips for a sparkline.
class HealthTracker
{
public:
    static constexpr int kSparklineLength = 120; // two minutes at the default interval

    explicit HealthTracker(int fall = 3, int rise = 2);

    void setThresholds(int fall, int rise);
    // The first attempt starts: Unknown becomes Connecting.
    void begin(qint64 nowMs);
    // Returns true when the state changed.
    bool record(const ProbeOutcome &outcome, qint64 nowMs);
    bool setMaintenance(bool on, qint64 nowMs);
    bool inMaintenance() const { return m_maintenance; }

    const ServerHealth &health() const { return m_health; }
    // Fields the connection knows (version, serverId, metrics, certificate, stages, next attempt).
    ServerHealth &details() { return m_health; }

private:
    void enter(HealthState state, qint64 nowMs);
    void addSample(float rtt);

    ServerHealth m_health;
    bool m_maintenance = false;
    HealthState m_underlying = HealthState::Unknown; // the state maintenance hides
    double m_rttSum = 0;
    quint32 m_rttCount = 0;
};

} // namespace ucmc
