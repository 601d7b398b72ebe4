#include "models/configeditor.h"
#include "models/configlint.h"
#include "testsamples.h"

#include <QSet>
#include <QTest>

using namespace ucmc;

namespace {

QStringList ruleIds(const std::vector<DocumentProblem> &problems)
{
    QStringList ids;
    for (const auto &problem : problems)
        ids << problem.ruleId;
    return ids;
}

std::vector<DocumentProblem> lint(const QByteArray &bytes)
{
    return ConfigLint::check(ConfigDocument::fromBytes(bytes));
}

QByteArray servers(const QByteArray &entries)
{
    return "{\"kurentoservers\": [" + entries + "]}";
}

QByteArray server(const QByteArray &url, const QByteArray &more = QByteArray())
{
    return servers("{\"url\": \"" + url + "\"" + more + "}");
}

// Every reported problem is a catalogued rule with the catalogued severity, and complete.
void verifyAgainstCatalogue(const ConfigDocument &document, const std::vector<DocumentProblem> &problems)
{
    QHash<QString, Severity> catalogue;
    for (const LintRule &rule : ConfigLint::rules())
        catalogue.insert(rule.id, rule.severity);
    for (const DocumentProblem &problem : problems) {
        QVERIFY2(catalogue.contains(problem.ruleId), qPrintable(problem.ruleId));
        QCOMPARE(problem.severity, catalogue.value(problem.ruleId));
        QVERIFY(!problem.message.isEmpty());
        QVERIFY(problem.position.isValid());
        QCOMPARE(problem.position, document.positionOf(problem.span.begin));
        QVERIFY(problem.span.end <= document.bytes().size());
        if (problem.entryIndex >= 0) {
            QVERIFY(size_t(problem.entryIndex) < document.entries().size());
            QVERIFY(document.entries()[size_t(problem.entryIndex)].span.contains(problem.span.begin));
            QVERIFY(problem.message.contains(QString::number(problem.entryIndex + 1)));
        }
        if (problem.fix)
            QVERIFY(!problem.fix->description.isEmpty());
    }
}

// Applies each fix on its own; the problem it belongs to must be gone (one fewer of its rule),
// and a valid file must stay valid.
void verifyFixes(const ConfigDocument &document, const std::vector<DocumentProblem> &problems)
{
    for (const DocumentProblem &problem : problems) {
        if (!problem.fix)
            continue;
        const EditResult fixed = ConfigEditor::applyFix(document, *problem.fix);
        QVERIFY2(fixed.ok(), qPrintable(problem.ruleId));
        const ConfigDocument &after = fixed.value().document;
        if (document.isValidJson())
            QVERIFY2(after.isValidJson(), qPrintable(problem.ruleId));
        const auto again = ConfigLint::check(after);
        if (problem.ruleId == ProblemId::Syntax) {
            // Gone, or the parser now stops further on.
            QVERIFY(!after.syntaxError() || after.syntaxError()->offset > document.syntaxError()->offset);
            continue;
        }
        QVERIFY2(ruleIds(again).count(problem.ruleId) < ruleIds(problems).count(problem.ruleId),
                 qPrintable(problem.ruleId + u' ' + problem.fix->description));
    }
}

struct Expected
{
    QString ruleId;
    Severity severity;
    int line;
    int column;
    int entry;
    bool fix;
};

} // namespace

class TestConfigLint : public QObject
{
    Q_OBJECT

private slots:
    void everyRule_data();
    void everyRule();
    void catalogueIsComplete();
    void lintMistakesLightsUpEveryRule();
    void everyRuleSampleLightsUpEveryRule();
    void commentFixes_data();
    void commentFixes();
    void validSamples_data();
    void validSamples();
    void brokenSamplesGetFixes();
    void everyFixRemovesItsProblem();
    void typos_data();
    void typos();
    void duplicateSpellings_data();
    void duplicateSpellings();
    void addressScopes_data();
    void addressScopes();
    void localServerNextToRemoteIsNormal();
    void mixedEncryptionIgnoresLocal();
    void positionsPointIntoTheAddress();
    void fixTexts();
};

