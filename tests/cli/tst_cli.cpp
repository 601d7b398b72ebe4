// The check and edit subcommands as a user or a script runs them: the real uc-media-console
// executable, started without any display, on copies of the samples in tests/data/configs.

#include "consolecommand.h"
#include "models/configdocument.h"
#include "models/configeditor.h"
#include "models/configlint.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace ucmc;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QByteArray sample(const QString &name)
{
    QFile file(QStringLiteral(UCMC_TEST_DATA_DIR "/configs/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read sample %s", qPrintable(name));
    return file.readAll();
}

QStringList validSamples()
{
    return {QStringLiteral("default-local.json"),
            QStringLiteral("example1-two-remote.json"),
            QStringLiteral("example2-local-plus-remote.json"),
            QStringLiteral("encrypted.json"),
            QStringLiteral("bom-tabs-lf.json"),
            QStringLiteral("compact-one-line.json"),
            QStringLiteral("lint-mistakes.json"),
            QStringLiteral("lint-every-rule.json"),
            QStringLiteral("extra-members.json"),
            QStringLiteral("duplicate-members.json")};
}

QStringList brokenSamples()
{
    return {QStringLiteral("broken-trailing-comma.json"), QStringLiteral("broken-missing-comma.json"),
            QStringLiteral("broken-smart-quotes.json"), QStringLiteral("broken-comment.json")};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void checkExitCodes_data();
    void checkExitCodes();
    void checkTextFormat();
    void checkJsonFormat();
    void checkCannotRead();
    void checkBadArguments();
    void checkLanguageOption();
    void editActions_data();
    void editActions();
    void editDryRunWritesNothing();
    void editBadArguments_data();
    void editBadArguments();
    void editRefusals_data();
    void editRefusals();
    void editNothingToChange();
    void editDuplicatedFlag();
    void editDuplicatedUrlRefused();
    void editFileProblems();
    void guiOptionsAreNotSubcommands();
    void helpAndVersionNeedNoDisplay();
    void twoDemosRunSideBySide();
    void addSaysWhatTheAddDialogSays();

private:
    Run run(const QStringList &arguments) const;
    QString copy(const QString &sampleName, const QString &as = QString()) const;
    QStringList backups() const
    {
        return QDir(m_dir->path()).entryList({QStringLiteral("*.bak")}, QDir::Files, QDir::Name);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Run TestCli::run(const QStringList &arguments) const
{
    test::ConsoleCommand how;
    how.workingDirectory = m_dir->path();
    const test::ConsoleRun r = test::runConsoleCommand(arguments, how);
    return {r.exitCode, r.out, r.err};
}

QString TestCli::copy(const QString &sampleName, const QString &as) const
{
    const QString name = as.isEmpty() ? sampleName : as;
    QFile file(m_dir->filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(sample(sampleName)) < 0)
        qFatal("cannot copy %s", qPrintable(sampleName));
    return name; // relative to the working directory, as a user types it
}

void TestCli::checkExitCodes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("exitCode");
    for (const QString &name : validSamples())
        QTest::newRow(qPrintable(name)) << name << (name.startsWith(u"lint-") ? 2 : name.startsWith(u"duplicate-") ? 1 : 0);
    for (const QString &name : brokenSamples())
        QTest::newRow(qPrintable(name)) << name << 2;
}

void TestCli::checkExitCodes()
{
    QFETCH(QString, name);
    QFETCH(int, exitCode);
    const Run result = run({QStringLiteral("check"), copy(name)});
    QCOMPARE(result.exitCode, exitCode);
    // The same verdict as the library's.
    const auto problems = ConfigLint::check(ConfigDocument::fromBytes(sample(name)));
    QCOMPARE(result.out.count('\n'), qsizetype(problems.size()));
    QVERIFY(result.err.isEmpty());
}

void TestCli::checkTextFormat()
{
    const Run result = run({QStringLiteral("check"), copy(QStringLiteral("lint-mistakes.json"))});
    QCOMPARE(result.exitCode, 2);
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 13);
    static const QRegularExpression format(
        QStringLiteral("^lint-mistakes\\.json:\\d+:\\d+: (error|warning|info): .+ \\[[a-z0-9-]+\\]$"));
    for (const QByteArray &line : lines)
        QVERIFY2(format.match(QString::fromUtf8(line)).hasMatch(), line.constData());
    QCOMPARE(
        lines[1],
        QByteArray(
            "lint-mistakes.json:4:36: warning: Media server 1 uses wss (encrypted) on port 8888, "
            "the port for unencrypted ws. An encrypted UC MediaServer listens on 8433: use "
            "wss://\xE2\x80\xA6:8433, or ws:// if the server is not encrypted. [url-port-scheme-mismatch]"));
    QVERIFY(lines.last().endsWith("[kurentoservers-duplicate]"));

    // Warnings only: exit 1.
    QFile warn(m_dir->filePath(QStringLiteral("warn.json")));
    QVERIFY(warn.open(QIODevice::WriteOnly));
    warn.write("{\"kurentoservers\": [{\"url\": \"wss://10.0.0.1:8433/kms\"}]}");
    warn.close();
    const Run warnings = run({QStringLiteral("check"), QStringLiteral("warn.json")});
    QCOMPARE(warnings.exitCode, 1);
    QCOMPARE(warnings.out,
             QByteArray("warn.json:1:49: warning: Media server 1 uses the path \"/kms\". The UC MediaServer "
                        "expects /kurento. [url-path]\n"));
    // Infos only: still clean.
    QCOMPARE(run({QStringLiteral("check"), copy(QStringLiteral("example1-two-remote.json"))}).exitCode, 0);
}

void TestCli::checkJsonFormat()
{
    const QString file = copy(QStringLiteral("lint-mistakes.json"));
    const Run result =
        run({QStringLiteral("check"), file, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(result.exitCode, 2);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(result.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(json.isArray());
    const QJsonArray array = json.array();
    QCOMPARE(array.size(), 13);
    const QJsonObject typo = array.at(2).toObject();
    QCOMPARE(typo.value(u"file").toString(), file);
    QCOMPARE(typo.value(u"line").toInt(), 5);
    QCOMPARE(typo.value(u"column").toInt(), 10);
    QCOMPARE(typo.value(u"severity").toString(), QStringLiteral("warning"));
    QCOMPARE(typo.value(u"ruleId").toString(), QStringLiteral("member-typo"));
    QCOMPARE(typo.value(u"entryIndex").toInt(), 0);
    QVERIFY(typo.value(u"message").toString().contains(QStringLiteral("candkillipv6")));
    QCOMPARE(typo.value(u"fix").toString(), QStringLiteral("Rename \"candkilipv6\" to \"candkillipv6\""));
    QVERIFY(!array.at(0).toObject().contains(u"entryIndex")); // about the whole list
    // A clean file is an empty array.
    const Run clean = run(
        {QStringLiteral("check"), copy(QStringLiteral("encrypted.json")), QStringLiteral("--format=json")});
    QCOMPARE(clean.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(clean.out).array().size(), 0);
}

void TestCli::checkCannotRead()
{
    const Run missing = run({QStringLiteral("check"), QStringLiteral("nothing-here.json")});
    QCOMPARE(missing.exitCode, 3);
    QVERIFY(missing.out.isEmpty());
    QVERIFY(missing.err.startsWith("nothing-here.json: error: "));
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder.json")));
    QCOMPARE(run({QStringLiteral("check"), QStringLiteral("folder.json")}).exitCode, 3);
    QCOMPARE(run({QStringLiteral("check"), QStringLiteral("nothing-here.json"), QStringLiteral("--format"),
                  QStringLiteral("json")})
                 .exitCode,
             3);
    // A UTF-16 file is read, but it is not JSON text: an error about the file (exit 2).
    QFile wide(m_dir->filePath(QStringLiteral("utf16.json")));
    QVERIFY(wide.open(QIODevice::WriteOnly));
    wide.write(QByteArray("\xFF\xFE{\0}\0", 6));
    wide.close();
    const Run utf16 = run({QStringLiteral("check"), QStringLiteral("utf16.json")});
    QCOMPARE(utf16.exitCode, 2);
    QVERIFY(utf16.out.startsWith("utf16.json:1:1: error: "));
    // An empty file is a syntax error.
    QFile empty(m_dir->filePath(QStringLiteral("empty.json")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    const Run emptyRun = run({QStringLiteral("check"), QStringLiteral("empty.json")});
    QCOMPARE(emptyRun.exitCode, 2);
    QVERIFY(emptyRun.out.contains("[syntax]"));
}

void TestCli::checkBadArguments()
{
    const QString file = copy(QStringLiteral("encrypted.json"));
    const QList<QStringList> bad = {
        {QStringLiteral("check")},
        {QStringLiteral("check"), file, file},
        {QStringLiteral("check"), file, QStringLiteral("--format"), QStringLiteral("xml")},
        {QStringLiteral("check"), file, QStringLiteral("--colour")}};
    for (const QStringList &arguments : bad) {
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 3);
        QVERIFY(result.out.isEmpty());
        QVERIFY(!result.err.isEmpty());
    }
    const Run help = run({QStringLiteral("check"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--format"));
}

void TestCli::checkLanguageOption()
{
    const QString file = copy(QStringLiteral("lint-mistakes.json"));
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("check"), file},
          QStringList{QStringLiteral("check"), file, QStringLiteral("--lang"), QStringLiteral("de")},
          QStringList{QStringLiteral("--lang=de"), QStringLiteral("check"), file}}) {
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.out.count('\n'), 13);
        // Rule ids and severities are for machines: never translated.
        QVERIFY(result.out.contains(": error: ") && result.out.contains("[url-scheme]"));
    }
}

void TestCli::editActions_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QStringList>("action");
    QTest::addColumn<QStringList>("urls");    // afterwards
    QTest::addColumn<QByteArray>("contains"); // a piece of the new file
    const QString e1 = QStringLiteral("example1-two-remote.json");
    const QString s11 = QStringLiteral("ws://10.21.3.11:8888/kurento");
    const QString s12 = QStringLiteral("ws://10.21.3.12:8888/kurento");
    const QString s13 = QStringLiteral("ws://10.21.3.13:8888/kurento");
    QTest::newRow("add") << e1 << QStringList{QStringLiteral("add"), s13} << QStringList{s11, s12, s13}
                         << QByteArray("      },\r\n      {\r\n         \"url\" : "
                                       "\"ws://10.21.3.13:8888/kurento\"\r\n      }\r\n   ],");
    // A bare address is completed like the Add dialog completes it.
    QTest::newRow("add bare address") << e1 << QStringList{QStringLiteral("add"), QStringLiteral("10.21.3.13")}
                                      << QStringList{s11, s12, s13}
                                      << QByteArray("\"url\" : \"ws://10.21.3.13:8888/kurento\"\r\n");
    QTest::newRow("add address with port")
        << e1 << QStringList{QStringLiteral("add"), QStringLiteral("10.21.3.13:8433")}
        << QStringList{s11, s12, QStringLiteral("ws://10.21.3.13:8433/kurento")}
        << QByteArray("\"ws://10.21.3.13:8433/kurento\"");
    QTest::newRow("add at position") << e1 << QStringList{QStringLiteral("add"), s13, QStringLiteral("1")}
                                     << QStringList{s13, s11, s12}
                                     << QByteArray("[\r\n      {\r\n         \"url\" : \"ws://10.21.3.13");
    QTest::newRow("remove by url") << e1 << QStringList{QStringLiteral("remove"), s11} << QStringList{s12}
                                   << QByteArray("[\r\n      {\r\n         \"url\": \"ws://10.21.3.12");
    QTest::newRow("remove by host") << e1
                                    << QStringList{QStringLiteral("remove"), QStringLiteral("10.21.3.12")}
                                    << QStringList{s11}
                                    << QByteArray("\"candonlyturn\": 0\r\n      }\r\n   ],");
    QTest::newRow("remove by position") << e1 << QStringList{QStringLiteral("remove"), QStringLiteral("2")}
                                        << QStringList{s11} << QByteArray();
    QTest::newRow("move") << e1
                          << QStringList{QStringLiteral("move"), QStringLiteral("2"), QStringLiteral("1")}
                          << QStringList{s12, s11} << QByteArray();
    QTest::newRow("move by url") << e1 << QStringList{QStringLiteral("move"), s11, QStringLiteral("2")}
                                 << QStringList{s12, s11} << QByteArray();
    QTest::newRow("encrypt all") << e1 << QStringList{QStringLiteral("encrypt"), QStringLiteral("on")}
                                 << QStringList{QStringLiteral("wss://10.21.3.11:8433/kurento"),
                                                QStringLiteral("wss://10.21.3.12:8433/kurento")}
                                 << QByteArray("\"url\" : \"wss://10.21.3.11:8433/kurento\",\r\n");
    QTest::newRow("encrypt one") << e1 << QStringList{QStringLiteral("encrypt"), QStringLiteral("on"), s12}
                                 << QStringList{s11, QStringLiteral("wss://10.21.3.12:8433/kurento")}
                                 << QByteArray();
    QTest::newRow("decrypt") << QStringLiteral("encrypted.json")
                             << QStringList{QStringLiteral("encrypt"), QStringLiteral("off")}
                             << QStringList{QStringLiteral("ws://10.21.3.11:8888/kurento")} << QByteArray();
    QTest::newRow("set-flag") << e1
                              << QStringList{QStringLiteral("set-flag"), s12, QStringLiteral("candkilltcp"),
                                             QStringLiteral("1")}
                              << QStringList{s11, s12}
                              << QByteArray("\"url\": \"ws://10.21.3.12:8888/kurento\",\r\n         "
                                            "\"candkillipv6\": 0,\r\n         \"candkilltcp\": 1,");
    QTest::newRow("set-flag on a file without")
        << QStringLiteral("example2-local-plus-remote.json")
        << QStringList{QStringLiteral("set-flag"), QStringLiteral("1"), QStringLiteral("candonlyturn"),
                       QStringLiteral("1")}
        << QStringList{QStringLiteral("ws://127.0.0.1:8888/kurento"), s11}
        << QByteArray(
               "\"url\" : \"ws://127.0.0.1:8888/kurento\",\r\n         \"candonlyturn\" : 1\r\n      },");
    QTest::newRow("clear-flag") << e1
                                << QStringList{QStringLiteral("clear-flag"), s11,
                                               QStringLiteral("candonlyturn")}
                                << QStringList{s11, s12}
                                << QByteArray("\"candkilltcp\": 0\r\n      },\r\n      {");
    QTest::newRow("set-url") << e1
                             << QStringList{QStringLiteral("set-url"), s12,
                                            QStringLiteral("ws://10.21.3.20:8888/kurento")}
                             << QStringList{s11, QStringLiteral("ws://10.21.3.20:8888/kurento")}
                             << QByteArray();
    QTest::newRow("compact") << QStringLiteral("compact-one-line.json")
                             << QStringList{QStringLiteral("add"),
                                            QStringLiteral("ws://192.168.10.22:8888/kurento")}
                             << QStringList{QStringLiteral("ws://192.168.10.20:8888/kurento"),
                                            QStringLiteral("ws://192.168.10.21:8888/kurento"),
                                            QStringLiteral("ws://192.168.10.22:8888/kurento")}
                             << QByteArray(
                                    "},{\"url\":\"ws://192.168.10.22:8888/kurento\"}],\"x\":{\"y\":null}}");
}

void TestCli::editActions()
{
    QFETCH(QString, sample);
    QFETCH(QStringList, action);
    QFETCH(QStringList, urls);
    QFETCH(QByteArray, contains);
    const QString file = copy(sample);
    const QByteArray before = ::sample(sample);
    const Run result = run(QStringList{QStringLiteral("edit"), file} + action);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QByteArray after = readFile(m_dir->filePath(file));
    const ConfigDocument document = ConfigDocument::fromBytes(after);
    QStringList actual;
    for (const auto &entry : document.entries())
        actual << entry.url;
    QCOMPARE(actual, urls);
    if (!contains.isEmpty())
        QVERIFY2(after.contains(contains), after.constData());
    // The backup holds the file as it was.
    const QStringList made = backups();
    QCOMPARE(made.size(), 1);
    QVERIFY(
        QRegularExpression(
            QStringLiteral("^%1\\.\\d{4}-\\d\\d-\\d\\dT\\d{6}\\.bak$").arg(QRegularExpression::escape(file)))
            .match(made.first())
            .hasMatch());
    QCOMPARE(readFile(m_dir->filePath(made.first())), before);
    QVERIFY(result.out.contains("saved"));
    QVERIFY(result.out.contains("UC WebServer"));
}

void TestCli::editDryRunWritesNothing()
{
    const QString file = copy(QStringLiteral("example1-two-remote.json"));
    const QByteArray before = readFile(m_dir->filePath(file));
    const Run result =
        run({QStringLiteral("edit"), file, QStringLiteral("--dry-run"), QStringLiteral("encrypt"),
             QStringLiteral("on"), QStringLiteral("ws://10.21.3.12:8888/kurento")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out,
             QByteArray("--- a/example1-two-remote.json\n+++ b/example1-two-remote.json\n@@ -11,7 +11,7 @@\n"
                        "          \"candonlyturn\": 0\r\n       },\r\n       {\r\n"
                        "-         \"url\": \"ws://10.21.3.12:8888/kurento\",\r\n"
                        "+         \"url\": \"wss://10.21.3.12:8433/kurento\",\r\n"
                        "          \"candkillipv6\": 0,\r\n          \"candkilltcp\": 0,\r\n          "
                        "\"candonlyturn\": 0\r\n"));
    QVERIFY(result.err.contains("nothing was written"));
    QCOMPARE(readFile(m_dir->filePath(file)), before);
    QVERIFY(backups().isEmpty());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{file});
}

void TestCli::editBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString f = QStringLiteral("example1-two-remote.json");
    auto row = [&](const char *name, const QStringList &args) {
        QTest::newRow(name) << (QStringList{QStringLiteral("edit"), f} + args);
    };
    QTest::newRow("no file") << QStringList{QStringLiteral("edit")};
    row("no action", {});
    row("unknown action", {QStringLiteral("rename"), QStringLiteral("x")});
    row("add without url", {QStringLiteral("add")});
    row("add at no position",
        {QStringLiteral("add"), QStringLiteral("ws://10.0.0.1:8888/kurento"), QStringLiteral("first")});
    row("remove two", {QStringLiteral("remove"), QStringLiteral("1"), QStringLiteral("2")});
    row("move to nowhere", {QStringLiteral("move"), QStringLiteral("1"), QStringLiteral("last")});
    row("encrypt maybe", {QStringLiteral("encrypt"), QStringLiteral("maybe")});
    row("unknown flag", {QStringLiteral("set-flag"), QStringLiteral("1"), QStringLiteral("candkillall"),
                         QStringLiteral("1")});
    row("flag value", {QStringLiteral("set-flag"), QStringLiteral("1"), QStringLiteral("candkilltcp"),
                       QStringLiteral("yes")});
    row("unknown option",
        {QStringLiteral("add"), QStringLiteral("ws://10.0.0.1:8888/kurento"), QStringLiteral("--force")});
}

void TestCli::editBadArguments()
{
    QFETCH(QStringList, arguments);
    const QString file = copy(QStringLiteral("example1-two-remote.json"));
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(!result.err.isEmpty());
    QCOMPARE(readFile(m_dir->filePath(file)), sample(file));
    QVERIFY(backups().isEmpty());
}

void TestCli::editRefusals_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QStringList>("action");
    QTest::addColumn<QByteArray>("message");
    const QString e1 = QStringLiteral("example1-two-remote.json");
    QTest::newRow("unknown url") << e1
                                 << QStringList{QStringLiteral("remove"),
                                                QStringLiteral("ws://10.9.9.9:8888/kurento")}
                                 << QByteArray("No media server has the address ws://10.9.9.9:8888/kurento");
    QTest::newRow("no such position") << e1 << QStringList{QStringLiteral("remove"), QStringLiteral("3")}
                                      << QByteArray("There is no media server number 3");
    QTest::newRow("ambiguous host") << QStringLiteral("lint-mistakes.json")
                                    << QStringList{QStringLiteral("remove"), QStringLiteral("10.21.3.11")}
                                    << QByteArray("matches several media servers (1, 2)");
    QTest::newRow("invalid file") << QStringLiteral("broken-trailing-comma.json")
                                  << QStringList{QStringLiteral("add"),
                                                 QStringLiteral("ws://10.0.0.1:8888/kurento")}
                                  << QByteArray("not valid JSON at line 8, column 8:");
    QTest::newRow("bad address") << e1
                                 << QStringList{QStringLiteral("add"), QStringLiteral("010.21.3.13")}
                                 << QByteArray("cannot be used");
    // Refused before any edit, with the Add dialog's words.
    QTest::newRow("not a websocket")
        << e1 << QStringList{QStringLiteral("add"), QStringLiteral("http://10.21.3.13:8888/kurento")}
        << QByteArray("cannot be used: a media server is reached with ws:// or wss://.");
    QTest::newRow("result with errors")
        << e1 << QStringList{QStringLiteral("add"), QStringLiteral("0.0.0.0")}
        << QByteArray("[url-host-unusable]");
    QTest::newRow("file with errors")
        << QStringLiteral("lint-mistakes.json") << QStringList{QStringLiteral("remove"), QStringLiteral("6")}
        << QByteArray("was not saved");
}

void TestCli::editRefusals()
{
    QFETCH(QString, sample);
    QFETCH(QStringList, action);
    QFETCH(QByteArray, message);
    const QString file = copy(sample);
    for (const bool dryRun : {false, true}) {
        QStringList arguments = QStringList{QStringLiteral("edit"), file} + action;
        if (dryRun)
            arguments << QStringLiteral("--dry-run");
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        if (!dryRun)
            QVERIFY2(result.err.contains(message), result.err.constData());
        QCOMPARE(readFile(m_dir->filePath(file)), ::sample(sample));
        QVERIFY(backups().isEmpty());
    }
}

void TestCli::editNothingToChange()
{
    const QString file = copy(QStringLiteral("example1-two-remote.json"));
    const Run result = run({QStringLiteral("edit"), file, QStringLiteral("encrypt"), QStringLiteral("off")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.startsWith("Nothing to change"));
    QVERIFY(backups().isEmpty());
    QCOMPARE(readFile(m_dir->filePath(file)), sample(file));
}

void TestCli::editDuplicatedFlag()
{
    // The tester's report: candkilltcp twice. clear-flag said "saved" but kept one; set-flag 0
    // wrote 0 into the first only, which a last-wins reader still reads as 1.
    const QByteArray report =
        R"({"kurentoservers":[{"url":"ws://10.0.0.1:8888/kurento","candkilltcp":1,"candkilltcp":1}]})";
    struct Case
    {
        QStringList action;
        QByteArray after;
    };
    const Case cases[] = {
        {{QStringLiteral("clear-flag"), QStringLiteral("1"), QStringLiteral("candkilltcp")},
         R"({"kurentoservers":[{"url":"ws://10.0.0.1:8888/kurento"}]})"},
        {{QStringLiteral("set-flag"), QStringLiteral("1"), QStringLiteral("candkilltcp"),
          QStringLiteral("0")},
         R"({"kurentoservers":[{"url":"ws://10.0.0.1:8888/kurento","candkilltcp":0,"candkilltcp":0}]})"},
        {{QStringLiteral("set-flag"), QStringLiteral("ws://10.0.0.1:8888/kurento"),
          QStringLiteral("candkilltcp"), QStringLiteral("0")},
         R"({"kurentoservers":[{"url":"ws://10.0.0.1:8888/kurento","candkilltcp":0,"candkilltcp":0}]})"},
    };
    for (const Case &c : cases) {
        init();
        const QString file = QStringLiteral("eucwebconfig.json");
        QFile out(m_dir->filePath(file));
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(report) == report.size());
        out.close();
        const Run result = run(QStringList{QStringLiteral("edit"), file} + c.action);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.out.contains("saved"), result.out.constData());
        QCOMPARE(readFile(m_dir->filePath(file)), c.after);
        QCOMPARE(backups().size(), 1);
        // Set: the extra member is still there, and the warning says so (with its fix).
        QCOMPARE(result.err.contains("[entry-duplicate-member]"), c.action.first() == u"set-flag");
    }

    // Already 1 everywhere: nothing to change, nothing written.
    init();
    const QString file = QStringLiteral("eucwebconfig.json");
    QFile out(m_dir->filePath(file));
    const QByteArray mixed =
        R"({"kurentoservers":[{"url":"ws://10.0.0.1:8888/kurento","candkilltcp":1,"candkilltcp":true}]})";
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(mixed) == mixed.size());
    out.close();
    const Run same = run({QStringLiteral("edit"), file, QStringLiteral("set-flag"), QStringLiteral("1"),
                          QStringLiteral("candkilltcp"), QStringLiteral("1")});
    QCOMPARE(same.exitCode, 0);
    QVERIFY2(same.err.startsWith("Nothing to change"), same.err.constData());
    QCOMPARE(readFile(m_dir->filePath(file)), mixed);
    QVERIFY(backups().isEmpty());
}

void TestCli::editDuplicatedUrlRefused()
{
    // duplicate-members.json: media server 2 has "url" twice. Every address edit is refused with
    // the reason and the way out; the file stays as it is, and no backup is made.
    const QString file = copy(QStringLiteral("duplicate-members.json"));
    const QStringList actions[] = {
        {QStringLiteral("encrypt"), QStringLiteral("on"), QStringLiteral("2")},
        {QStringLiteral("encrypt"), QStringLiteral("on"), QStringLiteral("ws://10.0.0.2:8888/kurento")},
        {QStringLiteral("encrypt"), QStringLiteral("on")},
        {QStringLiteral("encrypt"), QStringLiteral("on"), QStringLiteral("2"),
         QStringLiteral("--use-default-port")},
        {QStringLiteral("set-url"), QStringLiteral("2"), QStringLiteral("ws://10.0.0.4:8888/kurento")},
        {QStringLiteral("set-url"), QStringLiteral("2"), QStringLiteral("ws://10.0.0.4:8888/kurento"),
         QStringLiteral("--dry-run")},
    };
    for (const QStringList &action : actions) {
        const Run result = run(QStringList{QStringLiteral("edit"), file} + action);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.startsWith(QByteArray(file.toUtf8() +
                                                  ": error: Media server 2 contains \"url\" more than once, "
                                                  "and programs differ in which one they use")),
                 result.err.constData());
        QVERIFY2(result.err.contains("Remove the extra \"url\" first (fix: \"Remove this extra member\")"),
                 result.err.constData());
        QVERIFY(result.out.isEmpty());
        QCOMPARE(readFile(m_dir->filePath(file)), sample(QStringLiteral("duplicate-members.json")));
        QVERIFY(backups().isEmpty());
    }
    // In German too, naming the fix as the check does.
    const Run german = run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("edit"), file,
                            QStringLiteral("encrypt"), QStringLiteral("on"), QStringLiteral("2")});
    QCOMPARE(german.exitCode, 2);
    QVERIFY2(german.err.contains("Media-Server 2 enthält \"url\" mehrfach"), german.err.constData());
    QVERIFY2(german.err.contains("„Überzählige Einstellung entfernen“"), german.err.constData());
    // The first server's "url" is there once: it can be switched; the duplicated flag stays.
    const Run first = run(
        {QStringLiteral("edit"), file, QStringLiteral("encrypt"), QStringLiteral("on"), QStringLiteral("1")});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QVERIFY(readFile(m_dir->filePath(file)).contains("\"url\" : \"wss://10.0.0.1:8433/kurento\""));
}

