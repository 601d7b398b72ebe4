#include "models/configdocument.h"
#include "testsamples.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace ucmc;

namespace {

// Writes a JSON tree in a given style: the generator of the property tests.
struct WriteStyle
{
    bool bom = false;
    QByteArray newline = "\n"; // empty: everything on one line
    QByteArray indent = "   ";
    QByteArray separator = " : ";
    bool finalNewline = true;
};

QByteArray quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\') {
            out += u'\\';
            out += c;
        } else if (c.unicode() < 0x20) {
            out += QStringLiteral("\\u%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    out += u'"';
    return out.toUtf8();
}

QByteArray write(const JsonNode &node, const WriteStyle &style, int depth)
{
    const bool multiLine = !style.newline.isEmpty();
    auto indent = [&](int level) { return multiLine ? style.indent.repeated(level) : QByteArray(); };
    switch (node.kind) {
    case JsonNode::Kind::Null:
        return "null";
    case JsonNode::Kind::Bool:
        return node.boolean ? "true" : "false";
    case JsonNode::Kind::Number:
        return node.text.toLatin1();
    case JsonNode::Kind::String:
        return quoted(node.text);
    case JsonNode::Kind::Array: {
        if (node.elements.empty())
            return "[]";
        QByteArray out = "[" + style.newline;
        for (size_t i = 0; i < node.elements.size(); ++i) {
            out += indent(depth + 1) + write(node.elements[i], style, depth + 1);
            if (i + 1 < node.elements.size())
                out += ",";
            out += style.newline;
        }
        return out + indent(depth) + "]";
    }
    case JsonNode::Kind::Object: {
        if (node.members.empty())
            return "{}";
        QByteArray out = "{" + style.newline;
        for (size_t i = 0; i < node.members.size(); ++i) {
            const auto &member = node.members[i];
            out += indent(depth + 1) + quoted(member.key) + style.separator + write(member.value, style, depth + 1);
            if (i + 1 < node.members.size())
                out += ",";
            out += style.newline;
        }
        return out + indent(depth) + "}";
    }
    }
    return {};
}

QByteArray writeDocument(const JsonNode &root, const WriteStyle &style)
{
    QByteArray out = style.bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    out += write(root, style, 0);
    if (style.finalNewline && !style.newline.isEmpty())
        out += style.newline;
    return out;
}

// Random whitespace between all tokens (the second generator): same values, any layout.
QByteArray writeScrambled(const JsonNode &node, QRandomGenerator &random)
{
    static const QByteArray spaces[] = {"", " ", "\t", "\n", "\r\n", "  \r\n\t", "\r"};
    auto ws = [&] { return spaces[random.bounded(int(std::size(spaces)))]; };
    switch (node.kind) {
    case JsonNode::Kind::Array: {
        QByteArray out = "[" + ws();
        for (size_t i = 0; i < node.elements.size(); ++i) {
            if (i > 0)
                out += ws() + "," + ws();
            out += writeScrambled(node.elements[i], random);
        }
        return out + ws() + "]";
    }
    case JsonNode::Kind::Object: {
        QByteArray out = "{" + ws();
        for (size_t i = 0; i < node.members.size(); ++i) {
            if (i > 0)
                out += ws() + "," + ws();
            out += quoted(node.members[i].key) + ws() + ":" + ws() + writeScrambled(node.members[i].value, random);
        }
        return out + ws() + "}";
    }
    default:
        return write(node, WriteStyle{}, 0);
    }
}

void compareEntries(const ConfigDocument &a, const ConfigDocument &b)
{
    QCOMPARE(a.entries().size(), b.entries().size());
    for (size_t i = 0; i < a.entries().size(); ++i) {
        const auto &x = a.entries()[i];
        const auto &y = b.entries()[i];
        QCOMPARE(x.url, y.url);
        QCOMPARE(x.isObject, y.isObject);
        QCOMPARE(x.hasValidEndpoint(), y.hasValidEndpoint());
        QCOMPARE(x.endpoint, y.endpoint);
        QCOMPARE(x.candkillipv6.type, y.candkillipv6.type);
        QCOMPARE(x.candkillipv6.number, y.candkillipv6.number);
        QCOMPARE(x.candkilltcp.type, y.candkilltcp.type);
        QCOMPARE(x.candonlyturn.type, y.candonlyturn.type);
        QCOMPARE(x.candonlyturn.sourceText, y.candonlyturn.sourceText);
        QCOMPARE(x.unknownMembers, y.unknownMembers);
    }
    QCOMPARE(a.problems().size(), b.problems().size());
    for (size_t i = 0; i < a.problems().size(); ++i) {
        QCOMPARE(a.problems()[i].ruleId, b.problems()[i].ruleId);
        QCOMPARE(a.problems()[i].entryIndex, b.problems()[i].entryIndex);
        // Messages may name a line, which moves with the layout.
        static const QRegularExpression line(QStringLiteral("line \\d+"));
        QCOMPARE(QString(a.problems()[i].message).replace(line, QStringLiteral("line N")),
                 QString(b.problems()[i].message).replace(line, QStringLiteral("line N")));
    }
}

QStringList ruleIds(const ConfigDocument &doc)
{
    QStringList ids;
    for (const auto &problem : doc.problems())
        ids << problem.ruleId;
    return ids;
}

} // namespace

