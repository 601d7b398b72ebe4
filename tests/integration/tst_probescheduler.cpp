// The monitor's one timer: deadlines of many clients, periodic work on a grid that follows the
// installation's size (a small one wakes the monitor thread once per interval).

#include "net/monitor/probescheduler.h"

#include <QAbstractEventDispatcher>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <vector>

using namespace ucmc;

namespace {
struct Counter : ProbeScheduler::Client
{
    explicit Counter(ProbeScheduler *s) : scheduler(s) {}
    ~Counter() override { scheduler->remove(this); }
    void due() override { times.push_back(ProbeScheduler::nowMs()); }
    ProbeScheduler *scheduler;
    std::vector<qint64> times;
};
} // namespace

class TestProbeScheduler : public QObject
{
    Q_OBJECT
private slots:
    void gridFollowsTheInstallationSize_data()
    {
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("clients");
        QTest::addColumn<int>("grid");
        QTest::newRow("unknown size") << 1000 << 0 << 100;
        QTest::newRow("10 servers: one burst a second") << 1000 << 10 << 1000;
        QTest::newRow("250 servers: still one") << 1000 << 250 << 1000;
        QTest::newRow("500 servers: two") << 1000 << 500 << 500;
        QTest::newRow("1000 servers: four") << 1000 << 1000 << 250;
        QTest::newRow("5000 servers: never finer than a tenth") << 1000 << 5000 << 100;
        QTest::newRow("long interval, many servers: 250 per burst") << 10000 << 5000 << 500;
        QTest::newRow("long interval, few servers") << 10000 << 5 << 10000;
        QTest::newRow("short interval") << 200 << 1000 << 50;
    }
    void gridFollowsTheInstallationSize()
    {
        QFETCH(int, interval);
        QFETCH(int, clients);
        QFETCH(int, grid);
        QCOMPARE(ProbeScheduler::gridFor(interval, clients), grid);
        ProbeScheduler scheduler;
        scheduler.setPeriodicClients(clients);
        QCOMPARE(scheduler.periodicGrid(interval), grid);
    }

    // Periodic deadlines spread over a grid step are handled in one wake-up; exact ones are not moved.
    void deadlinesOnTheGridShareOneWakeUp()
    {
        ProbeScheduler scheduler;
        std::vector<std::unique_ptr<Counter>> clients;
        for (int i = 0; i < 10; ++i)
            clients.push_back(std::make_unique<Counter>(&scheduler));
        const int grid = 200;
        const qint64 now = ProbeScheduler::nowMs();
        const qint64 point = (now / grid + 3) * grid; // a grid point 400..600 ms ahead
        for (int i = 0; i < 10; ++i)
            scheduler.schedule(clients[size_t(i)].get(), point - grid / 2 + 1 + i * 9, grid);
        Counter exact(&scheduler);
        scheduler.schedule(&exact, point + 37);
        QTRY_VERIFY_WITH_TIMEOUT(!exact.times.empty(), 2000);
        for (const auto &c : clients) {
            QCOMPARE(c->times.size(), size_t(1));
            // The same wake-up: their own deadlines lie 9 ms apart. (Not always the same millisecond:
            // under a sanitizer on a busy machine the ten calls of one wake-up crossed one.)
            QVERIFY2(qAbs(c->times.front() - clients.front()->times.front()) < 5,
                     qPrintable(QStringLiteral("%1 against %2").arg(c->times.front()).arg(clients.front()->times.front())));
            QVERIFY(c->times.front() >= point);
        }
        QVERIFY(exact.times.front() >= point + 37);
    }

    // A round trip ends when the thread woke up for the reply, not when it got round to it: every
    // handler of one wake-up sees the same wake time, the next wake-up a later one.
    void wakeTimeIsSharedWithinOneWakeUp()
    {
        QThread thread;
        thread.start();
        QObject context;
        context.moveToThread(&thread);
        qint64 first = -1;
        qint64 second = -1;
        qint64 later = -1;
        qint64 unwatched = -1;
        QMetaObject::invokeMethod(&context, [&] {
            ProbeScheduler::watchWakeUps();
            // Two events posted together are handled in one wake-up; the third after a block.
            QMetaObject::invokeMethod(&context, [&] { first = ProbeScheduler::wakeNs(); }, Qt::QueuedConnection);
            QMetaObject::invokeMethod(
                &context,
                [&] {
                    QThread::usleep(2000);
                    second = ProbeScheduler::wakeNs();
                    QTimer::singleShot(5, &context, [&] {
                        later = ProbeScheduler::wakeNs();
                        thread.quit();
                    });
                },
                Qt::QueuedConnection);
        });
        QVERIFY(thread.wait(10000));
        QVERIFY(first > 0);
        QCOMPARE(second, first);
        QVERIFY(later > second);
        // Where nobody follows the event loop (the command line's probe), it is simply now.
        unwatched = ProbeScheduler::wakeNs();
        QVERIFY(ProbeScheduler::wakeNs() > unwatched);
    }
};

QTEST_GUILESS_MAIN(TestProbeScheduler)
#include "tst_probescheduler.moc"