void TestCli::editFileProblems()
{
    const Run missing = run({QStringLiteral("edit"), QStringLiteral("nothing-here.json"),
                             QStringLiteral("add"), QStringLiteral("ws://10.0.0.1:8888/kurento")});
    QCOMPARE(missing.exitCode, 3);
    QVERIFY(missing.err.startsWith("nothing-here.json: error: "));
    // A read-only file is never changed, even by root.
    const QString file = copy(QStringLiteral("example1-two-remote.json"));
    QVERIFY(QFile::setPermissions(m_dir->filePath(file),
                                  QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const Run readOnly = run({QStringLiteral("edit"), file, QStringLiteral("remove"), QStringLiteral("1")});
    QCOMPARE(readOnly.exitCode, 3);
    QVERIFY(readOnly.err.contains("read-only"));
    QCOMPARE(readFile(m_dir->filePath(file)), sample(file));
    QVERIFY(backups().isEmpty());
}

void TestCli::guiOptionsAreNotSubcommands()
{
    // Only a subcommand as the first word (after --lang) runs without GUI; "--help" of the
    // subcommand is its own.
    const Run help = run({QStringLiteral("edit"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("set-flag"));
}

void TestCli::helpAndVersionNeedNoDisplay()
{
    // An administrator on ssh asks the console what it can do: no display, no crash.
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains("serve-metrics") && help.out.contains("--demo")
             && help.out.contains("--dark"), help.out.constData());
    const Run german = run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
    QCOMPARE(german.exitCode, 0);
    QVERIFY2(german.out.contains("Simuliert") || german.out.contains("simuliert"), german.out.constData());
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.startsWith("uc-media-console "), version.out.constData());
}

QTEST_GUILESS_MAIN(TestCli)
// `edit FILE add` and the Add dialog share ConfigEditor::newServerUrl: the same input gives the
// same URL or the same message (the dialog's side is checked in tst_editing).
void TestCli::addSaysWhatTheAddDialogSays()
{
    for (const QString &typed : {QStringLiteral("010.0.0.1"), QStringLiteral("http://10.0.0.1:8888/kurento"),
                                 QStringLiteral("10.0.0.1 x"), QStringLiteral("kms_1.example:99999")}) {
        const auto expected = ConfigEditor::newServerUrl(typed, false);
        QVERIFY2(!expected.ok(), qPrintable(typed));
        const QString file = copy(QStringLiteral("example1-two-remote.json"));
        const Run result = run({QStringLiteral("edit"), file, QStringLiteral("add"), typed});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(expected.error().message.toUtf8()), result.err.constData());
    }
}

// A demo is open while the administrator (or the test suite) starts another: the second picks
// the next free block of loopback addresses instead of failing with "address in use".
void TestCli::twoDemosRunSideBySide()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    QProcess first;
    first.setProcessEnvironment(environment);
    first.start(QStringLiteral(UCMC_BIN_DIR "/uc-media-console"), {QStringLiteral("--demo")});
    QVERIFY(first.waitForStarted(5000));
    // The first demo's media servers answer on 127.0.0.11:8888 unless another demo had it.
    const auto listening = [](const QString &address) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress(address), 8888);
        return probe.waitForConnected(200);
    };
    QTRY_VERIFY_WITH_TIMEOUT(listening(QStringLiteral("127.0.0.11")), 15000);

    QVERIFY2(!listening(QStringLiteral("127.0.1.11")), "a demo already runs on 127.0.1.x");

    const QString shot = m_dir->filePath(QStringLiteral("second-demo.png"));
    QProcess second;
    second.setProcessEnvironment(environment);
    second.start(QStringLiteral(UCMC_BIN_DIR "/uc-media-console"),
                 {QStringLiteral("--demo"), QStringLiteral("--screenshot"), shot});
    // Its media servers come up on the next block while the first demo keeps its own.
    QTRY_VERIFY_WITH_TIMEOUT(listening(QStringLiteral("127.0.1.11")), 15000);
    QVERIFY(listening(QStringLiteral("127.0.0.11")));
    const bool finished = second.waitForFinished(60000);
    if (!finished)
        second.kill();
    first.kill();
    first.waitForFinished(5000);
    QVERIFY2(finished, "the second demo did not finish");
    QVERIFY2(second.exitStatus() == QProcess::NormalExit && second.exitCode() == 0,
             second.readAllStandardError().constData());
    QVERIFY(QFileInfo(shot).size() > 10000);
}

#include "tst_cli.moc"