Q_DECLARE_METATYPE(ucmc::LineEnding)
Q_DECLARE_METATYPE(ucmc::SyntaxProblem)

class TestConfigDocument : public QObject
{
    Q_OBJECT

private slots:
    void formatOfSamples_data();
    void formatOfSamples();
    void entriesOfSamples_data();
    void entriesOfSamples();
    void brokenSamplesGiveOneSyntaxProblem_data();
    void brokenSamplesGiveOneSyntaxProblem();
    void brokenSamplesStillDetectFormat();
    void indentUnitFromNesting();
    void mixedLineEndings();
    void entrySpansParseBackToTheEntry();
    void kurentoServersSpanOfSamples();
    void flagsOfExample1();
    void unusualEntryContentsOfSamples();
    void lintMistakesSample();
    void escapedKeyCounts();
    void nestedOrQuotedKurentoServersIsIgnored();
    void duplicateKurentoServersUsesFirst();
    void structuralProblems_data();
    void structuralProblems();
    void flagTypes();
    void duplicateMemberInEntry();
    void problemPositionsPointAtTheCause();
    void copiesShareOneSnapshot();
    void defaultDocumentIsEmpty();
    void textOfClampsSpans();
    void propertyFormattingVariants();
    void propertyScrambledWhitespace();
};

void TestConfigDocument::formatOfSamples_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<LineEnding>("lineEnding");
    QTest::addColumn<bool>("hasLineBreaks");
    QTest::addColumn<QString>("indent");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<QString>("urlSeparator");
    QTest::addColumn<bool>("finalNewline");
    auto row = [](const char *name, bool bom, LineEnding le, bool breaks, const char *indent, const char *sep,
                  const char *urlSep, bool finalNewline) {
        QTest::newRow(name) << QString::fromLatin1(name) << bom << le << breaks << QString::fromLatin1(indent)
                            << QString::fromLatin1(sep) << QString::fromLatin1(urlSep) << finalNewline;
    };
    const auto CRLF = LineEnding::CrLf;
    const auto LF = LineEnding::Lf;
    // "url" : but "candkillipv6": (3 to 1) in the entry.
    row("default-local.json", false, CRLF, true, "   ", ": ", " : ", true);
    // Entry 1 "url" : and entry 2 "url": (a tie: the first wins); six flags with ": ".
    row("example1-two-remote.json", false, CRLF, true, "   ", ": ", " : ", true);
    // Only url members: " : " once and ": " once, the first wins.
    row("example2-local-plus-remote.json", false, CRLF, true, "   ", " : ", " : ", true);
    row("encrypted.json", false, CRLF, true, "   ", ": ", " : ", true);
    row("bom-tabs-lf.json", true, LF, true, "\t", ": ", ": ", false);
    row("compact-one-line.json", false, LF, false, "", ":", ":", false);
    row("lint-mistakes.json", false, LF, true, "   ", " : ", " : ", true);
}

void TestConfigDocument::formatOfSamples()
{
    QFETCH(QString, name);
    QFETCH(bool, bom);
    QFETCH(LineEnding, lineEnding);
    QFETCH(bool, hasLineBreaks);
    QFETCH(QString, indent);
    QFETCH(QString, separator);
    QFETCH(QString, urlSeparator);
    QFETCH(bool, finalNewline);
    const QByteArray bytes = test::readSample(name);
    const ConfigDocument doc = ConfigDocument::fromBytes(bytes);
    QVERIFY(doc.isValidJson());
    QCOMPARE(doc.bytes(), bytes);
    const FormatStyle &f = doc.format();
    QCOMPARE(f.utf8Bom, bom);
    QCOMPARE(f.lineEnding, lineEnding);
    QCOMPARE(f.hasLineBreaks, hasLineBreaks);
    QVERIFY(!f.mixedLineEndings);
    QCOMPARE(f.indentUnit, indent);
    QCOMPARE(f.keyValueSeparator, separator);
    QCOMPARE(f.urlKeyValueSeparator, urlSeparator);
    QVERIFY(f.separatorDetected);
    QCOMPARE(f.finalNewline, finalNewline);
    QCOMPARE(f.newline(), lineEnding == LineEnding::CrLf ? QByteArray("\r\n") : QByteArray("\n"));
}

void TestConfigDocument::entriesOfSamples_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("urls");
    QTest::addColumn<QStringList>("ruleIds");
    auto row = [](const char *name, const QStringList &urls, const QStringList &ids) {
        QTest::newRow(name) << QString::fromLatin1(name) << urls << ids;
    };
    row("default-local.json", {QStringLiteral("ws://127.0.0.1:8888/kurento")}, {});
    row("example1-two-remote.json",
        {QStringLiteral("ws://10.21.3.11:8888/kurento"), QStringLiteral("ws://10.21.3.12:8888/kurento")}, {});
    row("example2-local-plus-remote.json",
        {QStringLiteral("ws://127.0.0.1:8888/kurento"), QStringLiteral("ws://10.21.3.11:8888/kurento")}, {});
    row("encrypted.json", {QStringLiteral("wss://10.21.3.11:8433/kurento")}, {});
    row("bom-tabs-lf.json", {QStringLiteral("ws://10.0.0.5:8888/kurento")}, {});
    row("compact-one-line.json",
        {QStringLiteral("ws://192.168.10.20:8888/kurento"), QStringLiteral("ws://192.168.10.21:8888/kurento")}, {});
    row("lint-mistakes.json",
        {QStringLiteral("wss://10.21.3.11:8888/kurento"), QStringLiteral("ws://10.21.3.11:8888/kurento"),
         QStringLiteral("http://10.21.3.13:8888/kurento"), QStringLiteral("wss://10.21.3.14:8443/kurento"),
         QStringLiteral("ws://media-7.example.com:8888/kms"), QStringLiteral("ws://10.21.3.15:99999/kurento")},
        {ProblemId::UrlPortOutOfRange, ProblemId::KurentoServersDuplicate});
}

