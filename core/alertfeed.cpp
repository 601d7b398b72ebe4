#include "core/alertfeed.h"

#include <QDateTime>

namespace ucmc {

AlertFeed::AlertFeed(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AlertFeed::update);
    m_summary = m_policy.traySummary(QDateTime::currentMSecsSinceEpoch());
}

void AlertFeed::update()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QList<Alert> alerts = m_policy.takeAlerts(now);
    // The policy gives the most severe first; raised the other way round, so that where the newest
    // notification replaces the one before (the window's banner, a tray balloon) the most severe
    // one is what stays, not an "up again" or an expiring certificate.
    for (auto it = alerts.crbegin(); it != alerts.crend(); ++it)
        emit alertRaised(*it);
    const TraySummary summary = m_policy.traySummary(now);
    if (summary != m_summary) {
        m_summary = summary;
        emit summaryChanged(summary);
    }
    const qint64 due = m_policy.nextDueMs();
    if (due > 0)
        m_timer.start(int(qBound(qint64(0), due - now, qint64(60'000))));
    else
        m_timer.stop();
}

} // namespace ucmc
