#include "core/hostservicework.h"

#include "core/applytransaction.h"
#include "core/credentialstore.h"


namespace ucmc::HostServiceWork {

PasswordVerdict passwordVerdict(const HostControlSettings &control, const ServiceControlError &error)
{
    using K = ServiceControlError::Kind;
    switch (error.kind) {
    case K::None:
        return PasswordVerdict::Accepted;
    case K::AuthenticationFailed:
        // Command templates get no password from the console: asking for another would not help.
        return control.kind == HostControlSettings::Kind::WinRm ? PasswordVerdict::Rejected : PasswordVerdict::Unknown;
    case K::AccessDenied:     // logged on, but not allowed
    case K::ServiceNotFound:  // the host answered the question
    case K::ServiceTimeout:
    case K::RemoteError:
    case K::UnexpectedOutput:
        return control.kind == HostControlSettings::Kind::WinRm ? PasswordVerdict::Accepted : PasswordVerdict::Unknown;
    case K::InvalidRequest:
    case K::Unreachable:
    case K::CertificateUntrusted:
    case K::Timeout:
    case K::Cancelled:
        break;
    }
    return PasswordVerdict::Unknown;
}

void discover(const HostControlSettings &control, QString password, QObject *context,
              std::function<void(const DiscoverResult &)> done)
{
    ServiceControl *service = createServiceControl(control, password, context);
    wipeString(password);
    ServiceJob *job = service->discover(control.serviceNames, std::chrono::milliseconds(kDiscoverTimeoutMs));
    QObject::connect(job, &ServiceJob::finished, context, [job, service, control, done = std::move(done)] {
        job->deleteLater();
        service->deleteLater();
        const ServiceControlError &error = job->error();
        DiscoverResult result;
        result.services = job->services();
        if (!job->ok())
            result.error = error.message;
        if (error.kind == ServiceControlError::Kind::CertificateUntrusted)
            result.untrustedCertificateSha256 = error.certificateFingerprint;
        result.passwordVerdict = passwordVerdict(control, error);
        done(result);
    });
}

namespace {

// One fix after the other, on the host's service control; it deletes itself (and the control)
// at the end, or with its context.
class FixRun : public QObject
{
public:
    FixRun(const HostControlSettings &control, ServiceControl *service, const QList<ServiceFix> &fixes,
           QObject *context, std::function<void(const ServiceFix &, const QString &)> fixed,
           std::function<void(PasswordVerdict)> done)
        : QObject(context)
        , m_control(control)
        , m_service(service)
        , m_remaining(fixes)
        , m_fixed(std::move(fixed))
        , m_done(std::move(done))
    {
        service->setParent(this);
    }

    void next()
    {
        if (m_remaining.isEmpty()) {
            m_done(m_verdict);
            deleteLater();
            return;
        }
        const ServiceFix fix = m_remaining.takeFirst();
        const std::chrono::milliseconds timeout(kFixTimeoutMs);
        ServiceJob *job = fix.action == ServiceFix::Action::SetStartupType
                              ? m_service->setStartupType(fix.serviceName, fix.startupType, timeout)
                          : fix.action == ServiceFix::Action::Stop ? m_service->stop(fix.serviceName, timeout)
                                                                   : m_service->start(fix.serviceName, timeout);
        connect(job, &ServiceJob::finished, this, [this, job, fix] {
            job->deleteLater();
            // A fix that worked proves the password; else the first failure tells (the run ends there).
            if (m_verdict != PasswordVerdict::Accepted)
                m_verdict = passwordVerdict(m_control, job->error());
            m_fixed(fix, job->ok() ? QString() : job->error().message);
            if (!job->ok())
                m_remaining.clear(); // the state is unclear: look again before doing more
            next();
        });
    }

private:
    HostControlSettings m_control;
    ServiceControl *m_service;
    QList<ServiceFix> m_remaining;
    std::function<void(const ServiceFix &, const QString &)> m_fixed;
    std::function<void(PasswordVerdict)> m_done;
    PasswordVerdict m_verdict = PasswordVerdict::Unknown;
};

} // namespace

void fix(const HostControlSettings &control, QString password, const QList<ServiceFix> &fixes, QObject *context,
         std::function<void(const ServiceFix &, const QString &error)> fixed,
         std::function<void(PasswordVerdict verdict)> done)
{
    ServiceControl *service = createServiceControl(control, password, nullptr);
    wipeString(password);
    auto *run = new FixRun(control, service, fixes, context, std::move(fixed), std::move(done));
    run->next();
}

} // namespace ucmc::HostServiceWork