void TestConfigDocument::entriesOfSamples()
{
    QFETCH(QString, name);
    QFETCH(QStringList, urls);
    QFETCH(QStringList, ruleIds);
    const ConfigDocument doc = ConfigDocument::fromBytes(test::readSample(name));
    QVERIFY(doc.isValidJson());
    QVERIFY(!doc.syntaxError());
    QVERIFY(doc.kurentoServersMember());
    QVERIFY(doc.kurentoServers()->isArray());
    QStringList actual;
    for (const auto &entry : doc.entries()) {
        QCOMPARE(entry.index, int(actual.size()));
        QVERIFY(entry.isObject);
        QVERIFY(entry.hasUrl);
        QVERIFY(entry.urlIsString);
        actual << entry.url;
        QCOMPARE(doc.textOf(entry.urlValueSpan), ('"' + entry.url + '"').toUtf8());
        QCOMPARE(doc.textOf(entry.urlKeySpan), QByteArrayView("\"url\""));
    }
    QCOMPARE(actual, urls);
    QCOMPARE(::ruleIds(doc), ruleIds);
    QCOMPARE(doc.hasErrors(), !ruleIds.isEmpty());
}

void TestConfigDocument::brokenSamplesGiveOneSyntaxProblem_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<SyntaxProblem>("problem");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("trailing") << QStringLiteral("broken-trailing-comma.json") << SyntaxProblem::TrailingComma << 8 << 8;
    QTest::newRow("missing") << QStringLiteral("broken-missing-comma.json") << SyntaxProblem::MissingComma << 6 << 7;
    QTest::newRow("smart") << QStringLiteral("broken-smart-quotes.json") << SyntaxProblem::TypographicQuotes << 4
                           << 10;
}

void TestConfigDocument::brokenSamplesGiveOneSyntaxProblem()
{
    QFETCH(QString, name);
    QFETCH(SyntaxProblem, problem);
    QFETCH(int, line);
    QFETCH(int, column);
    const ConfigDocument doc = ConfigDocument::fromBytes(test::readSample(name));
    QVERIFY(!doc.isValidJson());
    QVERIFY(!doc.root());
    QVERIFY(doc.syntaxError());
    QCOMPARE(doc.syntaxError()->problem, problem);
    QVERIFY(doc.entries().empty());
    QVERIFY(!doc.kurentoServers());
    QCOMPARE(doc.problems().size(), size_t(1));
    const DocumentProblem &p = doc.problems().front();
    QCOMPARE(p.ruleId, ProblemId::Syntax);
    QCOMPARE(p.severity, Severity::Error);
    QCOMPARE(p.position, (TextPosition{line, column}));
    QCOMPARE(p.message, doc.syntaxError()->message());
    QCOMPARE(p.span.begin, doc.syntaxError()->offset);
    QVERIFY(p.span.length() >= 1);
    QVERIFY(doc.hasErrors());
}

void TestConfigDocument::brokenSamplesStillDetectFormat()
{
    for (const QString &name : test::brokenSamples()) {
        const ConfigDocument doc = ConfigDocument::fromBytes(test::readSample(name));
        QCOMPARE(doc.format().lineEnding, LineEnding::CrLf);
        QCOMPARE(doc.format().indentUnit, QStringLiteral("   "));
        QVERIFY(!doc.format().utf8Bom);
        QVERIFY(doc.format().finalNewline);
        QVERIFY(!doc.format().separatorDetected);
    }
    const ConfigDocument tabs = ConfigDocument::fromBytes("{\n\t\"a\": [\n\t\t1,\n\t]\n}");
    QVERIFY(!tabs.isValidJson());
    QCOMPARE(tabs.format().indentUnit, QStringLiteral("\t"));
}

void TestConfigDocument::indentUnitFromNesting()
{
    // Indentation divided by depth; lines that do not start with a member or element are ignored.
    QCOMPARE(ConfigDocument::fromBytes("{\n\t\t\"a\": [\n\t\t\t\t1\n\t\t]\n}").format().indentUnit,
             QStringLiteral("\t\t"));
    QCOMPARE(ConfigDocument::fromBytes("{\n  \"a\": {\n    \"b\": 1, \"c\": 2\n  }\n}").format().indentUnit,
             QStringLiteral("  "));
    // A majority decides: one odd line does not change the unit.
    QCOMPARE(ConfigDocument::fromBytes("{\n    \"a\": 1,\n    \"b\": 2,\n  \"c\": 3\n}").format().indentUnit,
             QStringLiteral("    "));
    // Mixed tabs and spaces in one indentation do not vote.
    QCOMPARE(ConfigDocument::fromBytes("{\n \t\"a\": 1,\n\t\"b\": 2\n}").format().indentUnit,
             QStringLiteral("\t"));
    // Nothing indented: no unit.
    QVERIFY(ConfigDocument::fromBytes("{\n\"a\": 1\n}").format().indentUnit.isEmpty());
}

