#include "models/healthtracker.h"

namespace ucmc {

HealthTracker::HealthTracker(int fall, int rise)
{
    setThresholds(fall, rise);
}

void HealthTracker::setThresholds(int fall, int rise)
{
    m_health.fall = qBound(1, fall, 100);
    m_health.rise = qBound(1, rise, 100);
}

void HealthTracker::begin(qint64 nowMs)
{
    if (m_health.state == HealthState::Unknown)
        enter(HealthState::Connecting, nowMs);
}

void HealthTracker::enter(HealthState state, qint64 nowMs)
{
    if (m_maintenance) {
        m_underlying = state;
        return;
    }
    if (state != m_health.state) {
        m_health.state = state;
        m_health.stateSinceMs = nowMs;
    }
}

void HealthTracker::addSample(float rtt)
{
    if (m_health.recentRtt.size() >= kSparklineLength)
        m_health.recentRtt.removeFirst();
    m_health.recentRtt.append(rtt);
}

bool HealthTracker::record(const ProbeOutcome &outcome, qint64 nowMs)
{
    const HealthState before = m_health.state;
    const HealthState current = m_maintenance ? m_underlying : m_health.state;
    ++m_health.checks;
    if (outcome.ok) {
        m_health.failure = FailureCode::None;
        m_health.detail.clear();
        m_health.closeCode = 0;
        m_health.httpStatus = 0;
        m_health.rttMs = outcome.rttMs;
        m_rttSum += outcome.rttMs;
        ++m_rttCount;
        m_health.rttAvgMs = m_rttSum / m_rttCount;
        m_health.rttMaxMs = qMax(m_health.rttMaxMs, outcome.rttMs);
        m_health.nextAttemptMs = 0;
        addSample(float(outcome.rttMs));
        switch (current) {
        case HealthState::Down:
            m_health.streak = 1;
            enter(m_health.rise <= 1 ? HealthState::Up : HealthState::GoingUp, nowMs);
            break;
        case HealthState::GoingUp:
            ++m_health.streak;
            if (m_health.streak >= m_health.rise)
                enter(HealthState::Up, nowMs);
            break;
        default: // Unknown, Connecting, Up, GoingDown
            m_health.streak = 0;
            enter(HealthState::Up, nowMs);
            break;
        }
    } else {
        ++m_health.failures;
        m_health.failure = outcome.failure;
        m_health.detail = outcome.detail;
        m_health.closeCode = outcome.closeCode;
        m_health.httpStatus = outcome.httpStatus;
        m_health.rttMs = -1;
        addSample(-1);
        switch (current) {
        case HealthState::Up:
        case HealthState::GoingDown: {
            m_health.streak = current == HealthState::Up ? 1 : m_health.streak + 1;
            const bool down = outcome.closedByServer || m_health.streak >= m_health.fall;
            enter(down ? HealthState::Down : HealthState::GoingDown, nowMs);
            break;
        }
        default: // Unknown, Connecting, Down, GoingUp: a failure is (back to) down
            m_health.streak = 0;
            enter(HealthState::Down, nowMs);
            break;
        }
    }
    if (m_health.state == HealthState::Up)
        m_health.streak = 0;
    return m_health.state != before;
}

bool HealthTracker::setMaintenance(bool on, qint64 nowMs)
{
    if (on == m_maintenance)
        return false;
    if (on) {
        m_underlying = m_health.state;
        m_health.state = HealthState::Maintenance;
        m_health.stateSinceMs = nowMs;
        m_maintenance = true;
    } else {
        m_maintenance = false;
        m_health.state = m_underlying;
        m_health.stateSinceMs = nowMs;
    }
    return true;
}

} // namespace ucmc
