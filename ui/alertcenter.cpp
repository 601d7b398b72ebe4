#include "ui/alertcenter.h"

#include "core/alertfeed.h"
#include "core/fleetmonitor.h"

#include <QIcon>
#include <QStringList>
#include <QSystemTrayIcon>

#include <algorithm>
#include <array>

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
    showSummary();
}

void AlertCenter::setFleet(FleetMonitor *fleet)
{
    if (m_fleet)
        disconnect(m_fleet, nullptr, this, nullptr);
    m_fleet = fleet;
    if (fleet) {
        connect(fleet, &FleetMonitor::alertRaised, this, &AlertCenter::onAlert);
        connect(fleet, &FleetMonitor::summaryChanged, this, &AlertCenter::showSummary);
        connect(fleet, &FleetMonitor::sitesChanged, this, &AlertCenter::showSummary);
    }
    showSummary();
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
    const TraySummary site = m_feed ? m_feed->summary() : TraySummary{};
    const bool fleet = m_fleet && !m_fleet->siteIds().isEmpty();
    return fleet ? worseOf(site, m_fleet->traySummary()) : site;
}

TraySummary AlertCenter::worseOf(const TraySummary &site, const TraySummary &fleet)
{
    TraySummary both;
    both.level = std::max(site.level, fleet.level);
    // The worse one speaks first; a tooltip of several lines keeps both.
    QStringList lines;
    for (const TraySummary *one : fleet.level > site.level ? std::array{&fleet, &site} : std::array{&site, &fleet}) {
        if (!one->toolTip.isEmpty())
            lines.append(one->toolTip);
    }
    both.toolTip = lines.join(u'\n');
    return both;
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

void AlertCenter::showSummary()
{
    const TraySummary tray = summary();
    const bool known = m_feed != nullptr || (m_fleet && !m_fleet->siteIds().isEmpty());
    const QString icon = iconPathFor(tray.level, known);
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
