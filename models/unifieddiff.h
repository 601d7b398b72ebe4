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
//
// For people (the review dialog) there is a readable form of the same hunks, readableLines():
// - No control character is ever shown: line ends are named instead ("[line ends: CRLF]" after
//   the --- and +++ labels; a dimmed "[CRLF]"/"[LF]" tag on a line whose line end differs from
//   the rest or from the line it replaces); a CR inside a line, other control and invisible
//   characters, a byte order mark and bytes that are not UTF-8 show as "<CR>", "<0x1B>",
//   "<U+202E>", "<BOM>", "<0xE4>".
// - A removed and an added line that are alike get an intra-line diff (word by word): the
//   changed characters are given as ranges. When such a pair is longer than kLongLine (a
//   minified one-line file), each change is shown as its own -/+ pair of kCutContext characters
//   before and after it, "…" for what is cut; other long lines are shortened the same way.
// format() stays byte-exact (CRs included) for `edit --dry-run` and patch tools.

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <optional>
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

// One line of a diff as shown to a person: see readableLines().
struct ReadableDiffLine
{
    enum class Kind {
        OldLabel,   // "--- a/file", maybe with "[line ends: CRLF]"
        NewLabel,   // "+++ b/file", likewise
        HunkHeader, // "@@ -4,7 +4,8 @@"
        Context,    // " line"
        Removed,    // "-line"
        Added,      // "+line"
        Note,       // "\ No newline at end of file", "(3 more changes in this line not shown)"
    };
    struct Range
    {
        qsizetype start = 0;
        qsizetype length = 0;
        friend bool operator==(const Range &, const Range &) = default;
    };

    Kind kind = Kind::Context;
    QString text;                   // as shown, with the " ", "-", "+" of diff lines; no control characters
    std::vector<Range> changed;     // characters of text that differ from the paired line
    std::vector<Range> annotations; // characters of text that are not the file's: "…", tags, "<CR>"
    int oldLine = 0;                // 1-based line in the old text, 0 for none (as in DiffLine)
    int newLine = 0;
};

// The labels and hunks of a unified diff as UnifiedDiff::format() writes it.
struct ParsedDiff
{
    QString oldLabel;
    QString newLabel;
    std::vector<DiffHunk> hunks;
};

class UnifiedDiff
{
    Q_DECLARE_TR_FUNCTIONS(ucmc::UnifiedDiff)
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

    // Reads format()'s output back (for a viewer that is handed it); nullopt when the text is not
    // a unified diff of that form. An empty text is an empty diff.
    static std::optional<ParsedDiff> parse(QByteArrayView unifiedDiff);

    static constexpr int kLongLine = 160;    // longer lines are shortened around their changes
    static constexpr int kCutContext = 40;   // unchanged characters kept before and after a change
    static constexpr int kMaxFragments = 12; // -/+ pairs shown for one long line at most

    // The diff for people; empty when there are no hunks.
    static std::vector<ReadableDiffLine> readableLines(const std::vector<DiffHunk> &hunks,
                                                       const QString &oldLabel, const QString &newLabel);
    // The lines as text, each ending in "\n". With markChanges the changed characters are
    // enclosed as by `git diff --word-diff`: "[-old-]" on removed, "{+new+}" on added lines.
    static QString readableText(const std::vector<ReadableDiffLine> &lines, bool markChanges = false);
    // readableText(readableLines(compute(before, after, context), oldLabel, newLabel)).
    static QString readable(QByteArrayView before, QByteArrayView after, const QString &oldLabel,
                            const QString &newLabel, int context = DefaultContext);
};

} // namespace ucmc
