#include "models/alertpolicy.h"

#include "models/fleetsummary.h"
#include "models/servertablemodel.h"

#include <QUrl>
#include <algorithm>

namespace ucmc {

namespace {

bool isDownish(HealthState state)
{
    return state == HealthState::Down || state == HealthState::GoingUp; // not up until `rise`
}

bool isUpish(HealthState state)
{
    return state == HealthState::Up || state == HealthState::GoingDown; // not down until `fall`
}

QString hostPortOf(const QUrl &url)
{
    const QString host = url.host().contains(u':') ? QStringLiteral("[%1]").arg(url.host()) : url.host();
    return url.port() < 0 ? host : QStringLiteral("%1:%2").arg(host).arg(url.port());
}

} // namespace

QStringList shortServerNames(const QStringList &keys)
{
    QList<QUrl> urls;
    urls.reserve(keys.size());
    QHash<QString, int> hostCount;
    QHash<QString, int> hostPortCount;
    for (const QString &key : keys) {
        const QUrl url(key.trimmed());
        urls.append(url);
        if (!url.host().isEmpty()) {
            ++hostCount[url.host()];
            ++hostPortCount[hostPortOf(url)];
        }
    }
    QStringList names;
    names.reserve(keys.size());
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QUrl &url = urls.at(i);
        if (url.host().isEmpty())
            names.append(keys.at(i));
        else if (hostCount.value(url.host()) == 1)
            names.append(url.host());
        else if (hostPortCount.value(hostPortOf(url)) == 1)
            names.append(hostPortOf(url));
        else
            names.append(keys.at(i));
    }
    return names;
}

AlertPolicy::AlertPolicy(AlertSettings settings)
    : m_settings(settings)
{}

void AlertPolicy::setSettings(const AlertSettings &settings)
{
    m_settings = settings;
}

void AlertPolicy::setServers(const QStringList &keys)
{
    QStringList order;
    QHash<QString, ServerRecord> servers;
    for (const QString &key : keys) {
        if (servers.contains(key))
            continue;
        order.append(key);
        servers.insert(key, m_servers.value(key));
    }
    m_order = order;
    m_servers = servers;
    m_serversSet = true;
    for (auto it = m_maintenance.begin(); it != m_maintenance.end();) {
        if (servers.contains(*it))
            ++it;
        else
            it = m_maintenance.erase(it);
    }
    m_names.clear();
}

AlertPolicy::ServerRecord &AlertPolicy::record(const QString &key)
{
    auto it = m_servers.find(key);
    if (it == m_servers.end()) {
        m_order.append(key);
        m_names.clear();
        it = m_servers.insert(key, ServerRecord());
    }
    return it.value();
}

void AlertPolicy::setMaintenance(const QString &key, bool on)
{
    // Kept by key (until setServers() forgets the key), so it holds before the first health.
    if (on)
        m_maintenance.insert(key);
    else
        m_maintenance.remove(key);
    const auto it = m_servers.find(key);
    if (on && it != m_servers.end()) {
        ServerRecord &r = it.value();
        // Whatever was told or held back about it no longer needs an answer.
        r.notifiedDown = false;
        r.coveredByHost = false;
        r.deferredUntilMs = -1;
        r.restartsPending = 0;
        r.restartHeld = false;
        r.certificatePending = false;
    }
}

void AlertPolicy::setUcServerHost(const QString &host)
{
    if (host == m_host)
        return;
    m_host = host;
    m_hostHealth = HostHealth();
    m_hostHealth.host = host;
    m_hostBackAtMs = -1;
    m_lastHostUpdateMs = kNever;
    m_hostRecord = HostRecord();
}

void AlertPolicy::setHostMarkedUnreachable(bool on, qint64 nowMs)
{
    if (on == m_hostMarked)
        return;
    const bool before = isHostUnreachable();
    m_hostMarked = on;
    if (before && !isHostUnreachable())
        m_hostBackAtMs = nowMs;
    countHostProblems(before, portProblem(0), portProblem(1));
    markChanged(nowMs);
}

