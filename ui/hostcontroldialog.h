#pragma once

#include "models/hostroles.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace ucmc {

// How the console reaches one host's Windows services: not at all ("not managed"), over WinRM
// (HTTP with NTLM message encryption, or HTTPS), or with command templates run on this
// workstation. The password is never part of these settings: it lives in the keychain.
class HostControlDialog : public QDialog
{
    Q_OBJECT
public:
    HostControlDialog(const HostControlSettings &settings, bool passwordStored, QWidget *parent = nullptr);

    HostControlSettings settings() const;
    // Empty unless the user typed a new password (to be stored in the keychain by the caller).
    QString newPassword() const;
    bool forgetPassword() const { return m_forget; }
    // The UCServer host's dialog offers "Save and Restart UC WebServer…": the settings are taken as
    // with OK, then the caller restarts.
    void offerRestart();
    bool restartRequested() const { return m_restart; }

private:
    void updatePreview();

    HostControlSettings m_settings;
    QComboBox *m_kind;
    QStackedWidget *m_pages;
    QComboBox *m_transport;
    QSpinBox *m_port;
    QComboBox *m_authentication;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_fingerprint;
    QLineEdit *m_templates[5];
    QLineEdit *m_commandUser;
    QLabel *m_preview;
    QLineEdit *m_names[3];
    bool m_forget = false;
    bool m_restart = false;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ucmc
