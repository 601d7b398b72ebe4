#pragma once

#include "models/site.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace ucmc {

// Edits what the console knows about one site: its name, whether it is watched always (the
// fleet), the UCServer host and ports, and how often and how patiently media servers are probed.
class SiteSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SiteSettingsDialog(const Site &site, QWidget *parent = nullptr);

    Site site() const;

private:
    void restoreDefaults();

    Site m_site;
    QLineEdit *m_name;
    QCheckBox *m_watchAlways;
    QLineEdit *m_host;
    QSpinBox *m_ucServerPort;
    QSpinBox *m_webServerPort;
    QSpinBox *m_webServerHttpsPort;
    QSpinBox *m_interval;
    QSpinBox *m_timeout;
    QSpinBox *m_fall;
    QSpinBox *m_rise;
    QSpinBox *m_metricsInterval;
    QSpinBox *m_cpuSample;
};

} // namespace ucmc
