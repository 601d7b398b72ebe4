// Replays 03b-metadata.jsonl: a KMS whose config has a top-level "metadata" node.
#include "replayer.h"
#include "simulatedmediaserver.h"

#include <QTest>

using namespace kmssim;
using namespace simtest;

class TestTranscriptsMetadata : public QObject
{
    Q_OBJECT

private slots:
    void metadata03b();
    void metadataIsRequired();
};

void TestTranscriptsMetadata::metadata03b()
{
    ServerConfig config;
    config.address = QHostAddress(QStringLiteral("127.0.50.2"));
    config.wsPort = 0;
    // Exactly the node of the capture's config, in its member order.
    config.metadata = R"({"name":"kms-dev-1","region":"local","weight":5,"enabled":true,"tags":["a","b"]})";
    SimulatedMediaServer server(config);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));

    const auto lines = loadTranscript(QStringLiteral("03b-metadata.jsonl"), &error);
    QVERIFY2(!lines.isEmpty(), qPrintable(error));
    ShapeMatcher matcher;
    Replayer replayer(config.address, server.wsPort(), 0, matcher);
    const bool ok = replayer.replay(lines, [](const TranscriptLine &line) {
        return !line.hasSend() && line.note().startsWith(QLatin1String("KMS restarted"));
    });
    QVERIFY2(ok, qPrintable(replayer.error()));
}

void TestTranscriptsMetadata::metadataIsRequired()
{
    // Invalid metadata JSON is a configuration error, not a silent "".
    ServerConfig config;
    config.address = QHostAddress(QStringLiteral("127.0.50.2"));
    config.wsPort = 0;
    config.metadata = "{not json";
    SimulatedMediaServer server(config);
    QString error;
    QVERIFY(!server.start(&error));
    QVERIFY(error.contains(QLatin1String("metadata")));
}

QTEST_GUILESS_MAIN(TestTranscriptsMetadata)
#include "tst_sim_transcripts_metadata.moc"
