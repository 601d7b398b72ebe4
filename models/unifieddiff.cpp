#include "models/unifieddiff.h"

#include <QHash>
#include <QList>
#include <algorithm>

namespace ucmc {

namespace {

std::vector<QByteArrayView> splitLines(QByteArrayView text)
{
    std::vector<QByteArrayView> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype newline = text.indexOf('\n', start);
        const qsizetype end = newline < 0 ? text.size() : newline + 1;
        lines.push_back(text.sliced(start, end - start));
        start = end;
    }
    return lines;
}

// Marks which lines of a are removed and which of b are added, via Myers' middle snake.
class MyersDiff
{
public:
    MyersDiff(const std::vector<int> &a, const std::vector<int> &b,
              int maxEditCost = UnifiedDiff::kMaxEditCost)
        : m_a(a)
        , m_b(b)
        , m_maxEditCost(maxEditCost)
        , removed(a.size(), false)
        , added(b.size(), false)
    {
        compare(0, int(a.size()), 0, int(b.size()));
    }

    const std::vector<int> &m_a;
    const std::vector<int> &m_b;
    const int m_maxEditCost;
    std::vector<bool> removed;
    std::vector<bool> added;

private:
    struct Split
    {
        int aBegin, bBegin; // where the snake starts
        int aEnd, bEnd;     // where it ends
        bool found = false;
    };

    void compare(int aLow, int aHigh, int bLow, int bHigh)
    {
        while (aLow < aHigh && bLow < bHigh && m_a[size_t(aLow)] == m_b[size_t(bLow)]) {
            ++aLow;
            ++bLow;
        }
        while (aLow < aHigh && bLow < bHigh && m_a[size_t(aHigh - 1)] == m_b[size_t(bHigh - 1)]) {
            --aHigh;
            --bHigh;
        }
        if (aLow == aHigh || bLow == bHigh) {
            std::fill(removed.begin() + aLow, removed.begin() + aHigh, true);
            std::fill(added.begin() + bLow, added.begin() + bHigh, true);
            return;
        }
        const Split split = middleSnake(aLow, aHigh, bLow, bHigh);
        if (!split.found) { // too expensive: everything in this region changed
            std::fill(removed.begin() + aLow, removed.begin() + aHigh, true);
            std::fill(added.begin() + bLow, added.begin() + bHigh, true);
            return;
        }
        compare(aLow, split.aBegin, bLow, split.bBegin);
        compare(split.aEnd, aHigh, split.bEnd, bHigh);
    }

    // Myers 1986, section 4b. Coordinates relative to (aLow, bLow); k = x - y.
    Split middleSnake(int aLow, int aHigh, int bLow, int bHigh)
    {
        const int n = aHigh - aLow;
        const int m = bHigh - bLow;
        const int delta = n - m;
        const bool odd = (delta & 1) != 0;
        const int maxD = std::min((n + m + 1) / 2, m_maxEditCost);
        const int offset = maxD + 1;
        std::vector<int> forward(size_t(2 * maxD + 3), 0);  // furthest x per diagonal k
        std::vector<int> backward(size_t(2 * maxD + 3), 0); // furthest x from the end per diagonal
        auto a = [&](int x) { return m_a[size_t(aLow + x)]; };
        auto b = [&](int y) { return m_b[size_t(bLow + y)]; };
        auto aFromEnd = [&](int x) { return m_a[size_t(aHigh - 1 - x)]; };
        auto bFromEnd = [&](int y) { return m_b[size_t(bHigh - 1 - y)]; };

        for (int d = 0; d <= maxD; ++d) {
            for (int k = -d; k <= d; k += 2) {
                int x =
                    (k == -d || (k != d && forward[size_t(offset + k - 1)] < forward[size_t(offset + k + 1)]))
                        ? forward[size_t(offset + k + 1)]
                        : forward[size_t(offset + k - 1)] + 1;
                int y = x - k;
                const int xStart = x, yStart = y;
                while (x < n && y < m && a(x) == b(y)) {
                    ++x;
                    ++y;
                }
                forward[size_t(offset + k)] = x;
                const int reverseK = delta - k;
                if (odd && reverseK >= -(d - 1) && reverseK <= d - 1 &&
                    x + backward[size_t(offset + reverseK)] >= n)
                    return {aLow + xStart, bLow + yStart, aLow + x, bLow + y, true};
            }
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d ||
                         (k != d && backward[size_t(offset + k - 1)] < backward[size_t(offset + k + 1)]))
                            ? backward[size_t(offset + k + 1)]
                            : backward[size_t(offset + k - 1)] + 1;
                int y = x - k;
                const int xStart = x, yStart = y;
                while (x < n && y < m && aFromEnd(x) == bFromEnd(y)) {
                    ++x;
                    ++y;
                }
                backward[size_t(offset + k)] = x;
                const int forwardK = delta - k;
                if (!odd && forwardK >= -d && forwardK <= d && x + forward[size_t(offset + forwardK)] >= n)
                    return {aHigh - x, bHigh - y, aHigh - xStart, bHigh - yStart, true};
            }
        }
        return {};
    }
};

