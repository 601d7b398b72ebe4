#pragma once

#include "models/sitestatus.h"

#include <QAbstractListModel>
#include <QList>

namespace ucmc {

class FleetMonitor;

// The fleet's tiles as a list model, the worst site first. A changed site updates (and if its
// rank changed, moves) only its own row, so a view repaints one tile and keeps its selection.
class FleetModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        SiteIdRole = Qt::UserRole + 1,
        LevelRole,    // SiteStatus::Level as int
        HeadlineRole, // QString
        DetailsRole,  // QStringList
        HostRole,     // QString, the UCServer host
        NeedsAttentionRole, // bool: Warning or Critical
        HostLineRole, // QString: the UCServer host and how it answers; empty: no host set
    };

    explicit FleetModel(FleetMonitor *fleet, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QModelIndex indexOf(const QString &siteId) const;
    const SiteStatus &statusAt(int row) const { return m_rows.at(row); }
    static QString hostLine(const SiteStatus &status);

private:
    void reload();
    void update(const QString &siteId);

    FleetMonitor *m_fleet;
    QList<SiteStatus> m_rows; // SiteStatus::worseFirst
};

} // namespace ucmc
