#include "ui/traymenu.h"

#include "core/fleetmonitor.h"
#include "models/servertablemodel.h"
#include "models/sitestatus.h"
#include "ui/alertcenter.h"
#include "ui/fleetcontroller.h"

#include <QApplication>
#include <QLocale>
#include <QMainWindow>
#include <QSystemTrayIcon>

#include <algorithm>

namespace ucmc {

namespace {

void showWindow(QMainWindow *window)
{
    window->showNormal();
    window->raise();
    window->activateWindow();
}

// How bad a row is, for the order of the problems: down first, then failing, then the rest.
int badness(const ServerHealth &health)
{
    switch (health.state) {
    case HealthState::Down: return 3;
    case HealthState::GoingDown: return 2;
    case HealthState::NotMonitored: return 1;
    default: return 0;
    }
}

} // namespace

TrayMenu::TrayMenu(QMainWindow *window, AlertCenter *alerts, std::function<const ServerTableModel *()> servers,
                   std::function<void(int entry)> showEntry)
    : QMenu(window)
    , m_window(window)
    , m_alerts(alerts)
    , m_servers(std::move(servers))
    , m_showEntry(std::move(showEntry))
{
    setObjectName(QStringLiteral("trayMenu"));
    connect(this, &QMenu::aboutToShow, this, &TrayMenu::rebuild);
    if (QSystemTrayIcon *tray = alerts->trayIcon()) {
        tray->setContextMenu(this);
        connect(tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                showWindow(m_window);
        });
    }
    rebuild();
}

void TrayMenu::rebuild()
{
    clear();
    const bool shown = m_window->isVisible() && !m_window->isMinimized();
    addAction(shown ? tr("Hide Window") : tr("Show Window"), this, [this, shown] {
        if (shown)
            m_window->hide();
        else
            showWindow(m_window);
    });
    addSection(tr("Problems"));
    const ServerTableModel *model = m_servers();
    QList<int> rows;
    const QString common = model ? model->summary().commonVersion() : QString();
    for (int i = 0; model && i < model->rowCount(); ++i) {
        const ServerHealth &health = model->health(model->rows().at(i).url);
        const bool otherVersion = !common.isEmpty() && !health.version.isEmpty() && health.version != common;
        if (badness(health) > 0 || otherVersion)
            rows << i;
    }
    std::stable_sort(rows.begin(), rows.end(), [model](int a, int b) {
        return badness(model->health(model->rows().at(a).url)) > badness(model->health(model->rows().at(b).url));
    });
    for (int i = 0; i < std::min<qsizetype>(rows.size(), kMaxProblems); ++i) {
        const ServerRow &row = model->rows().at(rows[i]);
        const ServerHealth &health = model->health(row.url);
        const QString reason = badness(health) > 0 ? healthReasonText(health) : tr("runs version %1").arg(health.version);
        const QString name = row.host.isEmpty() ? row.url : row.host;
        const QString text = reason.isEmpty() ? QStringLiteral("%1: %2").arg(name, healthStateLabel(health))
                                              : QStringLiteral("%1: %2 · %3").arg(name, healthStateLabel(health), reason);
        addAction(text, this, [this, entry = rows[i]] {
            showWindow(m_window);
            m_showEntry(entry);
        });
    }
    if (rows.size() > kMaxProblems)
        addAction(tr("%n more…", nullptr, int(rows.size() - kMaxProblems)), this, [this] { showWindow(m_window); });
    if (rows.isEmpty())
        addAction(tr("No problems"))->setEnabled(false);
    addSites();
    addSeparator();
    const QDateTime paused = m_alerts->notificationsPausedUntil();
    if (paused.isValid())
        addAction(tr("Resume Alerts (paused until %1)").arg(QLocale().toString(paused.time(), QLocale::ShortFormat)),
                  this, [this] { m_alerts->pauseNotificationsUntil({}); });
    else
        addAction(tr("Pause Alerts for 1 Hour"), this,
                  [this] { m_alerts->pauseNotificationsUntil(QDateTime::currentDateTime().addSecs(3600)); });
    addSeparator();
    addAction(tr("Quit"), this, [this] {
        if (m_window->close()) // it may ask about unsaved edits first
            QApplication::quit();
    });
}

void TrayMenu::addSites()
{
    const QList<SiteStatus> statuses = m_fleet ? m_fleet->monitor()->statuses() : QList<SiteStatus>();
    if (statuses.isEmpty())
        return; // no site watched always
    addSection(tr("Watched Sites"));
    qsizetype troubled = 0;
    for (const SiteStatus &status : statuses) { // worst first
        if (status.level() < SiteStatus::Level::Warning)
            break;
        if (++troubled > kMaxProblems)
            continue;
        addAction(tr("%1: %2").arg(status.name, status.headline()), this, [this, id = status.siteId] {
            showWindow(m_window);
            m_fleet->open(id);
        });
    }
    if (troubled > kMaxProblems)
        addAction(tr("%n more…", nullptr, int(troubled - kMaxProblems)), this, [this] {
            showWindow(m_window);
            m_fleet->showNeedingAttention();
        });
    if (troubled == 0)
        addAction(tr("All sites fine"))->setEnabled(false);
}

} // namespace ucmc
