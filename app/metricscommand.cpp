#include "metricscommand.h"

#include "commandsupport.h"
#include "core/configfilewatcher.h"
#include "core/sitemonitor.h"
#include "core/watchedsite.h"
#include "models/configfilereader.h"
#include "models/configsnapshot.h"
#include "models/eventlog.h"
#include "models/platform.h"
#include "models/site.h"
#include "net/metrics/metricsserver.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <functional>
#include <memory>

Q_LOGGING_CATEGORY(lcExporter, "ucmc.metrics", QtInfoMsg)

namespace ucmc {

namespace {

using Labels = PrometheusWriter::Labels;
using Type = PrometheusWriter::Type;

// How long "serving" may wait for the first reading of the files (a share that does not answer).
constexpr int kFirstReadingWaitMs = 5000;

constexpr HealthState kStates[] = {
    HealthState::Unknown, HealthState::Connecting, HealthState::Up,          HealthState::GoingDown,
    HealthState::Down,    HealthState::GoingUp,    HealthState::Maintenance, HealthState::NotMonitored,
};

// "127.0.0.1:9464", "[::1]:9464", "localhost:9464". Returns false for anything else.
bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    if (!ok || number > 65535)
        return false;
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    else if (host.contains(u':'))
        return false; // an IPv6 address needs brackets
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        host = QStringLiteral("127.0.0.1");
    if (!address->setAddress(host))
        return false;
    *port = quint16(number);
    return true;
}

// Everything the exporter serves: the monitors' latest word on every server of the watched files
// (one file, or every site watched always), each site's samples labelled with its name.
class Exporter
{
public:
    struct Source
    {
        Site site;
        QString label; // the value of the site label; empty: no site label (one file)
    };

    Exporter(const QList<Source> &sources, const WatchedSite::Options &options)
        : m_options(options)
    {
        setSources(sources);
    }

    // Serves these sources from now on: a site kept (by id) keeps its monitor and its readings and
    // takes its new settings, a new one is read and probed, one no longer given is dropped.
    void setSources(const QList<Source> &sources)
    {
        QList<Served> served;
        for (const Source &source : sources) {
            const auto same = [&](const Served &s) { return s.site->site().id == source.site.id; };
            const auto it = std::find_if(m_sites.begin(), m_sites.end(), same);
            if (it == m_sites.end()) {
                auto *watched = new WatchedSite(source.site, m_options, &m_context);
                QObject::connect(watched, &WatchedSite::fileRead, &m_context,
                                 [watched] { logReading(*watched); });
                served.append({watched, source.label});
                continue;
            }
            if (!(it->site->site() == source.site))
                it->site->setSite(source.site);
            served.append({it->site, source.label});
            m_sites.erase(it);
        }
        for (const Served &gone : std::as_const(m_sites)) {
            qCInfo(lcExporter).noquote() << MetricsCommand::tr("No longer serving site %1").arg(gone.label);
            delete gone.site; // closes its connections
        }
        m_sites = served;
    }

    // The files are read off this thread: returns once each was read (well or not), so that the
    // first scrape shows the lists, not an empty start; a share that does not answer holds it at
    // most timeoutMs.
    void waitForFirstReadings(int timeoutMs) const
    {
        const auto allRead = [this] {
            return std::all_of(m_sites.cbegin(), m_sites.cend(), [](const Served &s) {
                return s.site->hasRead();
            });
        };
        QEventLoop loop;
        for (const Served &served : m_sites)
            QObject::connect(served.site, &WatchedSite::fileRead, &loop, [&] {
                if (allRead())
                    loop.quit();
            });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        if (!allRead())
            loop.exec();
    }

    QByteArrayList render() const;
    QObject &context() { return m_context; }

private:
    struct Served
    {
        WatchedSite *site;
        QString label;
    };

    static void logReading(const WatchedSite &site);
    static void writeFileFamilies(PrometheusWriter &out, const WatchedSite &site);
    static void writeServerFamilies(PrometheusWriter &out, const WatchedSite &site);
    static void writeHostFamilies(PrometheusWriter &out, const WatchedSite &site);