struct Operation
{
    DiffLine::Kind kind;
    int oldIndex; // 0-based, -1 when not on that side
    int newIndex;
};

void appendRange(QByteArray &out, char sign, int start, int count)
{
    out += sign;
    out += QByteArray::number(start);
    if (count != 1) {
        out += ',';
        out += QByteArray::number(count);
    }
}

} // namespace

QByteArray DiffHunk::header() const
{
    QByteArray out("@@ ");
    appendRange(out, '-', oldStart, oldCount);
    out += ' ';
    appendRange(out, '+', newStart, newCount);
    out += " @@";
    return out;
}

std::vector<DiffHunk> UnifiedDiff::compute(QByteArrayView before, QByteArrayView after, int context)
{
    const std::vector<QByteArrayView> oldLines = splitLines(before);
    const std::vector<QByteArrayView> newLines = splitLines(after);

    // Lines become numbers, so the algorithm compares ints.
    QHash<QByteArrayView, int> ids;
    auto idsOf = [&ids](const std::vector<QByteArrayView> &lines) {
        std::vector<int> out;
        out.reserve(lines.size());
        for (QByteArrayView line : lines) {
            auto found = ids.constFind(line);
            if (found == ids.constEnd())
                found = ids.insert(line, int(ids.size())); // (QHash::emplace would overwrite)
            out.push_back(found.value());
        }
        return out;
    };
    const std::vector<int> a = idsOf(oldLines);
    const std::vector<int> b = idsOf(newLines);
    const MyersDiff diff(a, b);

    std::vector<Operation> operations;
    operations.reserve(a.size() + b.size());
    int i = 0, j = 0;
    const int n = int(a.size()), m = int(b.size());
    while (i < n || j < m) {
        if (i < n && j < m && !diff.removed[size_t(i)] && !diff.added[size_t(j)]) {
            operations.push_back({DiffLine::Kind::Context, i++, j++});
            continue;
        }
        const int progress = i + j;
        while (i < n && diff.removed[size_t(i)])
            operations.push_back({DiffLine::Kind::Removed, i++, -1});
        while (j < m && diff.added[size_t(j)])
            operations.push_back({DiffLine::Kind::Added, -1, j++});
        if (i + j == progress) { // unpaired unchanged line: cannot happen, but never loop forever
            if (i < n)
                operations.push_back({DiffLine::Kind::Removed, i++, -1});
            else
                operations.push_back({DiffLine::Kind::Added, -1, j++});
        }
    }

    // Hunks: the changes with up to `context` unchanged lines around them; changes closer than
    // twice that share one hunk.
    std::vector<DiffHunk> hunks;
    const int count = int(operations.size());
    int k = 0;
    int scanned = 0, oldBefore = 0, newBefore = 0; // lines of each side before operation `scanned`
    while (k < count) {
        while (k < count && operations[size_t(k)].kind == DiffLine::Kind::Context)
            ++k;
        if (k == count)
            break;
        const int begin = std::max(0, k - context);
        int end = k; // one past the last change of the hunk
        for (;;) {
            while (end < count && operations[size_t(end)].kind != DiffLine::Kind::Context)
                ++end;
            int next = end;
            while (next < count && operations[size_t(next)].kind == DiffLine::Kind::Context)
                ++next;
            if (next < count && next - end <= 2 * context) {
                end = next;
                continue;
            }
            break;
        }
        const int stop = std::min(count, end + context);

        DiffHunk hunk;
        for (int p = begin; p < stop; ++p) {
            const Operation &op = operations[size_t(p)];
            DiffLine line;
            line.kind = op.kind;
            if (op.oldIndex >= 0) {
                line.oldLine = op.oldIndex + 1;
                line.text = oldLines[size_t(op.oldIndex)].toByteArray();
                ++hunk.oldCount;
            }
            if (op.newIndex >= 0) {
                line.newLine = op.newIndex + 1;
                if (op.oldIndex < 0)
                    line.text = newLines[size_t(op.newIndex)].toByteArray();
                ++hunk.newCount;
            }
            hunk.lines.push_back(std::move(line));
        }
        // Where the hunk starts on each side: the first line it shows there, or for an empty
        // range the line just before it (diff's convention).
        for (; scanned < begin; ++scanned) {
            oldBefore += operations[size_t(scanned)].oldIndex >= 0;
            newBefore += operations[size_t(scanned)].newIndex >= 0;
        }
        hunk.oldStart = hunk.oldCount > 0 ? oldBefore + 1 : oldBefore;
        hunk.newStart = hunk.newCount > 0 ? newBefore + 1 : newBefore;
        hunks.push_back(std::move(hunk));
        k = stop;
    }
    return hunks;
}

