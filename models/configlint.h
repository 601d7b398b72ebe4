#pragma once

// The checks of eucwebconfig.json: the document's own findings (syntax and structure, see
// ConfigDocument) plus the rules of the estos article about distributed media servers, each as a
// DocumentProblem with a stable rule id, a severity, a translated message, line:column and, where
// the right change is obvious, a TextFix.
//
// Severity: an error blocks saving (the UC WebServer would not reach the server, or the file
// would not mean what it says); a warning is very likely a mistake but the file still works; an
// info is worth knowing (an unencrypted connection across the network).
//
// Decisions:
// - "Remote" means not loopback: 127.0.0.0/8, localhost and ::1 are local. A local server next
//   to remote ones is the article's example 2 and is fine.
// - Two entries are the same media server when host and port are the same after normalising
//   the spelling: case and a trailing dot of host names, IPv6 zero compression, localhost/::1 =
//   127.0.0.1, an implicit port = the scheme's default. Scheme and path do not matter.
// - Unknown members are kept by every edit. One that looks like a typo of a known member
//   (edit distance up to 1 for short names, 2 for long ones, case ignored) is a warning with a
//   rename fix; any other is an info.
// - Private LAN addresses are RFC 1918 and link-local 169.254/16; everything else that is not
//   loopback is "public", except 0.0.0.0/8, multicast, broadcast and reserved addresses, which
//   no server can have (an error).
// - Fixes never reach beyond what the problem is about, and applying one gives valid JSON.

#include "models/configdocument.h"
#include "models/documentproblem.h"

#include <QCoreApplication>
#include <QString>
#include <vector>

namespace ucmc {

struct LintRule
{
    QString id;
    Severity severity = Severity::Error;
    QString summary; // translated, one line: what the rule looks for
};

class ConfigLint
{
    Q_DECLARE_TR_FUNCTIONS(ucmc::ConfigLint)

public:
    // Every problem of the document, sorted by position.
    static std::vector<DocumentProblem> check(const ConfigDocument &document);
    static bool hasErrors(const std::vector<DocumentProblem> &problems);
    // The catalogue of every rule id that check() can report.
    static std::vector<LintRule> rules();
};

} // namespace ucmc
