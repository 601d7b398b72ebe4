#include "models/unifieddiff.h"

#include <QHash>
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
    MyersDiff(const std::vector<int> &a, const std::vector<int> &b)
        : m_a(a)
        , m_b(b)
        , removed(a.size(), false)
        , added(b.size(), false)
    {
        compare(0, int(a.size()), 0, int(b.size()));
    }

    const std::vector<int> &m_a;
    const std::vector<int> &m_b;
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
        const int maxD = std::min((n + m + 1) / 2, UnifiedDiff::kMaxEditCost);
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

} // namespace ucmc
