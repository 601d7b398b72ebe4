#include "ui/sitesettingsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QDir>
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

// A field with its default beside it, so the user sees what "normal" is before changing it.
QWidget *withDefault(QWidget *field, const QString &defaultText, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    row->setFocusProxy(field); // the row's label mnemonic (its buddy is the row) reaches the field
    auto *hint = new QLabel(SiteSettingsDialog::tr("default: %1").arg(defaultText), row);
    hint->setForegroundRole(QPalette::PlaceholderText);
    // One width for all hints, so the fields line up.
    hint->setMinimumWidth(hint->fontMetrics().horizontalAdvance(SiteSettingsDialog::tr("default: %1").arg(
                              SiteSettingsDialog::tr("%1 ms").arg(10000))));
    layout->addWidget(hint);
    return row;
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
    // A path does not wrap: a read-only field shows all of it (scroll, select, tooltip).
    auto *file = new QLineEdit(QDir::toNativeSeparators(site.configPath), this);
    file->setObjectName(QStringLiteral("configPath"));
    file->setReadOnly(true);
    file->setFrame(false);
    file->setToolTip(QDir::toNativeSeparators(site.configPath));
    file->setCursorPosition(0);
    form->addRow(tr("Configuration file:"), file);
    m_watchAlways = new QCheckBox(tr("Watch alwa&ys"), this);
    m_watchAlways->setObjectName(QStringLiteral("watchAlways"));
    m_watchAlways->setChecked(site.watchAlways);
    m_watchAlways->setToolTip(tr("Show this site in the Fleet tab and alert about it even while another site is "
                                 "open. Watched sites are never dropped from the recent sites."));
    form->addRow(QString(), m_watchAlways);

    m_host = new QLineEdit(site.ucServerHost, this);
    m_host->setObjectName(QStringLiteral("ucServerHost"));
    const QString derived = hostFromConfigPath(site.configPath);
    m_host->setPlaceholderText(derived.isEmpty() ? tr("e.g. WinServer1 or 10.21.3.10")
                                                 : tr("%1 (from the file's share)").arg(derived));
    m_host->setToolTip(tr("The host that runs the UCServer and the UC WebServer. Leave empty to use the "
                          "host of the file's network share."));
    form->addRow(tr("UCServer &host:"), m_host);
    const ProbeSettings defaults;
    m_ucServerPort = portBox(site.probe.ucServerPort, this);
    form->addRow(tr("UCServer &client port:"),
                 withDefault(m_ucServerPort, QString::number(defaults.ucServerPort), this));
    m_webServerPort = portBox(site.probe.webServerHttpPort, this);
    form->addRow(tr("UC &WebServer HTTP port:"),
                 withDefault(m_webServerPort, QString::number(defaults.webServerHttpPort), this));
    m_webServerHttpsPort = portBox(site.probe.webServerHttpsPort, this);
    m_webServerHttpsPort->setToolTip(tr("The UC WebServer answers HTTPS here, by default with a self-signed "
                                        "certificate. The check only asks whether it answers; an untrusted "
                                        "certificate is shown, not treated as down."));
    form->addRow(tr("UC WebServer HTTP&S port:"),
                 withDefault(m_webServerHttpsPort, QString::number(defaults.webServerHttpsPort), this));

    const auto ms = [](int value) { return SiteSettingsDialog::tr("%1 ms").arg(value); };
    m_interval = millisecondsBox(ProbeSettings::kMinIntervalMs, ProbeSettings::kMaxIntervalMs,
                                 site.probe.intervalMs, this);
    m_interval->setToolTip(tr("Time between two JSON-RPC pings to each media server."));
    form->addRow(tr("Ping &interval:"), withDefault(m_interval, ms(defaults.intervalMs), this));
    m_timeout = millisecondsBox(ProbeSettings::kMinTimeoutMs, ProbeSettings::kMaxTimeoutMs,
                                site.probe.timeoutMs, this);
    m_timeout->setToolTip(tr("A media server that does not answer a ping within this time is shown as down."));
    form->addRow(tr("Ping &timeout:"), withDefault(m_timeout, ms(defaults.timeoutMs), this));
    m_fall = new QSpinBox(this);
    m_fall->setRange(1, 100);
    m_fall->setValue(site.probe.fall);
    m_fall->setToolTip(tr("Failed checks in a row before a media server counts as down (a connection the server "
                          "closes counts at once)."));
    form->addRow(tr("Down after &failures:"), withDefault(m_fall, QString::number(defaults.fall), this));
    m_rise = new QSpinBox(this);
    m_rise->setRange(1, 100);
    m_rise->setValue(site.probe.rise);
    m_rise->setToolTip(tr("Answered checks in a row before a media server that was down counts as up again."));
    form->addRow(tr("Up again after &answers:"), withDefault(m_rise, QString::number(defaults.rise), this));

    m_metricsInterval = new QSpinBox(this);
    m_metricsInterval->setRange(ProbeSettings::kMinMetricsIntervalMs / 1000, ProbeSettings::kMaxMetricsIntervalMs / 1000);
    m_metricsInterval->setSuffix(QStringLiteral(" s"));
    m_metricsInterval->setValue(site.probe.metricsIntervalMs / 1000);
    m_metricsInterval->setToolTip(tr("How often each media server is asked for its CPU load, memory and sessions."));
    form->addRow(tr("&Load figures every:"),
                 withDefault(m_metricsInterval, tr("%1 s").arg(defaults.metricsIntervalMs / 1000), this));
    m_cpuSample = millisecondsBox(ProbeSettings::kMinCpuSampleMs, ProbeSettings::kMaxCpuSampleMs,
                                  site.probe.cpuSampleMs, this);
    m_cpuSample->setSingleStep(50);
    form->addRow(tr("&CPU measured over:"), withDefault(m_cpuSample, ms(defaults.cpuSampleMs), this));
    auto *cpuNote = new QLabel(tr("The media server answers getUsedCpu only after this time and blocks one of its "
                                  "threads for as long: keep it short. At most half the ping interval is used."),
                               this);
    cpuNote->setWordWrap(true);
    cpuNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(cpuNote);
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
    m_webServerHttpsPort->setValue(defaults.webServerHttpsPort);
    m_interval->setValue(defaults.intervalMs);
    m_timeout->setValue(defaults.timeoutMs);
    m_fall->setValue(defaults.fall);
    m_rise->setValue(defaults.rise);
    m_metricsInterval->setValue(defaults.metricsIntervalMs / 1000);
    m_cpuSample->setValue(defaults.cpuSampleMs);
}

Site SiteSettingsDialog::site() const
{
    Site s = m_site;
    s.watchAlways = m_watchAlways->isChecked();
    s.ucServerHost = m_host->text().trimmed();
    // A name the administrator did not choose follows the UCServer host.
    const QString typed = m_name->text().trimmed();
    s.name = typed.isEmpty() || typed == automaticSiteName(m_site) || typed == defaultSiteName(s.configPath)
                 ? automaticSiteName(s)
                 : typed;
    s.probe.ucServerPort = quint16(m_ucServerPort->value());
    s.probe.webServerHttpPort = quint16(m_webServerPort->value());
    s.probe.webServerHttpsPort = quint16(m_webServerHttpsPort->value());
    s.probe.intervalMs = m_interval->value();
    s.probe.timeoutMs = m_timeout->value();
    s.probe.fall = m_fall->value();
    s.probe.rise = m_rise->value();
    s.probe.metricsIntervalMs = m_metricsInterval->value() * 1000;
    s.probe.cpuSampleMs = m_cpuSample->value();
    return s;
}

} // namespace ucmc
