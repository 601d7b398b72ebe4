#include "ui/serviceflows.h"

#include "core/documentsession.h"
#include "models/eventlog.h"
#include "core/sitesession.h"
#include "core/applytransaction.h"
#include "core/credentialstore.h"
#include "core/restartwatch.h"
#include "ui/applydialog.h"
#include "ui/dialogs.h"
#include "ui/hostcontroldialog.h"
#include "ui/messagebanner.h"
#include "ui/passwordprovider.h"

#include <QPushButton>

#include <memory>
#include <optional>

namespace ucmc {

namespace {

// What the UCServer host made of the password in an apply: Rejected only when nothing was changed
// yet (the file untouched), so that applying again is safe.
PasswordProvider::Verdict applyVerdict(const HostControlSettings &control, const ApplyTransaction::Report &report,
                                       const QList<ApplyTransaction::StepRecord> &steps)
{
    using Verdict = PasswordProvider::Verdict;
    if (report.error.isError()) {
        const Verdict verdict = HostServiceWork::passwordVerdict(control, report.error);
        if (verdict != Verdict::Rejected || (report.outcome == ApplyTransaction::Outcome::Failed
                                             && report.fileState == ApplyTransaction::FileState::Unchanged))
            return verdict;
    }
    for (const ApplyTransaction::StepRecord &step : steps) {
        const bool reachedHost = step.step == ApplyTransaction::Step::CheckHost
                                 || step.step == ApplyTransaction::Step::Restart
                                 || step.step == ApplyTransaction::Step::RollbackRestart;
        if (reachedHost && step.status == ApplyTransaction::StepStatus::Done)
            return Verdict::Accepted;
    }
    return Verdict::Unknown;
}

// The banner for how an apply ended.
void showApplyOutcome(MessageBanner *banner, const ApplyTransaction::Report &report, bool restartOnly)
{
    switch (report.outcome) {
    case ApplyTransaction::Outcome::Applied:
        banner->showMessage(MessageBanner::Level::Info,
                            restartOnly ? ServiceFlows::tr("Restarted: the UC WebServer runs with the file as saved.")
                                        : ServiceFlows::tr("Applied: the UC WebServer runs with the new media server list."),
                            report.message);
        break;
    case ApplyTransaction::Outcome::RolledBack:
        banner->showMessage(
            MessageBanner::Level::Warning,
            restartOnly ? ServiceFlows::tr("Rolled back: the UC WebServer did not come up with the saved file, so the "
                                           "version before is in effect again.")
                        : ServiceFlows::tr("Rolled back: the previous file is in effect again. Your edits are still here."),
            report.message);
        break;
    case ApplyTransaction::Outcome::Failed:
        banner->showMessage(MessageBanner::Level::Error,
                            restartOnly ? ServiceFlows::tr("Restarting the UC WebServer failed")
                                        : ServiceFlows::tr("Applying failed"),
                            report.message);
        break;
    case ApplyTransaction::Outcome::DryRun:
    case ApplyTransaction::Outcome::Cancelled:
    case ApplyTransaction::Outcome::Running:
        break;
    }
}

} // namespace

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
    const bool isUcServerHost = HostRoles::normalizedHost(host) == HostRoles::normalizedHost(m_session->ucServerHost());
    if (isUcServerHost)
        dialog.offerRestart();
    if (Dialogs::exec(&dialog) != QDialog::Accepted || !m_session)
        return;
    const HostControlSettings settings = dialog.settings();
    const CredentialKey newKey{site.id, host, settings.user};
    if (dialog.forgetPassword() && key.isValid()) {
        CredentialJob *job = m_passwords.forget(key);
        connect(job, &CredentialJob::finished, job, &QObject::deleteLater);
    }
    QString password = dialog.newPassword();
    const bool restart = dialog.restartRequested() && dialog.settings().isManaged();
    const bool storing = !password.isEmpty() && newKey.isValid();
    if (storing) {
        CredentialJob *job = m_credentials.write(newKey, password);
        connect(job, &CredentialJob::finished, this, [this, job, newKey, password, restart]() mutable {
            if (!job->ok()) {
                m_credentials.keepForSession(newKey, password);
                m_banner->showMessage(MessageBanner::Level::Warning,
                                      tr("The password is kept for this session only: the keychain is not available"),
                                      job->errorMessage());
            }
            wipeString(password);
            job->deleteLater();
            if (restart)
                startRestart(); // with the password just stored
        });
    }
    Site changed = m_session->site();
    setHostControl(changed, settings);
    m_session->setSite(changed);
    m_session->logAction(host, tr("Service control settings changed"));
    if (restart && !storing)
        startRestart();
}

