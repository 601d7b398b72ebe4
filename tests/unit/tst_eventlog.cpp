// The event log: the ring in memory, the rotating JSON Lines files on disk (real files in a
// temporary folder, cut-off and garbage lines), the writer thread (append returns before the disk
// is touched, batches, order, flush on close, errors across threads; a write hook that blocks on a
// semaphore, nothing timed), the CSV and JSON exports (golden strings), the table model and its
// filter (both under QAbstractItemModelTester).
#include "models/eventlog.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMutex>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ucmc;
using Kind = ServerEvent::Kind;

namespace {

const QDateTime kBase = QDateTime(QDate(2026, 11, 26), QTime(7, 15, 0, 123), Qt::UTC);

ServerEvent ev(int n, Kind kind = Kind::StateChanged, HealthState from = HealthState::Up,
               HealthState to = HealthState::Down,
               const QString &server = QStringLiteral("ws://10.0.0.1:8888/kurento"))
{
    ServerEvent e;
    e.time = kBase.addSecs(n);
    e.kind = kind;
    e.server = server;
    e.from = from;
    e.to = to;
    e.failure = to == HealthState::Down ? FailureCode::TcpRefused : FailureCode::None;
    e.text = QStringLiteral("event %1").arg(n);
    return e;
}

QList<int> numbersOf(const QList<ServerEvent> &events)
{
    QList<int> numbers;
    for (const ServerEvent &e : events)
        numbers.append(int(kBase.secsTo(e.time)));
    return numbers;
}

QList<int> range(int from, int to)
{
    QList<int> r;
    for (int i = from; i <= to; ++i)
        r.append(i);
    return r;
}

void writeFile(const QString &path, const QByteArray &bytes, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QFile file(path);
    QVERIFY(file.open(mode));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A store that waits for the test before each write: the writer thread says it arrived (entered),
// then blocks until the test lets it write (released). Records the batches' sizes and threads.
struct GatedStorage
{
    QSemaphore entered;
    QSemaphore released;
    QMutex mutex;
    QList<qsizetype> batches;
    QList<QThread *> threads;

    EventLogWriteHook hook()
    {
        return [this](qsizetype lines) {
            {
                QMutexLocker lock(&mutex);
                batches.append(lines);
                threads.append(QThread::currentThread());
            }
            entered.release();
            released.acquire();
        };
    }
    QList<qsizetype> batchSizes()
    {
        QMutexLocker lock(&mutex);
        return batches;
    }
};

} // namespace

class TestEventLog : public QObject
{
    Q_OBJECT

private slots:
    void idsRoundTrip()
    {
        for (int k = 0; k <= int(Kind::ConsoleAction); ++k) {
            const auto kind = Kind(k);
            QVERIFY(!eventKindId(kind).isEmpty());
            QCOMPARE(eventKindFromId(QString(eventKindId(kind))), kind);
            QVERIFY(!eventKindText(kind).isEmpty());
        }
        for (int s = 0; s <= int(HealthState::NotMonitored); ++s)
            QCOMPARE(healthStateFromId(QString(healthStateId(HealthState(s)))), HealthState(s));
        for (int f = 0; f <= int(FailureCode::NetworkError); ++f)
            QCOMPARE(failureCodeFromId(QString(failureCodeId(FailureCode(f)))), FailureCode(f));
        QCOMPARE(eventKindId(Kind::StateChanged), QLatin1StringView("state-changed"));
        QCOMPARE(eventKindId(Kind::Restarted), QLatin1StringView("restarted"));
        QCOMPARE(healthStateId(HealthState::GoingDown), QLatin1StringView("going-down"));
        QVERIFY(!eventKindFromId(u"no-such-kind"));
        QVERIFY(!healthStateFromId(u"sideways"));
    }

