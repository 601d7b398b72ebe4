#pragma once

#include "models/siteimport.h"

#include <QDialog>
#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ucmc {

// Site > Import Sites from CSV…: the preview of a CSV file of sites, one line per row of the file
// with what happens to it (imported, already there, or the error), and the Import button that
// saves only the valid rows, watched always. Errors stay on screen: a partner fixes the file and
// imports again; the rows imported the first time are then "already there".
class SiteImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum PreviewColumn {
        RowColumn,
        StatusColumn,
        NameColumn,
        HostColumn,
        PathColumn,
        ProblemColumn,
        ColumnCount
    };

    explicit SiteImportDialog(SiteStore &store, QWidget *parent = nullptr);

    // Asks for the file, then shows its preview. Returns how many sites were imported.
    static int run(QWidget *parent, SiteStore &store);
    // For tests: answers the file chooser instead of QFileDialog (an empty path: cancelled).
    static void setFileChooser(std::function<QString()> chooser);

    void loadFile(const QString &path);
    const SiteImportPlan &plan() const { return m_plan; }
    const QList<Site> &importedSites() const { return m_imported; }
    QTableWidget *preview() const { return m_table; }
    QPushButton *importButton() const { return m_import; }
    QLabel *summary() const { return m_summary; }

private:
    static constexpr int kMaxWrappedRows = 1000;

    static QString chooseFile(QWidget *parent, const QString &start);
    void showPlan();
    void fitRowHeights();
    void importValidRows();

    SiteStore &m_store;
    QString m_path;
    SiteImportPlan m_plan;
    QList<Site> m_imported;
    QLabel *m_file;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_import;
};

} // namespace ucmc
