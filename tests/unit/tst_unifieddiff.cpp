#include "models/unifieddiff.h"
#include "testsamples.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QRandomGenerator>
#include <QTest>
#include <iterator>

using namespace ucmc;

namespace {

QByteArray diff(const QByteArray &before, const QByteArray &after)
{
    return UnifiedDiff::format(before, after, QStringLiteral("a/x"), QStringLiteral("b/x"));
}

QList<QByteArray> linesOf(const QByteArray &text)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype newline = text.indexOf('\n', start);
        const qsizetype end = newline < 0 ? text.size() : newline + 1;
        lines << text.mid(start, end - start);
        start = end;
    }
    return lines;
}

// Applies the hunks to before, the way patch would, checking every context and removed line.
QByteArray applyHunks(const QByteArray &before, const std::vector<DiffHunk> &hunks)
{
    const QList<QByteArray> old = linesOf(before);
    QByteArray out;
    int next = 0; // 0-based index of the next old line to copy
    for (const DiffHunk &hunk : hunks) {
        const int first = hunk.oldCount > 0 ? hunk.oldStart - 1 : hunk.oldStart;
        if (first < next)
            qFatal("hunks overlap");
        while (next < first)
            out += old[next++];
        for (const DiffLine &line : hunk.lines) {
            if (line.kind != DiffLine::Kind::Added) {
                if (old.value(next) != line.text || line.oldLine != next + 1)
                    qFatal("hunk does not match the old text at line %d", next + 1);
                ++next;
            }
            if (line.kind != DiffLine::Kind::Removed)
                out += line.text;
        }
    }
    while (next < old.size())
        out += old[next++];
    return out;
}

// The fewest removed + added lines any diff can have: n + m - 2 * LCS.
int minimalChanges(const QList<QByteArray> &a, const QList<QByteArray> &b)
{
    std::vector<std::vector<int>> lcs(size_t(a.size() + 1), std::vector<int>(size_t(b.size() + 1), 0));
    for (qsizetype i = a.size() - 1; i >= 0; --i)
        for (qsizetype j = b.size() - 1; j >= 0; --j)
            lcs[size_t(i)][size_t(j)] =
                a[i] == b[j] ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                             : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
    return int(a.size() + b.size() - 2 * lcs[0][0]);
}

int changes(const std::vector<DiffHunk> &hunks)
{
    int count = 0;
    for (const auto &hunk : hunks)
        for (const auto &line : hunk.lines)
            count += line.kind != DiffLine::Kind::Context;
    return count;
}

QByteArray randomText(QRandomGenerator &random, int lines, int alphabet)
{
    QByteArray text;
    for (int i = 0; i < lines; ++i)
        text += "line " + QByteArray::number(random.bounded(alphabet)) +
                (random.bounded(10) == 0 ? "\r\n" : "\n");
    if (random.bounded(4) == 0 && !text.isEmpty())
        text.chop(1);
    return text;
}

QByteArray mutate(QRandomGenerator &random, const QByteArray &text, int edits, int alphabet)
{
    QList<QByteArray> lines = linesOf(text);
    for (int e = 0; e < edits; ++e) {
        const int kind = random.bounded(3);
        const int at = lines.isEmpty() ? 0 : random.bounded(int(lines.size()));
        if (kind == 0 || lines.isEmpty())
            lines.insert(at, "new " + QByteArray::number(random.bounded(alphabet)) + "\n");
        else if (kind == 1)
            lines.removeAt(at);
        else
            lines[at] = "changed " + QByteArray::number(random.bounded(alphabet)) + "\n";
    }
    QByteArray out = lines.join();
    if (random.bounded(5) == 0 && out.endsWith('\n'))
        out.chop(1);
    return out;
}