void TestConfigLint::everyRule_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<bool>("fix"); // does the first problem come with a fix?
    using namespace ProblemId;
    auto row = [](const char *name, const QByteArray &input, const QStringList &ids, bool fix) {
        QTest::newRow(name) << input << ids << fix;
    };
    const QByteArray good = "wss://10.0.0.1:8433/kurento";
    row("clean", server(good), {}, false);
    row("syntax", "{\"kurentoservers\": [}", {Syntax}, false);
    row("syntax: trailing comma", servers("{\"url\": \"" + good + "\"},"), {Syntax}, true);
    row("top-level-not-object", "[1]", {TopLevelNotObject}, false);
    row("kurentoservers-missing", "{\"x\": 1}", {KurentoServersMissing}, false);
    row("kurentoservers-not-array", "{\"kurentoservers\": {}}", {KurentoServersNotArray}, false);
    row("kurentoservers-empty", "{\"kurentoservers\": []}", {KurentoServersEmpty}, false);
    row("kurentoservers-duplicate",
        "{\"kurentoservers\": [{\"url\": \"" + good + "\"}], \"kurentoservers\": []}",
        {KurentoServersDuplicate}, true);
    row("entry-not-object", servers("\"" + good + "\""), {EntryNotObject}, false);
    row("entry-url-missing", servers("{}"), {EntryUrlMissing}, false);
    row("entry-duplicate-member", server(good, ", \"url\": \"wss://10.0.0.2:8433/kurento\""),
        {EntryDuplicateMember}, true);
    row("url-not-string", servers("{\"url\": 8433}"), {UrlNotString}, false);
    row("url-invalid", server("10.0.0.1:8433"), {UrlInvalid}, false);
    row("url-no-host", server("wss:///kurento"), {UrlNoHost}, false);
    row("url-port-out-of-range", server("wss://10.0.0.1:70000/kurento"), {UrlPortOutOfRange}, false);
    row("url-scheme https", server("https://10.0.0.1:8433/kurento"), {UrlScheme}, true);
    row("url-scheme ftp", server("ftp://10.0.0.1:8433/kurento"), {UrlScheme}, false);
    row("wss on 8888", server("wss://10.0.0.1:8888/kurento"), {UrlPortSchemeMismatch}, true);
    row("ws on 8433", server("ws://127.0.0.1:8433/kurento"), {UrlPortSchemeMismatch}, true);
    row("url-port-8443", server("wss://10.0.0.1:8443/kurento"), {UrlPort8443}, true);
    row("url-port-8443 with ws", server("ws://127.0.0.1:8443/kurento"), {UrlPort8443}, false);
    row("url-port-missing", server("wss://10.0.0.1/kurento"), {UrlPortMissing}, true);
    row("url-path", server("wss://10.0.0.1:8433/kms"), {UrlPath}, true);
    row("url-path missing", server("wss://10.0.0.1:8433"), {UrlPath}, true);
    row("url-path with query", server("wss://10.0.0.1:8433/kurento?x=1"), {UrlPath}, true);
    row("url-host-not-ipv4 name", server("wss://media.example.com:8433/kurento"), {UrlHostNotIpv4}, false);
    row("url-host-not-ipv4 localhost", server("ws://localhost:8888/kurento"), {UrlHostNotIpv4}, true);
    row("url-host-not-ipv4 ipv6", server("wss://[fd00::1]:8433/kurento"), {UrlHostNotIpv4}, false);
    row("url-host-public", server("wss://8.8.8.8:8433/kurento"), {UrlHostPublic}, false);
    row("url-host-unusable", server("wss://0.0.0.0:8433/kurento"), {UrlHostUnusable}, false);
    row("url-host-unusable multicast", server("wss://224.0.0.1:8433/kurento"), {UrlHostUnusable}, false);
    row("duplicate-server", servers("{\"url\": \"" + good + "\"}, {\"url\": \"" + good + "\"}"),
        {DuplicateServer}, true);
    row("flag-value text", server(good, ", \"candkilltcp\": \"yes\""), {FlagValueInvalid}, true);
    row("flag-value number", server(good, ", \"candkilltcp\": 2"), {FlagValueInvalid}, false);
    row("flag-value null", server(good, ", \"candonlyturn\": null"), {FlagValueInvalid}, false);
    row("member-typo", server(good, ", \"candkilipv6\": 0"), {MemberTypo}, true);
    row("unknown-member", server(good, ", \"comment\": \"rack 4\""), {UnknownMember}, false);
    row("mixed-encryption", servers("{\"url\": \"" + good + "\"}, {\"url\": \"ws://10.0.0.2:8888/kurento\"}"),
        {MixedEncryption, UnencryptedRemote}, false);
    row("unencrypted-remote", server("ws://10.0.0.1:8888/kurento"), {UnencryptedRemote}, false);
    row("flags 0/1 and booleans are fine",
        server(good, ", \"candkillipv6\": 0, \"candkilltcp\": 1, \"candonlyturn\": false"), {}, false);
}

