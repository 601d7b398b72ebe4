#include "net/epolleventdispatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cerrno>
#include <ctime>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace ucmc {

namespace {
constexpr int kMaxEvents = 256;
}

EpollEventDispatcher *EpollEventDispatcher::create(QObject *parent)
{
    const int epollFd = epoll_create1(EPOLL_CLOEXEC);
    if (epollFd < 0)
        return nullptr;
    const int eventFd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (eventFd < 0) {
        ::close(epollFd);
        return nullptr;
    }
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.fd = eventFd;
    if (epoll_ctl(epollFd, EPOLL_CTL_ADD, eventFd, &event) != 0) {
        ::close(eventFd);
        ::close(epollFd);
        return nullptr;
    }
    return new EpollEventDispatcher(epollFd, eventFd, parent);
}

EpollEventDispatcher::EpollEventDispatcher(int epollFd, int eventFd, QObject *parent)
    : QAbstractEventDispatcher(parent)
    , m_epollFd(epollFd)
    , m_eventFd(eventFd)
{
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    ::close(m_eventFd);
    ::close(m_epollFd);
}

qint64 EpollEventDispatcher::nowNs()
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

void EpollEventDispatcher::markDirty(int fd, Descriptor &descriptor)
{
    if (!descriptor.dirty) {
        descriptor.dirty = true;
        m_dirty.push_back(fd);
    }
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    Descriptor &d = m_descriptors[fd];
    switch (notifier->type()) {
    case QSocketNotifier::Read:
        d.read = notifier;
        break;
    case QSocketNotifier::Write:
        d.write = notifier;
        break;
    case QSocketNotifier::Exception:
        d.exception = notifier;
        break;
    }
    markDirty(fd, d);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    const auto it = m_descriptors.find(fd);
    if (it != m_descriptors.end()) {
        Descriptor &d = *it;
        if (d.read == notifier)
            d.read = nullptr;
        else if (d.write == notifier)
            d.write = nullptr;
        else if (d.exception == notifier)
            d.exception = nullptr;
        if (!d.read && !d.write && !d.exception) {
            // At once, not at the next wait: Qt closes the descriptor right after disabling its
            // last notifier, and a new socket may get the same number before the next wait (Qt
            // retries a refused address that way). The kernel would have dropped the closed one
            // from the set, while the lazy bookkeeping would still believe it is registered.
            if (d.registered) {
                epoll_event event{};
                epoll_ctl(m_epollFd, EPOLL_CTL_DEL, fd, &event);
            }
            m_descriptors.erase(it);
        } else {
            markDirty(fd, d);
        }
    }
    // Not to be activated any more in this iteration (it may be deleted next).
    for (QSocketNotifier *&pending : m_pending) {
        if (pending == notifier)
            pending = nullptr;
    }
}

void EpollEventDispatcher::applyChanges()
{
    for (const int fd : m_dirty) {
        const auto it = m_descriptors.find(fd);
        if (it == m_descriptors.end())
            continue;
        Descriptor &d = *it;
        d.dirty = false;
        const quint32 wanted = (d.read ? quint32(EPOLLIN) : 0u) | (d.write ? quint32(EPOLLOUT) : 0u)
                               | (d.exception ? quint32(EPOLLPRI) : 0u);
        if (wanted == d.registered) {
            if (!wanted)
                m_descriptors.erase(it);
            continue;
        }
        epoll_event event{};
        event.events = wanted;
        event.data.fd = fd;
        if (!wanted) {
            // A closed descriptor has left the set by itself (EBADF, ENOENT): nothing to undo.
            epoll_ctl(m_epollFd, EPOLL_CTL_DEL, fd, &event);
            m_descriptors.erase(it);
            continue;
        }
        int result = epoll_ctl(m_epollFd, d.registered ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, fd, &event);
        if (result != 0 && errno == ENOENT) // closed and reused since: the kernel forgot it
            result = epoll_ctl(m_epollFd, EPOLL_CTL_ADD, fd, &event);
        else if (result != 0 && errno == EEXIST)
            result = epoll_ctl(m_epollFd, EPOLL_CTL_MOD, fd, &event);
        d.registered = result == 0 ? wanted : 0;
    }
    m_dirty.clear();
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object)
{
    Timer &timer = m_timers[timerId];
    timer.intervalMs = interval;
    timer.type = timerType;
    timer.object = object;
    timer.deadlineNs = nowNs() + interval * 1'000'000;
    timer.active = false;
    m_deadlines.emplace(timer.deadlineNs, timerId);
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return false;
    m_deadlines.erase({it->deadlineNs, timerId});
    m_timers.erase(it);
    return true;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    bool any = false;
    for (auto it = m_timers.begin(); it != m_timers.end();) {
        if (it->object == object) {
            m_deadlines.erase({it->deadlineNs, it.key()});
            it = m_timers.erase(it);
            any = true;
        } else {
            ++it;
        }
    }
    return any;
}