void TestConfigDocument::mixedLineEndings()
{
    const ConfigDocument doc = ConfigDocument::fromBytes("{\r\n\"a\": 1,\r\n\"b\": 2\n}\r\n");
    QVERIFY(doc.format().mixedLineEndings);
    QCOMPARE(doc.format().lineEnding, LineEnding::CrLf);
    const ConfigDocument lf = ConfigDocument::fromBytes("{\r\n\"a\": 1,\n\"b\": 2\n}\r");
    QVERIFY(lf.format().mixedLineEndings);
    QCOMPARE(lf.format().lineEnding, LineEnding::Lf);
    QVERIFY(lf.format().finalNewline);
}

void TestConfigDocument::entrySpansParseBackToTheEntry()
{
    for (const QString &name : test::validSamples()) {
        const ConfigDocument doc = ConfigDocument::fromBytes(test::readSample(name));
        QVERIFY(!doc.entries().empty());
        for (const auto &entry : doc.entries()) {
            const QByteArrayView text = doc.textOf(entry.span);
            QVERIFY(text.startsWith('{'));
            QVERIFY(text.endsWith('}'));
            const auto again = parseJson(text);
            QVERIFY(again.ok());
            QVERIFY(again.root->valueEquals(*doc.entryNode(entry.index)));
            const ConfigDocument alone = ConfigDocument::fromBytes(
                QByteArray("{\"kurentoservers\": [") + text.toByteArray() + "]}");
            QCOMPARE(alone.entries().size(), size_t(1));
            QCOMPARE(alone.entries()[0].url, entry.url);
            QCOMPARE(alone.entries()[0].unknownMembers, entry.unknownMembers);
            QCOMPARE(alone.entries()[0].candkilltcp.sourceText, entry.candkilltcp.sourceText);
        }
        QVERIFY(!doc.entryNode(-1));
        QVERIFY(!doc.entryNode(int(doc.entries().size())));
    }
}

void TestConfigDocument::kurentoServersSpanOfSamples()
{
    for (const QString &name : test::validSamples()) {
        const QByteArray bytes = test::readSample(name);
        const ConfigDocument doc = ConfigDocument::fromBytes(bytes);
        const JsonNode::Member *member = doc.kurentoServersMember();
        QVERIFY(member);
        // The key is the first occurrence of the text in every sample.
        const qsizetype keyAt = bytes.indexOf("\"kurentoservers\"");
        QCOMPARE(member->keySpan, (SourceSpan{keyAt, keyAt + 16}));
        const qsizetype open = bytes.indexOf('[', keyAt);
        QCOMPARE(member->value.span.begin, open);
        QCOMPARE(bytes[member->value.span.end - 1], ']');
        // The list ends right before the first "]" that follows the last entry.
        const qsizetype lastEntryEnd = doc.entries().back().span.end;
        QCOMPARE(member->value.span.end, bytes.indexOf(']', lastEntryEnd) + 1);
    }
    // One exact case, counted by hand: default-local.json has the key on line 6 at column 4.
    const ConfigDocument doc = ConfigDocument::fromBytes(test::readSample(QStringLiteral("default-local.json")));
    QCOMPARE(doc.positionOf(doc.kurentoServersMember()->keySpan.begin), (TextPosition{6, 4}));
    QCOMPARE(doc.positionOf(doc.kurentoServers()->span.begin), (TextPosition{6, 23}));
    QCOMPARE(doc.positionOf(doc.kurentoServers()->span.end - 1), (TextPosition{13, 4}));
    QCOMPARE(doc.positionOf(doc.entries()[0].span.begin), (TextPosition{7, 7}));
    QCOMPARE(doc.positionOf(doc.entries()[0].span.end - 1), (TextPosition{12, 7}));
}

void TestConfigDocument::flagsOfExample1()
{
    const ConfigDocument doc = ConfigDocument::fromBytes(test::readSample(QStringLiteral("example1-two-remote.json")));
    QCOMPARE(doc.entries().size(), size_t(2));
    for (const auto &entry : doc.entries()) {
        for (const FlagValue *flag : {&entry.candkillipv6, &entry.candkilltcp, &entry.candonlyturn}) {
            QCOMPARE(flag->type, FlagValue::Type::Number);
            QCOMPARE(flag->jsonKind, JsonNode::Kind::Number);
            QCOMPARE(flag->number, 0.0);
            QCOMPARE(flag->sourceText, QStringLiteral("0"));
            QCOMPARE(doc.textOf(flag->valueSpan), QByteArrayView("0"));
            QVERIFY(doc.textOf(flag->keySpan).startsWith("\"cand"));
        }
        QVERIFY(entry.unknownMembers.isEmpty());
        QVERIFY(entry.hasValidEndpoint());
        QCOMPARE(entry.endpoint.port, 8888);
        QCOMPARE(entry.endpoint.hostKind, HostKind::IPv4);
    }
    QCOMPARE(doc.entries()[1].endpoint.host, QStringLiteral("10.21.3.12"));
    const ConfigDocument example2 =
        ConfigDocument::fromBytes(test::readSample(QStringLiteral("example2-local-plus-remote.json")));
    for (const auto &entry : example2.entries()) {
        QCOMPARE(entry.candkillipv6.type, FlagValue::Type::Absent);
        QVERIFY(!entry.candkilltcp.isPresent());
        QVERIFY(entry.candonlyturn.keySpan.isEmpty());
    }
}

