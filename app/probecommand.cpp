#include "probecommand.h"

#include "commandsupport.h"
#include "core/sitemonitor.h"
#include "models/alertpolicy.h"
#include "models/configfilereader.h"
#include "models/configsnapshot.h"
#include "models/eventlog.h"
#include "models/fleetsummary.h"
#include "models/hosthealth.h"
#include "models/site.h"

#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <limits>
#include <optional>

namespace ucmc {

namespace {

// Once every server has its state, the version (and a wss server's certificate) of those that
// answered usually follows within milliseconds; wait at most this long for them.
constexpr int kDetailGraceMs = 1000;
// Names in the status line before "and N more" (Nagios keeps a few KB of plugin output).
constexpr int kMaxNamesInStatus = 10;

struct Target
{
    QString url;          // the key, as written in the file or on the command line
    QStringList sources;  // files that list it, or "command line"
    QString notMonitored; // why the entry cannot be probed; empty when it is probed
};

struct Inputs
{
    QList<Target> targets;
    QStringList unusable; // "FILE: what is wrong", each makes the result CRITICAL
};

// A stored site's UCServer host, checked in the same round (probe --site).
struct HostOutcome
{
    HostHealth health;
    bool checked = false; // the site has a host and a round of its ports finished in time
};

struct Outcome
{
    QString url;
    ServerHealth health;
    bool timedOut = false; // no result within --timeout
};

bool isMediaServerUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"ws" || url.scheme() == u"wss") && !url.host().isEmpty();
}

bool hasResult(const ServerHealth &health)
{
    return health.state != HealthState::Unknown && health.state != HealthState::Connecting;
}

bool detailsComplete(const QString &url, const ServerHealth &health)
{
    if (health.state != HealthState::Up)
        return true;
    if (health.version.isEmpty())
        return false;
    return !url.trimmed().startsWith(QLatin1String("wss:"), Qt::CaseInsensitive) ||
           !health.certificate.isNull();
}

// A Nagios performance data label: in single quotes, a quote doubled, no '=' (it ends the label).
QString perfLabel(const QString &label)
{
    QString text = label;
    text.replace(u'=', u'_');
    text.replace(QLatin1String("'"), QLatin1String("''"));
    return QStringLiteral("'%1'").arg(text);
}

// The status text must not contain '|' (it starts the performance data) nor line breaks.
QString statusSafe(QString text)
{
    text.replace(u'|', u'/');
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    return text;
}

QString namesWithLimit(const QStringList &names)
{
    if (names.size() <= kMaxNamesInStatus)
        return names.join(QStringLiteral(", "));
    return ProbeCommand::tr("%1 and %2 more")
        .arg(names.mid(0, kMaxNamesInStatus).join(QStringLiteral(", ")))
        .arg(names.size() - kMaxNamesInStatus);
}

QString statusWord(int code)
{
    switch (code) {
    case ProbeCommand::Ok:
        return QStringLiteral("OK");
    case ProbeCommand::Warning:
        return QStringLiteral("WARNING");
    case ProbeCommand::Critical:
        return QStringLiteral("CRITICAL");
    default:
        return QStringLiteral("UNKNOWN");
    }
}

