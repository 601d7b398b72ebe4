// export-topology as an administrator or a script runs it: the real uc-media-console executable,
// started without any display, against a simulated media server that is up and one that refuses.
#include "consolecommand.h"
#include "simulatedmediaserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using kmssim::SimulatedMediaServer;

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}
} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        kmssim::ServerConfig config;
        config.address = QHostAddress(QStringLiteral("127.0.12.31"));
        config.wsPort = 0;
        config.version = QStringLiteral("7.3.0");
        m_server = std::make_unique<SimulatedMediaServer>(config);
        QVERIFY(m_server->start());
        m_config = m_dir.filePath(QStringLiteral("eucwebconfig.json"));
        QVERIFY(writeFile(m_config, QStringLiteral("{\"kurentoservers\": [{\"url\": \"%1\"}, {\"url\": \"%2\"}]}")
                                        .arg(m_server->url().toString(), QStringLiteral("ws://127.0.12.39:9/kurento"))
                                        .toUtf8()));
    }

    void eachFormatWithStates()
    {
        const QString up = QStringLiteral("127.0.12.31:%1").arg(m_server->url().port());
        for (const QString &suffix : {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}) {
            const QString out = m_dir.filePath(QStringLiteral("states.") + suffix);
            const Run run = exec({QStringLiteral("export-topology"), m_config, QStringLiteral("--output"), out,
                                  QStringLiteral("--timeout"), QStringLiteral("3000")});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QVERIFY(run.out.contains("Wrote"));
            const QByteArray bytes = readFile(out);
            if (suffix == u"png") {
                const QImage image = QImage::fromData(bytes, "PNG");
                QVERIFY(!image.isNull());
                QVERIFY(image.width() >= 1000 && image.height() >= 500);
            } else if (suffix == u"svg") {
                QVERIFY(QSvgRenderer(bytes).isValid());
                QVERIFY(bytes.contains(up.toUtf8()));
                QVERIFY(bytes.contains("127.0.12.39:9"));
                QVERIFY(bytes.contains(">Up"));   // the state, probed
                QVERIFY(bytes.contains("7.3.0")); // and the version
                QVERIFY(bytes.contains("Down"));
            } else {
                QVERIFY(bytes.startsWith("%PDF"));
            }
        }
    }

    void formatOptionAndNoStates()
    {
        // --format wins over the name; --no-states probes nothing and says so.
        const QString out = m_dir.filePath(QStringLiteral("plain.drawing"));
        const Run run = exec({QStringLiteral("export-topology"), m_config, QStringLiteral("-o"), out,
                              QStringLiteral("--format"), QStringLiteral("SVG"), QStringLiteral("--no-states")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QByteArray svg = readFile(out);
        QVERIFY(QSvgRenderer(svg).isValid());
        QVERIFY(svg.contains("configuration only"));
        QVERIFY(svg.contains("Not checked"));
        QVERIFY(!svg.contains("7.3.0"));
        QVERIFY(!svg.contains(">Up"));
    }

    void badArguments()
    {
        const QString out = m_dir.filePath(QStringLiteral("bad.png"));
        QCOMPARE(exec({QStringLiteral("export-topology"), m_config, QStringLiteral("--output"), out,
                       QStringLiteral("--format"), QStringLiteral("gif")})
                     .exitCode,
                 3);
        const Run noFormat = exec({QStringLiteral("export-topology"), m_config, QStringLiteral("--output"),
                                   m_dir.filePath(QStringLiteral("topology.txt")), QStringLiteral("--no-states")});
        QCOMPARE(noFormat.exitCode, 3);
        QVERIFY(noFormat.err.contains("--format"));
        QCOMPARE(exec({QStringLiteral("export-topology"), m_config, QStringLiteral("--no-states")}).exitCode, 3);
        QCOMPARE(exec({QStringLiteral("export-topology"), QStringLiteral("--output"), out}).exitCode, 3);
        QCOMPARE(exec({QStringLiteral("export-topology"), m_config, QStringLiteral("--output"), out,
                       QStringLiteral("--timeout"), QStringLiteral("soon")})
                     .exitCode,
                 3);
        const Run site = exec({QStringLiteral("export-topology"), QStringLiteral("--site"), QStringLiteral("Nowhere"),
                               QStringLiteral("--output"), out});
        QCOMPARE(site.exitCode, 3);
        QVERIFY(site.err.contains("no site is remembered"));
        QVERIFY(!QFile::exists(out));
        const Run help = exec({QStringLiteral("export-topology"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--no-states"));
    }

    void unusableAndUnreadableFiles()
    {
        const QString out = m_dir.filePath(QStringLiteral("never.svg"));
        const auto exportOf = [&](const QString &file) {
            return exec({QStringLiteral("export-topology"), file, QStringLiteral("--output"), out,
                         QStringLiteral("--no-states")});
        };
        const Run missing = exportOf(m_dir.filePath(QStringLiteral("missing.json")));
        QCOMPARE(missing.exitCode, 3);
        QVERIFY(missing.err.contains("missing.json"));
        QCOMPARE(exportOf(m_dir.path()).exitCode, 3); // a folder
        const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
        QVERIFY(writeFile(broken, "{\"kurentoservers\": [ {\"url\": \"ws://a:1/kurento\"}, ]"));
        QCOMPARE(exportOf(broken).exitCode, 2);
        const QString empty = m_dir.filePath(QStringLiteral("empty.json"));
        QVERIFY(writeFile(empty, ""));
        QCOMPARE(exportOf(empty).exitCode, 2);
        QVERIFY(!QFile::exists(out));
    }

    void outputCannotBeWritten()
    {
        // A folder that does not exist, and a "folder" that is a file: refused whoever runs it (a
        // folder without write permission would not bind for root, which CI runs as).
        const Run missingFolder = exec({QStringLiteral("export-topology"), m_config, QStringLiteral("--output"),
                                        m_dir.filePath(QStringLiteral("no/such/folder/t.png")), QStringLiteral("--no-states")});
        QCOMPARE(missingFolder.exitCode, 3);
        QVERIFY(missingFolder.err.contains("Cannot write"));
        QCOMPARE(exec({QStringLiteral("export-topology"), m_config, QStringLiteral("--output"),
                       m_config + QStringLiteral("/t.pdf"), QStringLiteral("--no-states")})
                     .exitCode,
                 3);
    }

private:
    Run exec(const QStringList &arguments) const
    {
        ucmc::test::ConsoleCommand how;
        how.workingDirectory = m_dir.path();
        how.home = m_dir.path(); // no remembered sites of the machine's user
        how.configHome = m_dir.filePath(QStringLiteral("config"));
        const ucmc::test::ConsoleRun r = ucmc::test::runConsoleCommand(arguments, how);
        return {r.exitCode, r.out, r.err};
    }

    QTemporaryDir m_dir;
    QString m_config;
    std::unique_ptr<SimulatedMediaServer> m_server;
};

QTEST_MAIN(TestExportCli)
#include "tst_export_cli.moc"
