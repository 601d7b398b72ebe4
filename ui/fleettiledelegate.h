#pragma once

#include <QStyledItemDelegate>

namespace ucmc {

// Paints one fleet tile: a stripe in the site's status colour, its name, the headline in a
// status text colour, up to three detail lines, the UCServer host, and "Open" on the tile under
// the mouse or selected; the UCServer host at the bottom. A click on "Open" asks to open the site (openClicked).
class FleetTileDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int kWidth = 300;
    static constexpr int kHeight = 136;

    explicit FleetTileDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Where "Open" is drawn on a tile of this rectangle.
    static QRect openRect(const QRect &tile, const QFontMetrics &metrics);
    static QString openText();

signals:
    void openClicked(const QModelIndex &index);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
};

} // namespace ucmc
