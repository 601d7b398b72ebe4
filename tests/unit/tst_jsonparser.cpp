#include "models/jsonparser.h"
#include "testsamples.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace ucmc;

Q_DECLARE_METATYPE(ucmc::SyntaxProblem)

namespace {

// Every node's span, parsed on its own, gives the same value; child spans lie inside the parent.
void checkSpansRecursively(QByteArrayView bytes, const JsonNode &node, int &checked)
{
    QVERIFY(node.span.begin >= 0 && node.span.end <= bytes.size() && node.span.begin < node.span.end);
    const auto again = parseJson(bytes.sliced(node.span.begin, node.span.length()));
    QVERIFY2(again.ok(), qPrintable(QString::fromUtf8(bytes.sliced(node.span.begin, node.span.length()))));
    QVERIFY(again.root->valueEquals(node));
    ++checked;
    for (const auto &member : node.members) {
        QVERIFY(member.keySpan.begin > node.span.begin && member.keySpan.end < node.span.end);
        QCOMPARE(bytes[member.keySpan.begin], '"');
        QCOMPARE(bytes[member.keySpan.end - 1], '"');
        const auto key = parseJson(bytes.sliced(member.keySpan.begin, member.keySpan.length()));
        QVERIFY(key.ok());
        QCOMPARE(key.root->text, member.key);
        QVERIFY(member.value.span.begin >= member.keySpan.end);
        checkSpansRecursively(bytes, member.value, checked);
        if (QTest::currentTestFailed())
            return;
    }
    for (const auto &element : node.elements) {
        QVERIFY(element.span.begin > node.span.begin && element.span.end < node.span.end);
        checkSpansRecursively(bytes, element, checked);
        if (QTest::currentTestFailed())
            return;
    }
}

QList<SyntaxProblem> allProblems()
{
    return {SyntaxProblem::EmptyInput,        SyntaxProblem::UnexpectedEnd,
            SyntaxProblem::UnterminatedString, SyntaxProblem::UnexpectedCharacter,
            SyntaxProblem::TrailingComma,     SyntaxProblem::MissingComma,
            SyntaxProblem::MissingColon,      SyntaxProblem::MissingValue,
            SyntaxProblem::MismatchedBracket, SyntaxProblem::TypographicQuotes,
            SyntaxProblem::SingleQuotes,      SyntaxProblem::Comment,
            SyntaxProblem::UnquotedKey,       SyntaxProblem::UnusualWhitespace,
            SyntaxProblem::InvalidEscape,     SyntaxProblem::LoneSurrogate,
            SyntaxProblem::ControlCharacterInString, SyntaxProblem::InvalidNumber,
            SyntaxProblem::InvalidLiteral,    SyntaxProblem::ContentAfterEnd,
            SyntaxProblem::InvalidUtf8,       SyntaxProblem::NestingTooDeep};
}

} // namespace

class TestJsonParser : public QObject
{
    Q_OBJECT

private slots:
    void samplesListIsComplete();
    void validSamplesParse_data();
    void validSamplesParse();
    void brokenSamples_data();
    void brokenSamples();
    void syntaxProblems_data();
    void syntaxProblems();
    void everyProblemIsTestedAndExplained();
    void unclosedThingsNameTheirOpening();
    void typographicQuoteInsideStringIsBlamed();
    void scalarsAndNumbers_data();
    void scalarsAndNumbers();
    void hugeNumbers();
    void escapesAndUnicode();
    void bomIsSkippedButCounted();
    void duplicateKeysAreKept();
    void memberLookup();
    void spansOfNestedValues();
    void valueEqualsIgnoresFormatting();
    void positionOfCountsCharacters();
    void positionIndexAgreesWithPositionOf();
    void offsetOfRoundTrips();
    void deepNestingIsRefused();
    void nestingLimitIsExact();
    void hugeStrings();
    void invalidUtf8Variants_data();
    void invalidUtf8Variants();
    void loneSurrogates_data();
    void loneSurrogates();
    void truncatedSamplesNeverCrash();
    void randomMutationsNeverCrash();
};

void TestJsonParser::samplesListIsComplete()
{
    const QDir dir(QStringLiteral(UCMC_TEST_DATA_DIR "/configs"));
    QStringList onDisk = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QStringList known = test::validSamples() + test::lintOnlySamples() + test::brokenSamples();
    known.sort();
    QCOMPARE(onDisk, known);
}

void TestJsonParser::validSamplesParse_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : test::validSamples())
        QTest::newRow(qPrintable(name)) << name;
}

void TestJsonParser::validSamplesParse()
{
    QFETCH(QString, name);
    const QByteArray bytes = test::readSample(name);
    const auto result = parseJson(bytes);
    QVERIFY2(result.ok(), result.error ? qPrintable(result.error->message()) : "");
    QVERIFY(!result.error);
    QVERIFY(result.root->isObject());
    QVERIFY(result.root->member(u"kurentoservers"));
    int checked = 0;
    checkSpansRecursively(bytes, *result.root, checked);
    QVERIFY(checked > 3);
}