    void severities()
    {
        QCOMPARE(eventSeverity(ev(0)), EventSeverity::Failure);
        QCOMPARE(eventSeverity(ev(0, Kind::StateChanged, HealthState::Up, HealthState::GoingDown)),
                 EventSeverity::Warning);
        QCOMPARE(eventSeverity(ev(0, Kind::StateChanged, HealthState::GoingUp, HealthState::Up)),
                 EventSeverity::Info);
        QCOMPARE(eventSeverity(ev(0, Kind::Restarted, HealthState::Up, HealthState::Up)),
                 EventSeverity::Failure);
        QCOMPARE(eventSeverity(ev(0, Kind::VersionChanged, HealthState::Up, HealthState::Up)),
                 EventSeverity::Warning);
        QCOMPARE(eventSeverity(ev(0, Kind::ConsoleAction, HealthState::Up, HealthState::Up)),
                 EventSeverity::Info);
    }

    void ringKeepsTheNewest()
    {
        EventLog log(5);
        EventLogModel model(log);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy dropped(&log, &EventLog::droppedOldest);
        for (int i = 1; i <= 12; ++i)
            log.append(ev(i));
        QCOMPARE(log.size(), 5);
        QCOMPARE(numbersOf(log.events()), range(8, 12));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0, EventLogModel::Reason).data().toString(), QStringLiteral("event 8"));
        QCOMPARE(model.index(4, EventLogModel::Reason).data().toString(), QStringLiteral("event 12"));
        QCOMPARE(dropped.count(), 7);

        // A batch drops as many of the oldest as it needs, in one step.
        log.append(QList<ServerEvent>{ev(13), ev(14), ev(15)});
        QCOMPARE(numbersOf(log.events()), range(11, 15));
        QCOMPARE(dropped.count(), 8);
        QCOMPARE(dropped.last().at(0).toInt(), 3);

        // A batch larger than the ring keeps its own newest.
        log.append(QList<ServerEvent>{ev(20), ev(21), ev(22), ev(23), ev(24), ev(25), ev(26)});
        QCOMPARE(numbersOf(log.events()), range(22, 26));
        QCOMPARE(model.rowCount(), 5);