QByteArray UnifiedDiff::format(const std::vector<DiffHunk> &hunks, const QString &oldLabel,
                               const QString &newLabel)
{
    if (hunks.empty())
        return {};
    QByteArray out = "--- " + oldLabel.toUtf8() + "\n+++ " + newLabel.toUtf8() + "\n";
    for (const DiffHunk &hunk : hunks) {
        out += hunk.header() + '\n';
        for (const DiffLine &line : hunk.lines) {
            out += line.kind == DiffLine::Kind::Context   ? ' '
                   : line.kind == DiffLine::Kind::Removed ? '-'
                                                          : '+';
            out += line.text;
            if (!line.hasLineBreak())
                out += "\n\\ No newline at end of file\n";
        }
    }
    return out;
}

QByteArray UnifiedDiff::format(QByteArrayView before, QByteArrayView after, const QString &oldLabel,
                               const QString &newLabel, int context)
{
    return format(compute(before, after, context), oldLabel, newLabel);
}

// ---------------------------------------------------------------------------------------------
// The readable form

namespace {

using Range = ReadableDiffLine::Range;
using Kind = ReadableDiffLine::Kind;

constexpr int kLongChange = 140;        // a longer changed run is shown as its beginning and end
constexpr int kChangeHead = 100;        // characters kept at the beginning of such a run
constexpr int kChangeTail = 30;         // and at its end
constexpr int kMaxTokenEditCost = 1000; // the intra-line diff's bound (see kMaxEditCost)

enum class LineEnd { None, LF, CRLF };

LineEnd lineEndOf(const QByteArray &line)
{
    if (line.endsWith("\r\n"))
        return LineEnd::CRLF;
    return line.endsWith('\n') ? LineEnd::LF : LineEnd::None;
}

QByteArrayView contentOf(const QByteArray &line)
{
    const QByteArrayView view(line);
    switch (lineEndOf(line)) {
    case LineEnd::CRLF:
        return view.chopped(2);
    case LineEnd::LF:
        return view.chopped(1);
    case LineEnd::None:
        break;
    }
    return view;
}

QString lineEndName(LineEnd end)
{
    return end == LineEnd::CRLF ? QStringLiteral("CRLF") : QStringLiteral("LF");
}

// The content of a line as it is shown: its text, and where in it stand the names ("<CR>") of
// what cannot be shown.
struct ShownText
{
    QString text;
    std::vector<Range> escapes; // ascending

    qsizetype size() const { return text.size(); }
    void escape(const QString &name)
    {
        escapes.push_back({text.size(), name.size()});
        text += name;
    }
};

QString hex(uint value, int digits)
{
    return QString::number(value, 16).toUpper().rightJustified(digits, u'0');
}

bool shownAsName(char32_t c)
{
    if (c == U'\t')
        return false;
    if (c == 0xFFFD) // the replacement character: the file holds it, but it looks like a broken glyph
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format: // zero-width and direction marks, a byte order mark
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

void appendCodePoint(ShownText &out, char32_t c)
{
    if (c == U'\r')
        out.escape(QStringLiteral("<CR>"));
    else if (c == 0xFEFF)
        out.escape(QStringLiteral("<BOM>"));
    else if (c < 0x80 && shownAsName(c))
        out.escape(QStringLiteral("<0x") + hex(uint(c), 2) + u'>');
    else if (shownAsName(c))
        out.escape(QStringLiteral("<U+") + hex(uint(c), 4) + u'>');
    else if (QChar::requiresSurrogates(c))
        out.text += QChar(QChar::highSurrogate(c)) + QChar(QChar::lowSurrogate(c));
    else
        out.text += QChar(char16_t(c));
}

// UTF-8 decoded by hand, so that a byte that is not UTF-8 is named instead of becoming U+FFFD.
ShownText shownText(QByteArrayView bytes)
{
    ShownText out;
    out.text.reserve(bytes.size());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar lead = uchar(bytes[i]);
        if (lead < 0x80) {
            appendCodePoint(out, lead);
            ++i;
            continue;
        }
        int length = 0;
        char32_t c = 0;
        uchar low = 0x80, high = 0xBF; // the range of the second byte (no overlong forms, no surrogates)
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            c = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            c = lead & 0x0F;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            c = lead & 0x07;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        }
        bool valid = length > 0 && i + length <= n;
        for (int k = 1; valid && k < length; ++k) {
            const uchar next = uchar(bytes[i + k]);
            valid = next >= (k == 1 ? low : 0x80) && next <= (k == 1 ? high : 0xBF);
            c = (c << 6) | (next & 0x3F);
        }
        if (!valid) {
            out.escape(QStringLiteral("<0x") + hex(lead, 2) + u'>');
            ++i;
            continue;
        }
        appendCodePoint(out, c);
        i += length;
    }
    return out;
}

// p, moved so that it does not split a name or a surrogate pair.
qsizetype snapped(const ShownText &shown, qsizetype p, bool towardsEnd)
{
    for (const Range &name : shown.escapes) {
        if (p > name.start && p < name.start + name.length)
            return towardsEnd ? name.start + name.length : name.start;
    }
    if (p > 0 && p < shown.size() && shown.text[p].isLowSurrogate() && shown.text[p - 1].isHighSurrogate())
        return towardsEnd ? p + 1 : p - 1;
    return p;
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c.isSurrogate() || c.isMark();
}

