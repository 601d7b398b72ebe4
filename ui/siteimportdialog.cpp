#include "ui/siteimportdialog.h"

#include "ui/dialogs.h"
#include "ui/palettefollower.h"
#include "ui/statuspalette.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace ucmc {

namespace {

std::function<QString()> &fileChooser()
{
    static std::function<QString()> chooser;
    return chooser;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

} // namespace

SiteImportDialog::SiteImportDialog(SiteStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Import Sites from CSV"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("One row per site: name, UCServer host, path of eucwebconfig.json (or its share or "
                      "folder), separated by ; or , and optionally with a row of column titles. Imported "
                      "sites are watched always."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_file = new QLabel(this);
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_file);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("importPreview"));
    m_table->setAccessibleName(tr("Rows of the file"));
    m_table->setHorizontalHeaderLabels(
        {tr("Row"), tr("Status"), tr("Name"), tr("UCServer host"), tr("Path"), tr("Problem")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // A problem is read in full, wrapped in its row, also after the dialog was made narrower.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column == ProblemColumn)
            QTimer::singleShot(0, this, &SiteImportDialog::fitRowHeights);
    });
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    QPushButton *another = buttons->addButton(tr("Choose &Another File…"), QDialogButtonBox::ActionRole);
    connect(another, &QPushButton::clicked, this, [this] {
        const QString path = chooseFile(this, m_path);
        if (!path.isEmpty())
            loadFile(path);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &SiteImportDialog::importValidRows);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // The status colours are computed from the palette: again when it turns dark or light.
    PaletteFollower::follow(this, [this] { showPlan(); });
    resize(900, 480);
    showPlan();
}

int SiteImportDialog::run(QWidget *parent, SiteStore &store)
{
    const QString path = chooseFile(parent, QString());
    if (path.isEmpty())
        return 0;
    SiteImportDialog dialog(store, parent);
    dialog.loadFile(path);
    return Dialogs::exec(&dialog) == QDialog::Accepted ? int(dialog.importedSites().size()) : 0;
}

void SiteImportDialog::setFileChooser(std::function<QString()> chooser)
{
    fileChooser() = std::move(chooser);
}

QString SiteImportDialog::chooseFile(QWidget *parent, const QString &start)
{
    if (fileChooser())
        return fileChooser()();
    const QString folder = start.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : QFileInfo(start).absolutePath();
    return QFileDialog::getOpenFileName(parent, tr("Import Sites from CSV"), folder,
                                        tr("CSV files (*.csv *.txt);;All files (*)"));
}

void SiteImportDialog::loadFile(const QString &path)
{
    m_path = path;
    m_plan = SiteImport::read(path, m_store.sites());
    showPlan();
}

void SiteImportDialog::showPlan()
{
    const QPalette &palette = this->palette();
    m_file->setText(m_path.isEmpty() ? QString() : tr("File: %1").arg(QDir::toNativeSeparators(m_path)));
    const int valid = m_plan.count(SiteImportRow::Status::Import);
    if (!m_plan.fileError.isEmpty()) {
        m_summary->setText(m_plan.fileError);
    } else if (!m_path.isEmpty()) {
        QString summary = tr("Rows: %1 · to import: %2 · already there: %3 · with errors: %4 (not imported)")
                              .arg(m_plan.rows.size())
                              .arg(valid)
                              .arg(m_plan.count(SiteImportRow::Status::AlreadyThere))
                              .arg(m_plan.count(SiteImportRow::Status::Error));
        if (m_plan.headerRow > 0)
            summary += QLatin1Char('\n') + tr("Row %1 holds the column titles: %2")
                                               .arg(m_plan.headerRow)
                                               .arg(m_plan.headerFields.join(QStringLiteral("; ")));
        m_summary->setText(summary);
    }
    QPalette summaryPalette = m_summary->palette();
    summaryPalette.setColor(QPalette::WindowText, m_plan.fileError.isEmpty()
                                                      ? palette.color(QPalette::WindowText)
                                                      : StatusPalette::errorText(palette));
    m_summary->setPalette(summaryPalette);

    m_import->setText(valid == 0   ? tr("Import")
                      : valid == 1 ? tr("Import 1 site")
                                   : tr("Import %1 sites").arg(valid));
    m_import->setEnabled(valid > 0);
    m_import->setDefault(valid > 0);

    m_table->setUpdatesEnabled(false);
    m_table->setRowCount(int(m_plan.rows.size()));
    for (int i = 0; i < m_plan.rows.size(); ++i) {
        const SiteImportRow &row = m_plan.rows[i];
        QString status;
        QColor color;
        QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
        switch (row.status) {
        case SiteImportRow::Status::Import:
            status = tr("Will import");
            color = StatusPalette::successText(palette);
            break;
        case SiteImportRow::Status::AlreadyThere:
            status = tr("Already there");
            color = StatusPalette::mutedText(palette);
            icon = QStyle::SP_MessageBoxInformation;
            break;
        case SiteImportRow::Status::Error:
            status = tr("Error");
            color = StatusPalette::errorText(palette);
            icon = QStyle::SP_MessageBoxCritical;
            break;
        }
        QTableWidgetItem *number = cell(QString::number(row.row));
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QTableWidgetItem *state = cell(status);
        state->setIcon(style()->standardIcon(icon));
        state->setForeground(color);
        QTableWidgetItem *problem = cell(row.problem);
        problem->setForeground(
            row.status == SiteImportRow::Status::Error ? color : StatusPalette::mutedText(palette));
        m_table->setItem(i, RowColumn, number);
        m_table->setItem(i, StatusColumn, state);
        m_table->setItem(i, NameColumn, cell(row.site.name));
        m_table->setItem(i, HostColumn, cell(row.site.ucServerHost));
        m_table->setItem(i, PathColumn, cell(QDir::toNativeSeparators(row.site.configPath)));
        m_table->setItem(i, ProblemColumn, problem);
    }
    for (const int column : {RowColumn, StatusColumn, NameColumn, HostColumn, PathColumn})
        m_table->resizeColumnToContents(column);
    // A long share path must not push the problem out of sight: its tooltip has all of it.
    m_table->setColumnWidth(PathColumn, std::min(m_table->columnWidth(PathColumn), 360));
    fitRowHeights();
    m_table->setUpdatesEnabled(true);
}

void SiteImportDialog::fitRowHeights()
{
    // Measuring thousands of rows on every resize would make the dialog sluggish: a file that
    // large shows one line per row, the whole problem in its tooltip.
    if (m_table->rowCount() <= kMaxWrappedRows)
        m_table->resizeRowsToContents();
}

void SiteImportDialog::importValidRows()
{
    m_imported = SiteImport::apply(m_plan, m_store);
    accept();
}

} // namespace ucmc
