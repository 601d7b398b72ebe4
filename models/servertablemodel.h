#pragma once

#include "models/fleetsummary.h"
#include "models/serverhealth.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>
#include <vector>

namespace ucmc {

// One row of the server table: a kurentoservers entry as the configuration writes it.
struct ServerRow
{
    int position = 0;  // 1-based place in the list (the round-robin order)
    QString url;       // as written; also the key for its live health
    QString host;
    int port = -1;     // -1 when the URL has none that can be known
    QString scheme;    // ws, wss, or whatever the file says
    QString flags[3];  // candkillipv6, candkilltcp, candonlyturn as written; empty when absent
    QString problem;   // why the entry cannot be probed, translated; empty when fine

    bool operator==(const ServerRow &) const = default;
};

// The server table: configuration columns from the document, live columns from the monitor.
// Qt Core only; colours and icons are the view's business (HealthStateRole tells it the state).
class ServerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Position,
        Url,
        Host,
        Port,
        Encryption,
        CandKillIpv6,
        CandKillTcp,
        CandOnlyTurn,
        Status,
        RoundTrip,    // last, with average and maximum in the tooltip
        Trend,        // the recent round trips (a sparkline; data: RecentRttRole)
        Availability, // share of answered checks since the console started
        Failures,
        Version,
        Cpu,
        Memory,
        Sessions,
        Certificate,  // days until a wss server's certificate expires
        TimeInState,
        Reason, // last: it has the longest texts and takes the remaining width
        ColumnCount
    };
    enum Role {
        HealthStateRole = Qt::UserRole + 1, // int(HealthState)
        SortRole,                           // a value that sorts naturally (numbers as numbers)
        KeyRole,                            // the URL key of the row's health
        RecentRttRole,                      // QList<float> of recent round trips (negative: failed)
        WarningRole,                        // bool: the cell needs attention (version differs, expiry near)
    };
    static constexpr int kCertificateWarningDays = CertificateInfo::kWarningDays;

    explicit ServerTableModel(QObject *parent = nullptr);

    void setRows(const QList<ServerRow> &rows);
    const QList<ServerRow> &rows() const { return m_rows; }
    // Takes the health at once (health() and data() answer with it). A change of status (state,
    // reason, version, serverId, certificate, ...) is signalled at once; a change of statistics
    // only (round trip, trend, counters, metrics: with every ping) waits for the next
    // refreshTimes(), so a view repaints once a second however many batches came, and not at
    // all while nobody calls refreshTimes() (the window is minimised or hidden). Returns true when
    // a status changed: only then do the summary, banners, tray and alerts need a look.
    bool applyHealth(const HealthUpdates &updates);
    // The display clock, about once a second while the table can be seen: signals the statistics
    // that changed since the last call and the time-in-state cells whose text moved on, one
    // dataChanged per changed column, nothing when nothing changed.
    void refreshTimes();
    // True when statistics wait for the next refreshTimes().
    bool hasPendingStatistics() const { return m_pendingColumns != 0; }
    // A status (anything but statistics) differs: what the summary, alerts and tray depend on.
    static bool sameStatus(const ServerHealth &a, const ServerHealth &b);
    // A reference, not a copy: views ask for it per row and per paint (valid until the next
    // applyHealth() or setRows()). An empty health for a key without one.
    const ServerHealth &health(const QString &key) const
    {
        static const ServerHealth none;
        const auto it = m_health.constFind(key);
        return it == m_health.cend() ? none : *it;
    }
    // The health a row shows: NotMonitored when its entry cannot be probed.
    const ServerHealth &healthOf(const ServerRow &row) const;
    // All distinct servers at once (a URL listed twice is one server), kept up to date by setRows() and applyHealth(): views read it
    // per paint, so it is counted once per batch, not once per view.
    const FleetSummary &summary() const { return m_summary; }
    void setClock(std::function<qint64()> nowMs) { m_nowMs = std::move(nowMs); }
    // The version most servers run; cells of the others are marked (WarningRole).
    void setCommonVersion(const QString &version);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "5 s", "3 min 4 s", "2 h 5 min", "3 d 4 h"; translated.
    static QString formatDuration(qint64 ms);
    // The trend column's sparkline in words (its accessible text): "24 recent checks, 1 failed,
    // round trip 0.3 to 1.2 ms"; empty before the first check.
    static QString trendText(const ServerHealth &health);

private:
    QVariant displayData(const ServerRow &row, const ServerHealth &health, int column) const;
    void rebuildIndex();
    qint64 timeBucket(const ServerHealth &health, qint64 nowMs) const;
    void recount();
    template<typename F>
    void forEachDistinct(F f) const;

    QList<ServerRow> m_rows;
    QHash<QString, ServerHealth> m_health;
    FleetSummary m_summary;
    QHash<QString, QList<int>> m_rowsByKey;
    // Per row: the columns whose statistics changed since the last refreshTimes() (bit = column),
    // and what the time-in-state cell showed when last signalled (timeBucket()).
    std::vector<quint32> m_pendingByRow;
    quint32 m_pendingColumns = 0;
    std::vector<qint64> m_shownTime;
    std::function<qint64()> m_nowMs;
    QString m_commonVersion;
};

} // namespace ucmc