void TestJsonParser::brokenSamples_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<SyntaxProblem>("problem");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QByteArray>("bytesAtError");
    // The comma after the second entry ("      },"), line 8.
    QTest::newRow("trailing comma") << QStringLiteral("broken-trailing-comma.json") << SyntaxProblem::TrailingComma
                                    << 8 << 8 << QByteArray(",");
    // The second entry's "{" on line 6, where the comma should have been before.
    QTest::newRow("missing comma") << QStringLiteral("broken-missing-comma.json") << SyntaxProblem::MissingComma
                                   << 6 << 7 << QByteArray("{");
    // The opening “ before url on line 4 (9 spaces of indentation).
    QTest::newRow("smart quotes") << QStringLiteral("broken-smart-quotes.json")
                                  << SyntaxProblem::TypographicQuotes << 4 << 10 << QByteArray("\xE2\x80\x9C");
    // A // comment on line 2 (3 spaces of indentation).
    QTest::newRow("comment") << QStringLiteral("broken-comment.json") << SyntaxProblem::Comment << 2 << 4
                             << QByteArray("//");
}

void TestJsonParser::brokenSamples()
{
    QFETCH(QString, name);
    QFETCH(SyntaxProblem, problem);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QByteArray, bytesAtError);
    const QByteArray bytes = test::readSample(name);
    const auto result = parseJson(bytes);
    QVERIFY(!result.ok());
    QVERIFY(result.error);
    QCOMPARE(result.error->problem, problem);
    QCOMPARE(result.error->position.line, line);
    QCOMPARE(result.error->position.column, column);
    QCOMPARE(bytes.mid(result.error->offset, bytesAtError.size()), bytesAtError);
    QVERIFY(!result.error->message().isEmpty());
}

