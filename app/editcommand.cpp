#include "editcommand.h"

#include "commandsupport.h"
#include "models/configeditor.h"
#include "models/configlint.h"
#include "models/configwriter.h"
#include "models/serveraddress.h"
#include "models/unifieddiff.h"

#include <QCommandLineParser>

namespace ucmc {

namespace {

struct Arguments
{
    QString file;
    QString action;
    QStringList values;
    bool dryRun = false;
    PortPolicy portPolicy = PortPolicy::KeepCustom;
};

// clang-format off
QString actions()
{
    return EditCommand::tr(
        "Actions:\n"
        "  add ADDRESS [POSITION]      add a media server (at the end, or at POSITION, 1 = first); an\n"
        "                              IPv4 address becomes ws://ADDRESS:8888/kurento, or give a full URL\n"
        "  remove SERVER               remove a media server\n"
        "  move SERVER POSITION        move a media server in the round-robin order\n"
        "  encrypt on|off [SERVER]     switch to wss:8433 or ws:8888 (all servers without SERVER)\n"
        "  set-flag SERVER NAME 0|1    set candkillipv6, candkilltcp or candonlyturn\n"
        "  clear-flag SERVER NAME      remove candkillipv6, candkilltcp or candonlyturn\n"
        "  set-url SERVER URL          change the address of a media server\n"
        "SERVER is a position (1 = first) or an address: the whole URL, or host[:port] if unique.");
}
// clang-format on

QString usage()
{
    return EditCommand::tr("Usage: uc-media-console edit FILE ACTION [--dry-run] [--use-default-port]") +
           u'\n' + actions();
}

// The position of the server meant by text, or a message why there is none.
std::variant<int, QString> findServer(const ConfigDocument &document, const QString &text)
{
    const auto &entries = document.entries();
    bool isNumber = false;
    const int number = text.toInt(&isNumber);
    if (isNumber) {
        if (number < 1 || size_t(number) > entries.size())
            return EditCommand::tr("There is no media server number %1; the list has %2.")
                .arg(text, QString::number(entries.size()));
        return number - 1;
    }
    QList<int> matches;
    for (const MediaServerEntry &entry : entries) {
        if (entry.urlIsString && entry.url == text)
            matches << entry.index;
    }
    if (matches.isEmpty()) {
        // The same server written differently, or just its host[:port].
        const auto asUrl =
            MediaServerUrl::parse(text.contains(u"://") ? text : QStringLiteral("ws://") + text);
        for (const MediaServerEntry &entry : entries) {
            if (!entry.hasValidEndpoint() || !asUrl.ok())
                continue;
            const MediaServerUrl &wanted = asUrl.value();
            const bool hostOnly = !text.contains(u"://") && !wanted.portExplicit;
            const bool sameHost = ServerAddress::identity(wanted).section(u':', 0, -2) ==
                                  ServerAddress::identity(entry.endpoint).section(u':', 0, -2);
            if ((hostOnly && sameHost) ||
                (!hostOnly && ServerAddress::identity(wanted) == ServerAddress::identity(entry.endpoint)))
                matches << entry.index;
        }
    }
    if (matches.isEmpty())
        return EditCommand::tr("No media server has the address %1.").arg(text);
    if (matches.size() > 1) {
        QStringList numbers;
        for (int index : matches)
            numbers << QString::number(index + 1);
        return EditCommand::tr("%1 matches several media servers (%2); give the position instead.")
            .arg(text, numbers.join(QStringLiteral(", ")));
    }
    return matches.front();
}

std::optional<int> parsePosition(const QString &text)
{
    bool ok = false;
    const int position = text.toInt(&ok);
    if (!ok || position < 1)
        return std::nullopt;
    return position - 1;
}

// Turns the arguments into an edit of document; an error message when they do not fit it.
// usageError tells wrong arguments (exit 1) from a refused edit (exit 2).
EditResult performEdit(const ConfigDocument &document, const Arguments &args, bool &usageError)
{
    using E = Error<EditProblem>;
    usageError = false;
    auto wrongUsage = [&usageError](const QString &message) {
        usageError = true;
        return E{EditProblem::NoSuchServer, message};
    };
    auto needs = [&](qsizetype min, qsizetype max) {
        return args.values.size() >= min && args.values.size() <= max;
    };
    auto server = [&](const QString &text) -> std::variant<int, E> {
        auto found = findServer(document, text);
        if (const auto *message = std::get_if<QString>(&found))
            return E{EditProblem::NoSuchServer, *message};
        return std::get<int>(found);
    };
    // Servers are looked up in a valid list only; otherwise every action reports why.
    if (auto reason = ConfigEditor::reasonNotEditable(document)) {
        static const QStringList actions = {QStringLiteral("add"),      QStringLiteral("remove"),
                                            QStringLiteral("move"),     QStringLiteral("encrypt"),
                                            QStringLiteral("set-flag"), QStringLiteral("clear-flag"),
                                            QStringLiteral("set-url")};
        if (!actions.contains(args.action))
            return wrongUsage(EditCommand::tr("Unknown action \"%1\".").arg(args.action) + u'\n' + usage());
        return *reason;
    }

    if (args.action == u"add") {
        if (!needs(1, 2))
            return wrongUsage(
                EditCommand::tr("add needs an address and optionally a position: add ADDRESS [POSITION]"));
        int index = ConfigEditor::AtEnd;
        if (args.values.size() == 2) {
            const auto position = parsePosition(args.values[1]);
            if (!position)
                return wrongUsage(
                    EditCommand::tr("\"%1\" is not a position (1 = first).").arg(args.values[1]));
            index = *position;
        }
        // The Add dialog's completion and checks: "10.21.3.13" becomes ws://10.21.3.13:8888/kurento.
        const auto url = ConfigEditor::newServerUrl(args.values[0], false);
        if (!url.ok())
            return url.error();
        return ConfigEditor::addServer(document, url.value(), index);
    }
    if (args.action == u"remove") {
        if (!needs(1, 1))
            return wrongUsage(EditCommand::tr("remove needs one media server: remove URL|POSITION"));
        const auto index = server(args.values[0]);
        if (const auto *error = std::get_if<E>(&index))
            return *error;
        return ConfigEditor::removeServer(document, std::get<int>(index));
    }
    if (args.action == u"move") {
        if (!needs(2, 2))
            return wrongUsage(EditCommand::tr("move needs a media server and a position: move FROM TO"));
        const auto from = server(args.values[0]);
        if (const auto *error = std::get_if<E>(&from))
            return *error;
        const auto to = parsePosition(args.values[1]);
        if (!to)
            return wrongUsage(EditCommand::tr("\"%1\" is not a position (1 = first).").arg(args.values[1]));
        return ConfigEditor::moveServer(document, std::get<int>(from), *to);
    }
    if (args.action == u"encrypt") {
        if (!needs(1, 2) || (args.values[0] != u"on" && args.values[0] != u"off"))
            return wrongUsage(EditCommand::tr(
                "encrypt needs on or off and optionally a media server: encrypt on|off [URL]"));
        const bool on = args.values[0] == u"on";
        if (args.values.size() == 1)
            return ConfigEditor::setAllEncrypted(document, on, args.portPolicy);
        const auto index = server(args.values[1]);
        if (const auto *error = std::get_if<E>(&index))
            return *error;
        return ConfigEditor::setEncrypted(document, std::get<int>(index), on, args.portPolicy);
    }
    if (args.action == u"set-flag" || args.action == u"clear-flag") {
        const bool set = args.action == u"set-flag";
        if (!needs(set ? 3 : 2, set ? 3 : 2))
            return wrongUsage(
                set ? EditCommand::tr(
                          "set-flag needs a media server, a flag name and 0 or 1: set-flag URL NAME 0|1")
                    : EditCommand::tr(
                          "clear-flag needs a media server and a flag name: clear-flag URL NAME"));
        const auto flag = serverFlagFromKey(args.values[1]);
        if (!flag)
            return wrongUsage(
                EditCommand::tr("Unknown flag \"%1\"; use candkillipv6, candkilltcp or candonlyturn.")
                    .arg(args.values[1]));
        if (set && args.values[2] != u"0" && args.values[2] != u"1")
            return wrongUsage(EditCommand::tr("A flag is set to 0 or 1, not \"%1\".").arg(args.values[2]));
        const auto index = server(args.values[0]);
        if (const auto *error = std::get_if<E>(&index))
            return *error;
        if (set)
            return ConfigEditor::setFlag(document, std::get<int>(index), *flag, args.values[2] == u"1");
        return ConfigEditor::clearFlag(document, std::get<int>(index), *flag);
    }
    if (args.action == u"set-url") {
        if (!needs(2, 2))
            return wrongUsage(
                EditCommand::tr("set-url needs a media server and the new address: set-url URL NEWURL"));
        const auto index = server(args.values[0]);
        if (const auto *error = std::get_if<E>(&index))
            return *error;
        return ConfigEditor::setUrl(document, std::get<int>(index), args.values[1]);
    }
    return wrongUsage(EditCommand::tr("Unknown action \"%1\".").arg(args.action) + u'\n' + usage());
}

void printProblems(const QString &file, const std::vector<DocumentProblem> &problems, bool infos)
{
    for (const DocumentProblem &problem : problems) {
        if (infos || problem.severity != Severity::Info)
            cli::printError(cli::diagnosticLine(file, problem));
    }
}

} // namespace

int EditCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        EditCommand::tr("Changes the media server list of an eucwebconfig.json: "
                        "first a backup next to the file, then an atomic replace.") +
        u'\n' + actions());
    parser.addPositionalArgument(QStringLiteral("edit"), tr("The subcommand."), QStringLiteral("edit"));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The eucwebconfig.json to change."),
                                 QStringLiteral("FILE"));
    parser.addPositionalArgument(QStringLiteral("action"), tr("What to change, see above."),
                                 QStringLiteral("ACTION [ARGUMENTS]"));
    parser.addHelpOption();
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Print the changes as a unified diff; write nothing."));
    const QCommandLineOption defaultPort(QStringLiteral("use-default-port"),
                                         tr("encrypt: also move a custom port to 8433 (wss) or 8888 (ws)."));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language of the messages (en, de)."),
                                  QStringLiteral("code"));
    parser.addOptions({dryRun, defaultPort, lang});
    if (!parser.parse(arguments)) {
        cli::printError(parser.errorText() + u'\n' + usage());
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        cli::printOut(parser.helpText().toUtf8());
        return Done;
    }
    const QStringList positional = parser.positionalArguments(); // "edit", FILE, ACTION, …
    if (positional.size() < 3) {
        cli::printError(usage());
        return Usage;
    }
    Arguments args;
    args.file = positional.at(1);
    args.action = positional.at(2);
    args.values = positional.mid(3);
    args.dryRun = parser.isSet(dryRun);
    args.portPolicy = parser.isSet(defaultPort) ? PortPolicy::UseDefault : PortPolicy::KeepCustom;

    const auto loaded = cli::FileLoader::load(args.file);
    if (const auto *failure = std::get_if<cli::LoadFailure>(&loaded)) {
        cli::printError(QStringLiteral("%1: error: %2").arg(args.file, failure->message));
        return failure->unreadable ? FileFailure : Refused;
    }
    const cli::LoadedFile &file = std::get<cli::LoadedFile>(loaded);

    bool usageError = false;
    const EditResult edit = performEdit(file.document, args, usageError);
    if (!edit.ok()) {
        if (usageError) {
            cli::printError(edit.error().message);
            return Usage;
        }
        if (edit.error().code == EditProblem::NoChange) {
            cli::printError(tr("Nothing to change: %1").arg(edit.error().message));
            return Done;
        }
        cli::printError(QStringLiteral("%1: error: %2").arg(args.file, edit.error().message));
        return Refused;
    }
    const ConfigDocument &result = edit.value().document;
    const std::vector<DocumentProblem> problems = ConfigLint::check(result);
    const bool errors = ConfigLint::hasErrors(problems);

    if (args.dryRun) {
        // git's labels: a/ and b/ before the path as given, without doubling a leading slash.
        QString label = args.file;
        while (label.startsWith(QLatin1Char('/')))
            label.remove(0, 1);
        cli::printOut(UnifiedDiff::format(file.document.bytes(), result.bytes(), QStringLiteral("a/") + label,
                                          QStringLiteral("b/") + label));
        printProblems(args.file, problems, false);
        cli::printError(
            errors ? tr("Dry run (%1): the result has errors and could not be saved; nothing was written.")
                         .arg(edit.value().description)
                   : tr("Dry run (%1): nothing was written.").arg(edit.value().description));
        return errors ? Refused : Done;
    }

    SaveRequest request;
    request.path = args.file;
    request.loadedHash = file.loadedHash;
    request.document = result;
    const auto saved = ConfigWriter::save(request);
    if (!saved.ok()) {
        cli::printError(QStringLiteral("%1: error: %2").arg(args.file, saved.error().message));
        if (saved.error().code == SaveProblem::DocumentHasErrors) {
            printProblems(args.file, problems, false);
            return Refused;
        }
        return FileFailure;
    }
    printProblems(args.file, problems, false);
    cli::printOut(saved.value().backupPath.isEmpty()
                      ? tr("%1: saved %2.").arg(edit.value().description, args.file)
                      : tr("%1: saved %2 (backup: %3).")
                            .arg(edit.value().description, args.file, saved.value().backupPath));
    cli::printOut(tr("The change takes effect when the UC WebServer service is restarted."));
    return Done;
}

} // namespace ucmc
