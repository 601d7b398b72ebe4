#include "ui/sitesettingsdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ucmc {

namespace {
QSpinBox *portBox(int value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(1, 65535);
    box->setValue(value);
    return box;
}

QSpinBox *millisecondsBox(int min, int max, int value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setSingleStep(100);
    box->setSuffix(QStringLiteral(" ms"));
    box->setValue(value);
    return box;
}
} // namespace

SiteSettingsDialog::SiteSettingsDialog(const Site &site, QWidget *parent)
    : QDialog(parent)
    , m_site(site)
{
    setWindowTitle(tr("Site Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_name = new QLineEdit(site.name, this);
    form->addRow(tr("&Name:"), m_name);
    auto *file = new QLabel(site.configPath, this);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    file->setWordWrap(true);
    form->addRow(tr("Configuration file:"), file);

    m_host = new QLineEdit(site.ucServerHost, this);
    const QString derived = hostFromConfigPath(site.configPath);
    m_host->setPlaceholderText(derived.isEmpty() ? tr("e.g. WinServer1 or 10.21.3.10")
                                                 : tr("%1 (from the file's share)").arg(derived));
    m_host->setToolTip(tr("The host that runs the UCServer and the UC WebServer. Leave empty to use the "
                          "host of the file's network share."));
    form->addRow(tr("UCServer &host:"), m_host);
    m_ucServerPort = portBox(site.probe.ucServerPort, this);
    form->addRow(tr("UCServer &client port:"), m_ucServerPort);
    m_webServerPort = portBox(site.probe.webServerHttpPort, this);
    form->addRow(tr("UC &WebServer HTTP port:"), m_webServerPort);

    m_interval = millisecondsBox(ProbeSettings::kMinIntervalMs, ProbeSettings::kMaxIntervalMs,
                                 site.probe.intervalMs, this);
    m_interval->setToolTip(tr("Time between two JSON-RPC pings to each media server."));
    form->addRow(tr("Ping &interval:"), m_interval);
    m_timeout = millisecondsBox(ProbeSettings::kMinTimeoutMs, ProbeSettings::kMaxTimeoutMs,
                                site.probe.timeoutMs, this);
    m_timeout->setToolTip(tr("A media server that does not answer a ping within this time is shown as down."));
    form->addRow(tr("Ping &timeout:"), m_timeout);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                             | QDialogButtonBox::RestoreDefaults,
                                         this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SiteSettingsDialog::restoreDefaults);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void SiteSettingsDialog::restoreDefaults()
{
    const ProbeSettings defaults;
    m_host->clear();
    m_ucServerPort->setValue(defaults.ucServerPort);
    m_webServerPort->setValue(defaults.webServerHttpPort);
    m_interval->setValue(defaults.intervalMs);
    m_timeout->setValue(defaults.timeoutMs);
}

Site SiteSettingsDialog::site() const
{
    Site s = m_site;
    s.name = m_name->text().trimmed().isEmpty() ? defaultSiteName(s.configPath) : m_name->text().trimmed();
    s.ucServerHost = m_host->text().trimmed();
    s.probe.ucServerPort = quint16(m_ucServerPort->value());
    s.probe.webServerHttpPort = quint16(m_webServerPort->value());
    s.probe.intervalMs = m_interval->value();
    s.probe.timeoutMs = m_timeout->value();
    return s;
}

} // namespace ucmc
