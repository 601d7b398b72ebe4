#include "ui/jsoneditor.h"

#include "ui/jsonhighlighter.h"
#include "ui/statuspalette.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace ucmc {

namespace {
class MarginArea : public QWidget
{
public:
    explicit MarginArea(JsonEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
    }
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    JsonEditor *m_editor;
};

constexpr int kMarkerSpace = 14;
} // namespace

JsonEditor::JsonEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_margin(new MarginArea(this))
    , m_highlighter(new JsonHighlighter(document()))
{
    setObjectName(QStringLiteral("jsonEditor"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    m_highlighter->setColors(StatusPalette::syntaxColors(palette()));
    connect(this, &QPlainTextEdit::blockCountChanged, this, &JsonEditor::updateMarginWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &JsonEditor::updateMargin);
    updateMarginWidth();
    setAccessibleName(tr("JSON text"));
}

int JsonEditor::lineNumberAreaWidth() const
{
    const int digits = QString::number(qMax(1, blockCount())).size();
    return 10 + kMarkerSpace + fontMetrics().horizontalAdvance(QLatin1Char('9')) * qMax(3, digits);
}

void JsonEditor::updateMarginWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void JsonEditor::updateMargin(const QRect &rect, int dy)
{
    if (dy)
        m_margin->scroll(0, dy);
    else
        m_margin->update(0, rect.y(), m_margin->width(), rect.height());
}

void JsonEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_margin->setGeometry(QRect(r.left(), r.top(), lineNumberAreaWidth(), r.height()));
}

void JsonEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter p(m_margin);
    p.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    p.setRenderHint(QPainter::Antialiasing);
    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber() + 1;
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int lineHeight = fontMetrics().height();
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            p.setPen(palette().color(QPalette::PlaceholderText));
            p.drawText(0, top, m_margin->width() - 6, lineHeight, Qt::AlignRight, QString::number(number));
            for (const Marker &m : std::as_const(m_markers)) {
                if (m.line == number) {
                    p.setPen(Qt::NoPen);
                    p.setBrush(m.error ? StatusPalette::down(palette()) : StatusPalette::pending(palette()));
                    p.drawEllipse(QPointF(7, top + lineHeight / 2.0), 4, 4);
                    break;
                }
            }
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
        ++number;
    }
}

void JsonEditor::setMarkers(const QList<Marker> &markers)
{
    m_markers = markers;
    applyMarkerSelections();
    m_margin->update();
}

void JsonEditor::applyMarkerSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const Marker &m : std::as_const(m_markers)) {
        const QTextBlock block = document()->findBlockByNumber(m.line - 1);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection selection;
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(m.error ? StatusPalette::down(palette())
                                                   : StatusPalette::pending(palette()));
        selection.format.setToolTip(m.message);
        selection.cursor = QTextCursor(block);
        const int column = qBound(0, m.column - 1, qMax(0, block.length() - 1));
        selection.cursor.setPosition(block.position() + column);
        // Underline the word at the place, or at least one character.
        selection.cursor.movePosition(QTextCursor::EndOfWord, QTextCursor::KeepAnchor);
        if (!selection.cursor.hasSelection())
            selection.cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        selections.append(selection);
    }
    setExtraSelections(selections);
}

void JsonEditor::goTo(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(qMax(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + qBound(0, column - 1, qMax(0, block.length() - 1)));
    setTextCursor(cursor);
    centerCursor();
    setFocus();
}

bool JsonEditor::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int line = cursorForPosition(help->pos()).blockNumber() + 1;
        QStringList messages;
        for (const Marker &m : std::as_const(m_markers)) {
            if (m.line == line)
                messages << m.message;
        }
        if (!messages.isEmpty()) {
            QToolTip::showText(help->globalPos(), messages.join(QLatin1Char('\n')), this);
            return true;
        }
        QToolTip::hideText();
    }
    return QPlainTextEdit::viewportEvent(event);
}

bool JsonEditor::event(QEvent *event)
{
    // Undo and redo belong to the window's one history (table, overview and this text alike), not
    // to the text widget's own: the shortcut is left to the window's actions.
    if (event->type() == QEvent::LanguageChange)
        setAccessibleName(tr("JSON text")); // what a screen reader calls it
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
            || (key->key() == Qt::Key_Y && key->modifiers() == Qt::ControlModifier)) {
            emit pendingTextNeeded();
            event->ignore();
            return false;
        }
    }
    if (event->type() == QEvent::PaletteChange) {
        // Light or dark: syntax and markers in the colours for it.
        m_highlighter->setColors(StatusPalette::syntaxColors(palette()));
        applyMarkerSelections();
    }
    return QPlainTextEdit::event(event);
}

void JsonEditor::focusOutEvent(QFocusEvent *event)
{
    emit pendingTextNeeded();
    QPlainTextEdit::focusOutEvent(event);
}

} // namespace ucmc
