#include "ui/diffdialog.h"

#include "ui/palettefollower.h"
#include "ui/statuspalette.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>
#include <algorithm>

namespace ucmc {

namespace {

using Kind = ReadableDiffLine::Kind;

// format()'s output as readable lines; a text that is not one (never from format()) is shown line
// by line, its control characters named.
std::vector<ReadableDiffLine> readableLinesOf(const QByteArray &unifiedDiff)
{
    if (const std::optional<ParsedDiff> parsed = UnifiedDiff::parse(unifiedDiff))
        return UnifiedDiff::readableLines(parsed->hunks, parsed->oldLabel, parsed->newLabel);
    std::vector<ReadableDiffLine> lines;
    const QStringList texts = QString::fromUtf8(unifiedDiff).split(u'\n');
    for (const QString &text : texts) {
        ReadableDiffLine line;
        line.kind = Kind::Note;
        for (const QChar c : text) {
            if (c.category() == QChar::Other_Control && c != u'\t') {
                const QString name = QStringLiteral("<0x") +
                                     QString::number(c.unicode(), 16).toUpper().rightJustified(2, u'0') +
                                     QLatin1Char('>');
                line.annotations.push_back({line.text.size(), name.size()});
                line.text += name;
            } else {
                line.text += c;
            }
        }
        lines.push_back(std::move(line));
    }
    if (!lines.empty() && lines.back().text.isEmpty())
        lines.pop_back();
    return lines;
}

bool contains(const std::vector<ReadableDiffLine::Range> &ranges, qsizetype position)
{
    return std::any_of(ranges.begin(), ranges.end(), [position](const ReadableDiffLine::Range &range) {
        return position >= range.start && position < range.start + range.length;
    });
}

} // namespace

DiffDialog::DiffDialog(const QString &title, const QString &intro, const QByteArray &unifiedDiff,
                       const QString &acceptText, QWidget *parent)
    : DiffDialog(title, intro, readableLinesOf(unifiedDiff), acceptText, parent)
{}

DiffDialog::DiffDialog(const QString &title, const QString &intro, const std::vector<ReadableDiffLine> &lines,
                       const QString &acceptText, QWidget *parent)
    : QDialog(parent)
    , m_view(new QPlainTextEdit(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("diffDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(intro, this);
    label->setWordWrap(true);
    layout->addWidget(label);

    m_view->setObjectName(QStringLiteral("diffView"));
    m_view->setReadOnly(true);
    m_view->setUndoRedoEnabled(false);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    const QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_view->setFont(font);
    m_view->setTabStopDistance(QFontMetricsF(font).horizontalAdvance(QLatin1Char(' ')) * 4);
    showLines(lines);
    layout->addWidget(m_view, 1);

    m_hint->setObjectName(QStringLiteral("diffHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    // What the grey text means, for the kinds of it there are.
    bool cut = false, lineEnds = false, names = false;
    for (const ReadableDiffLine &line : lines) {
        for (const ReadableDiffLine::Range &range : line.annotations) {
            const QChar first = line.text.at(range.start);
            cut = cut || first == u'…';
            lineEnds = lineEnds || first == u'[';
            names = names || first == u'<';
        }
    }
    QStringList hint;
    if (cut)
        hint << tr("\"…\" stands for unchanged text left out of a long line.");
    if (lineEnds)
        hint << tr("[CRLF] and [LF] name line ends (Windows and Unix style).");
    if (names)
        hint << tr("<CR> and the like name characters that cannot be shown.");
    if (!hint.isEmpty())
        hint.prepend(tr("Grey text is not part of the file:"));
    m_hint->setText(hint.join(u' '));
    const auto colorHint = [this] {
        QPalette hintPalette = m_hint->palette();
        hintPalette.setColor(QPalette::WindowText, StatusPalette::diffColors(palette()).notTheFile);
        m_hint->setPalette(hintPalette);
    };
    colorHint();
    PaletteFollower::follow(this, [this, lines, colorHint] {
        showLines(lines); // in the colours for the new palette
        colorHint();
    });
    m_hint->setVisible(!hint.isEmpty());
    layout->addWidget(m_hint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *accept = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    accept->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // Wide enough for the longest line (long lines are cut to about 130 characters), as far as the
    // screen allows: a change is seen without scrolling sideways.
    int widest = 0;
    const QFontMetrics metrics(font);
    for (const ReadableDiffLine &line : lines)
        widest = std::max(widest, metrics.horizontalAdvance(line.text));
    const int frame = m_view->frameWidth() * 2 + int(m_view->document()->documentMargin() * 2) +
                      m_view->verticalScrollBar()->sizeHint().width() + layout->contentsMargins().left() +
                      layout->contentsMargins().right() + metrics.averageCharWidth() * 2;
    const int available = screen() ? screen()->availableGeometry().width() * 9 / 10 : 820;
    resize(std::clamp(widest + frame, 820, std::max(820, available)), 560);
}

void DiffDialog::showLines(const std::vector<ReadableDiffLine> &lines)
{
    m_view->clear();
    const StatusPalette::DiffColors colors = StatusPalette::diffColors(palette());
    QTextCursor cursor(m_view->document());
    cursor.beginEditBlock();
    bool first = true;
    for (const ReadableDiffLine &line : lines) {
        QTextBlockFormat block;
        QTextCharFormat base;
        QColor change = colors.headerChange;
        switch (line.kind) {
        case Kind::OldLabel:
        case Kind::NewLabel:
            base.setFontWeight(QFont::Bold);
            break;
        case Kind::HunkHeader:
            base.setForeground(colors.hunkText);
            block.setBackground(colors.hunkLine);
            break;
        case Kind::Removed:
            base.setForeground(colors.removedText);
            block.setBackground(colors.removedLine);
            change = colors.removedChange;
            break;
        case Kind::Added:
            base.setForeground(colors.addedText);
            block.setBackground(colors.addedLine);
            change = colors.addedChange;
            break;
        case Kind::Note:
            base.setForeground(colors.notTheFile);
            break;
        case Kind::Context:
            break;
        }
        if (first)
            cursor.setBlockFormat(block);
        else
            cursor.insertBlock(block);
        first = false;

        // The line in pieces between the starts and ends of its ranges.
        std::vector<qsizetype> cuts{0, line.text.size()};
        for (const auto *ranges : {&line.changed, &line.annotations}) {
            for (const ReadableDiffLine::Range &range : *ranges) {
                cuts.push_back(range.start);
                cuts.push_back(range.start + range.length);
            }
        }
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
        for (size_t k = 0; k + 1 < cuts.size(); ++k) {
            const qsizetype from = std::clamp<qsizetype>(cuts[k], 0, line.text.size());
            const qsizetype to = std::clamp<qsizetype>(cuts[k + 1], 0, line.text.size());
            if (from >= to)
                continue;
            QTextCharFormat format = base;
            if (contains(line.changed, from))
                format.setBackground(change);
            if (contains(line.annotations, from)) {
                format.setForeground(colors.notTheFile);
                format.setFontWeight(QFont::Normal);
            }
            cursor.insertText(line.text.sliced(from, to - from), format);
        }
    }
    cursor.endEditBlock();
    m_view->moveCursor(QTextCursor::Start);
}

QString DiffDialog::diffText() const
{
    return m_view->toPlainText();
}

} // namespace ucmc