void TestJsonParser::syntaxProblems_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<SyntaxProblem>("problem");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    auto row = [](const char *name, const QByteArray &input, SyntaxProblem problem, int line, int column) {
        QTest::newRow(name) << input << problem << line << column;
    };
    using P = SyntaxProblem;
    row("empty", "", P::EmptyInput, 1, 1);
    row("only whitespace", " \r\n\t\n", P::EmptyInput, 3, 1);
    row("only BOM", "\xEF\xBB\xBF", P::EmptyInput, 1, 1);
    row("end in array", "{\"a\": [1, 2", P::UnexpectedEnd, 1, 12);
    row("end after colon", "{\"a\":", P::UnexpectedEnd, 1, 6);
    row("end after key", "{\"a\"", P::UnexpectedEnd, 1, 5);
    row("end after comma", "[1,\n", P::UnexpectedEnd, 2, 1);
    row("end after open", "{", P::UnexpectedEnd, 1, 2);
    row("string ends at line end", "{\"a\": \"abc\n}", P::UnterminatedString, 1, 11);
    row("string ends at CRLF", "{\r\n\"a\": \"abc\r\n}", P::UnterminatedString, 2, 10);
    row("string ends at end", "[\"abc", P::UnterminatedString, 1, 6);
    row("escape at end", "[\"abc\\", P::UnterminatedString, 1, 7);
    row("at sign", "{\"a\": 1 @}", P::UnexpectedCharacter, 1, 9);
    row("key position bracket", "{[", P::UnexpectedCharacter, 1, 2);
    row("trailing comma array", "[1, 2,]", P::TrailingComma, 1, 6);
    row("trailing comma object", "{\"a\": 1,\n}", P::TrailingComma, 1, 8);
    row("trailing comma before space", "[1,  \n  ]", P::TrailingComma, 1, 3);
    row("missing comma array", "[1 2]", P::MissingComma, 1, 4);
    row("missing comma strings", "[\"a\"\n  \"b\"]", P::MissingComma, 2, 3);
    row("missing comma literal", "[1 true]", P::MissingComma, 1, 4);
    row("missing comma object", "{\"a\": 1 \"b\": 2}", P::MissingComma, 1, 9);
    row("missing comma objects", "[{}{}]", P::MissingComma, 1, 4);
    row("missing colon", "{\"a\" 1}", P::MissingColon, 1, 6);
    row("equals instead of colon", "{\"a\" = 1}", P::MissingColon, 1, 6);
    row("missing value in object", "{\"a\": }", P::MissingValue, 1, 7);
    row("missing value before comma", "{\"a\": , \"b\": 1}", P::MissingValue, 1, 7);
    row("double comma", "[1,,2]", P::MissingValue, 1, 4);
    row("leading comma", "[,1]", P::MissingValue, 1, 2);
    row("array closed by brace", "[1, 2}", P::MismatchedBracket, 1, 6);
    row("object closed by bracket", "{\"a\": 1]", P::MismatchedBracket, 1, 8);
    row("empty array closed by brace", "[}", P::MismatchedBracket, 1, 2);
    row("key position closed by bracket", "{\"a\": 1, ]", P::MismatchedBracket, 1, 10);
    row("typographic key", "{\xE2\x80\x9C" "a\xE2\x80\x9D: 1}", P::TypographicQuotes, 1, 2);
    row("typographic value", "{\"a\": \xE2\x80\x9E" "x\xE2\x80\x9C}", P::TypographicQuotes, 1, 7);
    row("single typographic", "[\xE2\x80\x98x\xE2\x80\x99]", P::TypographicQuotes, 1, 2);
    row("guillemets", "[\xC2\xBBx\xC2\xAB]", P::TypographicQuotes, 1, 2);
    row("typographic after value", "[1 \xE2\x80\x9Cx\xE2\x80\x9D]", P::TypographicQuotes, 1, 4);
    row("single quotes key", "{'a': 1}", P::SingleQuotes, 1, 2);
    row("single quotes value", "{\"a\": 'x'}", P::SingleQuotes, 1, 7);
    row("backtick", "[`x`]", P::SingleQuotes, 1, 2);
    row("line comment", "{ // note\n\"a\": 1}", P::Comment, 1, 3);
    row("block comment", "{\"a\": 1 /* x */}", P::Comment, 1, 9);
    row("comment after colon", "{\"a\": /* x */ 1}", P::Comment, 1, 7);
    row("comment before colon", "{\"a\" /* x */: 1}", P::Comment, 1, 6);
    row("comment after end", "{}\n// end\n", P::Comment, 2, 1);
    row("comment first", "// config\n{}", P::Comment, 1, 1);
    row("unquoted key", "{url: \"x\"}", P::UnquotedKey, 1, 2);
    row("unquoted key after comma", "{\"a\": 1,\n  b: 2}", P::UnquotedKey, 2, 3);
    row("no-break space", "{\xC2\xA0\"a\": 1}", P::UnusualWhitespace, 1, 2);
    row("ideographic space", "[1,\xE3\x80\x80 2]", P::UnusualWhitespace, 1, 4);
    row("BOM in the middle", "[1, \xEF\xBB\xBF" "2]", P::UnusualWhitespace, 1, 5);
    row("windows path", "{\"p\": \"C:\\Program\"}", P::InvalidEscape, 1, 10);
    row("hex escape", "[\"\\x41\"]", P::InvalidEscape, 1, 3);
    row("bad unicode escape", "[\"\\u12G4\"]", P::InvalidEscape, 1, 3);
    row("short unicode escape", "[\"\\u12\"]", P::InvalidEscape, 1, 3);
    row("lone high surrogate", "[\"\\uD800\"]", P::LoneSurrogate, 1, 3);
    row("lone low surrogate", "[\"ab\\uDC00\"]", P::LoneSurrogate, 1, 5);
    row("high surrogate then letter", "[\"\\uD83D\\u0041\"]", P::LoneSurrogate, 1, 3);
    row("raw tab in string", "[\"a\tb\"]", P::ControlCharacterInString, 1, 4);
    row("raw NUL in string", QByteArray("[\"a\0b\"]", 7), P::ControlCharacterInString, 1, 4);
    row("leading zero", "[01]", P::InvalidNumber, 1, 2);
    row("dot without digits", "[1.]", P::InvalidNumber, 1, 2);
    row("leading dot", "[.5]", P::InvalidNumber, 1, 2);
    row("plus sign", "[+1]", P::InvalidNumber, 1, 2);
    row("lone minus", "[-]", P::InvalidNumber, 1, 2);
    row("exponent without digits", "[1e]", P::InvalidNumber, 1, 2);
    row("exponent sign only", "[1e+]", P::InvalidNumber, 1, 2);
    row("hex number", "[0x10]", P::InvalidNumber, 1, 2);
    row("two dots", "[1.2.3]", P::InvalidNumber, 1, 2);
    row("unit suffix", "{\"port\": 8888px}", P::InvalidNumber, 1, 10);
    row("minus infinity", "[-Infinity]", P::InvalidNumber, 1, 2);
    row("True", "[True]", P::InvalidLiteral, 1, 2);
    row("nul", "[nul]", P::InvalidLiteral, 1, 2);
    row("truex", "[truex]", P::InvalidLiteral, 1, 2);
    row("undefined", "{\"a\": undefined}", P::InvalidLiteral, 1, 7);
    row("NaN", "[NaN]", P::InvalidLiteral, 1, 2);
    row("yes", "{\"a\": yes}", P::InvalidLiteral, 1, 7);
    row("two objects", "{} {}", P::ContentAfterEnd, 1, 4);
    row("extra brace", "{\"a\": {}}}", P::ContentAfterEnd, 1, 10);
    row("extra comma at end", "{},", P::ContentAfterEnd, 1, 3);
    row("invalid byte in string", "[\"\xFF\"]", P::InvalidUtf8, 1, 3);
    row("invalid byte outside", "[\xFF]", P::InvalidUtf8, 1, 2);
    row("latin1 umlaut", "{\"a\": \"Gr\xFCn\"}", P::InvalidUtf8, 1, 10);
    row("utf16 bom", "\xFF\xFE{\0", P::InvalidUtf8, 1, 1);
    row("too deep", QByteArray(600, '['), P::NestingTooDeep, 1, 513);
}

