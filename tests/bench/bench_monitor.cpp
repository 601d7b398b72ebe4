// The monitor at scale: `kms-sim --count 1000` in its own process on loopback, the real console
// window in this process (ucmc::MainWindow, shown, offscreen), a ping per server per second,
// and HAProxy (Debian's package) health-checking the same 1,000 simulated servers with an HTTP
// check that performs the WebSocket upgrade, in the same run. Measured over the same window:
//   - the console process's CPU (/proc/self/stat), as % of one core, and per thread (GUI, monitor);
//   - its resident memory (VmRSS now, VmHWM peak);
//   - the GUI event loop's lag: a 10 ms timer measuring its own lateness (p50, p99, max);
//   - detection: from a kms-sim control command (fault refuse / fault stall / clear) to the moment
//     the table model shows the new state;
//   - CPU per check: console CPU seconds / pings answered; HAProxy CPU seconds / checks made.
// Prints figures only; asserts nothing about timing (not a ctest test).
//
// Run:  cmake --preset release && cmake --build build-release --target bench_monitor kms-sim
//       build-release/bin/bench_monitor [--count 1000] [--seconds 60] [--warmup 20] [--sim-threads 2]
//            [--no-haproxy] [--no-gui] [--metrics-ms 10000] [--lag-ms 10]
//
// Idle mode (--idle): a real installation's size at rest. `kms-sim --count 10` (default), the real
// window with the site's default timing (1 s interval, metrics every 10 s), no HAProxy, no faults,
// no lag timer (it would wake the GUI thread itself). Measured three times over --seconds each
// (default 300): the window shown, minimised (showMinimized(), as a user minimises it) and
// hidden (hide(), what hiding to the tray does). Per phase: % of one core for the process and
// per thread, the GUI thread's wake-ups and paint events per second, and resident memory
// (average of samples every 5 s, and the peak).
//       build/bin/bench_monitor --idle [--count 10] [--seconds 300] [--warmup 20]
// Everything listens on 127.0.0.0/8; the bench ends by itself and ends its children.

#include "models/servertablemodel.h"
#include "net/monitor/mediaservermonitor.h"
#include "ui/mainwindow.h"
#include "benchsupport.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QLocalSocket>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <unistd.h>
#include <vector>

using namespace ucmc;
using namespace ucmc::bench;

