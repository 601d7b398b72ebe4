#pragma once

// The event log: every state change, restart, certificate change and console action of a site,
// bounded in memory, shown in a table, filtered, exported (CSV, JSON) and kept across restarts of
// the console in rotating JSON Lines files. Qt Core only.
//
//   monitor.eventOccurred -> EventLog::append (GUI thread) -> queue -> writer thread: EventLogStore
//                                                                      (a batch of lines on disk)
//                                                          -> EventLogModel -> EventLogFilterModel -> view
//
// Stable ids (files, exports, `probe --json`, Prometheus labels):
//   kinds:    state-changed, restarted, version-changed, certificate-changed, certificate-expiring,
//             host-state-changed, console-action
//   states:   unknown, connecting, up, going-down, down, going-up, maintenance, not-monitored
//   failures: failureCodeId() (serverhealth.h), e.g. tcp-refused

#include "models/serverevent.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace ucmc {

// --- Stable ids and texts ----------------------------------------------------------------------

QLatin1StringView eventKindId(ServerEvent::Kind kind);
std::optional<ServerEvent::Kind> eventKindFromId(QStringView id);
QString eventKindText(ServerEvent::Kind kind); // translated, e.g. "State changed"

// (These two belong next to healthStateText() in serverhealth.h; they live here until they move.)
QLatin1StringView healthStateId(HealthState state);
std::optional<HealthState> healthStateFromId(QStringView id);
// The inverse of failureCodeId(); an empty id is FailureCode::None.
std::optional<FailureCode> failureCodeFromId(QStringView id);

// How much an event matters, for filtering ("only failures") and colours.
enum class EventSeverity : quint8 {
    Info,    // recoveries, console actions, maintenance
    Warning, // going down, version changed, certificate expiring, entry not monitored
    Failure, // down, restarted (calls lost), certificate changed, a host port closed
};
EventSeverity eventSeverity(const ServerEvent &event);
QLatin1StringView eventSeverityId(EventSeverity severity); // "info", "warning", "failure"

// --- Formats -----------------------------------------------------------------------------------
//
// One event as a JSON object with its members in a fixed order:
//   {"time":"2026-11-26T07:15:00.123Z","kind":"state-changed","server":"ws://10.0.0.1:8888/kurento",
//    "from":"up","to":"down","failure":"tcp-refused","text":"Up → Down: Connection refused"}
// time: ISO 8601 UTC with milliseconds; failure: null when none. Non-ASCII stays UTF-8.
QByteArray eventToJson(const ServerEvent &event);
// Parses one such object (unknown members ignored); nullopt for anything that is not one.
std::optional<ServerEvent> eventFromJson(QByteArrayView json);
// A JSON array of those objects, one per line, with a final line break.
QByteArray eventsToJson(const QList<ServerEvent> &events);
// RFC 4180 CSV with a header line `time,server,kind,from,to,failure,text`, CRLF line ends, fields
// quoted when they hold a comma, a quote, CR or LF (quotes doubled). Same values as JSON.
QByteArray eventsToCsv(const QList<ServerEvent> &events);

// --- Persistence -------------------------------------------------------------------------------

// Keeps events across restarts in JSON Lines files in one folder (the app passes
// QStandardPaths::AppDataLocation): `events.jsonl` is written, `events.1.jsonl` … `events.N-1.jsonl`
// are older. When the current file would grow past maxFileBytes it is rotated; the oldest file
// is deleted, so the folder never holds more than maxFiles × maxFileBytes (5 MiB by default).
//
// An EventLogStore writes on the thread that calls it: one write and one flush (no fsync) per
// append() call, whatever the number of events (and one more per rotation inside the batch). The
// EventLog calls it on its writer thread only, never on the GUI thread. A crash can leave the last
// line cut short; load() skips lines that are not a complete event (and counts them), and the next
// append starts on a fresh line. Not thread-safe: one thread at a time.
//
// Tests and benchmarks only (empty in the product): called on the writing thread right before
// each write of a batch, with the number of lines in it; it may sleep (slow storage) or block (on a
// semaphore) to show who waits for the disk.
using EventLogWriteHook = std::function<void(qsizetype lines)>;