void AlertPolicy::countHostProblems(bool unreachableBefore, bool port0Before, bool port1Before)
{
    // One more time the host had a problem: for the flapping count of its next problem alert.
    if ((!unreachableBefore && isHostUnreachable()) || (!port0Before && portProblem(0)) ||
        (!port1Before && portProblem(1)))
        ++m_hostRecord.problemsSinceAlert;
}

void AlertPolicy::markChanged(qint64 nowMs)
{
    if (m_windowStartMs < 0)
        m_windowStartMs = nowMs;
}

void AlertPolicy::applyHealth(const HealthUpdates &updates, qint64 nowMs)
{
    for (const HealthUpdate &update : updates) {
        if (m_serversSet && !m_servers.contains(update.key))
            continue;
        ServerRecord &r = record(update.key);
        const HealthState before = r.health.state;
        r.health = update.health;
        const HealthState after = r.health.state;
        if (after == HealthState::Down && !isDownish(before))
            ++r.downsSinceAlert;
        if (isDownish(before) != isDownish(after) || isUpish(before) != isUpish(after))
            markChanged(nowMs);
    }
}

void AlertPolicy::applyHostHealth(const HostHealth &health, qint64 nowMs)
{
    if (!m_host.isEmpty() && !health.host.isEmpty() && health.host != m_host)
        return; // a late report about the host probed before
    if (m_host.isEmpty())
        m_host = health.host;
    const bool unreachableBefore = isHostUnreachable();
    const bool problemsBefore[2] = {portProblem(0), portProblem(1)};
    m_hostHealth = health;
    m_lastHostUpdateMs = nowMs;
    if (unreachableBefore && !isHostUnreachable())
        m_hostBackAtMs = nowMs;
    countHostProblems(unreachableBefore, problemsBefore[0], problemsBefore[1]);
    if (unreachableBefore != isHostUnreachable() || problemsBefore[0] != portProblem(0) ||
        problemsBefore[1] != portProblem(1))
        markChanged(nowMs);
}

void AlertPolicy::applyEvent(const ServerEvent &event, qint64 nowMs)
{
    if (event.kind != ServerEvent::Kind::Restarted && event.kind != ServerEvent::Kind::CertificateChanged
        && event.kind != ServerEvent::Kind::CertificateExpiring)
        return;
    if (!m_servers.contains(event.server))
        return;
    ServerRecord &r = record(event.server);
    if (inMaintenance(event.server, r))
        return;
    if (event.kind == ServerEvent::Kind::Restarted)
        ++r.restartsPending;
    else if (event.kind == ServerEvent::Kind::CertificateExpiring)
        r.expiryPending = event.text;
    else
        r.certificatePending = true;
    markChanged(nowMs);
}

bool AlertPolicy::inMaintenance(const QString &key, const ServerRecord &r) const
{
    return m_maintenance.contains(key) || r.health.state == HealthState::Maintenance;
}

const PortHealth &AlertPolicy::port(int index) const
{
    return index == 0 ? m_hostHealth.ucServer : m_hostHealth.webServer;
}

bool AlertPolicy::portProblem(int index) const
{
    if (m_host.isEmpty())
        return false;
    const PortHealth &p = port(index);
    return p.state == PortHealth::State::Closed || (index == 1 && p.httpStatus == 502);
}

bool AlertPolicy::isHostUnreachable() const
{
    return m_hostMarked || (!m_host.isEmpty() && m_hostHealth.ucServer.state == PortHealth::State::Closed &&
                            m_hostHealth.webServer.state == PortHealth::State::Closed);
}

bool AlertPolicy::hostSuppresses(qint64 nowMs) const
{
    if (!m_settings.hostDependency)
        return false;
    return isHostUnreachable() ||
           (m_hostBackAtMs >= 0 && nowMs < m_hostBackAtMs + m_settings.hostRecoveryGraceMs);
}