void TestJsonParser::syntaxProblems()
{
    QFETCH(QByteArray, input);
    QFETCH(SyntaxProblem, problem);
    QFETCH(int, line);
    QFETCH(int, column);
    const auto result = parseJson(input);
    QVERIFY(!result.ok());
    QVERIFY(result.error);
    QCOMPARE(QString(JsonSyntaxError::problemId(result.error->problem)), QString(JsonSyntaxError::problemId(problem)));
    QCOMPARE(result.error->position, (TextPosition{line, column}));
    QCOMPARE(result.error->position, positionOf(input, result.error->offset));
    QVERIFY(!result.error->message().isEmpty());
}

void TestJsonParser::everyProblemIsTestedAndExplained()
{
    // Each problem kind has a row in syntaxProblems_data (checked by parsing a representative
    // input here), a unique id and its own message.
    const QList<QPair<QByteArray, SyntaxProblem>> representatives = {
        {"", SyntaxProblem::EmptyInput},
        {"[", SyntaxProblem::UnexpectedEnd},
        {"[\"a", SyntaxProblem::UnterminatedString},
        {"[1 @]", SyntaxProblem::UnexpectedCharacter},
        {"[1,]", SyntaxProblem::TrailingComma},
        {"[1 2]", SyntaxProblem::MissingComma},
        {"{\"a\" 1}", SyntaxProblem::MissingColon},
        {"{\"a\":}", SyntaxProblem::MissingValue},
        {"[}", SyntaxProblem::MismatchedBracket},
        {"[\xE2\x80\x9C]", SyntaxProblem::TypographicQuotes},
        {"['a']", SyntaxProblem::SingleQuotes},
        {"[//\n]", SyntaxProblem::Comment},
        {"{a:1}", SyntaxProblem::UnquotedKey},
        {"[\xC2\xA0]", SyntaxProblem::UnusualWhitespace},
        {"[\"\\q\"]", SyntaxProblem::InvalidEscape},
        {"[\"\\uDFFF\"]", SyntaxProblem::LoneSurrogate},
        {"[\"\x01\"]", SyntaxProblem::ControlCharacterInString},
        {"[01]", SyntaxProblem::InvalidNumber},
        {"[nope]", SyntaxProblem::InvalidLiteral},
        {"1 2", SyntaxProblem::ContentAfterEnd},
        {"[\"\xC0\xAF\"]", SyntaxProblem::InvalidUtf8},
        {QByteArray(513, '['), SyntaxProblem::NestingTooDeep},
    };
    QCOMPARE(representatives.size(), allProblems().size());
    QSet<QString> ids;
    QSet<QString> messages;
    for (const auto &[input, problem] : representatives) {
        const auto result = parseJson(input);
        QVERIFY2(result.error, input.constData());
        QCOMPARE(result.error->problem, problem);
        ids.insert(QString(JsonSyntaxError::problemId(problem)));
        messages.insert(result.error->message());
    }
    QCOMPARE(ids.size(), allProblems().size());
    QCOMPARE(messages.size(), allProblems().size());
    QVERIFY(!ids.contains(QStringLiteral("unknown")));
}

void TestJsonParser::unclosedThingsNameTheirOpening()
{
    {
        const auto result = parseJson("{\n   \"kurentoservers\" : [\n      {\"url\": \"x\"}\n");
        QCOMPARE(result.error->problem, SyntaxProblem::UnexpectedEnd);
        QCOMPARE(result.error->openedBy, '[');
        QCOMPARE(result.error->openedPosition, (TextPosition{2, 23}));
        QVERIFY(result.error->message().contains(QStringLiteral("line 2, column 23")));
    }
    {
        const auto result = parseJson("{\"a\": \"abc\n}");
        QCOMPARE(result.error->problem, SyntaxProblem::UnterminatedString);
        QCOMPARE(result.error->openedBy, '"');
        QCOMPARE(result.error->openedPosition, (TextPosition{1, 7}));
        QVERIFY(result.error->message().contains(QStringLiteral("line 1, column 7")));
    }
    {
        const auto result = parseJson("{\"a\": [1, 2}");
        QCOMPARE(result.error->problem, SyntaxProblem::MismatchedBracket);
        QCOMPARE(result.error->openedBy, '[');
        QCOMPARE(result.error->openedPosition, (TextPosition{1, 7}));
    }
    {
        const auto result = parseJson("[1 @]");
        QCOMPARE(result.error->character, U'@');
        QVERIFY(result.error->message().contains(u'@'));
    }
    {
        const auto result = parseJson("{url: 1}");
        QCOMPARE(result.error->found, QStringLiteral("url"));
        QVERIFY(result.error->message().contains(QStringLiteral("\"url\"")));
    }
}

