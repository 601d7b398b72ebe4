// How late the GUI thread's event loop gets while the disk is slow (README: "the GUI thread never
// waits on the disk"). A probe timer is restarted every --interval-ms (2 ms); the lag of a tick is
// how much later than asked for it fires. Storage is made slow by the writers' test hooks
// (EventLogStoreOptions::beforeWrite, ConfigWriteHook): they sleep before each write, on the thread
// that writes. Phases, each measured on its own:
//
//   event log            EventLog with a store: 1,000 events in 50 bursts of 20, a burst every
//                        10 ms (as the monitor delivers them); --slow-ms per write. Until the last
//                        event is on disk.
//   event log, old path  the same bursts written the old way: EventLogStore::append on the GUI
//                        thread, one write and flush per event (what EventLog::append did).
//   save                 ConfigWriter::save of a generated 10,000-entry eucwebconfig.json (about
//                        1.6 MB) through QtConcurrent::run + QFutureWatcher (as ui/saveflow.cpp);
//                        --save-slow-ms per atomic write (a save makes two: backup and file).
//   apply: save+restore  ApplyTransaction with the same file: Save, then cancelled as the restart
//                        begins, so the rollback restores the file (three atomic writes); measured
//                        from the Save step to the end. (The whole run, Validate's lint and
//                        Summarise's diff of 10,000 entries included, is shown on its own line.)
//   save, old path       ConfigWriter::save called on the GUI thread (what the Save step did).
//
// Prints, per phase: ticks, p50, p99 and max lag in ms, and the phase's total time. Target: p99 of
// the asynchronous phases below 20 ms. Prints figures only; asserts nothing.
//
// Run: cmake --build build --target bench_guilag && build/bin/bench_guilag
//      [--slow-ms 5] [--save-slow-ms 100] [--interval-ms 2] [--no-old]

#include "models/configdocument.h"
#include "models/configeditor.h"
#include "models/configwriter.h"
#include "models/eventlog.h"
#include "core/applytransaction.h"
#include "net/servicecontrol/commandservicecontrol.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <vector>

using namespace ucmc;

namespace {

QByteArray generateConfig(int entries)
{
    QByteArray out = "{\r\n   \"listen\" : {\r\n      \"http\" : 7224,\r\n      \"https\" : 7225\r\n   },\r\n"
                     "   \"kurentoservers\" : [\r\n";
    for (int i = 0; i < entries; ++i) {
        const QByteArray host = QByteArray::number(10) + '.' + QByteArray::number((i >> 16) & 0xFF) + '.' +
                                QByteArray::number((i >> 8) & 0xFF) + '.' + QByteArray::number(i & 0xFF);
        out += "      {\r\n         \"url\" : \"ws://" + host +
               ":8888/kurento\",\r\n"
               "         \"candkillipv6\": 0,\r\n         \"candkilltcp\": 0,\r\n         \"candonlyturn\": "
               "0\r\n      }";
        out += i + 1 < entries ? ",\r\n" : "\r\n";
    }
    out += "   ],\r\n   \"logging\" : {\r\n      \"level\" : \"info\"\r\n   }\r\n}\r\n";
    return out;
}

ServerEvent eventNumber(int n)
{
    ServerEvent e;
    e.time = QDateTime::currentDateTimeUtc();
    e.kind = ServerEvent::Kind::StateChanged;
    e.server = QStringLiteral("ws://10.0.%1.%2:8888/kurento").arg(n / 250).arg(n % 250 + 1);
    e.from = HealthState::Up;
    e.to = HealthState::Down;
    e.failure = FailureCode::TcpRefused;
    e.text = QStringLiteral("Up → Down: Connection refused (event %1)").arg(n);
    return e;
}

void sleepMs(int ms)
{
    if (ms > 0)
        QThread::msleep(ulong(ms));
}

// The probe: a single-shot precise timer started again at every tick; lag = fired - due.
class LagProbe
{
public:
    explicit LagProbe(int intervalMs)
        : m_intervalMs(intervalMs)
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
        m_clock.start();
    }

    void start()
    {
        m_lags.clear();
        m_running = true;
        m_due = m_clock.nsecsElapsed() + qint64(m_intervalMs) * 1'000'000;
        m_timer.start(m_intervalMs);
    }
    void stop()
    {
        m_running = false;
        m_timer.stop();
    }
    // Only ticks due from now on count (e.g. from the Save step on).
    void startWindow() { m_windowStart = m_clock.nsecsElapsed(); }
    qint64 now() const { return m_clock.nsecsElapsed(); }

    std::vector<double> lags(bool windowOnly) const
    {
        std::vector<double> result;
        for (const auto &[due, lag] : m_lags)
            if (!windowOnly || due >= m_windowStart)
                result.push_back(lag);
        return result;
    }

private:
    void tick()
    {
        if (!m_running)
            return;
        const qint64 now = m_clock.nsecsElapsed();
        m_lags.emplace_back(m_due, double(std::max<qint64>(0, now - m_due)) / 1e6);
        m_due = now + qint64(m_intervalMs) * 1'000'000;
        m_timer.start(m_intervalMs);
    }

