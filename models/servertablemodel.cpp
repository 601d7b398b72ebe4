#include "models/servertablemodel.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

namespace ucmc {

ServerTableModel::ServerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_nowMs([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

void ServerTableModel::setRows(const QList<ServerRow> &rows)
{
    if (rows == m_rows)
        return;
    beginResetModel();
    m_rows = rows;
    rebuildIndex();
    // Forget the health of servers that left the list; keep the rest (a re-read file must not
    // make every row flash back to Unknown).
    for (auto it = m_health.begin(); it != m_health.end();) {
        if (m_rowsByKey.contains(it.key()))
            ++it;
        else
            it = m_health.erase(it);
    }
    endResetModel();
}

void ServerTableModel::rebuildIndex()
{
    m_rowsByKey.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowsByKey[m_rows[i].url].append(i);
}

void ServerTableModel::applyHealth(const HealthUpdates &updates)
{
    int first = -1;
    int last = -1;
    for (const HealthUpdate &u : updates) {
        const auto rows = m_rowsByKey.constFind(u.key);
        if (rows == m_rowsByKey.cend())
            continue; // a late update for a server that left the list
        m_health.insert(u.key, u.health);
        for (int r : *rows) {
            first = first < 0 ? r : qMin(first, r);
            last = qMax(last, r);
        }
    }
    // One signal for the live columns of the affected rows keeps a batch cheap for the view.
    if (first >= 0)
        emit dataChanged(index(first, Status), index(last, Reason));
}

void ServerTableModel::refreshTimes()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, TimeInState), index(int(m_rows.size()) - 1, TimeInState), {Qt::DisplayRole});
}

QList<ServerHealth> ServerTableModel::distinctHealth() const
{
    QList<ServerHealth> result;
    QSet<QString> seen;
    for (const ServerRow &row : m_rows) {
        // Entries that cannot be probed are each their own problem, even with the same (empty) url.
        if (row.problem.isEmpty()) {
            if (seen.contains(row.url))
                continue;
            seen.insert(row.url);
        }
        result.append(healthOf(row));
    }
    return result;
}

ServerHealth ServerTableModel::healthOf(const ServerRow &row) const
{
    if (row.problem.isEmpty())
        return m_health.value(row.url);
    ServerHealth h;
    h.state = HealthState::NotMonitored;
    h.failure = FailureCode::InvalidUrl;
    return h;
}

int ServerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServerRow &row = m_rows[index.row()];
    const ServerHealth health = healthOf(row);
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, health, column);
    case Qt::ToolTipRole:
        if (column == Reason || column == Status) {
            if (!row.problem.isEmpty())
                return row.problem;
            const QString reason = healthReasonText(health);
            const QString hint = healthReasonHint(health);
            if (reason.isEmpty())
                return {};
            return hint.isEmpty() ? reason : reason + QLatin1Char('\n') + hint;
        }
        if (column == Url)
            return row.url;
        return {};
    case Qt::TextAlignmentRole:
        if (column == Position || column == Port || column == RoundTrip || column == TimeInState)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        if (column == CandKillIpv6 || column == CandKillTcp || column == CandOnlyTurn || column == Encryption)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
        return {};
    case HealthStateRole:
        return int(health.state);
    case KeyRole:
        return row.url;
    case SortRole:
        switch (column) {
        case Position:
            return row.position;
        case Port:
            return row.port;
        case Status:
            return int(health.state);
        case RoundTrip:
            return health.rttMs;
        case TimeInState:
            return health.stateSinceMs == 0 ? QVariant() : QVariant(m_nowMs() - health.stateSinceMs);
        default:
            return displayData(row, health, column);
        }
    default:
        return {};
    }
}

QVariant ServerTableModel::displayData(const ServerRow &row, const ServerHealth &health, int column) const
{
    switch (column) {
    case Position:
        return row.position;
    case Url:
        return row.url;
    case Host:
        return row.host;
    case Port:
        return row.port < 0 ? QVariant() : QVariant(row.port);
    case Encryption:
        return row.scheme;
    case CandKillIpv6:
    case CandKillTcp:
    case CandOnlyTurn:
        return row.flags[column - CandKillIpv6];
    case Status:
        return healthStateLabel(health);
    case Reason:
        return !row.problem.isEmpty() ? row.problem : healthReasonText(health);
    case RoundTrip:
        return health.rttMs < 0 ? QVariant() : QVariant(tr("%1 ms").arg(QLocale().toString(health.rttMs, 'f', 1)));
    case Version:
        return health.version;
    case TimeInState:
        return health.stateSinceMs == 0 ? QVariant() : QVariant(formatDuration(m_nowMs() - health.stateSinceMs));
    default:
        return {};
    }
}

QVariant ServerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Position:
            return tr("Place in the list: the UCServer hands out new calls round robin in this order");
        case CandKillIpv6:
            return tr("candkillipv6: drop IPv6 ICE candidates of this media server");
        case CandKillTcp:
            return tr("candkilltcp: drop TCP ICE candidates of this media server");
        case CandOnlyTurn:
            return tr("candonlyturn: offer only TURN relay candidates");
        case RoundTrip:
            return tr("Round-trip time of the last JSON-RPC ping");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Position:
        return tr("#");
    case Url:
        return tr("URL");
    case Host:
        return tr("Host");
    case Port:
        return tr("Port");
    case Encryption:
        return tr("Protocol");
    case CandKillIpv6:
        return tr("No IPv6");
    case CandKillTcp:
        return tr("No TCP");
    case CandOnlyTurn:
        return tr("Only TURN");
    case Status:
        return tr("Status");
    case Reason:
        return tr("Reason");
    case RoundTrip:
        return tr("Round trip");
    case Version:
        return tr("KMS version");
    case TimeInState:
        return tr("In state for");
    default:
        return {};
    }
}

QString ServerTableModel::formatDuration(qint64 ms)
{
    const qint64 s = qMax<qint64>(0, ms) / 1000;
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    if (s < 86400)
        return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

} // namespace ucmc
