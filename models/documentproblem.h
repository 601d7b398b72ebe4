#pragma once

// One finding about a configuration document: a JSON syntax error, a structural problem of the
// kurentoservers list, or a lint rule's result (ConfigLint). Values, cheap to copy and compare.

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

// "error", "warning" or "info": untranslated, for machine-readable output (check --format).
inline QLatin1StringView severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QLatin1StringView("error");
    case Severity::Warning:
        return QLatin1StringView("warning");
    case Severity::Info:
        return QLatin1StringView("info");
    }
    return QLatin1StringView("error");
}

// Stable rule ids. The first group is what ConfigDocument finds itself (structure), the second
// what ConfigLint adds (meaning). Ids never change once released: scripts match on them.
namespace ProblemId {
inline constexpr QLatin1StringView Syntax("syntax");
inline constexpr QLatin1StringView JsonSyntax = Syntax; // the former name of the constant
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
inline constexpr QLatin1StringView UrlNoHost("url-no-host");
inline constexpr QLatin1StringView UrlPortOutOfRange("url-port-out-of-range");

// ConfigLint
inline constexpr QLatin1StringView UrlScheme("url-scheme");
inline constexpr QLatin1StringView UrlPortSchemeMismatch("url-port-scheme-mismatch");
inline constexpr QLatin1StringView UrlPort8443("url-port-8443");
inline constexpr QLatin1StringView UrlPortMissing("url-port-missing");
inline constexpr QLatin1StringView UrlPath("url-path");
inline constexpr QLatin1StringView UrlHostNotIpv4("url-host-not-ipv4");
inline constexpr QLatin1StringView UrlHostPublic("url-host-public");
inline constexpr QLatin1StringView UrlHostUnusable("url-host-unusable");
inline constexpr QLatin1StringView DuplicateServer("duplicate-server");
inline constexpr QLatin1StringView FlagValueInvalid("flag-value");
inline constexpr QLatin1StringView MemberTypo("member-typo");
inline constexpr QLatin1StringView UnknownMember("unknown-member");
inline constexpr QLatin1StringView MixedEncryption("mixed-encryption");
inline constexpr QLatin1StringView UnencryptedRemote("unencrypted-remote");
} // namespace ProblemId

} // namespace ucmc