namespace {

struct Options
{
    int count = 1000;
    int seconds = 60;
    int warmup = 20;
    int simThreads = 2;
    int metricsMs = 10000;
    int lagMs = 10; // the GUI lag probe's period: it wakes the GUI thread itself
    bool haproxy = true;
    bool gui = true;
    bool idle = false;
};

Options parseOptions(const QStringList &args)
{
    Options o;
    o.idle = args.contains(QStringLiteral("--idle"));
    if (o.idle) {
        o.count = 10;
        o.seconds = 300;
        o.simThreads = 1;
    }
    const auto value = [&](const char *name, int fallback) {
        const qsizetype i = args.indexOf(QString::fromLatin1(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
    };
    o.count = qBound(10, value("--count", o.count), 5000);
    o.seconds = qBound(10, value("--seconds", o.seconds), 3600);
    o.warmup = qBound(5, value("--warmup", o.warmup), 300);
    o.simThreads = qBound(0, value("--sim-threads", o.simThreads), 16);
    o.metricsMs = qBound(1000, value("--metrics-ms", o.metricsMs), 3'600'000);
    o.lagMs = qBound(1, value("--lag-ms", o.lagMs), 1000);
    o.haproxy = !o.idle && !args.contains(QStringLiteral("--no-haproxy"));
    o.gui = o.idle || !args.contains(QStringLiteral("--no-gui"));
    return o;
}

// A measurement of how long a server takes to show a state in the model.
struct Detection
{
    QString name;
    QString key;
    HealthState wanted;
    qint64 startedNs = 0;
    double ms = -1;
    bool active = false;
};

} // namespace

namespace {
// Times paint events by widget (class/name) while `timing` is on: the idle phases say where the
// GUI thread's time goes, not only how often it paints.
class PaintTimingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool timing = false;
    QHash<QString, std::pair<quint64, qint64>> byWidget; // count, ns
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!timing || event->type() != QEvent::Paint)
            return QApplication::notify(receiver, event);
        QElapsedTimer t;
        t.start();
        const bool done = QApplication::notify(receiver, event);
        auto &entry = byWidget[QString::fromLatin1(receiver->metaObject()->className()) + QLatin1Char('/')
                               + receiver->objectName()];
        ++entry.first;
        entry.second += t.nsecsElapsed();
        return done;
    }
};
} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "*.debug=false;ucmc.*.info=false");
    PaintTimingApplication app(argc, argv);
    const Options o = parseOptions(QCoreApplication::arguments());
    QTemporaryDir dir;
    if (!dir.isValid())
        qFatal("no temporary folder");

    say(QStringLiteral("bench_monitor: %1 servers, %2 s warm-up, %3 s measured, 1 s interval; command: %4")
            .arg(o.count)
            .arg(o.warmup)
            .arg(o.seconds)
            .arg(QCoreApplication::arguments().join(QLatin1Char(' '))));

    // --- the simulated media servers, in their own process -----------------------------------
    QProcess sim;
    QStringList urls;
    quint16 controlPort = 0;
    startKmsSim(sim, dir, o.count, o.simThreads, o.warmup + (o.idle ? 3 : 1) * o.seconds + 120, &urls, &controlPort);

    // --- HAProxy checking the same servers ------------------------------------------------------
    QProcess haproxy;
    if (o.haproxy)
        startHaproxy(haproxy, dir, urls);

    // --- the console ---------------------------------------------------------------------------
    const QString configPath = dir.filePath(QStringLiteral("eucwebconfig.json"));
    {
        QFile file(configPath);
        const QByteArray json = configWith(urls);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
            qFatal("cannot write the configuration");
    }
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<MediaServerMonitor> monitor;
    std::unique_ptr<ServerTableModel> ownModel;
    ServerTableModel *model = nullptr;
    ProbeSettings probe;
    probe.metricsIntervalMs = o.metricsMs;
    if (o.gui) {
        window = std::make_unique<MainWindow>(settings);
        window->setRememberSites(false);
        window->show();
        window->openFile(configPath);
        Site site = window->currentSite();
        site.probe.metricsIntervalMs = o.metricsMs;
        window->applySiteSettings(site);
        model = window->serverModel();
        say(QStringLiteral("console:   ucmc::MainWindow, shown (QT_QPA_PLATFORM=%1), file %2 servers")
                .arg(QString::fromLatin1(qgetenv("QT_QPA_PLATFORM")))
                .arg(urls.size()));
    } else {
        monitor = std::make_unique<MediaServerMonitor>();
        ownModel = std::make_unique<ServerTableModel>();
        model = ownModel.get();
        QList<ServerRow> rows;
        for (int i = 0; i < urls.size(); ++i) {
            ServerRow row;
            row.position = i + 1;
            row.url = urls[i];
            rows << row;
        }
        model->setRows(rows);
        QObject::connect(monitor.get(), &MediaServerMonitor::healthChanged, model, &ServerTableModel::applyHealth);
        monitor->setSettings(probe);
        monitor->setTargets(urls);
        say(QStringLiteral("console:   MediaServerMonitor + ServerTableModel (no window)"));
    }

    // --- event-loop lag of the GUI thread --------------------------------------------------------
    QElapsedTimer clock;
    clock.start();
    LagProbe lag(o.lagMs);
    if (!o.idle) // it would wake the GUI thread a hundred times a second
        lag.start();

    // --- detection ---------------------------------------------------------------------------
    std::vector<Detection> detections;
    const auto stateOf = [&](const QString &key) { return model->health(key).state; };
    if (!o.idle) QObject::connect(model, &QAbstractItemModel::dataChanged, [&] {
        for (Detection &d : detections) {
            if (d.active && stateOf(d.key) == d.wanted) {
                d.ms = double(clock.nsecsElapsed() - d.startedNs) / 1e6;
                d.active = false;
            }
        }
    });
    const auto startDetection = [&](const QString &name, int index, HealthState wanted, const QByteArray &command) {
        Detection d;
        d.name = name;
        d.key = urls[index];
        d.wanted = wanted;
        d.startedNs = clock.nsecsElapsed();
        d.active = true;
        detections.push_back(d);
        if (!control(controlPort, command))
            say(QStringLiteral("control command failed: ") + QString::fromLatin1(command));
    };

    const auto wait = [](int ms) { waitEvents(ms); };
    const auto upCount = [&] {
        int up = 0;
        for (const QString &key : std::as_const(urls))
            up += stateOf(key) == HealthState::Up ? 1 : 0;
        return up;
    };

    // Warm-up: everything connected and up, the first metrics in.
    QElapsedTimer warm;
    warm.start();
    while (warm.elapsed() < qint64(o.warmup) * 1000)
        wait(500);
    say(QStringLiteral("after warm-up: %1 of %2 up in the model").arg(upCount()).arg(urls.size()));

    const auto finish = [&] {
        window.reset();
        monitor.reset();
        if (haproxy.state() != QProcess::NotRunning) {
            haproxy.terminate();
            if (!haproxy.waitForFinished(3000))
                haproxy.kill();
        }
        sim.closeWriteChannel(); // kms-sim ends at EOF on its stdin
        if (!sim.waitForFinished(5000)) {
            sim.kill();
            sim.waitForFinished(2000);
        }
    };

    if (o.idle) {
        // --- idle: shown, minimised, hidden; nothing changes on the servers -------------------
        const auto paintCount = [&app] {
            quint64 n = 0;
            for (const auto &entry : std::as_const(app.byWidget))
                n += entry.first;
            return n;
        };
        app.timing = true;
        quint64 wakeUps = 0;
        QObject::connect(QCoreApplication::eventDispatcher(), &QAbstractEventDispatcher::awake, [&] { ++wakeUps; });
        const auto threads = [] {
            // name -> directory of every thread of this process
            QList<std::pair<QString, QString>> list;
            const QDir tasks(QStringLiteral("/proc/self/task"));
            for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
                const QString name = comm.open(QIODevice::ReadOnly) ? QString::fromUtf8(comm.readAll().trimmed())
                                                                    : tid;
                list.append({tid == QString::number(getpid()) ? QStringLiteral("GUI") : name,
                             tasks.filePath(tid)});
            }
            return list;
        };
        const auto phase = [&](const QString &name) {
            const auto before = threads();
            std::vector<double> cpu0;
            for (const auto &t : before)
                cpu0.push_back(threadCpuSeconds(t.second));
            const double all0 = cpuSeconds(QStringLiteral("/proc/self/stat"));
            const quint64 wake0 = wakeUps;
            app.byWidget.clear();
            const quint64 pings0 = MediaServerMonitor::answeredPings();
            std::vector<double> rssMb;
            QElapsedTimer t;
            t.start();
            const qint64 length = qint64(o.seconds) * 1000;
            while (t.elapsed() < length) {
                wait(int(qMin<qint64>(5000, length - t.elapsed())));
                rssMb.push_back(double(statusKiB(QStringLiteral("/proc/self/status"), "VmRSS:")) / 1024.0);
            }
            const double seconds = double(t.elapsed()) / 1000.0;
            const double all = cpuSeconds(QStringLiteral("/proc/self/stat")) - all0;
            const double wakes = double(wakeUps - wake0) / seconds; // the bench's own RSS sample: 0.2/s
            const double paints = double(paintCount()) / seconds;
            double rssAvg = 0;
            for (double v : rssMb)
                rssAvg += v / double(rssMb.size());
            say(QString());
            say(QStringLiteral("%1: %2 s, %3 of %4 up, %5 pings answered")
                    .arg(name)
                    .arg(seconds, 0, 'f', 1)
                    .arg(upCount())
                    .arg(urls.size())
                    .arg(MediaServerMonitor::answeredPings() - pings0));
            say(QStringLiteral("  console CPU %1 % of one core (10 ms ticks); RSS average %2 MB (peak of the process %3 MB)")
                    .arg(100.0 * all / seconds, 0, 'f', 3)
                    .arg(rssAvg, 0, 'f', 1)
                    .arg(double(statusKiB(QStringLiteral("/proc/self/status"), "VmHWM:")) / 1024.0, 0, 'f', 1));
            say(QStringLiteral("  GUI thread: %1 wake-ups/s (0.2/s are the bench's RSS samples), %2 paint events/s")
                    .arg(wakes, 0, 'f', 2)
                    .arg(paints, 0, 'f', 2));
            QStringList perThread;
            double threadsUsed = 0;
            for (qsizetype i = 0; i < before.size(); ++i) {
                const double c = threadCpuSeconds(before[i].second);
                const double used = c - cpu0[size_t(i)];
                if (c >= 0 && used > 0) {
                    threadsUsed += used;
                    perThread << QStringLiteral("%1 %2 %").arg(before[i].first).arg(100.0 * used / seconds, 0, 'f', 4);
                }
            }
            say(QStringLiteral("  threads (% of one core to the ns, those that ran): ")
                + perThread.join(QStringLiteral(", "))
                + QStringLiteral("; together %1 %").arg(100.0 * threadsUsed / seconds, 0, 'f', 4));
            QStringList painted;
            for (auto it = app.byWidget.cbegin(); it != app.byWidget.cend(); ++it)
                painted << QStringLiteral("%1 %2 (%3 ms each)")
                               .arg(it.key())
                               .arg(it->first)
                               .arg(double(it->second) / 1e6 / double(it->first), 0, 'f', 2);
            painted.sort();
            say(QStringLiteral("  paint events by widget (class/name count, time in the paint event): ")
                + painted.join(QStringLiteral(", ")));
        };
        say(QStringLiteral("idle mode: %1 servers, 1 s interval, metrics every %2 s, %3 s per phase")
                .arg(urls.size())
                .arg(window->currentSite().probe.metricsIntervalMs / 1000)
                .arg(o.seconds));
        phase(QStringLiteral("window shown"));
        window->showMinimized();
        phase(QStringLiteral("window minimised (showMinimized)"));
        window->showNormal();
        wait(2000);
        window->hide();
        phase(QStringLiteral("window hidden (hide, as to the tray)"));
        window->showNormal();
        wait(1000);
        say(QStringLiteral("shown again: %1 of %2 up in the model").arg(upCount()).arg(urls.size()));
        app.timing = false;
        finish();
        return 0;
    }

    // --- the measured window -----------------------------------------------------------------
    const QString haproxyStat = QStringLiteral("/proc/%1/stat").arg(haproxy.processId());
    const QString simStat = QStringLiteral("/proc/%1/stat").arg(sim.processId());
    const QString monitorThread = threadStat("ucmc-monitor");
    const QString guiThread = QStringLiteral("/proc/self/task/%1/stat").arg(getpid());
    const double cpu0 = cpuSeconds(QStringLiteral("/proc/self/stat"));
    const double gui0 = cpuSeconds(guiThread);
    const double mon0 = monitorThread.isEmpty() ? -1 : cpuSeconds(monitorThread);
    const double hap0 = haproxy.processId() > 0 ? cpuSeconds(haproxyStat) : -1;
    const double sim0 = cpuSeconds(simStat);
    const quint64 pings0 = MediaServerMonitor::answeredPings();
    QElapsedTimer window0;
    window0.start();
    lag.measuring = true;

    const int refused = urls.size() / 10;   // e.g. server 100 of 1000
    const int stalled = urls.size() / 5;    // e.g. server 200
    const int phase = o.seconds * 1000 / 3; // refuse/stall at 1/3, clear at 2/3
    wait(phase);
    startDetection(QStringLiteral("closed (fault refuse) -> Down"), refused, HealthState::Down,
                   "fault " + QByteArray::number(refused) + " refuse");
    startDetection(QStringLiteral("stalled (fault stall) -> Down"), stalled, HealthState::Down,
                   "fault " + QByteArray::number(stalled) + " stall");
    wait(phase);
    startDetection(QStringLiteral("recovered from refuse -> Up"), refused, HealthState::Up,
                   "clear " + QByteArray::number(refused));
    startDetection(QStringLiteral("recovered from stall -> Up"), stalled, HealthState::Up,
                   "clear " + QByteArray::number(stalled));
    wait(int(qMax<qint64>(0, qint64(o.seconds) * 1000 - window0.elapsed())));
    lag.measuring = false;

    const double seconds = double(window0.elapsed()) / 1000.0;
    const double cpu = cpuSeconds(QStringLiteral("/proc/self/stat")) - cpu0;
    const double gui = cpuSeconds(guiThread) - gui0;
    const double mon = mon0 < 0 ? -1 : cpuSeconds(monitorThread) - mon0;
    const double hap = hap0 < 0 ? -1 : cpuSeconds(haproxyStat) - hap0;
    const double simCpu = cpuSeconds(simStat) - sim0;
    const quint64 pings = MediaServerMonitor::answeredPings() - pings0;
    const qint64 rss = statusKiB(QStringLiteral("/proc/self/status"), "VmRSS:");
    const qint64 hwm = statusKiB(QStringLiteral("/proc/self/status"), "VmHWM:");
    const qint64 hapRss = haproxy.processId() > 0
                              ? statusKiB(QStringLiteral("/proc/%1/status").arg(haproxy.processId()), "VmRSS:")
                              : -1;

    // HAProxy's view: how many servers its check finds up (then it checked each once a second).
    const int haproxyUp = haproxyUpCount(haproxy, dir);
    const double haproxyChecks = haproxyUp > 0 ? double(haproxyUp) * seconds : double(urls.size()) * seconds;

    say(QString());
    say(QStringLiteral("measured over %1 s; servers up at the end: console %2 of %3, HAProxy %4")
            .arg(seconds, 0, 'f', 1)
            .arg(upCount())
            .arg(urls.size())
            .arg(haproxyUp));
    say(QStringLiteral("event dispatcher (Qt's own, in every thread): %1")
            .arg(QString::fromLatin1(QCoreApplication::eventDispatcher()->metaObject()->className())));
    say(QString());
    say(QStringLiteral("                              console          HAProxy 2.6"));
    say(QStringLiteral("CPU, % of one core            %1 %          %2 %")
            .arg(100.0 * cpu / seconds, 6, 'f', 2)
            .arg(hap < 0 ? -1.0 : 100.0 * hap / seconds, 6, 'f', 2));
    say(QStringLiteral("checks (pings / HTTP checks)  %1          %2 (estimated: up servers x seconds)")
            .arg(pings, 8)
            .arg(qint64(haproxyChecks), 8));
    say(QStringLiteral("CPU per check, µs             %1            %2")
            .arg(pings ? 1e6 * cpu / double(pings) : -1.0, 6, 'f', 1)
            .arg(hap < 0 ? -1.0 : 1e6 * hap / haproxyChecks, 6, 'f', 1));
    say(QStringLiteral("resident memory, MB           %1 (peak %2)   %3")
            .arg(double(rss) / 1024.0, 0, 'f', 1)
            .arg(double(hwm) / 1024.0, 0, 'f', 1)
            .arg(double(hapRss) / 1024.0, 0, 'f', 1));
    say(QString());
    say(QStringLiteral("console threads: GUI %1 % of a core, monitor %2 % (%3 µs per ping); kms-sim used %4 % "
                       "(%5 threads, serving both)")
            .arg(100.0 * gui / seconds, 0, 'f', 2)
            .arg(100.0 * mon / seconds, 0, 'f', 2)
            .arg(pings ? 1e6 * mon / double(pings) : -1.0, 0, 'f', 1)
            .arg(100.0 * simCpu / seconds, 0, 'f', 1)
            .arg(o.simThreads));
    say(lag.summary());
    {
        std::vector<double> rtts, averages;
        for (const QString &key : std::as_const(urls)) {
            const ServerHealth h = model->health(key);
            if (h.rttMs >= 0)
                rtts.push_back(h.rttMs);
            if (h.rttAvgMs >= 0)
                averages.push_back(h.rttAvgMs);
        }
        say(QStringLiteral("round trips the table shows: last p50 %1 ms, p99 %2 ms; average per server p50 %3 ms")
                .arg(percentile(rtts, 0.5), 0, 'f', 3)
                .arg(percentile(rtts, 0.99), 0, 'f', 3)
                .arg(percentile(averages, 0.5), 0, 'f', 3));
    }
    for (const Detection &d : detections) {
        say(QStringLiteral("detection: %1: %2")
                .arg(d.name, -34)
                .arg(d.ms < 0 ? QStringLiteral("not seen") : QStringLiteral("%1 ms").arg(d.ms, 0, 'f', 0)));
    }
    say(QStringLiteral("targets: closed < 100 ms; stalled < interval + timeout x fall + 10 % = 4400 ms; "
                       "recovered < 1 s + rise x interval = 3000 ms (defaults 1 s, 1 s, fall 3, rise 2)"));

    // --- the end: children go away with us ---------------------------------------------------
    finish();
    return 0;
}