// A one-line ("minified") configuration of at least `size` characters, no line break at the end.
QByteArray minifiedConfig(int size = 5000)
{
    QByteArray out = "{\"listen\":{\"http\":7224,\"https\":7225},\"kurentoservers\":[";
    for (int i = 10; out.size() < size; ++i) {
        if (i > 10)
            out += ',';
        out += "{\"url\":\"ws://10.21.3." + QByteArray::number(i) +
               ":8888/kurento\",\"candkillipv6\":0,\"candkilltcp\":0,\"candonlyturn\":0}";
    }
    return out + "]}";
}

std::vector<ReadableDiffLine> readableLines(const QByteArray &before, const QByteArray &after)
{
    return UnifiedDiff::readableLines(UnifiedDiff::compute(before, after), QStringLiteral("a/x"),
                                      QStringLiteral("b/x"));
}

QString readable(const QByteArray &before, const QByteArray &after)
{
    return UnifiedDiff::readable(before, after, QStringLiteral("a/x"), QStringLiteral("b/x"));
}

QStringList textsOf(const ReadableDiffLine &line, const std::vector<ReadableDiffLine::Range> &ranges)
{
    QStringList texts;
    for (const auto &range : ranges)
        texts << line.text.mid(range.start, range.length);
    return texts;
}

std::vector<ReadableDiffLine> linesOfKind(const std::vector<ReadableDiffLine> &lines,
                                          ReadableDiffLine::Kind kind)
{
    std::vector<ReadableDiffLine> out;
    std::copy_if(lines.begin(), lines.end(), std::back_inserter(out),
                 [kind](const ReadableDiffLine &line) { return line.kind == kind; });
    return out;
}

// Nothing a person cannot read: no control character, no replacement character, no format character.
bool allShowable(const QString &text)
{
    const QList<uint> codePoints = text.toUcs4();
    for (const uint c : codePoints) {
        if (c == '\n' || c == '\t')
            continue;
        if (!QChar::isPrint(char32_t(c)) || c == QChar::ReplacementCharacter || c == 0x240D || c == 0x240A)
            return false;
    }
    return true;
}

} // namespace

class TestUnifiedDiff : public QObject
{
    Q_OBJECT

private slots:
    void equalTextsGiveNothing();
    void hunksWithThreeLinesOfContext();
    void nearbyChangesShareAHunk();
    void missingFinalNewline();
    void emptySides();
    void crlfIsShownFaithfully();
    void editOfASample();
    void lineNumbers();
    void propertyPatchAndMinimality();
    void veryDifferentTextsStayFast();
    void parseReadsFormatBack();
    void parseRejectsOtherText();
    void readableCrlfFileShowsNoCarriageReturn();
    void readableNamesLineEndChanges();
    void readableLfFileLooksLikeDiff();
    void readableMissingFinalNewline();
    void readableIntraLineChanges();
    void readableLongLineShowsOnlyTheChange();
    void readableLongLineWithChangesFarApart();
    void readableLongUnpairedLineIsShortened();
    void readableNamesWhatCannotBeShown();
    void readableVeryLongDifferentLinesStayFast();
};

void TestUnifiedDiff::equalTextsGiveNothing()
{
    QVERIFY(diff("a\nb\n", "a\nb\n").isEmpty());
    QVERIFY(diff("", "").isEmpty());
    QVERIFY(UnifiedDiff::compute("x", "x").empty());
}

void TestUnifiedDiff::hunksWithThreeLinesOfContext()
{
    // The same output as GNU diff -u.
    QCOMPARE(diff("a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\n", "a\nB\nc\nd\ne\nf\ng\nh\ni\nJ\nk\nl\nm\n"),
             QByteArray("--- a/x\n+++ b/x\n"
                        "@@ -1,5 +1,5 @@\n a\n-b\n+B\n c\n d\n e\n"
                        "@@ -7,7 +7,7 @@\n g\n h\n i\n-j\n+J\n k\n l\n m\n"));
}

