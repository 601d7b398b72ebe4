#include "ui/diffdialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

namespace ucmc {

DiffDialog::DiffDialog(const QString &title, const QString &intro, const QByteArray &unifiedDiff,
                       const QString &acceptText, QWidget *parent)
    : QDialog(parent)
    , m_view(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("diffDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(intro, this);
    label->setWordWrap(true);
    layout->addWidget(label);

    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // CR shown as a visible mark: a line-ending change must not look like "no change".
    QString text = QString::fromUtf8(unifiedDiff);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("␍\n"));
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    m_view->setPlainText(text);
    QTextCursor cursor(m_view->document());
    for (QTextBlock block = m_view->document()->begin(); block.isValid(); block = block.next()) {
        const QString line = block.text();
        QTextCharFormat format;
        if (line.startsWith(QLatin1String("+++")) || line.startsWith(QLatin1String("---"))) {
            format.setFontWeight(QFont::Bold);
        } else if (line.startsWith(QLatin1Char('+'))) {
            format.setBackground(QColor(0xe6, 0xf6, 0xea));
            format.setForeground(QColor(0x14, 0x5a, 0x2c));
        } else if (line.startsWith(QLatin1Char('-'))) {
            format.setBackground(QColor(0xfd, 0xec, 0xea));
            format.setForeground(QColor(0x8a, 0x1c, 0x14));
        } else if (line.startsWith(QLatin1String("@@"))) {
            format.setForeground(QColor(0x1f, 0x4e, 0x8c));
        } else {
            continue;
        }
        cursor.setPosition(block.position());
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(format);
    }
    layout->addWidget(m_view, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *accept = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    accept->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 560);
}

QString DiffDialog::diffText() const
{
    return m_view->toPlainText();
}

} // namespace ucmc