bool AlertPolicy::waitingForHost(qint64 nowMs) const
{
    if (!m_settings.hostDependency || m_host.isEmpty() || isHostUnreachable() || m_windowStartMs < 0)
        return false;
    if (m_lastHostUpdateMs >= m_windowStartMs)
        return false; // the host was checked since the servers fell: its word is in
    if (nowMs >= m_windowStartMs + m_settings.coalesceMs + m_settings.hostWaitMs)
        return false;
    int monitored = 0;
    for (const QString &key : m_order) {
        const ServerRecord &r = m_servers[key];
        if (inMaintenance(key, r) || r.health.state == HealthState::NotMonitored)
            continue;
        if (!isDownish(r.health.state) || r.notifiedDown || r.coveredByHost)
            return false;
        ++monitored;
    }
    return monitored > 0;
}

qint64 AlertPolicy::nextDueMs() const
{
    qint64 due = -1;
    const auto consider = [&due](qint64 t) {
        if (t >= 0 && (due < 0 || t < due))
            due = t;
    };
    if (m_windowStartMs >= 0)
        consider(m_windowStartMs + m_settings.coalesceMs);
    bool covered = false;
    for (const ServerRecord &r : m_servers) {
        consider(r.deferredUntilMs);
        covered = covered || r.coveredByHost;
    }
    consider(m_hostRecord.deferredUntilMs);
    if (covered && !isHostUnreachable() && m_hostBackAtMs >= 0)
        consider(m_hostBackAtMs + m_settings.hostRecoveryGraceMs);
    // Nothing is told while every media server fell and the host's next check is awaited.
    if (due >= 0 && waitingForHost(due))
        due = m_windowStartMs + m_settings.coalesceMs + m_settings.hostWaitMs;
    return due;
}

QString AlertPolicy::nameOf(const QString &key) const
{
    if (m_names.isEmpty() && !m_order.isEmpty()) {
        const QStringList names = shortServerNames(m_order);
        for (qsizetype i = 0; i < m_order.size(); ++i)
            m_names.insert(m_order.at(i), names.at(i));
    }
    return m_names.value(key, key);
}

QString AlertPolicy::nameList(const QStringList &keys) const
{
    const int shown = std::max(1, m_settings.maxNames);
    QStringList names;
    for (qsizetype i = 0; i < keys.size() && i < shown; ++i)
        names.append(nameOf(keys.at(i)));
    const QString list = names.join(QStringLiteral(", "));
    if (keys.size() <= shown)
        return list;
    return tr("%1 and %2 more").arg(list).arg(keys.size() - shown);
}

QString AlertPolicy::portProblemText(int index) const
{
    const PortHealth &p = port(index);
    if (index == 1 && p.state == PortHealth::State::Open && p.httpStatus == 502)
        return tr("The UC WebServer on %1 answers, but the UCServer is not connected to it (HTTP 502).")
            .arg(m_host);
    const QString detail = p.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(p.detail);
    return index == 0
               ? tr("The UCServer on %1 does not answer on port %2%3.").arg(m_host).arg(p.port).arg(detail)
               : tr("The UC WebServer on %1 does not answer on port %2%3.")
                     .arg(m_host)
                     .arg(p.port)
                     .arg(detail);
}

QString AlertPolicy::flapLine(const QString &key, const ServerRecord &r, qint64 nowMs,
                              bool withinPeriodOnly) const
{
    // How often it went down since its last down alert, the fall that alert told included.
    if (r.downsSinceAlert < 1 || r.lastDownAlertMs == kNever)
        return {};
    if (withinPeriodOnly && nowMs - r.lastDownAlertMs > m_settings.serverPeriodMs)
        return {};
    return tr("%1 went down %2 times in %3 (flapping).")
        .arg(nameOf(key))
        .arg(r.downsSinceAlert + 1)
        .arg(ServerTableModel::formatDuration(nowMs - r.lastDownAlertMs));
}