void TestUnifiedDiff::nearbyChangesShareAHunk()
{
    QCOMPARE(diff("a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\n", "a\nB\nc\nd\ne\nf\ng\nh\nI\nj\nk\nl\nm\n"),
             QByteArray("--- a/x\n+++ b/x\n"
                        "@@ -1,12 +1,12 @@\n a\n-b\n+B\n c\n d\n e\n f\n g\n h\n-i\n+I\n j\n k\n l\n"));
}

void TestUnifiedDiff::missingFinalNewline()
{
    QCOMPARE(
        diff("one\ntwo", "one\ntwo\n"),
        QByteArray("--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n one\n-two\n\\ No newline at end of file\n+two\n"));
    QCOMPARE(diff("one\n", "one\ntwo"),
             QByteArray("--- a/x\n+++ b/x\n@@ -1 +1,2 @@\n one\n+two\n\\ No newline at end of file\n"));
    // Unchanged last line without newline, as context.
    QCOMPARE(diff("a\nz", "b\nz"),
             QByteArray("--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n-a\n+b\n z\n\\ No newline at end of file\n"));
}

void TestUnifiedDiff::emptySides()
{
    QCOMPARE(diff("", "x\ny\n"), QByteArray("--- a/x\n+++ b/x\n@@ -0,0 +1,2 @@\n+x\n+y\n"));
    QCOMPARE(diff("x\ny\n", ""), QByteArray("--- a/x\n+++ b/x\n@@ -1,2 +0,0 @@\n-x\n-y\n"));
}

void TestUnifiedDiff::crlfIsShownFaithfully()
{
    QCOMPARE(diff("a\r\nb\r\n", "a\r\nc\r\n"),
             QByteArray("--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n a\r\n-b\r\n+c\r\n"));
    // A change of line endings is a change of the line.
    QCOMPARE(diff("a\r\n", "a\n"), QByteArray("--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a\r\n+a\n"));
}

void TestUnifiedDiff::editOfASample()
{
    const QByteArray before = test::readSample(QStringLiteral("example1-two-remote.json"));
    QByteArray after = before;
    after.replace("ws://10.21.3.12:8888", "wss://10.21.3.12:8433");
    QCOMPARE(UnifiedDiff::format(before, after, QStringLiteral("a/eucwebconfig.json"),
                                 QStringLiteral("b/eucwebconfig.json")),
             QByteArray("--- a/eucwebconfig.json\n+++ b/eucwebconfig.json\n@@ -11,7 +11,7 @@\n"
                        "          \"candonlyturn\": 0\r\n"
                        "       },\r\n"
                        "       {\r\n"
                        "-         \"url\": \"ws://10.21.3.12:8888/kurento\",\r\n"
                        "+         \"url\": \"wss://10.21.3.12:8433/kurento\",\r\n"
                        "          \"candkillipv6\": 0,\r\n"
                        "          \"candkilltcp\": 0,\r\n"
                        "          \"candonlyturn\": 0\r\n"));
}

void TestUnifiedDiff::lineNumbers()
{
    const auto hunks = UnifiedDiff::compute("a\nb\nc\n", "a\nx\ny\nc\n");
    QCOMPARE(hunks.size(), size_t(1));
    QCOMPARE(hunks[0].header(), QByteArray("@@ -1,3 +1,4 @@"));
    const auto &lines = hunks[0].lines;
    QCOMPARE(lines.size(), size_t(5));
    QCOMPARE(lines[0].oldLine, 1);
    QCOMPARE(lines[0].newLine, 1);
    QCOMPARE(lines[1].kind, DiffLine::Kind::Removed);
    QCOMPARE(lines[1].oldLine, 2);
    QCOMPARE(lines[1].newLine, 0);
    QCOMPARE(lines[2].kind, DiffLine::Kind::Added);
    QCOMPARE(lines[2].newLine, 2);
    QCOMPARE(lines[3].newLine, 3);
    QCOMPARE(lines[4].oldLine, 3);
    QCOMPARE(lines[4].newLine, 4);
}

