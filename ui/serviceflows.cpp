#include "ui/serviceflows.h"

#include "core/documentsession.h"
#include "models/eventlog.h"
#include "core/sitesession.h"
#include "core/applytransaction.h"
#include "core/credentialstore.h"
#include "ui/applydialog.h"
#include "ui/dialogs.h"
#include "ui/hostcontroldialog.h"
#include "ui/messagebanner.h"
#include "ui/passwordprovider.h"

namespace ucmc {

ServiceFlows::ServiceFlows(CredentialStore &credentials, PasswordProvider &passwords, MessageBanner *banner,
                           QWidget *dialogParent)
    : QObject(dialogParent)
    , m_credentials(credentials)
    , m_passwords(passwords)
    , m_banner(banner)
    , m_dialogParent(dialogParent)
{
    connect(&m_passwords, &PasswordProvider::storeFailed, this, [this](const QString &message) {
        m_banner->showMessage(MessageBanner::Level::Warning,
                              tr("The password is kept for this session only: the keychain is not available"), message);
    });
    connect(&m_credentials, &CredentialStore::eventOccurred, this, [this](const ServerEvent &event) {
        if (m_session)
            m_session->eventLog()->append(event);
    });
}

void ServiceFlows::setSession(SiteSession *session)
{
    m_session = session;
}

void ServiceFlows::trustHostCertificate(const QString &host, const QString &sha256)
{
    if (!m_session)
        return;
    Site site = m_session->site();
    HostControlSettings control = hostControlFor(site, host);
    control.pinnedCertificateSha256 = sha256;
    setHostControl(site, control);
    m_session->setSite(site);
    m_session->logAction(host, tr("WinRM certificate trusted for this host: SHA-256 %1").arg(sha256));
}

void ServiceFlows::configureHost(const QString &host)
{
    if (!m_session)
        return;
    const Site &site = m_session->site();
    HostControlSettings current = hostControlFor(site, host);
    current.host = host;
    const CredentialKey key{site.id, host, current.user};
    HostControlDialog dialog(current, key.isValid() && m_credentials.isStored(key), m_dialogParent);
    if (Dialogs::exec(&dialog) != QDialog::Accepted || !m_session)
        return;
    const HostControlSettings settings = dialog.settings();
    const CredentialKey newKey{site.id, host, settings.user};
    if (dialog.forgetPassword() && key.isValid())
        m_credentials.remove(key);
    QString password = dialog.newPassword();
    if (!password.isEmpty() && newKey.isValid()) {
        CredentialJob *job = m_credentials.write(newKey, password);
        connect(job, &CredentialJob::finished, this, [this, job, newKey, password]() mutable {
            if (!job->ok()) {
                m_credentials.keepForSession(newKey, password);
                m_banner->showMessage(MessageBanner::Level::Warning,
                                      tr("The password is kept for this session only: the keychain is not available"),
                                      job->errorMessage());
            }
            wipeString(password);
            job->deleteLater();
        });
    }
    Site changed = m_session->site();
    setHostControl(changed, settings);
    m_session->setSite(changed);
    m_session->logAction(host, tr("Service control settings changed"));
}

void ServiceFlows::startApply(bool dryRun)
{
    if (!m_session || !m_session->document()->isOpen() || m_session->document()->hasErrors())
        return;
    const QString host = m_session->ucServerHost();
    const HostControlSettings control = hostControlFor(m_session->site(), host);
    if (host.isEmpty() || !control.isManaged()) {
        m_banner->showMessage(
            MessageBanner::Level::Info, tr("How should the console restart the UC WebServer?"),
            tr("Set up service control for the UCServer host (WinRM or command templates) first. Until then, "
               "save and restart the UC WebServer service on %1 by hand.")
                .arg(host.isEmpty() ? tr("the UCServer host") : host));
        if (!host.isEmpty())
            m_banner->addAction(tr("Service Control…"), [this, host] { configureHost(host); });
        return;
    }
    const QPointer<SiteSession> session = m_session;
    const auto run = [this, session, control, dryRun](std::optional<QString> password) {
        if (!password || !session)
            return;
        ServiceControl *service = createServiceControl(control, *password, this);
        wipeString(*password);
        auto *transaction = new ApplyTransaction(session->applyRequest(dryRun), service, this);
        session->watchApply(transaction);
        ApplyDialog dialog(transaction, m_dialogParent);
        transaction->start();
        Dialogs::exec(&dialog);
        if (!dialog.isFinished())
            transaction->cancel(); // closed early: the transaction ends in a consistent state by itself
        const ApplyTransaction::Report report = dialog.isFinished() ? dialog.report() : transaction->report();
        switch (report.outcome) {
        case ApplyTransaction::Outcome::Applied:
            m_banner->showMessage(MessageBanner::Level::Info,
                                  tr("Applied: the UC WebServer runs with the new media server list."), report.message);
            break;
        case ApplyTransaction::Outcome::RolledBack:
            m_banner->showMessage(MessageBanner::Level::Warning,
                                  tr("Rolled back: the previous file is in effect again. Your edits are still here."),
                                  report.message);
            break;
        case ApplyTransaction::Outcome::Failed:
            m_banner->showMessage(MessageBanner::Level::Error, tr("Applying failed"), report.message);
            break;
        case ApplyTransaction::Outcome::DryRun:
        case ApplyTransaction::Outcome::Cancelled:
        case ApplyTransaction::Outcome::Running:
            break;
        }
        if (transaction->report().outcome == ApplyTransaction::Outcome::Running) {
            // Still cleaning up (closed early): both live until the transaction has finished.
            transaction->setParent(service);
            connect(transaction, &ApplyTransaction::finished, service, &QObject::deleteLater);
        } else {
            delete transaction;
            service->deleteLater();
        }
        emit applyFinished();
    };
    m_passwords.obtain({m_session->site().id, host, control.user}, run);
}

} // namespace ucmc