QList<QAbstractEventDispatcher::TimerInfo> EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> list;
    for (auto it = m_timers.cbegin(); it != m_timers.cend(); ++it) {
        if (it->object == object)
            list.append(TimerInfo(it.key(), int(it->intervalMs), it->type));
    }
    return list;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const auto it = m_timers.constFind(timerId);
    if (it == m_timers.cend())
        return -1;
    return int(qMax<qint64>(0, (it->deadlineNs - nowNs() + 999'999) / 1'000'000));
}

void EpollEventDispatcher::wakeUp()
{
    if (m_wakeUps.testAndSetAcquire(0, 1)) {
        const quint64 one = 1;
        ssize_t written;
        do {
            written = ::write(m_eventFd, &one, sizeof one);
        } while (written < 0 && errno == EINTR);
    }
}

void EpollEventDispatcher::interrupt()
{
    m_interrupt.storeRelaxed(1);
    wakeUp();
}

int EpollEventDispatcher::waitTimeoutMs(bool canWait) const
{
    if (!canWait)
        return 0;
    // The first timer not being delivered, as Qt's dispatchers do: one whose handler runs a nested
    // event loop is not activated in it, and its past deadline must not turn the wait into a spin.
    for (const auto &[deadline, id] : m_deadlines) {
        const auto it = m_timers.constFind(id);
        if (it != m_timers.cend() && it->active)
            continue;
        const qint64 wait = deadline - nowNs();
        if (wait <= 0)
            return 0;
        return int(qMin<qint64>((wait + 999'999) / 1'000'000, 24 * 3600 * 1000)); // rounded up: never early
    }
    return -1;
}

int EpollEventDispatcher::activateTimers()
{
    const qint64 now = nowNs();
    // The timers due now, taken first: handlers may start, stop or delete timers.
    std::vector<int> due;
    for (auto it = m_deadlines.begin(); it != m_deadlines.end() && it->first <= now; ++it)
        due.push_back(it->second);
    int activated = 0;
    for (const int id : due) {
        auto it = m_timers.find(id);
        if (it == m_timers.end() || it->active || it->deadlineNs > now)
            continue;
        // The next deadline before the event: a single-shot QTimer stops itself in its handler.
        m_deadlines.erase({it->deadlineNs, id});
        qint64 next = it->deadlineNs + it->intervalMs * 1'000'000;
        if (next <= now)
            next = now + it->intervalMs * 1'000'000; // late: do not catch up with a burst
        if (it->intervalMs == 0)
            next = now + 1; // zero timers fire once per pass, not in a loop
        it->deadlineNs = next;
        it->active = true;
        m_deadlines.emplace(next, id);
        QObject *object = it->object;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(object, &event);
        ++activated;
        it = m_timers.find(id);
        if (it != m_timers.end())
            it->active = false;
    }
    return activated;
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupt.storeRelaxed(0);
    emit awake();
    QCoreApplication::sendPostedEvents();

    const bool includeTimers = !(flags & QEventLoop::X11ExcludeTimers);
    const bool includeNotifiers = !(flags & QEventLoop::ExcludeSocketNotifiers);
    const bool canWait = (flags & QEventLoop::WaitForMoreEvents) && !m_interrupt.loadRelaxed();
    if (canWait)
        emit aboutToBlock();
    if (m_interrupt.loadRelaxed())
        return false;

    applyChanges();
    const int timeout = includeTimers ? waitTimeoutMs(canWait) : (canWait ? -1 : 0);
    int handled = 0;
    const auto takeWakeUp = [this, &handled] {
        quint64 value;
        while (::read(m_eventFd, &value, sizeof value) > 0) {
        }
        m_wakeUps.storeRelease(0);
        ++handled;
    };
    if (!includeNotifiers) {
        // Sockets excluded: a ready socket would end an epoll wait at once, again and again. Wait
        // for a wake-up (posted events, interrupt) or the next timer alone.
        pollfd wakeUp{m_eventFd, POLLIN, 0};
        if (::poll(&wakeUp, 1, timeout) > 0)
            takeWakeUp();
        if (includeTimers)
            handled += activateTimers();
        return handled > 0;
    }
    epoll_event events[kMaxEvents];
    int ready = epoll_wait(m_epollFd, events, kMaxEvents, timeout);
    if (ready < 0)
        ready = 0; // EINTR: a signal; timers and posted events are looked at below anyway

    m_pending.clear();
    for (int i = 0; i < ready; ++i) {
        const int fd = events[i].data.fd;
        const quint32 got = events[i].events;
        if (fd == m_eventFd) {
            takeWakeUp();
            continue;
        }
        const auto it = m_descriptors.constFind(fd);
        if (it == m_descriptors.cend())
            continue;
        // As Qt's poll() dispatcher: a hang-up or error wakes every notifier, who then see it (the
        // kernel reports them unasked: a notifier not woken by them would make the wait spin).
        if (it->read && (got & (EPOLLIN | EPOLLHUP | EPOLLERR | EPOLLRDHUP)))
            m_pending.push_back(it->read);
        if (it->write && (got & (EPOLLOUT | EPOLLHUP | EPOLLERR)))
            m_pending.push_back(it->write);
        if (it->exception && (got & (EPOLLPRI | EPOLLHUP | EPOLLERR)))
            m_pending.push_back(it->exception);
    }
    // Delivered after collecting: a handler may unregister (and delete) a later notifier.
    for (size_t i = 0; i < m_pending.size(); ++i) {
        QSocketNotifier *notifier = m_pending[i];
        if (!notifier)
            continue;
        m_pending[i] = nullptr;
        QEvent event(QEvent::SockAct);
        QCoreApplication::sendEvent(notifier, &event);
        ++handled;
    }
    m_pending.clear();
    if (includeTimers)
        handled += activateTimers();
    return handled > 0;
}

} // namespace ucmc
