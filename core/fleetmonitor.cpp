#include "core/fleetmonitor.h"

#include "core/alertfeed.h"
#include "core/sitemonitor.h"
#include "core/watchedsite.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>

namespace ucmc {

FleetMonitor::FleetMonitor(CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(kCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &FleetMonitor::flushAlerts);
    m_summaryTimer.setSingleShot(true);
    m_summaryTimer.setInterval(0);
    connect(&m_summaryTimer, &QTimer::timeout, this, &FleetMonitor::refreshSummary);
}

FleetMonitor::~FleetMonitor() = default;

void FleetMonitor::setSites(const QList<Site> &sites)
{
    QSet<QString> wanted;
    bool changed = false;
    for (const Site &site : sites) {
        wanted.insert(site.id);
        if (WatchedSite *watched = m_sites.value(site.id)) {
            if (!(watched->site() == site)) {
                watched->setSite(site);
                syncPolicy(*watched, *m_alerts.value(site.id));
            }
        } else {
            add(site);
            changed = true;
        }
    }
    const QStringList ids = m_order;
    for (const QString &id : ids) {
        if (!wanted.contains(id)) {
            remove(id);
            changed = true;
        }
    }
    if (changed) {
        emit sitesChanged();
        m_summaryTimer.start();
    }
}

void FleetMonitor::setTrustedCertificates(const QList<QSslCertificate> &certificates)
{
    m_trusted = certificates;
}

void FleetMonitor::setHostOverride(const QString &siteId, const QString &host)
{
    if (host.isEmpty())
        m_hostOverrides.remove(siteId);
    else
        m_hostOverrides.insert(siteId, host);
}

void FleetMonitor::setOpenSite(const QString &siteId, SiteMonitor *sessionMonitor)
{
    if (WatchedSite *previous = m_sites.value(m_openSiteId); previous && m_openSiteId != siteId) {
        previous->followMonitor(nullptr); // probes on its own again
        syncPolicy(*previous, *m_alerts.value(m_openSiteId));
    }
    m_openSiteId = siteId;
    m_openMonitor = sessionMonitor;
    if (WatchedSite *open = m_sites.value(siteId))
        open->followMonitor(sessionMonitor);
    m_pending.erase(std::remove_if(m_pending.begin(), m_pending.end(),
                                   [&](const auto &p) { return p.first == siteId && !siteId.isEmpty(); }),
                    m_pending.end());
}

void FleetMonitor::add(const Site &site)
{
    WatchedSite::Options options;
    options.hostOverride = m_hostOverrides.value(site.id);
    options.trustedCertificates = m_trusted;
    options.credentials = m_credentials;
    // A tile shows states, versions and certificates, never figures; the open site's dashboard
    // has the session's own monitor with everything.
    options.detail = ProbeDetail::Status;
    auto *watched = new WatchedSite(site, options, this);
    auto *alerts = new AlertFeed(this);
    const QString id = site.id;
    m_sites.insert(id, watched);
    m_alerts.insert(id, alerts);
    m_order.append(id);

    SiteMonitor *monitor = watched->monitor();
    if (id == m_openSiteId && m_openMonitor)
        watched->followMonitor(m_openMonitor);
    syncPolicy(*watched, *alerts);
    const auto now = [] { return QDateTime::currentMSecsSinceEpoch(); };
    // Statistics say nothing the policy looks at: it gets the batches with a status change only.
    connect(monitor, &SiteMonitor::statusChanged, alerts, [alerts, now](const HealthUpdates &updates) {
        alerts->policy().applyHealth(updates, now());
        alerts->update();
    });
    connect(monitor, &SiteMonitor::hostHealthChanged, alerts, [alerts, now](const HostHealth &health) {
        alerts->policy().applyHostHealth(health, now());
        alerts->update();
    });
    connect(monitor, &SiteMonitor::eventOccurred, alerts, [alerts, now](const ServerEvent &event) {
        alerts->policy().applyEvent(event, now());
        alerts->update();
    });
    connect(watched, &WatchedSite::fileRead, alerts, [watched, alerts] { syncPolicy(*watched, *alerts); });
    connect(alerts, &AlertFeed::alertRaised, this, [this, id](const Alert &alert) { queueAlert(id, alert); });
    connect(watched, &WatchedSite::statusChanged, this, [this, id] {
        emit siteStatusChanged(id);
        m_summaryTimer.start();
    });
}

void FleetMonitor::syncPolicy(const WatchedSite &watched, AlertFeed &alerts)
{
    // Servers first: setServers() forgets the maintenance marks of keys it drops.
    alerts.policy().setUcServerHost(watched.monitor()->ucServerHost());
    alerts.policy().setServers(watched.keys());
    for (const QString &key : watched.keys())
        alerts.policy().setMaintenance(key, watched.site().maintenance.contains(key));
    alerts.update();
}

void FleetMonitor::remove(const QString &siteId)
{
    delete m_alerts.take(siteId);
    delete m_sites.take(siteId); // closes its connections
    m_order.removeAll(siteId);
    m_pending.erase(std::remove_if(m_pending.begin(), m_pending.end(),
                                   [&](const auto &p) { return p.first == siteId; }),
                    m_pending.end());
}

SiteStatus FleetMonitor::status(const QString &siteId) const
{
    const WatchedSite *watched = m_sites.value(siteId);
    return watched ? watched->status() : SiteStatus();
}

QList<SiteStatus> FleetMonitor::statuses() const
{
    QList<SiteStatus> all;
    all.reserve(m_order.size());
    for (const QString &id : m_order)
        all.append(m_sites.value(id)->status());
    std::sort(all.begin(), all.end(), &SiteStatus::worseFirst);
    return all;
}

void FleetMonitor::queueAlert(const QString &siteId, const Alert &alert)
{
    if (siteId == m_openSiteId)
        return; // the open site's session tells it
    m_pending.append({siteId, alert});
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void FleetMonitor::flushAlerts()
{
    QList<std::pair<QString, Alert>> named;
    for (const auto &[id, alert] : std::as_const(m_pending)) {
        if (const WatchedSite *watched = m_sites.value(id))
            named.append({watched->status().name, alert});
    }
    m_pending.clear();
    if (!named.isEmpty())
        emit alertRaised(combine(named));
}

void FleetMonitor::refreshSummary()
{
    const TraySummary summary = summaryOf(statuses());
    if (summary == m_summary)
        return;
    m_summary = summary;
    emit summaryChanged(summary);
}

TraySummary FleetMonitor::summaryOf(const QList<SiteStatus> &statuses)
{
    TraySummary summary;
    QStringList troubled;
    for (const SiteStatus &status : statuses) {
        const SiteStatus::Level level = status.level();
        if (level == SiteStatus::Level::Critical)
            summary.level = TraySummary::Level::Critical;
        else if (level == SiteStatus::Level::Warning && summary.level == TraySummary::Level::Ok)
            summary.level = TraySummary::Level::Warning;
        if (level >= SiteStatus::Level::Warning)
            troubled.append(SiteStatus::tr("%1: %2").arg(status.name, status.headline()));
    }
    if (statuses.isEmpty())
        return summary;
    if (troubled.isEmpty()) {
        summary.toolTip = statuses.size() == 1 ? SiteStatus::tr("1 site, all fine")
                                               : SiteStatus::tr("%1 sites, all fine").arg(statuses.size());
        return summary;
    }
    constexpr int kNamed = 3;
    QString list = troubled.mid(0, kNamed).join(QStringLiteral("; "));
    if (troubled.size() > kNamed)
        list += SiteStatus::tr("; and %1 more").arg(troubled.size() - kNamed);
    summary.toolTip = statuses.size() == 1
                          ? list
                          : SiteStatus::tr("Sites needing attention: %1 of %2 — %3")
                                .arg(troubled.size())
                                .arg(statuses.size())
                                .arg(list);
    return summary;
}

Alert FleetMonitor::combine(const QList<std::pair<QString, Alert>> &alerts)
{
    if (alerts.size() == 1) {
        Alert one = alerts.first().second;
        one.title = SiteStatus::tr("Site %1: %2").arg(alerts.first().first, one.title);
        return one;
    }
    // The most severe decides kind and severity; every site's title is a line of the text.
    Alert combined = alerts.first().second;
    QStringList lines;
    QSet<QString> sites;
    for (const auto &[name, alert] : alerts) {
        if (alert.severity > combined.severity)
            combined = alert;
        sites.insert(name);
    }
    for (const auto &[name, alert] : alerts) {
        lines.append(SiteStatus::tr("%1: %2").arg(name, alert.title));
        for (const QString &server : alert.servers) {
            if (!combined.servers.contains(server))
                combined.servers.append(server);
        }
    }
    const QString worstTitle = combined.title;
    combined.title = sites.size() == 1 ? SiteStatus::tr("Site %1: %2").arg(*sites.cbegin(), worstTitle)
                     : combined.severity == Alert::Severity::Info
                         ? SiteStatus::tr("%1 sites report recoveries").arg(sites.size())
                         : SiteStatus::tr("%1 sites need attention").arg(sites.size());
    combined.text = lines.join(u'\n');
    return combined;
}

} // namespace ucmc
