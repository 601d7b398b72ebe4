#pragma once

// Desktop notifications without alert storms, and the tray icon's summary. Qt Core only.
//
// The policy is a plain value with no timers: the caller feeds it what the monitor reports and asks
// for alerts with the current time, so tests drive it with a fake clock:
//
//   monitor.healthChanged     -> policy.applyHealth(updates, now)
//   monitor.hostHealthChanged -> policy.applyHostHealth(host, now)
//   monitor.eventOccurred     -> policy.applyEvent(event, now)
//   a single-shot timer at policy.nextDueMs() (or a 1 s tick) -> policy.takeAlerts(now) -> notify
//
// Rules:
// - Alerts on down and on up again (recovered) for media servers, and on the UCServer host's ports
//   (closed, HTTP 502 "UCServer not connected", answering again). Going down (n of fall) and going
//   up (n of rise) are not yet down or up. A server whose down was never told gets no "up again".
// - Coalescing: everything that happens within `coalesceMs` (3 s) of the first change becomes one
//   notification ("3 media servers are down: …"). What is told is the net effect at the end of the
//   window: a server that went down and came back within it is not mentioned.
//   The UC WebServer's HTTPS port is not alerted: HTTPS closed while HTTP answers is a warning line
//   in the tray summary only, and it plays no part in "unreachable".
// - Dependency on the host: while the UCServer host is unreachable (UCServer and WebServer HTTP ports closed, or
//   setHostMarkedUnreachable()), one alert names the host and how many media servers are down with
//   it; they get no alerts of their own. After the host answers again they have
//   `hostRecoveryGraceMs` to reconnect; one still down after that is alerted by itself. When every
//   media server falls at once and the host has not been checked since, the alert waits up to
//   `hostWaitMs` for the host's next result (it is checked every 5 s), so a site that dropped off
//   the network gives one alert, not two.
// - Maintenance servers never alert (set by setMaintenance() or reported as HealthState::Maintenance).
// - Rate limit per server (and per host port): at most one problem alert (down, restart) per
//   `serverPeriodMs` (10 min). A down inside the period is held back and told at the period's end
//   if the server is still down, with how often it went down ("flapping"). The "up again" that
//   answers a told down is never held back, so a server alerts at most twice per period: down, up.
// - Restarts (a new serverId: calls were lost), changed certificates and certificates that expire
//   within 30 days (the CertificateExpiring event, once per certificate) are told too.

#include "models/hosthealth.h"
#include "models/serverevent.h"
#include "models/serverhealth.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <limits>

namespace ucmc {

struct Alert
{
    enum class Severity : quint8 { Info, Warning, Critical };
    Severity severity = Severity::Info;
    QString title;       // one line, translated
    QString text;        // one or more lines, translated
    QStringList servers; // what it is about: media server URL keys, and/or the UCServer host name

    bool operator==(const Alert &) const = default;
};

struct AlertSettings
{
    int coalesceMs = 3000;
    int serverPeriodMs = 10 * 60 * 1000;
    int hostWaitMs = 6000;
    int hostRecoveryGraceMs = 15000;
    bool hostDependency = true;
    int maxNames = 5;                // names in one notification before "and 3 more"
    int certificateWarningDays = 30; // the tray turns to warning when a certificate expires sooner

    bool operator==(const AlertSettings &) const = default;
};

// The tray icon's colour and tooltip.
struct TraySummary
{
    enum class Level : quint8 { Ok, Warning, Critical };
    Level level = Level::Ok;
    QString toolTip; // one line: "4 of 5 media servers up; 1 down: 10.21.3.12"

    bool operator==(const TraySummary &) const = default;
};

// Short names for media servers in notifications and tooltips, in the order given: the host
// ("10.21.3.12"), host:port when hosts repeat, the whole key when even that is ambiguous.
QStringList shortServerNames(const QStringList &keys);

class AlertPolicy
{
    Q_DECLARE_TR_FUNCTIONS(ucmc::AlertPolicy)

public:
    explicit AlertPolicy(AlertSettings settings = {});

    void setSettings(const AlertSettings &settings);
    const AlertSettings &settings() const { return m_settings; }

    // The media servers of the site, in list order (URL keys). Others are forgotten, with their
    // maintenance flag (so set maintenance after the servers), and from now on health for other
    // keys (late reports about removed servers) is ignored. Until this is called, every key the
    // health reports is a server of the site.
    void setServers(const QStringList &keys);
    void setMaintenance(const QString &key, bool on);
    // The UCServer host being monitored (empty: none, so nothing depends on it).
    void setUcServerHost(const QString &host);
    // The administrator (or a setting) says the host cannot be reached, whatever its ports say.
    void setHostMarkedUnreachable(bool on, qint64 nowMs);

    void applyHealth(const HealthUpdates &updates, qint64 nowMs);
    void applyHostHealth(const HostHealth &health, qint64 nowMs);
    void applyEvent(const ServerEvent &event, qint64 nowMs); // restarts and certificate changes

    // The notifications due at nowMs (usually none or one); what is not due yet stays pending.
    QList<Alert> takeAlerts(qint64 nowMs);
    // When takeAlerts() will have something next; -1 when nothing is pending.
    qint64 nextDueMs() const;

    bool isHostUnreachable() const;
    TraySummary traySummary(qint64 nowMs) const;

private:
    static constexpr qint64 kNever = std::numeric_limits<qint64>::min() / 2;

    struct ServerRecord
    {
        ServerHealth health;
        bool notifiedDown = false;  // the last word the user got about it was "down"
        bool coveredByHost = false; // down while the host alert speaks for it
        qint64 lastProblemAlertMs = kNever;
        qint64 deferredUntilMs = -1; // a held-back down alert is due then
        int downsSinceAlert = 0;     // times it went down since its last down alert
        bool restartPending = false;
        bool certificatePending = false;
        QString expiryPending; // the text of a CertificateExpiring event not yet told
    };
    struct PortRecord
    {
        bool notifiedProblem = false;
        qint64 lastAlertMs = kNever;
        qint64 deferredUntilMs = -1;
    };

    ServerRecord &record(const QString &key);
    void markChanged(qint64 nowMs);
    bool inMaintenance(const QString &key, const ServerRecord &record) const;
    bool hostSuppresses(qint64 nowMs) const;
    bool waitingForHost(qint64 nowMs) const;
    bool portProblem(int port) const;
    const PortHealth &port(int index) const;
    QString portProblemText(int index) const;
    QString nameOf(const QString &key) const;
    QString nameList(const QStringList &keys) const;

    AlertSettings m_settings;
    QStringList m_order;
    bool m_serversSet = false;
    QSet<QString> m_maintenance;
    QHash<QString, ServerRecord> m_servers;
    mutable QHash<QString, QString> m_names; // key -> short name, rebuilt when the list changes
    qint64 m_windowStartMs = -1;

    QString m_host;
    HostHealth m_hostHealth;
    qint64 m_lastHostUpdateMs = kNever;
    bool m_hostMarked = false;
    bool m_hostNotifiedUnreachable = false;
    qint64 m_hostLastAlertMs = kNever;
    qint64 m_hostDeferredUntilMs = -1;
    qint64 m_hostBackAtMs = -1; // when the host answered again after being unreachable
    PortRecord m_ports[2];      // 0: UCServer, 1: UC WebServer
};

} // namespace ucmc
