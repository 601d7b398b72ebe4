#include "ui/fleetcontroller.h"

#include "core/configfilewatcher.h"
#include "core/fleetmonitor.h"
#include "ui/alertcenter.h"
#include "ui/fleetview.h"
#include "ui/mainwindow.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTabWidget>

#include <algorithm>

namespace ucmc {

FleetController::FleetController(MainWindow *window, QTabWidget *tabs, QWidget *dashboard, AlertCenter *alerts,
                                 CredentialStore *credentials, SiteStore *store)
    : QObject(window)
    , m_window(window)
    , m_tabs(tabs)
    , m_dashboard(dashboard)
    , m_monitor(new FleetMonitor(credentials, this))
    , m_view(new FleetView(m_monitor, tabs))
    , m_store(store)
{
    followStore();
    m_tabs->insertTab(0, m_view, QString());
    m_tabs->setCurrentWidget(dashboard); // the open site stays the first thing shown
    alerts->setFleet(m_monitor);
    connect(m_view, &FleetView::openRequested, this, &FleetController::open);
    retranslate();
}

void FleetController::followStore()
{
    ConfigFileWatcher::followSettings(m_store->location(), this, [this] {
        m_store->reload(); // the window's own writes come here too: harmless
        setSites(m_store->sites()); // nothing happens when the watched sites are the same
    });
}

void FleetController::showNeedingAttention()
{
    m_view->searchField()->clear();
    m_view->filterBox()->setCurrentIndex(1); // Needs attention
    m_tabs->setCurrentWidget(m_view);
}

void FleetController::setSites(const QList<Site> &sites)
{
    QList<Site> watched;
    for (const Site &site : sites) {
        if (site.watchAlways)
            watched.append(site);
    }
    if (watched == m_watched)
        return;
    m_watched = watched;
    m_monitor->setSites(watched);
}

void FleetController::setOpenSite(const QString &siteId, SiteMonitor *sessionMonitor)
{
    m_monitor->setOpenSite(siteId, sessionMonitor);
}

void FleetController::setTrustedCertificates(const QList<QSslCertificate> &certificates)
{
    m_monitor->setTrustedCertificates(certificates);
}

void FleetController::open(const QString &siteId)
{
    const auto site = std::find_if(m_watched.cbegin(), m_watched.cend(), [&](const Site &s) { return s.id == siteId; });
    if (site == m_watched.cend())
        return;
    const QString path = site->configPath;
    if (m_window->currentSite().configPath != path)
        m_window->openFile(path); // as from the site chooser: asks about unsaved edits first
    if (m_window->currentSite().configPath == path)
        m_tabs->setCurrentWidget(m_dashboard);
}

void FleetController::retranslate()
{
    m_tabs->setTabText(m_tabs->indexOf(m_view), tr("Fleet"));
    m_view->retranslate();
}

} // namespace ucmc
