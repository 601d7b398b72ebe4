#include "checkcommand.h"

#include "commandsupport.h"
#include "models/configlint.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ucmc {

namespace {

QByteArray problemsAsJson(const QString &file, const std::vector<DocumentProblem> &problems)
{
    QJsonArray array;
    for (const DocumentProblem &problem : problems) {
        QJsonObject object{{QStringLiteral("file"), file},
                           {QStringLiteral("line"), problem.position.line},
                           {QStringLiteral("column"), problem.position.column},
                           {QStringLiteral("severity"), QString(severityName(problem.severity))},
                           {QStringLiteral("ruleId"), problem.ruleId},
                           {QStringLiteral("message"), problem.message}};
        if (problem.entryIndex >= 0)
            object.insert(QStringLiteral("entryIndex"), problem.entryIndex);
        if (problem.fix)
            object.insert(QStringLiteral("fix"), problem.fix->description);
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace

int CheckCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks the media server list of an eucwebconfig.json.\nPrints one line per problem: "
           "FILE:LINE:COL: severity: message [rule-id].\nExit code: 0 no problems, 1 warnings only, 2 "
           "errors, 3 the file could not be read."));
    parser.addHelpOption();
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: text (default) or json."),
                                    QStringLiteral("text|json"), QStringLiteral("text"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language of the messages (en, de)."),
                                  QStringLiteral("code"));
    parser.addOptions({format, lang});
    parser.addPositionalArgument(QStringLiteral("check"), tr("The subcommand."), QStringLiteral("check"));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The eucwebconfig.json to check."),
                                 QStringLiteral("FILE"));

    if (!parser.parse(arguments)) {
        cli::printError(parser.errorText());
        return Unknown;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        cli::printOut(parser.helpText().toUtf8());
        return Clean;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        cli::printError(positional.size() < 2
                            ? tr("Which file? Usage: uc-media-console check FILE [--format text|json]")
                            : tr("Only one file can be checked at a time; unexpected: %1")
                                  .arg(positional.mid(2).join(u' ')));
        return Unknown;
    }
    const QString formatName = parser.value(format);
    if (formatName != u"text" && formatName != u"json") {
        cli::printError(tr("Unknown format \"%1\"; use text or json.").arg(formatName));
        return Unknown;
    }
    const QString file = positional.at(1);

    const auto loaded = cli::FileLoader::load(file);
    std::vector<DocumentProblem> problems;
    if (const auto *failure = std::get_if<cli::LoadFailure>(&loaded)) {
        if (failure->unreadable) {
            cli::printError(QStringLiteral("%1: %2: %3")
                                .arg(file, QString(severityName(Severity::Error)), failure->message));
            return Unknown;
        }
        DocumentProblem problem;
        problem.ruleId = ProblemId::Syntax;
        problem.message = failure->message;
        problem.position = {1, 1};
        problems.push_back(problem);
    } else {
        problems = ConfigLint::check(std::get<cli::LoadedFile>(loaded).document);
    }

    if (formatName == u"json") {
        cli::printOut(problemsAsJson(file, problems));
    } else {
        for (const DocumentProblem &problem : problems)
            cli::printOut(cli::diagnosticLine(file, problem));
    }
    const bool errors = std::any_of(problems.begin(), problems.end(),
                                    [](const DocumentProblem &p) { return p.severity == Severity::Error; });
    const bool warnings = std::any_of(problems.begin(), problems.end(), [](const DocumentProblem &p) {
        return p.severity == Severity::Warning;
    });
    return errors ? Errors : warnings ? Warnings : Clean;
}

} // namespace ucmc