void TestJsonParser::typographicQuoteInsideStringIsBlamed()
{
    // "url” : "ws://…" - the key swallows the typographic quote and ends at the value's quote.
    {
        const QByteArray input = "{\n  \"url\xE2\x80\x9D : \"ws://10.0.0.1:8888/kurento\"\n}";
        const auto result = parseJson(input);
        QCOMPARE(result.error->problem, SyntaxProblem::TypographicQuotes);
        QCOMPARE(result.error->position, (TextPosition{2, 7}));
        QCOMPARE(result.error->character, U'\x201D');
    }
    // A value opened straight and closed typographically runs to the end of the line.
    {
        const QByteArray input = "{\r\n  \"url\" : \"ws://10.0.0.1:8888/kurento\xE2\x80\x9D\r\n}";
        const auto result = parseJson(input);
        QCOMPARE(result.error->problem, SyntaxProblem::TypographicQuotes);
        QCOMPARE(result.error->position, (TextPosition{2, 38}));
    }
    // Balanced typographic quotes inside a text are fine; an unrelated missing comma stays one.
    {
        const QByteArray input = "{\"note\": \"Rack \xE2\x80\x9E" "4\xE2\x80\x9C\" \"b\": 1}";
        const auto result = parseJson(input);
        QCOMPARE(result.error->problem, SyntaxProblem::MissingComma);
        const auto valid = parseJson("{\"note\": \"Rack \xE2\x80\x9E" "4\xE2\x80\x9C\"}");
        QVERIFY(valid.ok());
        QCOMPARE(valid.root->member(u"note")->text, QStringLiteral(u"Rack „4“"));
    }
}

void TestJsonParser::scalarsAndNumbers_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("number");
    QTest::addColumn<QString>("text");
    auto row = [](const char *input, JsonNode::Kind kind, double number, const QString &text) {
        QTest::newRow(input) << QByteArray(input) << int(kind) << number << text;
    };
    row("0", JsonNode::Kind::Number, 0.0, QStringLiteral("0"));
    row("-0", JsonNode::Kind::Number, -0.0, QStringLiteral("-0"));
    row("-0.0", JsonNode::Kind::Number, -0.0, QStringLiteral("-0.0"));
    row("8888", JsonNode::Kind::Number, 8888.0, QStringLiteral("8888"));
    row("2.50", JsonNode::Kind::Number, 2.5, QStringLiteral("2.50"));
    row("1E+2", JsonNode::Kind::Number, 100.0, QStringLiteral("1E+2"));
    row("1e-2", JsonNode::Kind::Number, 0.01, QStringLiteral("1e-2"));
    row("-12.5e1", JsonNode::Kind::Number, -125.0, QStringLiteral("-12.5e1"));
    row("123456789012345678901234567890", JsonNode::Kind::Number, 123456789012345678901234567890.0,
        QStringLiteral("123456789012345678901234567890"));
    row("true", JsonNode::Kind::Bool, 0.0, QString());
    row("false", JsonNode::Kind::Bool, 0.0, QString());
    row("null", JsonNode::Kind::Null, 0.0, QString());
    row(" \"x\" ", JsonNode::Kind::String, 0.0, QStringLiteral("x"));
}

void TestJsonParser::scalarsAndNumbers()
{
    QFETCH(QByteArray, input);
    QFETCH(int, kind);
    QFETCH(double, number);
    QFETCH(QString, text);
    const auto result = parseJson(input);
    QVERIFY(result.ok());
    QCOMPARE(int(result.root->kind), kind);
    if (result.root->isNumber()) {
        QCOMPARE(result.root->number, number);
        QCOMPARE(std::signbit(result.root->number), std::signbit(number));
    }
    if (result.root->isBool())
        QCOMPARE(result.root->boolean, input == "true");
    QCOMPARE(result.root->text, text);
    QCOMPARE(result.root->span, (SourceSpan{input.indexOf(input.trimmed()), input.indexOf(input.trimmed())
                                                                                + input.trimmed().size()}));
}

void TestJsonParser::hugeNumbers()
{
    const auto big = parseJson("[1e400, -1e400, 1e-400, -1e-400, 0.0000e999, 100000e-400000000000]");
    QVERIFY(big.ok());
    const auto &e = big.root->elements;
    QVERIFY(std::isinf(e[0].number) && e[0].number > 0);
    QVERIFY(std::isinf(e[1].number) && e[1].number < 0);
    QCOMPARE(e[2].number, 0.0);
    QVERIFY(std::signbit(e[3].number));
    QCOMPARE(e[4].number, 0.0);
    QCOMPARE(e[5].number, 0.0);
    QCOMPARE(e[0].text, QStringLiteral("1e400"));
}

void TestJsonParser::escapesAndUnicode()
{
    const QByteArray input = "[\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\", \"\\u00e4\\u00C4\", \"\\uD83D\\uDE00\", "
                             "\"\xF0\x9F\x98\x80\", \"Gr\xC3\xBCn\", \"\\u0000\", \"\xEF\xBF\xBF\", \"\"]";
    const auto result = parseJson(input);
    QVERIFY2(result.ok(), result.error ? qPrintable(result.error->message()) : "");
    const auto &e = result.root->elements;
    QCOMPARE(e.size(), size_t(8));
    QCOMPARE(e[0].text, QStringLiteral("a\"b\\c/d\b\f\n\r\t"));
    QCOMPARE(e[1].text, QStringLiteral(u"äÄ"));
    QCOMPARE(e[2].text, QString::fromUcs4(U"\U0001F600", 1));
    QCOMPARE(e[3].text, e[2].text);
    QCOMPARE(e[4].text, QStringLiteral(u"Grün"));
    QCOMPARE(e[5].text, QString(QChar(u'\0')));
    QCOMPARE(e[6].text, QString(QChar(0xFFFF)));
    QVERIFY(e[7].text.isEmpty());
    // Spans include the quotes and count bytes.
    QCOMPARE(input.mid(e[4].span.begin, e[4].span.length()), QByteArray("\"Gr\xC3\xBCn\""));
}

