#include "ui/topologyexport.h"

#include "models/servertablemodel.h"
#include "ui/dialogs.h"
#include "ui/statuspalette.h"
#include "ui/topologyview.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QMainWindow>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSvgGenerator>

#include <algorithm>

namespace ucmc {

namespace {
constexpr int kMargin = 16;
constexpr int kPngScale = 2; // a PNG sharp enough to print and to read on a high-density screen
const QColor kText(0x1f, 0x23, 0x28);

std::function<QString(const QString &)> &pathProvider()
{
    static std::function<QString(const QString &)> provider;
    return provider;
}

// Light whatever the desktop's theme: the export is a document, printed or pasted into one.
QPalette documentPalette(QPalette palette)
{
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        palette.setColor(group, QPalette::Base, Qt::white);
        palette.setColor(group, QPalette::Window, Qt::white);
        palette.setColor(group, QPalette::Text, kText);
        palette.setColor(group, QPalette::WindowText, kText);
    }
    return palette;
}
} // namespace

std::optional<TopologyExport::Format> TopologyExport::formatNamed(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == u"png")
        return Format::Png;
    if (lower == u"svg")
        return Format::Svg;
    if (lower == u"pdf")
        return Format::Pdf;
    return std::nullopt;
}

std::optional<TopologyExport::Format> TopologyExport::formatOfPath(const QString &path)
{
    return formatNamed(QFileInfo(path).suffix());
}

TopologyExport::TopologyExport(ServerTableModel *model, const HostHealth &host, const Title &title,
                               bool configurationOnly)
    : m_view(std::make_unique<TopologyView>(model))
    , m_title(title)
    , m_configurationOnly(configurationOnly)
{
    m_view->setAttribute(Qt::WA_DontShowOnScreen);
    m_view->setPalette(documentPalette(m_view->palette()));
    m_view->setConfigurationOnly(configurationOnly);
    m_view->setHostHealth(host);
    // One column for a few servers, two or three for a long list: a page, not a strip. As wide
    // as two columns at least, for the title and the legend.
    const int n = model->rowCount();
    const int columns = n <= 6 ? 1 : n <= 16 ? 2 : 3;
    const int twoColumns = m_view->sizeHint().width();
    const int column = (twoColumns - 3 * kMargin) / 2;
    const int width = columns == 3 ? twoColumns + column : twoColumns;
    const int viewHeight = m_view->layOutFor(width, columns);
    m_headerHeight = paintHeader(nullptr);
    m_size = QSize(width, m_headerHeight + viewHeight);
}

TopologyExport::~TopologyExport() = default;

int TopologyExport::paintHeader(QPainter *p) const
{
    const QFont base = m_view->font();
    QFont titleFont = base;
    titleFont.setBold(true);
    titleFont.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 1.35 : 12);
    const QFontMetrics titleMetrics(titleFont, m_view.get());
    const QFontMetrics metrics(base, m_view.get());
    const int width = m_view->width() > 0 ? m_view->width() : m_view->sizeHint().width();
    const int textWidth = width - 2 * kMargin;
    int y = kMargin;
    // The document's light palette (the status palette's light variant), whatever the desktop's.
    const QPalette &paper = m_view->palette();
    const QColor muted = StatusPalette::mutedText(paper);

    const auto text = [&](const QFont &font, const QColor &color, const QString &line, Qt::TextElideMode elide) {
        const QFontMetrics fm(font, m_view.get());
        if (p) {
            p->setFont(font);
            p->setPen(color);
            p->drawText(QRect(kMargin, y, textWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                        fm.elidedText(line, elide, textWidth));
        }
        y += fm.height() + 4;
    };
    const QString site = m_title.site.isEmpty() ? QFileInfo(m_title.configPath).fileName() : m_title.site;
    text(titleFont, kText, tr("Media server topology – %1").arg(site), Qt::ElideRight);
    text(base, muted, QDir::toNativeSeparators(m_title.configPath), Qt::ElideMiddle);
    const QString when = QLocale().toString(m_title.time, QLocale::ShortFormat);
    text(base, muted,
         m_configurationOnly ? tr("%1 · configuration only, states not checked").arg(when)
                             : tr("%1 · states as last checked by UC Media Console").arg(when),
         Qt::ElideRight);
    y += 4;

    // The legend: a dot per state, wrapped as a line of text would be.
    struct Entry
    {
        QColor color;
        QString label;
    };
    QList<Entry> entries;
    if (!m_configurationOnly) {
        for (const HealthState state : {HealthState::Up, HealthState::GoingDown, HealthState::Down,
                                        HealthState::GoingUp, HealthState::Maintenance, HealthState::NotMonitored,
                                        HealthState::Unknown})
            entries.append({StatusPalette::forState(state, paper), healthStateText(state)});
    }
    const int lineHeight = metrics.height() + 4;
    int x = kMargin;
    for (const Entry &entry : std::as_const(entries)) {
        const int itemWidth = 14 + metrics.horizontalAdvance(entry.label) + 18;
        if (x > kMargin && x + itemWidth > width - kMargin) {
            x = kMargin;
            y += lineHeight;
        }
        if (p) {
            p->setPen(Qt::NoPen);
            p->setBrush(entry.color);
            p->drawEllipse(QPointF(x + 5, y + lineHeight / 2.0 - 1), 5, 5);
            p->setFont(base);
            p->setPen(kText);
            p->drawText(QRect(x + 14, y, itemWidth, lineHeight - 2), Qt::AlignLeft | Qt::AlignVCenter, entry.label);
        }
        x += itemWidth;
    }
    if (!entries.isEmpty())
        y += lineHeight;
    const QString numbers = m_configurationOnly
                                ? tr("Numbers: the order of the list, in which the UCServer hands out new calls "
                                     "(round robin) to the servers that are up.")
                                : tr("Numbers: the order in which the UCServer hands out new calls (round robin); "
                                     "–: gets no calls now. Dashed line: not up.");
    const QRect numbersRect(kMargin, y, textWidth, 3 * metrics.height());
    const QRect needed = metrics.boundingRect(numbersRect, Qt::AlignLeft | Qt::TextWordWrap, numbers);
    if (p) {
        p->setFont(base);
        p->setPen(muted);
        p->drawText(numbersRect, Qt::AlignLeft | Qt::TextWordWrap, numbers);
    }
    y += needed.height() + 8;
    if (p) {
        p->setPen(QPen(StatusPalette::cardBorder(paper), 1));
        p->drawLine(kMargin, y, width - kMargin, y);
    }
    return y + 4;
}

