#include "models/unifieddiff.h"
#include "testsamples.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestUnifiedDiff)
#include "tst_unifieddiff.moc"
