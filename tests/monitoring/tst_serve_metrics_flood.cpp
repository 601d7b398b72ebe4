// `uc-media-console serve-metrics` against a hostile media server (issue 13): one simulated server
// sends WebSocket PINGs without pause and never reads (kms-sim's ping-flood fault), a second one is
// healthy until it is stopped. Over 30 s the exporter's memory must stay bounded, the flooding
// server must show as down for "flood", the stopped one must be seen down on time, and SIGTERM
// must end the exporter at once. The simulated servers run in this process (the flood is paced by
// a timer, so this test's event loop keeps serving the scrapes and the healthy server).
#include "exporterprocess.h"
#include "fault.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

using namespace ucmc::test;
using kmssim::Fault;
using kmssim::FaultMode;

namespace {

// serve-metrics' probing: --interval and --timeout as given below, fall as ProbeSettings' default
// (serve-metrics has no option for it).
constexpr int kIntervalMs = 1000;
constexpr int kTimeoutMs = 1000;
constexpr int kFall = 3;
constexpr int kWindowMs = 30000;    // how long the flood is watched
constexpr int kStopAtMs = 12000;    // when the healthy server stops, into the window
constexpr qint64 kMaxGrowth = 20LL * 1024 * 1024;
constexpr int kMaxExitMs = 2000;

// The resident memory of another process, in bytes. Qt has no portable way to ask for it, so on
// Linux this reads VmRSS from /proc/<pid>/status (test code only; the product stays portable).
// Elsewhere nullopt: the memory bound is then not measured, the rest of the test still runs.
std::optional<qint64> residentBytes(qint64 pid)
{
#ifdef Q_OS_LINUX
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return std::nullopt;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (!line.startsWith("VmRSS:"))
            continue;
        const QList<QByteArray> fields = line.mid(6).simplified().split(' '); // "1234 kB"
        bool ok = false;
        const qint64 kib = fields.value(0).toLongLong(&ok);
        return ok && fields.value(1) == "kB" ? std::optional<qint64>(kib * 1024) : std::nullopt;
    }
    return std::nullopt;
#else
    Q_UNUSED(pid);
    return std::nullopt;
#endif
}

// Optional CPU load for a run by hand: UCMC_TEST_CPU_LOAD=<n> busy threads in this process while
// the window lasts (at most 8, each bounded by the window), so the exporter competes for the cores
// as on a loaded host. Off by default: the build machines are shared.
class CpuLoad
{
public:
    explicit CpuLoad(int threads, int limitMs)
    {
        for (int i = 0; i < qBound(0, threads, 8); ++i) {
            m_threads.emplace_back(QThread::create([this, limitMs] {
                QElapsedTimer clock;
                clock.start();
                volatile quint64 spin = 0;
                while (!m_stop.load(std::memory_order_relaxed) && clock.elapsed() < limitMs)
                    spin = spin + 1;
            }));
            m_threads.back()->start();
        }
    }
    ~CpuLoad()
    {
        m_stop = true;
        for (const auto &thread : m_threads)
            thread->wait();
    }
    int size() const { return int(m_threads.size()); }

private:
    std::atomic_bool m_stop = false;
    std::vector<std::unique_ptr<QThread>> m_threads;
};

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}

bool isDown(const Exposition &x, const QString &key)
{
    return valueOr(x, QStringLiteral("ucmc_media_server_up"), url(key)) == 0 &&
           valueOr(x, QStringLiteral("ucmc_media_server_state"),
                   {{QStringLiteral("url"), key}, {QStringLiteral("state"), QStringLiteral("down")}}) == 1;
}

QString failureOf(const Exposition &x, const QString &key)
{
    const QList<Sample> failure = x.find(QStringLiteral("ucmc_media_server_failure_info"), url(key));
    return failure.isEmpty() ? QString() : failure.first().labels.value(QStringLiteral("failure"));
}

} // namespace

class TestServeMetricsFlood : public QObject
{
    Q_OBJECT

private slots:
    void aPingFloodKeepsMemoryBoundedAndOtherServersOnTime()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto flooder = startServer();
        auto healthy = startServer();
        // The highest rate (127 MB/s offered; the simulator sends only what is read, 1 MiB ahead at
        // most). Without the exporter's bounds this blinds it: the healthy server never shows as up.
        flooder->setFault(*Fault::parse(QStringLiteral("ping-flood:1000000")));
        const QString floodKey = flooder->url().toString();
        const QString healthyKey = healthy->url().toString();
        const QString config = dir.filePath(QStringLiteral("eucwebconfig.json"));
        writeFile(config, configJson({floodKey, healthyKey}));