void TopologyExport::paint(QPainter &p) const
{
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(QRect(QPoint(0, 0), m_size), Qt::white);
    paintHeader(&p);
    p.save();
    p.translate(0, m_headerHeight);
    m_view->paintTo(p, QRect(QPoint(0, 0), m_view->size()));
    p.restore();
}

QString TopologyExport::documentTitle() const
{
    return tr("Media server topology – %1")
        .arg(m_title.site.isEmpty() ? QFileInfo(m_title.configPath).fileName() : m_title.site);
}

QPageLayout::Orientation TopologyExport::orientation() const
{
    return m_size.width() > m_size.height() ? QPageLayout::Landscape : QPageLayout::Portrait;
}

int TopologyExport::resolution() const
{
    return m_view->logicalDpiY();
}

void TopologyExport::paintPaged(QPainter &p, const QRect &pageRect) const
{
    // On one page, filling it (vector text scales well), but not beyond half again the screen's
    // size; smaller when a long list would not fit otherwise.
    const qreal scale = std::min(
        {1.5, qreal(pageRect.width()) / m_size.width(), qreal(pageRect.height()) / m_size.height()});
    p.save();
    p.translate(pageRect.topLeft());
    p.scale(scale, scale);
    paint(p);
    p.restore();
}

bool TopologyExport::write(const QString &path, Format format, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    const int dpi = resolution();
    const QString title = documentTitle();
    switch (format) {
    case Format::Png: {
        QImage image(m_size * kPngScale, QImage::Format_ARGB32_Premultiplied);
        // Fonts are sized by the logical resolution, the painter scales by the pixel ratio.
        const int dotsPerMeter = qRound(dpi / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        image.setDevicePixelRatio(kPngScale);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            paint(p);
        }
        if (!image.save(&file, "PNG")) {
            *error = tr("The image could not be encoded.");
            return false;
        }
        break;
    }
    case Format::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setResolution(dpi);
        generator.setSize(m_size);
        generator.setViewBox(QRect(QPoint(0, 0), m_size));
        generator.setTitle(title);
        generator.setDescription(QDir::toNativeSeparators(m_title.configPath));
        QPainter p;
        if (!p.begin(&generator)) {
            *error = tr("The drawing could not be started.");
            return false;
        }
        paint(p);
        p.end();
        break;
    }
    case Format::Pdf: {
        QPdfWriter writer(&file);
        writer.setResolution(dpi);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("UC Media Console"));
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), orientation(), pageMargins(), QPageLayout::Millimeter));
        QPainter p;
        if (!p.begin(&writer)) {
            *error = tr("The PDF could not be started.");
            return false;
        }
        paintPaged(p, QRect(0, 0, writer.width(), writer.height()));
        p.end();
        break;
    }
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void TopologyExport::setPathProvider(std::function<QString(const QString &)> provider)
{
    pathProvider() = std::move(provider);
}

QString TopologyExport::run(QWidget *parent, const TopologyView *view, const QString &siteName,
                            const QString &configPath)
{
    const QString base = siteName.isEmpty() ? QFileInfo(configPath).completeBaseName() : siteName;
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (documents.isEmpty())
        documents = QDir::homePath();
    const QString suggestion = QDir(documents).filePath(tr("%1 topology").arg(base) + QStringLiteral(".png"));
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG drawing (*.svg)");
    const QString pdf = tr("PDF document (*.pdf)");
    QString filter = png;
    QString path = pathProvider() ? pathProvider()(suggestion)
                                  : QFileDialog::getSaveFileName(parent, tr("Export Topology"), suggestion,
                                                                 QStringList{png, svg, pdf}.join(QStringLiteral(";;")),
                                                                 &filter);
    if (path.isEmpty())
        return {};
    if (!formatOfPath(path)) // a name typed without its extension: the chosen type's
        path += filter == svg ? QStringLiteral(".svg") : filter == pdf ? QStringLiteral(".pdf") : QStringLiteral(".png");
    const Format format = *formatOfPath(path);

    const TopologyExport page(view->model(), view->hostHealth(), {siteName, configPath, QDateTime::currentDateTime()},
                              false);
    QString error;
    if (!page.write(path, format, &error)) {
        Dialogs::warning(parent, tr("Export Topology"),
                         tr("The topology could not be written to %1: %2").arg(QDir::toNativeSeparators(path), error),
                         QMessageBox::Ok, QMessageBox::Ok);
        return {};
    }
    if (auto *window = qobject_cast<QMainWindow *>(parent))
        window->statusBar()->showMessage(tr("Topology exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
    return path;
}

} // namespace ucmc