void TestConfigLint::everyRule()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, ids);
    QFETCH(bool, fix);
    const ConfigDocument document = ConfigDocument::fromBytes(input);
    const auto problems = ConfigLint::check(document);
    QCOMPARE(ruleIds(problems), ids);
    verifyAgainstCatalogue(document, problems);
    if (!ids.isEmpty())
        QCOMPARE(bool(problems.front().fix), fix);
    verifyFixes(document, problems);
}

void TestConfigLint::catalogueIsComplete()
{
    QSet<QString> ids;
    for (const LintRule &rule : ConfigLint::rules()) {
        QVERIFY2(!ids.contains(rule.id), qPrintable(rule.id));
        ids.insert(rule.id);
        QVERIFY(!rule.summary.isEmpty());
    }
    // Each rule has a minimal input in everyRule().
    QSet<QString> tested;
    for (const char *name : {"syntax",
                             "top-level-not-object",
                             "kurentoservers-missing",
                             "kurentoservers-not-array",
                             "kurentoservers-empty",
                             "kurentoservers-duplicate",
                             "entry-not-object",
                             "entry-url-missing",
                             "entry-duplicate-member",
                             "url-not-string",
                             "url-invalid",
                             "url-no-host",
                             "url-port-out-of-range",
                             "url-scheme",
                             "url-port-scheme-mismatch",
                             "url-port-8443",
                             "url-port-missing",
                             "url-path",
                             "url-host-not-ipv4",
                             "url-host-public",
                             "url-host-unusable",
                             "duplicate-server",
                             "flag-value",
                             "member-typo",
                             "unknown-member",
                             "mixed-encryption",
                             "unencrypted-remote"})
        tested.insert(QString::fromLatin1(name));
    QCOMPARE(ids, tested);
    // Severity: errors are what stops the UC WebServer from reaching a server, or make the file
    // ambiguous; the two infos are the only ones that a correct file may show.
    QStringList infos;
    for (const LintRule &rule : ConfigLint::rules()) {
        if (rule.severity == Severity::Info)
            infos << rule.id;
    }
    QCOMPARE(infos, (QStringList{ProblemId::UnknownMember, ProblemId::UnencryptedRemote}));
}