// Where to cut the context at about p: outwards to the end of a word if that is near.
qsizetype contextCut(const ShownText &shown, qsizetype p, bool towardsEnd)
{
    const QString &text = shown.text;
    const auto splitsWord = [&text](qsizetype q) {
        return q > 0 && q < text.size() && isWordCharacter(text[q - 1]) && isWordCharacter(text[q]);
    };
    qsizetype q = p;
    for (int step = 0; step < 12 && splitsWord(q); ++step)
        q += towardsEnd ? 1 : -1;
    return snapped(shown, splitsWord(q) ? p : q, towardsEnd);
}

// Words, runs of white space, names ("<CR>") and single other characters: the intra-line diff
// compares these, so "ws" -> "wss" is one changed word, not one inserted "s".
std::vector<Range> tokensOf(const ShownText &shown)
{
    std::vector<Range> tokens;
    const QString &text = shown.text;
    size_t name = 0;
    qsizetype p = 0;
    while (p < text.size()) {
        qsizetype end = p + 1;
        if (name < shown.escapes.size() && shown.escapes[name].start == p) {
            end = p + shown.escapes[name].length;
            ++name;
        } else if (isWordCharacter(text[p])) {
            while (end < text.size() && isWordCharacter(text[end]))
                ++end;
        } else if (text[p].isSpace()) {
            while (end < text.size() && text[end].isSpace())
                ++end;
        }
        tokens.push_back({p, end - p});
        p = end;
    }
    return tokens;
}

// A run of changed tokens: [oldStart, oldEnd) of the old line became [newStart, newEnd).
struct Change
{
    qsizetype oldStart, oldEnd, newStart, newEnd;
};

struct LineComparison
{
    std::vector<Change> changes;
    bool alike = false; // at least half of the visible characters are the same
};

qsizetype visibleCharacters(QStringView text)
{
    return std::count_if(text.cbegin(), text.cend(), [](QChar c) { return !c.isSpace(); });
}

LineComparison compareLines(const ShownText &before, const ShownText &after)
{
    const std::vector<Range> a = tokensOf(before);
    const std::vector<Range> b = tokensOf(after);
    QHash<QStringView, int> ids;
    const auto idsOf = [&ids](const ShownText &shown, const std::vector<Range> &tokens) {
        std::vector<int> out;
        out.reserve(tokens.size());
        for (const Range &token : tokens) {
            const QStringView text = QStringView(shown.text).sliced(token.start, token.length);
            auto found = ids.constFind(text);
            if (found == ids.constEnd())
                found = ids.insert(text, int(ids.size()));
            out.push_back(found.value());
        }
        return out;
    };
    const std::vector<int> aIds = idsOf(before, a);
    const std::vector<int> bIds = idsOf(after, b);
    const MyersDiff diff(aIds, bIds, kMaxTokenEditCost);

    LineComparison result;
    const size_t n = a.size(), m = b.size();
    const auto oldAt = [&](size_t i) { return i < n ? a[i].start : before.size(); };
    const auto newAt = [&](size_t j) { return j < m ? b[j].start : after.size(); };
    qsizetype equalVisible = 0;
    size_t i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && !diff.removed[i] && !diff.added[j]) {
            equalVisible += visibleCharacters(QStringView(before.text).sliced(a[i].start, a[i].length));
            ++i;
            ++j;
            continue;
        }
        Change change{oldAt(i), 0, newAt(j), 0};
        const size_t progress = i + j;
        while (i < n && diff.removed[i])
            ++i;
        while (j < m && diff.added[j])
            ++j;
        if (i + j == progress) { // as in compute(): never loop forever
            if (i < n)
                ++i;
            else
                ++j;
        }
        change.oldEnd = oldAt(i);
        change.newEnd = newAt(j);
        if (!result.changes.empty() && result.changes.back().oldEnd == change.oldStart &&
            result.changes.back().newEnd == change.newStart) {
            result.changes.back().oldEnd = change.oldEnd;
            result.changes.back().newEnd = change.newEnd;
        } else {
            result.changes.push_back(change);
        }
    }
    result.alike =
        2 * equalVisible >= std::max(visibleCharacters(before.text), visibleCharacters(after.text));
    return result;
}

class LineBuilder
{
public:
    LineBuilder(Kind kind, int oldLine = 0, int newLine = 0)
    {
        m_line.kind = kind;
        m_line.oldLine = oldLine;
        m_line.newLine = newLine;
    }

