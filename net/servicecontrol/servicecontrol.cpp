#include "net/servicecontrol/servicecontrol.h"

#include <QTimer>

namespace ucmc {

QString ServiceControlError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::InvalidRequest: return QStringLiteral("invalid-request");
    case Kind::Unreachable: return QStringLiteral("unreachable");
    case Kind::CertificateUntrusted: return QStringLiteral("certificate-untrusted");
    case Kind::AuthenticationFailed: return QStringLiteral("authentication-failed");
    case Kind::AccessDenied: return QStringLiteral("access-denied");
    case Kind::ServiceNotFound: return QStringLiteral("service-not-found");
    case Kind::ServiceTimeout: return QStringLiteral("service-timeout");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::RemoteError: return QStringLiteral("remote-error");
    case Kind::UnexpectedOutput: return QStringLiteral("unexpected-output");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QString ServiceControlError::operationFailed(int operation, const QString &serviceName, const QString &message)
{
    switch (ServiceJob::Operation(operation)) {
    case ServiceJob::Operation::Discover:
        return tr("Looking for the services failed: %1").arg(message);
    case ServiceJob::Operation::Stop:
        return tr("Stopping the service \"%1\" failed: %2").arg(serviceName, message);
    case ServiceJob::Operation::Start:
        return tr("Starting the service \"%1\" failed: %2").arg(serviceName, message);
    case ServiceJob::Operation::Restart:
        return tr("Restarting the service \"%1\" failed: %2").arg(serviceName, message);
    case ServiceJob::Operation::SetStartupType:
        return tr("Setting the startup type of the service \"%1\" failed: %2").arg(serviceName, message);
    }
    return message;
}

ServiceJob::ServiceJob(Operation operation, const QString &serviceName, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_serviceName(serviceName)
{
}

void ServiceJob::cancel()
{
    if (m_finished)
        return;
    if (m_cancelHandler)
        m_cancelHandler();
    ServiceControlError error;
    error.kind = ServiceControlError::Kind::Cancelled;
    error.message = ServiceControlError::tr("Cancelled.");
    fail(error);
}

void ServiceJob::complete(const QList<ServiceInfo> &services)
{
    if (m_finished)
        return;
    m_finished = true;
    m_services = services;
    emit finished();
}

void ServiceJob::fail(const ServiceControlError &error, const QList<ServiceInfo> &services)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_services = services;
    emit finished();
}

} // namespace ucmc