void TestConfigDocument::unusualEntryContentsOfSamples()
{
    const ConfigDocument doc = ConfigDocument::fromBytes(test::readSample(QStringLiteral("bom-tabs-lf.json")));
    QCOMPARE(doc.entries().size(), size_t(1));
    const auto &entry = doc.entries()[0];
    QCOMPARE(entry.unknownMembers, QStringList{QStringLiteral("comment-by-admin")});
    QCOMPARE(entry.candkillipv6.number, 1.0);
    QCOMPARE(entry.candkilltcp.number, 1.0);
    QCOMPARE(entry.candonlyturn.number, 0.0);
    // The BOM counts in offsets: the root object starts at byte 3, line 1 column 1.
    QCOMPARE(doc.root()->span.begin, qsizetype(3));
    QCOMPARE(doc.positionOf(doc.root()->span.begin), (TextPosition{1, 1}));
    QCOMPARE(doc.positionOf(entry.urlKeySpan.begin), (TextPosition{4, 4}));
    // The unusual values elsewhere are read but left alone.
    const JsonNode *keep = doc.root()->member(u"other")->member(u"keep");
    QCOMPARE(keep->elements.size(), size_t(5));
    QCOMPARE(keep->elements[1].text, QStringLiteral("2.50"));
    QCOMPARE(keep->elements[2].text, QStringLiteral("-0.0"));
    QCOMPARE(keep->elements[3].number, 100.0);
    QCOMPARE(keep->elements[4].text, QStringLiteral(u"ä\n"));
    QVERIFY(doc.problems().empty());
}

void TestConfigDocument::lintMistakesSample()
{
    const ConfigDocument doc = ConfigDocument::fromBytes(test::readSample(QStringLiteral("lint-mistakes.json")));
    QCOMPARE(doc.kurentoServersKeyCount(), 2);
    QCOMPARE(doc.entries().size(), size_t(6)); // the first list, not the empty second one
    const auto &e = doc.entries();
    QCOMPARE(e[0].unknownMembers, QStringList{QStringLiteral("candkilipv6")});
    QCOMPARE(e[0].endpoint.scheme, QStringLiteral("wss"));
    QVERIFY(e[0].endpoint.secure);
    QCOMPARE(e[0].endpoint.port, 8888);
    QCOMPARE(e[2].endpoint.scheme, QStringLiteral("http"));
    QVERIFY(e[2].hasValidEndpoint());
    QCOMPARE(e[2].candonlyturn.type, FlagValue::Type::Other);
    QCOMPARE(e[2].candonlyturn.jsonKind, JsonNode::Kind::String);
    QCOMPARE(e[2].candonlyturn.sourceText, QStringLiteral("\"yes\""));
    QCOMPARE(e[3].endpoint.port, 8443);
    QCOMPARE(e[4].endpoint.hostKind, HostKind::Hostname);
    QCOMPARE(e[4].endpoint.path, QStringLiteral("/kms"));
    QVERIFY(!e[5].hasValidEndpoint());
    QCOMPARE(e[5].urlError->code, UrlProblem::PortOutOfRange);

    QCOMPARE(doc.problems().size(), size_t(2));
    const DocumentProblem &invalid = doc.problems()[0];
    QCOMPARE(invalid.ruleId, ProblemId::UrlPortOutOfRange);
    QCOMPARE(invalid.entryIndex, 5);
    QCOMPARE(invalid.position, (TextPosition{21, 18}));
    QVERIFY(invalid.message.contains(QStringLiteral("99999")));
    QVERIFY(invalid.message.contains(QStringLiteral("6")));
    const DocumentProblem &duplicate = doc.problems()[1];
    QCOMPARE(duplicate.ruleId, ProblemId::KurentoServersDuplicate);
    QCOMPARE(duplicate.severity, Severity::Error);
    QCOMPARE(duplicate.position, (TextPosition{24, 4}));
    QCOMPARE(duplicate.entryIndex, -1);
    QVERIFY(duplicate.message.contains(QStringLiteral("line 2")));
}

