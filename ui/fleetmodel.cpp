#include "ui/fleetmodel.h"

#include "core/fleetmonitor.h"

#include <algorithm>

namespace ucmc {

FleetModel::FleetModel(FleetMonitor *fleet, QObject *parent)
    : QAbstractListModel(parent)
    , m_fleet(fleet)
{
    connect(fleet, &FleetMonitor::sitesChanged, this, &FleetModel::reload);
    connect(fleet, &FleetMonitor::siteStatusChanged, this, &FleetModel::update);
    reload();
}

int FleetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant FleetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SiteStatus &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return s.name;
    case SiteIdRole:
        return s.siteId;
    case LevelRole:
        return int(s.level());
    case HeadlineRole:
        return s.headline();
    case DetailsRole:
        return s.details();
    case HostRole:
        return s.ucServerHost;
    case HostLineRole:
        return hostLine(s);
    case NeedsAttentionRole:
        return s.level() >= SiteStatus::Level::Warning;
    case Qt::ToolTipRole: {
        QStringList lines = QStringList{s.name, s.headline(), hostLine(s)} + s.details();
        lines.removeAll(QString());
        return lines.join(u'\n');
    }
    case Qt::AccessibleTextRole:
        // What a screen reader says for the tile: the site, then how it is.
        return tr("%1: %2").arg(s.name, s.headline());
    case Qt::AccessibleDescriptionRole:
        return s.details().join(QStringLiteral("; "));
    default:
        return {};
    }
}

QString FleetModel::hostLine(const SiteStatus &s)
{
    if (s.ucServerHost.isEmpty())
        return {}; // the details say so
    if (s.hostUnreachable())
        return tr("UCServer host %1: unreachable").arg(s.ucServerHost);
    if (s.webServerDown())
        return tr("UCServer host %1: UC WebServer down").arg(s.ucServerHost);
    if (s.host.ucServer.state == PortHealth::State::Unknown)
        return tr("UCServer host %1: checking…").arg(s.ucServerHost);
    return tr("UCServer host %1: reachable").arg(s.ucServerHost);
}

QModelIndex FleetModel::indexOf(const QString &siteId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).siteId == siteId)
            return index(row);
    }
    return {};
}

void FleetModel::reload()
{
    beginResetModel();
    m_rows = m_fleet->statuses();
    endResetModel();
}

void FleetModel::update(const QString &siteId)
{
    const int row = indexOf(siteId).row();
    if (row < 0)
        return;
    const SiteStatus status = m_fleet->status(siteId);
    if (status == m_rows.at(row))
        return;
    // Where the tile belongs now among the others (still sorted).
    QList<SiteStatus> others = m_rows;
    others.removeAt(row);
    const int target = int(std::lower_bound(others.cbegin(), others.cend(), status, &SiteStatus::worseFirst)
                           - others.cbegin());
    if (target != row) {
        // A move, not a reset: views keep the selection and the current tile.
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        m_rows.move(row, target);
        endMoveRows();
    }
    m_rows[target] = status;
    const QModelIndex changed = index(target);
    emit dataChanged(changed, changed);
}

} // namespace ucmc
