#pragma once

#include <QObject>
#include <QTimer>

#include <vector>

namespace ucmc {

// One timer for all connections of a monitor thread (instead of one QTimer each): deadlines in a
// min-heap, due ones handled together. Periodic work (the next ping, the next connection attempt)
// is moved onto a coarse grid, so the pings of a thousand servers go out in a few bursts a
// second instead of one wake-up each: every wake-up of a thread costs far more than a ping (two
// context switches; in a VM with paravirtualised interrupts, tens of microseconds). Deadlines
// that detect failures (timeouts) are kept to the millisecond. Single-threaded: use it in the
// thread it lives in.
class ProbeScheduler : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxGridMs = 100; // the grid for periodic work of many clients, at most
    static constexpr int kBurstClients = 250; // clients per grid point, on average, at most
    // The grid for work that repeats every intervalMs among `clients` clients: one grid point per
    // interval while there are at most kBurstClients (a small installation wakes the thread once
    // per interval, not once per server), finer for more (at most kBurstClients per burst, so the
    // replies of one burst are read before they wait long), but never finer than a tenth of the
    // interval or kMaxGridMs. 0 clients: that finest grid.
    static int gridFor(int intervalMs, int clients = 0);
    // How many clients repeat work on this scheduler (the monitors of its thread set and add to
    // it), for periodicGrid().
    void setPeriodicClients(int clients) { m_periodicClients = clients; }
    void addPeriodicClients(int delta) { m_periodicClients += delta; }
    int periodicClients() const { return m_periodicClients; }
    int periodicGrid(int intervalMs) const { return gridFor(intervalMs, m_periodicClients); }

    class Client
    {
    public:
        virtual void due() = 0;

    protected:
        virtual ~Client() = default;

    private:
        friend class ProbeScheduler;
        int m_slot = -1;
    };

    explicit ProbeScheduler(QObject *parent = nullptr);
    ~ProbeScheduler() override;

    // Monotonic milliseconds and nanoseconds (one clock for the whole process).
    static qint64 nowMs();
    static qint64 nowNs();
    // When this thread woke up for the events it handles now: nowNs() at the first call after its
    // event loop last blocked. Replies that one wake-up reads all arrived before it, so a round trip
    // ends there, not at the moment the thread got round to each reply (with a burst of replies,
    // the last would carry the work of all before it). Outside a thread that called
    // watchWakeUps(): nowNs().
    static qint64 wakeNs();
    // Follow the event loop of the calling thread (call it in that thread).
    static void watchWakeUps();
    // A socket read or sent a message in this wake-up. When a wake-up did so for many
    // connections (a burst of a large installation), the thread settles for a moment before it
    // blocks again, so the replies still on their way are read in one wake-up instead of one each:
    // Qt's dispatchers on Linux (poll) cost in proportion to all sockets on every wake-up.
    static void noteSocketWork();
    static constexpr int kSettleAfterWork = 50; // socket events in one wake-up, at least
    static constexpr int kSettleUs = 1000;      // at most this much is added to a round trip

    // Calls client->due() once at atMs, from the event loop (never from inside this call), and
    // replaces the client's previous deadline. With a grid, atMs moves to the nearest multiple of
    // gridMs (by at most half of it, so a period stays exact on average): periodic work of many
    // clients then shares wake-ups. Without one, the deadline is kept to the millisecond.
    void schedule(Client *client, qint64 atMs, int gridMs = 0);
    void cancel(Client *client);
    // Forget the client (its destructor must call this).
    void remove(Client *client);

    qsizetype pendingEntries() const { return qsizetype(m_heap.size()); }

private:
    struct Entry
    {
        qint64 atMs;
        quint32 slot;
        quint32 sequence;
        bool operator>(const Entry &other) const { return atMs > other.atMs; }
    };
    struct Slot
    {
        Client *client = nullptr;
        quint32 sequence = 0; // an entry is live only while its sequence matches
        bool pending = false;
    };

    void onTimer();
    void arm();

    QTimer m_timer{this}; // a child: it moves to another thread with the scheduler
    qint64 m_armedAtMs = -1;
    int m_periodicClients = 0;
    std::vector<Entry> m_heap; // std::push_heap with std::greater: earliest on top
    std::vector<Slot> m_slots;
    std::vector<quint32> m_freeSlots;
    std::vector<Entry> m_due; // reused between wake-ups
};

} // namespace ucmc