int printUnknown(const QString &message, bool json)
{
    if (json) {
        const QJsonObject object{{QStringLiteral("status"), QStringLiteral("UNKNOWN")},
                                 {QStringLiteral("exitCode"), int(ProbeCommand::Unknown)},
                                 {QStringLiteral("summary"), message},
                                 {QStringLiteral("servers"), QJsonArray()}};
        cli::printOut(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        cli::printOut(QStringLiteral("UCMC UNKNOWN - %1").arg(statusSafe(message)));
    }
    return ProbeCommand::Unknown;
}

// Reads the arguments into targets. Returns an error message for anything that makes the round
// UNKNOWN (a bad URL, a file that cannot be read).
QString collectTargets(const QStringList &arguments, Inputs *inputs)
{
    QHash<QString, qsizetype> index;
    const auto add = [&](const QString &url, const QString &source, const QString &problem) {
        const auto found = index.constFind(url);
        if (found != index.cend()) {
            Target &existing = inputs->targets[found.value()];
            if (!existing.sources.contains(source))
                existing.sources.append(source);
            return;
        }
        index.insert(url, inputs->targets.size());
        inputs->targets.append(Target{url, {source}, problem});
    };

    for (const QString &argument : arguments) {
        if (argument.contains(QLatin1String("://"))) {
            const QUrl url(argument.trimmed(), QUrl::StrictMode);
            if (!isMediaServerUrl(url))
                return ProbeCommand::tr("%1 is not a ws:// or wss:// media server URL").arg(argument);
            add(argument.trimmed(), ProbeCommand::tr("command line"), {});
            continue;
        }
        const auto read = ConfigFileReader::read(argument);
        if (!read.ok()) {
            switch (read.error().code) {
            case FileReadProblem::Empty:
            case FileReadProblem::NotUtf8:
                inputs->unusable.append(QStringLiteral("%1: %2").arg(argument, read.error().message));
                continue;
            default:
                return ProbeCommand::tr("Cannot read %1: %2").arg(argument, read.error().message);
            }
        }
        const ConfigSnapshot snapshot = ConfigSnapshot::fromBytes(argument, read.value().bytes);
        if (snapshot.status != ConfigSnapshot::Status::Ok) {
            inputs->unusable.append(QStringLiteral("%1: %2").arg(argument, snapshot.error.withPosition()));
            continue;
        }
        if (snapshot.rows.isEmpty()) {
            inputs->unusable.append(ProbeCommand::tr("%1: the kurentoservers list is empty").arg(argument));
            continue;
        }
        for (const ServerRow &row : snapshot.rows)
            add(row.url, argument, row.problem);
    }
    return {};
}

// Runs the monitor until every target (and the site's UCServer host) has a result and the details,
// or the deadline. With a site: its pins, maintenance, host and timing (bounded by the round).
QList<Outcome> probe(const QList<Target> &targets, int timeoutMs, const QList<QSslCertificate> &trusted,
                     const Site *site, HostOutcome *host)
{
    QStringList keys;
    for (const Target &target : targets) {
        if (target.notMonitored.isEmpty())
            keys.append(target.url);
    }
    QHash<QString, ServerHealth> latest;
    const bool withHost = site && !ucServerHostFor(*site).isEmpty();
    if (!keys.isEmpty() || withHost) {
        ProbeSettings settings = site ? site->probe : ProbeSettings();
        // Each attempt gets most of the round, so a failure is reported with its own reason
        // (refused, TLS, closed, ...) before the round's deadline makes it a plain time-out.
        const int roundTimeoutMs = std::max(ProbeSettings::kMinTimeoutMs, timeoutMs * 4 / 5);
        settings.timeoutMs = site ? std::min(settings.timeoutMs, roundTimeoutMs) : roundTimeoutMs;
        // The monitor spreads the first attempts of many servers over one interval: keep that a
        // small part of the round. A server that failed is tried again within it.
        settings.intervalMs = std::clamp(timeoutMs / 4, ProbeSettings::kMinIntervalMs, 1000);
        settings.backoffMaxMs = 1000;
        settings.fall = 1;
        settings.rise = 1;

        SiteMonitor monitor; // the session core's monitor, with a one-round timing
        QEventLoop loop;
        QTimer graceTimer;
        graceTimer.setSingleShot(true);
        QObject::connect(&graceTimer, &QTimer::timeout, &loop, &QEventLoop::quit);
        const auto check = [&] {
            bool allResults = !withHost || host->checked;
            bool allDetails = true;
            for (const QString &key : std::as_const(keys)) {
                const ServerHealth &h = latest[key];
                allResults = allResults && hasResult(h);
                allDetails = allDetails && detailsComplete(key, h);
            }
            if (allResults && allDetails) {
                loop.quit();
            } else if (allResults && !graceTimer.isActive()) {
                graceTimer.start(kDetailGraceMs);
            }
        };
        QObject::connect(&monitor, &SiteMonitor::healthChanged, &loop,
                         [&](const HealthUpdates &updates) {
                             for (const HealthUpdate &update : updates)
                                 latest.insert(update.key, update.health);
                             check();
                         });
        QObject::connect(&monitor, &SiteMonitor::hostHealthChanged, &loop, [&](const HostHealth &health) {
            host->health = health;
            host->checked = health.ucServer.state != PortHealth::State::Unknown;
            check();
        });
        QTimer deadline;
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
        deadline.start(timeoutMs);
        if (site)
            monitor.setSite(*site);
        monitor.setSettings(settings);
        if (!trusted.isEmpty())
            monitor.setTrustedCertificates(trusted);
        monitor.setServers(keys);
        loop.exec();
        QObject::disconnect(&monitor, nullptr, &loop, nullptr);
    } // the monitor closes every connection here

    QList<Outcome> outcomes;
    for (const Target &target : targets) {
        Outcome outcome;
        outcome.url = target.url;
        if (!target.notMonitored.isEmpty()) {
            outcome.health.state = HealthState::NotMonitored;
            outcome.health.failure = FailureCode::InvalidUrl;
            outcome.health.detail = target.notMonitored;
        } else {
            outcome.health = latest.value(target.url);
            if (!hasResult(outcome.health)) {
                outcome.timedOut = true;
                const bool wasOpen = outcome.health.stages.upgradeMs >= 0;
                outcome.health.state = HealthState::Down;
                outcome.health.failure = wasOpen ? FailureCode::RpcTimeout : FailureCode::TcpTimeout;
            }
        }
        outcomes.append(outcome);
    }
    return outcomes;
}

struct Verdict
{
    int code = ProbeCommand::Ok;
    QString summary; // the status text after "UCMC STATUS - "
    QString perfData;
    int total = 0, up = 0, down = 0, notMonitored = 0, maintenance = 0;
    QMap<QString, int> versions;
};

Verdict judge(const QList<Outcome> &outcomes, const QStringList &unusable, const HostOutcome &host,
              int warnDays)
{
    Verdict v;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList urls;
    for (const Outcome &o : outcomes)
        urls.append(o.url);
    const QStringList names = shortServerNames(urls);

    QList<ServerHealth> healths;
    QStringList downParts, notMonitoredParts, maintenanceParts, certificateParts;
    QStringList perf;
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const Outcome &o = outcomes.at(i);
        healths.append(o.health);
        ++v.total;
        if (o.health.state == HealthState::NotMonitored) {
            ++v.notMonitored;
            notMonitoredParts.append(QStringLiteral("%1 (%2)").arg(o.url, o.health.detail));
            continue;
        }
        if (o.health.state == HealthState::Maintenance) {
            ++v.maintenance; // expected down: neither up nor a problem
            maintenanceParts.append(names.at(i));
            continue;
        }
        if (o.health.state == HealthState::Up) {
            ++v.up;
            if (o.health.rttMs >= 0)
                perf.append(QStringLiteral("%1=%2ms;;;0")
                                .arg(perfLabel(QStringLiteral("rtt_") + names.at(i)))
                                .arg(o.health.rttMs, 0, 'f', 3));
        } else {
            ++v.down;
            const QString reason = healthReasonText(o.health);
            downParts.append(reason.isEmpty() ? names.at(i)
                                              : QStringLiteral("%1 (%2)").arg(names.at(i), reason));
        }
        const CertificateInfo &certificate = o.health.certificate;
        if (!certificate.isNull() && certificate.notAfter.isValid()) {
            const int days = certificate.daysToExpiry(now);
            perf.append(QStringLiteral("%1=%2;%3:;0:")
                            .arg(perfLabel(QStringLiteral("cert_days_") + names.at(i)))
                            .arg(days)
                            .arg(warnDays));
            if (days < warnDays)
                certificateParts.append(days < 0
                                            ? ProbeCommand::tr("certificate of %1 expired").arg(names.at(i))
                                            : ProbeCommand::tr("certificate of %1 expires in %n days", nullptr, days)
                                                  .arg(names.at(i)));
        }
    }
    const FleetSummary fleet = FleetSummary::of(healths);
    v.versions = fleet.versions;

    QStringList parts;
    const int probed = v.total - v.notMonitored;
    parts.append(ProbeCommand::tr("%1 of %2 media servers up").arg(v.up).arg(v.total));
    if (!downParts.isEmpty())
        parts.append(ProbeCommand::tr("down: %1").arg(namesWithLimit(downParts)));
    if (!fleet.versionsAgree()) {
        // The common version first, then the odd ones out with their servers.
        const QString common = fleet.commonVersion();
        QStringList versionParts{QStringLiteral("%1 (%2)").arg(common).arg(fleet.versions.value(common))};
        for (auto it = fleet.versions.cbegin(); it != fleet.versions.cend(); ++it) {
            if (it.key() == common)
                continue;
            QStringList who;
            for (qsizetype i = 0; i < outcomes.size(); ++i) {
                if (outcomes.at(i).health.state == HealthState::Up &&
                    outcomes.at(i).health.version == it.key())
                    who.append(names.at(i));
            }
            versionParts.append(QStringLiteral("%1 (%2)").arg(it.key(), namesWithLimit(who)));
        }
        parts.append(ProbeCommand::tr("versions differ: %1").arg(versionParts.join(QStringLiteral(", "))));
    }
    parts.append(certificateParts);
    if (!maintenanceParts.isEmpty())
        parts.append(ProbeCommand::tr("in maintenance: %1").arg(namesWithLimit(maintenanceParts)));
    // The UCServer and the UC WebServer's HTTP port; HTTPS is optional at many sites.
    QStringList hostParts;
    if (host.checked) {
        for (const auto &[port, service] :
             {std::pair{&host.health.ucServer, ProbeCommand::tr("UCServer")},
              std::pair{&host.health.webServer, ProbeCommand::tr("UC WebServer")}}) {
            if (port->state == PortHealth::State::Closed)
                hostParts.append(ProbeCommand::tr("%1 on %2:%3 does not answer (%4)")
                                     .arg(service, host.health.host)
                                     .arg(port->port)
                                     .arg(port->detail));
        }
        parts.append(hostParts);
    }
    if (!notMonitoredParts.isEmpty())
        parts.append(ProbeCommand::tr("not monitored: %1").arg(namesWithLimit(notMonitoredParts)));
    parts.append(unusable);
    v.summary = statusSafe(parts.join(QStringLiteral("; ")));

    if (!unusable.isEmpty() || probed == 0 || v.up == 0)
        v.code = ProbeCommand::Critical;
    else if (v.down > 0 || !fleet.versionsAgree() || !certificateParts.isEmpty() || v.notMonitored > 0 ||
             !hostParts.isEmpty())
        v.code = ProbeCommand::Warning;
    else
        v.code = ProbeCommand::Ok;
    if (probed == 0 && unusable.isEmpty())
        v.summary += QStringLiteral("; ") + ProbeCommand::tr("no media server can be probed");

    if (host.checked)
        perf.append(QStringLiteral("'ucserver_up'=%1;1:;;0;1")
                        .arg(host.health.ucServer.state == PortHealth::State::Open ? 1 : 0));
    // down: the count.
    perf.prepend(QStringLiteral("'down'=%1;;;0;%2").arg(v.down).arg(v.total));
    // up: warning below all of them but those in maintenance, critical below one.
    perf.prepend(QStringLiteral("'up'=%1;%2:;1:;0;%3").arg(v.up).arg(v.total - v.maintenance).arg(v.total));
    v.perfData = perf.join(u' ');
    return v;
}

