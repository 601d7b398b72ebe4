#pragma once

#include <QDialog>

class QPlainTextEdit;
class QLabel;

namespace ucmc {

// Shows a unified diff (the file on disk against what would be written) before saving, in the
// colours every reviewer knows: removed lines red, added lines green, hunk headers blue.
class DiffDialog : public QDialog
{
    Q_OBJECT
public:
    DiffDialog(const QString &title, const QString &intro, const QByteArray &unifiedDiff, const QString &acceptText,
               QWidget *parent = nullptr);

    QString diffText() const;

private:
    QPlainTextEdit *m_view;
};

} // namespace ucmc