void TestUnifiedDiff::propertyPatchAndMinimality()
{
    QRandomGenerator random(20261126);
    for (int round = 0; round < 600; ++round) {
        const int alphabet = 2 + random.bounded(8);
        const QByteArray before = randomText(random, random.bounded(40), alphabet);
        const QByteArray after = round % 3 == 0 ? randomText(random, random.bounded(40), alphabet)
                                                : mutate(random, before, random.bounded(8), alphabet);
        const auto hunks = UnifiedDiff::compute(before, after);
        QCOMPARE(applyHunks(before, hunks), after);
        QCOMPARE(changes(hunks), minimalChanges(linesOf(before), linesOf(after)));
        QCOMPARE(hunks.empty(), before == after);
        for (const auto &hunk : hunks) {
            // At most 3 unchanged lines at either end of a hunk.
            int leading = 0;
            while (leading < int(hunk.lines.size()) &&
                   hunk.lines[size_t(leading)].kind == DiffLine::Kind::Context)
                ++leading;
            QVERIFY(leading <= 3);
        }
    }
}

void TestUnifiedDiff::veryDifferentTextsStayFast()
{
    QByteArray a, b;
    for (int i = 0; i < 30000; ++i) {
        a += "old line " + QByteArray::number(i) + "\n";
        b += "new line " + QByteArray::number(i) + "\n";
    }
    QElapsedTimer timer;
    timer.start();
    const auto hunks = UnifiedDiff::compute(a, b);
    qInfo("30000 lines, all different: %lld ms", static_cast<long long>(timer.elapsed()));
    QCOMPARE(applyHunks(a, hunks), b);
    // A few changes in a large text stay minimal.
    QByteArray c = a;
    c.replace("old line 15000\n", "changed\n");
    const auto few = UnifiedDiff::compute(a, c);
    QCOMPARE(changes(few), 2);
}

void TestUnifiedDiff::parseReadsFormatBack()
{
    QRandomGenerator random(20260412);
    for (int round = 0; round < 300; ++round) {
        const int alphabet = 2 + random.bounded(8);
        const QByteArray before = randomText(random, random.bounded(40), alphabet);
        const QByteArray after = mutate(random, before, random.bounded(8), alphabet);
        const auto hunks = UnifiedDiff::compute(before, after);
        const auto parsed =
            UnifiedDiff::parse(UnifiedDiff::format(hunks, QStringLiteral("a/x y"), QStringLiteral("b/x")));
        QVERIFY(parsed);
        if (!hunks.empty()) {
            QCOMPARE(parsed->oldLabel, QStringLiteral("a/x y"));
            QCOMPARE(parsed->newLabel, QStringLiteral("b/x"));
        }
        QCOMPARE(parsed->hunks.size(), hunks.size());
        for (size_t h = 0; h < hunks.size(); ++h) {
            const DiffHunk &want = hunks[h], &got = parsed->hunks[h];
            QCOMPARE(got.header(), want.header());
            QCOMPARE(got.lines.size(), want.lines.size());
            for (size_t l = 0; l < want.lines.size(); ++l) {
                QCOMPARE(got.lines[l].kind, want.lines[l].kind);
                QCOMPARE(got.lines[l].text, want.lines[l].text);
                QCOMPARE(got.lines[l].oldLine, want.lines[l].oldLine);
                QCOMPARE(got.lines[l].newLine, want.lines[l].newLine);
            }
        }
    }
    // An empty diff is no hunks.
    const auto empty = UnifiedDiff::parse("");
    QVERIFY(empty && empty->hunks.empty());
}

void TestUnifiedDiff::parseRejectsOtherText()
{
    QVERIFY(!UnifiedDiff::parse("hello\n"));
    QVERIFY(!UnifiedDiff::parse("--- a\n+++ b\n a\n"));              // a line before any hunk
    QVERIFY(!UnifiedDiff::parse("--- a\n+++ b\n@@ -1 +x @@\n a\n")); // a bad range
    QVERIFY(!UnifiedDiff::parse("--- a\n+++ b\n@@ -1 +1 @@\n*a\n"));
}

