// The monitor thread's epoll event dispatcher (net/epolleventdispatcher.h) installed in a real
// QThread, held to what Qt's own dispatchers do: QTimer and QObject timers of every type (in
// deadline order, never early, stopped when stopped, started from inside a timeout), socket
// notifiers on socketpairs and loopback TCP (level-triggered, enable/disable, deleted inside their
// own activation, descriptor numbers reused, hang-up, urgent data, more ready sockets than one
// wait returns, 200 connections), posted events and queued calls from other threads, interrupt(),
// quit/exit, deleteLater and a clean end of the thread.
//
// Timing is never asserted tight: a timer must not fire before its interval and must fire
// eventually; "promptly" means within seconds. All traffic is on 127.0.0.1 or socketpairs.
//
// UCMC_TEST_DISPATCHER=qt runs the same tests on Qt's own dispatcher instead (QT_NO_GLIB=1 for the
// poll() one the epoll dispatcher follows): the reference run, which shows that the assertions are
// Qt's behaviour and not this dispatcher's own.
#include "net/epolleventdispatcher.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMutex>
#include <QPointer>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <arpa/inet.h>
#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace {

bool onQtDispatcher()
{
    return qEnvironmentVariable("UCMC_TEST_DISPATCHER") == QLatin1String("qt");
}

bool isGlib(const QAbstractEventDispatcher *dispatcher)
{
    return dispatcher && QByteArray(dispatcher->metaObject()->className()).contains("Glib");
}

// Nanoseconds on the monotonic clock the dispatchers use, comparable across threads.
qint64 nowNs()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.nsecsElapsed();
}

constexpr qint64 kMs = 1'000'000;

// How early a timer of this type may fire. The epoll dispatcher treats every timer as precise:
// never. Qt lets a coarse timer fire up to 5 % early (the reference run only).
qint64 earlySlackNs(Qt::TimerType type, int intervalMs)
{
    if (!onQtDispatcher() || type == Qt::PreciseTimer)
        return 0;
    return (intervalMs / 20 + 1) * kMs;
}

int openDescriptors()
{
    int count = 0;
    for ([[maybe_unused]] const auto &entry : std::filesystem::directory_iterator("/proc/self/fd"))
        ++count;
    return count;
}

// What happened in the loop thread, in order, with a time; read from the test thread.
class Log
{
public:
    void add(const QString &what, qint64 ns = 0)
    {
        QMutexLocker lock(&m_mutex);
        m_entries.append({what, ns});
    }
    int size() const
    {
        QMutexLocker lock(&m_mutex);
        return int(m_entries.size());
    }
    int count(const QString &what) const
    {
        QMutexLocker lock(&m_mutex);
        return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                                 [&](const Entry &e) { return e.what == what; }));
    }
    QStringList names() const
    {
        QMutexLocker lock(&m_mutex);
        QStringList list;
        for (const Entry &e : m_entries)
            list << e.what;
        return list;
    }
    // The time of the n-th entry named so, -1 when there is none.
    qint64 ns(const QString &what, int n = 0) const
    {
        QMutexLocker lock(&m_mutex);
        for (const Entry &e : m_entries) {
            if (e.what == what && n-- == 0)
                return e.ns;
        }
        return -1;
    }

private:
    struct Entry
    {
        QString what;
        qint64 ns;
    };
    mutable QMutex m_mutex;
    QList<Entry> m_entries;
};

// A QThread in exec() on the dispatcher under test. Code runs in it through a context object,
// whose children (timers, notifiers, sockets) are deleted in the thread when it finishes.
// Declare what its handlers touch before it: it is stopped first.
class LoopThread
{
public:
    LoopThread()
    {
        if (!onQtDispatcher()) {
            m_epoll = ucmc::EpollEventDispatcher::create();
            if (!m_epoll)
                return;
            m_thread.setEventDispatcher(m_epoll);
        }
        m_thread.setObjectName(QStringLiteral("dispatcher-under-test"));
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        m_thread.start();
        run([this] { m_dispatcher = QAbstractEventDispatcher::instance(); });
    }
    ~LoopThread() { stop(); }
    Q_DISABLE_COPY_MOVE(LoopThread)

    // The dispatcher under test runs the thread.
    bool ok() const { return m_dispatcher && (onQtDispatcher() || m_dispatcher == m_epoll); }
    void stop()
    {
        if (!m_thread.isRunning())
            return;
        m_thread.quit();
        if (!m_thread.wait(20000))
            qFatal("the loop thread did not end");
    }
    template <typename F>
    void run(F &&f)
    {
        QMetaObject::invokeMethod(m_context, std::forward<F>(f), Qt::BlockingQueuedConnection);
    }
    template <typename F>
    void post(F &&f)
    {
        QMetaObject::invokeMethod(m_context, std::forward<F>(f), Qt::QueuedConnection);
    }
    QObject *context() const { return m_context; }
    QAbstractEventDispatcher *dispatcher() const { return m_dispatcher; }
    QThread &thread() { return m_thread; }

    // Counts the dispatcher's wake-ups (awake() is emitted once per processEvents()).
    void countWakeUps(std::atomic<int> &counter)
    {
        QObject::connect(m_dispatcher, &QAbstractEventDispatcher::awake, m_context, [&counter] { ++counter; },
                         Qt::DirectConnection);
    }

private:
    QThread m_thread;
    ucmc::EpollEventDispatcher *m_epoll = nullptr; // deleted by the thread when it finishes
    QAbstractEventDispatcher *m_dispatcher = nullptr;
    QObject *m_context = nullptr;
};

// A connected AF_UNIX stream pair, non-blocking.
struct SocketPair
{
    int fd[2] = {-1, -1};
    SocketPair()
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, fd) != 0)
            fd[0] = fd[1] = -1;
    }
    ~SocketPair()
    {
        closeEnd(0);
        closeEnd(1);
    }
    Q_DISABLE_COPY_MOVE(SocketPair)
    bool ok() const { return fd[0] >= 0 && fd[1] >= 0; }
    void closeEnd(int end)
    {
        if (fd[end] >= 0)
            ::close(fd[end]);
        fd[end] = -1;
    }
    bool send(int end, const QByteArray &data) const
    {
        return ::write(fd[end], data.constData(), size_t(data.size())) == data.size();
    }
};

// A connected loopback TCP pair from plain sockets; the server end non-blocking.
struct TcpPair
{
    int client = -1;
    int server = -1;
    TcpPair()
    {
        const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        auto *a = reinterpret_cast<sockaddr *>(&address);
        if (listener >= 0 && ::bind(listener, a, sizeof address) == 0 && ::listen(listener, 1) == 0
            && ::getsockname(listener, a, &length) == 0) {
            client = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
            if (client >= 0 && ::connect(client, a, sizeof address) == 0)
                server = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
        }
        if (listener >= 0)
            ::close(listener);
    }
    ~TcpPair()
    {
        if (client >= 0)
            ::close(client);
        if (server >= 0)
            ::close(server);
    }
    Q_DISABLE_COPY_MOVE(TcpPair)
    bool ok() const { return client >= 0 && server >= 0; }
};

QByteArray readAvailable(int fd)
{
    QByteArray all;
    char buffer[4096];
    ssize_t n;
    while ((n = ::read(fd, buffer, sizeof buffer)) > 0)
        all.append(buffer, n);
    return all;
}

