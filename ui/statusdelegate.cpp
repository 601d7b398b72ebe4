#include "ui/statusdelegate.h"

#include "models/servertablemodel.h"
#include "ui/statuspalette.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace ucmc {

namespace {
QIcon dotIcon(HealthState state, const QPalette &palette)
{
    static QHash<int, QIcon> cache; // per state, light and dark
    const int key = int(state) * 2 + (StatusPalette::isDark(palette) ? 1 : 0);
    auto it = cache.find(key);
    if (it == cache.end()) {
        QPixmap pixmap(32, 32);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(StatusPalette::forState(state, palette));
        p.drawEllipse(QRectF(4, 4, 24, 24));
        p.end();
        it = cache.insert(key, QIcon(pixmap));
    }
    return *it;
}
} // namespace

void StatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto state = HealthState(index.data(ServerTableModel::HealthStateRole).toInt());
    option->icon = dotIcon(state, option->palette);
    option->decorationSize = QSize(10, 10);
    option->features |= QStyleOptionViewItem::HasDecoration;
}

} // namespace ucmc