    void plain(const QString &text) { m_line.text += text; }
    void annotation(const QString &text, bool changed = false)
    {
        if (changed)
            add(m_line.changed, {m_line.text.size(), text.size()});
        m_line.annotations.push_back({m_line.text.size(), text.size()});
        m_line.text += text;
    }
    // shown[from, to); the names in it are annotations.
    void shown(const ShownText &shown, qsizetype from, qsizetype to, bool changed)
    {
        if (from >= to)
            return;
        const qsizetype offset = m_line.text.size() - from;
        m_line.text += QStringView(shown.text).sliced(from, to - from);
        for (const Range &name : shown.escapes) {
            if (name.start >= from && name.start + name.length <= to)
                m_line.annotations.push_back({offset + name.start, name.length});
        }
        if (changed)
            add(m_line.changed, {offset + from, to - from});
    }
    ReadableDiffLine take() { return std::move(m_line); }

private:
    static void add(std::vector<Range> &ranges, Range range)
    {
        if (!ranges.empty() && ranges.back().start + ranges.back().length == range.start)
            ranges.back().length += range.length;
        else
            ranges.push_back(range);
    }

    ReadableDiffLine m_line;
};

// shown[start, end), a long run as its beginning and end.
void appendShortened(LineBuilder &builder, const ShownText &shown, qsizetype start, qsizetype end,
                     bool changed)
{
    const qsizetype headEnd = snapped(shown, start + kChangeHead, true);
    const qsizetype tailStart = snapped(shown, end - kChangeTail, false);
    if (end - start <= kLongChange || tailStart <= headEnd) {
        builder.shown(shown, start, end, changed);
        return;
    }
    builder.shown(shown, start, headEnd, changed);
    builder.annotation(UnifiedDiff::tr("…(%Ln characters not shown)…", nullptr, int(tailStart - headEnd)));
    builder.shown(shown, tailStart, end, changed);
}

// shown[from, to) with the changed runs in it marked (and long ones shortened).
void appendWithChanges(LineBuilder &builder, const ShownText &shown, qsizetype from, qsizetype to,
                       const std::vector<Range> &changes)
{
    qsizetype p = from;
    for (const Range &change : changes) {
        const qsizetype start = std::max(change.start, p);
        const qsizetype end = std::min(change.start + change.length, to);
        if (start >= end)
            continue;
        builder.shown(shown, p, start, false);
        appendShortened(builder, shown, start, end, true);
        p = end;
    }
    builder.shown(shown, p, to, false);
}

// The changes of a long line that are shown together on one -/+ pair.
struct Fragment
{
    size_t first = 0, last = 0; // indexes into LineComparison::changes
    qsizetype oldFrom = 0, oldTo = 0, newFrom = 0, newTo = 0;
};

std::vector<Fragment> fragmentsOf(const LineComparison &comparison, const ShownText &before,
                                  const ShownText &after)
{
    const std::vector<Change> &changes = comparison.changes;
    std::vector<Fragment> fragments;
    for (size_t k = 0; k < changes.size(); ++k) {
        if (!fragments.empty()) {
            const Change &first = changes[fragments.back().first];
            const bool near = changes[k].oldStart - changes[k - 1].oldEnd <= 2 * UnifiedDiff::kCutContext;
            const bool small = std::max(changes[k].oldEnd - first.oldStart,
                                        changes[k].newEnd - first.newStart) <= UnifiedDiff::kLongLine;
            if (near && small) {
                fragments.back().last = k;
                continue;
            }
        }
        Fragment fragment;
        fragment.first = fragment.last = k;
        fragments.push_back(fragment);
    }
    const qsizetype context = UnifiedDiff::kCutContext;
    for (Fragment &fragment : fragments) {
        const Change &first = changes[fragment.first];
        const Change &last = changes[fragment.last];
        fragment.oldFrom = contextCut(before, std::max<qsizetype>(0, first.oldStart - context), false);
        fragment.oldTo = contextCut(before, std::min(before.size(), last.oldEnd + context), true);
        fragment.newFrom = contextCut(after, std::max<qsizetype>(0, first.newStart - context), false);
        fragment.newTo = contextCut(after, std::min(after.size(), last.newEnd + context), true);
    }
    return fragments;
}

std::vector<Range> changedRanges(const LineComparison &comparison, bool oldSide, size_t first = 0,
                                 size_t last = size_t(-1))
{
    std::vector<Range> ranges;
    for (size_t k = first; k < comparison.changes.size() && k <= last; ++k) {
        const Change &change = comparison.changes[k];
        const Range range = oldSide ? Range{change.oldStart, change.oldEnd - change.oldStart}
                                    : Range{change.newStart, change.newEnd - change.newStart};
        if (range.length > 0)
            ranges.push_back(range);
    }
    return ranges;
}

// Turns the lines of one hunk into readable lines.
class HunkRenderer
{
public:
    HunkRenderer(std::vector<ReadableDiffLine> &out, LineEnd oldEnd, LineEnd newEnd)
        : m_out(out)
        , m_oldEnd(oldEnd)
        , m_newEnd(newEnd)
    {}

