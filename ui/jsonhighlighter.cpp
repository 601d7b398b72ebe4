#include "ui/jsonhighlighter.h"

namespace ucmc {

namespace {
enum BlockState { Normal = 0, InString = 1 };

bool isNumberChar(QChar c)
{
    return c.isDigit() || c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('.')
           || c == QLatin1Char('e') || c == QLatin1Char('E');
}
} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    m_key.setFontWeight(QFont::DemiBold);
    setColors(StatusPalette::syntaxColors(QPalette()));
}

void JsonHighlighter::setColors(const StatusPalette::SyntaxColors &colors)
{
    if (m_key.foreground().color() == colors.key && m_key.foreground().style() != Qt::NoBrush)
        return; // the same variant: nothing to repaint
    m_key.setForeground(colors.key);
    m_string.setForeground(colors.string);
    m_number.setForeground(colors.number);
    m_literal.setForeground(colors.literal);
    m_punctuation.setForeground(colors.punctuation);
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    if (previousBlockState() == InString) {
        // Continue an unterminated string from the line before.
        qsizetype end = i;
        while (end < n && text[end] != QLatin1Char('"'))
            end += text[end] == QLatin1Char('\\') ? 2 : 1;
        setFormat(0, int(qMin(end + 1, n)), m_string);
        if (end >= n) {
            setCurrentBlockState(InString);
            return;
        }
        i = end + 1;
    }
    setCurrentBlockState(Normal);
    while (i < n) {
        const QChar c = text[i];
        if (c == QLatin1Char('"')) {
            qsizetype end = i + 1;
            while (end < n && text[end] != QLatin1Char('"'))
                end += text[end] == QLatin1Char('\\') ? 2 : 1;
            const bool closed = end < n;
            const qsizetype length = (closed ? end + 1 : n) - i;
            // A string followed by ':' is a key.
            qsizetype after = i + length;
            while (after < n && text[after].isSpace())
                ++after;
            const bool isKey = closed && after < n && text[after] == QLatin1Char(':');
            setFormat(int(i), int(length), isKey ? m_key : m_string);
            if (!closed) {
                setCurrentBlockState(InString);
                return;
            }
            i += length;
        } else if (c.isDigit() || c == QLatin1Char('-')) {
            qsizetype end = i + 1;
            while (end < n && isNumberChar(text[end]))
                ++end;
            setFormat(int(i), int(end - i), m_number);
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < n && text[end].isLetter())
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            if (word == QLatin1String("true") || word == QLatin1String("false") || word == QLatin1String("null"))
                setFormat(int(i), int(end - i), m_literal);
            i = end;
        } else {
            if (QStringView(u"{}[],:").contains(c))
                setFormat(int(i), 1, m_punctuation);
            ++i;
        }
    }
}

} // namespace ucmc