    WatchedSite::Options m_options;
    QObject m_context; // owns the watched sites
    QList<Served> m_sites;
};

// The sites watched always, as the console's settings hold them now (the window or `sites watch`
// in another process may have changed them), each with a name of its own for the site label.
QList<Exporter::Source> watchedSources(const std::function<ProbeSettings(ProbeSettings)> &probeSettings)
{
    QSettings store;
    store.sync(); // read what another process wrote since
    QList<Site> watched = SiteStore(store).sites();
    watched.removeIf([](const Site &site) { return !site.watchAlways; });
    const QStringList names = distinctSiteNames(watched); // one series per site, even for a shared name
    QList<Exporter::Source> sources;
    for (qsizetype i = 0; i < watched.size(); ++i) {
        watched[i].probe = probeSettings(watched[i].probe);
        sources.append({watched[i], names[i]});
    }
    return sources;
}

void Exporter::logReading(const WatchedSite &site)
{
    const QString &path = site.site().configPath;
    if (!site.lastReadOk()) {
        qCWarning(lcExporter).noquote()
            << MetricsCommand::tr("Cannot read %1: %2; serving the last list").arg(path, site.readError());
        return;
    }
    const qsizetype probed = site.keys().size() - site.notMonitored().size();
    qCInfo(lcExporter).noquote()
        << MetricsCommand::tr("Monitoring %1 media servers of %2").arg(probed).arg(path);
}

QByteArrayList Exporter::render() const
{
    PrometheusWriter out;
    // The process's own, not a site's: no site label.
    out.family("ucmc_exporter_build_info", QStringLiteral("Version of the UC Media Console exporter."),
               Type::Gauge);
    out.sample("ucmc_exporter_build_info",
               {{"version", QStringLiteral(UCMC_VERSION)}, {"qt_version", QString::fromLatin1(qVersion())}},
               1);
    for (const Served &served : m_sites) {
        out.setCommonLabels(served.label.isEmpty() ? Labels() : Labels{{"site", served.label}});
        writeFileFamilies(out, *served.site);
        writeServerFamilies(out, *served.site);
        writeHostFamilies(out, *served.site);
    }
    return out.takeParts();
}

void Exporter::writeFileFamilies(PrometheusWriter &out, const WatchedSite &site)
{
    const QString &path = site.site().configPath;
    out.family("ucmc_exporter_config_last_reload_successful",
               QStringLiteral("Whether the last reading of the configuration file succeeded (1) or not (0)."),
               Type::Gauge);
    out.sample("ucmc_exporter_config_last_reload_successful", {{"file", path}}, site.lastReadOk() ? 1 : 0);
    out.family("ucmc_exporter_config_last_reload_success_timestamp_seconds",
               QStringLiteral("When the configuration file was last read successfully."), Type::Gauge);
    if (site.lastSuccessMs() > 0)
        out.sample("ucmc_exporter_config_last_reload_success_timestamp_seconds", {{"file", path}},
                   double(site.lastSuccessMs()) / 1000.0);
    out.family("ucmc_exporter_media_servers",
               QStringLiteral("Distinct entries in the kurentoservers list of the configuration file."),
               Type::Gauge);
    out.sample("ucmc_exporter_media_servers", {{"file", path}}, double(site.keys().size()));
}

void Exporter::writeServerFamilies(PrometheusWriter &out, const WatchedSite &site)
{
    struct Row
    {
        QString key;
        ServerHealth health;
        Labels url; // built once: most families have this as their only label
    };
    QList<Row> rows;
    rows.reserve(site.keys().size());
    for (const QString &key : site.keys())
        rows.append({key, site.healthOf(key), {{"url", key}}});
    const auto perServer = [&](const QByteArray &name, const QString &help, Type type, auto valueOf) {
        out.family(name, help, type);
        for (const Row &row : rows) {
            const std::optional<double> value = valueOf(row.health);
            if (value)
                out.sample(name, row.url, *value);
        }
    };

    out.family(
        "ucmc_media_server_up",
        QStringLiteral("Whether the media server answers JSON-RPC ping (1, up or going down) or not (0)."),
        Type::Gauge);
    for (const Row &row : rows) {
        const bool up = row.health.state == HealthState::Up || row.health.state == HealthState::GoingDown;
        out.sample("ucmc_media_server_up", {{"url", row.key}, {"host", QUrl(row.key.trimmed()).host()}},
                   up ? 1 : 0);
    }
    out.family(
        "ucmc_media_server_state",
        QStringLiteral("The media server's health state (1 for the current one): unknown, connecting, up, "
                       "going-down, down, going-up, maintenance, not-monitored."),
        Type::Gauge);
    for (const Row &row : rows) {
        for (const HealthState state : kStates)
            out.sample("ucmc_media_server_state",
                       {{"url", row.key}, {"state", QString(healthStateId(state))}},
                       row.health.state == state ? 1 : 0);
    }
    out.family("ucmc_media_server_failure_info",
               QStringLiteral("Why a media server that is not up failed last (the failure code as a label)."),
               Type::Gauge);
    for (const Row &row : rows) {
        if (row.health.failure != FailureCode::None && row.health.state != HealthState::Up)
            out.sample("ucmc_media_server_failure_info",
                       {{"url", row.key}, {"failure", QString(failureCodeId(row.health.failure))}}, 1);
    }
    perServer("ucmc_media_server_state_since_timestamp_seconds",
              QStringLiteral("When the media server entered its current state."), Type::Gauge,
              [](const ServerHealth &h) -> std::optional<double> {
                  return h.stateSinceMs > 0 ? std::optional<double>(double(h.stateSinceMs) / 1000.0)
                                            : std::nullopt;
              });
    const auto seconds = [](double ms) {
        return ms >= 0 ? std::optional<double>(ms / 1000.0) : std::nullopt;
    };
    perServer("ucmc_media_server_rtt_seconds",
              QStringLiteral("Round trip of the last answered JSON-RPC ping."), Type::Gauge,
              [&](const ServerHealth &h) { return seconds(h.rttMs); });
    perServer("ucmc_media_server_rtt_avg_seconds",
              QStringLiteral("Average round trip of the answered pings since the exporter started."),
              Type::Gauge, [&](const ServerHealth &h) { return seconds(h.rttAvgMs); });
    perServer("ucmc_media_server_rtt_max_seconds",
              QStringLiteral("Longest round trip of the answered pings since the exporter started."),
              Type::Gauge, [&](const ServerHealth &h) { return seconds(h.rttMaxMs); });
    perServer("ucmc_media_server_checks_total",
              QStringLiteral("Pings and connection attempts since monitoring of the server started."),
              Type::Counter, [](const ServerHealth &h) -> std::optional<double> {
                  return h.state == HealthState::NotMonitored ? std::nullopt
                                                              : std::optional<double>(h.checks);
              });
    perServer("ucmc_media_server_failures_total",
              QStringLiteral("Failed pings and connection attempts since monitoring of the server started."),
              Type::Counter, [](const ServerHealth &h) -> std::optional<double> {
                  return h.state == HealthState::NotMonitored ? std::nullopt
                                                              : std::optional<double>(h.failures);
              });
    perServer(
        "ucmc_media_server_cpu_ratio",
        QStringLiteral("CPU use the media server reports (getUsedCpu, average over all cores, 0 to 1)."),
        Type::Gauge, [](const ServerHealth &h) -> std::optional<double> {
            return h.metrics.cpuPercent >= 0 ? std::optional<double>(h.metrics.cpuPercent / 100.0)
                                             : std::nullopt;
        });
    perServer("ucmc_media_server_memory_bytes",
              QStringLiteral("Memory the media server reports (getUsedMemory)."), Type::Gauge,
              [](const ServerHealth &h) -> std::optional<double> {
                  return h.metrics.memoryKiB >= 0
                             ? std::optional<double>(double(h.metrics.memoryKiB) * 1024.0)
                             : std::nullopt;
              });
    perServer("ucmc_media_server_sessions", QStringLiteral("Sessions the media server knows (getSessions)."),
              Type::Gauge, [](const ServerHealth &h) -> std::optional<double> {
                  return h.metrics.sessions >= 0 ? std::optional<double>(h.metrics.sessions) : std::nullopt;
              });
    perServer("ucmc_media_server_cpu_count", QStringLiteral("CPU cores of the media server (getCpuCount)."),
              Type::Gauge, [](const ServerHealth &h) -> std::optional<double> {
                  return h.metrics.cpuCount >= 0 ? std::optional<double>(h.metrics.cpuCount) : std::nullopt;
              });
    perServer("ucmc_media_server_certificate_not_after_timestamp_seconds",
              QStringLiteral("When the certificate of a wss media server expires (notAfter)."), Type::Gauge,
              [](const ServerHealth &h) -> std::optional<double> {
                  if (h.certificate.isNull() || !h.certificate.notAfter.isValid())
                      return std::nullopt;
                  return double(h.certificate.notAfter.toSecsSinceEpoch());
              });
    out.family(
        "ucmc_media_server_info",
        QStringLiteral("The version and serverId the media server reports (the serverId changes when it "
                       "restarts)."),
        Type::Gauge);
    for (const Row &row : rows) {
        if (!row.health.version.isEmpty() || !row.health.serverId.isEmpty())
            out.sample(
                "ucmc_media_server_info",
                {{"url", row.key}, {"version", row.health.version}, {"server_id", row.health.serverId}}, 1);
    }
}

void Exporter::writeHostFamilies(PrometheusWriter &out, const WatchedSite &site)
{
    const SiteMonitor &monitor = *site.monitor();
    const QString hostName = monitor.ucServerHost();
    out.family("ucmc_ucserver_port_up",
               QStringLiteral(
                   "Whether a port of the UCServer host answers (service: ucserver = UCServer client port, "
                   "webserver-http = UC WebServer HTTP port, webserver-https = UC WebServer HTTPS port; an "
                   "untrusted certificate still counts as answering)."),
               Type::Gauge);
    // Without a UCServer host the families are still announced, with no samples.
    const bool known = !hostName.isEmpty();
    const struct
    {
        const char *service;
        const PortHealth &port;
    } ports[] = {{"ucserver", monitor.hostHealth().ucServer},
                 {"webserver-http", monitor.hostHealth().webServer},
                 {"webserver-https", monitor.hostHealth().webServerHttps}};
    for (const auto &p : ports) {
        if (!known || p.port.state == PortHealth::State::Unknown)
            continue;
        out.sample("ucmc_ucserver_port_up",
                   {{"host", hostName},
                    {"service", QString::fromLatin1(p.service)},
                    {"port", QString::number(p.port.port)}},
                   p.port.state == PortHealth::State::Open ? 1 : 0);
    }
    out.family("ucmc_ucserver_port_rtt_seconds",
               QStringLiteral("Time the last check of a UCServer host port took."), Type::Gauge);
    for (const auto &p : ports) {
        if (known && p.port.state == PortHealth::State::Open && p.port.rttMs >= 0)
            out.sample("ucmc_ucserver_port_rtt_seconds",
                       {{"host", hostName},
                        {"service", QString::fromLatin1(p.service)},
                        {"port", QString::number(p.port.port)}},
                       p.port.rttMs / 1000.0);
    }
    out.family(
        "ucmc_ucserver_webserver_http_status",
        QStringLiteral("HTTP status of GET / on the UC WebServer, per port (HTTP and HTTPS; 502: the UCServer is "
                       "not connected)."),
        Type::Gauge);
    const HostHealth &host = monitor.hostHealth();
    for (const PortHealth *web : {&host.webServer, &host.webServerHttps}) {
        // One series per port (an HTTPS port set to the HTTP one would repeat it).
        const bool repeated = web == &host.webServerHttps && web->port == host.webServer.port;
        if (known && web->httpStatus > 0 && !repeated)
            out.sample("ucmc_ucserver_webserver_http_status",
                       {{"host", hostName}, {"port", QString::number(web->port)}}, web->httpStatus);
    }
}

} // namespace

int MetricsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Monitors every media server of an eucwebconfig.json and serves their health in the Prometheus text "
        "format on GET /metrics. Reads the file again when it changes. Ends on SIGINT or SIGTERM.\n"
        "Exit code: 0 ended by a signal, 1 cannot listen on the address, 3 bad arguments or the file cannot "
        "be "
        "read."));
    parser.addHelpOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    tr("Address and port to serve on (default 127.0.0.1:%1; name another "
                                       "address explicitly to be scraped "
                                       "from other hosts, port 0 picks a free one).")
                                        .arg(kDefaultPort),
                                    QStringLiteral("address:port"),
                                    QStringLiteral("127.0.0.1:%1").arg(kDefaultPort));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      tr("Time between pings of a media server (default 1000 ms)."),
                                      QStringLiteral("ms"), QStringLiteral("1000"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Time a ping or a connection attempt may take (default 1000 ms)."),
                                     QStringLiteral("ms"), QStringLiteral("1000"));
    const QCommandLineOption hostInterval(
        QStringLiteral("host-interval"),
        tr("Time between checks of the UCServer host's ports (default 5000 ms)."), QStringLiteral("ms"),
        QStringLiteral("5000"));
    const QCommandLineOption ucServerHost(
        QStringLiteral("ucserver-host"),
        tr("The UCServer host whose ports to check (default: the host of a \\\\HOST\\share path to FILE)."),
        QStringLiteral("host"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
                                    tr("Also trust the certificates in this PEM file. May be repeated."),
                                    QStringLiteral("pem"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language of the messages (en, de)."),
                                  QStringLiteral("code"));
    const QCommandLineOption allSites(
        QStringLiteral("all-sites"),
        tr("Serve every site watched always (instead of FILE), each sample labelled with the site's name; "
           "each site is probed with its own settings unless --interval, --timeout or --host-interval are "
           "given."));
    parser.addOptions({listen, interval, timeout, hostInterval, ucServerHost, caFile, allSites, lang});
    parser.addPositionalArgument(QStringLiteral("serve-metrics"), tr("The subcommand."),
                                 QStringLiteral("serve-metrics"));
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("The eucwebconfig.json whose media servers to monitor."),
                                 QStringLiteral("FILE"));

    if (!parser.parse(arguments)) {
        cli::printError(parser.errorText());
        return Unknown;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        cli::printOut(parser.helpText().toUtf8());
        return Stopped;
    }
    const QStringList positional = parser.positionalArguments();
    const bool fleet = parser.isSet(allSites);
    if (fleet && positional.size() > 1) {
        cli::printError(
            tr("--all-sites serves the watched sites, not a file: give either FILE or --all-sites "
               "(unexpected: %1)")
                .arg(positional.mid(1).join(u' ')));
        return Unknown;
    }
    if (fleet && parser.isSet(ucServerHost)) {
        cli::printError(tr("--ucserver-host does not apply with --all-sites: each site has its own UCServer "
                           "host (set it in Site Settings)"));
        return Unknown;
    }
    if (!fleet && positional.size() != 2) {
        cli::printError(
            positional.size() < 2
                ? tr("Which file? Usage: uc-media-console serve-metrics --listen 127.0.0.1:9464 FILE")
                : tr("Only one file can be served; unexpected: %1").arg(positional.mid(2).join(u' ')));
        return Unknown;
    }
    QHostAddress address;
    quint16 port = 0;
    if (!parseListen(parser.value(listen), &address, &port)) {
        cli::printError(
            tr("--listen needs an IP address and a port, e.g. 127.0.0.1:9464 or [::1]:9464, not \"%1\"")
                .arg(parser.value(listen)));
        return Unknown;
    }
    // Each number checked whether given or not: the defaults must pass too.
    const auto milliseconds = [&](const QCommandLineOption &option, int min, int max, int *value) {
        bool ok = false;
        *value = parser.value(option).toInt(&ok);
        if (ok && *value >= min && *value <= max)
            return true;
        cli::printError(tr("--%1 must be a number of milliseconds from %2 to %3")
                            .arg(option.names().constFirst())
                            .arg(min)
                            .arg(max));
        return false;
    };
    ProbeSettings given;
    if (!milliseconds(interval, ProbeSettings::kMinIntervalMs, ProbeSettings::kMaxIntervalMs,
                      &given.intervalMs) ||
        !milliseconds(timeout, ProbeSettings::kMinTimeoutMs, ProbeSettings::kMaxTimeoutMs,
                      &given.timeoutMs) ||
        !milliseconds(hostInterval, ProbeSettings::kMinIntervalMs, ProbeSettings::kMaxIntervalMs,
                      &given.hostIntervalMs))
        return Unknown;
    // A site's own timing, except what the command line names; the defaults for a file.
    const auto probeSettings = [&](ProbeSettings settings) {
        if (!fleet || parser.isSet(interval))
            settings.intervalMs = given.intervalMs;
        if (!fleet || parser.isSet(timeout))
            settings.timeoutMs = given.timeoutMs;
        if (!fleet || parser.isSet(hostInterval))
            settings.hostIntervalMs = given.hostIntervalMs;
        settings.backoffMaxMs = std::max(settings.backoffMaxMs, settings.intervalMs);
        return settings;
    };
    WatchedSite::Options options;
    for (const QString &file : parser.values(caFile)) {
        const QList<QSslCertificate> certificates =
            QFileInfo(file).isFile() ? QSslCertificate::fromPath(file, QSsl::Pem) : QList<QSslCertificate>();
        if (certificates.isEmpty()) {
            cli::printError(tr("No PEM certificate in %1").arg(file));
            return Unknown;
        }
        options.trustedCertificates.append(certificates);
    }

    QList<Exporter::Source> sources;
    if (fleet) {
        sources = watchedSources(probeSettings);
        if (sources.isEmpty()) {
            cli::printError(
                tr("No site is watched always. Watch one with \"uc-media-console sites watch NAME\", "
                   "in the window's Site Settings, or import sites from a CSV file with "
                   "\"uc-media-console sites import FILE.csv\"."));
            return Unknown;
        }
    } else {
        const QString file = QDir::current().absoluteFilePath(positional.at(1));
        const auto read = ConfigFileReader::read(file);
        if (!read.ok() && read.error().code != FileReadProblem::Empty &&
            read.error().code != FileReadProblem::NotUtf8) {
            cli::printError(tr("Cannot read %1: %2").arg(positional.at(1), read.error().message));
            return Unknown;
        }
        Site site;
        site.configPath = file;
        site.probe = probeSettings(ProbeSettings());
        options.hostOverride =
            parser.isSet(ucServerHost) ? parser.value(ucServerHost) : hostFromConfigPath(positional.at(1));
        sources.append({site, QString()});
    }

    // Listen first: a taken port ends the command before anything is probed.
    Exporter *exporter = nullptr;
    MetricsServer server([&exporter] { return exporter ? exporter->render() : QByteArrayList(); });
    if (!server.listen(address, port)) {
        const QString where = address.protocol() == QAbstractSocket::IPv6Protocol
                                  ? QStringLiteral("[%1]:%2").arg(address.toString()).arg(port)
                                  : QStringLiteral("%1:%2").arg(address.toString()).arg(port);
        cli::printError(tr("Cannot listen on %1: %2").arg(where, server.errorString()));
        return CannotListen;
    }
    Exporter instance(sources, options);
    exporter = &instance;
    instance.waitForFirstReadings(kFirstReadingWaitMs);
    const QString served =
        server.serverAddress().protocol() == QAbstractSocket::IPv6Protocol
            ? QStringLiteral("[%1]:%2").arg(server.serverAddress().toString()).arg(server.serverPort())
            : QStringLiteral("%1:%2").arg(server.serverAddress().toString()).arg(server.serverPort());
    cli::printOut(QStringLiteral("serving http://%1/metrics").arg(served));

    // --all-sites follows the list: a site watched or unwatched in the window or with `sites watch`
    // is served or dropped within seconds, without a restart (Prometheus keeps scraping one URL).
    // The settings are a file on Linux and macOS (watched); on Windows they are in the registry,
    // which is read again every ConfigFileWatcher::kSettingsPollMs.
    if (fleet) {
        ConfigFileWatcher::followSettings(QSettings().fileName(), &instance.context(), [&] {
            const QList<Exporter::Source> now = watchedSources(probeSettings);
            if (now.isEmpty())
                qCWarning(lcExporter).noquote() << tr("No site is watched always any more; serving none until one is");
            instance.setSources(now);
        });
    }

    // Ctrl+C or SIGTERM (a service manager): stop serving and end like Ctrl+C in the terminal.
    platform::TerminationWatch quitter([] { QCoreApplication::quit(); });
    const int code = QCoreApplication::exec();
    exporter = nullptr;
    server.close();
    qCInfo(lcExporter) << "stopped";
    return code == 0 ? Stopped : code;
}

} // namespace ucmc
