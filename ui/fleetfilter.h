#pragma once

#include <QSortFilterProxyModel>

namespace ucmc {

// What the fleet view shows of the fleet's tiles: those whose name or UCServer host contains the
// search text, and with attentionOnly those that need attention. Keeps the model's order.
class FleetFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FleetFilter(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setAttentionOnly(bool on);
    bool attentionOnly() const { return m_attentionOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    bool m_attentionOnly = false;
};

} // namespace ucmc
