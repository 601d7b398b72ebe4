// The fleet at scale: 200 sites x 5 media servers (`kms-sim --count 1000` in its own process) plus
// 200 UCServer hosts (their ports served by one `procall-sim`), every site watched always, the real
// console window in this process with the Fleet tab shown (offscreen), a ping per server per second,
// HAProxy checking the same 1,000 servers in the same run. Measured over the same window:
//   - the console process's CPU as % of one core, per thread (GUI, monitor), and per check next to
//     HAProxy's; resident memory;
//   - after that window, the GUI event loop's lag (a 10 ms timer, p50/p99/max) in a window of its
//     own with a server failing and coming back: the probe wakes the GUI thread 100 times a
//     second, which costs more than the fleet's tiles do, so it is not counted as the console's;
//   - detection on the tile: from a kms-sim control command (fault refuse / stall / clear) to the
//     moment the fleet's status of that site says so (the tile repaints in the same pass);
//   - `uc-media-console serve-metrics --all-sites` on the same settings, in its own process: the
//     time a GET /metrics of all 1,000 servers takes (after its warm-up), and the answer's size.
// Prints figures only; asserts nothing about timing (not a ctest test).
//
// Run:  build/bin/bench_fleet [--sites 200] [--servers 5] [--seconds 60] [--warmup 20]
//            [--no-haproxy] [--no-gui] [--scrapes 20] [--host-interval 5000] [--lag-ms 10]
//            [--lag-seconds 20]
// Everything listens on 127.0.0.0/8; the bench ends by itself and ends its children.

#include "core/fleetmonitor.h"
#include "net/monitor/mediaservermonitor.h"
#include "models/site.h"
#include "ui/mainwindow.h"
#include "benchsupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>

#include <memory>

using namespace ucmc;
using namespace ucmc::bench;

