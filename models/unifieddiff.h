#pragma once

// A line-based diff of two texts (Myers' O(ND) algorithm, linear space) and its unified format,
// as `diff -u` and git print it: `--- a/file` / `+++ b/file` headers, @@ hunks with 3 lines of
// context, "\ No newline at end of file". Used by the save dialog and `edit --dry-run`.
//
// Decisions:
// - A line ends at "\n" (as in diff and git); a "\r" before it belongs to the line, so CRLF text
//   keeps its CR in the output and a change of line endings shows as a change of every line.
// - Output is bytes, exactly the lines of the inputs; nothing is re-encoded.
// - Very different texts (more than kMaxEditCost changes in one region) get a correct but not
//   necessarily minimal diff, so the time stays bounded.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <vector>

namespace ucmc {

struct DiffLine
{
    enum class Kind { Context, Removed, Added };

    Kind kind = Kind::Context;
    int oldLine = 0; // 1-based number in the old text, 0 for an added line
    int newLine = 0; // 1-based number in the new text, 0 for a removed line
    QByteArray text; // the line with its "\n" (and "\r") exactly as in the text
    bool hasLineBreak() const { return text.endsWith('\n'); }
};

struct DiffHunk
{
    int oldStart = 0; // as in the @@ header: 1-based, or the line before for an empty range
    int oldCount = 0;
    int newStart = 0;
    int newCount = 0;
    std::vector<DiffLine> lines;

    QByteArray header() const; // "@@ -4,7 +4,8 @@"
};

class UnifiedDiff
{
public:
    static constexpr int DefaultContext = 3;
    static constexpr int kMaxEditCost = 4096;

    static std::vector<DiffHunk> compute(QByteArrayView before, QByteArrayView after,
                                         int context = DefaultContext);
    // The whole unified diff; empty when the texts are equal.
    static QByteArray format(QByteArrayView before, QByteArrayView after, const QString &oldLabel,
                             const QString &newLabel, int context = DefaultContext);
    static QByteArray format(const std::vector<DiffHunk> &hunks, const QString &oldLabel,
                             const QString &newLabel);
};

} // namespace ucmc
