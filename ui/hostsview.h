#pragma once

#include "core/hostservicework.h"
#include "models/hostroles.h"
#include "models/serverevent.h"
#include "models/site.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace ucmc {

class CredentialStore;
class PasswordProvider;

// Every host of the site with its three estos services: state, startup type and version, the
// startup types the knowledge-base article expects for the host's role (derived from the media
// server list), and a clear mark where they differ (an estos update resets them). Differences can
// be fixed after confirmation; hosts running different versions are flagged.
class HostsView : public QWidget
{
    Q_OBJECT
public:
    HostsView(CredentialStore &credentials, PasswordProvider &passwords, QWidget *parent = nullptr);

    void setSite(const Site &site);
    void setLayout(const SiteLayout &layout);
    // Discovers the services of every managed host.
    void checkAll();
    void fixSelectedHost();
    // "Forget password": removes the host's password from the system keychain and this session (the
    // console asks for it next time), and logs that as a console action.
    void forgetPassword(const QString &host);
    QTreeWidget *tree() const { return m_tree; }
    QList<ServiceDifference> differences(const QString &host) const { return m_differences.value(host); }
    QList<ServiceInfo> services(const QString &host) const { return m_services.value(host); }
    QString versionText() const;
    bool isChecking() const { return m_running > 0; }
    void retranslate();

signals:
    // The user wants to change how a host is reached (the window edits and saves the site).
    void configureRequested(const QString &host);
    // The user wants the UC WebServer restarted (the window runs the restart transaction).
    void restartRequested();
    // The user compared and confirmed the fingerprint of a host's WinRM HTTPS certificate: the
    // window pins it in the site (setSite() follows before this returns).
    void certificateTrusted(const QString &host, const QString &sha256);
    void eventOccurred(const ucmc::ServerEvent &event);

private:
    void rebuild();
    void discover(const QString &host);
    // One discovery with a password; asks to trust an unknown certificate and tries again then.
    void discoverWith(const QString &host, const QString &password,
                      std::function<void(const HostServiceWork::DiscoverResult &)> done);
    void onDiscovered(const QString &host, const QList<ServiceInfo> &services, const QString &error);
    // A certificate the system does not trust: ask the user to compare its fingerprint; true when
    // trusted (and pinned through certificateTrusted()).
    bool askToTrust(const QString &host, const QString &sha256);
    QString selectedHost() const;
    // The host "Fix Startup Types" acts on: the selected one, else the first with differences.
    QString hostToFix() const;
    void event(const QString &host, const QString &text);
    void updateButtons();
    void showContextMenu(const QPoint &position);
protected:
    using QWidget::event; // QWidget::event(QEvent *) stays visible (clang -Woverloaded-virtual)
private:

    CredentialStore &m_credentials;
    PasswordProvider &m_passwords;
    Site m_site;
    SiteLayout m_layout;
    QHash<QString, QList<ServiceInfo>> m_services;
    QHash<QString, QString> m_errors;
    QHash<QString, QList<ServiceDifference>> m_differences;
    VersionCheck m_versions;
    int m_running = 0;
    QLabel *m_intro;
    QLabel *m_versionLabel;
    QTreeWidget *m_tree;
    QPushButton *m_check;
    QPushButton *m_configure;
    QPushButton *m_fix;
    QPushButton *m_forget;
    QPushButton *m_restart;
};

} // namespace ucmc
