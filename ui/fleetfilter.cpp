#include "ui/fleetfilter.h"

#include "ui/fleetmodel.h"

namespace ucmc {

FleetFilter::FleetFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // A tile whose state changes is filtered again (it may start or stop needing attention).
    setDynamicSortFilter(true);
}

void FleetFilter::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateRowsFilter();
}

void FleetFilter::setAttentionOnly(bool on)
{
    m_attentionOnly = on;
    invalidateRowsFilter();
}

bool FleetFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_attentionOnly && !index.data(FleetModel::NeedsAttentionRole).toBool())
        return false;
    if (m_search.isEmpty())
        return true;
    return index.data(Qt::DisplayRole).toString().contains(m_search, Qt::CaseInsensitive)
           || index.data(FleetModel::HostRole).toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace ucmc