void TestJsonParser::bomIsSkippedButCounted()
{
    const QByteArray input = "\xEF\xBB\xBF{\"a\": 1}";
    const auto result = parseJson(input);
    QVERIFY(result.ok());
    QCOMPARE(result.root->span, (SourceSpan{3, input.size()}));
    QCOMPARE(result.root->members[0].keySpan, (SourceSpan{4, 7}));
    QCOMPARE(positionOf(input, 3), (TextPosition{1, 1}));
    QCOMPARE(positionOf(input, 4), (TextPosition{1, 2}));
    // A second BOM is not whitespace.
    QVERIFY(!parseJson("\xEF\xBB\xBF\xEF\xBB\xBF{}").ok());
}

void TestJsonParser::duplicateKeysAreKept()
{
    const auto result = parseJson("{\"a\": 1, \"b\": 2, \"a\": 3, \"\\u0061\": 4}");
    QVERIFY(result.ok());
    const auto &members = result.root->members;
    QCOMPARE(members.size(), size_t(4));
    QCOMPARE(members[0].key, QStringLiteral("a"));
    QCOMPARE(members[1].key, QStringLiteral("b"));
    QCOMPARE(members[3].key, QStringLiteral("a"));
    QCOMPARE(result.root->memberCount(u"a"), 3);
    QCOMPARE(result.root->memberCount(QLatin1StringView("a")), 3);
    QCOMPARE(result.root->member(u"a")->number, 1.0);
    QCOMPARE(result.root->findMember(u"a")->keySpan, (SourceSpan{1, 4}));
    QCOMPARE(members[3].keySpan, (SourceSpan{25, 33}));
}

void TestJsonParser::memberLookup()
{
    const auto result = parseJson("{\"kurento\\u0073ervers\": [], \"x\": {\"y\": null}}");
    QVERIFY(result.ok());
    QVERIFY(result.root->member(u"kurentoservers"));
    QVERIFY(result.root->member(QLatin1StringView("kurentoservers"))->isArray());
    QVERIFY(!result.root->member(u"y"));
    QVERIFY(!result.root->member(u"KurentoServers"));
    QVERIFY(result.root->member(u"x")->member(u"y")->isNull());
    QCOMPARE(result.root->memberCount(u"nothing"), 0);
}

void TestJsonParser::spansOfNestedValues()
{
    const QByteArray input = "{ \"a\" : [ 1 , { \"b\" : \"c\" } , [ ] ] }";
    const auto result = parseJson(input);
    QVERIFY(result.ok());
    const JsonNode &a = *result.root->member(u"a");
    QCOMPARE(input.mid(a.span.begin, a.span.length()), QByteArray("[ 1 , { \"b\" : \"c\" } , [ ] ]"));
    QCOMPARE(input.mid(a.elements[0].span.begin, a.elements[0].span.length()), QByteArray("1"));
    QCOMPARE(input.mid(a.elements[1].span.begin, a.elements[1].span.length()), QByteArray("{ \"b\" : \"c\" }"));
    QCOMPARE(input.mid(a.elements[2].span.begin, a.elements[2].span.length()), QByteArray("[ ]"));
    const auto &b = a.elements[1].members[0];
    QCOMPARE(input.mid(b.keySpan.begin, b.keySpan.length()), QByteArray("\"b\""));
    QCOMPARE(input.mid(b.value.span.begin, b.value.span.length()), QByteArray("\"c\""));
    int checked = 0;
    checkSpansRecursively(input, *result.root, checked);
    QCOMPARE(checked, 6);
}

void TestJsonParser::valueEqualsIgnoresFormatting()
{
    const auto a = parseJson("{\"a\": [1, 2.0, \"x\", true, null, {}]}");
    const auto b = parseJson("{\n\t\"a\" : [ 1.0 , 2 , \"\\u0078\" , true , null , { } ]\n}");
    const auto c = parseJson("{\"a\": [1, 2.0, \"x\", false, null, {}]}");
    const auto d = parseJson("{\"a\": [1, 2.0, \"x\", true, null]}");
    QVERIFY(a.ok() && b.ok() && c.ok() && d.ok());
    QVERIFY(a.root->valueEquals(*b.root));
    QVERIFY(!a.root->valueEquals(*c.root));
    QVERIFY(!a.root->valueEquals(*d.root));
    QVERIFY(!JsonNode::kindName(JsonNode::Kind::Object).isEmpty());
    QVERIFY(JsonNode::kindName(JsonNode::Kind::Object) != JsonNode::kindName(JsonNode::Kind::Array));
}