    void render(const DiffHunk &hunk)
    {
        LineBuilder header(Kind::HunkHeader);
        header.plain(QString::fromLatin1(hunk.header()));
        m_out.push_back(header.take());
        const std::vector<DiffLine> &lines = hunk.lines;
        size_t p = 0;
        while (p < lines.size()) {
            if (lines[p].kind == DiffLine::Kind::Context) {
                const LineEnd end = lineEndOf(lines[p].text);
                single(lines[p], shownText(contentOf(lines[p].text)), {},
                       end != LineEnd::None && (end != m_oldEnd || end != m_newEnd), false);
                ++p;
                continue;
            }
            size_t removedEnd = p;
            while (removedEnd < lines.size() && lines[removedEnd].kind == DiffLine::Kind::Removed)
                ++removedEnd;
            size_t addedEnd = removedEnd;
            while (addedEnd < lines.size() && lines[addedEnd].kind == DiffLine::Kind::Added)
                ++addedEnd;
            change(std::vector<DiffLine>(lines.begin() + qsizetype(p), lines.begin() + qsizetype(removedEnd)),
                   std::vector<DiffLine>(lines.begin() + qsizetype(removedEnd),
                                         lines.begin() + qsizetype(addedEnd)));
            p = addedEnd;
        }
    }

private:
    // Removed lines replaced by added ones: the n-th removed line is paired with the n-th added.
    void change(const std::vector<DiffLine> &removed, const std::vector<DiffLine> &added)
    {
        std::vector<ShownText> before, after;
        for (const DiffLine &line : removed)
            before.push_back(shownText(contentOf(line.text)));
        for (const DiffLine &line : added)
            after.push_back(shownText(contentOf(line.text)));
        const size_t pairs = std::min(removed.size(), added.size());
        std::vector<LineComparison> comparisons(pairs);
        std::vector<bool> longPair(pairs, false);
        bool anyLongPair = false;
        for (size_t i = 0; i < pairs; ++i) {
            comparisons[i] = compareLines(before[i], after[i]);
            longPair[i] = comparisons[i].alike && (before[i].size() > UnifiedDiff::kLongLine ||
                                                   after[i].size() > UnifiedDiff::kLongLine);
            anyLongPair = anyLongPair || longPair[i];
        }
        const auto removedLine = [&](size_t i) {
            const bool paired = i < pairs && comparisons[i].alike;
            const auto [tag, tagChanged] = lineEndTag(removed, added, i, m_oldEnd);
            single(removed[i], before[i], paired ? changedRanges(comparisons[i], true) : std::vector<Range>{},
                   tag, tagChanged);
        };
        const auto addedLine = [&](size_t i) {
            const bool paired = i < pairs && comparisons[i].alike;
            const auto [tag, tagChanged] = lineEndTag(added, removed, i, m_newEnd);
            single(added[i], after[i], paired ? changedRanges(comparisons[i], false) : std::vector<Range>{},
                   tag, tagChanged);
        };
        if (!anyLongPair) { // as diff shows them: the removed lines, then the added
            for (size_t i = 0; i < removed.size(); ++i)
                removedLine(i);
            for (size_t i = 0; i < added.size(); ++i)
                addedLine(i);
            return;
        }
        // With long lines cut into pieces, each piece is next to its counterpart.
        for (size_t i = 0; i < std::max(removed.size(), added.size()); ++i) {
            if (i < pairs && longPair[i]) {
                fragments(removed[i], added[i], before[i], after[i], comparisons[i]);
                continue;
            }
            if (i < removed.size())
                removedLine(i);
            if (i < added.size())
                addedLine(i);
        }
    }

    // Whether the line end of lines[i] is named, and whether as a change: where it differs from
    // the rest of its side, or from the line it is paired with.
    static std::pair<bool, bool> lineEndTag(const std::vector<DiffLine> &lines,
                                            const std::vector<DiffLine> &others, size_t i, LineEnd usual)
    {
        const LineEnd end = lineEndOf(lines[i].text);
        if (end == LineEnd::None)
            return {false, false};
        const LineEnd other = i < others.size() ? lineEndOf(others[i].text) : LineEnd::None;
        const bool differs = other != LineEnd::None && other != end;
        return {differs || end != usual, differs};
    }

    static QChar signOf(DiffLine::Kind kind)
    {
        return kind == DiffLine::Kind::Context ? u' ' : kind == DiffLine::Kind::Removed ? u'-' : u'+';
    }
    static Kind kindOf(DiffLine::Kind kind)
    {
        return kind == DiffLine::Kind::Context   ? Kind::Context
               : kind == DiffLine::Kind::Removed ? Kind::Removed
                                                 : Kind::Added;
    }

    void lineEnd(LineBuilder &builder, const DiffLine &line, bool tag, bool changed)
    {
        if (!tag)
            return;
        builder.plain(QStringLiteral(" "));
        builder.annotation(QLatin1Char('[') + lineEndName(lineEndOf(line.text)) + QLatin1Char(']'), changed);
    }

    void noNewline(const DiffLine &line)
    {
        if (line.hasLineBreak())
            return;
        LineBuilder note(Kind::Note, line.oldLine, line.newLine);
        note.plain(UnifiedDiff::tr("\\ No newline at end of file"));
        m_out.push_back(note.take());
    }

