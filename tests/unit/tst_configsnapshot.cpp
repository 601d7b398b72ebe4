// What the window shows for each file: the samples, and every kind of bad input the foundation
// issue names. The file is never written.
#include "models/configsnapshot.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace ucmc;

namespace {
QString sample(const char *name)
{
    return QDir(QStringLiteral(UCMC_TEST_DATA_DIR "/configs")).filePath(QString::fromLatin1(name));
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString write(QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}
} // namespace

class TestConfigSnapshot : public QObject
{
    Q_OBJECT
private slots:
    void validSamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("urls");
        QTest::newRow("default-local") << sample("default-local.json")
                                       << QStringList{QStringLiteral("ws://127.0.0.1:8888/kurento")};
        QTest::newRow("example1") << sample("example1-two-remote.json")
                                  << QStringList{QStringLiteral("ws://10.21.3.11:8888/kurento"),
                                                 QStringLiteral("ws://10.21.3.12:8888/kurento")};
        QTest::newRow("example2") << sample("example2-local-plus-remote.json")
                                  << QStringList{QStringLiteral("ws://127.0.0.1:8888/kurento"),
                                                 QStringLiteral("ws://10.21.3.11:8888/kurento")};
        QTest::newRow("encrypted") << sample("encrypted.json")
                                   << QStringList{QStringLiteral("wss://10.21.3.11:8433/kurento")};
        QTest::newRow("bom-tabs-lf") << sample("bom-tabs-lf.json")
                                     << QStringList{QStringLiteral("ws://10.0.0.5:8888/kurento")};
        QTest::newRow("compact") << sample("compact-one-line.json")
                                 << QStringList{QStringLiteral("ws://192.168.10.20:8888/kurento"),
                                                QStringLiteral("ws://192.168.10.21:8888/kurento")};
    }
    void validSamples()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, urls);
        const QByteArray before = hashOf(file);
        const ConfigSnapshot s = ConfigSnapshot::load(file);
        QCOMPARE(s.status, ConfigSnapshot::Status::Ok);
        QStringList got;
        for (const ServerRow &row : s.rows) {
            got << row.url;
            QVERIFY2(row.problem.isEmpty(), qPrintable(row.problem));
            QVERIFY(!row.host.isEmpty());
            QCOMPARE(row.position, got.size());
        }
        QCOMPARE(got, urls);
        QCOMPARE(hashOf(file), before); // never written
    }

    void flagsAndSchemeAsWritten()
    {
        const ConfigSnapshot s = ConfigSnapshot::load(sample("bom-tabs-lf.json"));
        QCOMPARE(s.rows.size(), 1);
        QCOMPARE(s.rows[0].flags[0], QStringLiteral("1"));
        QCOMPARE(s.rows[0].flags[1], QStringLiteral("1"));
        QCOMPARE(s.rows[0].flags[2], QStringLiteral("0"));
        QCOMPARE(s.rows[0].port, 8888);
        QCOMPARE(s.rows[0].scheme, QStringLiteral("ws"));
        const ConfigSnapshot e = ConfigSnapshot::load(sample("example2-local-plus-remote.json"));
        QCOMPARE(e.rows[0].flags[0], QString()); // absent stays absent
    }

    void brokenSamplesSayWhere_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("word");
        QTest::newRow("trailing comma") << sample("broken-trailing-comma.json") << 8 << 8 << QStringLiteral("comma");
        QTest::newRow("missing comma") << sample("broken-missing-comma.json") << 6 << 7 << QStringLiteral("comma");
        QTest::newRow("smart quotes") << sample("broken-smart-quotes.json") << 4 << 10 << QStringLiteral("quote");
    }
    void brokenSamplesSayWhere()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, word);
        const QByteArray before = hashOf(file);
        const ConfigSnapshot s = ConfigSnapshot::load(file);
        QCOMPARE(s.status, ConfigSnapshot::Status::SyntaxError);
        QCOMPARE(s.error.line, line);
        QCOMPARE(s.error.column, column);
        QVERIFY2(s.error.text.contains(word, Qt::CaseInsensitive), qPrintable(s.error.text));
        QVERIFY(s.error.withPosition().startsWith(QStringLiteral("Line %1, column %2: ").arg(line).arg(column)));
        QVERIFY(s.rows.isEmpty());
        QCOMPARE(hashOf(file), before);
    }

    void malformedUrlsAreShownNotProbed()
    {
        const ConfigSnapshot s = ConfigSnapshot::load(sample("lint-mistakes.json"));
        QCOMPARE(s.status, ConfigSnapshot::Status::Ok);
        QCOMPARE(s.rows.size(), 6);
        QVERIFY(s.rows[0].problem.isEmpty()); // wss on 8888: odd, but probeable
        QVERIFY(!s.rows[2].problem.isEmpty()); // http:// is no WebSocket URL
        QVERIFY2(!s.rows[5].problem.isEmpty(), "port 99999 cannot be probed");
        QVERIFY(!s.problems.isEmpty()); // the duplicated kurentoservers key at least
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::newRow("empty") << QByteArray() << int(ConfigSnapshot::Status::ReadFailed);
        QTest::newRow("utf-16") << QByteArray("\xff\xfe{\0}\0", 6) << int(ConfigSnapshot::Status::ReadFailed);
        QTest::newRow("latin-1") << QByteArray("{\"kurentoservers\":[{\"url\":\"ws://h\xe4:8888/kurento\"}]}")
                                 << int(ConfigSnapshot::Status::SyntaxError);
        QTest::newRow("not json") << QByteArray("kurentoservers = ws://10.0.0.1") << int(ConfigSnapshot::Status::SyntaxError);
        QTest::newRow("no list") << QByteArray("{\"listen\":{\"http\":7224}}") << int(ConfigSnapshot::Status::NoServerList);
        QTest::newRow("not a list") << QByteArray("{\"kurentoservers\":\"ws://10.0.0.1:8888/kurento\"}")
                                    << int(ConfigSnapshot::Status::NoServerList);
        QTest::newRow("top level list") << QByteArray("[]") << int(ConfigSnapshot::Status::NoServerList);
    }
    void badFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("eucwebconfig.json"), bytes);
        QVERIFY(!path.isEmpty());
        const QFileInfo before(path);
        const ConfigSnapshot s = ConfigSnapshot::load(path);
        QCOMPARE(int(s.status), status);
        QVERIFY2(!s.error.text.isEmpty(), "every failure carries a message");
        QVERIFY(s.rows.isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes);
    }

    void missingAndDirectory()
    {
        QTemporaryDir dir;
        const ConfigSnapshot missing = ConfigSnapshot::load(dir.filePath(QStringLiteral("nope.json")));
        QCOMPARE(missing.status, ConfigSnapshot::Status::ReadFailed);
        QVERIFY(!missing.error.text.isEmpty());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("nope.json")))); // not created either
        const ConfigSnapshot folder = ConfigSnapshot::load(dir.path());
        QCOMPARE(folder.status, ConfigSnapshot::Status::ReadFailed);
        QVERIFY(folder.error.text != missing.error.text);
    }
};

QTEST_GUILESS_MAIN(TestConfigSnapshot)
#include "tst_configsnapshot.moc"
