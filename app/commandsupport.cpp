#include "commandsupport.h"

#include "models/configfilereader.h"
#include "models/configwriter.h"

#include <QCoreApplication>
#include <QSettings>

#include <cstdio>

namespace ucmc::cli {

void printOut(const QByteArray &utf8)
{
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fflush(stdout);
}

void printOut(const QString &text)
{
    printOut(text.toUtf8() + '\n');
}

void printError(const QString &text)
{
    const QByteArray utf8 = text.toUtf8() + '\n';
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
    std::fflush(stderr);
}

QString diagnosticLine(const QString &file, const DocumentProblem &problem)
{
    return QStringLiteral("%1:%2:%3: %4: %5 [%6]")
        .arg(file, QString::number(problem.position.line), QString::number(problem.position.column),
             severityName(problem.severity), problem.message, problem.ruleId);
}

std::variant<LoadedFile, LoadFailure> FileLoader::load(const QString &path)
{
    auto read = ConfigFileReader::read(path);
    if (read.ok()) {
        const QByteArray &bytes = read.value().bytes;
        return LoadedFile{ConfigDocument::fromBytes(bytes), ConfigWriter::hashOf(bytes)};
    }
    switch (read.error().code) {
    case FileReadProblem::Empty:
        return LoadedFile{ConfigDocument::fromBytes(QByteArray()), ConfigWriter::hashOf(QByteArray())};
    case FileReadProblem::NotUtf8:
        return LoadFailure{read.error().message, false};
    default:
        return LoadFailure{read.error().message, true};
    }
}

std::optional<Site> rememberedSite(const QString &wanted, QString *error)
{
    QSettings settings;
    const SiteStore store(settings);
    if (wanted.isEmpty()) {
        if (std::optional<Site> last = store.lastSite())
            return last;
        *error = QCoreApplication::translate("ucmc::cli::Sites",
                                             "No site is remembered yet: open the installation's eucwebconfig.json in "
                                             "the console once, and set up its service control on the Hosts tab.");
        return std::nullopt;
    }
    const QList<Site> sites = store.sites();
    const QStringList shown = distinctSiteNames(sites);
    for (qsizetype i = 0; i < sites.size(); ++i) {
        if (sites[i].id == wanted || shown[i].compare(wanted, Qt::CaseInsensitive) == 0
            || sites[i].name.compare(wanted, Qt::CaseInsensitive) == 0)
            return sites[i];
    }
    *error = shown.isEmpty()
                 ? QCoreApplication::translate("ucmc::cli::Sites", "There is no site named \"%1\": no site is "
                                                                   "remembered yet.")
                       .arg(wanted)
                 : QCoreApplication::translate("ucmc::cli::Sites", "There is no site named \"%1\". The sites are: %2")
                       .arg(wanted, shown.join(QStringLiteral(", ")));
    return std::nullopt;
}

} // namespace ucmc::cli
