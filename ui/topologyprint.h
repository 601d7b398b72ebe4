#pragma once

#include <QCoreApplication>
#include <QString>

class QPrinter;
class QWidget;

namespace ucmc {

class TopologyExport;
class TopologyView;

// File > Print Topology…: the page of the PDF export (TopologyExport, one renderer) on a printer.
// The print dialog only configures the printer; printing is print(), so a test prints to a PDF
// file through the same code.
class TopologyPrint
{
    Q_DECLARE_TR_FUNCTIONS(ucmc::TopologyPrint)
public:
    // Sets up `printer` for `page` before the dialog: the job's name, the orientation, margins.
    static void prepare(QPrinter &printer, const TopologyExport &page);
    // Prints `page` on the printer as configured. False with *error when it cannot.
    static bool print(QPrinter &printer, const TopologyExport &page, QString *error);

    // The File menu's flow: the overview of `view` with its live states, the print dialog (through
    // Dialogs::exec, which tests answer), then print(). True when printed; the user was told
    // why not.
    static bool run(QWidget *parent, const TopologyView *view, const QString &siteName,
                    const QString &configPath);
};

} // namespace ucmc
