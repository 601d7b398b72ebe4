#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ucmc {

// uc-media-console edit FILE ACTION … [--dry-run] [--use-default-port]
//   add URL [POSITION] | remove SERVER | move SERVER POSITION | encrypt on|off [SERVER] |
//   set-flag SERVER NAME 0|1 | clear-flag SERVER NAME | set-url SERVER URL
// SERVER is a position (1 = first) or an address (the whole URL, or host[:port] if unique).
// Writes like the console: a timestamped backup next to the file, then an atomic replace.
// --dry-run prints the unified diff and writes nothing.
// Exit codes: 0 done (or nothing to change), 1 wrong arguments, 2 refused (the file is not valid,
// no such server, the result would have errors), 3 the file could not be read or written.
class EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(ucmc::EditCommand)

public:
    enum ExitCode { Done = 0, Usage = 1, Refused = 2, FileFailure = 3 };

    // arguments: as QCoreApplication::arguments(), the program name first, then "edit", …
    static int run(const QStringList &arguments);
};

} // namespace ucmc