void ServiceFlows::startApply(bool dryRun)
{
    if (!m_session || !m_session->document()->isOpen() || m_session->document()->hasErrors())
        return;
    if (!dryRun && !m_session->document()->isModified()) {
        offerRestartInstead();
        return;
    }
    run(dryRun, false);
}

void ServiceFlows::startRestart(bool dryRun)
{
    if (!m_session || !m_session->document()->isOpen())
        return;
    if (m_session->document()->isModified()) {
        const auto answer = Dialogs::question(
            m_dialogParent, tr("Restart the UC WebServer"),
            tr("The file has unsaved changes. A restart alone runs the file as it is saved, without them.\n"
               "Yes: apply the changes (save, then restart). No: restart with the file as saved."),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Yes)
            return run(dryRun, false);
    }
    run(dryRun, true);
}

void ServiceFlows::offerRestartInstead()
{
    const RestartNeed &need = m_session->restartWatch()->need();
    const QString why = need.isPending()
                            ? need.text()
                            : tr("The file has no unsaved changes, so there is nothing to apply.");
    if (Dialogs::question(m_dialogParent, tr("Restart the UC WebServer?"),
                          why + QLatin1Char('\n') + tr("Restart the UC WebServer now, so that it runs with the file as saved?"),
                          QMessageBox::Yes | QMessageBox::Cancel, need.isPending() ? QMessageBox::Yes : QMessageBox::Cancel)
        == QMessageBox::Yes)
        run(false, true);
}

void ServiceFlows::run(bool dryRun, bool restartOnly)
{
    if (!m_session)
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
    // Shared by the attempts of this apply: the request the user confirmed, whether they did, and
    // the last report (shown when they give up after a rejected password).
    struct State
    {
        std::optional<ApplyRequest> request;
        bool confirmed = false;
        std::optional<ApplyTransaction::Report> rejectedReport;
    };
    auto state = std::make_shared<State>();
    const auto attempt = [this, session, control, dryRun, restartOnly, state](const QString &password,
                                                                               PasswordProvider::Report report) {
        if (!session)
            return report(PasswordProvider::Verdict::Unknown);
        if (!state->request)
            state->request = restartOnly ? session->restartRequest(dryRun) : session->applyRequest(dryRun);
        ServiceControl *service = createServiceControl(control, password, this);
        auto *transaction = new ApplyTransaction(*state->request, service, this);
        session->watchApply(transaction);
        ApplyTransaction::Report result;
        {
            ApplyDialog dialog(transaction, m_dialogParent);
            // Again after a rejected password: the user confirmed this very request already.
            connect(transaction, &ApplyTransaction::confirmationNeeded, &dialog, [state, &dialog] {
                if (state->confirmed)
                    dialog.applyButton()->click();
            });
            connect(transaction, &ApplyTransaction::stepStarted, &dialog, [state](ApplyTransaction::Step step) {
                if (step == ApplyTransaction::Step::CheckHost || step == ApplyTransaction::Step::Save)
                    state->confirmed = true;
            });
            // The host rejected the password before anything changed: close the dialog, ask again.
            connect(transaction, &ApplyTransaction::finished, &dialog,
                    [control, &dialog](const ApplyTransaction::Report &finished) {
                        if (applyVerdict(control, finished, {}) == PasswordProvider::Verdict::Rejected)
                            dialog.reject();
                    });
            transaction->start();
            Dialogs::exec(&dialog);
            if (!dialog.isFinished())
                transaction->cancel(); // closed early: the transaction ends in a consistent state by itself
            result = dialog.isFinished() ? dialog.report() : transaction->report();
        }
        const PasswordProvider::Verdict verdict = applyVerdict(control, result, transaction->steps());
        if (transaction->report().outcome == ApplyTransaction::Outcome::Running) {
            // Still cleaning up (closed early): both live until the transaction has finished.
            transaction->setParent(service);
            connect(transaction, &ApplyTransaction::finished, service, &QObject::deleteLater);
        } else {
            delete transaction;
            service->deleteLater();
        }
        if (verdict == PasswordProvider::Verdict::Rejected) {
            state->rejectedReport = result;
            return report(verdict); // asks again and applies again, or ends
        }
        showApplyOutcome(m_banner, result, restartOnly);
        emit applyFinished();
        report(verdict);
    };
    const auto ended = [this, state, restartOnly](PasswordProvider::End end) {
        if (end == PasswordProvider::End::Rejected && state->rejectedReport)
        {
            showApplyOutcome(m_banner, *state->rejectedReport, restartOnly);
            emit applyFinished();
        }
    };
    m_passwords.withPassword({m_session->site().id, host, control.user}, attempt, ended);
}

} // namespace ucmc
