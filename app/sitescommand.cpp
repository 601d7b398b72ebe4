#include "sitescommand.h"

#include "commandsupport.h"
#include "models/site.h"
#include "models/siteimport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QSettings>
#include <algorithm>

namespace ucmc {

namespace {

// Columns padded to their widest cell, so that a person can read the list in a terminal.
QString table(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], row[i].size());
        }
    }
    QStringList lines;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

int listSites()
{
    QSettings settings;
    const QList<Site> sites = SiteStore(settings).sites();
    if (sites.isEmpty()) {
        cli::printOut(SitesCommand::tr("No site is remembered yet."));
        return SitesCommand::Ok;
    }
    QList<QStringList> rows{{SitesCommand::tr("Name"), SitesCommand::tr("UCServer host"),
                             SitesCommand::tr("Path"), SitesCommand::tr("Watch always")}};
    const QStringList names = distinctSiteNames(sites);
    for (qsizetype i = 0; i < sites.size(); ++i) {
        const Site &site = sites[i];
        const QString host = ucServerHostFor(site);
        rows << QStringList{names[i], host.isEmpty() ? QStringLiteral("-") : host,
                            QDir::toNativeSeparators(site.configPath),
                            site.watchAlways ? SitesCommand::tr("yes") : SitesCommand::tr("no")};
    }
    cli::printOut(table(rows));
    return SitesCommand::Ok;
}

int importFile(const QString &file, bool dryRun)
{
    QSettings settings;
    SiteStore store(settings);
    const SiteImportPlan plan = SiteImport::read(file, store.sites());
    if (!plan.fileError.isEmpty()) {
        cli::printError(plan.fileError);
        return SitesCommand::Failed;
    }
    if (plan.headerRow > 0)
        cli::printOut(SitesCommand::tr("Row %1: column titles (%2).")
                          .arg(plan.headerRow)
                          .arg(plan.headerFields.join(QStringLiteral(", "))));
    QList<Site> imported;
    if (!dryRun) {
        imported = SiteImport::apply(plan, store);
        settings.sync();
    }
    for (const SiteImportRow &row : plan.rows) {
        if (row.status != SiteImportRow::Status::Import) {
            cli::printOut(row.message());
            continue;
        }
        const bool done = std::any_of(imported.cbegin(), imported.cend(),
                                      [&](const Site &s) { return s.configPath == row.site.configPath; });
        const QString host = ucServerHostFor(row.site);
        const QString what = QStringLiteral("%1 (%2, %3)")
                                 .arg(row.site.name, host.isEmpty() ? QStringLiteral("-") : host,
                                      QDir::toNativeSeparators(row.site.configPath));
        cli::printOut(
            dryRun ? SitesCommand::tr("Row %1: would import %2.").arg(row.row).arg(what)
            : done
                ? SitesCommand::tr("Row %1: imported %2.").arg(row.row).arg(what)
                : SitesCommand::tr("Row %1: already there: %2 was added meanwhile.").arg(row.row).arg(what));
    }
    const int errors = plan.count(SiteImportRow::Status::Error);
    const int there = plan.count(SiteImportRow::Status::AlreadyThere) +
                      (dryRun ? 0 : plan.count(SiteImportRow::Status::Import) - int(imported.size()));
    const int added = dryRun ? plan.count(SiteImportRow::Status::Import) : int(imported.size());
    cli::printOut(
        (dryRun ? SitesCommand::tr("Would import: %1, already there: %2, errors: %3 (nothing was changed).")
                : SitesCommand::tr("Imported: %1, already there: %2, errors: %3."))
            .arg(added)
            .arg(there)
            .arg(errors));
    return errors > 0 ? SitesCommand::RowErrors : SitesCommand::Ok;
}

// Watched always: the fleet, `serve-metrics --all-sites` and the tray watch the site even while
// another one (or none) is open.
int setWatched(const QString &wanted, bool watch)
{
    QString error;
    std::optional<Site> site = cli::rememberedSite(wanted, &error);
    if (!site) {
        cli::printError(error);
        return SitesCommand::UnknownSite;
    }
    site->watchAlways = watch;
    QSettings settings;
    SiteStore(settings).save(*site);
    settings.sync();
    const QString name = siteName(*site);
    cli::printOut(watch ? SitesCommand::tr("%1 is watched always now.").arg(name)
                        : SitesCommand::tr("%1 is no longer watched always.").arg(name));
    return SitesCommand::Ok;
}

} // namespace

int SitesCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The sites the console remembers: list them, import many at once from a CSV file (name, UCServer "
           "host, path of eucwebconfig.json or its share), watched always, or watch a site always (or no "
           "longer) by its name or ID.\nExit code: 0 done, 1 some rows had errors (the others were imported "
           "unless --dry-run), 2 bad arguments, the file was refused, or no site has that name or ID, "
           "3 watch or unwatch without exactly one site."));
    parser.addHelpOption();
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Show what importing would do; change nothing."));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language of the messages (en, de)."),
                                  QStringLiteral("code"));
    parser.addOptions({dryRun, lang});
    parser.addPositionalArgument(QStringLiteral("sites"), tr("The subcommand."), QStringLiteral("sites"));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("list, import FILE.csv, watch NAME|ID, or unwatch NAME|ID."),
                                 QStringLiteral("ACTION"));

    if (!parser.parse(arguments)) {
        cli::printError(parser.errorText());
        return Failed;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        cli::printOut(parser.helpText().toUtf8());
        return Ok;
    }
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() == 1 && positional.first() == u"list" && !parser.isSet(dryRun))
        return listSites();
    if (positional.size() == 2 && positional.first() == u"import")
        return importFile(positional.at(1), parser.isSet(dryRun));
    if (!positional.isEmpty() && (positional.first() == u"watch" || positional.first() == u"unwatch")) {
        if (positional.size() != 2 || parser.isSet(dryRun)) {
            cli::printError(
                tr("Which site? uc-media-console sites %1 NAME|ID (\"sites list\" shows the names)")
                    .arg(positional.first()));
            return Usage;
        }
        return setWatched(positional.at(1), positional.first() == u"watch");
    }
    cli::printError(tr("What to do? uc-media-console sites list | sites import FILE.csv [--dry-run] | "
                       "sites watch NAME|ID | sites unwatch NAME|ID"));
    return Failed;
}

} // namespace ucmc
