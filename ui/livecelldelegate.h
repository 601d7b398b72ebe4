#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace ucmc {

// The cells that change with every check (round trip, availability, failures, CPU, memory,
// sessions, time in state): short single-line texts such as "0.4 ms" that repeat. They are drawn
// from laid-out text kept for reuse (QStaticText), where the style lays each one out again, twice,
// for every paint. Background, selection, colours and focus stay the style's; a text that must be
// elided is drawn by the style.
class LiveCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    qsizetype cachedTexts() const { return m_laidOut.size(); }

private:
    const QStaticText &laidOut(const QString &text, const QFont &font) const;

    static constexpr qsizetype kMaxCached = 1024; // distinct texts; dropped all at once beyond
    mutable QHash<QString, QStaticText> m_laidOut;
    mutable QFont m_font; // the font m_laidOut was laid out in
};

} // namespace ucmc
