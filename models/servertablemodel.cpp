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
    recount();
    endResetModel();
}

void ServerTableModel::rebuildIndex()
{
    m_rowsByKey.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowsByKey[m_rows[i].url].append(i);
    // A reset repaints everything: nothing waits.
    m_pendingByRow.assign(size_t(m_rows.size()), 0);
    m_pendingColumns = 0;
    m_shownTime.assign(size_t(m_rows.size()), -1);
}

bool ServerTableModel::sameStatus(const ServerHealth &a, const ServerHealth &b)
{
    return a.state == b.state && a.failure == b.failure && a.detail == b.detail && a.closeCode == b.closeCode
           && a.httpStatus == b.httpStatus && a.stateSinceMs == b.stateSinceMs && a.streak == b.streak
           && a.fall == b.fall && a.rise == b.rise && a.nextAttemptMs == b.nextAttemptMs && a.version == b.version
           && a.modules == b.modules && a.serverId == b.serverId && a.certificate == b.certificate;
}

namespace {
constexpr quint32 bit(int column)
{
    return quint32(1) << column;
}

// The statistics columns a change from `a` to `b` touches (their status being the same).
quint32 statisticsColumns(const ServerHealth &a, const ServerHealth &b)
{
    quint32 columns = 0;
    // As the cells show them: a round trip to 0.1 ms, availability to 0.1 %, failures once
    // there was a check (the tooltips are read when shown).
    const auto tenths = [](double v) { return v < 0 ? qint64(-1) : qRound64(v * 10); };
    if (tenths(a.rttMs) != tenths(b.rttMs))
        columns |= bit(ServerTableModel::RoundTrip);
    if (a.recentRtt != b.recentRtt)
        columns |= bit(ServerTableModel::Trend);
    if (tenths(a.availability()) != tenths(b.availability()))
        columns |= bit(ServerTableModel::Availability);
    if (a.failures != b.failures || (a.checks == 0) != (b.checks == 0))
        columns |= bit(ServerTableModel::Failures);
    if (a.metrics.cpuPercent != b.metrics.cpuPercent)
        columns |= bit(ServerTableModel::Cpu);
    if (a.metrics.memoryKiB != b.metrics.memoryKiB)
        columns |= bit(ServerTableModel::Memory);
    if (a.metrics.sessions != b.metrics.sessions)
        columns |= bit(ServerTableModel::Sessions);
    return columns;
}
} // namespace

qint64 ServerTableModel::timeBucket(const ServerHealth &health, qint64 nowMs) const
{
    // What formatDuration() shows changes every second in the first hour, then every minute,
    // then every hour.
    if (health.stateSinceMs == 0)
        return -1;
    const qint64 s = qMax<qint64>(0, nowMs - health.stateSinceMs) / 1000;
    return s < 3600 ? s : s < 86400 ? 3600 + s / 60 : 86400 + s / 3600;
}

bool ServerTableModel::applyHealth(const HealthUpdates &updates)
{
    int first = -1;
    int last = -1;
    for (const HealthUpdate &u : updates) {
        const auto rows = m_rowsByKey.constFind(u.key);
        if (rows == m_rowsByKey.cend())
            continue; // a late update for a server that left the list
        auto it = m_health.find(u.key);
        if (it != m_health.end() && sameStatus(*it, u.health)) {
            // Statistics only: taken now, shown with the next tick of the display clock.
            const quint32 columns = statisticsColumns(*it, u.health);
            *it = u.health;
            for (int r : *rows)
                m_pendingByRow[size_t(r)] |= columns;
            m_pendingColumns |= columns;
            continue;
        }
        m_health.insert(u.key, u.health);
        for (int r : *rows) {
            first = first < 0 ? r : qMin(first, r);
            last = qMax(last, r);
            m_pendingByRow[size_t(r)] = 0; // the signal below covers them
        }
    }
    if (first < 0)
        return false;
    recount();
    const qint64 now = m_nowMs();
    for (int r = first; r <= last; ++r)
        m_shownTime[size_t(r)] = timeBucket(healthOf(m_rows[r]), now);
    // One signal for the live columns of the affected rows keeps a batch cheap for the view.
    emit dataChanged(index(first, Status), index(last, Reason));
    return true;
}