    void single(const DiffLine &line, const ShownText &shown, const std::vector<Range> &changes, bool tag,
                bool tagChanged)
    {
        LineBuilder builder(kindOf(line.kind), line.oldLine, line.newLine);
        builder.plain(signOf(line.kind));
        if (shown.size() > UnifiedDiff::kLongLine && changes.empty())
            appendShortened(builder, shown, 0, shown.size(), false);
        else
            appendWithChanges(builder, shown, 0, shown.size(), changes);
        lineEnd(builder, line, tag, tagChanged);
        m_out.push_back(builder.take());
        noNewline(line);
    }

    void fragments(const DiffLine &removed, const DiffLine &added, const ShownText &before,
                   const ShownText &after, const LineComparison &comparison)
    {
        const std::vector<Fragment> all = fragmentsOf(comparison, before, after);
        const size_t shown = std::min(all.size(), size_t(UnifiedDiff::kMaxFragments));
        const std::vector<DiffLine> removedOnly{removed}, addedOnly{added};
        // A minified file often has no line break at the end: then one note after the last pair
        // rather than one between its lines.
        const bool neitherEnds = !removed.hasLineBreak() && !added.hasLineBreak();
        const auto side = [&](const DiffLine &line, const ShownText &text, const Fragment &fragment,
                              bool oldSide, bool last) {
            LineBuilder builder(kindOf(line.kind), line.oldLine, line.newLine);
            builder.plain(signOf(line.kind));
            const qsizetype from = oldSide ? fragment.oldFrom : fragment.newFrom;
            const qsizetype to = oldSide ? fragment.oldTo : fragment.newTo;
            if (from > 0)
                builder.annotation(QStringLiteral("…"));
            appendWithChanges(builder, text, from, to,
                              changedRanges(comparison, oldSide, fragment.first, fragment.last));
            if (to < text.size())
                builder.annotation(QStringLiteral("…"));
            if (last) {
                const auto [tag, tagChanged] = oldSide ? lineEndTag(removedOnly, addedOnly, 0, m_oldEnd)
                                                       : lineEndTag(addedOnly, removedOnly, 0, m_newEnd);
                lineEnd(builder, line, tag, tagChanged);
            }
            m_out.push_back(builder.take());
            if (last && !neitherEnds)
                noNewline(line);
        };
        for (size_t k = 0; k < shown; ++k) {
            const bool last = k + 1 == shown;
            side(removed, before, all[k], true, last);
            side(added, after, all[k], false, last);
        }
        if (shown < all.size()) {
            LineBuilder note(Kind::Note, removed.oldLine, added.newLine);
            note.plain(UnifiedDiff::tr("(%Ln more changes in this line not shown)", nullptr,
                                       int(all.size() - shown)));
            m_out.push_back(note.take());
        }
        if (neitherEnds)
            noNewline(added);
    }

    std::vector<ReadableDiffLine> &m_out;
    const LineEnd m_oldEnd;
    const LineEnd m_newEnd;
};

bool parseRange(const QByteArray &part, char sign, int &start, int &count)
{
    if (!part.startsWith(sign))
        return false;
    const QByteArray body = part.mid(1);
    const qsizetype comma = body.indexOf(',');
    bool startOk = false, countOk = true;
    start = (comma < 0 ? body : body.left(comma)).toInt(&startOk);
    count = comma < 0 ? 1 : body.mid(comma + 1).toInt(&countOk);
    return startOk && countOk && start >= 0 && count >= 0;
}

} // namespace

std::optional<ParsedDiff> UnifiedDiff::parse(QByteArrayView unifiedDiff)
{
    ParsedDiff parsed;
    if (unifiedDiff.isEmpty())
        return parsed;
    const std::vector<QByteArrayView> lines = splitLines(unifiedDiff);
    if (lines.size() < 2 || !lines[0].startsWith("--- ") || !lines[1].startsWith("+++ "))
        return std::nullopt;
    const auto label = [](QByteArrayView line) {
        line = line.sliced(4);
        return QString::fromUtf8(line.endsWith('\n') ? line.chopped(1) : line);
    };
    parsed.oldLabel = label(lines[0]);
    parsed.newLabel = label(lines[1]);
    int nextOld = 0, nextNew = 0;
    for (size_t i = 2; i < lines.size(); ++i) {
        const QByteArrayView line = lines[i];
        if (line.startsWith("@@ ")) {
            const QList<QByteArray> parts = line.toByteArray().trimmed().split(' ');
            DiffHunk hunk;
            if (parts.size() < 4 || parts[3] != "@@" ||
                !parseRange(parts[1], '-', hunk.oldStart, hunk.oldCount) ||
                !parseRange(parts[2], '+', hunk.newStart, hunk.newCount))
                return std::nullopt;
            nextOld = hunk.oldCount > 0 ? hunk.oldStart : hunk.oldStart + 1;
            nextNew = hunk.newCount > 0 ? hunk.newStart : hunk.newStart + 1;
            parsed.hunks.push_back(std::move(hunk));
            continue;
        }
        if (parsed.hunks.empty() || line.isEmpty())
            return std::nullopt;
        std::vector<DiffLine> &hunkLines = parsed.hunks.back().lines;
        if (line[0] == '\\') { // "\ No newline at end of file": the line before has no line break
            if (hunkLines.empty() || !hunkLines.back().hasLineBreak())
                return std::nullopt;
            hunkLines.back().text.chop(1);
            continue;
        }
        DiffLine diffLine;
        diffLine.text = line.sliced(1).toByteArray();
        switch (line[0]) {
        case ' ':
            diffLine.kind = DiffLine::Kind::Context;
            diffLine.oldLine = nextOld++;
            diffLine.newLine = nextNew++;
            break;
        case '-':
            diffLine.kind = DiffLine::Kind::Removed;
            diffLine.oldLine = nextOld++;
            break;
        case '+':
            diffLine.kind = DiffLine::Kind::Added;
            diffLine.newLine = nextNew++;
            break;
        default:
            return std::nullopt;
        }
        hunkLines.push_back(std::move(diffLine));
    }
    return parsed;
}

