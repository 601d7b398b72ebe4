#include "ui/alertcenter.h"

#include "core/alertfeed.h"
#include "ui/statuspalette.h"

#include <QDateTime>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>

namespace ucmc {

AlertCenter::AlertCenter(QObject *parent)
    : QObject(parent)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(iconFor(TraySummary::Level::Ok), this);
        connect(m_tray, &QSystemTrayIcon::activated, this, &AlertCenter::trayActivated);
        m_tray->show();
    }
}

AlertCenter::~AlertCenter() = default;

void AlertCenter::setFeed(AlertFeed *feed)
{
    if (m_feed)
        disconnect(m_feed, nullptr, this, nullptr);
    m_feed = feed;
    if (feed) {
        connect(feed, &AlertFeed::alertRaised, this, &AlertCenter::onAlert);
        connect(feed, &AlertFeed::summaryChanged, this, &AlertCenter::showSummary);
    }
    showSummary(summary());
}

QIcon AlertCenter::iconFor(TraySummary::Level level)
{
    const QColor color = level == TraySummary::Level::Critical ? StatusPalette::down()
                         : level == TraySummary::Level::Warning ? StatusPalette::pending()
                                                                 : StatusPalette::up();
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Qt::white, 4));
    p.setBrush(color);
    p.drawEllipse(QRectF(6, 6, 52, 52));
    return QIcon(pixmap);
}

TraySummary AlertCenter::summary() const
{
    return m_feed ? m_feed->summary() : TraySummary{};
}

void AlertCenter::pauseNotificationsUntil(const QDateTime &until)
{
    m_pausedUntil = until;
}

QDateTime AlertCenter::notificationsPausedUntil() const
{
    return m_pausedUntil.isValid() && m_pausedUntil > QDateTime::currentDateTime() ? m_pausedUntil : QDateTime();
}

void AlertCenter::onAlert(const Alert &alert)
{
    if (m_tray && !notificationsPausedUntil().isValid()) {
        const auto icon = alert.severity == Alert::Severity::Critical ? QSystemTrayIcon::Critical
                          : alert.severity == Alert::Severity::Warning ? QSystemTrayIcon::Warning
                                                                       : QSystemTrayIcon::Information;
        m_tray->showMessage(alert.title, alert.text, icon);
    }
    emit alertRaised(alert);
}

void AlertCenter::showSummary(const TraySummary &tray)
{
    if (m_tray) {
        if (tray.level != m_shownLevel)
            m_tray->setIcon(iconFor(tray.level));
        if (tray.toolTip != m_shownToolTip)
            m_tray->setToolTip(tray.toolTip);
    }
    m_shownLevel = tray.level;
    m_shownToolTip = tray.toolTip;
}

} // namespace ucmc