void TestConfigDocument::escapedKeyCounts()
{
    const ConfigDocument doc = ConfigDocument::fromBytes(
        "{\"kurento\\u0073ervers\" : [{\"\\u0075rl\": \"ws://10.0.0.1:8888/kurento\", \"candkill\\u0074cp\": true}]}");
    QVERIFY(doc.kurentoServersMember());
    QCOMPARE(doc.kurentoServersKeyCount(), 1);
    QCOMPARE(doc.entries().size(), size_t(1));
    QCOMPARE(doc.entries()[0].url, QStringLiteral("ws://10.0.0.1:8888/kurento"));
    QCOMPARE(doc.entries()[0].candkilltcp.type, FlagValue::Type::Bool);
    QVERIFY(doc.entries()[0].candkilltcp.boolean);
    QVERIFY(doc.problems().empty());
    // Escaped and plain spelling are the same key: a duplicate.
    const ConfigDocument both = ConfigDocument::fromBytes("{\"kurentoservers\": [], \"kurento\\u0073ervers\": []}");
    QCOMPARE(both.kurentoServersKeyCount(), 2);
    QVERIFY(::ruleIds(both).contains(ProblemId::KurentoServersDuplicate));
}

void TestConfigDocument::nestedOrQuotedKurentoServersIsIgnored()
{
    const QByteArray inputs[] = {
        "{\"other\": {\"kurentoservers\": [{\"url\": \"ws://10.0.0.1:8888/kurento\"}]}}",
        "{\"note\": \"\\\"kurentoservers\\\": [{\\\"url\\\": \\\"ws://10.0.0.1:8888/kurento\\\"}]\"}",
        "{\"list\": [{\"kurentoservers\": []}], \"KurentoServers\": [], \"kurentoservers \": []}",
    };
    for (const QByteArray &input : inputs) {
        const ConfigDocument doc = ConfigDocument::fromBytes(input);
        QVERIFY2(doc.isValidJson(), input.constData());
        QVERIFY(!doc.kurentoServersMember());
        QCOMPARE(doc.kurentoServersKeyCount(), 0);
        QVERIFY(doc.entries().empty());
        QCOMPARE(::ruleIds(doc), QStringList{ProblemId::KurentoServersMissing});
    }
}

void TestConfigDocument::duplicateKurentoServersUsesFirst()
{
    const QByteArray input = "{\n"
                             "  \"kurentoservers\": [{\"url\": \"ws://10.0.0.1:8888/kurento\"}],\n"
                             "  \"x\": 1,\n"
                             "  \"kurentoservers\": [{\"url\": \"ws://10.0.0.2:8888/kurento\"}],\n"
                             "  \"kurentoservers\": 7\n"
                             "}";
    const ConfigDocument doc = ConfigDocument::fromBytes(input);
    QCOMPARE(doc.kurentoServersKeyCount(), 3);
    QCOMPARE(doc.kurentoServersMember(), &doc.root()->members[0]);
    QCOMPARE(doc.entries().size(), size_t(1));
    QCOMPARE(doc.entries()[0].url, QStringLiteral("ws://10.0.0.1:8888/kurento"));
    QCOMPARE(::ruleIds(doc),
             (QStringList{ProblemId::KurentoServersDuplicate, ProblemId::KurentoServersDuplicate}));
    QCOMPARE(doc.problems()[0].position, (TextPosition{4, 3}));
    QCOMPARE(doc.problems()[1].position, (TextPosition{5, 3}));
}

void TestConfigDocument::structuralProblems_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<int>("entries");
    auto row = [](const char *name, const QByteArray &input, const QStringList &ids, int entries) {
        QTest::newRow(name) << input << ids << entries;
    };
    using namespace ProblemId;
    row("top level list", "[{\"url\": \"ws://10.0.0.1:8888/kurento\"}]", {TopLevelNotObject}, 0);
    row("top level string", "\"kurentoservers\"", {TopLevelNotObject}, 0);
    row("missing", "{\"listen\": {\"http\": 7224}}", {KurentoServersMissing}, 0);
    row("empty object", "{}", {KurentoServersMissing}, 0);
    row("not array: object", "{\"kurentoservers\": {\"url\": \"ws://10.0.0.1:8888/kurento\"}}",
        {KurentoServersNotArray}, 0);
    row("not array: string", "{\"kurentoservers\": \"ws://10.0.0.1:8888/kurento\"}", {KurentoServersNotArray}, 0);
    row("not array: null", "{\"kurentoservers\": null}", {KurentoServersNotArray}, 0);
    row("empty list", "{\"kurentoservers\": []}", {KurentoServersEmpty}, 0);
    row("entry is string", "{\"kurentoservers\": [\"ws://10.0.0.1:8888/kurento\"]}", {EntryNotObject}, 1);
    row("entry is list", "{\"kurentoservers\": [[]]}", {EntryNotObject}, 1);
    row("no url", "{\"kurentoservers\": [{\"candkilltcp\": 0}]}", {EntryUrlMissing}, 1);
    row("empty entry", "{\"kurentoservers\": [{}]}", {EntryUrlMissing}, 1);
    row("url number", "{\"kurentoservers\": [{\"url\": 8888}]}", {UrlNotString}, 1);
    row("url null", "{\"kurentoservers\": [{\"url\": null}]}", {UrlNotString}, 1);
    row("url unparseable", "{\"kurentoservers\": [{\"url\": \"10.0.0.1:8888\"}]}", {UrlInvalid}, 1);
    row("url empty", "{\"kurentoservers\": [{\"url\": \"\"}]}", {UrlInvalid}, 1);
    row("url without host", "{\"kurentoservers\": [{\"url\": \"ws:///kurento\"}]}", {UrlNoHost}, 1);
    row("url port out of range", "{\"kurentoservers\": [{\"url\": \"ws://10.0.0.1:0/kurento\"}]}",
        {UrlPortOutOfRange}, 1);
    row("several", "{\"kurentoservers\": [1, {}, {\"url\": \"ws://a:1\"}, {\"url\": true}], \"kurentoservers\": 1}",
        {EntryNotObject, EntryUrlMissing, UrlNotString, KurentoServersDuplicate}, 4);
    row("fine", "{\"kurentoservers\": [{\"url\": \"ws://10.0.0.1:8888/kurento\"}]}", {}, 1);
}

