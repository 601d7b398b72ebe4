#pragma once

#include <QAbstractEventDispatcher>
#include <QAtomicInt>
#include <QHash>

#include <set>
#include <utility>
#include <vector>

class QSocketNotifier;

namespace ucmc {

// An event dispatcher for the monitor thread on Linux, built on epoll.
//
// Qt's own dispatchers (GLib and the poll() one) hand every registered socket to the kernel on
// every wake-up: with a thousand open WebSockets that is a thousand file descriptors polled (and
// their pollfd array rebuilt) for every single pong, which made the transport dominate the
// monitor's CPU. With epoll the kernel keeps the interest set, a wake-up costs only for the
// sockets that are ready, and enabling or disabling a notifier (QAbstractSocket toggles its write
// notifier around every write) costs nothing until the next wait, when all changes of the
// iteration are applied at once, with one epoll_ctl per socket that really changed.
//
// Everything else behaves as with Qt's dispatchers: level-triggered socket notifiers (read, write,
// exception), QObject timers of every type (precise to the millisecond; coarse timers are treated
// as precise), posted events, wakeUp() from other threads through an eventfd, interrupt().
// Install it with QThread::setEventDispatcher() before the thread starts.
class EpollEventDispatcher : public QAbstractEventDispatcher
{
    Q_OBJECT
public:
    // nullptr when the kernel refuses an epoll or eventfd descriptor (then use Qt's dispatcher).
    static EpollEventDispatcher *create(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;
    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;
    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;
    void wakeUp() override;
    void interrupt() override;

private:
    EpollEventDispatcher(int epollFd, int eventFd, QObject *parent);

    struct Descriptor
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
        QSocketNotifier *exception = nullptr;
        quint32 registered = 0; // the events the kernel has for it; 0: not in the epoll set
        bool dirty = false;
    };
    struct Timer
    {
        qint64 intervalMs = 0;
        Qt::TimerType type = Qt::CoarseTimer;
        QObject *object = nullptr;
        qint64 deadlineNs = 0;
        bool active = false; // its event is being delivered (no recursive activation)
    };

    static qint64 nowNs();
    void markDirty(int fd, Descriptor &descriptor);
    void applyChanges();
    int activateTimers();
    int waitTimeoutMs(bool canWait) const;

    int m_epollFd;
    int m_eventFd;
    QAtomicInt m_wakeUps;
    QAtomicInt m_interrupt;
    QHash<int, Descriptor> m_descriptors;
    std::vector<int> m_dirty;
    std::vector<QSocketNotifier *> m_pending; // activations of this iteration, in order
    QHash<int, Timer> m_timers;
    std::set<std::pair<qint64, int>> m_deadlines; // (deadline ns, timer id)
};

} // namespace ucmc
