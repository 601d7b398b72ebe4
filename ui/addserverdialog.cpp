#include "ui/addserverdialog.h"

#include "models/mediaserverurl.h"
#include "ui/statuspalette.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
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
    resize(460, sizeHint().height());
}

QString AddServerDialog::url() const
{
    const QString text = m_address->text().trimmed();
    if (text.contains(QLatin1String("://")))
        return text;
    return text.isEmpty() ? QString() : KurentoDefaults::url(text, m_encrypted->isChecked());
}

void AddServerDialog::update()
{
    const bool full = m_address->text().contains(QLatin1String("://"));
    m_encrypted->setEnabled(!full);
    const QString candidate = url();
    const auto parsed = MediaServerUrl::parse(candidate);
    const bool ok = parsed && parsed.value().isWebSocket();
    if (candidate.isEmpty())
        m_preview->setText(QString());
    else if (ok)
        m_preview->setText(candidate);
    else
        m_preview->setText(parsed ? tr("A media server is reached with ws:// or wss://.") : parsed.error().message);
    m_preview->setStyleSheet(ok || candidate.isEmpty() ? QString()
                                                       : QStringLiteral("color:%1;").arg(StatusPalette::down().name()));
    m_ok->setEnabled(ok);
}

} // namespace ucmc
