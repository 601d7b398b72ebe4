#pragma once

// eucwebconfig.json as bytes plus everything the console reads from them: the JSON tree with
// source spans, the file's formatting habits, the kurentoservers entries and the structural
// problems. An immutable value: copies share one snapshot, so keeping old versions (undo) is
// cheap and pointers returned by a document stay valid as long as any copy of it lives.
//
// Decisions a later editing step must know:
// - kurentoservers is the member of the top-level object whose key, after unescaping, is exactly
//   "kurentoservers" (case-sensitive; "kurento\u0073ervers" counts). A kurentoservers key in a
//   nested object or inside a string is ignored.
// - If the top-level object has the key more than once, every extra one is reported
//   (ProblemId::KurentoServersDuplicate, an error) and the FIRST one is used for entries. Note
//   that JavaScript's JSON.parse would use the last one; the problem message says that programs
//   differ, so the administrator removes the extra list.
// - In an entry, the first of duplicated members is used (reported as EntryDuplicateMember).
// - Format: see FormatStyle. Offsets and spans always count the BOM bytes.

#include "models/documentproblem.h"
#include "models/jsonparser.h"
#include "models/mediaserverurl.h"
#include "models/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace ucmc {

enum class LineEnding { Lf, CrLf };

// How the file is written, so that an edit can be written the same way.
struct FormatStyle
{
    bool utf8Bom = false;
    LineEnding lineEnding = LineEnding::Lf; // the most frequent one; LF when there is no line break
    bool hasLineBreaks = false;
    bool mixedLineEndings = false;          // more than one of LF, CRLF, lone CR occurs
    // One indentation level: "   ", "\t", … Determined from the JSON tree (indentation of each
    // member or element that starts a line, divided by its nesting depth; majority wins). Empty
    // when nothing is indented (one-line files). Falls back to a line-based guess for broken files.
    QString indentUnit;
    // The text between a key and its value, colon included (": ", " : ", ":"), as the members of
    // the kurentoservers entries use it (majority; a tie goes to the first). Without entries,
    // the whole document's members decide. ": " when nothing was found.
    QString keyValueSeparator = QStringLiteral(": ");
    // The same for the "url" members only (the article writes "url" : but "candkillipv6": ).
    QString urlKeyValueSeparator = QStringLiteral(": ");
    bool separatorDetected = false;
    bool finalNewline = false; // the last byte is a line break

    QByteArray newline() const { return lineEnding == LineEnding::CrLf ? QByteArray("\r\n") : QByteArray("\n"); }
    friend bool operator==(const FormatStyle &, const FormatStyle &) = default;
};

// One of candkillipv6 / candkilltcp / candonlyturn in an entry.
struct FlagValue
{
    enum class Type { Absent, Number, Bool, Other };

    Type type = Type::Absent;
    JsonNode::Kind jsonKind = JsonNode::Kind::Null; // when present: the value's JSON kind
    double number = 0.0;  // Type::Number
    bool boolean = false; // Type::Bool
    QString sourceText;   // the value as written in the file: 0, true, "yes", …
    SourceSpan keySpan;   // empty when absent
    SourceSpan valueSpan; // empty when absent

    bool isPresent() const { return type != Type::Absent; }
};

struct MediaServerEntry
{
    int index = 0;       // 0-based position in kurentoservers
    SourceSpan span;     // the element, e.g. { … }
    bool isObject = false;
    bool hasUrl = false;
    bool urlIsString = false;
    QString url;            // unescaped, when urlIsString
    SourceSpan urlKeySpan;  // "url" with quotes
    SourceSpan urlValueSpan; // the value with quotes
    MediaServerUrl endpoint; // meaningful when hasValidEndpoint()
    std::optional<Error<UrlProblem>> urlError;
    FlagValue candkillipv6;
    FlagValue candkilltcp;
    FlagValue candonlyturn;
    QStringList unknownMembers;   // other member names in source order, each once
    QStringList duplicateMembers; // member names that occur more than once, each once

    bool hasValidEndpoint() const { return urlIsString && !urlError; }
};

// Member names inside a kurentoservers entry.
namespace EntryKey {
inline constexpr QLatin1StringView KurentoServers("kurentoservers");
inline constexpr QLatin1StringView Url("url");
inline constexpr QLatin1StringView CandKillIpv6("candkillipv6");
inline constexpr QLatin1StringView CandKillTcp("candkilltcp");
inline constexpr QLatin1StringView CandOnlyTurn("candonlyturn");
} // namespace EntryKey

class ConfigDocument
{
    Q_DECLARE_TR_FUNCTIONS(ucmc::ConfigDocument)

public:
    ConfigDocument(); // the document of no bytes (an EmptyInput syntax error)
    static ConfigDocument fromBytes(QByteArray bytes);

    const QByteArray &bytes() const;
    const FormatStyle &format() const;

    bool isValidJson() const { return root() != nullptr; }
    const std::optional<JsonSyntaxError> &syntaxError() const;
    const JsonNode *root() const; // nullptr when the bytes are not valid JSON

    // The (first) top-level kurentoservers member, or nullptr.
    const JsonNode::Member *kurentoServersMember() const;
    const JsonNode *kurentoServers() const;
    // How many top-level keys are named kurentoservers (more than 1: duplicated).
    int kurentoServersKeyCount() const;

    // Empty unless kurentoservers is a list.
    const std::vector<MediaServerEntry> &entries() const;
    const JsonNode *entryNode(int index) const;

    // Syntax error or structural problems, in source order.
    const std::vector<DocumentProblem> &problems() const;
    bool hasErrors() const;

    TextPosition positionOf(qsizetype offset) const;
    const TextPositionIndex &positionIndex() const;
    QByteArrayView textOf(SourceSpan span) const;

private:
    struct Data;
    explicit ConfigDocument(std::shared_ptr<const Data> data);
    std::shared_ptr<const Data> d;
};

} // namespace ucmc