void ServerTableModel::setCommonVersion(const QString &version)
{
    if (version == m_commonVersion)
        return;
    m_commonVersion = version;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Version), index(int(m_rows.size()) - 1, Version));
}

void ServerTableModel::refreshTimes()
{
    const qint64 now = m_nowMs();
    quint32 columns = m_pendingColumns;
    std::vector<quint32> byRow(m_pendingByRow.size(), 0);
    byRow.swap(m_pendingByRow);
    m_pendingColumns = 0;
    for (int r = 0; r < m_rows.size(); ++r) {
        const qint64 shown = timeBucket(healthOf(m_rows[r]), now);
        if (shown != m_shownTime[size_t(r)]) {
            m_shownTime[size_t(r)] = shown;
            byRow[size_t(r)] |= bit(TimeInState);
            columns |= bit(TimeInState);
        }
    }
    // Per changed column, one signal per run of changed rows: the view repaints those cells, not
    // the unchanged ones between them (at rest a few rows of ten change a second). Past
    // kMaxRunsPerColumn runs one signal covers them all: a thousand signals would cost more than
    // the cells they spare.
    constexpr int kMaxRunsPerColumn = 8;
    std::vector<std::pair<int, int>> runs;
    for (int column = 0; columns != 0 && column < ColumnCount; ++column) {
        if (!(columns & bit(column)))
            continue;
        columns &= ~bit(column);
        runs.clear();
        for (int r = 0; r < m_rows.size(); ++r) {
            if (!(byRow[size_t(r)] & bit(column)))
                continue;
            if (!runs.empty() && runs.back().second == r - 1)
                runs.back().second = r;
            else
                runs.emplace_back(r, r);
        }
        if (runs.size() > kMaxRunsPerColumn)
            runs = {{runs.front().first, runs.back().second}};
        for (const auto &[first, last] : runs)
            emit dataChanged(index(first, column), index(last, column));
    }
}

template<typename F>
void ServerTableModel::forEachDistinct(F f) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const ServerRow &row = m_rows[i];
        // Entries that cannot be probed are each their own problem, even with the same (empty) url;
        // a URL listed twice is one server, counted at its first row.
        if (row.problem.isEmpty() && m_rowsByKey.value(row.url).constFirst() != i)
            continue;
        f(healthOf(row));
    }
}

void ServerTableModel::recount()
{
    m_summary = {};
    forEachDistinct([this](const ServerHealth &h) { m_summary.add(h); });
}

const ServerHealth &ServerTableModel::healthOf(const ServerRow &row) const
{
    if (row.problem.isEmpty())
        return health(row.url);
    static const ServerHealth notMonitored = [] {
        ServerHealth h;
        h.state = HealthState::NotMonitored;
        h.failure = FailureCode::InvalidUrl;
        return h;
    }();
    return notMonitored;
}

int ServerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ServerTableModel::trendText(const ServerHealth &health)
{
    if (health.recentRtt.isEmpty())
        return {};
    int failed = 0;
    float fastest = -1;
    float slowest = -1;
    for (const float rtt : health.recentRtt) {
        if (rtt < 0) {
            ++failed;
            continue;
        }
        fastest = fastest < 0 ? rtt : qMin(fastest, rtt);
        slowest = qMax(slowest, rtt);
    }
    QStringList parts{tr("%n recent checks", nullptr, int(health.recentRtt.size())),
                      tr("%n failed", nullptr, failed)};
    if (slowest >= 0)
        parts << tr("round trip %1 to %2 ms")
                     .arg(QLocale().toString(fastest, 'f', 1), QLocale().toString(slowest, 'f', 1));
    return parts.join(QStringLiteral(", "));
}