void TestConfigLint::lintMistakesLightsUpEveryRule()
{
    const ConfigDocument document =
        ConfigDocument::fromBytes(test::readSample(QStringLiteral("lint-mistakes.json")));
    const auto problems = ConfigLint::check(document);
    using namespace ProblemId;
    const Severity E = Severity::Error, W = Severity::Warning, I = Severity::Info;
    const QList<Expected> expected = {
        {MixedEncryption, W, 2, 4, -1, false},         // wss 1, 4 and ws 2, 5
        {UrlPortSchemeMismatch, W, 4, 36, 0, true},    // wss on 8888
        {MemberTypo, W, 5, 10, 0, true},               // candkilipv6
        {UnencryptedRemote, I, 8, 18, 1, false},       //
        {DuplicateServer, W, 8, 18, 1, false},         // 10.21.3.11:8888 again (as ws)
        {UrlScheme, E, 11, 19, 2, true},               // http://
        {FlagValueInvalid, W, 12, 26, 2, true},        // "yes"
        {UrlPort8443, W, 15, 36, 3, true},             // 8443
        {UnencryptedRemote, I, 18, 18, 4, false},      //
        {UrlHostNotIpv4, W, 18, 24, 4, false},         // media-7.example.com
        {UrlPath, W, 18, 48, 4, true},                 // /kms
        {UrlPortOutOfRange, E, 21, 18, 5, false},      // 99999
        {KurentoServersDuplicate, E, 24, 4, -1, true}, // the second list
    };
    QCOMPARE(problems.size(), size_t(expected.size()));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const DocumentProblem &p = problems[size_t(i)];
        const Expected &e = expected[i];
        QCOMPARE(p.ruleId, e.ruleId);
        QCOMPARE(p.severity, e.severity);
        QCOMPARE(p.position, (TextPosition{e.line, e.column}));
        QCOMPARE(p.entryIndex, e.entry);
        QCOMPARE(bool(p.fix), e.fix);
    }
    verifyAgainstCatalogue(document, problems);
    verifyFixes(document, problems);
    QVERIFY(problems[2].message.contains(QStringLiteral("\"candkillipv6\"")));
    QVERIFY(problems[4].message.contains(QStringLiteral("media server 1")));
}

// tests/data/configs/lint-every-rule.json shows every rule that can appear beside the others. The
// five left out exclude each other or every entry rule: a file with a syntax error, without a top-level
// object, or whose (first) list is missing, not a list or empty has no entries to check.
void TestConfigLint::everyRuleSampleLightsUpEveryRule()
{
    const ConfigDocument document =
        ConfigDocument::fromBytes(test::readSample(QStringLiteral("lint-every-rule.json")));
    const auto problems = ConfigLint::check(document);
    QSet<QString> seen;
    for (const DocumentProblem &problem : problems)
        seen.insert(problem.ruleId);
    QSet<QString> expected;
    for (const LintRule &rule : ConfigLint::rules())
        expected.insert(rule.id);
    using namespace ProblemId;
    for (QLatin1StringView exclusive :
         {Syntax, TopLevelNotObject, KurentoServersMissing, KurentoServersNotArray, KurentoServersEmpty})
        QVERIFY(expected.remove(QString(exclusive)));
    QCOMPARE(seen, expected);
    verifyAgainstCatalogue(document, problems);
    verifyFixes(document, problems);
}

void TestConfigLint::commentFixes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("fixed"); // empty: no fix offered
    QTest::newRow("line comment alone, CRLF")
        << QByteArray("{\r\n   // note\r\n   \"kurentoservers\": []\r\n}\r\n")
        << QByteArray("{\r\n   \"kurentoservers\": []\r\n}\r\n");
    QTest::newRow("after a value") << QByteArray("{\n  \"kurentoservers\": [] // none yet\n}")
                                   << QByteArray("{\n  \"kurentoservers\": []\n}");
    QTest::newRow("block inside a line") << QByteArray("{\"kurentoservers\": /* x */ []}")
                                         << QByteArray("{\"kurentoservers\": []}");
    QTest::newRow("block over two lines")
        << QByteArray("{\n  /* first\n     second */\n  \"kurentoservers\": []\n}")
        << QByteArray("{\n  \"kurentoservers\": []\n}");
    QTest::newRow("comment on the last line") << QByteArray("{\"kurentoservers\": []}\n// end")
                                              << QByteArray("{\"kurentoservers\": []}\n");
    QTest::newRow("unclosed block") << QByteArray("{\"kurentoservers\": [] /* open\n}") << QByteArray();
}