QList<Alert> AlertPolicy::takeAlerts(qint64 nowMs)
{
    const qint64 due = nextDueMs();
    if (due < 0 || nowMs < due || waitingForHost(nowMs))
        return {};

    const qint64 period = m_settings.serverPeriodMs;

    // The UCServer host first: it decides whether the media servers speak for themselves. It is one
    // subject; what was told about it (toldUnreachable, toldPort) is compared with what is now.
    HostRecord &h = m_hostRecord;
    h.deferredUntilMs = -1;
    const bool unreachable = isHostUnreachable();
    const bool problem[2] = {unreachable || portProblem(0), unreachable || portProblem(1)};
    const bool hostProblemNow = unreachable || problem[0] || problem[1];
    const bool newHostProblem =
        unreachable ? !h.toldUnreachable : (problem[0] && !h.toldPort[0]) || (problem[1] && !h.toldPort[1]);
    const bool hostImproved =
        !newHostProblem && ((h.toldUnreachable && !unreachable) || (h.toldPort[0] && !problem[0]) ||
                            (h.toldPort[1] && !problem[1]));
    bool hostProblemTold = false;
    bool hostRecoveredTold = false;
    QString hostFlapLine;
    const auto hostFlap = [&](bool withinPeriodOnly) {
        if (h.problemsSinceAlert < 1 || h.lastProblemAlertMs == kNever ||
            (withinPeriodOnly && nowMs - h.lastProblemAlertMs > period))
            return;
        hostFlapLine = tr("The UCServer host %1 had a problem %2 times in %3 (flapping).")
                           .arg(m_host)
                           .arg(h.problemsSinceAlert + 1)
                           .arg(ServerTableModel::formatDuration(nowMs - h.lastProblemAlertMs));
    };
    const bool wasUnreachable = h.toldUnreachable;
    const bool wasPort[2] = {h.toldPort[0], h.toldPort[1]};
    if (newHostProblem) {
        // A problem the user was not told of: never held back.
        hostProblemTold = true;
        hostFlap(true);
    } else if (hostImproved) {
        // Better than told: held back when the host's last improvement was told within the period.
        if (nowMs - h.lastRecoveryAlertMs >= period) {
            hostProblemTold = hostProblemNow;
            hostRecoveredTold = !hostProblemNow;
            hostFlap(false);
            h.lastRecoveryAlertMs = nowMs;
        } else {
            h.deferredUntilMs = h.lastRecoveryAlertMs + period;
        }
    } else if (hostProblemNow && h.problemsSinceAlert > 0) {
        // As told, but it came back and failed again unseen: a repeat, told once per period.
        if (nowMs - h.lastProblemAlertMs >= period) {
            hostProblemTold = true;
            hostFlap(false);
        } else {
            h.deferredUntilMs = h.lastProblemAlertMs + period;
        }
    }
    if (hostProblemTold && (newHostProblem || !hostImproved)) {
        h.lastProblemAlertMs = nowMs;
        h.problemsSinceAlert = 0;
    }
    if (hostProblemTold || hostRecoveredTold) {
        h.toldUnreachable = unreachable;
        h.toldPort[0] = problem[0];
        h.toldPort[1] = problem[1];
    }

    // Then the media servers.
    const bool suppressed = hostSuppresses(nowMs);
    QStringList downs, ups, restarts, certificates, expiring, covered;
    QStringList downFlapLines, upFlapLines, restartLines, expiryLines;
    for (const QString &key : std::as_const(m_order)) {
        ServerRecord &r = m_servers[key];
        if (inMaintenance(key, r)) {
            r.notifiedDown = false;
            r.coveredByHost = false;
            r.deferredUntilMs = -1;
            r.restartsPending = 0;
            r.restartHeld = false;
            r.certificatePending = false;
            r.expiryPending.clear();
            continue;
        }
        r.deferredUntilMs = -1;
        const auto defer = [&r](qint64 t) {
            if (r.deferredUntilMs < 0 || t < r.deferredUntilMs)
                r.deferredUntilMs = t;
        };
        const auto tellDown = [&](bool withinPeriodOnly) {
            downs.append(key);
            const QString flap = flapLine(key, r, nowMs, withinPeriodOnly);
            if (!flap.isEmpty())
                downFlapLines.append(flap);
            r.notifiedDown = true;
            r.coveredByHost = false;
            r.lastDownAlertMs = nowMs;
            r.downsSinceAlert = 0;
        };
        const HealthState state = r.health.state;
        const bool toldDownBefore = r.notifiedDown;
        if (!suppressed)
            r.coveredByHost = false; // it speaks for itself again
        if (isDownish(state)) {
            if (!r.notifiedDown) {
                if (suppressed) {
                    r.coveredByHost = true;
                    covered.append(key);
                } else {
                    tellDown(true); // its told word is not "down": never held back
                }
            } else if (r.downsSinceAlert > 0) {
                // Told "down" and down, but it came back and fell again since: a repeat.
                if (nowMs - r.lastDownAlertMs >= period)
                    tellDown(false);
                else
                    defer(r.lastDownAlertMs + period);
            }
        } else if (isUpish(state)) {
            r.coveredByHost = false;
            if (r.notifiedDown) {
                if (nowMs - r.lastUpAlertMs >= period) {
                    ups.append(key);
                    const QString flap = flapLine(key, r, nowMs, false);
                    if (!flap.isEmpty())
                        upFlapLines.append(flap);
                    r.notifiedDown = false;
                    r.lastUpAlertMs = nowMs;
                } else {
                    defer(r.lastUpAlertMs + period); // a second "up again" within the period
                }
            }
        }
        if (r.restartsPending > 0) {
            if (toldDownBefore || r.notifiedDown || isDownish(state) || suppressed) {
                // Down, or coming back from a told down: that alert said calls were lost.
                r.restartsPending = 0;
                r.restartHeld = false;
            } else if (nowMs - r.lastRestartAlertMs >= period) {
                restarts.append(key);
                if (r.restartHeld && r.restartsPending > 0 && r.lastRestartAlertMs != kNever)
                    restartLines.append(
                        tr("%1 restarted %2 times in %3.")
                            .arg(nameOf(key))
                            .arg(r.restartsPending + 1)
                            .arg(ServerTableModel::formatDuration(nowMs - r.lastRestartAlertMs)));
                r.restartsPending = 0;
                r.restartHeld = false;
                r.lastRestartAlertMs = nowMs;
            } else {
                r.restartHeld = true;
                defer(r.lastRestartAlertMs + period);
            }
        }
        if (r.certificatePending) {
            r.certificatePending = false;
            certificates.append(key);
        }
        if (!r.expiryPending.isEmpty()) {
            expiring.append(key);
            expiryLines.append(tr("%1: %2").arg(nameOf(key), r.expiryPending));
            r.expiryPending.clear();
        }
    }
    m_windowStartMs = -1;

    // Media servers whose "down" was told and that are still down: each "down" and "up again"
    // alert names them, so the newest one of either kind tells the whole state.
    QStringList stillDown;
    for (const QString &key : std::as_const(m_order)) {
        const ServerRecord &r = m_servers[key];
        if (r.notifiedDown && isDownish(r.health.state) && !inMaintenance(key, r) && !downs.contains(key))
            stillDown.append(key);
    }

    QList<Alert> alerts;
    const auto add = [&alerts](Alert::Kind kind, Alert::Severity severity, const QString &title,
                               const QStringList &lines, const QStringList &servers) {
        Alert alert;
        alert.kind = kind;
        alert.severity = severity;
        alert.title = title;
        alert.text = lines.join(u'\n');
        alert.servers = servers;
        alerts.append(alert);
    };

    if (hostProblemTold) {
        QStringList lines;
        QStringList servers{m_host};
        QString title;
        if (unreachable) {
            title = tr("UCServer host %1 is unreachable").arg(m_host);
            lines.append(
                m_hostMarked
                    ? tr("The UCServer host %1 is marked as unreachable.").arg(m_host)
                    : tr("Neither the UCServer (port %1) nor the UC WebServer (port %2) on %3 answers.")
                          .arg(m_hostHealth.ucServer.port)
                          .arg(m_hostHealth.webServer.port)
                          .arg(m_host));
            if (covered.size() == 1)
                lines.append(tr("1 media server is down with it: %1.").arg(nameList(covered)));
            else if (covered.size() > 1)
                lines.append(
                    tr("%1 media servers are down with it: %2.").arg(covered.size()).arg(nameList(covered)));
            servers.append(covered);
        } else {
            // Every current problem of the host, not only the new one: this alert replaces the last.
            title = tr("UCServer host %1 has a problem").arg(m_host);
            for (int i = 0; i < 2; ++i) {
                if (problem[i])
                    lines.append(portProblemText(i));
            }
        }
        if (!hostFlapLine.isEmpty())
            lines.append(hostFlapLine);
        add(Alert::Kind::HostProblem, Alert::Severity::Critical, title, lines, servers);
    }
    if (!certificates.isEmpty()) {
        add(Alert::Kind::CertificateChanged, Alert::Severity::Critical,
            certificates.size() == 1 ? tr("Certificate of %1 changed").arg(nameOf(certificates.first()))
                                     : tr("%1 certificates changed").arg(certificates.size()),
            {tr("Changed certificate (not trusted until you confirm it): %1").arg(nameList(certificates))},
            certificates);
    }
    if (!downs.isEmpty()) {
        QStringList lines;
        QString title;
        if (downs.size() == 1) {
            const ServerRecord &r = m_servers[downs.first()];
            const QString reason = healthReasonText(r.health);
            title = tr("Media server %1 is down").arg(nameOf(downs.first()));
            lines.append(reason.isEmpty() ? tr("%1 is down.").arg(downs.first())
                                          : tr("%1 is down: %2").arg(downs.first(), reason));
        } else {
            title = tr("%1 media servers are down").arg(downs.size());
            lines.append(tr("Down: %1").arg(nameList(downs)));
        }
        lines.append(downFlapLines);
        if (!stillDown.isEmpty())
            lines.append(tr("Still down: %1").arg(nameList(stillDown)));
        add(Alert::Kind::ServersDown, Alert::Severity::Critical, title, lines, downs);
    }
    if (!restarts.isEmpty()) {
        QStringList lines{tr("Restarted, calls they were handling were lost: %1").arg(nameList(restarts))};
        lines.append(restartLines);
        add(Alert::Kind::Restarted, Alert::Severity::Warning,
            restarts.size() == 1 ? tr("Media server %1 restarted").arg(nameOf(restarts.first()))
                                 : tr("%1 media servers restarted").arg(restarts.size()),
            lines, restarts);
    }
    if (!expiring.isEmpty()) {
        add(Alert::Kind::CertificateExpiring, Alert::Severity::Warning,
            expiring.size() == 1 ? tr("The certificate of %1 expires soon").arg(nameOf(expiring.first()))
                                 : tr("%1 certificates expire soon").arg(expiring.size()),
            expiryLines, expiring);
    }
    if (hostRecoveredTold) {
        QStringList lines;
        if (wasUnreachable) {
            lines.append(tr("The UCServer host %1 answers again.").arg(m_host));
        } else {
            if (wasPort[0])
                lines.append(tr("The UCServer on %1 answers again.").arg(m_host));
            if (wasPort[1])
                lines.append(tr("The UC WebServer on %1 answers again.").arg(m_host));
        }
        if (!hostFlapLine.isEmpty())
            lines.append(hostFlapLine);
        add(Alert::Kind::HostRecovered, Alert::Severity::Info,
            tr("UCServer host %1 answers again").arg(m_host), lines, {m_host});
    }
    if (!ups.isEmpty()) {
        QStringList lines{tr("Up again: %1").arg(nameList(ups))};
        lines.append(upFlapLines);
        if (!stillDown.isEmpty())
            lines.append(tr("Still down: %1").arg(nameList(stillDown)));
        add(Alert::Kind::ServersUp, Alert::Severity::Info,
            ups.size() == 1 ? tr("Media server %1 is up again").arg(nameOf(ups.first()))
                            : tr("%1 media servers are up again").arg(ups.size()),
            lines, ups);
    }
    // Most severe first (they are added in that order already: the host, changed certificates, media
    // servers down, restarts, expiring certificates, the host answering, media servers up again).
    std::stable_sort(alerts.begin(), alerts.end(),
                     [](const Alert &a, const Alert &b) { return int(a.severity) > int(b.severity); });
    return alerts;
}

