#include "ui/alertcenter.h"

#include "core/alertfeed.h"

#include <QIcon>
#include <QSystemTrayIcon>

namespace ucmc {

AlertCenter::AlertCenter(QObject *parent)
    : QObject(parent)
    , m_shownIcon(iconPathFor(TraySummary::Level::Ok, false))
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(m_shownIcon), this);
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

QString AlertCenter::iconPathFor(TraySummary::Level level, bool known)
{
    if (!known)
        return QStringLiteral(":/icons/tray-unknown.svg");
    switch (level) {
    case TraySummary::Level::Critical:
        return QStringLiteral(":/icons/tray-down.svg");
    case TraySummary::Level::Warning:
        return QStringLiteral(":/icons/tray-warning.svg");
    case TraySummary::Level::Ok:
        break;
    }
    return QStringLiteral(":/icons/tray-up.svg");
}

QIcon AlertCenter::iconFor(TraySummary::Level level, bool known)
{
    return QIcon(iconPathFor(level, known));
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
    const QString icon = iconPathFor(tray.level, m_feed != nullptr);
    if (m_tray) {
        if (icon != m_shownIcon)
            m_tray->setIcon(QIcon(icon));
        if (tray.toolTip != m_shownToolTip)
            m_tray->setToolTip(tray.toolTip);
    }
    m_shownIcon = icon;
    m_shownToolTip = tray.toolTip;
}

} // namespace ucmc