QJsonValue orNull(double value, bool present)
{
    return present ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject certificateJson(const CertificateInfo &c, const QDateTime &now)
{
    QJsonObject object{
        {QStringLiteral("subject"), c.subject},
        {QStringLiteral("issuer"), c.issuer},
        {QStringLiteral("alternativeNames"), QJsonArray::fromStringList(c.alternativeNames)},
        {QStringLiteral("notBefore"), c.notBefore.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("notAfter"), c.notAfter.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("daysToExpiry"), c.daysToExpiry(now)},
        {QStringLiteral("sha256"), c.fingerprintText()},
        {QStringLiteral("selfSigned"), c.selfSigned},
        {QStringLiteral("verificationErrors"), QJsonArray::fromStringList(c.verificationErrors)}};
    return object;
}

QJsonObject portJson(const PortHealth &port)
{
    return QJsonObject{
        {QStringLiteral("port"), int(port.port)},
        {QStringLiteral("state"), port.state == PortHealth::State::Open     ? QStringLiteral("open")
                                  : port.state == PortHealth::State::Closed ? QStringLiteral("closed")
                                                                            : QStringLiteral("unknown")},
        {QStringLiteral("detail"), orNull(port.detail)},
        {QStringLiteral("httpStatus"), orNull(port.httpStatus, port.httpStatus > 0)},
    };
}

QByteArray resultJson(const Verdict &v, const QString &summary, const QList<Outcome> &outcomes,
                      const QList<Target> &targets, const QStringList &unusable, const HostOutcome &host,
                      const QString &siteName, int timeoutMs, int warnDays)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray servers;
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const Outcome &o = outcomes.at(i);
        const ServerHealth &h = o.health;
        const QUrl url(o.url.trimmed());
        QJsonObject stages;
        const auto stage = [&stages](const char *name, double ms) {
            if (ms >= 0)
                stages.insert(QLatin1String(name), ms);
        };
        stage("dns", h.stages.dnsMs);
        stage("tcp", h.stages.tcpMs);
        stage("tls", h.stages.tlsMs);
        stage("upgrade", h.stages.upgradeMs);
        stage("rpc", h.stages.rpcMs);
        QJsonObject server{
            {QStringLiteral("url"), o.url},
            {QStringLiteral("host"), url.host()},
            {QStringLiteral("sources"), QJsonArray::fromStringList(targets.at(i).sources)},
            {QStringLiteral("state"), QString(healthStateId(h.state))},
            {QStringLiteral("up"), h.state == HealthState::Up},
            {QStringLiteral("failure"), orNull(QString(failureCodeId(h.failure)))},
            {QStringLiteral("reason"), orNull(h.state == HealthState::Up ? QString() : healthReasonText(h))},
            {QStringLiteral("timedOut"), o.timedOut},
            {QStringLiteral("rttMs"), orNull(h.rttMs, h.rttMs >= 0)},
            {QStringLiteral("version"), orNull(h.version)},
            {QStringLiteral("serverId"), orNull(h.serverId)},
            {QStringLiteral("stagesMs"), stages},
            {QStringLiteral("certificate"), h.certificate.isNull()
                                                ? QJsonValue(QJsonValue::Null)
                                                : QJsonValue(certificateJson(h.certificate, now))},
        };
        if (h.closeCode != 0)
            server.insert(QStringLiteral("closeCode"), h.closeCode);
        if (h.httpStatus != 0)
            server.insert(QStringLiteral("httpStatus"), h.httpStatus);
        if (h.metrics.cpuCount >= 0 || h.metrics.memoryKiB >= 0 || h.metrics.sessions >= 0) {
            server.insert(
                QStringLiteral("metrics"),
                QJsonObject{
                    {QStringLiteral("cpuCount"), orNull(h.metrics.cpuCount, h.metrics.cpuCount >= 0)},
                    {QStringLiteral("cpuPercent"), orNull(h.metrics.cpuPercent, h.metrics.cpuPercent >= 0)},
                    {QStringLiteral("memoryBytes"),
                     orNull(double(h.metrics.memoryKiB) * 1024, h.metrics.memoryKiB >= 0)},
                    {QStringLiteral("sessions"), orNull(h.metrics.sessions, h.metrics.sessions >= 0)}});
        }
        servers.append(server);
    }
    QJsonObject versions;
    for (auto it = v.versions.cbegin(); it != v.versions.cend(); ++it)
        versions.insert(it.key(), it.value());
    QJsonObject object{
        {QStringLiteral("status"), statusWord(v.code)},
        {QStringLiteral("exitCode"), v.code},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("total"), v.total},
        {QStringLiteral("up"), v.up},
        {QStringLiteral("down"), v.down},
        {QStringLiteral("notMonitored"), v.notMonitored},
        {QStringLiteral("versions"), versions},
        {QStringLiteral("versionsAgree"), v.versions.size() <= 1},
        {QStringLiteral("problems"), QJsonArray::fromStringList(unusable)},
        {QStringLiteral("timeoutMs"), timeoutMs},
        {QStringLiteral("warnDays"), warnDays},
        {QStringLiteral("time"), now.toString(Qt::ISODateWithMs)},
        {QStringLiteral("servers"), servers},
    };
    if (!siteName.isEmpty()) {
        object.insert(QStringLiteral("site"), siteName);
        object.insert(QStringLiteral("maintenance"), v.maintenance);
        object.insert(QStringLiteral("ucServer"),
                      host.checked
                          ? QJsonValue(QJsonObject{
                                {QStringLiteral("host"), host.health.host},
                                {QStringLiteral("ucserver"), portJson(host.health.ucServer)},
                                {QStringLiteral("webserverHttp"), portJson(host.health.webServer)},
                                {QStringLiteral("webserverHttps"), portJson(host.health.webServerHttps)}})
                          : QJsonValue(QJsonValue::Null));
    }
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace

int ProbeCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Probes media servers once, as a Nagios/Icinga plugin: one status line with performance data.\n"
        "FILE is an eucwebconfig.json (its kurentoservers are probed), URL a ws:// or wss:// media server.\n"
        "Exit code: 0 OK (all up, same version), 1 WARNING (some down, versions differ, a certificate "
        "expires soon, an entry cannot be probed), 2 CRITICAL (none up, or a file is unusable), 3 UNKNOWN "
        "(bad arguments, a file that cannot be read)."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print one JSON object instead of the status line."));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        tr("Give up on servers without a result after this long (default %1 ms).").arg(kDefaultTimeoutMs),
        QStringLiteral("ms"), QString::number(kDefaultTimeoutMs));
    const QCommandLineOption warnDays(
        QStringLiteral("warn-days"),
        tr("Warn when a wss certificate expires within this many days (default %1).").arg(kDefaultWarnDays),
        QStringLiteral("days"), QString::number(kDefaultWarnDays));
    const QCommandLineOption caFile(
        QStringLiteral("ca-file"),
        tr("Also trust the certificates in this PEM file (e.g. the UC MediaServer's "
           "self-signed certificate). May be repeated."),
        QStringLiteral("pem"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language of the messages (en, de)."),
                                  QStringLiteral("code"));
    const QCommandLineOption site(
        QStringLiteral("site"),
        tr("Probe a remembered site instead of FILE: its eucwebconfig.json, UCServer host, probe settings, "
           "maintenance and pinned certificates."),
        QStringLiteral("name|id"));
    parser.addOptions({json, timeout, warnDays, caFile, site, lang});
    parser.addPositionalArgument(QStringLiteral("probe"), tr("The subcommand."), QStringLiteral("probe"));
    parser.addPositionalArgument(QStringLiteral("targets"),
                                 tr("eucwebconfig.json files and ws:// or wss:// URLs."),
                                 QStringLiteral("FILE|URL..."));

    const bool wantsJson = arguments.contains(QStringLiteral("--json"));
    if (!parser.parse(arguments))
        return printUnknown(parser.errorText(), wantsJson);
    if (parser.isSet(QStringLiteral("help"))) {
        cli::printOut(parser.helpText().toUtf8());
        return Ok;
    }
    const bool asJson = parser.isSet(json);
    bool numberOk = false;
    const int timeoutMs = parser.value(timeout).toInt(&numberOk);
    if (!numberOk || timeoutMs < kMinTimeoutMs || timeoutMs > kMaxTimeoutMs)
        return printUnknown(tr("--timeout must be a number of milliseconds from %1 to %2, not \"%3\"")
                                .arg(kMinTimeoutMs)
                                .arg(kMaxTimeoutMs)
                                .arg(parser.value(timeout)),
                            asJson);
    const int days = parser.value(warnDays).toInt(&numberOk);
    if (!numberOk || days < 0 || days > 3650)
        return printUnknown(
            tr("--warn-days must be a number of days from 0 to 3650, not \"%1\"").arg(parser.value(warnDays)),
            asJson);
    QList<QSslCertificate> trusted;
    for (const QString &file : parser.values(caFile)) {
        if (!QFileInfo(file).isFile())
            return printUnknown(tr("Cannot read the certificate file %1").arg(file), asJson);
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(file, QSsl::Pem);
        if (certificates.isEmpty())
            return printUnknown(tr("No PEM certificate in %1").arg(file), asJson);
        trusted.append(certificates);
    }
    const QStringList positional = parser.positionalArguments().mid(1);
    std::optional<Site> stored;
    if (parser.isSet(site)) {
        if (!positional.isEmpty())
            return printUnknown(
                tr("--site probes the site's own file: give either --site or FILE|URL, not both "
                   "(unexpected: %1)")
                    .arg(positional.join(u' ')),
                asJson);
        QString error;
        stored = cli::rememberedSite(parser.value(site), &error);
        if (!stored)
            return printUnknown(error, asJson);
    } else if (positional.isEmpty())
        return printUnknown(
            tr("What to probe? Give eucwebconfig.json files or ws:// and wss:// URLs: uc-media-console probe "
               "FILE... [--json] [--timeout MS] [--warn-days N]"),
            asJson);

    Inputs inputs;
    const QString error = collectTargets(stored ? QStringList{stored->configPath} : positional, &inputs);
    if (!error.isEmpty())
        return printUnknown(error, asJson);

    HostOutcome host;
    const QList<Outcome> outcomes =
        probe(inputs.targets, timeoutMs, trusted, stored ? &*stored : nullptr, &host);
    const Verdict verdict = judge(outcomes, inputs.unusable, host, days);
    const QString siteName = stored ? ucmc::siteName(*stored) : QString();
    if (asJson) {
        cli::printOut(resultJson(verdict, verdict.summary, outcomes, inputs.targets, inputs.unusable, host,
                                 siteName, timeoutMs, days));
    } else {
        cli::printOut(QStringLiteral("UCMC %1 - %2 | %3")
                          .arg(statusWord(verdict.code), verdict.summary, verdict.perfData));
    }
    return verdict.code;
}

} // namespace ucmc