// A comment is removed (with its line when it stands alone), leaving valid JSON around it.
void TestConfigLint::commentFixes()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, fixed);
    const ConfigDocument document = ConfigDocument::fromBytes(input);
    const auto problems = ConfigLint::check(document);
    QCOMPARE(ruleIds(problems), QStringList{ProblemId::Syntax});
    if (fixed.isEmpty()) {
        QVERIFY(!problems.front().fix);
        return;
    }
    QVERIFY(problems.front().fix);
    const EditResult result = ConfigEditor::applyFix(document, *problems.front().fix);
    QVERIFY(result.ok());
    QCOMPARE(result.value().document.bytes(), fixed);
    QVERIFY(result.value().document.isValidJson());
}

void TestConfigLint::validSamples_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("ids");
    using namespace ProblemId;
    QTest::newRow("default-local") << QStringLiteral("default-local.json") << QStringList{};
    QTest::newRow("encrypted") << QStringLiteral("encrypted.json") << QStringList{};
    // The article's examples over the network without encryption: one info per remote server.
    QTest::newRow("example1") << QStringLiteral("example1-two-remote.json")
                              << QStringList{UnencryptedRemote, UnencryptedRemote};
    QTest::newRow("example2") << QStringLiteral("example2-local-plus-remote.json")
                              << QStringList{UnencryptedRemote};
    QTest::newRow("bom-tabs-lf") << QStringLiteral("bom-tabs-lf.json")
                                 << QStringList{UnencryptedRemote, UnknownMember};
    QTest::newRow("compact") << QStringLiteral("compact-one-line.json")
                             << QStringList{UnencryptedRemote, UnencryptedRemote};
}

void TestConfigLint::validSamples()
{
    QFETCH(QString, name);
    QFETCH(QStringList, ids);
    const ConfigDocument document = ConfigDocument::fromBytes(test::readSample(name));
    const auto problems = ConfigLint::check(document);
    QCOMPARE(ruleIds(problems), ids);
    QVERIFY(!ConfigLint::hasErrors(problems));
    for (const auto &problem : problems)
        QCOMPARE(problem.severity, Severity::Info);
    verifyAgainstCatalogue(document, problems);
}

void TestConfigLint::brokenSamplesGetFixes()
{
    for (const QString &name : test::brokenSamples()) {
        const ConfigDocument document = ConfigDocument::fromBytes(test::readSample(name));
        const auto problems = ConfigLint::check(document);
        QCOMPARE(ruleIds(problems), QStringList{ProblemId::Syntax});
        QVERIFY2(problems[0].fix, qPrintable(name));
        const EditResult fixed = ConfigEditor::applyFix(document, *problems[0].fix);
        QVERIFY(fixed.ok());
        // All three samples are one mistake away from valid JSON.
        QVERIFY2(fixed.value().document.isValidJson(), qPrintable(name));
        QCOMPARE(fixed.value().document.entries().size(),
                 document.bytes().count("url") == 1 ? size_t(1) : size_t(2));
        QVERIFY(!ConfigLint::hasErrors(ConfigLint::check(fixed.value().document)));
    }
}

void TestConfigLint::everyFixRemovesItsProblem()
{
    for (const QString &name : test::validSamples() + test::lintOnlySamples() + test::brokenSamples()) {
        const ConfigDocument document = ConfigDocument::fromBytes(test::readSample(name));
        verifyFixes(document, ConfigLint::check(document));
    }
    // Other syntax mistakes with an obvious fix.
    const QByteArray nbsp = "{\"kurentoservers\":\xC2\xA0[]}";
    const ConfigDocument spaced = ConfigDocument::fromBytes(nbsp);
    const auto problems = ConfigLint::check(spaced);
    QVERIFY(problems.front().fix);
    QVERIFY(ConfigEditor::applyFix(spaced, *problems.front().fix).value().document.isValidJson());
    const ConfigDocument single =
        ConfigDocument::fromBytes("{\"kurentoservers\": [{\xE2\x80\x98url\xE2\x80\x99: 1}]}");
    const auto singleProblems = ConfigLint::check(single);
    QVERIFY(singleProblems.front().fix);
    QVERIFY(ConfigEditor::applyFix(single, *singleProblems.front().fix).value().document.isValidJson());
}