void TestUnifiedDiff::readableCrlfFileShowsNoCarriageReturn()
{
    const QByteArray before = test::readSample(QStringLiteral("example1-two-remote.json"));
    QVERIFY(before.contains("\r\n"));
    QByteArray after = before;
    after.replace("ws://10.21.3.12:8888", "wss://10.21.3.12:8433");
    const QString text = UnifiedDiff::readable(before, after, QStringLiteral("a/eucwebconfig.json"),
                                               QStringLiteral("b/eucwebconfig.json"));
    QVERIFY(allShowable(text));
    // The line ends are named once, at the labels; the lines are as a reviewer knows them.
    QCOMPARE(text, QStringLiteral("--- a/eucwebconfig.json  [line ends: CRLF]\n"
                                  "+++ b/eucwebconfig.json  [line ends: CRLF]\n"
                                  "@@ -11,7 +11,7 @@\n"
                                  "          \"candonlyturn\": 0\n"
                                  "       },\n"
                                  "       {\n"
                                  "-         \"url\": \"ws://10.21.3.12:8888/kurento\",\n"
                                  "+         \"url\": \"wss://10.21.3.12:8433/kurento\",\n"
                                  "          \"candkillipv6\": 0,\n"
                                  "          \"candkilltcp\": 0,\n"
                                  "          \"candonlyturn\": 0\n"));
    // format() is unchanged: byte-exact for patch tools.
    QVERIFY(
        UnifiedDiff::format(before, after, QStringLiteral("a/x"), QStringLiteral("b/x")).contains("\r\n"));
}

void TestUnifiedDiff::readableNamesLineEndChanges()
{
    // One line loses its CR: that pair is tagged, the tags count as the change.
    QCOMPARE(readable("a\r\nb\r\nc\r\n", "a\r\nb\nc\r\n"),
             QStringLiteral("--- a/x  [line ends: CRLF]\n+++ b/x  [line ends: CRLF and LF mixed]\n"
                            "@@ -1,3 +1,3 @@\n a\n-b [CRLF]\n+b [LF]\n c\n"));
    const auto lines = readableLines("a\r\nb\r\nc\r\n", "a\r\nb\nc\r\n");
    const auto removed = linesOfKind(lines, ReadableDiffLine::Kind::Removed);
    const auto added = linesOfKind(lines, ReadableDiffLine::Kind::Added);
    QCOMPARE(removed.size(), size_t(1));
    QCOMPARE(textsOf(removed[0], removed[0].changed), QStringList{QStringLiteral("[CRLF]")});
    QCOMPARE(textsOf(removed[0], removed[0].annotations), QStringList{QStringLiteral("[CRLF]")});
    QCOMPARE(textsOf(added[0], added[0].changed), QStringList{QStringLiteral("[LF]")});
    QCOMPARE(removed[0].oldLine, 2);
    QCOMPARE(added[0].newLine, 2);
    QCOMPARE(textsOf(lines[1], lines[1].changed),
             QStringList{QStringLiteral("[line ends: CRLF and LF mixed]")});

    // A whole file converted: named at the labels and at every line.
    QCOMPARE(readable("a\r\nb\r\n", "a\nb\n"),
             QStringLiteral("--- a/x  [line ends: CRLF]\n+++ b/x  [line ends: LF]\n"
                            "@@ -1,2 +1,2 @@\n-a [CRLF]\n-b [CRLF]\n+a [LF]\n+b [LF]\n"));
    // One CRLF line in an LF file.
    QCOMPARE(readable("a\nb\nc\n", "a\nB\r\nc\n"),
             QStringLiteral("--- a/x  [line ends: LF]\n+++ b/x  [line ends: CRLF and LF mixed]\n"
                            "@@ -1,3 +1,3 @@\n a\n-b [LF]\n+B [CRLF]\n c\n"));
    // A mixed file whose unchanged lines differ from the rest.
    QCOMPARE(
        readable("a\r\nb\nc\r\nd\r\n", "a\r\nb\nc\r\nD\r\n"),
        QStringLiteral("--- a/x  [line ends: CRLF and LF mixed]\n+++ b/x  [line ends: CRLF and LF mixed]\n"
                       "@@ -1,4 +1,4 @@\n a\n b [LF]\n c\n-d\n+D\n"));
}