void TestConfigDocument::structuralProblems()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, ids);
    QFETCH(int, entries);
    const ConfigDocument doc = ConfigDocument::fromBytes(input);
    QVERIFY(doc.isValidJson());
    QCOMPARE(::ruleIds(doc), ids);
    QCOMPARE(int(doc.entries().size()), entries);
    for (const auto &problem : doc.problems()) {
        QVERIFY(!problem.message.isEmpty());
        QVERIFY(problem.position.isValid());
        QCOMPARE(problem.position, positionOf(input, problem.span.begin));
        QVERIFY(!problem.fix);
        if (problem.entryIndex >= 0) {
            QVERIFY(problem.entryIndex < entries);
            QVERIFY(doc.entries()[size_t(problem.entryIndex)].span.contains(problem.span.begin));
        }
    }
}

void TestConfigDocument::flagTypes()
{
    const ConfigDocument doc = ConfigDocument::fromBytes(
        "{\"kurentoservers\": [{\"url\": \"ws://a:1\", \"candkillipv6\": false, \"candkilltcp\": 1.5, "
        "\"candonlyturn\": [0]}, {\"url\": \"ws://b:1\", \"candkillipv6\": null, \"candkilltcp\": {\"x\": 1}}]}");
    QCOMPARE(doc.entries().size(), size_t(2));
    const auto &a = doc.entries()[0];
    QCOMPARE(a.candkillipv6.type, FlagValue::Type::Bool);
    QCOMPARE(a.candkillipv6.boolean, false);
    QCOMPARE(a.candkillipv6.sourceText, QStringLiteral("false"));
    QCOMPARE(a.candkilltcp.type, FlagValue::Type::Number);
    QCOMPARE(a.candkilltcp.number, 1.5);
    QCOMPARE(a.candonlyturn.type, FlagValue::Type::Other);
    QCOMPARE(a.candonlyturn.jsonKind, JsonNode::Kind::Array);
    QCOMPARE(a.candonlyturn.sourceText, QStringLiteral("[0]"));
    const auto &b = doc.entries()[1];
    QCOMPARE(b.candkillipv6.type, FlagValue::Type::Other);
    QCOMPARE(b.candkillipv6.jsonKind, JsonNode::Kind::Null);
    QCOMPARE(b.candkilltcp.jsonKind, JsonNode::Kind::Object);
    QCOMPARE(b.candkilltcp.sourceText, QStringLiteral("{\"x\": 1}"));
    QCOMPARE(b.candonlyturn.type, FlagValue::Type::Absent);
}

void TestConfigDocument::duplicateMemberInEntry()
{
    const ConfigDocument doc = ConfigDocument::fromBytes(
        "{\"kurentoservers\": [{\"url\": \"ws://a:1\", \"x\": 1, \"url\": \"ws://b:2\", \"x\": 2, \"url\": \"c\"}]}");
    QCOMPARE(doc.entries().size(), size_t(1));
    const auto &entry = doc.entries()[0];
    QCOMPARE(entry.url, QStringLiteral("ws://a:1"));
    QCOMPARE(entry.duplicateMembers, (QStringList{QStringLiteral("url"), QStringLiteral("x")}));
    QCOMPARE(entry.unknownMembers, QStringList{QStringLiteral("x")});
    QCOMPARE(::ruleIds(doc), (QStringList{ProblemId::EntryDuplicateMember, ProblemId::EntryDuplicateMember}));
    QCOMPARE(doc.problems()[0].severity, Severity::Warning);
    QCOMPARE(doc.textOf(doc.problems()[0].span), QByteArrayView("\"url\""));
}

void TestConfigDocument::problemPositionsPointAtTheCause()
{
    const QByteArray input = "{\r\n"
                             "   \"kurentoservers\" : [\r\n"
                             "      {\r\n"
                             "         \"url\" : \"ws://10.0.0.1:88888/kurento\"\r\n"
                             "      },\r\n"
                             "      {\r\n"
                             "         \"candkilltcp\": 0\r\n"
                             "      }\r\n"
                             "   ]\r\n"
                             "}\r\n";
    const ConfigDocument doc = ConfigDocument::fromBytes(input);
    QCOMPARE(::ruleIds(doc), (QStringList{ProblemId::UrlPortOutOfRange, ProblemId::EntryUrlMissing}));
    QCOMPARE(doc.problems()[0].position, (TextPosition{4, 18}));
    QCOMPARE(doc.textOf(doc.problems()[0].span), QByteArrayView("\"ws://10.0.0.1:88888/kurento\""));
    QCOMPARE(doc.problems()[1].position, (TextPosition{6, 7}));
    QCOMPARE(doc.problems()[1].entryIndex, 1);
}

