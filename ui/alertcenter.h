#pragma once

#include "core/alertfeed.h"
#include "models/alertpolicy.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace ucmc {

class FleetMonitor;

// The desktop side of the alerts of the site now open and of the watched sites (the fleet): their
// alerts as desktop notifications, and the tray icon (the application icon with a status dot, resources/icons/tray-*.svg) and its
// tooltip on the worst state. Without a system tray (e.g. offscreen)
// the alerts are passed on as signals, so the window can show them.
class AlertCenter : public QObject
{
    Q_OBJECT
public:
    explicit AlertCenter(QObject *parent = nullptr);
    ~AlertCenter() override;

    // The open site's alerts (nullptr: none, the tray shows "unknown" and nothing is raised).
    void setFeed(AlertFeed *feed);
    AlertFeed *feed() const { return m_feed; }
    // The watched sites: their alerts are raised like the open site's, and the tray shows the
    // worse of the open site and the fleet.
    void setFleet(FleetMonitor *fleet);
    // The open site's and the fleet's together: the worse level; the worse one's tooltip first.
    TraySummary summary() const;
    static TraySummary worseOf(const TraySummary &site, const TraySummary &fleet);
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    // "Pause alerts": no desktop notifications until then (the tray icon still shows the state,
    // and the window its banners). An invalid time resumes them.
    void pauseNotificationsUntil(const QDateTime &until);
    QDateTime notificationsPausedUntil() const;
    // The tray's icon for the worst state (known false: no site open, state unknown), from the
    // resources (:/icons/tray-up.svg, tray-warning, tray-down, tray-unknown).
    static QString iconPathFor(TraySummary::Level level, bool known = true);
    static QIcon iconFor(TraySummary::Level level, bool known = true);
    QString shownIconPath() const { return m_shownIcon; }

signals:
    // One per alert; of several due at once the most severe is raised last.
    void alertRaised(const ucmc::Alert &alert);
    void trayActivated();

private:
    void onAlert(const Alert &alert);
    void showSummary();

    QPointer<AlertFeed> m_feed;
    QPointer<FleetMonitor> m_fleet;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_shownIcon;
    QString m_shownToolTip;
    QDateTime m_pausedUntil;
};

} // namespace ucmc
