#include "ui/addserverdialog.h"

#include "models/configeditor.h"
#include "ui/palettefollower.h"
#include "ui/statuspalette.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ucmc {

AddServerDialog::AddServerDialog(QWidget *parent)
    : QDialog(parent)
    , m_address(new QLineEdit(this))
    , m_encrypted(new QCheckBox(tr("&Encrypted (wss on port 8433)"), this))
    , m_preview(new QLabel(this))
{
    setObjectName(QStringLiteral("addServerDialog"));
    setWindowTitle(tr("Add Media Server"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_address->setPlaceholderText(tr("IPv4 address, e.g. 10.21.3.12, or a full ws:// URL"));
    form->addRow(tr("&Address:"), m_address);
    form->addRow(QString(), m_encrypted);
    form->addRow(tr("URL:"), m_preview);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setWordWrap(true); // a refusal is a sentence
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_address, &QLineEdit::textChanged, this, &AddServerDialog::update);
    connect(m_encrypted, &QCheckBox::toggled, this, &AddServerDialog::update);
    update();
    PaletteFollower::follow(this, [this] { update(); }); // the error colour, light or dark
    resize(460, sizeHint().height());
}

QString AddServerDialog::url() const
{
    const auto completed = ConfigEditor::newServerUrl(m_address->text(), m_encrypted->isChecked());
    return completed.ok() ? completed.value() : QString();
}

QString AddServerDialog::message() const
{
    return m_preview->toolTip(); // the text as it is, without the break opportunities
}

void AddServerDialog::update()
{
    const bool full = m_address->text().contains(QLatin1String("://"));
    m_encrypted->setEnabled(!full);
    // The same completion and the same verdict as `uc-media-console edit FILE add ADDRESS`.
    const auto completed = ConfigEditor::newServerUrl(m_address->text(), m_encrypted->isChecked());
    const bool empty = m_address->text().trimmed().isEmpty();
    const bool ok = completed.ok();
    const QString text = empty ? QString() : ok ? completed.value() : completed.error().message;
    // A message wraps at spaces only; a long address in it may also break after / . : -
    // (a zero-width space). The tooltip keeps the text as it is, to read or copy.
    QString breakable = text;
    static const QRegularExpression breakAfter(QStringLiteral("([/.:-])(?=\\S)"));
    breakable.replace(breakAfter, QStringLiteral("\\1") + QChar(0x200B));
    m_preview->setText(breakable);
    m_preview->setToolTip(text);
    const QString error = StatusPalette::errorText(palette()).name();
    m_preview->setStyleSheet(ok || empty ? QString() : QStringLiteral("color:%1;").arg(error));
    m_ok->setEnabled(ok);
}

} // namespace ucmc
