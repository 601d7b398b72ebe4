#pragma once

// Control of the three estos Windows services on one host (UCServer "eucsrv", UC WebServer
// "...\EUCWeb.exe", UC MediaServer "...\uc-media-server.exe"), behind one interface: the WinRM
// implementation (servicecontrolwinrm.h) and the command-template implementation
// (commandservicecontrol.h). The plain values (roles, states, ServiceInfo) are in
// models/windowsservice.h.

#include "models/commandtemplate.h"
#include "models/windowsservice.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace ucmc {

struct ServiceControlError
{
    Q_DECLARE_TR_FUNCTIONS(ServiceControlError)
public:
    enum class Kind {
        None,
        InvalidRequest,      // bad service name, unsupported startup type
        Unreachable,         // host not reachable
        CertificateUntrusted, // HTTPS certificate not trusted: see certificateFingerprint
        AuthenticationFailed, // wrong user name or password
        AccessDenied,
        ServiceNotFound,
        ServiceTimeout,      // the service did not reach the wanted state in time (e.g. never stops)
        Timeout,             // no answer from the host in time
        RemoteError,         // the host's management layer or the command reported an error
        UnexpectedOutput,
        Cancelled,
    };
    Kind kind = Kind::None;
    QString message; // translated, for the user; never holds a secret
    QString detail;  // technical detail (fault text, first lines of output)
    QString certificateFingerprint;

    bool isError() const { return kind != Kind::None; }
    static QString kindName(Kind kind);
    // "Restarting the service "X" failed: <message>", one sentence per operation (translatable).
    static QString operationFailed(int operation, const QString &serviceName, const QString &message);
};

// One asynchronous operation. finished() is emitted exactly once, never from inside the call that
// created the job. The caller owns it (parented to the ServiceControl); deleteLater() it when done.
class ServiceJob : public QObject
{
    Q_OBJECT
public:
    using Operation = ServiceOperation;

    ServiceJob(Operation operation, const QString &serviceName, QObject *parent);

    Operation operation() const { return m_operation; }
    QString serviceName() const { return m_serviceName; }
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const ServiceControlError &error() const { return m_error; }
    // Discover: every service found. Other operations: the service as it is afterwards (one entry),
    // also after a ServiceTimeout when the host could still report it.
    const QList<ServiceInfo> &services() const { return m_services; }

    void cancel();

    // for implementations
    void setCancelHandler(std::function<void()> handler) { m_cancelHandler = std::move(handler); }
    void complete(const QList<ServiceInfo> &services);
    void fail(const ServiceControlError &error, const QList<ServiceInfo> &services = {});

signals:
    void finished();

private:
    Operation m_operation;
    QString m_serviceName;
    bool m_finished = false;
    ServiceControlError m_error;
    QList<ServiceInfo> m_services;
    std::function<void()> m_cancelHandler;
};

class ServiceControl : public QObject
{
    Q_OBJECT
public:
    using Duration = std::chrono::milliseconds;
    using QObject::QObject;
    ~ServiceControl() override = default;

    // A short description for logs and previews, e.g. "WinRM https://host:5986/wsman as ADMIN".
    virtual QString description() const = 0;

    // Finds the estos services: eucsrv, and services whose executable is EUCWeb.exe or
    // uc-media-server.exe; services named in `overrides` are reported in that role instead.
    virtual ServiceJob *discover(const ServiceNameOverrides &overrides, Duration timeout) = 0;
    // Each waits until the service reached the wanted state, or fails with ServiceTimeout.
    virtual ServiceJob *stop(const QString &serviceName, Duration timeout) = 0;
    virtual ServiceJob *start(const QString &serviceName, Duration timeout) = 0;
    virtual ServiceJob *restart(const QString &serviceName, Duration timeout) = 0;
    virtual ServiceJob *setStartupType(const QString &serviceName, StartupType type, Duration timeout) = 0;

    // What an operation would do, for a dry run: the exact command or script, run nowhere.
    virtual QString preview(ServiceJob::Operation operation, const QString &serviceName,
                            StartupType type = StartupType::Unknown,
                            const ServiceNameOverrides &overrides = {}) const = 0;
};

} // namespace ucmc