void TestJsonParser::positionOfCountsCharacters()
{
    const QByteArray input = "ab\r\ncd\nef\rg\xC3\xBCh\t\xF0\x9F\x98\x80x";
    QCOMPARE(positionOf(input, 0), (TextPosition{1, 1}));
    QCOMPARE(positionOf(input, 1), (TextPosition{1, 2}));
    QCOMPARE(positionOf(input, 4), (TextPosition{2, 1}));  // after CRLF
    QCOMPARE(positionOf(input, 7), (TextPosition{3, 1}));  // after LF
    QCOMPARE(positionOf(input, 10), (TextPosition{4, 1})); // after a lone CR
    QCOMPARE(positionOf(input, 13), (TextPosition{4, 3})); // after g and ü (2 bytes, 1 character)
    QCOMPARE(positionOf(input, 15), (TextPosition{4, 5})); // after h and the tab
    QCOMPARE(positionOf(input, 19), (TextPosition{4, 6})); // after a 4-byte character
    QCOMPARE(positionOf(input, 1000), (TextPosition{4, 7})); // clamped to the end
    QCOMPARE(positionOf(input, -5), (TextPosition{1, 1}));
}

void TestJsonParser::positionIndexAgreesWithPositionOf()
{
    QStringList names = test::validSamples() + test::brokenSamples();
    QByteArray mixed = "\xEF\xBB\xBF{\r\n\"a\"\r:\n\"\xC3\xA4\"}\r\n\r";
    for (const QString &name : names) {
        const QByteArray bytes = test::readSample(name);
        const TextPositionIndex index(bytes);
        for (qsizetype offset = 0; offset <= bytes.size(); ++offset)
            QCOMPARE(index.positionOf(offset), positionOf(bytes, offset));
    }
    const TextPositionIndex index(mixed);
    for (qsizetype offset = 0; offset <= mixed.size(); ++offset)
        QCOMPARE(index.positionOf(offset), positionOf(mixed, offset));
    QCOMPARE(index.lineCount(), 6);
}

void TestJsonParser::offsetOfRoundTrips()
{
    for (const QString &name : test::validSamples() + test::brokenSamples()) {
        const QByteArray bytes = test::readSample(name);
        const TextPositionIndex index(bytes);
        for (qsizetype offset = 0; offset <= bytes.size(); ++offset) {
            const uchar c = uchar(offset < bytes.size() ? bytes[offset] : 0);
            const bool lfOfCrLf = c == '\n' && offset > 0 && bytes[offset - 1] == '\r';
            if ((c & 0xC0) == 0x80 || lfOfCrLf || (offset < 3 && bytes.startsWith("\xEF\xBB\xBF")))
                continue; // inside a character, or the LF of a CRLF (same position as its CR)
            QCOMPARE(index.offsetOf(index.positionOf(offset)), offset);
        }
        QCOMPARE(index.offsetOf({index.lineCount() + 5, 1}), bytes.size());
    }
    const TextPositionIndex index(QByteArray("ab\r\ncd"));
    QCOMPARE(index.offsetOf({1, 99}), qsizetype(2)); // past the end of line 1: before its CRLF
    QCOMPARE(index.lineStart(2), qsizetype(4));
}

void TestJsonParser::deepNestingIsRefused()
{
    const QByteArray arrays(100000, '[');
    auto result = parseJson(arrays);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->problem, SyntaxProblem::NestingTooDeep);

    const QByteArray closedArrays = QByteArray(100000, '[') + QByteArray(100000, ']');
    result = parseJson(closedArrays);
    QCOMPARE(result.error->problem, SyntaxProblem::NestingTooDeep);

    QByteArray objects;
    for (int i = 0; i < 100000; ++i)
        objects += "{\"a\":";
    result = parseJson(objects);
    QCOMPARE(result.error->problem, SyntaxProblem::NestingTooDeep);

    // A caller may choose a higher limit, within a safe maximum.
    result = parseJson(closedArrays, 1000000);
    QCOMPARE(result.error->problem, SyntaxProblem::NestingTooDeep);
    QCOMPARE(result.error->offset, qsizetype(1024));
}

void TestJsonParser::nestingLimitIsExact()
{
    const QByteArray ok = QByteArray(512, '[') + QByteArray(512, ']');
    QVERIFY(parseJson(ok).ok());
    const QByteArray tooDeep = QByteArray(513, '[') + QByteArray(513, ']');
    QCOMPARE(parseJson(tooDeep).error->offset, qsizetype(512));
    QVERIFY(parseJson(QByteArray(QByteArray(3, '[') + QByteArray(3, ']')), 3).ok());
    QVERIFY(!parseJson(QByteArray(QByteArray(4, '[') + QByteArray(4, ']')), 3).ok());
}

void TestJsonParser::hugeStrings()
{
    const qsizetype length = 16 * 1024 * 1024;
    QByteArray input;
    input.reserve(length + 4);
    input += "[\"";
    input += QByteArray(length, 'a');
    input += "\"]";
    auto result = parseJson(input);
    QVERIFY(result.ok());
    QCOMPARE(result.root->elements[0].text.size(), length);

    // The same with escapes and multi-byte characters (the slow path).
    QByteArray escaped = "[\"";
    for (int i = 0; i < 200000; ++i)
        escaped += "\\n\\u00e4\xC3\xBC\xF0\x9F\x98\x80";
    escaped += "\"]";
    result = parseJson(escaped);
    QVERIFY(result.ok());
    QCOMPARE(result.root->elements[0].text.size(), qsizetype(200000) * 5);

    // Unterminated huge string: an error, not a crash.
    input.chop(2);
    result = parseJson(input);
    QCOMPARE(result.error->problem, SyntaxProblem::UnterminatedString);
    QCOMPARE(result.error->openedAt, qsizetype(1));
}

