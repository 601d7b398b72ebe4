#include "ui/alertcenter.h"

#include "ui/statuspalette.h"

#include <QDateTime>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>

namespace ucmc {

AlertCenter::AlertCenter(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AlertCenter::raiseDue);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(iconFor(TraySummary::Level::Ok), this);
        connect(m_tray, &QSystemTrayIcon::activated, this, &AlertCenter::trayActivated);
        m_tray->show();
    }
}

AlertCenter::~AlertCenter() = default;

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
    return m_policy.traySummary(QDateTime::currentMSecsSinceEpoch());
}

void AlertCenter::update()
{
    raiseDue();
}

void AlertCenter::raiseDue()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QList<Alert> alerts = m_policy.takeAlerts(now);
    // The policy gives the most severe first; raised the other way round, so that where the newest
    // notification replaces the one before (the window's banner, a tray balloon) the most severe
    // one is what stays, not an "up again" or an expiring certificate.
    for (auto it = alerts.crbegin(); it != alerts.crend(); ++it) {
        const Alert &alert = *it;
        if (m_tray) {
            const auto icon = alert.severity == Alert::Severity::Critical ? QSystemTrayIcon::Critical
                              : alert.severity == Alert::Severity::Warning ? QSystemTrayIcon::Warning
                                                                           : QSystemTrayIcon::Information;
            m_tray->showMessage(alert.title, alert.text, icon);
        }
        emit alertRaised(alert);
    }
    const TraySummary tray = m_policy.traySummary(now);
    if (m_tray) {
        if (tray.level != m_shownLevel)
            m_tray->setIcon(iconFor(tray.level));
        if (tray.toolTip != m_shownToolTip)
            m_tray->setToolTip(tray.toolTip);
    }
    m_shownLevel = tray.level;
    m_shownToolTip = tray.toolTip;
    const qint64 due = m_policy.nextDueMs();
    if (due > 0)
        m_timer.start(int(qBound(qint64(0), due - now, qint64(60'000))));
}

} // namespace ucmc
