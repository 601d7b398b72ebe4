#include "models/configsnapshot.h"

#include "models/configdocument.h"
#include "models/configfilereader.h"

#include <QCoreApplication>

namespace ucmc {

namespace {
class SnapshotText
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotText)
};

FileMessage messageOf(const DocumentProblem &problem)
{
    return {problem.position.line, problem.position.column, problem.message};
}

// A document-level problem that leaves no list to show (missing, not a list, not an object).
bool blocksTheList(const DocumentProblem &problem)
{
    return problem.entryIndex < 0 && problem.severity == Severity::Error
           && problem.ruleId != ProblemId::KurentoServersDuplicate;
}

QString flagText(const FlagValue &flag)
{
    return flag.isPresent() ? flag.sourceText : QString();
}
} // namespace

QString FileMessage::withPosition() const
{
    if (line <= 0)
        return text;
    return SnapshotText::tr("Line %1, column %2: %3").arg(line).arg(column).arg(text);
}

ConfigSnapshot ConfigSnapshot::load(const QString &path)
{
    const auto contents = ConfigFileReader::read(path);
    if (!contents) {
        ConfigSnapshot snapshot;
        snapshot.path = path;
        snapshot.status = Status::ReadFailed;
        snapshot.error.text = contents.error().message;
        return snapshot;
    }
    return fromBytes(path, contents.value().bytes);
}

ConfigSnapshot ConfigSnapshot::fromBytes(const QString &path, const QByteArray &bytes)
{
    return fromDocument(path, ConfigDocument::fromBytes(bytes));
}

ConfigSnapshot ConfigSnapshot::fromDocument(const QString &path, const ConfigDocument &document)
{
    ConfigSnapshot snapshot;
    snapshot.path = path;
    if (const auto &syntax = document.syntaxError()) {
        snapshot.status = Status::SyntaxError;
        snapshot.error = {syntax->position.line, syntax->position.column, syntax->message()};
        return snapshot;
    }

    snapshot.status = Status::Ok;
    QHash<int, QString> entryProblems; // first problem per entry: the reason it cannot be probed
    for (const DocumentProblem &problem : document.problems()) {
        if (blocksTheList(problem) && snapshot.status == Status::Ok) {
            snapshot.status = Status::NoServerList;
            snapshot.error = messageOf(problem);
            continue;
        }
        if (problem.entryIndex >= 0 && problem.severity == Severity::Error && !entryProblems.contains(problem.entryIndex))
            entryProblems.insert(problem.entryIndex, problem.message);
        snapshot.problems.append(messageOf(problem));
    }
    if (snapshot.status != Status::Ok)
        return snapshot;

    for (const MediaServerEntry &entry : document.entries()) {
        ServerRow row;
        row.position = entry.index + 1;
        row.url = entry.urlIsString ? entry.url
                  : entry.hasUrl    ? QString::fromUtf8(document.textOf(entry.urlValueSpan))
                                    : QString();
        if (entry.hasValidEndpoint()) {
            row.host = entry.endpoint.host;
            row.port = entry.endpoint.port;
            row.scheme = entry.endpoint.scheme;
        }
        row.flags[0] = flagText(entry.candkillipv6);
        row.flags[1] = flagText(entry.candkilltcp);
        row.flags[2] = flagText(entry.candonlyturn);
        row.problem = entryProblems.value(entry.index);
        if (row.problem.isEmpty() && !entry.hasValidEndpoint())
            row.problem = SnapshotText::tr("This entry has no usable url.");
        if (row.problem.isEmpty() && !entry.endpoint.isWebSocket())
            row.problem = SnapshotText::tr("Not a WebSocket URL (ws:// or wss://): a media server cannot be "
                                           "reached with %1.")
                              .arg(entry.endpoint.scheme);
        snapshot.rows.append(row);
    }
    return snapshot;
}

} // namespace ucmc
