#pragma once

// Many sites at once from a CSV file: one row per site with its name, UCServer host and the path
// of its eucwebconfig.json (or the share or folder that holds it). Every imported site is watched
// always (Site::watchAlways). Qt Core only; the dialog (ui/siteimportdialog.h) and the command
// `uc-media-console sites import` show the same plan.
//
// Decisions:
// - A header row is recognised when each of its non-empty fields is a known column title, in
//   English or German ("Name;UCServer;Pfad", "site,host,path", …); it may then order the columns.
//   Without one the columns are name, UCServer host, path.
// - Every row of the file ends up in the plan: to be imported, already there (a remembered site
//   has this name or this file; not an error, the others go on), or an error naming the row and
//   every problem. The header row is reported as such. Only blank rows are left out.
// - The host may be empty: a share path names its UCServer host (ucServerHostFor()). Otherwise it
//   is checked as the host of a media server URL: a host name or an IP address, no port.
// - A path must be absolute on this computer or a share (\\server\share\…, //server/share/…,
//   smb://server/share/…). A path that does not end in .json names the folder of
//   eucwebconfig.json. Names are compared without regard to case, share paths too (Windows).
// - The whole file is refused (nothing imported) when larger than kMaxFileBytes or with more than
//   kMaxRows rows: an import of that size is a mistake, and the preview must stay usable.

#include "models/site.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ucmc {

struct SiteImportRow
{
    enum class Status { Import, AlreadyThere, Error };

    int row = 0;        // the file's line where the row starts, from 1 (the spreadsheet's row)
    QStringList fields; // as read, for the preview
    Status status = Status::Error;
    Site site;       // name, UCServer host, config file, watch always; for an error the values as read
    QString problem; // translated: why not imported; empty for Import

    // "Row 4: The name is missing." (translated): for the command line.
    QString message() const;
};

struct SiteImportPlan
{
    QString fileError; // translated: the whole file was refused; no rows then
    int headerRow = 0; // the row of the column titles, 0 when there is none
    QStringList headerFields;
    QList<SiteImportRow> rows;

    int count(SiteImportRow::Status status) const;
};

class SiteImport
{
    Q_DECLARE_TR_FUNCTIONS(ucmc::SiteImport)

public:
    static constexpr qint64 kMaxFileBytes = 1024 * 1024;
    static constexpr int kMaxRows = 5000;

    // What importing the file would do, compared with the sites remembered now.
    static SiteImportPlan read(const QString &fileName, const QList<Site> &remembered);
    static SiteImportPlan parse(const QByteArray &bytes, const QList<Site> &remembered);

    // Saves the rows to import as new sites and returns them. A row whose name or file the store
    // has meanwhile got (another window imported it) is left out, so nothing is there twice.
    static QList<Site> apply(const SiteImportPlan &plan, SiteStore &store);

    // The file a path means: itself when it ends in .json, else eucwebconfig.json in that folder.
    static QString configFilePath(const QString &path);
};

} // namespace ucmc