struct EventLogStoreOptions
{
    qint64 maxFileBytes = 1024 * 1024;
    int maxFiles = 5; // the current file and maxFiles - 1 rotated ones
    EventLogWriteHook beforeWrite; // tests and benchmarks only, see above
};

class EventLogStore
{
    Q_DECLARE_TR_FUNCTIONS(ucmc::EventLogStore)

public:
    using Options = EventLogStoreOptions;
    struct LoadResult
    {
        QList<ServerEvent> events; // oldest first
        int skippedLines = 0;      // not a complete event (a cut-off last line, garbage)
        QStringList errors;        // files that exist but could not be read, translated
    };

    explicit EventLogStore(const QString &folder, Options options = {});
    ~EventLogStore();
    EventLogStore(const EventLogStore &) = delete;
    EventLogStore &operator=(const EventLogStore &) = delete;

    QString folder() const { return m_folder; }
    const Options &options() const { return m_options; }
    // The files in the folder, newest first (only those that exist).
    QStringList files() const;

    // Appends one line per event, rotating first when needed: one write and flush for all of them.
    // Returns false (and sets errorString()) when the folder or file cannot be written; the lines of
    // this call from the failure on are lost, and the next call tries again.
    bool append(const ServerEvent &event);
    bool append(const QList<ServerEvent> &events);
    QString errorString() const { return m_error; }

    // The most recent maxCount events of a folder, oldest first. Touches only the files, so it may
    // run in a worker thread while nothing appends. Reads at most maxFiles × maxFileBytes.
    static LoadResult load(const QString &folder, int maxCount, const Options &options = {});

    static QString fileName(int index); // 0: "events.jsonl", 1: "events.1.jsonl", …

private:
    bool ensureOpen();
    bool rotate();
    bool writeLines(const QList<QByteArray> &lines);
    bool writeChunk(const QByteArray &chunk, qsizetype lines);

    QString m_folder;
    Options m_options;
    QFile m_file;
    QString m_error;
};

// --- The log -----------------------------------------------------------------------------------

class EventLogWriter; // eventlog.cpp: the store on its own thread

// The events of a site in memory: a ring of at most capacity() events, oldest first. Lives in the
// GUI thread (connect the monitor's eventOccurred to append()). Signals come in pairs around each
// change so that a model can follow it exactly (rows are dropped at the front, added at the back).
//
// Cost on the GUI thread: append() copies the events into the ring and hands them to the store's
// writer thread (a mutex, a list append, a wake-up: microseconds, the disk never). The writer
// thread (a QThread owned by the log, one per open store) turns everything queued since its last
// write into lines and writes them with one write and one flush, rotating when needed; events keep
// their order. A write failure comes back to the GUI thread as storeErrorOccurred(). closeStore()
// and the destructor wait until everything queued is written (at most kCloseTimeoutMs; after that
// the rest is dropped and the thread ends on its own once the write it is stuck in returns).
class EventLog : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultCapacity = 10'000;

    explicit EventLog(int capacity = kDefaultCapacity, QObject *parent = nullptr);
    ~EventLog() override;

    int capacity() const { return m_capacity; }
    int size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    const ServerEvent &at(int index) const; // 0 = oldest
    QList<ServerEvent> events() const;      // oldest first

    // Waits at most this long in closeStore() and the destructor for the writer thread to finish.
    static constexpr int kCloseTimeoutMs = 10'000;
    // At most this many events wait for the writer thread; beyond that (the disk hangs), new events
    // are kept in memory only and the store reports an error.
    static constexpr int kMaxQueuedEvents = 50'000;

    // Keeps the log across restarts: loads the most recent capacity() events from the folder
    // (before the events already in memory) and from now on writes every appended event there, on
    // the writer thread. The load runs synchronously on the calling thread (before it returns, so
    // the window shows the history at once) and reads at most maxFiles × maxFileBytes (5 MiB by
    // default, a few tens of milliseconds), once at start. A store already open is closed first.
    EventLogStore::LoadResult openStore(const QString &folder, const EventLogStore::Options &options = {});
    // Writes what is queued, then stops the writer thread (see kCloseTimeoutMs). Appends after it
    // stay in memory only.
    void closeStore();
    bool hasStore() const { return m_writer != nullptr; }
    // The last write error; empty when the last write worked (or nothing was written yet). Safe to
    // call at any time; it may change as soon as the writer thread finishes a batch.
    QString storeError() const;
    // Blocks the calling thread until every event appended so far was written (or failed); false
    // when the deadline passed first. For tests, benchmarks and reading the files while the store is
    // open; the console never needs it. True at once without a store.
    bool waitForStore(QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever)) const;

    void append(const ServerEvent &event);
    void append(const QList<ServerEvent> &events);
    // Forgets what is in memory; the files keep their history.
    void clear();

