#include "exportcommand.h"

#include "commandsupport.h"
#include "core/sitemonitor.h"
#include "models/configfilereader.h"
#include "models/configsnapshot.h"
#include "models/servertablemodel.h"
#include "models/site.h"
#include "ui/topologyexport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>
#include <algorithm>
#include <optional>

namespace ucmc {

namespace {

// Once every server and port has a first answer, the versions of those that answered follow
// within milliseconds: wait at most this long for them.
constexpr int kDetailGraceMs = 1000;

// One round of the site's monitor: every server and port answered (and the versions came), or
// the deadline. A server without an answer by then is drawn down (time-out), as `probe` says.
void probeOnce(const Site &site, const QList<ServerRow> &rows, int timeoutMs, ServerTableModel *model,
               HostHealth *host)
{
    QStringList keys;
    for (const ServerRow &row : rows) {
        if (row.problem.isEmpty() && !keys.contains(row.url))
            keys.append(row.url);
    }
    SiteMonitor monitor;
    monitor.setSite(site);
    ProbeSettings settings = site.probe;
    settings.timeoutMs = std::max(ProbeSettings::kMinTimeoutMs, timeoutMs * 4 / 5);
    settings.intervalMs = std::clamp(timeoutMs / 4, ProbeSettings::kMinIntervalMs, 1000);
    settings.backoffMaxMs = 1000;
    settings.fall = 1;
    settings.rise = 1;
    monitor.setSettings(settings);

    QEventLoop loop;
    QTimer grace;
    grace.setSingleShot(true);
    QObject::connect(&grace, &QTimer::timeout, &loop, &QEventLoop::quit);
    const auto check = [&] {
        if (!monitor.hasFirstAnswers())
            return;
        const bool versions = std::all_of(keys.cbegin(), keys.cend(), [&](const QString &key) {
            const ServerHealth &h = monitor.health().value(key);
            return h.state != HealthState::Up || !h.version.isEmpty();
        });
        if (versions)
            loop.quit();
        else if (!grace.isActive())
            grace.start(kDetailGraceMs);
    };
    QObject::connect(&monitor, &SiteMonitor::healthChanged, &loop, check);
    QObject::connect(&monitor, &SiteMonitor::hostHealthChanged, &loop, check);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    monitor.setServers(keys);
    if (!monitor.hasFirstAnswers() || !keys.isEmpty())
        loop.exec();
    QObject::disconnect(&monitor, nullptr, &loop, nullptr);

    HealthUpdates updates;
    for (const QString &key : std::as_const(keys)) {
        ServerHealth health = monitor.health().value(key);
        if (health.state == HealthState::Unknown || health.state == HealthState::Connecting) {
            const bool wasOpen = health.stages.upgradeMs >= 0;
            health.state = HealthState::Down;
            health.failure = wasOpen ? FailureCode::RpcTimeout : FailureCode::TcpTimeout;
        }
        updates.append({key, health});
    }
    model->applyHealth(updates);
    *host = monitor.hostHealth();
    host->host = monitor.ucServerHost();
}

} // namespace

int ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Draws the overview of an eucwebconfig.json (the UCServer host and its media servers in round-robin "
           "order) as PNG, SVG or PDF, with the states of one probe round or, with --no-states, the "
           "configuration alone.\nExit code: 0 written, 2 the file is not usable, 3 bad arguments, the file "
           "cannot be read or the output cannot be written."));
    parser.addHelpOption();
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("The file to write (.png, .svg or .pdf)."), QStringLiteral("OUT"));
    const QCommandLineOption format(QStringLiteral("format"), tr("png, svg or pdf (default: from OUT's extension)."),
                                    QStringLiteral("png|svg|pdf"));
    const QCommandLineOption noStates(QStringLiteral("no-states"), tr("Draw the configuration only, probe nothing."));
    const QCommandLineOption site(QStringLiteral("site"),
                                  tr("A site the console remembers: its file, UCServer host and probe settings."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption host(QStringLiteral("host"),
                                  tr("The UCServer host to check (default: the site's, or the host of a \\\\host\\share path)."),
                                  QStringLiteral("HOST"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Longest wait for the states in milliseconds (default %1).").arg(kDefaultTimeoutMs),
                                     QStringLiteral("MS"), QString::number(kDefaultTimeoutMs));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language of the messages (en, de)."), QStringLiteral("code"));
    parser.addOptions({output, format, noStates, site, host, timeout, lang});
    parser.addPositionalArgument(QStringLiteral("export-topology"), tr("The subcommand."), QStringLiteral("export-topology"));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The eucwebconfig.json to draw."), QStringLiteral("FILE"));

    if (!parser.parse(arguments)) {
        cli::printError(parser.errorText());
        return Failed;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        cli::printOut(parser.helpText().toUtf8());
        return Written;
    }
    const QString usage = tr("Usage: uc-media-console export-topology FILE --output OUT [--format svg|png|pdf] "
                             "[--no-states] [--site NAME]");
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 2) {
        cli::printError(tr("Only one file can be drawn at a time; unexpected: %1").arg(positional.mid(2).join(u' ')));
        return Failed;
    }
    Site chosen;
    if (parser.isSet(site)) {
        QString error;
        const std::optional<Site> found = cli::rememberedSite(parser.value(site), &error);
        if (!found) {
            cli::printError(error);
            return Failed;
        }
        chosen = *found;
    }
    if (positional.size() == 2)
        chosen.configPath = positional.at(1);
    if (chosen.configPath.isEmpty()) {
        cli::printError(tr("Which file? %1").arg(usage));
        return Failed;
    }
    if (parser.isSet(host))
        chosen.ucServerHost = parser.value(host).trimmed();
    const QString out = parser.value(output);
    if (out.isEmpty()) {
        cli::printError(tr("Where to? Give the file to write with --output. %1").arg(usage));
        return Failed;
    }
    const std::optional<TopologyExport::Format> kind =
        parser.isSet(format) ? TopologyExport::formatNamed(parser.value(format)) : TopologyExport::formatOfPath(out);
    if (!kind) {
        cli::printError(parser.isSet(format)
                            ? tr("Unknown format \"%1\"; use png, svg or pdf.").arg(parser.value(format))
                            : tr("Which format? %1 does not end in .png, .svg or .pdf: add --format.").arg(out));
        return Failed;
    }
    bool timeoutOk = false;
    const int timeoutMs = parser.value(timeout).toInt(&timeoutOk);
    if (!timeoutOk || timeoutMs < 200 || timeoutMs > 300'000) {
        cli::printError(tr("--timeout takes milliseconds from 200 to 300000."));
        return Failed;
    }

    const QString file = chosen.configPath;
    const auto read = ConfigFileReader::read(file);
    if (!read.ok()) {
        const bool unusable =
            read.error().code == FileReadProblem::Empty || read.error().code == FileReadProblem::NotUtf8;
        cli::printError(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(file), read.error().message));
        return unusable ? Unusable : Failed;
    }
    const ConfigSnapshot snapshot = ConfigSnapshot::fromBytes(file, read.value().bytes);
    if (snapshot.status != ConfigSnapshot::Status::Ok) {
        cli::printError(QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(file), snapshot.error.withPosition()));
        return Unusable;
    }

    ServerTableModel model;
    model.setRows(snapshot.rows);
    HostHealth hostHealth;
    hostHealth.host = ucServerHostFor(chosen);
    const bool states = !parser.isSet(noStates);
    if (states)
        probeOnce(chosen, snapshot.rows, timeoutMs, &model, &hostHealth);

    const QString siteName = chosen.name.isEmpty() ? QFileInfo(file).fileName() : chosen.name;
    const TopologyExport page(&model, hostHealth, {siteName, QFileInfo(file).absoluteFilePath(), QDateTime::currentDateTime()},
                              !states);
    QString error;
    if (!page.write(out, *kind, &error)) {
        cli::printError(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(out), error));
        return Failed;
    }
    cli::printOut(tr("Wrote %1").arg(QDir::toNativeSeparators(out)));
    return Written;
}

} // namespace ucmc
