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
// - An alert describes the state at the moment it is told. The last thing told about a server (or
//   the host) is what the user believes until the next alert about it: its "told word" ("down" or
//   not; for the host, the set of its problems told).
// - Coalescing: what happens within `coalesceMs` (3 s) of the first change is told at the end of
//   the window, as the net effect then: a server that went down and came back within it is not
//   mentioned. One alert is about one kind only (Alert::Kind: media servers down, up again,
//   restarted, certificates changed, certificates expiring, host problem, host answering again):
//   "3 media servers are down: …". Several kinds due at once are several alerts, the most severe
//   first: host problem, certificates changed, media servers down, restarted, certificates
//   expiring, host answering again, media servers up again. A "down" or "up again" alert also
//   names the media servers told down before that are still down ("Still down: …"), and a host
//   alert lists every current problem of the host, so the newest alert of a kind is the state.
//   The UC WebServer's HTTPS port is not alerted: HTTPS closed while HTTP answers is a warning line
//   in the tray summary only, and it plays no part in "unreachable".
// - Dependency on the host: while the UCServer host is unreachable (UCServer and WebServer HTTP
//   ports closed, or setHostMarkedUnreachable()), one alert names the host and how many media
//   servers are down with it; they get no alerts of their own. After the host answers again they
//   have `hostRecoveryGraceMs` to reconnect; one still down after that is alerted by itself. When
//   every media server falls at once and the host has not been checked since, the alert waits up
//   to `hostWaitMs` for the host's next result (it is checked every 5 s), so a site that dropped
//   off the network gives one alert, not two.
// - Maintenance servers never alert (set by setMaintenance() or reported as HealthState::Maintenance).
// - Rate limit, per media server and for the host, over `serverPeriodMs` (10 min). It never hides a
//   current problem: a server that is down while its told word is not "down" (a host problem not
//   told yet) is told at the end of the window, however recently anything was told about it. It
//   only holds back repeats, each until a period after the same message was last told:
//   - "up again" for a server whose "up again" was told less than a period ago. Told then if it is
//     still up; meanwhile the user keeps "down", the last state told. A flapping server so costs
//     down, up again, down, then about one alert per period.
//   - "down" for a server whose told word is already "down" but that came back and fell again
//     unseen since its last "down" (its "up again" was held back, or it bounced within a window).
//     Told then if it is still down.
//   - for the host: an improvement ("answers again", or fewer problems than told) within a period
//     of the last improvement told, and a told problem that went away and came back unseen.
//   An alert for a server that went down again since its last "down" alert says how often, the fall
//   that alert told included ("… went down 3 times in 4 min (flapping)"): a held-back "up again" or
//   "down", or a "down" less than a period after the last one. The host's alerts likewise.
// - Restarts (a new serverId: calls were lost): one alert per server per period; more restarts
//   within it are held back and told at its end with their number. A restart of a server that is
//   down, coming back from a told "down", or covered by the host is not told: its down said it.
// - Changed certificates and certificates that expire within 30 days (the CertificateExpiring event,
//   once per certificate) are told too, each as its own kind.

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
    // What the alert is about; one alert is about one kind only. A newer alert of a kind tells the
    // current state of that kind (a banner can replace the older one of the same kind), and
    // ServersUp and HostRecovered answer ServersDown and HostProblem.
    enum class Kind : quint8 {
        ServersDown,         // media servers down (Critical)
        ServersUp,           // media servers up again after a told "down" (Info)
        Restarted,           // media servers restarted: calls were lost (Warning)
        CertificateChanged,  // not trusted until confirmed (Critical)
        CertificateExpiring, // within 30 days (Warning)
        HostProblem,         // the UCServer host unreachable, or one of its ports failing (Critical)
        HostRecovered,       // the UCServer host answers again, without a problem left (Info)
    };
    Kind kind = Kind::ServersDown;
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

    // The notifications due at nowMs (usually none or one; at most one per Alert::Kind), the most
    // severe first: host problem, certificates changed, media servers down, restarted, certificates
    // expiring, host answering again, media servers up again. What is not due yet stays pending.
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
        bool notifiedDown = false;  // its told word is "down" (the last word the user got about it)
        bool coveredByHost = false; // down while the host alert speaks for it
        qint64 lastDownAlertMs = kNever;
        qint64 lastUpAlertMs = kNever;
        qint64 lastRestartAlertMs = kNever;
        qint64 deferredUntilMs = -1; // a held-back repeat is due then
        int downsSinceAlert = 0;     // times it went down since its last down alert
        int restartsPending = 0;     // restarts not told yet
        bool restartHeld = false;    // ... held back by the rate limit
        bool certificatePending = false;
        QString expiryPending; // the text of a CertificateExpiring event not yet told
    };
    // What the user was told about the UCServer host, and its rate limit.
    struct HostRecord
    {
        bool toldUnreachable = false;
        bool toldPort[2] = {false, false}; // 0: UCServer, 1: UC WebServer (true with "unreachable")
        qint64 lastProblemAlertMs = kNever;
        qint64 lastRecoveryAlertMs = kNever;
        qint64 deferredUntilMs = -1;
        int problemsSinceAlert = 0; // times a problem appeared since its last problem alert
    };

    ServerRecord &record(const QString &key);
    void markChanged(qint64 nowMs);
    bool inMaintenance(const QString &key, const ServerRecord &record) const;
    bool hostSuppresses(qint64 nowMs) const;
    bool waitingForHost(qint64 nowMs) const;
    bool portProblem(int port) const;
    void countHostProblems(bool unreachableBefore, bool port0Before, bool port1Before);
    QString flapLine(const QString &key, const ServerRecord &record, qint64 nowMs,
                     bool withinPeriodOnly) const;
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
    qint64 m_hostBackAtMs = -1; // when the host answered again after being unreachable
    HostRecord m_hostRecord;
};

} // namespace ucmc