    int m_intervalMs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_due = 0;
    qint64 m_windowStart = 0;
    bool m_running = false;
    std::vector<std::pair<qint64, double>> m_lags;
};

double percentile(std::vector<double> values, double q)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t rank = size_t(std::ceil(q * double(values.size())));
    return values[std::min(values.size() - 1, rank == 0 ? 0 : rank - 1)];
}

void printHeader()
{
    std::printf("%-36s %7s %9s %9s %9s %10s\n", "phase", "ticks", "p50 ms", "p99 ms", "max ms", "total ms");
}

void printRow(const char *phase, const std::vector<double> &lags, double totalMs)
{
    const double max = lags.empty() ? 0 : *std::max_element(lags.begin(), lags.end());
    std::printf("%-36s %7zu %9.2f %9.2f %9.2f %10.1f\n", phase, lags.size(), percentile(lags, 0.50),
                percentile(lags, 0.99), max, totalMs);
    std::fflush(stdout);
}

// Runs the event loop until done() says so (checked every millisecond).
void runUntil(const std::function<bool()> &done)
{
    QEventLoop loop;
    QTimer check;
    check.setTimerType(Qt::PreciseTimer);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    check.start(1);
    loop.exec();
}

constexpr int kEvents = 1000;
constexpr int kBurst = 20;
constexpr int kBurstEveryMs = 10;

// 50 bursts of 20 events, one every 10 ms, each event handed to append(); returns when all are.
void feedBursts(const std::function<void(const ServerEvent &)> &append)
{
    int next = 0;
    QTimer bursts;
    bursts.setTimerType(Qt::PreciseTimer);
    QObject::connect(&bursts, &QTimer::timeout, [&] {
        for (int i = 0; i < kBurst && next < kEvents; ++i)
            append(eventNumber(next++));
    });
    bursts.start(kBurstEveryMs);
    runUntil([&] { return next >= kEvents; });
}

void eventLogPhase(LagProbe &probe, int slowMs)
{
    QTemporaryDir dir;
    EventLogStore::Options options;
    options.beforeWrite = [slowMs](qsizetype) { sleepMs(slowMs); };
    EventLog log;
    log.openStore(dir.path(), options);
    QElapsedTimer total;
    probe.start();
    total.start();
    feedBursts([&](const ServerEvent &e) { log.append(e); });
    runUntil([&] { return log.waitForStore(QDeadlineTimer(0)); });
    const double ms = double(total.nsecsElapsed()) / 1e6;
    probe.stop();
    printRow("event log (writer thread)", probe.lags(false), ms);
    log.closeStore();
    const auto loaded = EventLogStore::load(dir.path(), 2 * kEvents, options);
    if (loaded.events.size() != kEvents)
        std::printf("  !! %lld events on disk, expected %d\n", qlonglong(loaded.events.size()), kEvents);
}

void eventLogOldPhase(LagProbe &probe, int slowMs)
{
    QTemporaryDir dir;
    EventLogStore::Options options;
    options.beforeWrite = [slowMs](qsizetype) { sleepMs(slowMs); };
    EventLogStore store(dir.path(), options);
    QElapsedTimer total;
    probe.start();
    total.start();
    feedBursts([&](const ServerEvent &e) { store.append(e); }); // one write + flush per event, here
    const double ms = double(total.nsecsElapsed()) / 1e6;
    probe.stop();
    printRow("event log, old path (GUI thread)", probe.lags(false), ms);
}

struct ConfigFiles
{
    QTemporaryDir dir;
    QString path;
    QByteArray original;
    ConfigDocument before;
    ConfigDocument after;

    ConfigFiles()
    {
        path = dir.filePath(QStringLiteral("eucwebconfig.json"));
        reset();
    }
    void reset()
    {
        if (original.isEmpty()) {
            original = generateConfig(10'000);
            before = ConfigDocument::fromBytes(original);
            after = ConfigEditor::setFlag(before, 5000, ServerFlag::CandKillTcp, true).value().document;
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(original) != original.size())
            std::printf("  !! cannot write %s\n", qPrintable(path));
    }
    SaveRequest request(int slowMs) const
    {
        SaveRequest r;
        r.path = path;
        r.loadedHash = ConfigWriter::hashOf(original);
        r.document = after;
        r.beforeWrite = [slowMs](const QString &) { sleepMs(slowMs); };
        return r;
    }
};

void savePhase(LagProbe &probe, ConfigFiles &files, int slowMs)
{
    files.reset();
    const SaveRequest request = files.request(slowMs);
    QFutureWatcher<Result<SaveReport, SaveProblem>> watcher;
    bool done = false;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, [&] { done = true; });
    QElapsedTimer total;
    probe.start();
    total.start();
    watcher.setFuture(QtConcurrent::run([request] { return ConfigWriter::save(request); }));
    runUntil([&] { return done; });
    const double ms = double(total.nsecsElapsed()) / 1e6;
    probe.stop();
    printRow("save (QtConcurrent)", probe.lags(false), ms);
    if (!watcher.result())
        std::printf("  !! %s\n", qPrintable(watcher.result().error().message));
}

