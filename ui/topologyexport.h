#pragma once

#include "models/hosthealth.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMarginsF>
#include <QPageLayout>
#include <QSize>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QPainter;
class QWidget;

namespace ucmc {

class ServerTableModel;
class TopologyView;

// The overview as a document for the administrators' records: a title (site, file, date and
// time), the legend of states and the overview itself, drawn by a TopologyView that is never
// shown, as PNG, SVG or PDF. Used by File > Export Topology… and by `export-topology`.
class TopologyExport
{
    Q_DECLARE_TR_FUNCTIONS(ucmc::TopologyExport)
public:
    enum class Format { Png, Svg, Pdf };
    // "png", "svg", "pdf" in any case; nullopt for anything else.
    static std::optional<Format> formatNamed(const QString &name);
    // The format of a file name's extension.
    static std::optional<Format> formatOfPath(const QString &path);

    struct Title
    {
        QString site;       // the site's name, or the file's name when it has none
        QString configPath; // the eucwebconfig.json shown
        QDateTime time;     // when the states were taken (the export's time)
    };

    // The servers of `model` with their states (or, configurationOnly, the list alone), the
    // UCServer host's ports from `host`.
    TopologyExport(ServerTableModel *model, const HostHealth &host, const Title &title, bool configurationOnly);
    ~TopologyExport();

    // The page in logical pixels (96 per inch): a PNG has twice as many pixels each way, the
    // SVG this size, the PDF this drawing scaled onto an A4 page.
    QSize size() const { return m_size; }
    // Paints the page at (0, 0) in logical pixels.
    void paint(QPainter &p) const;
    // The title of the document ("Media server topology – <site>"): a PDF's title, a print job's name.
    QString documentTitle() const;
    // The paged targets (a PDF file, a printer) share the page: landscape when the overview is
    // wider than high, 12 mm margins, and the drawing in logical pixels at this resolution.
    QPageLayout::Orientation orientation() const;
    static QMarginsF pageMargins() { return {12, 12, 12, 12}; } // millimetres
    int resolution() const;
    // Paints the page onto a paged device begun by `p` (PDF writer or printer, at resolution()),
    // filling `pageRect` (the device's paint rectangle) on one page, but not beyond half again
    // the screen's size.
    void paintPaged(QPainter &p, const QRect &pageRect) const;
    // Writes the file (all or nothing). False with *error when it cannot be written.
    bool write(const QString &path, Format format, QString *error) const;

    // The File menu's flow: asks for a file (PNG, SVG or PDF) and writes the overview of `view`
    // with its live states. Returns the path written, empty when cancelled or failed (the user
    // was told why).
    static QString run(QWidget *parent, const TopologyView *view, const QString &siteName, const QString &configPath);
    // For tests: answers the file dialog (given the suggested path); empty cancels.
    static void setPathProvider(std::function<QString(const QString &suggestion)> provider);

private:
    // Paints the title and legend (p null: measures only); returns their height.
    int paintHeader(QPainter *p) const;

    std::unique_ptr<TopologyView> m_view;
    Title m_title;
    bool m_configurationOnly;
    int m_headerHeight = 0;
    QSize m_size;
};

} // namespace ucmc
