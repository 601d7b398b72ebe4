#pragma once

// One finding about a configuration document: a JSON syntax error, a structural problem of the
// kurentoservers list, and (later) a lint rule's result. Values, cheap to copy and compare.

#include "models/jsonparser.h"

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>

#include <optional>

namespace ucmc {

enum class Severity { Error, Warning, Info };

// A proposed change: replace the bytes in span with replacement (UTF-8, in the file's own line
// ending and indentation). An empty span inserts.
struct TextFix
{
    QString description; // translated, e.g. "Remove the comma"
    SourceSpan span;
    QByteArray replacement;

    friend bool operator==(const TextFix &, const TextFix &) = default;
};

struct DocumentProblem
{
    QString ruleId;       // stable, machine-readable: one of ProblemId below, or a lint rule's id
    Severity severity = Severity::Error;
    QString message;      // translated, plain language, without the position
    SourceSpan span;      // what the problem is about (may be empty for "missing" problems)
    TextPosition position; // where to put the cursor, 1-based line:column
    int entryIndex = -1;  // 0-based index into kurentoservers, -1 for the whole document
    std::optional<TextFix> fix;

    friend bool operator==(const DocumentProblem &, const DocumentProblem &) = default;
};

// Rule ids of the problems ConfigDocument finds itself. A lint rule set adds its own ids.
namespace ProblemId {
inline constexpr QLatin1StringView JsonSyntax("json-syntax");
inline constexpr QLatin1StringView TopLevelNotObject("top-level-not-object");
inline constexpr QLatin1StringView KurentoServersMissing("kurentoservers-missing");
inline constexpr QLatin1StringView KurentoServersNotArray("kurentoservers-not-array");
inline constexpr QLatin1StringView KurentoServersEmpty("kurentoservers-empty");
inline constexpr QLatin1StringView KurentoServersDuplicate("kurentoservers-duplicate");
inline constexpr QLatin1StringView EntryNotObject("entry-not-object");
inline constexpr QLatin1StringView EntryUrlMissing("entry-url-missing");
inline constexpr QLatin1StringView EntryDuplicateMember("entry-duplicate-member");
inline constexpr QLatin1StringView UrlNotString("url-not-string");
inline constexpr QLatin1StringView UrlInvalid("url-invalid");
} // namespace ProblemId

} // namespace ucmc
