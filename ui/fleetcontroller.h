#pragma once

#include "models/site.h"

#include <QObject>
#include <QSslCertificate>

class QTabWidget;

namespace ucmc {

class AlertCenter;
class CredentialStore;
class FleetMonitor;
class FleetView;
class MainWindow;
class SiteMonitor;

// Wires the fleet into the window: watches the sites marked "Watch always", shows them in the
// Fleet tab (first among the tabs), lets the alert center speak for them, and opens a site from
// its tile the way the site chooser does, then shows its dashboard.
class FleetController : public QObject
{
    Q_OBJECT
public:
    // Sites watched or unwatched in another process (`sites watch`, `sites import` in a terminal)
    // reach the Fleet tab within seconds: the store's file is watched (on Windows, where it is the
    // registry, it is read again every ConfigFileWatcher::kSettingsPollMs).
    FleetController(MainWindow *window, QTabWidget *tabs, QWidget *dashboard, AlertCenter *alerts,
                    CredentialStore *credentials, SiteStore *store);

    // Every site the window knows; those watched always are watched.
    void setSites(const QList<Site> &sites);
    // The site open in the window: it speaks for itself, the fleet does not alert for it, and
    // while it is watched its tile shows what the session's monitor sees (probed once).
    void setOpenSite(const QString &siteId, SiteMonitor *sessionMonitor);
    void setTrustedCertificates(const QList<QSslCertificate> &certificates);
    void open(const QString &siteId);
    // The Fleet tab with only the sites that need attention (the tray's "more…").
    void showNeedingAttention();
    void retranslate();

    FleetMonitor *monitor() const { return m_monitor; }
    FleetView *view() const { return m_view; }

private:
    void followStore();

    MainWindow *m_window;
    QTabWidget *m_tabs;
    QWidget *m_dashboard;
    FleetMonitor *m_monitor;
    FleetView *m_view;
    QList<Site> m_watched;
    SiteStore *m_store;
};

} // namespace ucmc
