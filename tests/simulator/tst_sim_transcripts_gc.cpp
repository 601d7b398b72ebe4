// Replays 11-gc.jsonl with the time scaled by 1/10: garbageCollectorPeriod 4 s becomes 400 ms,
// the monitor polls every 100 ms instead of every second.
#include "replayer.h"
#include "simulatedmediaserver.h"

#include <QElapsedTimer>
#include <QTest>

using namespace kmssim;
using namespace simtest;

class TestTranscriptsGc : public QObject
{
    Q_OBJECT

private slots:
    void gc11();
};

void TestTranscriptsGc::gc11()
{
    constexpr int PeriodMs = 400;
    ServerConfig config;
    config.address = QHostAddress(QStringLiteral("127.0.50.3"));
    config.wsPort = 0;
    config.gcPeriod = std::chrono::milliseconds(PeriodMs);
    SimulatedMediaServer server(config);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const auto lines = loadTranscript(QStringLiteral("11-gc.jsonl"), &error);
    QVERIFY2(!lines.isEmpty(), qPrintable(error));

    ShapeMatcher matcher;
    Replayer replayer(config.address, server.wsPort(), 0, matcher);
    RawWsClient *monitor = nullptr;
    QElapsedTimer sinceLeak; // since the leaking socket closed or the monitor stopped polling
    qint64 pollId = 0;
    QString why;
    const auto failWith = [&](const QString &message) {
        if (why.isEmpty())
            why = message;
        return true;
    };

    const bool ok = replayer.replay(lines, [&](const TranscriptLine &line) {
        const QString note = line.note();
        if (note.startsWith(QLatin1String("gc: KMS started")) || note.startsWith(QLatin1String("gc-2b"))) {
            if (note.startsWith(QLatin1String("gc-2b")))
                sinceLeak.start(); // the last poll went out just before
            return true;
        }
        if (!line.hasSend() && note.startsWith(QLatin1String("gc: socket P")) &&
            note.endsWith(QLatin1String(" closed"))) {
            replayer.client(line.note().mid(11, 2))->sendClose(1000);
            replayer.client(line.note().mid(11, 2))->waitForDisconnected(1000);
            replayer.forget(line.note().mid(11, 2));
            sinceLeak.start();
            return true;
        }
        if (note.startsWith(QLatin1String("gc-1:")))
            return true; // "monitor does NOT poll": just wait for the event below
        if (note.startsWith(QLatin1String("gc-2:"))) {
            pollId = 1000;
            return true;
        }
        if (note == QLatin1String("gc: event on monitor")) {
            monitor = replayer.client(QStringLiteral("M"));
            if (!monitor->waitForMessages(1, 6 * PeriodMs))
                return failWith(QStringLiteral("no ObjectDestroyed on the monitor"));
            const qint64 after = sinceLeak.elapsed();
            // Unused for one full period, collected at the next run: between 1 and 2 periods (some
            // slack for a busy machine).
            if (after < PeriodMs * 8 / 10 || after > PeriodMs * 35 / 10)
                failWith(
                    QStringLiteral("collected %1 ms after the leak, period %2 ms").arg(after).arg(PeriodMs));
            QList<QByteArray> frames;
            for (const auto &f : monitor->takeMessages())
                frames << f.payload;
            if (!replayer.compareFrames(Replayer::expectedFrames(line.json), frames, {}))
                failWith(replayer.error());
            return true;
        }
        if (note == QLatin1String("gc: getPipelines poll result")) {
            // The poll itself is not in the capture, only its results (ids 1001..1024).
            monitor = replayer.client(QStringLiteral("M"));
            QTest::qWait(PeriodMs / 4);
            monitor->sendText(QByteArrayLiteral("{\"jsonrpc\":\"2.0\",\"id\":") +
                              QByteArray::number(++pollId) +
                              ",\"method\":\"invoke\",\"params\":{\"object\":\"manager_ServerManager\","
                              "\"operation\":\"getPipelines\"}}");
            if (!monitor->waitForMessages(1, 2000))
                return failWith(QStringLiteral("poll %1 unanswered").arg(pollId));
            QList<QByteArray> frames;
            for (const auto &f : monitor->takeMessages())
                frames << f.payload;
            if (!replayer.compareFrames(Replayer::expectedFrames(line.json), frames,
                                        QStringLiteral("getPipelines")))
                failWith(QStringLiteral("poll %1: %2").arg(pollId).arg(replayer.error()));
            return true;
        }
        return false;
    });
    QVERIFY2(ok, qPrintable(replayer.error()));
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(server.pipelineCount(), 0);
}

QTEST_GUILESS_MAIN(TestTranscriptsGc)
#include "tst_sim_transcripts_gc.moc"
