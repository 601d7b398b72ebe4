#pragma once

#include "models/alertpolicy.h"

#include <QObject>
#include <QTimer>

class QSystemTrayIcon;

namespace ucmc {

// Drives the alert policy with the clock, shows its alerts as desktop notifications and keeps
// the tray icon's colour and tooltip on the worst state. Without a system tray (e.g. offscreen)
// the alerts are still raised as signals, so the window can show them.
class AlertCenter : public QObject
{
    Q_OBJECT
public:
    explicit AlertCenter(QObject *parent = nullptr);
    ~AlertCenter() override;

    AlertPolicy &policy() { return m_policy; }
    // Call after feeding the policy: raises what is due and re-arms the timer.
    void update();
    TraySummary summary() const;
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    static QIcon iconFor(TraySummary::Level level);

signals:
    // One per alert; of several due at once the most severe is raised last.
    void alertRaised(const ucmc::Alert &alert);
    void trayActivated();

private:
    void raiseDue();

    AlertPolicy m_policy;
    QTimer m_timer;
    QSystemTrayIcon *m_tray = nullptr;
    TraySummary::Level m_shownLevel = TraySummary::Level::Ok;
    QString m_shownToolTip;
};

} // namespace ucmc
