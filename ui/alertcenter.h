#pragma once

#include "core/alertfeed.h"
#include "models/alertpolicy.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace ucmc {


// The desktop side of the alerts of the site now open: its alerts as desktop notifications, and
// the tray icon's colour and tooltip on the worst state. Without a system tray (e.g. offscreen)
// the alerts are passed on as signals, so the window can show them.
class AlertCenter : public QObject
{
    Q_OBJECT
public:
    explicit AlertCenter(QObject *parent = nullptr);
    ~AlertCenter() override;

    // The open site's alerts (nullptr: none, the tray shows "ok" and nothing is raised).
    void setFeed(AlertFeed *feed);
    AlertFeed *feed() const { return m_feed; }
    TraySummary summary() const;
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    // "Pause alerts": no desktop notifications until then (the tray icon still shows the state,
    // and the window its banners). An invalid time resumes them.
    void pauseNotificationsUntil(const QDateTime &until);
    QDateTime notificationsPausedUntil() const;
    static QIcon iconFor(TraySummary::Level level);

signals:
    // One per alert; of several due at once the most severe is raised last.
    void alertRaised(const ucmc::Alert &alert);
    void trayActivated();

private:
    void onAlert(const Alert &alert);
    void showSummary(const TraySummary &summary);

    QPointer<AlertFeed> m_feed;
    QSystemTrayIcon *m_tray = nullptr;
    TraySummary::Level m_shownLevel = TraySummary::Level::Ok;
    QString m_shownToolTip;
    QDateTime m_pausedUntil;
};

} // namespace ucmc
