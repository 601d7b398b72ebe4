#pragma once

#include "models/unifieddiff.h"

#include <QDialog>
#include <vector>

class QPlainTextEdit;
class QLabel;

namespace ucmc {

// Shows a diff (the file on disk against what would be written) before saving, in the colours
// every reviewer knows: removed lines red, added lines green, hunk headers blue; the characters
// that changed within a line stronger. It shows UnifiedDiff's readable form: line ends named
// instead of shown ("[line ends: CRLF]", "[LF]"), long lines cut to their changes ("…"), never a
// control character; what is not the file's text is grey.
class DiffDialog : public QDialog
{
    Q_OBJECT
public:
    // unifiedDiff: UnifiedDiff::format()'s output.
    DiffDialog(const QString &title, const QString &intro, const QByteArray &unifiedDiff,
               const QString &acceptText, QWidget *parent = nullptr);
    DiffDialog(const QString &title, const QString &intro, const std::vector<ReadableDiffLine> &lines,
               const QString &acceptText, QWidget *parent = nullptr);

    // The text as shown, one line per line.
    QString diffText() const;
    QPlainTextEdit *view() const { return m_view; }

private:
    void showLines(const std::vector<ReadableDiffLine> &lines);

    QPlainTextEdit *m_view;
    QLabel *m_hint;
};

} // namespace ucmc
