#pragma once

#include <QStyledItemDelegate>

namespace ucmc {

// The status cell of the server table: a dot in the state's colour before the state's name.
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace ucmc