std::vector<ReadableDiffLine> UnifiedDiff::readableLines(const std::vector<DiffHunk> &hunks,
                                                         const QString &oldLabel, const QString &newLabel)
{
    std::vector<ReadableDiffLine> out;
    if (hunks.empty())
        return out;
    // The line ends of each side, as far as the diff shows them.
    int oldCrlf = 0, oldLf = 0, newCrlf = 0, newLf = 0;
    for (const DiffHunk &hunk : hunks) {
        for (const DiffLine &line : hunk.lines) {
            const LineEnd end = lineEndOf(line.text);
            if (line.kind != DiffLine::Kind::Added) {
                oldCrlf += end == LineEnd::CRLF;
                oldLf += end == LineEnd::LF;
            }
            if (line.kind != DiffLine::Kind::Removed) {
                newCrlf += end == LineEnd::CRLF;
                newLf += end == LineEnd::LF;
            }
        }
    }
    const auto usual = [](int crlf, int lf) {
        return crlf == 0 && lf == 0 ? LineEnd::None : crlf > lf ? LineEnd::CRLF : LineEnd::LF;
    };
    const auto describe = [](int crlf, int lf) {
        if (crlf > 0 && lf > 0)
            return tr("CRLF and LF mixed");
        return crlf > 0 ? QStringLiteral("CRLF") : lf > 0 ? QStringLiteral("LF") : QString();
    };
    // Named when there is a CR to hide (LF alone is what every diff shows).
    const bool nameLineEnds = oldCrlf + newCrlf > 0;
    const QString oldEnds = describe(oldCrlf, oldLf);
    const QString newEnds = describe(newCrlf, newLf);
    const bool endsChange = !oldEnds.isEmpty() && !newEnds.isEmpty() && oldEnds != newEnds;
    const auto label = [&](Kind kind, const QString &prefix, const QString &name, const QString &ends) {
        LineBuilder builder(kind);
        builder.plain(prefix);
        const ShownText shown = shownText(name.toUtf8());
        builder.shown(shown, 0, shown.size(), false);
        if (nameLineEnds && !ends.isEmpty()) {
            builder.plain(QStringLiteral("  "));
            builder.annotation(tr("[line ends: %1]").arg(ends), endsChange);
        }
        out.push_back(builder.take());
    };
    label(Kind::OldLabel, QStringLiteral("--- "), oldLabel, oldEnds);
    label(Kind::NewLabel, QStringLiteral("+++ "), newLabel, newEnds);
    HunkRenderer renderer(out, usual(oldCrlf, oldLf), usual(newCrlf, newLf));
    for (const DiffHunk &hunk : hunks)
        renderer.render(hunk);
    return out;
}

QString UnifiedDiff::readableText(const std::vector<ReadableDiffLine> &lines, bool markChanges)
{
    QString out;
    for (const ReadableDiffLine &line : lines) {
        const bool marked = markChanges && (line.kind == ReadableDiffLine::Kind::Removed ||
                                            line.kind == ReadableDiffLine::Kind::Added);
        if (!marked) {
            out += line.text;
        } else {
            const bool removed = line.kind == ReadableDiffLine::Kind::Removed;
            qsizetype p = 0;
            for (const Range &range : line.changed) {
                out += QStringView(line.text).sliced(p, range.start - p);
                out += removed ? QStringLiteral("[-") : QStringLiteral("{+");
                out += QStringView(line.text).sliced(range.start, range.length);
                out += removed ? QStringLiteral("-]") : QStringLiteral("+}");
                p = range.start + range.length;
            }
            out += QStringView(line.text).sliced(p);
        }
        out += u'\n';
    }
    return out;
}

QString UnifiedDiff::readable(QByteArrayView before, QByteArrayView after, const QString &oldLabel,
                              const QString &newLabel, int context)
{
    return readableText(readableLines(compute(before, after, context), oldLabel, newLabel));
}

} // namespace ucmc