// Writes until the kernel refuses more; returns how much it took.
qsizetype fill(int fd)
{
    static const QByteArray chunk(65536, 'f');
    qsizetype total = 0;
    ssize_t n;
    while ((n = ::write(fd, chunk.constData(), size_t(chunk.size()))) > 0)
        total += n;
    return total;
}

// A QObject timer (startTimer/killTimer) that logs its events and stops after a number of them.
class TimerObject : public QObject
{
public:
    TimerObject(Log &log, const QString &name, int stopAfter, QObject *parent)
        : QObject(parent)
        , m_log(log)
        , m_name(name)
        , m_stopAfter(stopAfter)
    {
    }
    int start(int intervalMs, Qt::TimerType type)
    {
        m_started = nowNs();
        m_id = startTimer(intervalMs, type);
        return m_id;
    }
    void stop() { killTimer(m_id); }

protected:
    void timerEvent(QTimerEvent *event) override
    {
        if (event->timerId() != m_id) {
            m_log.add(m_name + QStringLiteral(":foreign id"));
            return;
        }
        m_log.add(m_name, nowNs() - m_started);
        if (++m_count == m_stopAfter)
            killTimer(m_id);
    }

private:
    Log &m_log;
    QString m_name;
    int m_stopAfter;
    int m_id = 0;
    int m_count = 0;
    qint64 m_started = 0;
};

// An event posted with the time it was posted.
class StampedEvent : public QEvent
{
public:
    static constexpr QEvent::Type kType = QEvent::Type(QEvent::User + 1);
    explicit StampedEvent(qint64 postedNs, int producer = 0, int sequence = 0)
        : QEvent(kType)
        , postedNs(postedNs)
        , producer(producer)
        , sequence(sequence)
    {
    }
    qint64 postedNs;
    int producer;
    int sequence;
};

// Hands the custom events it receives to a function.
class EventReceiver : public QObject
{
public:
    using QObject::QObject;
    std::function<void(StampedEvent *)> onEvent;

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == StampedEvent::kType) {
            if (onEvent)
                onEvent(static_cast<StampedEvent *>(event));
            return true;
        }
        return QObject::event(event);
    }
};

// QThread::exit(code) must come back from exec().
class ExecThread : public QThread
{
public:
    std::atomic<int> code{-100};

protected:
    void run() override { code = exec(); }
};

} // namespace

class Emitter : public QObject
{
    Q_OBJECT
signals:
    void ping(qint64 postedNs);
};

