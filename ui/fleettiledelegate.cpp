#include "ui/fleettiledelegate.h"

#include "models/sitestatus.h"
#include "ui/fleetmodel.h"
#include "ui/statuspalette.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace ucmc {

namespace {
constexpr int kMargin = 4;   // around the tile inside its cell, so tiles do not touch
constexpr int kStripe = 6;
constexpr int kPadding = 10;

// A level's colours: the stripe, and the headline's text (readable on the tile, light or dark).
struct LevelColors
{
    QColor stripe;
    QColor headline;
};

LevelColors colorsFor(SiteStatus::Level level, const QPalette &palette)
{
    switch (level) {
    case SiteStatus::Level::Critical:
        return {StatusPalette::down(palette), StatusPalette::errorText(palette)};
    case SiteStatus::Level::Warning:
        return {StatusPalette::pending(palette), StatusPalette::warningText(palette)};
    case SiteStatus::Level::Pending:
        return {StatusPalette::unknown(palette), StatusPalette::mutedText(palette)};
    case SiteStatus::Level::Ok:
        break;
    }
    return {StatusPalette::up(palette), StatusPalette::successText(palette)};
}
} // namespace

FleetTileDelegate::FleetTileDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QString FleetTileDelegate::openText()
{
    return tr("Open ›");
}

QSize FleetTileDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // Room for six lines of text at the view's font (name, headline, three details, host), at
    // least the nominal tile.
    const int lines = option.fontMetrics.lineSpacing() * 6 + 4 + 2 * kPadding + 2 * kMargin;
    return {kWidth, qMax(kHeight, lines)};
}

QRect FleetTileDelegate::openRect(const QRect &tile, const QFontMetrics &metrics)
{
    const QRect inner = tile.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const int width = metrics.horizontalAdvance(openText()) + 12;
    const int height = metrics.height() + 6;
    return {inner.right() - kPadding - width + 6, inner.top() + kPadding - 3, width, height};
}

void FleetTileDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    const LevelColors colors = colorsFor(SiteStatus::Level(index.data(FleetModel::LevelRole).toInt()), palette);
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const bool focused = option.state & QStyle::State_HasFocus;
    const QRect tile = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath shape;
    shape.addRoundedRect(QRectF(tile).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    painter->fillPath(shape, palette.color(QPalette::Base));
    painter->save();
    painter->setClipPath(shape);
    painter->fillRect(QRect(tile.left(), tile.top(), kStripe, tile.height()), colors.stripe);
    painter->restore();
    const QColor outline = selected ? palette.color(QPalette::Highlight)
                           : hovered ? palette.color(QPalette::Mid)
                                     : StatusPalette::cardBorder(palette);
    painter->setPen(QPen(outline, selected || focused ? 2 : 1));
    painter->drawPath(shape);

    const QRect text = tile.adjusted(kStripe + kPadding, kPadding, -kPadding, -kPadding);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(option.font);
    const int line = metrics.lineSpacing();
    const bool showOpen = selected || hovered;
    const QRect open = openRect(option.rect, metrics);
    int y = text.top();

    // The name, leaving room for "Open" where it is shown.
    painter->setFont(bold);
    painter->setPen(palette.color(QPalette::Text));
    const int nameWidth = showOpen ? open.left() - text.left() - 6 : text.width();
    painter->drawText(QRect(text.left(), y, nameWidth, boldMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, nameWidth));
    y += boldMetrics.lineSpacing() + 2;

    painter->setPen(colors.headline);
    painter->drawText(QRect(text.left(), y, text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(index.data(FleetModel::HeadlineRole).toString(), Qt::ElideRight,
                                             text.width()));
    y += line + 2;

    painter->setFont(option.font);
    painter->setPen(StatusPalette::mutedText(palette));
    // The UCServer host on the last line, so it sits at the same place on every tile.
    const QString host = index.data(FleetModel::HostLineRole).toString();
    const int bottom = host.isEmpty() ? text.bottom() + 1 : text.bottom() + 1 - line;
    if (!host.isEmpty())
        painter->drawText(QRect(text.left(), bottom, text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(host, Qt::ElideRight, text.width()));
    const QStringList details = index.data(FleetModel::DetailsRole).toStringList();
    for (const QString &detail : details) {
        if (y + line > bottom)
            break; // the full list is in the tooltip
        painter->drawText(QRect(text.left(), y, text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(detail, Qt::ElideRight, text.width()));
        y += line;
    }

    if (showOpen) {
        // The visible way to open the site besides double-click and Enter.
        QPainterPath button;
        button.addRoundedRect(QRectF(open), 4, 4);
        painter->fillPath(button, palette.color(QPalette::Button));
        painter->setPen(palette.color(QPalette::Mid));
        painter->drawPath(button);
        painter->setPen(palette.color(QPalette::ButtonText));
        painter->drawText(open, Qt::AlignCenter, openText());
    }
    painter->restore();
}

bool FleetTileDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                    const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton
            && openRect(option.rect, option.fontMetrics).contains(mouse->position().toPoint())) {
            emit openClicked(index);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace ucmc
