#pragma once

#include <QStyledItemDelegate>

namespace ucmc {

// A small chart in a table cell (as Wireshark draws them): the recent round trips of a media
// server as a line, failed checks as red marks at the bottom.
class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// Cells that need attention (a version that differs, a certificate near expiry) in a warning colour.
class WarningDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace ucmc
