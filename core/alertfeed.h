#pragma once

#include "models/alertpolicy.h"

#include <QObject>
#include <QTimer>

namespace ucmc {

// Drives a site's alert policy with the clock: the session feeds it what the monitor reports,
// and it raises what is due as signals (the tray or the window shows them) and reports the tray
// summary whenever it changes. Widget-free; destroyed with its session, so nothing of a closed
// site is ever raised.
class AlertFeed : public QObject
{
    Q_OBJECT
public:
    explicit AlertFeed(QObject *parent = nullptr);

    AlertPolicy &policy() { return m_policy; }
    // Call after feeding the policy: raises what is due and re-arms the timer.
    void update();
    TraySummary summary() const { return m_summary; }

signals:
    // Several due at once: the most severe is raised last.
    void alertRaised(const ucmc::Alert &alert);
    void summaryChanged(const ucmc::TraySummary &summary);

private:
    AlertPolicy m_policy;
    QTimer m_timer;
    TraySummary m_summary;
};

} // namespace ucmc