QVariant ServerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServerRow &row = m_rows[index.row()];
    const ServerHealth &health = healthOf(row);
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
            const QString coded = reason + QStringLiteral(" [") + failureCodeId(health.failure) + QLatin1Char(']');
            return hint.isEmpty() ? coded : coded + QLatin1Char('\n') + hint;
        }
        if (column == Url)
            return row.url;
        if (column == RoundTrip && health.rttAvgMs >= 0)
            return tr("Last %1 ms, average %2 ms, maximum %3 ms")
                .arg(QLocale().toString(health.rttMs, 'f', 2), QLocale().toString(health.rttAvgMs, 'f', 2),
                     QLocale().toString(health.rttMaxMs, 'f', 2));
        if (column == Certificate && !health.certificate.isNull())
            return tr("%1\nIssued by %2\nValid until %3\nSHA-256 %4")
                .arg(health.certificate.subject, health.certificate.issuer,
                     QLocale().toString(health.certificate.notAfter.toLocalTime(), QLocale::ShortFormat),
                     health.certificate.fingerprintText());
        if (column == TimeInState && health.nextAttemptMs > 0 && health.state == HealthState::Down)
            return tr("Next attempt in %1").arg(formatDuration(qMax<qint64>(0, health.nextAttemptMs - m_nowMs())));
        return {};
    case Qt::TextAlignmentRole:
        if (column == Position || column == Port || column == RoundTrip || column == TimeInState
            || column == Availability || column == Failures || column == Cpu || column == Memory
            || column == Sessions || column == Certificate)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        if (column == CandKillIpv6 || column == CandKillTcp || column == CandOnlyTurn || column == Encryption)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
        return {};
    case Qt::AccessibleTextRole:
        // The sparkline is only drawn: in words for a screen reader.
        return column == Trend ? trendText(health) : QVariant();
    case HealthStateRole:
        return int(health.state);
    case RecentRttRole:
        return QVariant::fromValue(health.recentRtt);
    case WarningRole:
        if (column == Version)
            return !m_commonVersion.isEmpty() && !health.version.isEmpty() && health.version != m_commonVersion;
        if (column == Certificate)
            return !health.certificate.isNull()
                   && (health.certificate.daysToExpiry() < kCertificateWarningDays
                       || !health.certificate.verificationErrors.isEmpty());
        return false;
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
        case Availability:
            return health.availability();
        case Failures:
            return health.failures;
        case Cpu:
            return health.metrics.cpuPercent;
        case Memory:
            return health.metrics.memoryKiB;
        case Sessions:
            return health.metrics.sessions;
        case Certificate:
            return health.certificate.isNull() ? QVariant() : QVariant(health.certificate.daysToExpiry());
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
    case Availability:
        return health.availability() < 0 ? QVariant()
                                         : QVariant(tr("%1 %").arg(QLocale().toString(health.availability(), 'f', 1)));
    case Failures:
        return health.checks == 0 ? QVariant() : QVariant(health.failures);
    case Cpu:
        return health.metrics.cpuPercent < 0
                   ? QVariant()
                   : QVariant(tr("%1 %").arg(QLocale().toString(health.metrics.cpuPercent, 'f', 0)));
    case Memory:
        return health.metrics.memoryKiB < 0 ? QVariant()
                                            : QVariant(QLocale().formattedDataSize(health.metrics.memoryKiB * 1024, 0));
    case Sessions:
        return health.metrics.sessions < 0 ? QVariant() : QVariant(health.metrics.sessions);
    case Certificate:
        if (health.certificate.isNull())
            return {};
        return health.certificate.daysToExpiry() < 0
                   ? tr("expired")
                   : tr("%n days", nullptr, health.certificate.daysToExpiry());
    case Trend:
        return {};
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
        case Trend:
            return tr("Round trips of the last two minutes; red marks a failed check");
        case Availability:
            return tr("Share of checks answered since the console started");
        case Cpu:
            return tr("CPU use the media server reports (getUsedCpu), all cores");
        case Memory:
            return tr("Memory the media server reports (getUsedMemory)");
        case Sessions:
            return tr("Client sessions on the media server (getSessions)");
        case Certificate:
            return tr("Days until the wss certificate expires");
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
    case Trend:
        return tr("Last minutes");
    case Availability:
        return tr("Available");
    case Failures:
        return tr("Failures");
    case Version:
        return tr("KMS version");
    case Cpu:
        return tr("CPU");
    case Memory:
        return tr("Memory");
    case Sessions:
        return tr("Sessions");
    case Certificate:
        return tr("Certificate");
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