void TestUnifiedDiff::readableLfFileLooksLikeDiff()
{
    QCOMPARE(readable("a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\n", "a\nB\nc\nd\ne\nf\ng\nh\ni\nJ\nk\nl\nm\n"),
             QStringLiteral("--- a/x\n+++ b/x\n"
                            "@@ -1,5 +1,5 @@\n a\n-b\n+B\n c\n d\n e\n"
                            "@@ -7,7 +7,7 @@\n g\n h\n i\n-j\n+J\n k\n l\n m\n"));
    QVERIFY(readable("a\n", "a\n").isEmpty());
    QVERIFY(UnifiedDiff::readableLines({}, QStringLiteral("a"), QStringLiteral("b")).empty());
}

void TestUnifiedDiff::readableMissingFinalNewline()
{
    QCOMPARE(readable("a\r\nb", "a\r\nc"),
             QStringLiteral("--- a/x  [line ends: CRLF]\n+++ b/x  [line ends: CRLF]\n@@ -1,2 +1,2 @@\n a\n"
                            "-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n"));
    const auto lines = readableLines("one\n", "one\ntwo");
    QCOMPARE(lines.back().kind, ReadableDiffLine::Kind::Note);
}

void TestUnifiedDiff::readableIntraLineChanges()
{
    const auto lines = readableLines("  \"url\": \"ws://h:8888/kurento\",\n  \"x\": 1\n",
                                     "  \"url\": \"wss://h:8433/kurento\",\n  \"x\": 1\n");
    const auto removed = linesOfKind(lines, ReadableDiffLine::Kind::Removed);
    const auto added = linesOfKind(lines, ReadableDiffLine::Kind::Added);
    QCOMPARE(removed.size(), size_t(1));
    QCOMPARE(removed[0].text, QStringLiteral("-  \"url\": \"ws://h:8888/kurento\","));
    QCOMPARE(textsOf(removed[0], removed[0].changed),
             (QStringList{QStringLiteral("ws"), QStringLiteral("8888")}));
    QCOMPARE(textsOf(added[0], added[0].changed),
             (QStringList{QStringLiteral("wss"), QStringLiteral("8433")}));
    QVERIFY(removed[0].annotations.empty());
    QCOMPARE(UnifiedDiff::readableText(lines, true),
             QStringLiteral("--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n"
                            "-  \"url\": \"[-ws-]://h:[-8888-]/kurento\",\n"
                            "+  \"url\": \"{+wss+}://h:{+8433+}/kurento\",\n"
                            "   \"x\": 1\n"));
    // Lines with little in common: no intra-line changes, the whole line is the change.
    const auto different = readableLines("alpha beta gamma\n", "one two three\n");
    for (const auto &line : different)
        QVERIFY(line.changed.empty());
    // A comma added: only the comma.
    const auto comma = readableLines("   }\n", "   },\n");
    QCOMPARE(textsOf(comma[4], comma[4].changed), QStringList{QStringLiteral(",")});
}

