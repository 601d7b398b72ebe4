#include "ui/sparklinedelegate.h"

#include "models/healthtracker.h"
#include "models/servertablemodel.h"
#include "ui/statuspalette.h"

#include <QApplication>
#include <QPainter>
#include <QVarLengthArray>

namespace ucmc {

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // Background and selection as the style draws them, then the chart on top.
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

    const QList<float> samples = index.data(ServerTableModel::RecentRttRole).value<QList<float>>();
    if (samples.size() < 2)
        return;
    const QRectF area = QRectF(opt.rect).adjusted(4, 4, -4, -4);
    float top = 0;
    for (float v : samples)
        top = qMax(top, v);
    if (top <= 0)
        top = 1;
    // A fixed time scale, newest at the right: a server checked for ten seconds shows a short line.
    const qreal step = area.width() / qreal(HealthTracker::kSparklineLength - 1);
    const qsizetype newest = samples.size() - 1;
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor lineColor =
        selected ? opt.palette.color(QPalette::HighlightedText) : StatusPalette::up(opt.palette);
    // Cosmetic one-pixel pens: the raster engine draws them without building a stroke outline,
    // which is most of what the table paints at rest (a wider pen took twice the time).
    QPen linePen(lineColor, 1);
    linePen.setCosmetic(true);
    QPen failurePen(StatusPalette::down(opt.palette), 1);
    failurePen.setCosmetic(true);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QVarLengthArray<QPointF, HealthTracker::kSparklineLength> run; // consecutive answered checks
    const auto drawRun = [&] {
        if (run.size() > 1) {
            painter->setPen(linePen);
            painter->drawPolyline(run.constData(), int(run.size()));
        }
        run.clear();
    };
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const qreal x = area.right() - step * qreal(newest - i);
        if (samples[i] < 0) {
            drawRun();
            painter->setPen(failurePen);
            painter->drawLine(QPointF(x, area.bottom()), QPointF(x, area.bottom() - 4));
            continue;
        }
        run.append(QPointF(x, area.bottom() - area.height() * qreal(samples[i] / top)));
    }
    drawRun();
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(qMax(size.width(), 110));
    return size;
}

void WarningDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(ServerTableModel::WarningRole).toBool()) {
        option->palette.setColor(QPalette::Text, StatusPalette::warningText(option->palette));
        option->font.setBold(true);
    }
}

} // namespace ucmc