TraySummary AlertPolicy::traySummary(qint64 nowMs) const
{
    FleetSummary fleet; // counted in the loop: this runs with every health batch
    QStringList downKeys;
    bool goingDown = false;
    QStringList expiring;
    int expiringDays = std::numeric_limits<int>::max();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    static const ServerHealth maintenance = [] {
        ServerHealth h;
        h.state = HealthState::Maintenance;
        return h;
    }();
    for (const QString &key : m_order) {
        const auto record = m_servers.constFind(key); // not operator[]: that copies on a const hash
        if (record == m_servers.cend())
            continue;
        const ServerHealth &h = m_maintenance.contains(key) ? maintenance : record->health;
        fleet.add(h);
        if (isDownish(h.state))
            downKeys.append(key);
        goingDown = goingDown || h.state == HealthState::GoingDown;
        const CertificateInfo &certificate = record->health.certificate;
        if (!certificate.isNull() && h.state != HealthState::Maintenance && certificate.notAfter.isValid()) {
            const int days = certificate.daysToExpiry(now);
            if (days < m_settings.certificateWarningDays) {
                expiring.append(key);
                expiringDays = std::min(expiringDays, days);
            }
        }
    }

    TraySummary summary;
    QStringList parts;
    parts.append(fleet.total == 0 ? tr("No media servers")
                                  : tr("%1 of %2 media servers up").arg(fleet.up).arg(fleet.total));
    if (!downKeys.isEmpty()) {
        const QStringList shown = downKeys.mid(0, 3);
        QStringList names;
        for (const QString &key : shown)
            names.append(nameOf(key));
        QString list = names.join(QStringLiteral(", "));
        if (downKeys.size() > shown.size())
            list = tr("%1 and %2 more").arg(list).arg(downKeys.size() - shown.size());
        parts.append(tr("%1 down: %2").arg(downKeys.size()).arg(list));
    }
    if (fleet.maintenance > 0)
        parts.append(tr("%1 in maintenance").arg(fleet.maintenance));
    if (fleet.pending > 0)
        parts.append(tr("%1 not checked yet").arg(fleet.pending));
    if (fleet.notMonitored > 0)
        parts.append(tr("%1 not monitored").arg(fleet.notMonitored));
    bool hostProblem = false;
    if (isHostUnreachable()) {
        hostProblem = true;
        parts.append(tr("UCServer host %1 unreachable").arg(m_host));
    } else if (!m_host.isEmpty()) {
        if (portProblem(0)) {
            hostProblem = true;
            parts.append(tr("UCServer not answering"));
        }
        if (portProblem(1)) {
            hostProblem = true;
            parts.append(port(1).state == PortHealth::State::Open
                             ? tr("UCServer not connected to the UC WebServer")
                             : tr("UC WebServer not answering"));
        }
    }
    // HTTPS not answering while HTTP does: worth a look (clients that use HTTPS fail), not an alert;
    // when HTTP does not answer either, the line above already says so.
    bool httpsProblem = false;
    if (!isHostUnreachable() && !m_host.isEmpty() && m_hostHealth.webServer.state == PortHealth::State::Open
        && m_hostHealth.webServerHttps.state == PortHealth::State::Closed) {
        httpsProblem = true;
        parts.append(tr("UC WebServer HTTPS not answering"));
    }
    if (!fleet.versionsAgree())
        parts.append(tr("versions differ"));
    if (!expiring.isEmpty()) {
        parts.append(
            expiringDays < 0
                ? tr("certificate of %1 expired").arg(nameOf(expiring.first()))
                : tr("certificate of %1 expires in %n days", nullptr, expiringDays).arg(nameOf(expiring.first())));
    }
    summary.toolTip = parts.join(QStringLiteral("; "));
    if (!downKeys.isEmpty() || hostProblem)
        summary.level = TraySummary::Level::Critical;
    else if (goingDown || fleet.notMonitored > 0 || !fleet.versionsAgree() || !expiring.isEmpty() || httpsProblem)
        summary.level = TraySummary::Level::Warning;
    return summary;
}

} // namespace ucmc
