#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace ucmc {

class CredentialStore;
class MessageBanner;
class PasswordProvider;
class SiteSession;

// What the console does with the services of the open site's UCServer host, in front of the
// user: set up how they are controlled (WinRM or commands; the password goes to the keychain),
// and apply the document (an ApplyTransaction in an ApplyDialog, with the password from the
// keychain or a prompt). Outcomes are told in the file banner.
class ServiceFlows : public QObject
{
    Q_OBJECT
public:
    ServiceFlows(CredentialStore &credentials, PasswordProvider &passwords, MessageBanner *banner,
                 QWidget *dialogParent);

    void setSession(SiteSession *session);
    // Opens the service-control settings of a host and stores them (password in the keychain).
    void configureHost(const QString &host);
    // Save with a backup, restart the UC WebServer, wait for it, roll back if it does not come
    // back. A dry run only shows the plan.
    void startApply(bool dryRun);
    // Restart the UC WebServer with the file as saved, the same transaction without the save; it
    // rolls back to the version before only when that version is what the service ran.
    void startRestart(bool dryRun = false);
    // The WinRM certificate of a host, pinned by its SHA-256 (hex).
    void trustHostCertificate(const QString &host, const QString &sha256);

signals:
    // An apply ended (whatever the outcome): the window updates its actions.
    void applyFinished();

private:
    // The apply or the restart, with the password from the keychain or a prompt.
    void run(bool dryRun, bool restartOnly);
    // Apply with nothing unsaved: offers the restart instead (and says whether one is pending).
    void offerRestartInstead();

    CredentialStore &m_credentials;
    PasswordProvider &m_passwords;
    MessageBanner *m_banner;
    QWidget *m_dialogParent;
    QPointer<SiteSession> m_session;
};

} // namespace ucmc
