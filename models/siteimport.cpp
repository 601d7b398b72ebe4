#include "models/siteimport.h"

#include "models/csvreader.h"
#include "models/mediaserverurl.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QUuid>
#include <algorithm>
#include <array>
#include <optional>

namespace ucmc {

namespace {

enum Column { NameColumn, HostColumn, PathColumn, ColumnCount };

const QString kConfigFileName = QStringLiteral("eucwebconfig.json");

// The column a title names: compared on its letters and digits only, so "UCServer-Host",
// "UC Server host" and "ucserverhost" are one title.
std::optional<Column> columnOfTitle(const QString &title)
{
    QString key;
    for (const QChar c : title.toCaseFolded()) {
        if (c.isLetterOrNumber())
            key += c;
    }
    static const QHash<QString, Column> titles = [] {
        QHash<QString, Column> t;
        for (const char *name :
             {"name", "sitename", "site", "standort", "standortname", "installation", "bezeichnung",
              "anzeigename", "displayname", "kunde", "customer", "location"})
            t.insert(QString::fromLatin1(name), NameColumn);
        for (const char *host :
             {"ucserver", "ucserverhost", "ucserverhostname", "ucserveraddress", "ucserveradresse",
              "ucserverrechner", "host", "hostname", "server", "servername", "rechner", "rechnername", "ip",
              "ipaddress", "ipadresse", "fqdn", "address", "adresse"})
            t.insert(QString::fromLatin1(host), HostColumn);
        for (const char *path :
             {"path", "pfad", "configpath", "configfile", "config", "konfiguration", "konfigurationsdatei",
              "konfigurationspfad", "datei", "file", "share", "freigabe", "unc", "uncpath", "uncpfad",
              "ordner", "folder", "verzeichnis", "directory"})
            t.insert(QString::fromLatin1(path), PathColumn);
        return t;
    }();
    if (const auto it = titles.constFind(key); it != titles.cend())
        return *it;
    if (key.contains(u"eucwebconfig")) // "Pfad zur eucwebconfig.json", "eucwebconfig.json (UNC)"
        return PathColumn;
    return std::nullopt;
}

// Where each column is, when `fields` are column titles: every non-empty field a known title, at
// least two of them, none twice. A single column left without a title gets the one title missing.
std::optional<std::array<qsizetype, ColumnCount>> headerLayout(const QStringList &fields)
{
    std::array<qsizetype, ColumnCount> at{-1, -1, -1};
    QList<qsizetype> untitled;
    int known = 0;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (fields[i].trimmed().isEmpty()) {
            untitled << i;
            continue;
        }
        const std::optional<Column> column = columnOfTitle(fields[i]);
        if (!column || at[*column] >= 0)
            return std::nullopt;
        at[*column] = i;
        ++known;
    }
    if (known < 2)
        return std::nullopt;
    for (qsizetype &position : at) {
        if (position < 0) {
            if (untitled.size() != 1)
                return std::nullopt;
            position = untitled.first();
        }
    }
    return at;
}

bool isSharePath(const QString &path)
{
    return path.startsWith(QLatin1String("\\\\")) || path.startsWith(QLatin1String("//")) ||
           path.startsWith(QLatin1String("smb://"), Qt::CaseInsensitive);
}

// "server" and "share" of \\server\share\…; empty parts when missing.
std::pair<QString, QString> shareParts(const QString &path)
{
    QString rest = path;
    rest.replace(QLatin1Char('\\'), QLatin1Char('/'));
    rest = rest.mid(rest.startsWith(QLatin1String("smb://"), Qt::CaseInsensitive) ? 6 : 2);
    const QStringList parts = rest.split(QLatin1Char('/'));
    return {parts.value(0), parts.value(1)};
}

// For comparing files: one slash direction; shares (Windows) without regard to case.
QString pathKey(const QString &path)
{
    QString key = path;
    key.replace(QLatin1Char('\\'), QLatin1Char('/'));
    return isSharePath(path) ? key.toCaseFolded() : QDir::cleanPath(key);
}

QString nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

QString joinedTitles()
{
    return SiteImport::tr("name, UCServer host, path");
}

// The problems of one row's values, translated; empty when the row can be imported.
QStringList problemsOf(const QString &name, const QString &host, const QString &path)
{
    QStringList problems;
    if (name.isEmpty())
        problems << SiteImport::tr("The name is missing.");
    if (!host.isEmpty() && !MediaServerUrl::isValidHost(host))
        problems
            << SiteImport::tr("\"%1\" is not a valid host name or IP address for the UCServer.").arg(host);
    if (path.isEmpty()) {
        problems << SiteImport::tr("The path of eucwebconfig.json is missing.");
    } else if (path.contains(QLatin1Char('\n')) || path.contains(QLatin1Char('\t'))) {
        problems << SiteImport::tr("The path contains a line break or a tab.");
    } else if (isSharePath(path)) {
        const auto [server, share] = shareParts(path);
        if (server.isEmpty() || share.isEmpty())
            problems << SiteImport::tr("The share path \"%1\" names no server and share: write it as "
                                       "\\\\server\\share\\…\\eucwebconfig.json.")
                            .arg(path);
        else if (!MediaServerUrl::isValidHost(server))
            problems << SiteImport::tr(
                            "The server \"%1\" of the share path is not a valid host name or IP address.")
                            .arg(server);
    } else if (!QDir::isAbsolutePath(path)) {
        problems << SiteImport::tr("The path \"%1\" is neither absolute nor a share (\\\\server\\share\\…).")
                        .arg(path);
    }
    return problems;
}

SiteImportPlan refused(const QString &why)
{
    SiteImportPlan plan;
    plan.fileError = why;
    return plan;
}

QString tooLarge(qint64 size)
{
    return SiteImport::tr(
               "The file is %1 large; at most 1 MB can be imported at once. Split it into several files.")
        .arg(QLocale().formattedDataSize(size));
}

} // namespace