void TestUnifiedDiff::readableLongLineShowsOnlyTheChange()
{
    const QByteArray before = minifiedConfig();
    QVERIFY(before.size() >= 5000);
    QVERIFY(!before.contains('\n'));
    QByteArray after = before;
    after.replace("ws://10.21.3.40:8888", "wss://10.21.3.40:8433");
    const auto lines = readableLines(before, after);
    const QString text = UnifiedDiff::readableText(lines);
    QVERIFY(allShowable(text));
    for (const auto &line : lines)
        QVERIFY2(line.text.size() < 300, qPrintable(line.text));
    const auto removed = linesOfKind(lines, ReadableDiffLine::Kind::Removed);
    const auto added = linesOfKind(lines, ReadableDiffLine::Kind::Added);
    QCOMPARE(removed.size(), size_t(1));
    QCOMPARE(added.size(), size_t(1));
    QVERIFY(removed[0].text.contains(QStringLiteral("\"url\":\"ws://10.21.3.40:8888/kurento\"")));
    QVERIFY(added[0].text.contains(QStringLiteral("\"url\":\"wss://10.21.3.40:8433/kurento\"")));
    for (const auto *line : {&removed[0], &added[0]}) {
        QVERIFY(line->text.startsWith(line == &removed[0] ? QStringLiteral("-…") : QStringLiteral("+…")));
        QVERIFY(line->text.endsWith(QStringLiteral("…")));
        QCOMPARE(textsOf(*line, line->annotations), (QStringList{QStringLiteral("…"), QStringLiteral("…")}));
        QVERIFY(line->text.size() < 160);
    }
    QCOMPARE(textsOf(added[0], added[0].changed),
             (QStringList{QStringLiteral("wss"), QStringLiteral("8433")}));
    QCOMPARE(removed[0].oldLine, 1);
    QCOMPARE(added[0].newLine, 1);
    // The same context on both sides, so the two lines stand one above the other.
    QCOMPARE(removed[0].text.section(QStringLiteral("ws://"), 0, 0).mid(1),
             added[0].text.section(QStringLiteral("wss://"), 0, 0).mid(1));
    qInfo("%s", qPrintable(UnifiedDiff::readableText(lines, true)));
    QVERIFY(
        UnifiedDiff::readableText(lines, true).contains(QStringLiteral("\"{+wss+}://10.21.3.40:{+8433+}/")));
}

void TestUnifiedDiff::readableLongLineWithChangesFarApart()
{
    const QByteArray before = minifiedConfig() + "\n";
    QByteArray after = before;
    after.replace("10.21.3.12:8888", "10.21.3.12:9999");
    after.replace("10.21.3.50:8888", "10.21.3.50:9999");
    const auto lines = readableLines(before, after);
    QStringList kinds;
    for (const auto &line : lines) {
        QVERIFY(line.text.size() < 300);
        kinds << QString::number(int(line.kind));
    }
    // Each change is its own pair, the removed part above the added one.
    QCOMPARE(lines.size(), size_t(7));
    QCOMPARE(lines[3].kind, ReadableDiffLine::Kind::Removed);
    QCOMPARE(lines[4].kind, ReadableDiffLine::Kind::Added);
    QCOMPARE(lines[5].kind, ReadableDiffLine::Kind::Removed);
    QCOMPARE(lines[6].kind, ReadableDiffLine::Kind::Added);
    QVERIFY(lines[3].text.contains(QStringLiteral("10.21.3.12:8888")));
    QVERIFY(lines[4].text.contains(QStringLiteral("10.21.3.12:9999")));
    QVERIFY(lines[5].text.contains(QStringLiteral("10.21.3.50:8888")));
    QVERIFY(lines[6].text.contains(QStringLiteral("10.21.3.50:9999")));

    // Many changes: the first ones, and a note for the rest.
    QByteArray many = before;
    many.replace(":8888/", ":9999/");
    const auto manyLines = readableLines(before, many);
    QCOMPARE(linesOfKind(manyLines, ReadableDiffLine::Kind::Added).size(),
             size_t(UnifiedDiff::kMaxFragments));
    QCOMPARE(manyLines.back().kind, ReadableDiffLine::Kind::Note);
    QVERIFY(manyLines.back().text.contains(QStringLiteral("more changes in this line not shown")));
}

