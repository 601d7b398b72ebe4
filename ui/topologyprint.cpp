#include "ui/topologyprint.h"

#include "ui/dialogs.h"
#include "ui/topologyexport.h"
#include "ui/topologyview.h"

#include <QDir>
#include <QMainWindow>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QStatusBar>

namespace ucmc {

void TopologyPrint::prepare(QPrinter &printer, const TopologyExport &page)
{
    printer.setDocName(page.documentTitle());
    printer.setCreator(QStringLiteral("UC Media Console"));
    // The printer's own paper size (A4 or Letter), laid out as the PDF export lays out A4.
    printer.setPageOrientation(page.orientation());
    printer.setPageMargins(TopologyExport::pageMargins(), QPageLayout::Millimeter);
}

bool TopologyPrint::print(QPrinter &printer, const TopologyExport &page, QString *error)
{
    // The page is drawn in logical pixels with fonts in points: at the export's resolution both
    // scale alike (before begin(), where the resolution is fixed).
    printer.setResolution(page.resolution());
    QPainter p;
    if (!p.begin(&printer)) {
        *error = tr("The printer could not be started.");
        return false;
    }
    page.paintPaged(p, QRect(0, 0, printer.width(), printer.height()));
    if (!p.end()) {
        *error = tr("The printer did not accept the page.");
        return false;
    }
    return true;
}

bool TopologyPrint::run(QWidget *parent, const TopologyView *view, const QString &siteName,
                        const QString &configPath)
{
    const TopologyExport page(view->model(), view->hostHealth(),
                              {siteName, configPath, QDateTime::currentDateTime()}, false);
    QPrinter printer(QPrinter::HighResolution);
    prepare(printer, page);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print Topology"));
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return false;
    QString error;
    if (!print(printer, page, &error)) {
        Dialogs::warning(parent, tr("Print Topology"), tr("The topology could not be printed: %1").arg(error),
                         QMessageBox::Ok, QMessageBox::Ok);
        return false;
    }
    if (auto *window = qobject_cast<QMainWindow *>(parent)) {
        const QString message =
            printer.outputFileName().isEmpty()
                ? tr("Topology sent to %1").arg(printer.printerName())
                : tr("Topology printed to %1").arg(QDir::toNativeSeparators(printer.outputFileName()));
        window->statusBar()->showMessage(message, 8000);
    }
    return true;
}

} // namespace ucmc