signals:
    void aboutToDropOldest(int count);
    void droppedOldest(int count);
    void aboutToAppend(int count);
    void appended(int count);
    void aboutToReset();
    void wasReset();
    // A write to the store failed (once per run of failures, not per event or batch); translated.
    // Emitted on the log's thread: after the writer thread found the failure, or from append() when
    // kMaxQueuedEvents are waiting already.
    void storeErrorOccurred(const QString &message);

private:
    void replaceAll(const QList<ServerEvent> &events);
    void pushBack(const ServerEvent &event); // at capacity, overwrites the oldest
    void writeToStore(const QList<ServerEvent> &events);

    int m_capacity;
    std::vector<ServerEvent> m_ring;
    int m_head = 0; // index of the oldest event in m_ring
    int m_size = 0;
    std::unique_ptr<EventLogWriter> m_writer;
    quint64 m_storeGeneration = 0; // a failure reported by a store closed since is not emitted
};

// --- Models ------------------------------------------------------------------------------------

// The event log as a table, oldest first (sort the proxy by time to show the newest on top).
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Time,       // local time "yyyy-MM-dd HH:mm:ss"; tooltip: ISO 8601 UTC
        Server,     // the media server's URL, or the UCServer host
        Kind,       // translated kind
        Transition, // "Up → Down" for state changes, else empty
        Reason,     // the event's text
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // time: ms since epoch; other columns: their text
        KindRole,                    // int(ServerEvent::Kind)
        SeverityRole,                // int(EventSeverity)
        FailureRole,                 // the failure code id, e.g. "tcp-refused"
        ServerRole,                  // the server key (every column)
        EventRole,                   // the ServerEvent (QVariant)
    };

    // The log must outlive the model.
    explicit EventLogModel(const EventLog &log, QObject *parent = nullptr);

    const ServerEvent &event(int row) const { return m_log.at(row); }
    using QAbstractTableModel::event; // QObject::event(QEvent *) stays visible (clang -Woverloaded-virtual)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString timeText(const QDateTime &time); // local "yyyy-MM-dd HH:mm:ss"
    static QString transitionText(const ServerEvent &event);

private:
    const EventLog &m_log;
};

// Filters an EventLogModel by text, kinds, server and severity; sorts by SortRole.
class EventLogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EventLogFilterModel(QObject *parent = nullptr);

    // Case-insensitive, in the server, kind, transition and reason columns; empty: everything.
    void setTextFilter(const QString &text);
    QString textFilter() const { return m_text; }
    // Only these kinds; empty: every kind.
    void setKinds(const QSet<ServerEvent::Kind> &kinds);
    // Only events of this server key (exact); empty: every server.
    void setServer(const QString &server);
    // Only events at least this severe; Info: everything, Failure: only down/failure events.
    void setMinimumSeverity(EventSeverity severity);

    // The events the proxy shows, in its order (for "export what I see").
    QList<ServerEvent> visibleEvents() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QSet<ServerEvent::Kind> m_kinds;
    QString m_server;
    EventSeverity m_minimumSeverity = EventSeverity::Info;
};

} // namespace ucmc