void TestConfigLint::typos_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("meant"); // empty: not a typo
    QTest::newRow("dropped letter") << QStringLiteral("candkilipv6") << QStringLiteral("candkillipv6");
    QTest::newRow("swapped letters") << QStringLiteral("candkillpiv6") << QStringLiteral("candkillipv6");
    QTest::newRow("two mistakes") << QStringLiteral("candkiltpc") << QStringLiteral("candkilltcp");
    QTest::newRow("case") << QStringLiteral("CandOnlyTurn") << QStringLiteral("candonlyturn");
    QTest::newRow("url case") << QStringLiteral("URL") << QStringLiteral("url");
    QTest::newRow("uri") << QStringLiteral("uri") << QStringLiteral("url");
    QTest::newRow("ipv4") << QStringLiteral("candkillipv4") << QStringLiteral("candkillipv6");
    QTest::newRow("far from everything") << QStringLiteral("comment-by-admin") << QString();
    QTest::newRow("short and different") << QStringLiteral("id") << QString();
    QTest::newRow("three mistakes") << QStringLiteral("kandkiltpc") << QString();
}

void TestConfigLint::typos()
{
    QFETCH(QString, name);
    QFETCH(QString, meant);
    const QByteArray input =
        servers("{\"url\": \"wss://10.0.0.1:8433/kurento\", \"" + name.toUtf8() + "\": 0}");
    const ConfigDocument document = ConfigDocument::fromBytes(input);
    auto problems = ConfigLint::check(document);
    // "URL" and "uri" are typos of url, which is there: no rename, but a warning.
    problems.erase(
        std::remove_if(problems.begin(), problems.end(),
                       [](const DocumentProblem &p) { return p.ruleId == ProblemId::FlagValueInvalid; }),
        problems.end());
    QCOMPARE(problems.size(), size_t(1));
    const DocumentProblem &p = problems.front();
    if (meant.isEmpty()) {
        QCOMPARE(p.ruleId, QString(ProblemId::UnknownMember));
        QVERIFY(!p.fix);
        return;
    }
    QCOMPARE(p.ruleId, QString(ProblemId::MemberTypo));
    QVERIFY(p.message.contains(u'"' + meant + u'"'));
    if (meant == u"url") {
        QVERIFY(!p.fix); // renaming would duplicate "url"
        return;
    }
    QVERIFY(p.fix);
    const EditResult fixed = ConfigEditor::applyFix(document, *p.fix);
    QCOMPARE(flagOf(fixed.value().document.entries()[0], *serverFlagFromKey(meant)).sourceText,
             QStringLiteral("0"));
    QVERIFY(ConfigLint::check(fixed.value().document).empty());
}

void TestConfigLint::duplicateSpellings_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");
    QTest::addColumn<bool>("same");
    auto row = [](const char *name, const char *a, const char *b, bool same) {
        QTest::newRow(name) << QByteArray(a) << QByteArray(b) << same;
    };
    row("identical", "wss://10.0.0.1:8433/kurento", "wss://10.0.0.1:8433/kurento", true);
    row("scheme differs", "wss://10.0.0.1:8433/kurento", "ws://10.0.0.1:8433/kurento", true);
    row("path differs", "wss://10.0.0.1:8433/kurento", "wss://10.0.0.1:8433/kurento/", true);
    row("host name case", "wss://Media.Example.com:8433/kurento", "wss://media.example.com.:8433/kurento",
        true);
    row("localhost", "ws://localhost:8888/kurento", "ws://127.0.0.1:8888/kurento", true);
    row("ipv6 loopback", "ws://[::1]:8888/kurento", "ws://127.0.0.1:8888/kurento", true);
    row("ipv6 spelling", "wss://[FD00:0:0::1]:8433/kurento", "wss://[fd00::0001]:8433/kurento", true);
    row("ipv4-mapped", "wss://[::ffff:10.0.0.1]:8433/kurento", "wss://10.0.0.1:8433/kurento", true);
    row("implicit port", "ws://10.0.0.1/kurento", "ws://10.0.0.1:80/kurento", true);
    row("other port", "wss://10.0.0.1:8433/kurento", "wss://10.0.0.1:8434/kurento", false);
    row("other host", "wss://10.0.0.1:8433/kurento", "wss://10.0.0.2:8433/kurento", false);
    row("other loopback", "ws://127.0.0.1:8888/kurento", "ws://127.0.0.2:8888/kurento", false);
}