void applyPhase(LagProbe &probe, ConfigFiles &files, int slowMs)
{
    files.reset();
    CommandTemplates templates;
    templates.restart = QStringLiteral("true {service}"); // never runs: cancelled before
    CommandServiceControl control(QStringLiteral("127.0.0.1"), {}, templates);
    ApplyRequest request;
    request.configPath = files.path;
    request.loadedHash = ConfigWriter::hashOf(files.original);
    request.before = files.before;
    request.after = files.after;
    request.ucServerHost = QStringLiteral("127.0.0.1");
    request.serviceNames.webServer = QStringLiteral("UCWebServer");
    request.settings.watchMs = 0;
    request.beforeWrite = [slowMs](const QString &) { sleepMs(slowMs); };
    ApplyTransaction tx(request, &control);
    QObject::connect(&tx, &ApplyTransaction::confirmationNeeded, &tx, &ApplyTransaction::confirm);
    QElapsedTimer total, fileClock;
    QObject::connect(&tx, &ApplyTransaction::stepStarted, &tx, [&](ApplyTransaction::Step step) {
        if (step == ApplyTransaction::Step::Save) {
            probe.startWindow();
            fileClock.start();
        }
        if (step == ApplyTransaction::Step::Restart)
            tx.cancel(); // undone: the rollback restores the file (the service was never touched)
    });
    probe.start();
    total.start();
    tx.start();
    runUntil([&] { return tx.isFinished(); });
    const double ms = double(total.nsecsElapsed()) / 1e6;
    const double fileMs = double(fileClock.nsecsElapsed()) / 1e6;
    probe.stop();
    printRow("apply: save + restore (QtConcurrent)", probe.lags(true), fileMs);
    printRow("apply: whole run (lint, diff on GUI)", probe.lags(false), ms);
    QElapsedTimer summary;
    summary.start();
    const ApplySummary s = ApplyTransaction::summarise(request, &control);
    std::printf("  (of which ApplyTransaction::summarise() alone, CPU on the GUI thread: %.1f ms, %lld-byte diff)\n",
                double(summary.nsecsElapsed()) / 1e6, qlonglong(s.diff.size()));
    if (tx.outcome() != ApplyTransaction::Outcome::Cancelled ||
        tx.report().fileState != ApplyTransaction::FileState::Restored)
        std::printf("  !! %s\n", qPrintable(tx.report().message));
}

void saveOldPhase(LagProbe &probe, ConfigFiles &files, int slowMs)
{
    files.reset();
    const SaveRequest request = files.request(slowMs);
    QElapsedTimer total;
    probe.start();
    total.start();
    bool ok = false;
    QTimer::singleShot(0, [&] { ok = ConfigWriter::save(request).ok(); }); // on the GUI thread
    runUntil([&] { return ok; });
    const double ms = double(total.nsecsElapsed()) / 1e6;
    // A few ticks after, so the one that waited for the save is counted.
    QElapsedTimer after;
    after.start();
    runUntil([&] { return after.elapsed() >= 20; });
    probe.stop();
    printRow("save, old path (GUI thread)", probe.lags(false), ms);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("ucmc.apply.info=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("GUI-thread lag while the event log writes and a file is saved"));
    parser.addHelpOption();
    const QCommandLineOption slow(QStringLiteral("slow-ms"), QStringLiteral("event log: sleep per write (5)"),
                                  QStringLiteral("ms"), QStringLiteral("5"));
    const QCommandLineOption saveSlow(QStringLiteral("save-slow-ms"),
                                      QStringLiteral("config: sleep per atomic write (100)"), QStringLiteral("ms"),
                                      QStringLiteral("100"));
    const QCommandLineOption interval(QStringLiteral("interval-ms"), QStringLiteral("probe interval (2)"),
                                      QStringLiteral("ms"), QStringLiteral("2"));
    const QCommandLineOption noOld(QStringLiteral("no-old"), QStringLiteral("skip the old synchronous paths"));
    parser.addOptions({slow, saveSlow, interval, noOld});
    parser.process(app);
    const int slowMs = std::max(0, parser.value(slow).toInt());
    const int saveSlowMs = std::max(0, parser.value(saveSlow).toInt());
    const int intervalMs = std::clamp(parser.value(interval).toInt(), 1, 5);
    const bool old = !parser.isSet(noOld);

    std::printf("GUI-thread lag, probe every %d ms; slow storage: event log %d ms per write, config %d ms per "
                "atomic write; %d events in bursts of %d every %d ms; 10,000-entry eucwebconfig.json\n",
                intervalMs, slowMs, saveSlowMs, kEvents, kBurst, kBurstEveryMs);
    printHeader();
    LagProbe probe(intervalMs);
    eventLogPhase(probe, slowMs);
    if (old)
        eventLogOldPhase(probe, slowMs);
    ConfigFiles files;
    savePhase(probe, files, saveSlowMs);
    applyPhase(probe, files, saveSlowMs);
    if (old)
        saveOldPhase(probe, files, saveSlowMs);
    std::printf("target: p99 < 20 ms for the writer-thread and QtConcurrent phases\n");
    return 0;
}