class TestEpollEventDispatcher : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qInfo("dispatcher under test: %s",
              onQtDispatcher() ? "Qt's own (reference run)" : "ucmc::EpollEventDispatcher");
        if (!onQtDispatcher()) {
            std::unique_ptr<ucmc::EpollEventDispatcher> dispatcher(ucmc::EpollEventDispatcher::create());
            QVERIFY2(dispatcher, "the kernel refused an epoll or eventfd descriptor");
        }
    }

    void installedInThread()
    {
        LoopThread t;
        QVERIFY(t.ok());
        QAbstractEventDispatcher *inThread = nullptr;
        QThread *current = nullptr;
        t.run([&] {
            inThread = QAbstractEventDispatcher::instance();
            current = QThread::currentThread();
        });
        QCOMPARE(current, &t.thread());
        QCOMPARE(t.thread().eventDispatcher(), inThread);
        QCOMPARE(inThread->thread(), &t.thread());
        QVERIFY(inThread != QAbstractEventDispatcher::instance());
        if (!onQtDispatcher())
            QVERIFY(qobject_cast<ucmc::EpollEventDispatcher *>(inThread));
    }

    // ---- timers ------------------------------------------------------------------------------

    void singleShotTimers_data()
    {
        QTest::addColumn<Qt::TimerType>("type");
        QTest::newRow("precise") << Qt::PreciseTimer;
        QTest::newRow("coarse") << Qt::CoarseTimer;
        QTest::newRow("very coarse") << Qt::VeryCoarseTimer;
    }
    void singleShotTimers()
    {
        QFETCH(Qt::TimerType, type);
        if (onQtDispatcher() && type == Qt::VeryCoarseTimer)
            QSKIP("Qt rounds very coarse timers to whole seconds");
        Log log;
        LoopThread t;
        QVERIFY(t.ok());
        // Started out of order; the two of 40 ms fire in the order they were started.
        const QList<int> intervals{120, 40, 80, 40, 160};
        t.run([&] {
            for (int i = 0; i < intervals.size(); ++i) {
                const QString name = QStringLiteral("%1#%2").arg(intervals[i]).arg(i);
                auto *timer = new QTimer(t.context());
                timer->setSingleShot(true);
                timer->setTimerType(type);
                timer->setInterval(intervals[i]);
                const qint64 started = nowNs();
                connect(timer, &QTimer::timeout, timer,
                        [&log, name, started] { log.add(name, nowNs() - started); });
                timer->start();
            }
            const qint64 started = nowNs();
            QTimer::singleShot(60, type, t.context(),
                               [&log, started] { log.add(QStringLiteral("static60"), nowNs() - started); });
        });
        QTRY_COMPARE_WITH_TIMEOUT(log.size(), 6, 5000);
        QTest::qWait(250); // single shot: nothing more
        QCOMPARE(log.names(), QStringList({"40#1", "40#3", "static60", "80#2", "120#0", "160#4"}));
        const QList<std::pair<QString, int>> expected{{"40#1", 40}, {"40#3", 40}, {"static60", 60},
                                                       {"80#2", 80}, {"120#0", 120}, {"160#4", 160}};
        for (const auto &[name, interval] : expected) {
            const qint64 elapsed = log.ns(name);
            QVERIFY2(elapsed >= interval * kMs - earlySlackNs(type, interval),
                     qPrintable(QStringLiteral("%1 fired after %2 ns").arg(name).arg(elapsed)));
        }
    }

    void repeatingTimers_data() { singleShotTimers_data(); }
    void repeatingTimers()
    {
        QFETCH(Qt::TimerType, type);
        if (onQtDispatcher() && type == Qt::VeryCoarseTimer)
            QSKIP("Qt rounds very coarse timers to whole seconds");
        constexpr int interval = 30;
        constexpr int fires = 6;
        Log log;
        LoopThread t;
        QVERIFY(t.ok());
        t.run([&] {
            auto *timer = new QTimer(t.context());
            timer->setTimerType(type);
            timer->setInterval(interval);
            const qint64 started = nowNs();
            connect(timer, &QTimer::timeout, timer, [&log, timer, started] {
                log.add(QStringLiteral("qtimer"), nowNs() - started);
                if (log.count(QStringLiteral("qtimer")) == fires)
                    timer->stop();
            });
            timer->start();
            (new TimerObject(log, QStringLiteral("object"), fires, t.context()))->start(interval, type);
        });
        QTRY_VERIFY_WITH_TIMEOUT(log.count("qtimer") == fires && log.count("object") == fires, 5000);
        QTest::qWait(200); // stopped: no more
        QCOMPARE(log.count("qtimer"), fires);
        QCOMPARE(log.count("object"), fires);
        QCOMPARE(log.size(), 2 * fires); // no foreign timer ids
        for (const QString &name : {QStringLiteral("qtimer"), QStringLiteral("object")}) {
            for (int k = 1; k <= fires; ++k) {
                // The k-th event never before k intervals (a late one does not make the next early).
                const qint64 elapsed = log.ns(name, k - 1);
                QVERIFY2(elapsed >= k * (interval * kMs - earlySlackNs(type, interval)),
                         qPrintable(QStringLiteral("%1 event %2 after %3 ns").arg(name).arg(k).arg(elapsed)));
            }
        }
    }

    void stoppedTimersDoNotFire()
    {
        Log log;
        LoopThread t;
        QVERIFY(t.ok());
        QTimer *late = nullptr;
        t.run([&] {
            QObject *context = t.context();
            auto *single = new QTimer(context);
            single->setSingleShot(true);
            connect(single, &QTimer::timeout, context, [&] { log.add(QStringLiteral("single")); });
            auto *repeating = new QTimer(context);
            connect(repeating, &QTimer::timeout, context, [&] { log.add(QStringLiteral("repeating")); });
            auto *object = new TimerObject(log, QStringLiteral("object"), 100, context);
            auto *owner = new QObject(context);
            QTimer::singleShot(60, owner, [&] { log.add(QStringLiteral("static")); });
            single->start(60);
            repeating->start(20);
            object->start(20, Qt::PreciseTimer);
            // All stopped before the thread waits once.
            single->stop();
            repeating->stop();
            object->stop();
            delete owner;

            late = new QTimer(context);
            late->setSingleShot(true);
            connect(late, &QTimer::timeout, context, [&] { log.add(QStringLiteral("late")); });
            late->start(150);
        });
        QTest::qWait(40);
        t.run([&] { late->stop(); }); // one waited for already
        QTest::qWait(300);
        QCOMPARE(log.names(), QStringList());
        // The same timer started again does fire: the silence was the stop, not a dead loop.
        t.run([&] { late->start(30); });
        QTRY_COMPARE_WITH_TIMEOUT(log.names(), QStringList({"late"}), 5000);
    }

    // Timers due in the same pass: the first one's handler stops one, deletes another and starts
    // a zero timer (which may get the stopped one's id); only the first and the new one fire.
    void timerStoppedByEarlierTimerOfSamePass()
    {
        Log log;
        LoopThread t;
        QVERIFY(t.ok());
        t.run([&] {
            QObject *context = t.context();
            auto *b = new QTimer(context);
            b->setSingleShot(true);
            connect(b, &QTimer::timeout, context, [&] { log.add(QStringLiteral("B")); });
            auto *c = new QTimer(context);
            c->setSingleShot(true);
            connect(c, &QTimer::timeout, context, [&] { log.add(QStringLiteral("C")); });
            auto *a = new QTimer(context);
            a->setSingleShot(true);
            connect(a, &QTimer::timeout, context, [&, b, c, context] {
                log.add(QStringLiteral("A"));
                b->stop();
                delete c;
                auto *e = new QTimer(context);
                e->setSingleShot(true);
                connect(e, &QTimer::timeout, context, [&] { log.add(QStringLiteral("E")); });
                e->start(0);
            });
            a->start(20);
            b->start(30);
            c->start(30);
            QThread::msleep(80); // all three overdue when the loop looks next: one pass for them
        });
        QTRY_COMPARE_WITH_TIMEOUT(log.size(), 2, 5000);
        QTest::qWait(150);
        QCOMPARE(log.names(), QStringList({"A", "E"}));
    }

    void remainingTimeAndRegisteredTimers()
    {
        struct Seen
        {
            int justStarted = -2, later = -2, overdue = -2, stopped = -2, objectRemaining = -2,
                killedRemaining = -2;
            int inHandler = -2, qtimerId = 0, qtimerInterval = 0;
            int ids[3] = {};
            QList<QAbstractEventDispatcher::TimerInfo> timers, afterKill, ofQTimer;
        } seen;
        std::atomic<bool> handled{false};
        LoopThread t;
        QVERIFY(t.ok());
        t.run([&] {
            QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
            auto *timer = new QTimer(t.context());
            timer->setTimerType(Qt::PreciseTimer);
            timer->setSingleShot(true);
            timer->start(500);
            seen.justStarted = timer->remainingTime();
            seen.ofQTimer = dispatcher->registeredTimers(timer);
            seen.qtimerId = timer->timerId();
            QThread::msleep(120);
            seen.later = timer->remainingTime();
            timer->stop();
            seen.stopped = timer->remainingTime();

            auto *overdue = new QTimer(t.context());
            overdue->setSingleShot(true);
            overdue->start(10);
            QThread::msleep(40);
            seen.overdue = overdue->remainingTime();

            auto *object = new QObject(t.context());
            seen.ids[0] = object->startTimer(200, Qt::PreciseTimer);
            seen.ids[1] = object->startTimer(300, Qt::CoarseTimer);
            seen.ids[2] = object->startTimer(2000, Qt::VeryCoarseTimer);
            (new QObject(t.context()))->startTimer(250); // someone else's
            seen.timers = dispatcher->registeredTimers(object);
            seen.objectRemaining = dispatcher->remainingTime(seen.ids[0]);
            object->killTimer(seen.ids[1]);
            seen.afterKill = dispatcher->registeredTimers(object);
            seen.killedRemaining = dispatcher->remainingTime(seen.ids[1]);

            // A repeating timer in its own handler: the time to its next event.
            auto *repeating = new QTimer(t.context());
            repeating->setTimerType(Qt::PreciseTimer);
            connect(repeating, &QTimer::timeout, repeating, [&, repeating] {
                seen.inHandler = repeating->remainingTime();
                seen.qtimerInterval = repeating->interval();
                repeating->stop();
                handled = true;
            });
            repeating->start(100);
        });
        QTRY_VERIFY_WITH_TIMEOUT(handled.load(), 5000);
        t.stop();

        QVERIFY2(seen.justStarted > 0 && seen.justStarted <= 500,
                 qPrintable(QString::number(seen.justStarted)));
        QVERIFY2(seen.later >= 0 && seen.later <= 380, qPrintable(QString::number(seen.later)));
        QCOMPARE(seen.stopped, -1);
        QCOMPARE(seen.overdue, 0);
        QCOMPARE(seen.ofQTimer.size(), 1);
        QCOMPARE(seen.ofQTimer[0].timerId, seen.qtimerId);
        QCOMPARE(seen.ofQTimer[0].interval, 500);
        QCOMPARE(seen.ofQTimer[0].timerType, Qt::PreciseTimer);

        QCOMPARE(seen.timers.size(), 3);
        const int intervals[3] = {200, 300, 2000};
        const Qt::TimerType types[3] = {Qt::PreciseTimer, Qt::CoarseTimer, Qt::VeryCoarseTimer};
        for (int i = 0; i < 3; ++i) {
            const auto it = std::find_if(seen.timers.cbegin(), seen.timers.cend(),
                                         [&](const auto &info) { return info.timerId == seen.ids[i]; });
            QVERIFY2(it != seen.timers.cend(), qPrintable(QStringLiteral("timer %1 not listed").arg(i)));
            QCOMPARE(it->interval, intervals[i]);
            QCOMPARE(it->timerType, types[i]);
        }
        QVERIFY2(seen.objectRemaining >= 0 && seen.objectRemaining <= 200,
                 qPrintable(QString::number(seen.objectRemaining)));
        QCOMPARE(seen.afterKill.size(), 2);
        QVERIFY(std::none_of(seen.afterKill.cbegin(), seen.afterKill.cend(),
                             [&](const auto &info) { return info.timerId == seen.ids[1]; }));
        QCOMPARE(seen.killedRemaining, -1);
        QVERIFY2(seen.inHandler >= 0 && seen.inHandler <= seen.qtimerInterval,
                 qPrintable(QString::number(seen.inHandler)));
    }

    void timersStartedInsideTimeout()
    {
        Log log;
        LoopThread t;
        QVERIFY(t.ok());
        t.run([&] {
            QObject *context = t.context();
            auto *a = new QTimer(context);
            a->setSingleShot(true);
            a->setTimerType(Qt::PreciseTimer);
            connect(a, &QTimer::timeout, context, [&, a, context] {
                const qint64 at = nowNs();
                const bool first = log.count(QStringLiteral("A")) == 0;
                log.add(QStringLiteral("A"), at);
                if (!first)
                    return;
                QTimer::singleShot(40, Qt::PreciseTimer, context,
                                   [&log, at] { log.add(QStringLiteral("B"), nowNs() - at); });
                auto *c = new QTimer(context);
                c->setTimerType(Qt::PreciseTimer);
                connect(c, &QTimer::timeout, context, [&log, c, at] {
                    log.add(QStringLiteral("C"), nowNs() - at);
                    if (log.count(QStringLiteral("C")) == 3)
                        c->stop();
                });
                c->start(20);
                auto *zero = new QTimer(context);
                zero->setSingleShot(true);
                connect(zero, &QTimer::timeout, context, [&log] { log.add(QStringLiteral("Z")); });
                zero->start(0);
                a->start(30); // itself, again
            });
            a->start(30);
        });
        QTRY_VERIFY_WITH_TIMEOUT(
            log.count("A") == 2 && log.count("B") == 1 && log.count("C") == 3 && log.count("Z") == 1, 5000);
        QTest::qWait(150);
        QCOMPARE(log.count("A"), 2);
        QCOMPARE(log.count("C"), 3);
        QCOMPARE(log.size(), 7);
        QVERIFY(log.ns("B") >= 40 * kMs);
        for (int k = 1; k <= 3; ++k)
            QVERIFY(log.ns("C", k - 1) >= k * 20 * kMs);
        QVERIFY(log.ns("A", 1) - log.ns("A", 0) >= 30 * kMs);
    }

    // A repeating zero timer fires once per pass: posted events, sockets and other timers still run.
    void zeroTimerDoesNotStarveOthers()
    {
        SocketPair pair;
        QVERIFY(pair.ok());
        Log log;
        std::atomic<int> zeroFires{0};
        LoopThread t;
        QVERIFY(t.ok());
        QTimer *zero = nullptr;
        t.run([&] {
            zero = new QTimer(t.context());
            zero->setInterval(0);
            connect(zero, &QTimer::timeout, zero, [&] { ++zeroFires; });
            zero->start();
            auto *notifier = new QSocketNotifier(pair.fd[0], QSocketNotifier::Read, t.context());
            connect(notifier, &QSocketNotifier::activated, notifier, [&] {
                log.add(QStringLiteral("socket:") + QString::fromLatin1(readAvailable(pair.fd[0])));
            });
            QTimer::singleShot(50, Qt::PreciseTimer, t.context(), [&] { log.add(QStringLiteral("timer")); });
        });
        QVERIFY(pair.send(1, "x"));
        t.post([&] { log.add(QStringLiteral("posted")); });
        QTRY_VERIFY_WITH_TIMEOUT(
            log.count("socket:x") == 1 && log.count("timer") == 1 && log.count("posted") == 1, 5000);
        QVERIFY(zeroFires > 0);
        t.run([&] { zero->stop(); });
        const int stopped = zeroFires;
        QTest::qWait(100);
        QCOMPARE(zeroFires.load(), stopped);
    }

    // A repeating timer's handler runs a nested event loop for longer than the interval. Qt does
    // not activate the timer again inside it, and does not wake up for it either: the nested loop
    // sleeps until something else is due (no busy loop on the overdue, active timer).
    void nestedLoopInRepeatingTimerWaits()
    {
        std::atomic<int> fires{0}, firesDuringNested{-1}, wakeUpsDuringNested{-1};
        LoopThread t;
        QVERIFY(t.ok());
        t.run([&] {
            auto *timer = new QTimer(t.context());
            timer->setTimerType(Qt::PreciseTimer);
            connect(timer, &QTimer::timeout, timer, [&, timer] {
                const int n = ++fires;
                if (n == 1) {
                    QEventLoop loop;
                    int wakeUps = 0;
                    connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::awake, &loop,
                            [&] { ++wakeUps; });
                    QTimer::singleShot(300, Qt::PreciseTimer, &loop, &QEventLoop::quit);
                    loop.exec();
                    wakeUpsDuringNested = wakeUps;
                    firesDuringNested = fires - 1;
                }
                if (n == 4)
                    timer->stop();
            });
            timer->start(20);
        });
        QTRY_COMPARE_WITH_TIMEOUT(fires.load(), 4, 5000);
        QCOMPARE(firesDuringNested.load(), 0);
        QVERIFY2(wakeUpsDuringNested < 50,
                 qPrintable(
                     QStringLiteral("%1 wake-ups in a 300 ms nested loop").arg(wakeUpsDuringNested.load())));
    }

    // ---- socket notifiers --------------------------------------------------------------------

    void readNotifierIsLevelTriggered()
    {
        SocketPair pair;
        QVERIFY(pair.ok());
        std::atomic<int> activations{0};
        QByteArray received;
        LoopThread t;
        QVERIFY(t.ok());
        t.run([&] {
            auto *notifier = new QSocketNotifier(pair.fd[0], QSocketNotifier::Read, t.context());
            connect(notifier, &QSocketNotifier::activated, notifier, [&] {
                // Leaves the data unread twice: a level-triggered notifier fires again for it.
                if (++activations % 3 == 0)
                    received += readAvailable(pair.fd[0]);
            });
        });
        QTest::qWait(100);
        QCOMPARE(activations.load(), 0); // nothing to read, nothing fires
        QVERIFY(pair.send(1, "ping"));
        QTRY_COMPARE_WITH_TIMEOUT(activations.load(), 3, 5000);
        QTest::qWait(150);
        QCOMPARE(activations.load(), 3); // all read: quiet again
        QVERIFY(pair.send(1, "pong"));
        QTRY_COMPARE_WITH_TIMEOUT(activations.load(), 6, 5000);
        QTest::qWait(150);
        QCOMPARE(activations.load(), 6);
        QByteArray got;
        t.run([&] { got = received; });
        QCOMPARE(got, QByteArray("pingpong"));
    }

    void writeNotifier()
    {
        SocketPair pair;
        QVERIFY(pair.ok());
        std::atomic<int> activations{0};
        qsizetype filled = 0;
        QSocketNotifier *notifier = nullptr;
        LoopThread t;
        QVERIFY(t.ok());
        t.run([&] {
            notifier = new QSocketNotifier(pair.fd[0], QSocketNotifier::Write, t.context());
            connect(notifier, &QSocketNotifier::activated, notifier, [&] {
                ++activations;
                notifier->setEnabled(false);
            });
        });
        QTRY_COMPARE_WITH_TIMEOUT(activations.load(), 1, 5000); // a new socket is writable
        QTest::qWait(150);
        QCOMPARE(activations.load(), 1); // disabled: no more
        t.run([&] {
            filled = fill(pair.fd[0]);
            notifier->setEnabled(true);
        });
        QVERIFY(filled > 0);
        QTest::qWait(150);
        QCOMPARE(activations.load(), 1); // full: not writable
        QCOMPARE(readAvailable(pair.fd[1]).size(), filled);
        QTRY_COMPARE_WITH_TIMEOUT(activations.load(), 2, 5000); // drained: writable again
    }

    void disableAndEnable()
    {
        SocketPair pair;
        QVERIFY(pair.ok());
        QVERIFY(pair.send(1, "unread")); // never read: the read notifier is ready whenever enabled
        std::atomic<int> reads{0}, writes{0};
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
        LoopThread t;
        QVERIFY(t.ok());
        t.run([&] {
            // Enabled by their constructors and disabled before the loop waits once.
            read = new QSocketNotifier(pair.fd[0], QSocketNotifier::Read, t.context());
            read->setEnabled(false);
            write = new QSocketNotifier(pair.fd[0], QSocketNotifier::Write, t.context());
            write->setEnabled(false);
            // Each fires once per enabling.
            connect(read, &QSocketNotifier::activated, read, [&] {
                ++reads;
                read->setEnabled(false);
            });
            connect(write, &QSocketNotifier::activated, write, [&] {
                ++writes;
                write->setEnabled(false);
            });
        });
        QTest::qWait(150);
        QCOMPARE(reads.load(), 0);
        QCOMPARE(writes.load(), 0);

        t.run([&] { read->setEnabled(true); });
        QTRY_COMPARE_WITH_TIMEOUT(reads.load(), 1, 5000);
        t.run([&] { write->setEnabled(true); });
        QTRY_COMPARE_WITH_TIMEOUT(writes.load(), 1, 5000);
        QTest::qWait(100);
        QCOMPARE(reads.load(), 1);
        QCOMPARE(writes.load(), 1);

        // Both on the same descriptor, then one of them again.
        t.run([&] {
            read->setEnabled(true);
            write->setEnabled(true);
        });
        QTRY_VERIFY_WITH_TIMEOUT(reads == 2 && writes == 2, 5000);
        t.run([&] { write->setEnabled(true); });
        QTRY_COMPARE_WITH_TIMEOUT(writes.load(), 3, 5000);
        QTest::qWait(100);
        QCOMPARE(reads.load(), 2);

        // Toggled within one iteration: what counts is where it ends.
        t.run([&] {
            read->setEnabled(true);
            read->setEnabled(false);
            read->setEnabled(true);
        });
        QTRY_COMPARE_WITH_TIMEOUT(reads.load(), 3, 5000);
        t.run([&] {
            read->setEnabled(true);
            read->setEnabled(false);
            write->setEnabled(true);
            write->setEnabled(false);
        });
        QTest::qWait(150);
        QCOMPARE(reads.load(), 3);
        QCOMPARE(writes.load(), 3);
    }

    // The descriptor is readable and writable: both notifiers are due in the same pass. The first
    // one activated deletes both and closes the descriptor; the other must not be activated.
    void deleteNotifierInsideItsActivation()
    {
        SocketPair pair;
        QVERIFY(pair.ok());
        QVERIFY(pair.send(1, "x"));
        std::atomic<int> activations{0};
        LoopThread t;
        QVERIFY(t.ok());
        t.run([&] {
            auto *read = new QSocketNotifier(pair.fd[0], QSocketNotifier::Read, t.context());
            auto *write = new QSocketNotifier(pair.fd[0], QSocketNotifier::Write, t.context());
            const auto handler = [&, read, write] {
                ++activations;
                delete read;
                delete write;
                pair.closeEnd(0);
            };
            connect(read, &QSocketNotifier::activated, t.context(), handler);
            connect(write, &QSocketNotifier::activated, t.context(), handler);
        });
        QTRY_COMPARE_WITH_TIMEOUT(activations.load(), 1, 5000);
        QTest::qWait(150);
        QCOMPARE(activations.load(), 1);
        // The thread carries on.
        bool alive = false;
        t.run([&] { alive = true; });
        QVERIFY(alive);
    }

    // A notifier is deleted, its descriptor closed and the number given to another socket at once,
    // before the loop waits again (Qt does so when it retries a refused address): the new
    // socket's notifier must work.
    void descriptorNumberReused()
    {
        SocketPair first, second;
        QVERIFY(first.ok() && second.ok());
        Log log;
        QSocketNotifier *notifier = nullptr;
        const int number = first.fd[0];
        LoopThread t;
        QVERIFY(t.ok());
        t.run([&] {
            notifier = new QSocketNotifier(number, QSocketNotifier::Read, t.context());
            connect(notifier, &QSocketNotifier::activated, notifier,
                    [&] { log.add(QStringLiteral("first:") + QString::fromLatin1(readAvailable(number))); });
        });
        QVERIFY(first.send(1, "a"));
        QTRY_COMPARE_WITH_TIMEOUT(log.names(), QStringList({"first:a"}), 5000);
        int duplicated = -1;
        t.run([&] {
            delete notifier;
            duplicated = ::dup2(second.fd[0], number); // closes the first socket's end
            notifier = new QSocketNotifier(number, QSocketNotifier::Read, t.context());
            connect(notifier, &QSocketNotifier::activated, notifier,
                    [&] { log.add(QStringLiteral("second:") + QString::fromLatin1(readAvailable(number))); });
        });
        QCOMPARE(duplicated, number);
        QVERIFY(second.send(1, "b"));
        QTRY_COMPARE_WITH_TIMEOUT(log.names(), QStringList({"first:a", "second:b"}), 5000);
        t.run([&] { delete notifier; }); // before the pairs close their ends
    }

    // The peer closes: the read notifier sees it (and reads 0), so does an exception notifier, as
    // with Qt's poll() dispatcher; and the thread does not spin on the hang-up afterwards.
    void hangUpWakesNotifiers()
    {
        SocketPair readPair, exceptionPair;
        QVERIFY(readPair.ok() && exceptionPair.ok());
        std::atomic<int> reads{0}, exceptions{0}, endOfFile{0}, wakeUps{0};
        LoopThread t;
        QVERIFY(t.ok());
        t.run([&] {
            auto *read = new QSocketNotifier(readPair.fd[0], QSocketNotifier::Read, t.context());
            connect(read, &QSocketNotifier::activated, read, [&, read] {
                char c;
                if (::read(readPair.fd[0], &c, 1) == 0)
                    ++endOfFile;
                read->setEnabled(false);
                ++reads; // last: the test thread looks at the rest once it sees this
            });
            auto *exception =
                new QSocketNotifier(exceptionPair.fd[0], QSocketNotifier::Exception, t.context());
            connect(exception, &QSocketNotifier::activated, exception, [&, exception] {
                ++exceptions;
                exception->setEnabled(false);
            });
        });
        t.countWakeUps(wakeUps);
        QTest::qWait(100);
        QCOMPARE(reads.load(), 0);
        QCOMPARE(exceptions.load(), 0);
        readPair.closeEnd(1);
        exceptionPair.closeEnd(1);
        QTRY_COMPARE_WITH_TIMEOUT(reads.load(), 1, 5000);
        QCOMPARE(endOfFile.load(), 1);
        if (isGlib(t.dispatcher()))
            QSKIP("Qt's GLib dispatcher gives a hang-up to read notifiers only (and spins on it)");
        QTRY_COMPARE_WITH_TIMEOUT(exceptions.load(), 1, 5000);
        const int before = wakeUps;
        QTest::qWait(200);
        QVERIFY2(wakeUps - before < 20,
                 qPrintable(QStringLiteral("%1 wake-ups in 200 ms").arg(wakeUps - before)));
    }

    void exceptionNotifierOnUrgentData()
    {
        TcpPair tcp;
        QVERIFY(tcp.ok());
        std::atomic<int> exceptions{0};
        char urgent = 0;
        LoopThread t;
        QVERIFY(t.ok());
        t.run([&] {
            auto *notifier = new QSocketNotifier(tcp.server, QSocketNotifier::Exception, t.context());
            connect(notifier, &QSocketNotifier::activated, notifier, [&, notifier] {
                ++exceptions;
                if (::recv(tcp.server, &urgent, 1, MSG_OOB) != 1)
                    urgent = '?';
                notifier->setEnabled(false);
            });
        });
        QTest::qWait(100);
        QCOMPARE(exceptions.load(), 0);
        QCOMPARE(::send(tcp.client, "!", 1, MSG_OOB), ssize_t(1));
        QTRY_COMPARE_WITH_TIMEOUT(exceptions.load(), 1, 5000);
        char got = 0;
        t.run([&] { got = urgent; });
        QCOMPARE(got, '!');
    }

    // More sockets become ready at once than one epoll_wait() returns (256): every one is served.
    void moreReadySocketsThanOneWaitReturns()
    {
        constexpr int count = 300;
        // Room for the sockets: the soft limit may be raised up to the hard one without privileges.
        rlimit limit{};
        QVERIFY(::getrlimit(RLIMIT_NOFILE, &limit) == 0);
        if (limit.rlim_cur < rlim_t(2 * count + 100) && limit.rlim_max >= rlim_t(2 * count + 100)) {
            limit.rlim_cur = rlim_t(2 * count + 100);
            QVERIFY(::setrlimit(RLIMIT_NOFILE, &limit) == 0);
        }
        QVERIFY2(limit.rlim_cur >= rlim_t(2 * count + 100), "the hard limit on open files is below 700");
        std::vector<std::unique_ptr<SocketPair>> pairs;
        for (int i = 0; i < count; ++i) {
            pairs.push_back(std::make_unique<SocketPair>());
            QVERIFY(pairs.back()->ok());
        }
        std::vector<int> hits(count, 0); // touched in the loop thread only
        std::atomic<int> total{0};
        LoopThread t;
        QVERIFY(t.ok());
        t.run([&] {
            for (int i = 0; i < count; ++i) {
                auto *notifier = new QSocketNotifier(pairs[i]->fd[0], QSocketNotifier::Read, t.context());
                connect(notifier, &QSocketNotifier::activated, notifier, [&, i] {
                    if (!readAvailable(pairs[i]->fd[0]).isEmpty()) {
                        ++hits[i];
                        ++total;
                    }
                });
            }
        });
        t.run([&] {
            for (int i = 0; i < count; ++i)
                pairs[i]->send(1, "x"); // all ready before the loop waits again
        });
        QTRY_COMPARE_WITH_TIMEOUT(total.load(), count, 5000);
        QTest::qWait(100);
        QCOMPARE(total.load(), count);
        int once = 0;
        t.run([&] { once = int(std::count(hits.cbegin(), hits.cend(), 1)); });
        QCOMPARE(once, count);
    }

    // 200 QTcpSocket clients and a QTcpServer, all in the loop thread on 127.0.0.1: every line is
    // echoed back, every server-side socket sees its client leave and is deleted.
    void tcpEchoManyConnections()
    {
        constexpr int connections = 200;
        std::atomic<int> echoed{0}, failures{0}, serverSockets{0}, accepted{0};
        quint16 port = 0;
        LoopThread t;
        QVERIFY(t.ok());
        t.run([&] {
            auto *server = new QTcpServer(t.context());
            server->setListenBacklogSize(connections);
            if (!server->listen(QHostAddress::LocalHost, 0))
                return;
            port = server->serverPort();
            connect(server, &QTcpServer::newConnection, server, [&, server] {
                while (QTcpSocket *socket = server->nextPendingConnection()) {
                    ++serverSockets;
                    ++accepted;
                    connect(socket, &QTcpSocket::readyRead, socket,
                            [socket] { socket->write(socket->readAll()); });
                    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                    connect(socket, &QObject::destroyed, [&] { --serverSockets; });
                }
            });
            for (int i = 0; i < connections; ++i) {
                auto *client = new QTcpSocket(t.context());
                const QByteArray line = "hello " + QByteArray::number(i) + '\n';
                auto received = std::make_shared<QByteArray>();
                auto done = std::make_shared<bool>(false);
                connect(client, &QTcpSocket::connected, client, [client, line] { client->write(line); });
                connect(client, &QTcpSocket::readyRead, client, [&, client, line, received, done] {
                    *received += client->readAll();
                    if (*done || received->size() < line.size())
                        return;
                    *done = true;
                    ++(*received == line ? echoed : failures);
                    client->disconnectFromHost();
                });
                connect(client, &QTcpSocket::errorOccurred, client,
                        [&, done](QAbstractSocket::SocketError error) {
                            if (!*done) {
                                *done = true;
                                ++failures;
                                qWarning() << "client error" << error;
                            }
                        });
                client->connectToHost(QHostAddress::LocalHost, port);
            }
        });
        QVERIFY(port != 0);
        QTRY_COMPARE_WITH_TIMEOUT(echoed + failures, connections, 30000);
        QCOMPARE(failures.load(), 0);
        QCOMPARE(echoed.load(), connections);
        QCOMPARE(accepted.load(), connections);
        QTRY_COMPARE_WITH_TIMEOUT(serverSockets.load(), 0, 10000);
    }

    // 4 MiB each way through one loopback connection: QAbstractSocket toggles its write notifier
    // around every write, the reading side drains in pieces.
    void tcpBulkTransfer()
    {
        constexpr int size = 4 * 1024 * 1024;
        QByteArray payload(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            payload[i] = char((i * 7 + i / 4096) & 0xff);
        std::atomic<int> receivedBytes{0};
        std::atomic<bool> complete{false};
        QByteArray received; // the loop thread's until complete
        LoopThread t;
        QVERIFY(t.ok());
        t.run([&] {
            auto *server = new QTcpServer(t.context());
            if (!server->listen(QHostAddress::LocalHost, 0))
                return;
            connect(server, &QTcpServer::newConnection, server, [server] {
                QTcpSocket *socket = server->nextPendingConnection();
                connect(socket, &QTcpSocket::readyRead, socket,
                        [socket] { socket->write(socket->readAll()); });
            });
            auto *client = new QTcpSocket(t.context());
            connect(client, &QTcpSocket::connected, client, [&, client] { client->write(payload); });
            connect(client, &QTcpSocket::readyRead, client, [&, client] {
                received += client->readAll();
                receivedBytes = int(received.size());
                if (received.size() >= size)
                    complete = true;
            });
            client->connectToHost(QHostAddress::LocalHost, server->serverPort());
        });
        QTRY_VERIFY_WITH_TIMEOUT(complete.load(), 30000);
        QCOMPARE(receivedBytes.load(), size);
        QVERIFY(received == payload);
    }

    void excludeFlags()
    {
        SocketPair pair;
        QVERIFY(pair.ok());
        QVERIFY(pair.send(1, "x"));
        int readsExcluded = -1, firesExcluded = -1, readsTimersOnly = -1, firesTimersOnly = -1, readsAll = -1;
        LoopThread t;
        QVERIFY(t.ok());
        if (isGlib(t.dispatcher()))
            QSKIP("Qt's GLib dispatcher does not honour ExcludeSocketNotifiers");
        t.run([&] {
            int reads = 0, fires = 0;
            QSocketNotifier notifier(pair.fd[0], QSocketNotifier::Read);
            connect(&notifier, &QSocketNotifier::activated, &notifier, [&] {
                ++reads;
                notifier.setEnabled(false);
            });
            QTimer timer;
            timer.setSingleShot(true);
            timer.setTimerType(Qt::PreciseTimer);
            connect(&timer, &QTimer::timeout, &timer, [&] { ++fires; });
            timer.start(5);
            QThread::msleep(30); // the socket readable and the timer overdue, both before the first look
            for (int i = 0; i < 3; ++i)
                QCoreApplication::processEvents(QEventLoop::ExcludeSocketNotifiers |
                                                QEventLoop::X11ExcludeTimers);
            readsExcluded = reads;
            firesExcluded = fires;
            for (int i = 0; i < 3; ++i)
                QCoreApplication::processEvents(QEventLoop::ExcludeSocketNotifiers);
            readsTimersOnly = reads;
            firesTimersOnly = fires;
            for (int i = 0; i < 3; ++i)
                QCoreApplication::processEvents(QEventLoop::AllEvents);
            readsAll = reads;
        });
        QCOMPARE(readsExcluded, 0);
        QCOMPARE(firesExcluded, 0);
        QCOMPARE(readsTimersOnly, 0);
        QCOMPARE(firesTimersOnly, 1);
        QCOMPARE(readsAll, 1);
    }

    // processEvents(WaitForMoreEvents | ExcludeSocketNotifiers), what QEventLoop::exec(
    // ExcludeSocketNotifiers) runs: Qt waits for the next timer (or wake-up) while sockets are
    // ready, it does not return at once.
    void waitExcludingSocketNotifiers()
    {
        SocketPair pair;
        QVERIFY(pair.ok());
        QVERIFY(pair.send(1, "x")); // ready all the time, excluded
        int calls = 0, reads = 0;
        LoopThread t;
        QVERIFY(t.ok());
        if (isGlib(t.dispatcher()))
            QSKIP("Qt's GLib dispatcher does not honour ExcludeSocketNotifiers");
        t.run([&] {
            QSocketNotifier notifier(pair.fd[0], QSocketNotifier::Read);
            connect(&notifier, &QSocketNotifier::activated, &notifier, [&] { ++reads; });
            bool fired = false;
            QTimer::singleShot(100, Qt::PreciseTimer, t.context(), [&] { fired = true; });
            QElapsedTimer clock;
            clock.start();
            while (!fired && clock.elapsed() < 5000) {
                ++calls;
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents |
                                                QEventLoop::ExcludeSocketNotifiers);
            }
        });
        QCOMPARE(reads, 0);
        QVERIFY2(calls <= 5, qPrintable(QStringLiteral("%1 calls until a 100 ms timer fired").arg(calls)));
    }

    // ---- posted events, wake-ups, quitting ---------------------------------------------------

    // Nothing to do: the thread sleeps (no polling). Posted events and queued signals from the
    // test thread wake it, each within seconds (in practice well under a millisecond).
    void postedEventWakesIdleThread()
    {
        constexpr int rounds = 20;
        std::atomic<int> wakeUps{0}, delivered{0};
        std::atomic<qint64> worstNs{0};
        Emitter emitter;
        LoopThread t;
        QVERIFY(t.ok());
        EventReceiver *receiver = nullptr;
        t.run([&] {
            receiver = new EventReceiver(t.context());
            receiver->onEvent = [&](StampedEvent *event) {
                const qint64 latency = nowNs() - event->postedNs;
                if (latency > worstNs)
                    worstNs = latency;
                ++delivered;
            };
        });
        connect(&emitter, &Emitter::ping, receiver, [&](qint64 postedNs) {
            const qint64 latency = nowNs() - postedNs;
            if (latency > worstNs)
                worstNs = latency;
            ++delivered;
        });
        t.countWakeUps(wakeUps);
        QTest::qWait(100);
        const int idleStart = wakeUps;
        QTest::qWait(300);
        QVERIFY2(wakeUps - idleStart <= 2,
                 qPrintable(QStringLiteral("%1 wake-ups while idle").arg(wakeUps - idleStart)));

        for (int i = 0; i < rounds; ++i) {
            QCoreApplication::postEvent(receiver, new StampedEvent(nowNs()));
            QTRY_COMPARE_WITH_TIMEOUT(delivered.load(), 2 * i + 1, 5000);
            emit emitter.ping(nowNs()); // queued: the receiver lives in the loop thread
            QTRY_COMPARE_WITH_TIMEOUT(delivered.load(), 2 * i + 2, 5000);
            QTest::qWait(10);
        }
        qInfo("worst latency of %d posted events and queued signals: %.3f ms", 2 * rounds,
              double(worstNs) / kMs);
        QVERIFY(worstNs < 2000 * kMs);
    }

    // Four threads post at once: every event arrives, each thread's in its order.
    void queuedCallsFromManyThreads()
    {
        constexpr int producers = 4;
        constexpr int perProducer = 2000;
        std::atomic<int> delivered{0}, outOfOrder{0};
        std::vector<int> next(producers, 0); // the loop thread's
        LoopThread t;
        QVERIFY(t.ok());
        EventReceiver *receiver = nullptr;
        t.run([&] {
            receiver = new EventReceiver(t.context());
            receiver->onEvent = [&](StampedEvent *event) {
                if (event->sequence != next[event->producer]++)
                    ++outOfOrder;
                ++delivered;
            };
        });
        std::vector<std::unique_ptr<QThread>> threads;
        for (int p = 0; p < producers; ++p) {
            threads.emplace_back(QThread::create([&, p] {
                for (int i = 0; i < perProducer; ++i) {
                    if (i % 2)
                        QCoreApplication::postEvent(receiver, new StampedEvent(nowNs(), p, i));
                    else
                        QMetaObject::invokeMethod(receiver, [&, p, i] {
                            StampedEvent event(nowNs(), p, i);
                            receiver->onEvent(&event);
                        }, Qt::QueuedConnection);
                }
            }));
            threads.back()->start();
        }
        for (auto &thread : threads)
            QVERIFY(thread->wait(20000));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.load(), producers * perProducer, 20000);
        QCOMPARE(outOfOrder.load(), 0);
    }

    // QCoreApplication::processEvents(WaitForMoreEvents) in the loop thread sleeps until
    // something arrives, then returns. (A posted event wakes the wait; it is delivered at the start
    // of the next processEvents(), which with Qt's poll() dispatcher then waits for more.)
    void processEventsWaitReturns_data()
    {
        QTest::addColumn<QString>("trigger");
        for (const char *trigger : {"posted event", "queued call", "socket data", "timer", "interrupt"})
            QTest::newRow(trigger) << QString::fromLatin1(trigger);
    }
    void processEventsWaitReturns()
    {
        QFETCH(QString, trigger);
        SocketPair pair;
        QVERIFY(pair.ok());
        std::atomic<bool> armed{false}, arrived{false}, done{false};
        std::atomic<int> calls{0};
        LoopThread t;
        QVERIFY(t.ok());
        EventReceiver *receiver = nullptr;
        t.run([&] {
            receiver = new EventReceiver(t.context());
            receiver->onEvent = [&](StampedEvent *) { arrived = true; };
            auto *notifier = new QSocketNotifier(pair.fd[0], QSocketNotifier::Read, t.context());
            connect(notifier, &QSocketNotifier::activated, notifier, [&] {
                readAvailable(pair.fd[0]);
                arrived = true;
            });
        });
        t.post([&] {
            if (trigger == QLatin1String("timer"))
                QTimer::singleShot(200, Qt::PreciseTimer, t.context(), [&] { arrived = true; });
            // The first return may be the wake-up that brought this call; the one after the
            // trigger ends the loop.
            do {
                ++calls;
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            } while (!armed);
            QCoreApplication::sendPostedEvents();
            done = true;
        });
        QTest::qWait(100);
        QVERIFY2(calls <= 2, qPrintable(QStringLiteral("%1 returns with nothing to do").arg(calls.load())));
        armed = true;
        if (trigger == QLatin1String("posted event")) {
            QCoreApplication::postEvent(receiver, new StampedEvent(nowNs()));
        } else if (trigger == QLatin1String("queued call")) {
            QMetaObject::invokeMethod(receiver, [&] { arrived = true; }, Qt::QueuedConnection);
        } else if (trigger == QLatin1String("socket data")) {
            QVERIFY(pair.send(1, "x"));
        } else if (trigger == QLatin1String("interrupt")) {
            arrived = true;
            t.dispatcher()->interrupt();
        }
        QTRY_VERIFY_WITH_TIMEOUT(done.load(), 5000);
        QVERIFY(arrived.load());
        QVERIFY2(calls <= 3, qPrintable(QStringLiteral("%1 calls").arg(calls.load())));
    }

    void quitAndExitEndExec_data()
    {
        QTest::addColumn<QString>("situation");
        for (const char *situation : {"idle", "timers running", "busy sockets", "exit from inside"})
            QTest::newRow(situation) << QString::fromLatin1(situation);
    }
    void quitAndExitEndExec()
    {
        QFETCH(QString, situation);
        SocketPair pair;
        QVERIFY(pair.ok());
        QVERIFY(pair.send(1, "never read"));
        std::atomic<int> activity{0};
        ExecThread thread;
        if (!onQtDispatcher()) {
            auto *dispatcher = ucmc::EpollEventDispatcher::create();
            QVERIFY(dispatcher);
            thread.setEventDispatcher(dispatcher);
        }
        auto *context = new QObject;
        context->moveToThread(&thread);
        connect(&thread, &QThread::finished, context, &QObject::deleteLater);
        thread.start();
        QMetaObject::invokeMethod(context, [&] {
            if (situation == QLatin1String("timers running")) {
                auto *timer = new QTimer(context);
                connect(timer, &QTimer::timeout, context, [&] { ++activity; });
                timer->start(5);
                QTimer::singleShot(60'000, context, [] {});
            } else if (situation == QLatin1String("busy sockets")) {
                // Level-triggered and never served: activated on every pass.
                for (auto type : {QSocketNotifier::Read, QSocketNotifier::Write}) {
                    auto *notifier = new QSocketNotifier(pair.fd[0], type, context);
                    connect(notifier, &QSocketNotifier::activated, context, [&] { ++activity; });
                }
            } else if (situation == QLatin1String("exit from inside")) {
                QTimer::singleShot(50, context, [&] {
                    ++activity;
                    QThread::currentThread()->exit(7);
                });
            } else {
                ++activity;
            }
        }, Qt::BlockingQueuedConnection);
        QTRY_VERIFY_WITH_TIMEOUT(activity > 0, 5000);
        if (situation != QLatin1String("exit from inside"))
            thread.exit(7);
        QVERIFY(thread.wait(5000));
        QCOMPARE(thread.code.load(), 7);
    }

    // ---- lifetime ----------------------------------------------------------------------------

    void deleteLaterInThread()
    {
        std::atomic<QThread *> fromInside{nullptr}, fromOutside{nullptr}, atFinish{nullptr};
        LoopThread t;
        QVERIFY(t.ok());
        QObject *outside = nullptr;
        t.run([&] {
            auto *inside = new QObject;
            connect(inside, &QObject::destroyed, [&] { fromInside = QThread::currentThread(); });
            QTimer::singleShot(20, inside, [inside] { inside->deleteLater(); });
            outside = new QObject;
            connect(outside, &QObject::destroyed, [&] { fromOutside = QThread::currentThread(); });
            auto *last = new QObject;
            connect(last, &QObject::destroyed, [&] { atFinish = QThread::currentThread(); });
            connect(&t.thread(), &QThread::finished, last, &QObject::deleteLater);
        });
        QTRY_COMPARE_WITH_TIMEOUT(fromInside.load(), &t.thread(), 5000);
        QTest::qWait(100); // idle again
        outside->deleteLater(); // from the test thread: must wake the loop thread
        QTRY_COMPARE_WITH_TIMEOUT(fromOutside.load(), &t.thread(), 5000);
        QCOMPARE(atFinish.load(), nullptr);
        t.stop();
        QCOMPARE(atFinish.load(), &t.thread());
    }

    // The thread ends, QThread deletes the dispatcher, and no descriptor is left open.
    void threadEndsCleanly()
    {
        const auto workout = [](LoopThread &t, SocketPair &pair, std::atomic<int> &seen) {
            t.run([&] {
                auto *notifier = new QSocketNotifier(pair.fd[0], QSocketNotifier::Read, t.context());
                connect(notifier, &QSocketNotifier::activated, notifier, [&] {
                    readAvailable(pair.fd[0]);
                    ++seen;
                });
                QTimer::singleShot(10, t.context(), [&] { ++seen; });
                (new QTimer(t.context()))->start(1000); // still running at the end
            });
            pair.send(1, "x");
        };
        {
            // Qt's lazily made state, out of the count.
            SocketPair pair;
            std::atomic<int> seen{0};
            LoopThread warmUp;
            QVERIFY(warmUp.ok());
            workout(warmUp, pair, seen);
            QTRY_COMPARE_WITH_TIMEOUT(seen.load(), 2, 5000);
        }
        const int before = openDescriptors();
        QPointer<QAbstractEventDispatcher> dispatcher;
        {
            SocketPair pair;
            std::atomic<int> seen{0};
            LoopThread t;
            QVERIFY(t.ok());
            dispatcher = t.dispatcher();
            workout(t, pair, seen);
            QTRY_COMPARE_WITH_TIMEOUT(seen.load(), 2, 5000);
            QVERIFY(openDescriptors() > before);
            t.stop();
            QVERIFY(t.thread().isFinished());
            QVERIFY(dispatcher.isNull());
        }
        QCOMPARE(openDescriptors(), before);
    }
};

QTEST_GUILESS_MAIN(TestEpollEventDispatcher)
#include "tst_epolleventdispatcher.moc"