namespace {

struct Options
{
    int sites = 200;
    int servers = 5;
    int seconds = 60;
    int warmup = 20;
    int scrapes = 20;
    int hostIntervalMs = 5000; // the site's default
    int lagMs = 10; // the GUI lag probe's period: it wakes the GUI thread itself
    int lagSeconds = 20;
    bool haproxy = true;
    bool gui = true;
};

Options parseOptions(const QStringList &args)
{
    Options o;
    const auto value = [&](const char *name, int fallback) {
        const qsizetype i = args.indexOf(QString::fromLatin1(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
    };
    o.sites = qBound(1, value("--sites", o.sites), 1000);
    o.servers = qBound(1, value("--servers", o.servers), 20);
    o.seconds = qBound(10, value("--seconds", o.seconds), 3600);
    o.warmup = qBound(5, value("--warmup", o.warmup), 300);
    o.scrapes = qBound(0, value("--scrapes", o.scrapes), 1000);
    o.hostIntervalMs = qBound(1000, value("--host-interval", o.hostIntervalMs), 3'600'000);
    o.lagMs = qBound(1, value("--lag-ms", o.lagMs), 1000);
    o.lagSeconds = qBound(5, value("--lag-seconds", o.lagSeconds), 600);
    o.haproxy = !args.contains(QStringLiteral("--no-haproxy"));
    o.gui = !args.contains(QStringLiteral("--no-gui"));
    return o;
}

// The ports of the simulated UCServer host: "listening <service> <port>" lines up to "ready".
QHash<QByteArray, quint16> startHostSim(QProcess &process, const QTemporaryDir &dir)
{
    const QString path = QCoreApplication::applicationDirPath() + QStringLiteral("/procall-sim");
    const QStringList args{QStringLiteral("--address"), QStringLiteral("127.0.0.1"),
                           QStringLiteral("--ucserver-port"), QStringLiteral("0"),
                           QStringLiteral("--webserver-port"), QStringLiteral("0"),
                           QStringLiteral("--webserver-https-port"), QStringLiteral("0")};
    process.setStandardErrorFile(dir.filePath(QStringLiteral("procall-sim.log")));
    process.start(path, args);
    say(QStringLiteral("hosts:     ") + commandLine(path, args));
    QHash<QByteArray, quint16> ports;
    QByteArray pending;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 10000 && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(200);
        pending += process.readAllStandardOutput();
        if (pending.contains("ready"))
            break;
    }
    for (const QByteArray &line : pending.split('\n')) {
        const QList<QByteArray> words = line.trimmed().split(' ');
        if (words.size() == 3 && words[0] == "listening")
            ports.insert(words[1], quint16(words[2].toUInt()));
    }
    if (ports.size() != 3)
        qFatal("procall-sim did not start (see %s)", qPrintable(dir.filePath(QStringLiteral("procall-sim.log"))));
    return ports;
}

// One GET /metrics on a fresh connection: milliseconds until the whole answer is in, and its size.
std::pair<double, qsizetype> scrape(quint16 port)
{
    QElapsedTimer t;
    t.start();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(2000))
        return {-1, 0};
    socket.write("GET /metrics HTTP/1.1\r\nHost: bench\r\n\r\n");
    QByteArray answer;
    while (socket.state() == QAbstractSocket::ConnectedState && t.elapsed() < 10000) {
        if (socket.waitForReadyRead(1000))
            answer += socket.readAll();
    }
    answer += socket.readAll();
    return {answer.startsWith("HTTP/1.1 200") ? double(t.nsecsElapsed()) / 1e6 : -1, answer.size()};
}

struct Detection
{
    QString name;
    QString siteId;
    bool wantDown = true;
    qint64 startedNs = 0;
    double ms = -1;
    bool active = false;
};

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "*.debug=false;ucmc.*.info=false");
    QApplication app(argc, argv);
    const Options o = parseOptions(QCoreApplication::arguments());
    QTemporaryDir dir;
    if (!dir.isValid())
        qFatal("no temporary folder");
    const int count = o.sites * o.servers;
    say(QStringLiteral("bench_fleet: %1 sites x %2 media servers = %3 servers + %1 UCServer hosts, %4 s warm-up, "
                       "%5 s measured, 1 s interval; command: %6")
            .arg(o.sites)
            .arg(o.servers)
            .arg(count)
            .arg(o.warmup)
            .arg(o.seconds)
            .arg(QCoreApplication::arguments().join(QLatin1Char(' '))));

    QProcess sim;
    QStringList urls;
    quint16 controlPort = 0;
    startKmsSim(sim, dir, count, 2, o.warmup + o.seconds + 180, &urls, &controlPort);
    QProcess hosts;
    const QHash<QByteArray, quint16> hostPorts = startHostSim(hosts, dir);
    QProcess haproxy;
    if (o.haproxy)
        startHaproxy(haproxy, dir, urls);

    // --- the sites: one file of o.servers servers each, all watched always ----------------------
    const QString configHome = dir.filePath(QStringLiteral("config"));
    const QString settingsPath = configHome + QStringLiteral("/UC Media Console/uc-media-console.conf");
    QSettings settings(settingsPath, QSettings::IniFormat);
    QList<Site> sites;
    {
        SiteStore store(settings);
        for (int s = 0; s < o.sites; ++s) {
            const QString folder = dir.filePath(QStringLiteral("site%1").arg(s + 1, 3, 10, QLatin1Char('0')));
            QDir().mkpath(folder);
            QFile file(folder + QStringLiteral("/eucwebconfig.json"));
            const QByteArray json = configWith(urls.mid(qsizetype(s) * o.servers, o.servers));
            if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
                qFatal("cannot write a site's configuration");
            file.close();
            Site site = store.open(file.fileName());
            site.name = QStringLiteral("Site %1").arg(s + 1, 3, 10, QLatin1Char('0'));
            site.ucServerHost = QStringLiteral("127.0.0.1");
            site.probe.ucServerPort = hostPorts.value("ucserver");
            site.probe.webServerHttpPort = hostPorts.value("webserver");
            site.probe.webServerHttpsPort = hostPorts.value("webserver-https");
            site.probe.hostIntervalMs = o.hostIntervalMs;
            site.watchAlways = true;
            store.save(site);
            sites.append(site);
        }
        settings.sync();
    }
    say(QStringLiteral("sites:     %1 watched always, in %2").arg(sites.size()).arg(settingsPath));

    // --- the console ---------------------------------------------------------------------------
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<FleetMonitor> ownFleet;
    FleetMonitor *fleet = nullptr;
    if (o.gui) {
        window = std::make_unique<MainWindow>(settings);
        window->setRememberSites(false);
        window->show();
        fleet = window->findChild<FleetMonitor *>();
        if (!fleet)
            qFatal("the window has no fleet");
        // The Fleet tab, first in the window's tabs, is what is shown.
        if (auto *tabs = window->findChild<QTabWidget *>())
            tabs->setCurrentIndex(0);
        say(QStringLiteral("console:   ucmc::MainWindow, shown (QT_QPA_PLATFORM=%1), Fleet tab")
                .arg(QString::fromLatin1(qgetenv("QT_QPA_PLATFORM"))));
    } else {
        ownFleet = std::make_unique<FleetMonitor>();
        ownFleet->setSites(sites);
        fleet = ownFleet.get();
        say(QStringLiteral("console:   FleetMonitor (no window)"));
    }

    // --- event-loop lag, detection -------------------------------------------------------------
    QElapsedTimer clock;
    clock.start();
    LagProbe lag(o.lagMs);

    std::vector<Detection> detections;
    QObject::connect(fleet, &FleetMonitor::siteStatusChanged, [&](const QString &id) {
        for (Detection &d : detections) {
            if (!d.active || d.siteId != id)
                continue;
            const SiteStatus status = fleet->status(id);
            if ((d.wantDown && status.servers.down > 0)
                || (!d.wantDown && status.servers.up == status.servers.total)) {
                d.ms = double(clock.nsecsElapsed() - d.startedNs) / 1e6;
                d.active = false;
            }
        }
    });
    const auto startDetection = [&](const QString &name, int server, bool wantDown, const QByteArray &command) {
        Detection d;
        d.name = name;
        d.siteId = sites.at(server / o.servers).id;
        d.wantDown = wantDown;
        d.startedNs = clock.nsecsElapsed();
        d.active = true;
        detections.push_back(d);
        if (!control(controlPort, command))
            say(QStringLiteral("control command failed: ") + QString::fromLatin1(command));
    };
    const auto wait = [](int ms) { waitEvents(ms); };
    const auto upCount = [&] {
        int up = 0;
        for (const QString &id : fleet->siteIds())
            up += fleet->status(id).servers.up;
        return up;
    };

    QElapsedTimer warm;
    warm.start();
    while (warm.elapsed() < qint64(o.warmup) * 1000)
        wait(500);
    say(QStringLiteral("after warm-up: %1 sites watched, %2 of %3 media servers up")
            .arg(fleet->siteIds().size())
            .arg(upCount())
            .arg(count));

    // --- the measured window -------------------------------------------------------------------
    const QString haproxyStat = QStringLiteral("/proc/%1/stat").arg(haproxy.processId());
    const QString monitorThread = threadStat("ucmc-monitor");
    const QString guiThread = QStringLiteral("/proc/self/task/%1/stat").arg(getpid());
    const double cpu0 = cpuSeconds(QStringLiteral("/proc/self/stat"));
    const double gui0 = cpuSeconds(guiThread);
    const double mon0 = monitorThread.isEmpty() ? -1 : cpuSeconds(monitorThread);
    const double hap0 = haproxy.processId() > 0 ? cpuSeconds(haproxyStat) : -1;
    const quint64 pings0 = MediaServerMonitor::answeredPings();
    QElapsedTimer window0;
    window0.start();

    const int refused = count / 10 + 2; // a server in the middle of a site's list
    const int stalled = count / 5 + 2;
    const int phase = o.seconds * 1000 / 3;
    wait(phase);
    startDetection(QStringLiteral("closed (fault refuse) -> tile down"), refused, true,
                   "fault " + QByteArray::number(refused) + " refuse");
    startDetection(QStringLiteral("stalled (fault stall) -> tile down"), stalled, true,
                   "fault " + QByteArray::number(stalled) + " stall");
    wait(phase);
    startDetection(QStringLiteral("recovered from refuse -> tile all up"), refused, false,
                   "clear " + QByteArray::number(refused));
    startDetection(QStringLiteral("recovered from stall -> tile all up"), stalled, false,
                   "clear " + QByteArray::number(stalled));
    wait(int(qMax<qint64>(0, qint64(o.seconds) * 1000 - window0.elapsed())));

    const double seconds = double(window0.elapsed()) / 1000.0;
    const double cpu = cpuSeconds(QStringLiteral("/proc/self/stat")) - cpu0;
    const double gui = cpuSeconds(guiThread) - gui0;
    const double mon = mon0 < 0 ? -1 : cpuSeconds(monitorThread) - mon0;
    const double hap = hap0 < 0 ? -1 : cpuSeconds(haproxyStat) - hap0;
    const quint64 pings = MediaServerMonitor::answeredPings() - pings0;
    const qint64 rss = statusKiB(QStringLiteral("/proc/self/status"), "VmRSS:");
    const qint64 hwm = statusKiB(QStringLiteral("/proc/self/status"), "VmHWM:");
    const int haproxyUp = haproxyUpCount(haproxy, dir);
    const double haproxyChecks = haproxyUp > 0 ? double(haproxyUp) * seconds : double(count) * seconds;
    const int consoleUp = upCount();

    // --- the GUI's lag, in a window of its own --------------------------------------------------
    // A server of another site fails and comes back in it, so tiles change while the probe looks.
    const int lagServer = count / 2 + 2;
    lag.start();
    lag.measuring = true;
    wait(o.lagSeconds * 250);
    if (!control(controlPort, "fault " + QByteArray::number(lagServer) + " refuse"))
        say(QStringLiteral("control command failed: fault refuse"));
    wait(o.lagSeconds * 500);
    if (!control(controlPort, "clear " + QByteArray::number(lagServer)))
        say(QStringLiteral("control command failed: clear"));
    wait(o.lagSeconds * 250);
    lag.measuring = false;
    lag.stop();

    say(QString());
    say(QStringLiteral("measured over %1 s; media servers up at the end: console %2 of %3, HAProxy %4; "
                       "monitor threads: %5")
            .arg(seconds, 0, 'f', 1)
            .arg(consoleUp)
            .arg(count)
            .arg(haproxyUp)
            .arg(monitorThread.isEmpty() ? 0 : 1));
    say(QStringLiteral("                              console          HAProxy 2.6"));
    say(QStringLiteral("CPU, % of one core            %1 %          %2 %")
            .arg(100.0 * cpu / seconds, 6, 'f', 2)
            .arg(hap < 0 ? -1.0 : 100.0 * hap / seconds, 6, 'f', 2));
    say(QStringLiteral("checks (pings / HTTP checks)  %1          %2")
            .arg(pings, 8)
            .arg(qint64(haproxyChecks), 8));
    say(QStringLiteral("CPU per check, µs             %1            %2")
            .arg(pings ? 1e6 * cpu / double(pings) : -1.0, 6, 'f', 1)
            .arg(hap < 0 ? -1.0 : 1e6 * hap / haproxyChecks, 6, 'f', 1));
    say(QStringLiteral("resident memory, MB           %1 (peak %2)")
            .arg(double(rss) / 1024.0, 0, 'f', 1)
            .arg(double(hwm) / 1024.0, 0, 'f', 1));
    say(QStringLiteral("console threads: GUI %1 % of a core, monitor %2 %")
            .arg(100.0 * gui / seconds, 0, 'f', 2)
            .arg(100.0 * mon / seconds, 0, 'f', 2));
    say(lag.summary() + QStringLiteral(" (the %1 s after the window, a server failing and back)").arg(o.lagSeconds));
    for (const Detection &d : detections)
        say(QStringLiteral("detection: %1: %2")
                .arg(d.name, -38)
                .arg(d.ms < 0 ? QStringLiteral("not seen") : QStringLiteral("%1 ms").arg(d.ms, 0, 'f', 0)));
    say(QStringLiteral("targets: < 5 % of one core, < 200 MB, lag p99 < 20 ms, a stopped server on its tile "
                       "< 100 ms; scrape < 50 ms"));

    // --- the exporter of all sites, in its own process -----------------------------------------
    window.reset();
    ownFleet.reset();
    if (o.scrapes > 0) {
        QProcess exporter;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
        exporter.setProcessEnvironment(environment);
        exporter.setStandardErrorFile(dir.filePath(QStringLiteral("serve-metrics.log")));
        const QString console = QCoreApplication::applicationDirPath() + QStringLiteral("/uc-media-console");
        const QStringList args{QStringLiteral("serve-metrics"), QStringLiteral("--all-sites"),
                               QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")};
        exporter.start(console, args);
        say(QString());
        say(QStringLiteral("exporter:  ") + commandLine(console, args));
        quint16 port = 0;
        QElapsedTimer t;
        t.start();
        QByteArray out;
        while (port == 0 && t.elapsed() < 10000 && exporter.state() != QProcess::NotRunning) {
            exporter.waitForReadyRead(200);
            out += exporter.readAllStandardOutput();
            const qsizetype at = out.indexOf("http://");
            const qsizetype end = out.indexOf("/metrics", at);
            if (at >= 0 && end > at)
                port = quint16(out.mid(at, end - at).split(':').last().toUInt());
        }
        if (port == 0) {
            say(QStringLiteral("serve-metrics --all-sites did not start (see %1)")
                    .arg(dir.filePath(QStringLiteral("serve-metrics.log"))));
        } else {
            wait(qMin(o.warmup, 15) * 1000); // every site read, every server answered
            std::vector<double> times;
            qsizetype size = 0;
            for (int i = 0; i < o.scrapes; ++i) {
                const auto [ms, bytes] = scrape(port);
                if (ms >= 0)
                    times.push_back(ms);
                size = bytes;
                wait(200);
            }
            const double exporterCpu = cpuSeconds(QStringLiteral("/proc/%1/stat").arg(exporter.processId()));
            // The exporter's first scrape also maps the memory for its text (2 MB): shown apart.
            const double first = times.empty() ? -1.0 : times.front();
            if (!times.empty())
                times.erase(times.begin());
            say(QStringLiteral("scrape of all %1 servers: the first %9 ms; the next %2: p50 %3 ms, p90 %8 ms, max %4 ms; "
                               "%5 kB; exporter RSS %6 MB, CPU since start %7 s")
                    .arg(count)
                    .arg(times.size())
                    .arg(percentile(times, 0.5), 0, 'f', 1)
                    .arg(times.empty() ? -1.0 : *std::max_element(times.begin(), times.end()), 0, 'f', 1)
                    .arg(double(size) / 1024.0, 0, 'f', 0)
                    .arg(double(statusKiB(QStringLiteral("/proc/%1/status").arg(exporter.processId()), "VmRSS:"))
                             / 1024.0,
                         0, 'f', 1)
                    .arg(exporterCpu, 0, 'f', 1)
                    .arg(percentile(times, 0.9), 0, 'f', 1)
                    .arg(first, 0, 'f', 1));
        }
        exporter.terminate();
        if (!exporter.waitForFinished(5000))
            exporter.kill();
    }

    // --- the end: children go away with us ---------------------------------------------------
    for (QProcess *p : {&haproxy, &hosts}) {
        if (p->state() != QProcess::NotRunning) {
            p->terminate();
            if (!p->waitForFinished(3000))
                p->kill();
        }
    }
    sim.closeWriteChannel(); // kms-sim ends at EOF on its stdin
    if (!sim.waitForFinished(5000)) {
        sim.kill();
        sim.waitForFinished(2000);
    }
    return 0;
}