void TestConfigLint::duplicateSpellings()
{
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    QFETCH(bool, same);
    const auto problems = lint(servers("{\"url\": \"" + first + "\"}, {\"url\": \"" + second + "\"}"));
    QCOMPARE(ruleIds(problems).contains(ProblemId::DuplicateServer), same);
    if (same) {
        const auto duplicate = std::find_if(problems.begin(), problems.end(), [](const DocumentProblem &p) {
            return p.ruleId == ProblemId::DuplicateServer;
        });
        QCOMPARE(duplicate->entryIndex, 1);
        // Only exact copies are removed by a fix; otherwise the administrator chooses.
        QCOMPARE(bool(duplicate->fix), first == second);
    }
}

void TestConfigLint::addressScopes_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QString>("ruleId"); // empty: none
    auto row = [](const char *host, QLatin1StringView id) {
        QTest::newRow(host) << QByteArray(host) << QString(id);
    };
    const QLatin1StringView none;
    row("10.255.255.255", none);
    row("172.16.0.1", none);
    row("172.31.255.1", none);
    row("192.168.1.1", none);
    row("169.254.10.1", none);
    row("127.0.0.1", none);
    row("127.10.0.1", none);
    row("172.15.0.1", ProblemId::UrlHostPublic);
    row("172.32.0.1", ProblemId::UrlHostPublic);
    row("8.8.8.8", ProblemId::UrlHostPublic);
    row("100.64.0.1", ProblemId::UrlHostPublic);
    row("0.0.0.0", ProblemId::UrlHostUnusable);
    row("239.1.1.1", ProblemId::UrlHostUnusable);
    row("240.0.0.1", ProblemId::UrlHostUnusable);
    row("255.255.255.255", ProblemId::UrlHostUnusable);
}

void TestConfigLint::addressScopes()
{
    QFETCH(QByteArray, host);
    QFETCH(QString, ruleId);
    const auto problems = lint(server("wss://" + host + ":8433/kurento"));
    QCOMPARE(ruleIds(problems), ruleId.isEmpty() ? QStringList{} : QStringList{ruleId});
}

void TestConfigLint::localServerNextToRemoteIsNormal()
{
    // The article's example 2: the UCServer host's own media server plus a remote one.
    const auto problems = lint(
        servers("{\"url\": \"ws://127.0.0.1:8888/kurento\"}, {\"url\": \"wss://10.21.3.11:8433/kurento\"}"));
    QVERIFY(problems.empty());
    const auto plain = lint(
        servers("{\"url\": \"ws://127.0.0.1:8888/kurento\"}, {\"url\": \"ws://10.21.3.11:8888/kurento\"}"));
    QCOMPARE(ruleIds(plain), QStringList{ProblemId::UnencryptedRemote});
    QCOMPARE(plain.front().entryIndex, 1);
}

void TestConfigLint::mixedEncryptionIgnoresLocal()
{
    const auto problems = lint(
        servers("{\"url\": \"wss://10.0.0.1:8433/kurento\"}, {\"url\": \"ws://10.0.0.2:8888/kurento\"},"
                " {\"url\": \"ws://10.0.0.3:8888/kurento\"}, {\"url\": \"ws://127.0.0.1:8888/kurento\"}"));
    QCOMPARE(problems.front().ruleId, QString(ProblemId::MixedEncryption));
    QCOMPARE(problems.front().entryIndex, -1);
    QCOMPARE(problems.front().position, (TextPosition{1, 2}));
    QVERIFY(problems.front().message.contains(QStringLiteral("wss: 1")));
    QVERIFY(problems.front().message.contains(QStringLiteral("ws: 2, 3")));

    // Many servers: the list in the message is cut short.
    QByteArray many = "{\"url\": \"wss://10.0.0.1:8433/kurento\"}";
    for (int i = 2; i <= 20; ++i)
        many += ", {\"url\": \"ws://10.0.0." + QByteArray::number(i) + ":8888/kurento\"}";
    const auto long_ = lint(servers(many));
    QCOMPARE(long_.front().ruleId, QString(ProblemId::MixedEncryption));
    QVERIFY(long_.front().message.contains(QStringLiteral("ws: 2, 3, 4, 5, 6, 7, 8, 9, …)")));
}

