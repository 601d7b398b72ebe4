#pragma once

#include "models/hosthealth.h"
#include "models/probesettings.h"
#include "models/serverevent.h"
#include "models/serverhealth.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QStringList>

namespace ucmc {

class MediaServerMonitor;
struct Site;

// The live view of one installation: its media servers and its UCServer host, probed by a
// MediaServerMonitor with the site's timing, pinned certificates and maintenance marks. The
// window's session, `probe` and `serve-metrics` all watch a site through this class. Its
// connections close when it is destroyed.
class SiteMonitor : public QObject
{
    Q_OBJECT
public:
    explicit SiteMonitor(QObject *parent = nullptr);
    ~SiteMonitor() override;

    // Timing, pins, maintenance and the UCServer host of the site (hostOverride wins when set).
    void setSite(const Site &site, const QString &hostOverride = {});
    void setSettings(const ProbeSettings &settings);
    void setTrustedCertificates(const QList<QSslCertificate> &certificates);
    void setPinnedCertificates(const QHash<QString, QByteArray> &pins);
    void setUcServerHost(const QString &host);
    // The URL keys to probe, in list order; maintenance marks of other keys are kept for later.
    void setServers(const QStringList &keys);
    void setMaintenance(const QString &key, bool on);
    // Status: healthChanged carries only status changes, and no figures are asked (a fleet tile).
    void setDetail(ProbeDetail detail);

    QStringList servers() const { return m_servers; }
    QString ucServerHost() const { return m_host; }
    // The latest word on each probed server, and on the UCServer host.
    const QHash<QString, ServerHealth> &health() const { return m_health; }
    const HostHealth &hostHealth() const { return m_hostHealth; }
    // Every server and every port of the host has had a first answer.
    bool hasFirstAnswers() const;

signals:
    void healthChanged(const ucmc::HealthUpdates &updates);
    // After healthChanged, for a batch in which a status (not only statistics) changed: what
    // summaries, tiles and alerts depend on (most batches carry round trips only).
    void statusChanged(const ucmc::HealthUpdates &updates);
    void hostHealthChanged(const ucmc::HostHealth &health);
    // The monitor's events, and the host's port changes (HostStateChanged).
    void eventOccurred(const ucmc::ServerEvent &event);

private:
    void onHostHealth(const HostHealth &health);

    MediaServerMonitor *m_monitor;
    QStringList m_servers;
    QSet<QString> m_serverKeys; // m_servers, for the lookup per health update
    QStringList m_maintenance;
    QString m_host;
    QHash<QString, ServerHealth> m_health;
    HostHealth m_hostHealth;
};

} // namespace ucmc
