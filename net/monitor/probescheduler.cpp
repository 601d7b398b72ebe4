#include "net/monitor/probescheduler.h"

#include <QAbstractEventDispatcher>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <functional>

namespace ucmc {

namespace {
const QElapsedTimer &processClock()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer c;
        c.start();
        return c;
    }();
    return clock;
}

struct WakeUps
{
    bool watched = false;
    quint64 blocks = 0;        // how often the event loop was about to block
    quint64 stampedBlock = ~quint64(0);
    qint64 wakeNs = 0;
    int socketWork = 0; // messages read or sent since the loop last blocked
};
thread_local WakeUps t_wakeUps;
} // namespace

ProbeScheduler::ProbeScheduler(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ProbeScheduler::onTimer);
}

ProbeScheduler::~ProbeScheduler()
{
    for (Slot &slot : m_slots) {
        if (slot.client)
            slot.client->m_slot = -1;
    }
}

qint64 ProbeScheduler::nowMs()
{
    return processClock().elapsed();
}

qint64 ProbeScheduler::nowNs()
{
    return processClock().nsecsElapsed();
}

void ProbeScheduler::noteSocketWork()
{
    ++t_wakeUps.socketWork;
}

qint64 ProbeScheduler::wakeNs()
{
    WakeUps &w = t_wakeUps;
    if (!w.watched)
        return nowNs();
    if (w.stampedBlock != w.blocks) {
        w.stampedBlock = w.blocks;
        w.wakeNs = nowNs();
    }
    return w.wakeNs;
}

void ProbeScheduler::watchWakeUps()
{
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    if (!dispatcher || t_wakeUps.watched)
        return;
    t_wakeUps.watched = true;
    static const int settleUs = qEnvironmentVariableIsSet("UCMC_PROBE_SETTLE_US") // for measurements
                                    ? qEnvironmentVariableIntValue("UCMC_PROBE_SETTLE_US")
                                    : kSettleUs;
    connect(
        dispatcher, &QAbstractEventDispatcher::aboutToBlock, dispatcher,
        [] {
            if (t_wakeUps.socketWork >= kSettleAfterWork && settleUs > 0)
                QThread::usleep(settleUs);
            t_wakeUps.socketWork = 0;
            ++t_wakeUps.blocks;
        },
        Qt::DirectConnection);
}

int ProbeScheduler::gridFor(int intervalMs, int clients)
{
    static const int forced = qEnvironmentVariableIntValue("UCMC_PROBE_GRID_MS"); // for measurements
    if (forced > 0)
        return forced;
    const int finest = qBound(1, intervalMs / 10, kMaxGridMs);
    if (clients <= 0)
        return finest;
    const qint64 even = qint64(intervalMs) * kBurstClients / clients;
    return int(qBound(qint64(finest), even, qint64(qMax(finest, intervalMs))));
}

void ProbeScheduler::schedule(Client *client, qint64 atMs, int gridMs)
{
    if (client->m_slot < 0) {
        if (m_freeSlots.empty()) {
            client->m_slot = int(m_slots.size());
            m_slots.push_back({});
        } else {
            client->m_slot = int(m_freeSlots.back());
            m_freeSlots.pop_back();
        }
        m_slots[size_t(client->m_slot)].client = client;
    }
    Slot &slot = m_slots[size_t(client->m_slot)];
    ++slot.sequence;
    slot.pending = true;
    // Periodic work to the nearest grid point: deadlines close together share one wake-up.
    const qint64 at = gridMs > 1 ? (atMs + gridMs / 2) / gridMs * gridMs : atMs;
    m_heap.push_back({at, quint32(client->m_slot), slot.sequence});
    std::push_heap(m_heap.begin(), m_heap.end(), std::greater<Entry>());
    if (m_armedAtMs < 0 || at < m_armedAtMs)
        arm();
}

void ProbeScheduler::cancel(Client *client)
{
    if (client->m_slot < 0)
        return;
    Slot &slot = m_slots[size_t(client->m_slot)];
    ++slot.sequence;
    slot.pending = false;
}

void ProbeScheduler::remove(Client *client)
{
    if (client->m_slot < 0)
        return;
    Slot &slot = m_slots[size_t(client->m_slot)];
    ++slot.sequence;
    slot.pending = false;
    slot.client = nullptr;
    m_freeSlots.push_back(quint32(client->m_slot));
    client->m_slot = -1;
}

void ProbeScheduler::arm()
{
    // Drop dead entries on top, so an empty heap stops the timer.
    while (!m_heap.empty()) {
        const Entry &top = m_heap.front();
        const Slot &slot = m_slots[top.slot];
        if (slot.client && slot.pending && slot.sequence == top.sequence)
            break;
        std::pop_heap(m_heap.begin(), m_heap.end(), std::greater<Entry>());
        m_heap.pop_back();
    }
    if (m_heap.empty()) {
        m_timer.stop();
        m_armedAtMs = -1;
        return;
    }
    const qint64 at = m_heap.front().atMs;
    if (at == m_armedAtMs && m_timer.isActive())
        return;
    m_armedAtMs = at;
    m_timer.start(int(qMax<qint64>(0, at - nowMs())));
}

void ProbeScheduler::onTimer()
{
    m_armedAtMs = -1;
    wakeNs(); // the wake-up's time, before this burst's work: a reply read later in it came before
    const qint64 now = nowMs();
    m_due.clear();
    while (!m_heap.empty() && m_heap.front().atMs <= now) {
        const Entry entry = m_heap.front();
        std::pop_heap(m_heap.begin(), m_heap.end(), std::greater<Entry>());
        m_heap.pop_back();
        Slot &slot = m_slots[entry.slot];
        if (slot.client && slot.pending && slot.sequence == entry.sequence)
            m_due.push_back(entry);
    }
    // Call after collecting: a client may schedule itself again, also for "now".
    for (const Entry &entry : m_due) {
        Slot &slot = m_slots[entry.slot];
        if (!slot.client || !slot.pending || slot.sequence != entry.sequence)
            continue; // cancelled or removed by an earlier client of this round
        slot.pending = false;
        slot.client->due();
    }
    arm();
}

} // namespace ucmc
