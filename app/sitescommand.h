#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ucmc {

// uc-media-console sites list
// uc-media-console sites import FILE.csv [--dry-run]
// uc-media-console sites watch|unwatch NAME|ID
//
// The sites the console remembers, in the same settings as the window uses:
//   list    one line per site: name, UCServer host, path of eucwebconfig.json, watched always
//   import  the sites of a CSV file (models/siteimport.h says what it accepts), watched always;
//           one line per row says what happens to it. Rows with errors are reported and left
//           out; the valid rows are imported all the same, unless --dry-run.
//   watch   the site (by the name `list` shows, its own name, or its ID) is watched always: the
//           fleet and `serve-metrics --all-sites` monitor it; unwatch undoes that.
//
// Exit codes:
//   0  every row imported (or, with --dry-run, importable) or already there; list: listed
//   1  at least one row had an error (the others were imported unless --dry-run)
//   2  nothing imported: bad arguments, or the file cannot be read or is refused as a whole
//      (larger than 1 MB, more than 5,000 rows, no rows); watch/unwatch: no site has that name
//   3  watch/unwatch without exactly one NAME|ID
class SitesCommand
{
    Q_DECLARE_TR_FUNCTIONS(ucmc::SitesCommand)

public:
    enum ExitCode { Ok = 0, RowErrors = 1, Failed = 2, UnknownSite = 2, Usage = 3 };

    // arguments: as QCoreApplication::arguments(), the program name first, then "sites", …
    static int run(const QStringList &arguments);
};

} // namespace ucmc
