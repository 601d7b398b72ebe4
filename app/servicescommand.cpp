#include "servicescommand.h"

#include "commandsupport.h"
#include "core/applytransaction.h"
#include "core/credentialstore.h"
#include "core/hostservicework.h"
#include "models/hostroles.h"
#include "models/platform.h"
#include "models/restartneed.h"
#include "models/site.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <optional>

namespace ucmc {

namespace {


struct Options
{
    bool json = false;
    bool dryRun = false;
};

int printUnknown(const QString &message, bool json)
{
    if (json)
        cli::printOut(QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("UNKNOWN")},
                                                {QStringLiteral("exitCode"), int(ServicesCommand::Unknown)},
                                                {QStringLiteral("message"), message}})
                          .toJson(QJsonDocument::Indented));
    else
        cli::printError(message);
    return ServicesCommand::Unknown;
}

QString statusWord(int code)
{
    switch (code) {
    case ServicesCommand::Ok: return QStringLiteral("OK");
    case ServicesCommand::Warning: return QStringLiteral("WARNING");
    case ServicesCommand::Failed: return QStringLiteral("FAILED");
    default: return QStringLiteral("UNKNOWN");
    }
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString localTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

// The password for a host's service control: none for command templates; else the keychain's, or
// typed on a terminal when none is stored. nullopt with *error when there is none.
std::optional<QString> passwordFor(CredentialStore &store, const Site &site, const HostControlSettings &control,
                                   QString *error)
{
    if (control.kind != HostControlSettings::Kind::WinRm)
        return QString();
    const CredentialKey key{site.id, control.host, control.user};
    if (!key.isValid()) {
        *error = ServicesCommand::tr("No WinRM user is set for %1: set it on the console's Hosts tab (Service Control…).")
                     .arg(control.host);
        return std::nullopt;
    }
    CredentialJob *job = store.read(key);
    if (!job->isFinished()) {
        QEventLoop loop;
        QObject::connect(job, &CredentialJob::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (job->ok()) {
        QString secret = job->secret();
        job->wipeSecret();
        delete job;
        return secret;
    }
    const QString why = job->problem() == CredentialJob::Problem::NotFound
                            ? ServicesCommand::tr("No password is stored for %1.").arg(key.displayName())
                            : job->errorMessage();
    delete job;
    if (std::optional<QString> typed =
            platform::readSecretFromTerminal(ServicesCommand::tr("Password for %1 on %2: ").arg(control.user, control.host)))
        return typed;
    *error = why + QLatin1Char(' ')
             + ServicesCommand::tr("Store it in the console (Hosts tab, Service Control…), or run this command on a terminal to be "
                      "asked.");
    return std::nullopt;
}

HostServiceWork::DiscoverResult discoverNow(const HostControlSettings &control, const QString &password)
{
    HostServiceWork::DiscoverResult result;
    bool done = false;
    QEventLoop loop;
    QObject context;
    HostServiceWork::discover(control, password, &context, [&](const HostServiceWork::DiscoverResult &r) {
        result = r;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return result;
}

QString rejectedHint(const HostServiceWork::DiscoverResult &result)
{
    return result.passwordVerdict == HostServiceWork::PasswordVerdict::Rejected
               ? QLatin1Char(' ') + ServicesCommand::tr("Correct the stored password in the console (Hosts tab, Service Control…).")
               : QString();
}

// What the article expects of a host: from the site's media server list, or, for a managed host
// the list does not name, a host that runs nothing of ProCall's.
SiteHost expectationFor(const SiteLayout &layout, const QString &host)
{
    if (const SiteHost *known = layout.find(host))
        return *known;
    SiteHost other;
    other.host = HostRoles::normalizedHost(host);
    other.expected = HostRoles::expectedServices(false, false);
    return other;
}

struct SiteContext
{
    Site site;
    QString ucServerHost;
    SiteLayout layout;
    std::optional<cli::LoadedFile> file;
    QString fileError;
    QDateTime fileWritten;
};

SiteContext contextFor(const Site &site)
{
    SiteContext c;
    c.site = site;
    c.ucServerHost = ucServerHostFor(site);
    auto loaded = cli::FileLoader::load(site.configPath);
    if (auto *file = std::get_if<cli::LoadedFile>(&loaded)) {
        c.file = *file;
        c.layout = HostRoles::layout(c.ucServerHost, file->document);
        c.fileWritten = QFileInfo(site.configPath).lastModified().toUTC();
    } else {
        c.fileError = std::get<cli::LoadFailure>(loaded).message;
        c.layout = HostRoles::layout(c.ucServerHost, QStringList());
    }
    return c;
}

// The managed hosts to work on: --host alone, or every managed host of the site (UCServer host first).
QList<HostControlSettings> managedHosts(const SiteContext &c, const QString &onlyHost, QString *error)
{
    if (!onlyHost.isEmpty()) {
        const HostControlSettings control = hostControlFor(c.site, onlyHost);
        if (!control.isManaged()) {
            *error = ServicesCommand::tr("%1 is not managed in the site %2: set up its service control on the console's Hosts tab.")
                         .arg(onlyHost, c.site.name);
            return {};
        }
        return {control};
    }
    QList<HostControlSettings> hosts;
    for (const SiteHost &host : c.layout.hosts)
        if (const HostControlSettings control = hostControlFor(c.site, host.host); control.isManaged())
            hosts << control;
    for (const HostControlSettings &control : c.site.hostControls)
        if (control.isManaged() && !c.layout.find(control.host))
            hosts << control;
    if (hosts.isEmpty())
        *error = ServicesCommand::tr("No host of the site %1 is managed: set up service control (WinRM or commands) on the "
                        "console's Hosts tab.")
                     .arg(c.site.name);
    return hosts;
}

QJsonObject siteJson(const SiteContext &c)
{
    return {{QStringLiteral("id"), c.site.id},
            {QStringLiteral("name"), c.site.name},
            {QStringLiteral("configPath"), QDir::toNativeSeparators(c.site.configPath)},
            {QStringLiteral("ucServerHost"), c.ucServerHost}};
}

QString restartStateId(RestartNeed::State state)
{
    switch (state) {
    case RestartNeed::State::Pending: return QStringLiteral("pending");
    case RestartNeed::State::InEffect: return QStringLiteral("in-effect");
    case RestartNeed::State::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QJsonObject restartJson(const RestartNeed &need)
{
    return {{QStringLiteral("state"), restartStateId(need.state)},
            {QStringLiteral("fileWritten"), isoTime(need.fileWritten)},
            {QStringLiteral("webServerStarted"), isoTime(need.webServerStarted)}};
}

const ServiceInfo *webServerOf(const QList<ServiceInfo> &services)
{
    for (const ServiceInfo &s : services)
        if (s.role == ServiceRole::WebServer)
            return &s;
    return nullptr;
}

// Rows of cells, each column as wide as its widest cell, indented by two.
QStringList alignedColumns(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = std::max(widths[i], row[i].size());
        }
    QStringList lines;
    for (const QStringList &row : rows) {
        QString line = QStringLiteral(" ");
        for (qsizetype i = 0; i < row.size(); ++i)
            line += QStringLiteral(" ") + (i + 1 < row.size() ? row[i].leftJustified(widths[i]) : row[i]) + QLatin1Char(' ');
        lines << line.trimmed().prepend(QStringLiteral("  "));
    }
    return lines;
}

// ---- list ---------------------------------------------------------------------------------------

int list(CredentialStore &store, const SiteContext &c, const QList<HostControlSettings> &hosts, const Options &o)
{
    int code = ServicesCommand::Ok;
    QJsonArray hostsJson;
    QStringList text;
    text << ServicesCommand::tr("Site %1 (%2)").arg(c.site.name, QDir::toNativeSeparators(c.site.configPath));
    if (!c.fileError.isEmpty()) {
        text << QStringLiteral("  ! ") + c.fileError;
        code = std::max<int>(code, ServicesCommand::Warning);
    }
    std::optional<RestartNeed> restart;
    for (const HostControlSettings &control : hosts) {
        const SiteHost expected = expectationFor(c.layout, control.host);
        QJsonObject hostJson{{QStringLiteral("host"), control.host},
                             {QStringLiteral("ucServerHost"), expected.isUcServerHost},
                             {QStringLiteral("control"), QString(HostControlSettings::kindId(control.kind))}};
        text << QString();
        text << (expected.isUcServerHost ? ServicesCommand::tr("%1 (UCServer host):").arg(control.host)
                                         : ServicesCommand::tr("%1:").arg(control.host));
        QString error;
        std::optional<QString> password = passwordFor(store, c.site, control, &error);
        if (!password) {
            text << QStringLiteral("  ! ") + error;
            hostJson.insert(QStringLiteral("error"), error);
            hostsJson.append(hostJson);
            code = std::max<int>(code, ServicesCommand::Failed);
            continue;
        }
        const HostServiceWork::DiscoverResult found = discoverNow(control, *password);
        wipeString(*password);
        if (!found.error.isEmpty()) {
            const QString message = found.error + rejectedHint(found);
            text << QStringLiteral("  ! ") + message;
            hostJson.insert(QStringLiteral("error"), message);
            hostsJson.append(hostJson);
            code = std::max<int>(code, ServicesCommand::Failed);
            continue;
        }
        QJsonArray servicesJson;
        QList<QStringList> rows;
        for (const ServiceInfo &s : found.services) {
            if (s.role == ServiceRole::Other)
                continue;
            const QString version = HostRoles::versionOf(s);
            rows << QStringList{HostRoles::roleText(s.role), s.name, serviceStateText(s.state),
                                HostRoles::startupTypeText(s.startupType),
                                version.isEmpty() ? ServicesCommand::tr("(version unknown)") : version,
                                s.startedAt.isValid() ? ServicesCommand::tr("running since %1").arg(localTime(s.startedAt))
                                                      : QString()};
            servicesJson.append(QJsonObject{{QStringLiteral("role"), serviceRoleName(s.role)},
                                            {QStringLiteral("name"), s.name},
                                            {QStringLiteral("displayName"), s.displayName},
                                            {QStringLiteral("state"), serviceStateName(s.state)},
                                            {QStringLiteral("startupType"), startupTypeName(s.startupType)},
                                            {QStringLiteral("version"), version},
                                            {QStringLiteral("startedAt"), isoTime(s.startedAt)}});
        }
        text << alignedColumns(rows);
        hostJson.insert(QStringLiteral("services"), servicesJson);
        QJsonArray differencesJson;
        for (const ServiceDifference &d : HostRoles::compare(expected, found.services)) {
            text << QStringLiteral("  ! ") + d.explanation;
            differencesJson.append(QJsonObject{{QStringLiteral("role"), serviceRoleName(d.role)},
                                               {QStringLiteral("service"), d.serviceName},
                                               {QStringLiteral("explanation"), d.explanation}});
            code = std::max<int>(code, ServicesCommand::Warning);
        }
        hostJson.insert(QStringLiteral("differences"), differencesJson);
        if (expected.isUcServerHost) {
            const ServiceInfo *web = webServerOf(found.services);
            restart = RestartNeed::of(c.fileWritten, web ? web->startedAt : QDateTime());
            if (restart->isPending()) {
                text << QStringLiteral("  ! ") + restart->text() + QLatin1Char(' ')
                            + ServicesCommand::tr("Restart it: uc-media-console services restart-webserver");
                code = std::max<int>(code, ServicesCommand::Warning);
            }
        }
        hostsJson.append(hostJson);
    }
    if (o.json) {
        QJsonObject result{{QStringLiteral("status"), statusWord(code)},
                           {QStringLiteral("exitCode"), code},
                           {QStringLiteral("site"), siteJson(c)},
                           {QStringLiteral("hosts"), hostsJson}};
        if (restart)
            result.insert(QStringLiteral("restart"), restartJson(*restart));
        cli::printOut(QJsonDocument(result).toJson(QJsonDocument::Indented));
    } else {
        cli::printOut(text.join(QLatin1Char('\n')));
    }
    return code;
}

// ---- fix-startup-types ----------------------------------------------------------------------------

int fixStartupTypes(CredentialStore &store, const SiteContext &c, const QList<HostControlSettings> &hosts,
                    const Options &o)
{
    int code = ServicesCommand::Ok;
    QJsonArray hostsJson;
    for (const HostControlSettings &control : hosts) {
        QJsonObject hostJson{{QStringLiteral("host"), control.host}};
        const auto fail = [&](const QString &message) {
            if (!o.json)
                cli::printOut(ServicesCommand::tr("%1: %2").arg(control.host, message));
            hostJson.insert(QStringLiteral("error"), message);
            hostsJson.append(hostJson);
            code = std::max<int>(code, ServicesCommand::Failed);
        };
        QString error;
        std::optional<QString> password = passwordFor(store, c.site, control, &error);
        if (!password) {
            fail(error);
            continue;
        }
        const HostServiceWork::DiscoverResult found = discoverNow(control, *password);
        if (!found.error.isEmpty()) {
            wipeString(*password);
            fail(found.error + rejectedHint(found));
            continue;
        }
        const QList<ServiceFix> fixes =
            HostRoles::fixes(HostRoles::compare(expectationFor(c.layout, control.host), found.services));
        QJsonArray fixesJson;
        if (fixes.isEmpty() && !o.json)
            cli::printOut(ServicesCommand::tr("%1: nothing to fix; the services are as the article asks.").arg(control.host));
        if (o.dryRun || fixes.isEmpty()) {
            wipeString(*password);
            for (const ServiceFix &fix : fixes) {
                if (!o.json)
                    cli::printOut(ServicesCommand::tr("%1: would %2").arg(control.host, HostRoles::fixText(fix)));
                fixesJson.append(QJsonObject{{QStringLiteral("fix"), HostRoles::fixText(fix)},
                                             {QStringLiteral("done"), false}});
            }
            if (!fixes.isEmpty())
                code = std::max<int>(code, ServicesCommand::Warning);
            hostJson.insert(QStringLiteral("fixes"), fixesJson);
            hostsJson.append(hostJson);
            continue;
        }
        QEventLoop loop;
        QObject context;
        bool done = false;
        HostServiceWork::fix(
            control, *password, fixes, &context,
            [&](const ServiceFix &fix, const QString &fixError) {
                if (!o.json)
                    cli::printOut(fixError.isEmpty()
                                      ? ServicesCommand::tr("%1: %2: done").arg(control.host, HostRoles::fixText(fix))
                                      : ServicesCommand::tr("%1: %2: FAILED: %3").arg(control.host, HostRoles::fixText(fix), fixError));
                QJsonObject fixJson{{QStringLiteral("fix"), HostRoles::fixText(fix)},
                                    {QStringLiteral("done"), fixError.isEmpty()}};
                if (!fixError.isEmpty()) {
                    fixJson.insert(QStringLiteral("error"), fixError);
                    code = std::max<int>(code, ServicesCommand::Failed);
                }
                fixesJson.append(fixJson);
            },
            [&](HostServiceWork::PasswordVerdict) {
                done = true;
                loop.quit();
            });
        wipeString(*password);
        if (!done)
            loop.exec();
        hostJson.insert(QStringLiteral("fixes"), fixesJson);
        hostsJson.append(hostJson);
    }
    if (o.json)
        cli::printOut(QJsonDocument(QJsonObject{{QStringLiteral("status"), statusWord(code)},
                                                {QStringLiteral("exitCode"), code},
                                                {QStringLiteral("site"), siteJson(c)},
                                                {QStringLiteral("dryRun"), o.dryRun},
                                                {QStringLiteral("hosts"), hostsJson}})
                          .toJson(QJsonDocument::Indented));
    return code;
}

// ---- restart-webserver ---------------------------------------------------------------------------

QString stepStatusId(ApplyTransaction::StepStatus status)
{
    switch (status) {
    case ApplyTransaction::StepStatus::Running: return QStringLiteral("running");
    case ApplyTransaction::StepStatus::Done: return QStringLiteral("done");
    case ApplyTransaction::StepStatus::Failed: return QStringLiteral("failed");
    case ApplyTransaction::StepStatus::Skipped: return QStringLiteral("skipped");
    case ApplyTransaction::StepStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

int restartWebServer(CredentialStore &store, const SiteContext &c, const QString &onlyHost, const Options &o)
{
    if (c.ucServerHost.isEmpty())
        return printUnknown(ServicesCommand::tr("The UCServer host of the site %1 is not known: set it in the console's site "
                                   "settings.")
                                .arg(c.site.name),
                            o.json);
    if (!onlyHost.isEmpty()
        && HostRoles::normalizedHost(onlyHost) != HostRoles::normalizedHost(c.ucServerHost))
        return printUnknown(ServicesCommand::tr("The UC WebServer runs on the UCServer host %1, not on %2.")
                                .arg(c.ucServerHost, onlyHost),
                            o.json);
    if (!c.file)
        return printUnknown(c.fileError, o.json);
    const HostControlSettings control = hostControlFor(c.site, c.ucServerHost);
    if (!control.isManaged())
        return printUnknown(ServicesCommand::tr("The UCServer host %1 is not managed: set up its service control (WinRM or "
                                   "commands) on the console's Hosts tab.")
                                .arg(c.ucServerHost),
                            o.json);
    QString error;
    std::optional<QString> password = passwordFor(store, c.site, control, &error);
    if (!password)
        return printUnknown(error, o.json);

    // Is a restart pending? Then the version before is what a failed restart goes back to.
    const HostServiceWork::DiscoverResult found = discoverNow(control, *password);
    RestartNeed need;
    if (found.error.isEmpty()) {
        const ServiceInfo *web = webServerOf(found.services);
        need = RestartNeed::of(c.fileWritten, web ? web->startedAt : QDateTime());
    } else if (found.passwordVerdict == HostServiceWork::PasswordVerdict::Rejected) {
        wipeString(*password);
        const QString message = found.error + rejectedHint(found);
        if (o.json)
            cli::printOut(QJsonDocument(QJsonObject{{QStringLiteral("status"), statusWord(ServicesCommand::Failed)},
                                                    {QStringLiteral("exitCode"), int(ServicesCommand::Failed)},
                                                    {QStringLiteral("site"), siteJson(c)},
                                                    {QStringLiteral("message"), message}})
                              .toJson(QJsonDocument::Indented));
        else
            cli::printError(message);
        return ServicesCommand::Failed;
    }
    if (!o.json && need.isPending())
        cli::printOut(need.text());

    ApplyRequest request;
    request.configPath = c.site.configPath;
    request.loadedHash = c.file->loadedHash;
    request.before = request.after = c.file->document;
    request.ucServerHost = c.ucServerHost;
    request.webServerHttpPort = c.site.probe.webServerHttpPort;
    request.serviceNames = control.serviceNames;
    request.settings = c.site.apply;
    request.settings.rollbackPolicy = ApplySettings::RollbackPolicy::Automatic; // nobody to ask
    request.dryRun = o.dryRun;
    request.restartOnly = true;
    request.restartMayRollBack = need.isPending();
    ServiceControl *service = createServiceControl(control, *password);
    wipeString(*password);
    ApplyTransaction transaction(request, service);
    QEventLoop loop;
    QJsonArray stepsJson;
    QObject::connect(&transaction, &ApplyTransaction::stepFinished, &loop,
                     [&](ApplyTransaction::Step step, ApplyTransaction::StepStatus status, const QString &message) {
                         stepsJson.append(QJsonObject{{QStringLiteral("step"), ApplyTransaction::stepId(step)},
                                                      {QStringLiteral("status"), stepStatusId(status)},
                                                      {QStringLiteral("message"), message}});
                         if (!o.json)
                             cli::printOut(QStringLiteral("%1: %2").arg(ApplyTransaction::stepText(step), message));
                     });
    QObject::connect(&transaction, &ApplyTransaction::summaryReady, &loop, [&](const ApplySummary &summary) {
        if (!o.json && o.dryRun) {
            cli::printOut(summary.text());
            for (const PlannedCommand &command : summary.commands)
                cli::printOut(QStringLiteral("# %1\n%2").arg(command.purpose, command.command));
        }
    });
    QObject::connect(&transaction, &ApplyTransaction::confirmationNeeded, &transaction, &ApplyTransaction::confirm);
    QObject::connect(&transaction, &ApplyTransaction::finished, &loop, &QEventLoop::quit);
    // Ctrl+C: the transaction ends in a consistent state by itself and says which.
    const platform::TerminationWatch terminate([&transaction] { transaction.cancel(); });
    transaction.start();
    loop.exec();
    const ApplyTransaction::Report &report = transaction.report();
    int code = ServicesCommand::Failed;
    switch (report.outcome) {
    case ApplyTransaction::Outcome::Applied:
    case ApplyTransaction::Outcome::DryRun: code = ServicesCommand::Ok; break;
    case ApplyTransaction::Outcome::RolledBack: code = ServicesCommand::Warning; break;
    case ApplyTransaction::Outcome::Cancelled:
    case ApplyTransaction::Outcome::Failed:
    case ApplyTransaction::Outcome::Running: code = ServicesCommand::Failed; break;
    }
    if (o.json) {
        cli::printOut(QJsonDocument(QJsonObject{{QStringLiteral("status"), statusWord(code)},
                                                {QStringLiteral("exitCode"), code},
                                                {QStringLiteral("site"), siteJson(c)},
                                                {QStringLiteral("outcome"), ApplyTransaction::outcomeId(report.outcome)},
                                                {QStringLiteral("message"), report.message},
                                                {QStringLiteral("restartBefore"), restartJson(need)},
                                                {QStringLiteral("webServerService"), report.webServerService},
                                                {QStringLiteral("webServerStartedAt"), isoTime(report.webServerStartedAt)},
                                                {QStringLiteral("backup"), QDir::toNativeSeparators(report.backupPath)},
                                                {QStringLiteral("steps"), stepsJson}})
                          .toJson(QJsonDocument::Indented));
    } else {
        cli::printOut(report.message);
    }
    delete service;
    return code;
}

} // namespace

int ServicesCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The estos services of a site: list them, restart the UC WebServer safely, fix startup types."));
    parser.addHelpOption();
    const QCommandLineOption site(QStringLiteral("site"),
                                  tr("The site, by its name in the console or its id (default: the one opened last)."),
                                  QStringLiteral("name"));
    const QCommandLineOption host(QStringLiteral("host"), tr("Only this host of the site."), QStringLiteral("host"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Show what would be done; run nothing that changes a service."));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language of the messages (en, de)."),
                                  QStringLiteral("code"));
    parser.addOptions({site, host, json, dryRun, lang});
    parser.addPositionalArgument(QStringLiteral("services"), tr("The subcommand."), QStringLiteral("services"));
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, restart-webserver or fix-startup-types."),
                                 QStringLiteral("ACTION"));

    const bool wantsJson = arguments.contains(QStringLiteral("--json"));
    if (!parser.parse(arguments))
        return printUnknown(parser.errorText(), wantsJson);
    if (parser.isSet(QStringLiteral("help"))) {
        cli::printOut(parser.helpText().toUtf8());
        return Ok;
    }
    Options o;
    o.json = parser.isSet(json);
    o.dryRun = parser.isSet(dryRun);
    const QStringList positional = parser.positionalArguments().mid(1);
    const QStringList actions{QStringLiteral("list"), QStringLiteral("restart-webserver"),
                              QStringLiteral("fix-startup-types")};
    if (positional.size() != 1 || !actions.contains(positional.first()))
        return printUnknown(tr("What to do? uc-media-console services list|restart-webserver|fix-startup-types "
                               "[--site NAME] [--host HOST] [--json] [--dry-run]"),
                            o.json);
    const QString action = positional.first();

    QString error;
    const std::optional<Site> found = cli::rememberedSite(parser.value(site), &error);
    if (!found)
        return printUnknown(error, o.json);
    const SiteContext context = contextFor(*found);
    QSettings settings;
    CredentialStore store(settings);
    if (action == QLatin1String("restart-webserver"))
        return restartWebServer(store, context, parser.value(host), o);
    const QList<HostControlSettings> hosts = managedHosts(context, parser.value(host), &error);
    if (hosts.isEmpty())
        return printUnknown(error, o.json);
    if (action == QLatin1String("list"))
        return list(store, context, hosts, o);
    return fixStartupTypes(store, context, hosts, o);
}

} // namespace ucmc
