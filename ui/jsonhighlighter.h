#pragma once

#include "ui/statuspalette.h"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace ucmc {

// Colours JSON as the raw editor shows it: keys, strings, numbers, literals, punctuation. Works
// line by line with a state for strings that span lines (invalid JSON, but typed mid-edit).
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit JsonHighlighter(QTextDocument *document);
    // The colours for the editor's palette (light or dark); rehighlights when they change.
    void setColors(const StatusPalette::SyntaxColors &colors);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
    QTextCharFormat m_punctuation;
};

} // namespace ucmc