QString SiteImportRow::message() const
{
    return SiteImport::tr("Row %1: %2")
        .arg(row)
        .arg(status == Status::Import ? SiteImport::tr("will be imported.") : problem);
}

int SiteImportPlan::count(SiteImportRow::Status status) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [status](const SiteImportRow &r) { return r.status == status; }));
}

QString SiteImport::configFilePath(const QString &path)
{
    QString p = path.trimmed();
    const qsizetype lastSeparator =
        std::max(p.lastIndexOf(QLatin1Char('/')), p.lastIndexOf(QLatin1Char('\\')));
    if (p.isEmpty() || p.mid(lastSeparator + 1).endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return p;
    const QChar separator = p.contains(QLatin1Char('\\')) ? QLatin1Char('\\') : QLatin1Char('/');
    while (p.size() > 1 && (p.endsWith(QLatin1Char('/')) || p.endsWith(QLatin1Char('\\'))))
        p.chop(1);
    if (!p.endsWith(QLatin1Char('/')) && !p.endsWith(QLatin1Char('\\'))) // not the root "/"
        p += separator;
    return p + kConfigFileName;
}

SiteImportPlan SiteImport::read(const QString &fileName, const QList<Site> &remembered)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return refused(
            tr("The file %1 cannot be read: %2").arg(QDir::toNativeSeparators(fileName), file.errorString()));
    if (file.size() > kMaxFileBytes)
        return refused(tooLarge(file.size()));
    // One byte more than allowed tells a pipe or special file that is too large too.
    return parse(file.read(kMaxFileBytes + 1), remembered);
}