        log.clear();
        QCOMPARE(log.size(), 0);
        QCOMPARE(model.rowCount(), 0);
        log.append(ev(30));
        QCOMPARE(numbersOf(log.events()), QList<int>{30});
    }

    void defaultCapacityIsBounded()
    {
        EventLog log;
        QCOMPARE(log.capacity(), 10000);
        QList<ServerEvent> many;
        for (int i = 0; i < 10500; ++i)
            many.append(ev(i));
        log.append(many.mid(0, 6000));
        log.append(many.mid(6000));
        QCOMPARE(log.size(), 10000);
        QCOMPARE(numbersOf({log.at(0)}), QList<int>{500});
        QCOMPARE(numbersOf({log.at(9999)}), QList<int>{10499});
    }

    void jsonOfOneEvent()
    {
        ServerEvent e = ev(0);
        e.server = QStringLiteral("ws://10.0.0.1:8888/kurento");
        e.text = QStringLiteral("Up → Down: \"quoted\", back\\slash\nnew line\ttab\x01");
        QCOMPARE(eventToJson(e),
                 QByteArray("{\"time\":\"2026-11-26T07:15:00.123Z\",\"kind\":\"state-changed\","
                            "\"server\":\"ws://10.0.0.1:8888/kurento\",\"from\":\"up\",\"to\":\"down\","
                            "\"failure\":\"tcp-refused\",\"text\":\"Up \xe2\x86\x92 Down: \\\"quoted\\\", "
                            "back\\\\slash\\nnew line\\ttab\\u0001\"}"));
        const auto back = eventFromJson(eventToJson(e));
        QVERIFY(back);
        QCOMPARE(*back, e);

        ServerEvent info = ev(1, Kind::ConsoleAction, HealthState::Up, HealthState::Up);
        info.text = QStringLiteral("Saved");
        QCOMPARE(eventToJson(info),
                 QByteArray("{\"time\":\"2026-11-26T07:15:01.123Z\",\"kind\":\"console-action\","
                            "\"server\":\"ws://10.0.0.1:8888/kurento\",\"from\":\"up\",\"to\":\"up\","
                            "\"failure\":null,\"text\":\"Saved\"}"));
        QCOMPARE(*eventFromJson(eventToJson(info)), info);
    }

    void jsonParsingIsTolerantButStrictAboutEssentials()
    {
        // Unknown members are ignored; unknown states and failures of a newer console are kept vaguely.
        const auto newer = eventFromJson(R"({"time":"2026-11-26T07:15:00Z","kind":"restarted","server":"s",
            "from":"hibernating","to":"up","failure":"quantum","text":"t","extra":[1,2]})");
        QVERIFY(newer);
        QCOMPARE(newer->kind, Kind::Restarted);
        QCOMPARE(newer->from, HealthState::Unknown);
        QCOMPARE(newer->failure, FailureCode::None);
        QCOMPARE(newer->time, QDateTime(QDate(2026, 11, 26), QTime(7, 15), Qt::UTC));

        for (const QByteArray &bad :
             {QByteArray(), QByteArray("{"), QByteArray("[]"), QByteArray("null"), QByteArray("{\"time\":1}"),
              QByteArray(R"({"time":"yesterday","kind":"restarted","server":"s"})"),
              QByteArray(R"({"time":"2026-11-26T07:15:00Z","kind":"exploded","server":"s"})"),
              QByteArray(R"({"time":"2026-11-26T07:15:00Z","kind":"restarted"})"),
              QByteArray("{\"time\":\"2026-11-26T07:15:00Z\",\"kind\":\"restar"),
              QByteArray("\xff\xfe\x00garbage", 10)})
            QVERIFY2(!eventFromJson(bad), bad.constData());
    }

    void exportsJson()
    {
        QCOMPARE(eventsToJson({}), QByteArray("[]\n"));
        ServerEvent a = ev(0);
        a.text = QStringLiteral("Up → Down: Connection refused");
        ServerEvent b = ev(61, Kind::Restarted, HealthState::Up, HealthState::Up,
                           QStringLiteral("wss://10.0.0.2:8433/kurento"));
        b.text = QStringLiteral("The media server restarted");
        QCOMPARE(eventsToJson({a, b}),
                 QByteArray(
                     "[\n"
                     "  {\"time\":\"2026-11-26T07:15:00.123Z\",\"kind\":\"state-changed\",\"server\":\"ws://"
                     "10.0.0.1:8888/kurento\",\"from\":\"up\",\"to\":\"down\",\"failure\":\"tcp-refused\","
                     "\"text\":\"Up \xe2\x86\x92 Down: Connection refused\"},\n"
                     "  {\"time\":\"2026-11-26T07:16:01.123Z\",\"kind\":\"restarted\",\"server\":\"wss://"
                     "10.0.0.2:8433/kurento\",\"from\":\"up\",\"to\":\"up\",\"failure\":null,"
                     "\"text\":\"The media server restarted\"}\n"
                     "]\n"));
        // It is valid JSON that Qt reads back.
        QJsonParseError error;
        QJsonDocument::fromJson(eventsToJson({a, b}), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
    }

    void exportsCsv()
    {
        ServerEvent a = ev(0);
        a.text = QStringLiteral("Closed by the server (code 1002, Invalid path)");
        ServerEvent b = ev(1, Kind::ConsoleAction, HealthState::Up, HealthState::Up);
        b.text = QStringLiteral("He said \"restart\"\nthen it was gone");
        ServerEvent c = ev(2, Kind::VersionChanged, HealthState::Up, HealthState::Up);
        c.server = QStringLiteral("ws://10.0.0.3:8888/kurento");
        c.text = QStringLiteral("Version changed from 7.2.1 to 7.3.0");
        QCOMPARE(eventsToCsv({a, b, c}),
                 QByteArray(
                     "time,server,kind,from,to,failure,text\r\n"
                     "2026-11-26T07:15:00.123Z,ws://10.0.0.1:8888/kurento,state-changed,up,down,tcp-refused,"
                     "\"Closed by the server (code 1002, Invalid path)\"\r\n"
                     "2026-11-26T07:15:01.123Z,ws://10.0.0.1:8888/kurento,console-action,up,up,,"
                     "\"He said \"\"restart\"\"\nthen it was gone\"\r\n"
                     "2026-11-26T07:15:02.123Z,ws://10.0.0.3:8888/kurento,version-changed,up,up,,"
                     "Version changed from 7.2.1 to 7.3.0\r\n"));
        QCOMPARE(eventsToCsv({}), QByteArray("time,server,kind,from,to,failure,text\r\n"));
    }

    void storeRotatesAndKeepsAFixedNumberOfFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("log/nested")); // created on first write
        EventLogStore::Options options;
        options.maxFileBytes = 2048;
        options.maxFiles = 3;
        EventLogStore store(folder, options);
        const qsizetype lineSize = eventToJson(ev(100)).size() + 1;
        for (int i = 100; i < 200; ++i)
            QVERIFY2(store.append(ev(i)), qPrintable(store.errorString()));
        const QStringList files = store.files();
        QCOMPARE(files.size(), 3);
        QVERIFY(files.at(0).endsWith(QLatin1String("/events.jsonl")));
        QVERIFY(files.at(1).endsWith(QLatin1String("/events.1.jsonl")));
        QVERIFY(files.at(2).endsWith(QLatin1String("/events.2.jsonl")));
        QVERIFY(!QFile::exists(QDir(folder).filePath(QStringLiteral("events.3.jsonl"))));
        for (const QString &file : files)
            QVERIFY(QFileInfo(file).size() <= options.maxFileBytes);
        // Every rotated file is full up to the limit.
        const int perFile = int(options.maxFileBytes / lineSize);
        QCOMPARE(QFileInfo(files.at(1)).size(), perFile * lineSize);

        // Loading returns the newest events, oldest first, across files.
        const auto loaded = EventLogStore::load(folder, 1000, options);
        QCOMPARE(loaded.skippedLines, 0);
        QVERIFY(loaded.errors.isEmpty());
        const int kept = int(loaded.events.size());
        QVERIFY(kept > 2 * perFile && kept <= 3 * perFile);
        QCOMPARE(numbersOf(loaded.events), range(200 - kept, 199));
        QCOMPARE(numbersOf(EventLogStore::load(folder, 7, options).events), range(193, 199));
        QVERIFY(EventLogStore::load(folder, 0, options).events.isEmpty());

        // A smaller limit later: files beyond it are removed at the next rotation.
        EventLogStore::Options fewer = options;
        fewer.maxFiles = 2;
        EventLogStore second(folder, fewer);
        for (int i = 200; i < 200 + perFile + 1; ++i)
            QVERIFY(second.append(ev(i)));
        QVERIFY(!QFile::exists(QDir(folder).filePath(QStringLiteral("events.2.jsonl"))));
    }

    void cutOffLastLineIsSkippedAndTheNextLineStartsAfresh()
    {
        QTemporaryDir dir;
        const QString file = QDir(dir.path()).filePath(EventLogStore::fileName(0));
        {
            EventLogStore store(dir.path());
            QVERIFY(store.append(QList<ServerEvent>{ev(1), ev(2), ev(3)}));
        }
        // A crash in the middle of a line.
        const QByteArray partial = eventToJson(ev(4)).left(37);
        writeFile(file, partial, QIODevice::WriteOnly | QIODevice::Append);

        auto loaded = EventLogStore::load(dir.path(), 100);
        QCOMPARE(numbersOf(loaded.events), (QList<int>{1, 2, 3}));
        QCOMPARE(loaded.skippedLines, 1);

        {
            EventLogStore store(dir.path());
            QVERIFY(store.append(ev(5)));
        }
        loaded = EventLogStore::load(dir.path(), 100);
        QCOMPARE(numbersOf(loaded.events), (QList<int>{1, 2, 3, 5}));
        QCOMPARE(loaded.skippedLines, 1);
    }

    void garbageLinesAreSkipped()
    {
        QTemporaryDir dir;
        const QString file = QDir(dir.path()).filePath(EventLogStore::fileName(0));
        QByteArray bytes = eventToJson(ev(1)) + "\n\n   \n" + "not json at all\n" + "[1,2,3]\n" +
                           QByteArray("\x00\x01\x02\xff\n", 5) + eventToJson(ev(2)) + "\r\n" +
                           "{\"time\":\"2026-11-26T07:15:00Z\"}\n" + eventToJson(ev(3)) + "\n";
        writeFile(file, bytes);
        const auto loaded = EventLogStore::load(dir.path(), 100);
        QCOMPARE(numbersOf(loaded.events), (QList<int>{1, 2, 3}));
        QCOMPARE(loaded.skippedLines, 4);

        // An empty file, and a folder that does not exist, load as nothing.
        writeFile(file, QByteArray());
        QVERIFY(EventLogStore::load(dir.path(), 100).events.isEmpty());
        QVERIFY(EventLogStore::load(dir.filePath(QStringLiteral("missing")), 100).events.isEmpty());
    }

    void logIsKeptAcrossRestarts()
    {
        QTemporaryDir dir;
        {
            EventLog log(100);
            const auto loaded = log.openStore(dir.path());
            QVERIFY(loaded.events.isEmpty());
            QVERIFY(log.hasStore());
            for (int i = 1; i <= 10; ++i)
                log.append(ev(i));
            QVERIFY(log.storeError().isEmpty());
        }
        // The console starts again with a smaller ring: the newest fill it, before anything new.
        EventLog log(4);
        EventLogModel model(log);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.append(ev(11)); // arrived before the store was opened
        const auto loaded = log.openStore(dir.path());
        QCOMPARE(numbersOf(loaded.events), range(7, 10));
        QCOMPARE(numbersOf(log.events()), range(8, 11));
        QCOMPARE(model.rowCount(), 4);
        log.append(ev(12));
        QCOMPARE(numbersOf(log.events()), range(9, 12));
        log.closeStore();
        log.append(ev(13)); // memory only
        QCOMPARE(numbersOf(EventLogStore::load(dir.path(), 100).events),
                 (QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12}));
    }

    void unwritableStoreIsReportedOnceAndMemoryGoesOn()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("file"));
        writeFile(blocker, "not a folder");
        EventLog log(10);
        QSignalSpy errors(&log, &EventLog::storeErrorOccurred);
        log.openStore(QDir(blocker).filePath(QStringLiteral("log"))); // a folder inside a file
        log.append(ev(1));
        QVERIFY(log.waitForStore());
        log.append(ev(2));
        QVERIFY(log.waitForStore());
        QCOMPARE(log.size(), 2);
        QVERIFY(!log.storeError().isEmpty());
        // The writer thread found it; the signal comes on the log's thread, once for the run.
        QTRY_COMPARE(errors.count(), 1);
        QVERIFY(!errors.first().at(0).toString().isEmpty());
        QCoreApplication::processEvents();
        QCOMPARE(errors.count(), 1);

        // The folder can be made: the next write works, and a new failure is a new run.
        QVERIFY(QFile::remove(blocker));
        log.append(ev(3));
        QVERIFY(log.waitForStore());
        QVERIFY(log.storeError().isEmpty());
        QCOMPARE(numbersOf(EventLogStore::load(QDir(blocker).filePath(QStringLiteral("log")), 10).events),
                 QList<int>{3});
        QVERIFY(QDir(blocker).removeRecursively());
        writeFile(blocker, "not a folder again");
        log.closeStore(); // the open file would still take lines: open the store anew
        log.openStore(QDir(blocker).filePath(QStringLiteral("log")));
        log.append(ev(4));
        QVERIFY(log.waitForStore());
        QTRY_COMPARE(errors.count(), 2);
    }

    void appendReturnsBeforeTheStoreWrote()
    {
        QTemporaryDir dir;
        GatedStorage storage;
        EventLogStore::Options options;
        options.beforeWrite = storage.hook();
        EventLog log(100);
        log.openStore(dir.path(), options);
        const QString file = QDir(dir.path()).filePath(EventLogStore::fileName(0));

        log.append(ev(1));
        // append() returned although the store has not written: the writer thread waits in the hook.
        QVERIFY(storage.entered.tryAcquire(1, 10'000));
        QCOMPARE(log.size(), 1);
        QVERIFY(!readFile(file).contains(eventToJson(ev(1))));
        QVERIFY(!log.waitForStore(QDeadlineTimer(0)));
        // More events while it is busy: they wait, and go as one batch, in order.
        for (int i = 2; i <= 40; ++i)
            log.append(ev(i));
        log.append(QList<ServerEvent>{ev(41), ev(42)});
        QCOMPARE(log.size(), 42);

        storage.released.release();
        QVERIFY(storage.entered.tryAcquire(1, 10'000)); // the second batch
        QCOMPARE(readFile(file), eventToJson(ev(1)) + '\n');
        storage.released.release();
        QVERIFY(log.waitForStore());
        QCOMPARE(storage.batchSizes(), (QList<qsizetype>{1, 41}));
        QCOMPARE(numbersOf(EventLogStore::load(dir.path(), 100).events), range(1, 42));
        QVERIFY(log.storeError().isEmpty());
        for (QThread *thread : std::as_const(storage.threads))
            QVERIFY(thread != QThread::currentThread());
        log.closeStore();
    }

    void closeWritesEverythingQueued()
    {
        QTemporaryDir dir;
        GatedStorage storage;
        EventLogStore::Options options;
        options.beforeWrite = storage.hook();
        options.maxFileBytes = 4096; // rotations inside the batch too
        options.maxFiles = 50;
        {
            EventLog log(1000);
            log.openStore(dir.path(), options);
            log.append(ev(0));
            QVERIFY(storage.entered.tryAcquire(1, 10'000));
            for (int i = 1; i < 300; ++i)
                log.append(ev(i));
            // Let every write through, then close while most events are still queued: closing
            // waits for them (the destructor would too).
            storage.released.release(1000);
            log.closeStore();
            QVERIFY(!log.hasStore());
            log.append(ev(300)); // memory only
        }
        const auto loaded = EventLogStore::load(dir.path(), 1000, options);
        QCOMPARE(loaded.skippedLines, 0);
        QCOMPARE(numbersOf(loaded.events), range(0, 299));
        QVERIFY(storage.batchSizes().size() >= 2); // several files: one write per file in the batch

        // The destructor flushes as well.
        {
            EventLog log(1000);
            EventLogStore::Options plain;
            plain.maxFiles = 50;
            plain.maxFileBytes = 4096;
            log.openStore(dir.path(), plain);
            for (int i = 300; i < 320; ++i)
                log.append(ev(i));
        }
        QCOMPARE(numbersOf(EventLogStore::load(dir.path(), 1000, options).events), range(0, 319));
    }

    void aFullQueueKeepsEventsInMemoryAndReportsIt()
    {
        QTemporaryDir dir;
        GatedStorage storage;
        EventLogStore::Options options;
        options.beforeWrite = storage.hook();
        EventLog log(10);
        QSignalSpy errors(&log, &EventLog::storeErrorOccurred);
        log.openStore(dir.path(), options);
        log.append(ev(0));
        QVERIFY(storage.entered.tryAcquire(1, 10'000)); // the disk hangs in this write
        QList<ServerEvent> flood;
        for (int i = 1; i <= EventLog::kMaxQueuedEvents + 1; ++i)
            flood.append(ev(i));
        log.append(flood);
        QCOMPARE(errors.count(), 1); // at once, from append() on this thread
        QVERIFY(errors.first().at(0).toString().contains(QLatin1String("fast enough")));
        QVERIFY(log.storeError().contains(QLatin1String("fast enough")));
        QCOMPARE(numbersOf(log.events()), range(EventLog::kMaxQueuedEvents - 8, EventLog::kMaxQueuedEvents + 1));
        log.append(ev(1'000'000 - 1)); // fits in the queue again
        storage.released.release(10);
        QVERIFY(log.waitForStore());
        QVERIFY(log.storeError().isEmpty()); // the disk caught up
        QCOMPARE(numbersOf(EventLogStore::load(dir.path(), 100).events), (QList<int>{0, 1'000'000 - 1}));
        QCoreApplication::processEvents();
        QCOMPARE(errors.count(), 1);
    }

    void modelShowsTheColumns()
    {
        EventLog log;
        EventLogModel model(log);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(EventLogModel::ColumnCount));
        ServerEvent e = ev(0);
        e.text = QStringLiteral("Up → Down: Connection refused");
        log.append(e);
        log.append(ev(5, Kind::Restarted, HealthState::Up, HealthState::Up));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, EventLogModel::Time).data().toString(),
                 kBase.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QCOMPARE(model.index(0, EventLogModel::Time).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("2026-11-26T07:15:00.123Z"));
        QCOMPARE(model.index(0, EventLogModel::Time).data(EventLogModel::SortRole).toLongLong(),
                 kBase.toMSecsSinceEpoch());
        QCOMPARE(model.index(0, EventLogModel::Server).data().toString(),
                 QStringLiteral("ws://10.0.0.1:8888/kurento"));
        QCOMPARE(model.index(0, EventLogModel::Kind).data().toString(), QStringLiteral("State changed"));
        QCOMPARE(model.index(0, EventLogModel::Transition).data().toString(), QStringLiteral("Up → Down"));
        QCOMPARE(model.index(0, EventLogModel::Reason).data().toString(), e.text);
        QCOMPARE(model.index(0, EventLogModel::Reason).data(EventLogModel::FailureRole).toString(),
                 QStringLiteral("tcp-refused"));
        QCOMPARE(model.index(0, 0).data(EventLogModel::SeverityRole).toInt(), int(EventSeverity::Failure));
        QCOMPARE(model.index(1, EventLogModel::Kind).data().toString(), QStringLiteral("Restarted"));
        QCOMPARE(model.index(1, EventLogModel::Transition).data().toString(), QString());
        QCOMPARE(model.index(1, 0).data(EventLogModel::EventRole).value<ServerEvent>().kind, Kind::Restarted);
        for (int c = 0; c < EventLogModel::ColumnCount; ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
    }

    void filterByTextKindServerAndSeverity()
    {
        EventLog log(50);
        EventLogModel model(log);
        EventLogFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString a = QStringLiteral("ws://10.0.0.1:8888/kurento");
        const QString b = QStringLiteral("ws://10.0.0.2:8888/kurento");
        log.append(ev(1, Kind::StateChanged, HealthState::Up, HealthState::Down, a));
        log.append(ev(2, Kind::StateChanged, HealthState::Down, HealthState::Up, a));
        log.append(ev(3, Kind::StateChanged, HealthState::Up, HealthState::GoingDown, b));
        ServerEvent restart = ev(4, Kind::Restarted, HealthState::Up, HealthState::Up, b);
        restart.text = QStringLiteral("Calls were LOST");
        log.append(restart);
        log.append(ev(5, Kind::ConsoleAction, HealthState::Up, HealthState::Up, a));
        QCOMPARE(filter.rowCount(), 5);

        filter.setTextFilter(QStringLiteral("lost"));
        QCOMPARE(numbersOf(filter.visibleEvents()), QList<int>{4});
        filter.setTextFilter(QStringLiteral("10.0.0.2"));
        QCOMPARE(numbersOf(filter.visibleEvents()), (QList<int>{3, 4}));
        filter.setTextFilter(QStringLiteral("going down")); // the transition column, translated text
        QCOMPARE(numbersOf(filter.visibleEvents()), QList<int>{3});
        filter.setTextFilter({});

        filter.setKinds({Kind::Restarted, Kind::ConsoleAction});
        QCOMPARE(numbersOf(filter.visibleEvents()), (QList<int>{4, 5}));
        filter.setKinds({});

        filter.setServer(a);
        QCOMPARE(numbersOf(filter.visibleEvents()), (QList<int>{1, 2, 5}));
        filter.setServer({});

        filter.setMinimumSeverity(EventSeverity::Failure);
        QCOMPARE(numbersOf(filter.visibleEvents()), (QList<int>{1, 4}));
        filter.setMinimumSeverity(EventSeverity::Warning);
        QCOMPARE(numbersOf(filter.visibleEvents()), (QList<int>{1, 3, 4}));

        // New events pass through the filter as they arrive; newest first when sorted by time.
        log.append(ev(6, Kind::StateChanged, HealthState::Up, HealthState::Down, b));
        filter.sort(EventLogModel::Time, Qt::DescendingOrder);
        QCOMPARE(numbersOf(filter.visibleEvents()), (QList<int>{6, 4, 3, 1}));
        filter.setMinimumSeverity(EventSeverity::Info);
        QCOMPARE(filter.rowCount(), 6);
        QCOMPARE(eventsToCsv(filter.visibleEvents()).count("\r\n"), 7);
    }
};

QTEST_GUILESS_MAIN(TestEventLog)
#include "tst_eventlog.moc"