void TestUnifiedDiff::readableLongUnpairedLineIsShortened()
{
    const QByteArray line = minifiedConfig();
    const auto lines = readableLines("", line + "\n");
    QCOMPARE(lines.size(), size_t(4));
    const ReadableDiffLine &added = lines[3];
    QCOMPARE(added.kind, ReadableDiffLine::Kind::Added);
    QVERIFY(added.text.size() < 300);
    QVERIFY(added.text.startsWith(QStringLiteral("+{\"listen\"")));
    QVERIFY(added.text.endsWith(QStringLiteral("\"candonlyturn\":0}]}")));
    QCOMPARE(textsOf(added, added.annotations),
             QStringList{QStringLiteral("…(%1 characters not shown)…")
                             .arg(QLocale::system().toString(line.size() - 130))});
    // A long unchanged line next to a change is shortened the same way.
    const auto context = readableLines(line + "\nx\n", line + "\ny\n");
    QVERIFY(context[3].text.size() < 300);
    QCOMPARE(context[3].kind, ReadableDiffLine::Kind::Context);
}

void TestUnifiedDiff::readableNamesWhatCannotBeShown()
{
    const auto lines =
        readableLines("a\n", "a\x1b[0m\xe4\xef\xbb\xbfz\r\xe2\x80\xae\xc3\xa9\xf0\x9f\x98\x80\t.\n");
    const ReadableDiffLine &added = lines.back();
    QCOMPARE(added.text, QStringLiteral("+a<0x1B>[0m<0xE4><BOM>z<CR><U+202E>\u00e9\U0001F600\t."));
    QCOMPARE(textsOf(added, added.annotations),
             (QStringList{QStringLiteral("<0x1B>"), QStringLiteral("<0xE4>"), QStringLiteral("<BOM>"),
                          QStringLiteral("<CR>"), QStringLiteral("<U+202E>")}));
    QVERIFY(allShowable(added.text));
    // Labels too.
    const auto labelled = UnifiedDiff::readableLines(UnifiedDiff::compute("a\n", "b\n"),
                                                     QStringLiteral("a/x\ry"), QStringLiteral("b/x"));
    QCOMPARE(labelled[0].text, QStringLiteral("--- a/x<CR>y"));
}

void TestUnifiedDiff::readableVeryLongDifferentLinesStayFast()
{
    QRandomGenerator random(7);
    QByteArray a, b;
    for (int i = 0; i < 100000; ++i) {
        a += char('a' + random.bounded(26));
        b += char('a' + random.bounded(26));
        if (random.bounded(6) == 0) {
            a += ' ';
            b += ',';
        }
    }
    QElapsedTimer timer;
    timer.start();
    const auto lines = readableLines(a + "\n", b + "\n");
    qInfo("two different lines of 100,000 characters: %lld ms", static_cast<long long>(timer.elapsed()));
    QVERIFY(timer.elapsed() < 10000);
    for (const auto &line : lines)
        QVERIFY(line.text.size() < 300);

    // Many short lines, all changed: every pair is compared, still quick.
    QByteArray many, changed;
    for (int i = 0; i < 30000; ++i) {
        many += "         \"url\": \"ws://10.21.3." + QByteArray::number(i) + ":8888/kurento\",\r\n";
        changed += "         \"url\": \"wss://10.21.3." + QByteArray::number(i) + ":8433/kurento\",\n";
    }
    timer.restart();
    const auto manyLines = readableLines(many, changed);
    qInfo("30,000 changed lines: %lld ms", static_cast<long long>(timer.elapsed()));
    QCOMPARE(manyLines.size(), size_t(3 + 60000));
    QCOMPARE(manyLines[3].text, QStringLiteral("-         \"url\": \"ws://10.21.3.0:8888/kurento\", [CRLF]"));
}

QTEST_GUILESS_MAIN(TestUnifiedDiff)
#include "tst_unifieddiff.moc"
