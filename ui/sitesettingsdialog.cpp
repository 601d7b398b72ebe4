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
    m_fall = new QSpinBox(this);
    m_fall->setRange(1, 100);
    m_fall->setValue(site.probe.fall);
    m_fall->setToolTip(tr("Failed checks in a row before a media server counts as down (a connection the server "
                          "closes counts at once)."));
    form->addRow(tr("Down after &failures:"), m_fall);
    m_rise = new QSpinBox(this);
    m_rise->setRange(1, 100);
    m_rise->setValue(site.probe.rise);
    m_rise->setToolTip(tr("Answered checks in a row before a media server that was down counts as up again."));
    form->addRow(tr("Up again after &answers:"), m_rise);
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
    m_fall->setValue(defaults.fall);
    m_rise->setValue(defaults.rise);
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
    s.probe.fall = m_fall->value();
    s.probe.rise = m_rise->value();
    return s;
}

} // namespace ucmc