SiteImportPlan SiteImport::parse(const QByteArray &bytes, const QList<Site> &remembered)
{
    if (bytes.size() > kMaxFileBytes)
        return refused(tooLarge(bytes.size()));
    const QString text = CsvReader::decode(bytes);
    // Two more than the rows allowed: a header, and one to know that there are too many.
    QList<CsvRecord> records =
        CsvReader::parse(text, CsvReader::detectSeparator(text, ColumnCount), kMaxRows + 1);

    SiteImportPlan plan;
    std::array<qsizetype, ColumnCount> at{NameColumn, HostColumn, PathColumn};
    qsizetype width = ColumnCount;
    if (!records.isEmpty() && !records.first().unterminatedQuote) {
        if (const auto header = headerLayout(records.first().fields)) {
            at = *header;
            width = *std::max_element(at.cbegin(), at.cend()) + 1;
            plan.headerRow = records.first().line;
            plan.headerFields = records.takeFirst().fields;
        }
    }
    if (records.size() > kMaxRows)
        return refused(
            tr("The file has more than %1 rows; at most %1 sites can be imported at once. Split it into "
               "several files.")
                .arg(QLocale().toString(kMaxRows)));
    if (records.isEmpty())
        return refused(plan.headerRow > 0 ? tr("The file has only the row of column titles, no sites.")
                                          : tr("The file has no rows with sites."));

    QHash<QString, const Site *> rememberedNames;
    QHash<QString, const Site *> rememberedFiles;
    for (const Site &site : remembered) {
        rememberedNames.insert(nameKey(site.name), &site);
        rememberedFiles.insert(pathKey(site.configPath), &site);
    }
    QHash<QString, int> namesInFile; // the first row with each name, and with each file
    QHash<QString, int> filesInFile;

    for (const CsvRecord &record : std::as_const(records)) {
        SiteImportRow row;
        row.row = record.line;
        row.fields = record.fields;
        QStringList problems;
        if (record.unterminatedQuote)
            problems << tr("A quoted field is never closed (a \" is missing): the rest of the file was read "
                           "into this row.");
        // Excel pads rows with empty fields up to the widest row: those are no extra columns.
        qsizetype used = record.fields.size();
        while (used > width && record.fields[used - 1].trimmed().isEmpty())
            --used;
        if (used > width)
            problems
                << tr("Too many columns: %1 instead of %2 (%3). A name or path that contains the separator "
                      "must be in quotes.")
                       .arg(used)
                       .arg(width)
                       .arg(joinedTitles());
        else if (used < width)
            problems
                << tr("Too few columns: %1 instead of %2 (%3).").arg(used).arg(width).arg(joinedTitles());

        const QString name = record.fields.value(at[NameColumn]).simplified();
        QString host = record.fields.value(at[HostColumn]).trimmed();
        const QString path = record.fields.value(at[PathColumn]).trimmed();
        if (used == width)
            problems << problemsOf(name, host, path);
        const QString file = configFilePath(path);
        if (!name.isEmpty()) {
            if (const int first = namesInFile.value(nameKey(name)); first > 0)
                problems
                    << tr("The name \"%1\" is already used in row %2 of this file.").arg(name).arg(first);
            else
                namesInFile.insert(nameKey(name), row.row);
        }
        if (!path.isEmpty()) {
            if (const int first = filesInFile.value(pathKey(file)); first > 0)
                problems << tr("The same eucwebconfig.json is already in row %1 of this file.").arg(first);
            else
                filesInFile.insert(pathKey(file), row.row);
        }

        if (!problems.isEmpty()) {
            row.site.name = name; // as read, for the preview
            row.site.ucServerHost = host;
            row.site.configPath = path;
            row.status = SiteImportRow::Status::Error;
            row.problem = problems.join(QLatin1Char(' '));
            plan.rows.append(row);
            continue;
        }
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
        row.site.name = name;
        row.site.ucServerHost = host;
        row.site.configPath = isSharePath(file) ? file : QDir::cleanPath(file);
        row.site.watchAlways = true;
        if (const Site *there = rememberedFiles.value(pathKey(file))) {
            row.status = SiteImportRow::Status::AlreadyThere;
            row.problem = tr("Already there: the remembered site \"%1\" uses this file.").arg(there->name);
        } else if (const Site *named = rememberedNames.value(nameKey(name))) {
            row.status = SiteImportRow::Status::AlreadyThere;
            row.problem = tr("Already there: a remembered site is called \"%1\".").arg(named->name);
        } else {
            row.status = SiteImportRow::Status::Import;
        }
        plan.rows.append(row);
    }
    return plan;
}

QList<Site> SiteImport::apply(const SiteImportPlan &plan, SiteStore &store)
{
    QSet<QString> names;
    QSet<QString> files;
    for (const Site &site : store.sites()) {
        names.insert(nameKey(site.name));
        files.insert(pathKey(site.configPath));
    }
    QList<Site> saved;
    for (const SiteImportRow &row : plan.rows) {
        if (row.status != SiteImportRow::Status::Import || names.contains(nameKey(row.site.name)) ||
            files.contains(pathKey(row.site.configPath)))
            continue;
        Site site = row.site;
        site.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        store.save(site);
        names.insert(nameKey(site.name));
        files.insert(pathKey(site.configPath));
        saved.append(site);
    }
    return saved;
}

} // namespace ucmc
