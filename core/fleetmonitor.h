#pragma once

#include "models/alertpolicy.h"
#include "models/site.h"
#include "models/sitestatus.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>

#include <utility>

namespace ucmc {

class AlertFeed;
class CredentialStore;
class SiteMonitor;
class WatchedSite;

// Every site watched always, live at once: one WatchedSite (file, monitor, UCServer host, restart
// watch) and one alert policy per site, all probing in the process's one monitor thread. It
// speaks for the whole fleet: a tile status per site, the tray summary over all sites, and alerts
// that name their site, those of several sites within kCoalesceMs told as one.
class FleetMonitor : public QObject
{
    Q_OBJECT
public:
    static constexpr int kCoalesceMs = 2000;

    explicit FleetMonitor(CredentialStore *credentials = nullptr, QObject *parent = nullptr);
    ~FleetMonitor() override;

    // The sites to watch (the caller passes those with watchAlways). A site already watched keeps
    // its monitor and takes the new settings; sites not in the list are no longer watched.
    void setSites(const QList<Site> &sites);
    // CAs trusted beside the system's, for every site (takes effect for sites added after).
    void setTrustedCertificates(const QList<QSslCertificate> &certificates);
    // Probe another UCServer host for a site (the demo's simulated hosts); empty: the site's own.
    void setHostOverride(const QString &siteId, const QString &host);
    // The site open in the window speaks for itself (its session alerts); the fleet stays quiet
    // about it but still shows its tile, from the session's monitor when given (the site is then
    // probed once, not by both).
    void setOpenSite(const QString &siteId, SiteMonitor *sessionMonitor = nullptr);

    QStringList siteIds() const { return m_order; }
    WatchedSite *site(const QString &siteId) const { return m_sites.value(siteId); }
    SiteStatus status(const QString &siteId) const;
    // Every site's tile, the worst first.
    QList<SiteStatus> statuses() const;
    TraySummary traySummary() const { return m_summary; }

    // One tray summary for the fleet: its worst level, and the sites with problems, worst first.
    static TraySummary summaryOf(const QList<SiteStatus> &statuses);
    // Alerts of several sites told as one (one alert: its title gets the site's name).
    static Alert combine(const QList<std::pair<QString, Alert>> &alerts);

signals:
    void sitesChanged();                      // sites added or removed
    void siteStatusChanged(const QString &siteId); // a tile changed
    void alertRaised(const ucmc::Alert &alert);
    void summaryChanged(const ucmc::TraySummary &summary);

private:
    void add(const Site &site);
    void remove(const QString &siteId);
    // The site's list, UCServer host and maintenance marks into its alert policy.
    static void syncPolicy(const WatchedSite &watched, AlertFeed &alerts);
    void queueAlert(const QString &siteId, const Alert &alert);
    void flushAlerts();
    void refreshSummary();

    CredentialStore *m_credentials;
    QList<QSslCertificate> m_trusted;
    QHash<QString, QString> m_hostOverrides;
    QString m_openSiteId;
    QPointer<SiteMonitor> m_openMonitor;
    QHash<QString, WatchedSite *> m_sites; // owned (children)
    QHash<QString, AlertFeed *> m_alerts;  // owned (children)
    QStringList m_order;
    QList<std::pair<QString, Alert>> m_pending; // site name, alert
    QTimer m_coalesce;
    QTimer m_summaryTimer; // the summary is computed at most once per event-loop pass
    TraySummary m_summary;
};

} // namespace ucmc