void TestConfigDocument::copiesShareOneSnapshot()
{
    const ConfigDocument doc = ConfigDocument::fromBytes(test::readSample(QStringLiteral("example1-two-remote.json")));
    const JsonNode *root = doc.root();
    const MediaServerEntry *first = &doc.entries()[0];
    ConfigDocument copy = doc;
    ConfigDocument moved = std::move(copy);
    QCOMPARE(moved.root(), root);
    QCOMPARE(&moved.entries()[0], first);
    QCOMPARE(moved.bytes().constData(), doc.bytes().constData());
}

void TestConfigDocument::defaultDocumentIsEmpty()
{
    const ConfigDocument doc;
    QVERIFY(doc.bytes().isEmpty());
    QVERIFY(!doc.isValidJson());
    QCOMPARE(doc.syntaxError()->problem, SyntaxProblem::EmptyInput);
    QCOMPARE(::ruleIds(doc), QStringList{ProblemId::Syntax});
    QCOMPARE(doc.problems()[0].position, (TextPosition{1, 1}));
    QVERIFY(!doc.format().hasLineBreaks);
    QVERIFY(doc.format().indentUnit.isEmpty());
}

void TestConfigDocument::textOfClampsSpans()
{
    const ConfigDocument doc = ConfigDocument::fromBytes("{\"a\": 1}");
    QCOMPARE(doc.textOf({1, 4}), QByteArrayView("\"a\""));
    QCOMPARE(doc.textOf({-5, 1}), QByteArrayView("{"));
    QCOMPARE(doc.textOf({7, 100}), QByteArrayView("}"));
    QVERIFY(doc.textOf({5, 2}).isEmpty());
}

void TestConfigDocument::propertyFormattingVariants()
{
    const QByteArray indents[] = {"\t", "  ", "   ", "    "};
    const QByteArray newlines[] = {"\n", "\r\n"};
    const QByteArray separators[] = {": ", " : ", ":", "\t:\t"};
    int variants = 0;
    for (const QString &name : test::validSamples()) {
        const ConfigDocument original = ConfigDocument::fromBytes(test::readSample(name));
        QVERIFY(original.root());
        for (const QByteArray &indent : indents) {
            for (const QByteArray &newline : newlines) {
                for (const QByteArray &separator : separators) {
                    for (int flags = 0; flags < 4; ++flags) {
                        WriteStyle style;
                        style.indent = indent;
                        style.newline = newline;
                        style.separator = separator;
                        style.bom = flags & 1;
                        style.finalNewline = flags & 2;
                        const QByteArray bytes = writeDocument(*original.root(), style);
                        const ConfigDocument variant = ConfigDocument::fromBytes(bytes);
                        QVERIFY2(variant.isValidJson(), bytes.constData());
                        QVERIFY(variant.root()->valueEquals(*original.root()));
                        const FormatStyle &f = variant.format();
                        QCOMPARE(f.utf8Bom, style.bom);
                        QCOMPARE(f.newline(), newline);
                        QVERIFY(f.hasLineBreaks);
                        QVERIFY(!f.mixedLineEndings);
                        QCOMPARE(f.indentUnit, QString::fromLatin1(indent));
                        QCOMPARE(f.keyValueSeparator, QString::fromLatin1(separator));
                        QCOMPARE(f.urlKeyValueSeparator, QString::fromLatin1(separator));
                        QCOMPARE(f.finalNewline, style.finalNewline);
                        compareEntries(original, variant);
                        if (QTest::currentTestFailed())
                            return;
                        ++variants;
                    }
                }
            }
        }
        // And everything on one line.
        WriteStyle compact;
        compact.newline = "";
        compact.separator = ":";
        const ConfigDocument oneLine = ConfigDocument::fromBytes(writeDocument(*original.root(), compact));
        QVERIFY(oneLine.root()->valueEquals(*original.root()));
        QVERIFY(!oneLine.format().hasLineBreaks);
        QVERIFY(oneLine.format().indentUnit.isEmpty());
        QCOMPARE(oneLine.format().keyValueSeparator, QStringLiteral(":"));
        compareEntries(original, oneLine);
    }
    QCOMPARE(variants, int(test::validSamples().size()) * 4 * 2 * 4 * 4);
}

void TestConfigDocument::propertyScrambledWhitespace()
{
    QRandomGenerator random(8433);
    for (const QString &name : test::validSamples()) {
        const ConfigDocument original = ConfigDocument::fromBytes(test::readSample(name));
        for (int round = 0; round < 50; ++round) {
            const QByteArray bytes = writeScrambled(*original.root(), random);
            const ConfigDocument variant = ConfigDocument::fromBytes(bytes);
            QVERIFY2(variant.isValidJson(), bytes.constData());
            QVERIFY(variant.root()->valueEquals(*original.root()));
            compareEntries(original, variant);
            if (QTest::currentTestFailed())
                return;
            // Positions of problems follow the bytes, whatever the layout.
            for (const auto &problem : variant.problems())
                QCOMPARE(problem.position, positionOf(bytes, problem.span.begin));
        }
    }
}

QTEST_GUILESS_MAIN(TestConfigDocument)
#include "tst_configdocument.moc"
