#include "ui/livecelldelegate.h"

#include <QApplication>
#include <QPainter>

namespace ucmc {

const QStaticText &LiveCellDelegate::laidOut(const QString &text, const QFont &font) const
{
    if (font != m_font || m_laidOut.size() >= kMaxCached) {
        m_laidOut.clear();
        m_font = font;
    }
    auto it = m_laidOut.find(text);
    if (it == m_laidOut.end()) {
        QStaticText line(text);
        line.setTextFormat(Qt::PlainText);
        line.prepare(QTransform(), font);
        it = m_laidOut.insert(text, line);
    }
    return *it;
}

void LiveCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    // Where the common style puts the text of a cell without icon or check box: the cell, less a
    // margin each side (asking the style for the rectangle would lay the text out to measure it).
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, opt.widget) + 1;
    const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
    const bool plainLine = !(opt.features & (QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator))
                           && !opt.text.contains(QLatin1Char('\n')) && !opt.text.contains(QChar::LineSeparator);
    const QStaticText *line = plainLine && !opt.text.isEmpty() ? &laidOut(opt.text, opt.font) : nullptr;
    if (!plainLine || (line && line->size().width() > textRect.width())) {
        QStyledItemDelegate::paint(painter, option, index); // elided or not a live number: the style's way
        return;
    }
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Normal
                                                                              : QPalette::Inactive;
    const bool selected = opt.state & QStyle::State_Selected;
    if (line) {
        // Placed as the style places a line: across by the alignment within the cell's text width
        // (to the fraction of a pixel), down by the alignment of its whole-pixel height.
        const QSizeF size = line->size();
        const Qt::Alignment align = QStyle::visualAlignment(opt.direction, opt.displayAlignment);
        qreal x = textRect.left();
        if (align & Qt::AlignRight)
            x += textRect.width() - size.width();
        else if (align & Qt::AlignHCenter)
            x += (textRect.width() - size.width()) / 2;
        const int y = QStyle::alignedRect(opt.direction, opt.displayAlignment & Qt::AlignVertical_Mask,
                                          QSize(textRect.width(), int(size.height())), textRect)
                          .top();
        painter->save();
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawStaticText(QPointF(x, y), *line);
        painter->restore();
    }
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &opt, opt.widget);
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        focus.backgroundColor = opt.palette.color(group, selected ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, opt.widget);
    }
}

} // namespace ucmc
