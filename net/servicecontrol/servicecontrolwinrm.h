#pragma once

#include "net/servicecontrol/servicecontrol.h"
#include "net/servicecontrol/winrmclient.h"

namespace ucmc {

// ServiceControl over WinRM: each operation runs one PowerShell script in a remote shell. The
// scripts print one line "UCMC-RESULT <compact JSON>"; anything else on stdout is ignored, and a
// missing or malformed result line is reported as UnexpectedOutput with the first lines.
class WinRmServiceControl : public ServiceControl
{
    Q_OBJECT
public:
    explicit WinRmServiceControl(const WinRmSettings &settings, QObject *parent = nullptr);

    QString description() const override;
    ServiceJob *discover(const ServiceNameOverrides &overrides, Duration timeout) override;
    ServiceJob *stop(const QString &serviceName, Duration timeout) override;
    ServiceJob *start(const QString &serviceName, Duration timeout) override;
    ServiceJob *restart(const QString &serviceName, Duration timeout) override;
    ServiceJob *setStartupType(const QString &serviceName, StartupType type, Duration timeout) override;
    QString preview(ServiceJob::Operation operation, const QString &serviceName, StartupType type = StartupType::Unknown,
                    const ServiceNameOverrides &overrides = {}) const override;

    WinRmClient &client() { return m_client; }

    // The scripts, public for tests and the dry run.
    static QString discoveryScript(const ServiceNameOverrides &overrides);
    // action: Stop, Start, Restart or SetStartupType; waitSeconds bounds the wait for the state.
    static QString controlScript(const QString &action, const QString &serviceName, StartupType type,
                                 int waitSeconds);
    // How long a script may wait for a service state inside an operation timeout.
    static int scriptWaitSeconds(Duration timeout);

    // Parsing, public for tests. The role of each service is derived from the overrides, the name
    // eucsrv and the executable's file name.
    static std::optional<QList<ServiceInfo>> parseDiscovery(const QByteArray &standardOutput,
                                                            const ServiceNameOverrides &overrides,
                                                            QString *problem);
    static ServiceRole roleOf(const ServiceInfo &service, const ServiceNameOverrides &overrides);
    static ServiceControlError fromWinRmError(const WinRmError &error);

private:
    ServiceJob *control(ServiceJob::Operation operation, const QString &action, const QString &serviceName,
                        StartupType type, Duration timeout);
    ServiceJob *runScript(ServiceJob *job, const QString &script, Duration timeout,
                          std::function<void(ServiceJob *, const QByteArray &)> onOutput);

    WinRmClient m_client;
};

} // namespace ucmc
