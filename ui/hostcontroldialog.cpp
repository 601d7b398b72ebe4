#include "ui/hostcontroldialog.h"

#include "models/commandtemplate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ucmc {

namespace {
enum Page { NonePage, WinRmPage, CommandsPage };
} // namespace

HostControlDialog::HostControlDialog(const HostControlSettings &settings, bool passwordStored, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_kind(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_transport(new QComboBox(this))
    , m_port(new QSpinBox(this))
    , m_authentication(new QComboBox(this))
    , m_user(new QLineEdit(settings.user, this))
    , m_password(new QLineEdit(this))
    , m_fingerprint(new QLabel(this))
    , m_commandUser(new QLineEdit(settings.user, this))
    , m_preview(new QLabel(this))
{
    setObjectName(QStringLiteral("hostControlDialog"));
    setWindowTitle(tr("Service Control for %1").arg(settings.host));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItems({tr("Not managed"), tr("WinRM (Windows Remote Management)"), tr("Command templates")});
    top->addRow(tr("&Manage services with:"), m_kind);
    layout->addLayout(top);

    m_pages->addWidget(new QLabel(tr("The console shows this host but does not check or restart its services."), this));

    auto *winrm = new QWidget(this);
    auto *winrmForm = new QFormLayout(winrm);
    m_transport->addItems({tr("HTTP 5985, NTLM with message encryption (Windows default)"), tr("HTTPS 5986")});
    m_transport->setCurrentIndex(settings.transport == HostControlSettings::WinRmTransport::Https ? 1 : 0);
    winrmForm->addRow(tr("&Connection:"), m_transport);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default"));
    m_port->setValue(settings.port);
    winrmForm->addRow(tr("&Port:"), m_port);
    m_authentication->addItems({QStringLiteral("NTLM"), QStringLiteral("Basic")});
    m_authentication->setCurrentIndex(settings.authentication == HostControlSettings::WinRmAuthentication::Basic ? 1 : 0);
    winrmForm->addRow(tr("&Authentication:"), m_authentication);
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setPlaceholderText(tr("DOMAIN\\admin or admin@example.local"));
    winrmForm->addRow(tr("&User:"), m_user);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(passwordStored ? tr("stored in the keychain (type to replace)")
                                                  : tr("stored in the system's keychain, never in a file"));
    winrmForm->addRow(tr("Pass&word:"), m_password);
    if (passwordStored) {
        auto *forget = new QPushButton(tr("Forget Stored Password"), this);
        connect(forget, &QPushButton::clicked, this, [this, forget] {
            m_forget = true;
            forget->setEnabled(false);
            m_password->setPlaceholderText(tr("will be removed from the keychain"));
        });
        winrmForm->addRow(QString(), forget);
    }
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setWordWrap(true);
    m_fingerprint->setText(settings.pinnedCertificateSha256.isEmpty()
                               ? tr("No HTTPS certificate trusted yet: the first connection asks.")
                               : tr("Trusted HTTPS certificate: %1").arg(settings.pinnedCertificateSha256));
    winrmForm->addRow(tr("Certificate:"), m_fingerprint);
    m_pages->addWidget(winrm);

    auto *commands = new QWidget(this);
    auto *commandForm = new QFormLayout(commands);
    auto *preset = new QComboBox(this);
    preset->addItems({tr("Choose a preset…"), QStringLiteral("sc.exe"), tr("PowerShell over ssh")});
    commandForm->addRow(tr("Pre&set:"), preset);
    commandForm->addRow(tr("User ({user}):"), m_commandUser);
    const QString labels[5] = {tr("Discover:"), tr("Stop:"), tr("Start:"), tr("Restart:"), tr("Startup type:")};
    const QString values[5] = {settings.commands.discover, settings.commands.stop, settings.commands.start,
                               settings.commands.restart, settings.commands.setStartupType};
    for (int i = 0; i < 5; ++i) {
        m_templates[i] = new QLineEdit(values[i], this);
        m_templates[i]->setObjectName(QStringLiteral("template%1").arg(i));
        commandForm->addRow(labels[i], m_templates[i]);
        connect(m_templates[i], &QLineEdit::textChanged, this, &HostControlDialog::updatePreview);
    }
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    commandForm->addRow(tr("Restart runs:"), m_preview);
    connect(preset, &QComboBox::activated, this, [this](int index) {
        if (index == 0)
            return;
        const CommandTemplates t = index == 1 ? CommandTemplates::scExe() : CommandTemplates::powerShellOverSsh();
        const QString texts[5] = {t.discover, t.stop, t.start, t.restart, t.setStartupType};
        for (int i = 0; i < 5; ++i)
            m_templates[i]->setText(texts[i]);
    });
    m_pages->addWidget(commands);
    layout->addWidget(m_pages);

    auto *names = new QFormLayout;
    const QString roles[3] = {tr("UCServer service:"), tr("UC WebServer service:"), tr("UC MediaServer service:")};
    const QString known[3] = {settings.serviceNames.ucServer, settings.serviceNames.webServer,
                              settings.serviceNames.mediaServer};
    for (int i = 0; i < 3; ++i) {
        m_names[i] = new QLineEdit(known[i], this);
        m_names[i]->setPlaceholderText(tr("found by its executable"));
        names->addRow(roles[i], m_names[i]);
    }
    layout->addLayout(names);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_kind->setCurrentIndex(settings.kind == HostControlSettings::Kind::WinRm      ? WinRmPage
                            : settings.kind == HostControlSettings::Kind::Commands ? CommandsPage
                                                                                    : NonePage);
    m_pages->setCurrentIndex(m_kind->currentIndex());
    updatePreview();
    resize(640, sizeHint().height());
}

void HostControlDialog::updatePreview()
{
    TemplateError error;
    const QString text = m_templates[3]->text();
    if (text.trimmed().isEmpty()) {
        m_preview->setText(tr("(no restart template)"));
        return;
    }
    const auto arguments = CommandTemplate::split(text, &error);
    m_preview->setText(arguments ? CommandTemplate::render(*arguments) : error.message);
}

HostControlSettings HostControlDialog::settings() const
{
    HostControlSettings s = m_settings;
    switch (m_kind->currentIndex()) {
    case WinRmPage:
        s.kind = HostControlSettings::Kind::WinRm;
        s.user = m_user->text().trimmed();
        break;
    case CommandsPage:
        s.kind = HostControlSettings::Kind::Commands;
        s.user = m_commandUser->text().trimmed();
        break;
    default:
        s.kind = HostControlSettings::Kind::None;
        break;
    }
    s.transport = m_transport->currentIndex() == 1 ? HostControlSettings::WinRmTransport::Https
                                                    : HostControlSettings::WinRmTransport::Http;
    s.port = quint16(m_port->value());
    s.authentication = m_authentication->currentIndex() == 1 ? HostControlSettings::WinRmAuthentication::Basic
                                                             : HostControlSettings::WinRmAuthentication::Ntlm;
    s.commands.discover = m_templates[0]->text().trimmed();
    s.commands.stop = m_templates[1]->text().trimmed();
    s.commands.start = m_templates[2]->text().trimmed();
    s.commands.restart = m_templates[3]->text().trimmed();
    s.commands.setStartupType = m_templates[4]->text().trimmed();
    s.serviceNames.ucServer = m_names[0]->text().trimmed();
    s.serviceNames.webServer = m_names[1]->text().trimmed();
    s.serviceNames.mediaServer = m_names[2]->text().trimmed();
    return s;
}

QString HostControlDialog::newPassword() const
{
    return m_password->text();
}

void HostControlDialog::offerRestart()
{
    QPushButton *restart = m_buttons->addButton(tr("Save and &Restart UC WebServer…"), QDialogButtonBox::ActionRole);
    restart->setObjectName(QStringLiteral("restartWebServer"));
    connect(restart, &QPushButton::clicked, this, [this] {
        m_restart = true;
        accept();
    });
}

} // namespace ucmc
