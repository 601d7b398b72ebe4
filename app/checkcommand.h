#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ucmc {

// uc-media-console check FILE [--format text|json]
// Exit codes (the Nagios/Icinga plugin convention): 0 no problems (infos allowed), 1 warnings
// only, 2 errors, 3 the file could not be read or the arguments are wrong.
class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(ucmc::CheckCommand)

public:
    enum ExitCode { Clean = 0, Warnings = 1, Errors = 2, Unknown = 3 };

    // arguments: as QCoreApplication::arguments(), the program name first, then "check", …
    static int run(const QStringList &arguments);
};

} // namespace ucmc