void TestJsonParser::invalidUtf8Variants_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("lone continuation") << QByteArray("\x80");
    QTest::newRow("overlong slash") << QByteArray("\xC0\xAF");
    QTest::newRow("overlong 3 bytes") << QByteArray("\xE0\x80\xAF");
    QTest::newRow("overlong 4 bytes") << QByteArray("\xF0\x80\x80\xAF");
    QTest::newRow("encoded surrogate") << QByteArray("\xED\xA0\x80");
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80");
    QTest::newRow("F5 lead") << QByteArray("\xF5\x80\x80\x80");
    QTest::newRow("truncated 3 bytes") << QByteArray("\xE2\x82");
    QTest::newRow("truncated then quote") << QByteArray("\xE2\"");
    QTest::newRow("FE") << QByteArray("\xFE");
}

void TestJsonParser::invalidUtf8Variants()
{
    QFETCH(QByteArray, bytes);
    const QByteArray inString = "[\"ok" + bytes + "\"]";
    auto result = parseJson(inString);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->problem, SyntaxProblem::InvalidUtf8);
    QCOMPARE(result.error->offset, qsizetype(4));
    const QByteArray outside = "[1, " + bytes + "]";
    result = parseJson(outside);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->problem, SyntaxProblem::InvalidUtf8);
    QCOMPARE(result.error->offset, qsizetype(4));
}

void TestJsonParser::loneSurrogates_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("high at end") << QByteArray("[\"\\uD800\"]");
    QTest::newRow("high high") << QByteArray("[\"\\uD800\\uD800\"]");
    QTest::newRow("low alone") << QByteArray("[\"\\uDFFF\"]");
    QTest::newRow("low before high") << QByteArray("[\"\\uDC00\\uD800\"]");
    QTest::newRow("high then text") << QByteArray("[\"\\uDBFFabcdef\"]");
    QTest::newRow("high then short") << QByteArray("[\"\\uD800\\u\"]");
    QTest::newRow("in key") << QByteArray("{\"\\uD800\": 1}");
}

void TestJsonParser::loneSurrogates()
{
    QFETCH(QByteArray, input);
    const auto result = parseJson(input);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->problem, SyntaxProblem::LoneSurrogate);
    QCOMPARE(input[result.error->offset], '\\');
}

void TestJsonParser::truncatedSamplesNeverCrash()
{
    for (const QString &name : test::validSamples()) {
        const QByteArray bytes = test::readSample(name);
        for (qsizetype length = 0; length < bytes.size(); ++length) {
            const QByteArray prefix = bytes.left(length);
            const auto result = parseJson(prefix);
            // Every proper prefix of an object is incomplete: an error, exactly one of the two.
            QVERIFY(result.ok() != result.error.has_value());
            QVERIFY2(!result.ok() || prefix.trimmed().endsWith('}'), qPrintable(name));
            if (result.error) {
                QVERIFY(result.error->offset >= 0 && result.error->offset <= prefix.size());
                QVERIFY(!result.error->message().isEmpty());
            }
        }
    }
}

void TestJsonParser::randomMutationsNeverCrash()
{
    QRandomGenerator random(20260326);
    const QByteArray alphabet = "{}[],:\"\\ \t\r\n0123456789-+.eEtrufalsn'/*\xC2\xA0\xE2\x80\x9C\xFF\x80";
    int errors = 0;
    int oks = 0;
    for (const QString &name : test::validSamples()) {
        const QByteArray original = test::readSample(name);
        for (int round = 0; round < 400; ++round) {
            QByteArray bytes = original;
            const int edits = 1 + random.bounded(4);
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = random.bounded(bytes.size());
                switch (random.bounded(3)) {
                case 0:
                    bytes.remove(at, 1);
                    break;
                case 1:
                    bytes.insert(at, alphabet[random.bounded(alphabet.size())]);
                    break;
                default:
                    bytes[at] = alphabet[random.bounded(alphabet.size())];
                    break;
                }
            }
            const auto result = parseJson(bytes);
            QVERIFY(result.ok() != result.error.has_value());
            if (result.ok()) {
                ++oks;
                int checked = 0;
                checkSpansRecursively(bytes, *result.root, checked);
            } else {
                ++errors;
                QVERIFY(result.error->offset >= 0 && result.error->offset <= bytes.size());
                QCOMPARE(result.error->position, positionOf(bytes, result.error->offset));
            }
        }
    }
    QVERIFY(errors > 0);
    QVERIFY(oks > 0);
}

QTEST_GUILESS_MAIN(TestJsonParser)
#include "tst_jsonparser.moc"