        Exporter exporter;
        QVERIFY(exporter.start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                QStringLiteral("--interval"), QString::number(kIntervalMs),
                                QStringLiteral("--timeout"), QString::number(kTimeoutMs), config}));
        const qint64 pid = exporter.process().processId();
        // The baseline: serving, before the first flood (the growth counts the warm-up too).
        const std::optional<qint64> launched = residentBytes(pid);

        // The healthy server is up and the flooder down for "flood" (not a timeout: the flood is
        // recognised by the answers it does not read, long before a ping's timeout).
        Exposition e;
        QVERIFY2(exporter.waitFor(
                     [&](const Exposition &x) {
                         return valueOr(x, QStringLiteral("ucmc_media_server_up"), url(healthyKey)) == 1 &&
                                isDown(x, floodKey) && failureOf(x, floodKey) == u"flood";
                     },
                     10000, &e),
                 qPrintable(QStringLiteral("healthy up, flooder down for flood; flooder's failure: '%1'")
                                .arg(failureOf(e, floodKey))));

        // The window: memory sampled, the exporter scraped; the healthy server stops part-way.
        CpuLoad load(qEnvironmentVariableIntValue("UCMC_TEST_CPU_LOAD"), kWindowMs + 1000);
        const std::optional<qint64> start = residentBytes(pid);
        qint64 peak = std::max(launched.value_or(0), start.value_or(0));
        QElapsedTimer window;
        window.start();
        QElapsedTimer sinceStop;
        qint64 detectedMs = -1;
        int scrapes = 0;
        double floodFailuresTotal = 0; // connections the exporter gave up as flooded
        QStringList floodFailures; // every reason the flooder showed
        while (window.elapsed() < kWindowMs) {
            if (!sinceStop.isValid() && window.elapsed() >= kStopAtMs) {
                healthy->setFault(Fault{FaultMode::Stall, 0}); // like SIGSTOP: nothing answered any more
                sinceStop.start();
            }
            const Exposition x = exporter.scrape();
            if (QTest::currentTestFailed())
                return;
            ++scrapes;
            floodFailuresTotal = valueOr(x, QStringLiteral("ucmc_media_server_failures_total"), url(floodKey));
            if (!floodFailures.contains(failureOf(x, floodKey)))
                floodFailures << failureOf(x, floodKey);
            QVERIFY2(valueOr(x, QStringLiteral("ucmc_media_server_up"), url(floodKey)) == 0,
                     "the flooder never counts as up");
            if (!sinceStop.isValid()) {
                QVERIFY2(valueOr(x, QStringLiteral("ucmc_media_server_up"), url(healthyKey)) == 1,
                         qPrintable(QStringLiteral("the healthy server failed during the flood: %1")
                                        .arg(failureOf(x, healthyKey))));
            } else if (detectedMs < 0 && isDown(x, healthyKey)) {
                detectedMs = sinceStop.elapsed();
            }
            if (const auto rss = residentBytes(pid))
                peak = std::max(peak, *rss);
            QTest::qWait(100);
        }
        const std::optional<qint64> end = residentBytes(pid);

        // SIGTERM (as a service manager stops it): ends at once, with exit code 0.
        QElapsedTimer exitClock;
        exitClock.start();
        exporter.process().terminate();
        const bool ended = exporter.process().waitForFinished(10000);
        const qint64 exitMs = exitClock.elapsed();

        const int detectionBoundMs = (kIntervalMs + kTimeoutMs * kFall) * 11 / 10;
        qInfo().noquote() << QStringLiteral(
                                 "RSS at launch %1, start %2, peak %3, end %4 (growth %5); stopped server "
                                 "down after %6 ms (bound %7 ms); exit after SIGTERM %8 ms; %9 scrapes; "
                                 "flooder's reasons: %10 (%11 failures); busy threads: %12")
                                 .arg(launched ? megabytes(*launched) : QStringLiteral("?"),
                                      start ? megabytes(*start) : QStringLiteral("?"),
                                      start ? megabytes(peak) : QStringLiteral("?"),
                                      end ? megabytes(*end) : QStringLiteral("?"),
                                      launched ? megabytes(peak - *launched) : QStringLiteral("?"))
                                 .arg(detectedMs)
                                 .arg(detectionBoundMs)
                                 .arg(exitMs)
                                 .arg(scrapes)
                                 .arg(floodFailures.join(QLatin1Char(',')))
                                 .arg(floodFailuresTotal)
                                 .arg(load.size());

        QVERIFY2(ended, "serve-metrics did not end after SIGTERM");
        QCOMPARE(exporter.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(exporter.process().exitCode(), 0);
        QVERIFY2(exitMs < kMaxExitMs, qPrintable(QStringLiteral("exit took %1 ms").arg(exitMs)));
        QVERIFY2(detectedMs >= 0, "the stopped server was never seen down");
        // Not blinded by the flood: a flood that starved the exporter showed the stopped server late
        // or never. The bound itself (interval + timeout x fall + 10 %) is a benchmark figure
        // (bench_monitor, README); on a machine busy with other tests the exporter's timers fire
        // late (6.3 s was seen once under ctest -j2), so the test allows twice that and prints the time.
        QVERIFY2(detectedMs <= 2 * detectionBoundMs,
                 qPrintable(QStringLiteral("the stopped server was down after %1 ms, more than twice %2 ms")
                                .arg(detectedMs)
                                .arg(detectionBoundMs)));
        // The flooder runs in this process: when it is starved (the busy threads, or a machine busy
        // with other work, as seen in a plain run here), a flood may not fill the socket buffers
        // (megabytes) before the ping's timeout, and that attempt ends as rpc-timeout instead, or its
        // answer to the next connection's upgrade comes too late (ws-upgrade, seen under ctest -j2).
        // The flood is still recognised as such; down either way, and the memory bound still holds.
        QVERIFY(floodFailures.contains(QStringLiteral("flood")));
        for (const QString &reason : std::as_const(floodFailures))
            QVERIFY2(reason == u"flood" || reason == u"rpc-timeout" || reason == u"ws-upgrade", qPrintable(reason));
#ifdef Q_OS_LINUX
        QVERIFY(launched && start && end);
        QVERIFY2(peak - *launched < kMaxGrowth,
                 qPrintable(QStringLiteral("RSS grew by %1 (from %2 to %3)")
                                .arg(megabytes(peak - *launched), megabytes(*launched), megabytes(peak))));
#else
        // Another process's resident memory is read from /proc: elsewhere the case checks the rest.
        qInfo("the memory bound is measured on Linux only (/proc)");
#endif
    }
};

QTEST_GUILESS_MAIN(TestServeMetricsFlood)
#include "tst_serve_metrics_flood.moc"