void TestConfigLint::positionsPointIntoTheAddress()
{
    const QByteArray input = "{\n  \"kurentoservers\": [\n    {\"url\": \"wss://10.0.0.1:8443/kms\"},\n"
                             "    {\"url\": \"ws:\\/\\/10.0.0.2:8433\\/kurento\"}\n  ]\n}\n";
    const ConfigDocument document = ConfigDocument::fromBytes(input);
    const auto problems = ConfigLint::check(document);
    QCOMPARE(ruleIds(problems),
             (QStringList{ProblemId::MixedEncryption, ProblemId::UrlPort8443, ProblemId::UrlPath,
                          ProblemId::UrlPortSchemeMismatch, ProblemId::UnencryptedRemote}));
    QCOMPARE(document.textOf(problems[1].span), QByteArrayView("8443"));
    QCOMPARE(document.textOf(problems[2].span), QByteArrayView("/kms"));
    QCOMPARE(problems[1].position, (TextPosition{3, 29}));
    // With escapes, characters and bytes differ: the whole value is marked.
    QCOMPARE(document.textOf(problems[3].span), QByteArrayView("\"ws:\\/\\/10.0.0.2:8433\\/kurento\""));
}

void TestConfigLint::fixTexts()
{
    auto fixedUrl = [](const QByteArray &url) {
        const ConfigDocument document = ConfigDocument::fromBytes(server(url));
        const auto problems = ConfigLint::check(document);
        const auto withFix = std::find_if(problems.begin(), problems.end(),
                                          [](const DocumentProblem &p) { return bool(p.fix); });
        if (withFix == problems.end())
            return QString();
        return ConfigEditor::applyFix(document, *withFix->fix).value().document.entries()[0].url;
    };
    QCOMPARE(fixedUrl("http://10.0.0.1:8888/kurento"), QStringLiteral("ws://10.0.0.1:8888/kurento"));
    QCOMPARE(fixedUrl("wss://10.0.0.1:8888/kurento"), QStringLiteral("wss://10.0.0.1:8433/kurento"));
    QCOMPARE(fixedUrl("ws://10.0.0.1:8433/kurento"), QStringLiteral("ws://10.0.0.1:8888/kurento"));
    QCOMPARE(fixedUrl("wss://10.0.0.1:8443/kurento"), QStringLiteral("wss://10.0.0.1:8433/kurento"));
    QCOMPARE(fixedUrl("wss://10.0.0.1/kurento"), QStringLiteral("wss://10.0.0.1:8433/kurento"));
    QCOMPARE(fixedUrl("wss://10.0.0.1:8433/kms?x#y"), QStringLiteral("wss://10.0.0.1:8433/kurento"));
    QCOMPARE(fixedUrl("ws://localhost:8888/kurento"), QStringLiteral("ws://127.0.0.1:8888/kurento"));
    QCOMPARE(fixedUrl("ws://[::1]:8888/kurento"), QStringLiteral("ws://127.0.0.1:8888/kurento"));
    // Flag texts become the entry's (or the file's) type.
    const ConfigDocument booleans = ConfigDocument::fromBytes(
        server("wss://10.0.0.1:8433/kurento", ", \"candkillipv6\": true, \"candkilltcp\": \"off\""));
    const auto problems = ConfigLint::check(booleans);
    QCOMPARE(problems.front().fix->replacement, QByteArray("false"));
}

QTEST_GUILESS_MAIN(TestConfigLint)
#include "tst_configlint.moc"
