#include "net/servicecontrol/servicecontrolwinrm.h"

#include "net/servicecontrol/winrmsoap.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace ucmc {

namespace {

constexpr char kResultMarker[] = "UCMC-RESULT ";
// cmd.exe's command line limit is 8191 characters; the encoded script must stay well below.
constexpr int kMaxCommandLine = 8000;

QString psQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

ServiceControlError makeError(ServiceControlError::Kind kind, const QString &message, const QString &detail = {})
{
    ServiceControlError error;
    error.kind = kind;
    error.message = message;
    error.detail = detail;
    return error;
}

// The result line's JSON, or nullopt with *problem describing what was there instead.
std::optional<QJsonValue> resultJson(const QByteArray &standardOutput, QString *problem)
{
    const QString text = QString::fromUtf8(standardOutput);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (!line.startsWith(QLatin1String(kResultMarker)))
            continue;
        QJsonParseError error;
        const QByteArray json = line.mid(int(qstrlen(kResultMarker))).toUtf8();
        // QJsonDocument wants an object or array at the top.
        const QJsonDocument doc = QJsonDocument::fromJson("[" + json + "]", &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray()) {
            *problem = QStringLiteral("the result line is not JSON: %1").arg(winrm::firstLines(line, 1));
            return std::nullopt;
        }
        return doc.array().at(0);
    }
    const QString first = winrm::firstLines(text);
    *problem = first.isEmpty() ? QStringLiteral("no output") : QStringLiteral("output: %1").arg(first);
    return std::nullopt;
}

std::optional<ServiceInfo> serviceFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    if (!o.value(QStringLiteral("name")).isString())
        return std::nullopt;
    ServiceInfo s;
    s.name = o.value(QStringLiteral("name")).toString();
    s.displayName = o.value(QStringLiteral("displayName")).toString();
    s.state = serviceStateFromName(o.value(QStringLiteral("state")).toString());
    s.startupType = startupTypeFromName(o.value(QStringLiteral("startMode")).toString());
    s.pathName = o.value(QStringLiteral("pathName")).toString();
    s.executable = o.value(QStringLiteral("executable")).toString();
    s.productVersion = o.value(QStringLiteral("productVersion")).toString().trimmed();
    s.fileVersion = o.value(QStringLiteral("fileVersion")).toString().trimmed();
    // ISO 8601 in UTC ("o" format: 7 fraction digits, which Qt reads to the millisecond)
    s.startedAt = QDateTime::fromString(o.value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);
    if (s.startedAt.isValid())
        s.startedAt = s.startedAt.toUTC();
    if (s.executable.isEmpty()) {
        // derive it from PathName when the script did not report it (control results)
        const QString path = s.pathName.trimmed();
        if (path.startsWith(QLatin1Char('"')))
            s.executable = path.mid(1, path.indexOf(QLatin1Char('"'), 1) - 1);
        else {
            const qsizetype exe = path.indexOf(QLatin1String(".exe"), 0, Qt::CaseInsensitive);
            s.executable = exe >= 0 ? path.left(exe + 4) : path;
        }
    }
    return s;
}

QString executableFileName(const QString &path)
{
    const qsizetype slash = std::max(path.lastIndexOf(QLatin1Char('\\')), path.lastIndexOf(QLatin1Char('/')));
    return path.mid(slash + 1);
}

} // namespace

WinRmServiceControl::WinRmServiceControl(const WinRmSettings &settings, QObject *parent)
    : ServiceControl(parent)
    , m_client(settings)
{
}

QString WinRmServiceControl::description() const
{
    return QStringLiteral("WinRM %1 as %2").arg(m_client.settings().endpoint().toString(), m_client.settings().user);
}

int WinRmServiceControl::scriptWaitSeconds(Duration timeout)
{
    const qint64 ms = timeout.count();
    const qint64 margin = std::min<qint64>(15000, ms / 4);
    return int(std::max<qint64>(1, (ms - margin) / 1000));
}

QString WinRmServiceControl::discoveryScript(const ServiceNameOverrides &overrides)
{
    QStringList extra;
    for (const QString &name : {overrides.ucServer, overrides.webServer, overrides.mediaServer})
        if (!name.isEmpty())
            extra << psQuote(name);
    // Keep it short: cmd.exe limits the encoded command line (see winrm.md section 4).
    return QStringLiteral(
               "# UC Media Console: discover the estos services\n"
               "$ErrorActionPreference = 'Stop'\n"
               "$ProgressPreference = 'SilentlyContinue'\n"
               "$extraNames = @(%1)\n"
               "$found = @(Get-CimInstance -ClassName Win32_Service | Where-Object {\n"
               "  $_.Name -eq 'eucsrv' -or $extraNames -contains $_.Name -or\n"
               "  $_.PathName -match '(?i)(^|[\\\\/\"])(EUCWeb|uc-media-server)\\.exe([\"\\s]|$)' })\n"
               "$result = @(foreach ($s in $found) {\n"
               "  $exe = ''\n"
               "  if ($s.PathName -match '^\\s*\"([^\"]+)\"') { $exe = $Matches[1] }\n"
               "  elseif ($s.PathName -match '(?i)^\\s*(.+?\\.exe)(\\s|$)') { $exe = $Matches[1] }\n"
               "  $pv = ''; $fv = ''\n"
               "  if ($exe -and (Test-Path -LiteralPath $exe -PathType Leaf)) {\n"
               "    $vi = (Get-Item -LiteralPath $exe).VersionInfo\n"
               "    $pv = [string]$vi.ProductVersion; $fv = [string]$vi.FileVersionRaw }\n"
               "  $st = ''\n"
               "  if ($s.ProcessId) { try { $st = (Get-Process -Id $s.ProcessId -ErrorAction Stop).StartTime"
               ".ToUniversalTime().ToString('o') } catch { } }\n"
               "  [ordered]@{ name = [string]$s.Name; displayName = [string]$s.DisplayName;\n"
               "    state = [string]$s.State; startMode = [string]$s.StartMode; pathName = [string]$s.PathName;\n"
               "    executable = $exe; productVersion = $pv.Trim(); fileVersion = $fv; startedAt = $st }\n"
               "})\n"
               "'UCMC-RESULT ' + (ConvertTo-Json -Compress -Depth 3 -InputObject $result)\n")
        .arg(extra.join(QStringLiteral(", ")));
}

QString WinRmServiceControl::controlScript(const QString &action, const QString &serviceName, StartupType type,
                                           int waitSeconds)
{
    return QStringLiteral(
               "# UC Media Console: service control\n"
               "$ErrorActionPreference = 'Stop'\n"
               "$ProgressPreference = 'SilentlyContinue'\n"
               "$name = %1\n"
               "$action = %2\n"
               "$startupType = %3\n"
               "$timeoutSeconds = %4\n"
               "$outcome = 'ok'; $message = ''\n"
               "$svc = Get-Service -Name $name -ErrorAction SilentlyContinue\n"
               "if (-not $svc) { $outcome = 'notfound' } else {\n"
               "  try {\n"
               "    $deadline = [DateTime]::UtcNow.AddSeconds($timeoutSeconds)\n"
               "    function Wait-Status($status) {\n"
               "      $left = $deadline - [DateTime]::UtcNow\n"
               "      if ($left -lt [TimeSpan]::Zero) { $left = [TimeSpan]::Zero }\n"
               "      $svc.WaitForStatus($status, $left) }\n"
               "    if ($action -eq 'SetStartupType') { Set-Service -Name $name -StartupType $startupType }\n"
               "    if ($action -eq 'Stop' -or $action -eq 'Restart') { $svc.Refresh()\n"
               "      if ($svc.Status -ne 'Stopped') { if ($svc.Status -ne 'StopPending') { $svc.Stop() }; "
               "Wait-Status 'Stopped' } }\n"
               "    if ($action -eq 'Start' -or $action -eq 'Restart') { $svc.Refresh()\n"
               "      if ($svc.Status -ne 'Running') { if ($svc.Status -ne 'StartPending') { $svc.Start() }; "
               "Wait-Status 'Running' } }\n"
               "  } catch {\n"
               "    $e = $_.Exception; while ($e.InnerException) { $e = $e.InnerException }\n"
               "    if ($e -is [System.ServiceProcess.TimeoutException]) { $outcome = 'timeout' } else { $outcome = "
               "'error' }\n"
               "    $message = [string]$e.Message }\n"
               "}\n"
               "$s = Get-CimInstance -ClassName Win32_Service | Where-Object { $_.Name -eq $name }\n"
               "$service = $null\n"
               "if ($s) { $st = ''\n"
               "  if ($s.ProcessId) { try { $st = (Get-Process -Id $s.ProcessId -ErrorAction Stop).StartTime"
               ".ToUniversalTime().ToString('o') } catch { } }\n"
               "  $service = [ordered]@{ name = [string]$s.Name; displayName = [string]$s.DisplayName;\n"
               "  state = [string]$s.State; startMode = [string]$s.StartMode; pathName = [string]$s.PathName;"
               " startedAt = $st } }\n"
               "'UCMC-RESULT ' + (ConvertTo-Json -Compress -Depth 3 -InputObject ([ordered]@{ outcome = $outcome; "
               "message = $message; service = $service }))\n")
        .arg(psQuote(serviceName), psQuote(action),
             psQuote(type == StartupType::Unknown ? QString() : startupTypeName(type)))
        .arg(waitSeconds);
}

ServiceRole WinRmServiceControl::roleOf(const ServiceInfo &service, const ServiceNameOverrides &overrides)
{
    for (ServiceRole role : {ServiceRole::UcServer, ServiceRole::WebServer, ServiceRole::MediaServer}) {
        const QString name = overrides.forRole(role);
        if (!name.isEmpty() && name.compare(service.name, Qt::CaseInsensitive) == 0)
            return role;
    }
    const QString exe = executableFileName(service.executable.isEmpty() ? service.pathName : service.executable);
    if (exe.compare(QLatin1String("EUCWeb.exe"), Qt::CaseInsensitive) == 0)
        return overrides.webServer.isEmpty() ? ServiceRole::WebServer : ServiceRole::Other;
    if (exe.compare(QLatin1String("uc-media-server.exe"), Qt::CaseInsensitive) == 0)
        return overrides.mediaServer.isEmpty() ? ServiceRole::MediaServer : ServiceRole::Other;
    if (service.name.compare(QLatin1String("eucsrv"), Qt::CaseInsensitive) == 0)
        return overrides.ucServer.isEmpty() ? ServiceRole::UcServer : ServiceRole::Other;
    return ServiceRole::Other;
}

std::optional<QList<ServiceInfo>> WinRmServiceControl::parseDiscovery(const QByteArray &standardOutput,
                                                                      const ServiceNameOverrides &overrides,
                                                                      QString *problem)
{
    const auto json = resultJson(standardOutput, problem);
    if (!json)
        return std::nullopt;
    if (!json->isArray()) {
        *problem = QStringLiteral("the result is not a list of services");
        return std::nullopt;
    }
    QList<ServiceInfo> services;
    for (const QJsonValue &value : json->toArray()) {
        auto service = serviceFromJson(value);
        if (!service) {
            *problem = QStringLiteral("a service entry has no name");
            return std::nullopt;
        }
        service->role = roleOf(*service, overrides);
        services << *service;
    }
    return services;
}

ServiceControlError WinRmServiceControl::fromWinRmError(const WinRmError &error)
{
    using K = ServiceControlError::Kind;
    K kind = K::RemoteError;
    switch (error.kind) {
    case WinRmError::Kind::None: kind = K::None; break;
    case WinRmError::Kind::InvalidSettings: kind = K::InvalidRequest; break;
    case WinRmError::Kind::HostUnreachable:
    case WinRmError::Kind::TlsFailed: kind = K::Unreachable; break;
    case WinRmError::Kind::TlsUntrusted: kind = K::CertificateUntrusted; break;
    case WinRmError::Kind::AuthenticationFailed:
    case WinRmError::Kind::AuthenticationUnsupported: kind = K::AuthenticationFailed; break;
    case WinRmError::Kind::AccessDenied: kind = K::AccessDenied; break;
    case WinRmError::Kind::Timeout: kind = K::Timeout; break;
    case WinRmError::Kind::UnexpectedOutput: kind = K::UnexpectedOutput; break;
    case WinRmError::Kind::Cancelled: kind = K::Cancelled; break;
    case WinRmError::Kind::WsManFault:
    case WinRmError::Kind::ProtocolError:
    case WinRmError::Kind::PowerShellError: kind = K::RemoteError; break;
    }
    ServiceControlError result = makeError(kind, error.message, error.detail);
    result.certificateFingerprint = error.certificateFingerprint;
    return result;
}

ServiceJob *WinRmServiceControl::runScript(ServiceJob *job, const QString &script, Duration timeout,
                                           std::function<void(ServiceJob *, const QByteArray &)> onOutput)
{
    if (winrm::powerShellCommandLine(script).size() > kMaxCommandLine) {
        QTimer::singleShot(0, job, [job] {
            job->fail(makeError(ServiceControlError::Kind::InvalidRequest,
                                ServiceControlError::tr("The service name is too long."),
                                QStringLiteral("the PowerShell command line would exceed cmd.exe's limit")));
        });
        return job;
    }
    WinRmCommandJob *command = m_client.runPowerShell(script, int(std::max<qint64>(1, timeout.count())));
    QPointer<WinRmCommandJob> guard(command);
    job->setCancelHandler([guard] {
        if (guard)
            guard->cancel();
    });
    connect(command, &WinRmCommandJob::finished, job, [job, command, onOutput] {
        command->deleteLater();
        if (command->error().isError()) {
            job->fail(fromWinRmError(command->error()));
            return;
        }
        const WinRmError psError = command->powerShellError();
        if (psError.isError()) {
            job->fail(fromWinRmError(psError));
            return;
        }
        onOutput(job, command->standardOutput());
    });
    // a job deleted early cancels its command
    connect(job, &QObject::destroyed, command, [guard] {
        if (guard && !guard->isFinished())
            guard->cancel();
    });
    return job;
}

ServiceJob *WinRmServiceControl::discover(const ServiceNameOverrides &overrides, Duration timeout)
{
    auto *job = new ServiceJob(ServiceJob::Operation::Discover, {}, this);
    for (const QString &name : {overrides.ucServer, overrides.webServer, overrides.mediaServer}) {
        if (!name.isEmpty() && !isValidServiceName(name)) {
            QTimer::singleShot(0, job, [job, name] {
                job->fail(makeError(ServiceControlError::Kind::InvalidRequest,
                                    ServiceControlError::tr("\"%1\" is not a valid Windows service name.").arg(name)));
            });
            return job;
        }
    }
    return runScript(job, discoveryScript(overrides), timeout, [overrides](ServiceJob *j, const QByteArray &out) {
        QString problem;
        const auto services = parseDiscovery(out, overrides, &problem);
        if (!services) {
            j->fail(makeError(ServiceControlError::Kind::UnexpectedOutput,
                              ServiceControlError::tr("The host's answer to the service query was not understood."),
                              problem));
            return;
        }
        j->complete(*services);
    });
}

ServiceJob *WinRmServiceControl::control(ServiceJob::Operation operation, const QString &action,
                                         const QString &serviceName, StartupType type, Duration timeout)
{
    auto *job = new ServiceJob(operation, serviceName, this);
    if (!isValidServiceName(serviceName)) {
        QTimer::singleShot(0, job, [job, serviceName] {
            job->fail(makeError(ServiceControlError::Kind::InvalidRequest,
                                ServiceControlError::tr("\"%1\" is not a valid Windows service name.").arg(serviceName)));
        });
        return job;
    }
    if (operation == ServiceJob::Operation::SetStartupType &&
        type != StartupType::Automatic && type != StartupType::Manual && type != StartupType::Disabled) {
        QTimer::singleShot(0, job, [job] {
            job->fail(makeError(ServiceControlError::Kind::InvalidRequest,
                                ServiceControlError::tr("Only the startup types Automatic, Manual and Disabled can "
                                                        "be set.")));
        });
        return job;
    }
    const int waitSeconds = scriptWaitSeconds(timeout);
    const QString script = controlScript(action, serviceName, type, waitSeconds);
    return runScript(job, script, timeout, [serviceName, waitSeconds, operation](ServiceJob *j, const QByteArray &out) {
        QString problem;
        const auto json = resultJson(out, &problem);
        const QJsonObject o = json ? json->toObject() : QJsonObject();
        const QString outcome = o.value(QStringLiteral("outcome")).toString();
        if (!json || !json->isObject() || outcome.isEmpty()) {
            j->fail(makeError(ServiceControlError::Kind::UnexpectedOutput,
                              ServiceControlError::tr("The host's answer to the service command was not understood."),
                              json ? QStringLiteral("the result has no outcome") : problem));
            return;
        }
        QList<ServiceInfo> services;
        if (const auto service = serviceFromJson(o.value(QStringLiteral("service"))))
            services << *service;
        const QString message = o.value(QStringLiteral("message")).toString();
        if (outcome == QLatin1String("ok")) {
            j->complete(services);
        } else if (outcome == QLatin1String("notfound")) {
            j->fail(makeError(ServiceControlError::Kind::ServiceNotFound,
                              ServiceControlError::tr("The service \"%1\" does not exist on the host.").arg(serviceName)),
                    services);
        } else if (outcome == QLatin1String("timeout")) {
            const QString state = services.isEmpty() ? QStringLiteral("?") : serviceStateText(services.first().state);
            j->fail(makeError(ServiceControlError::Kind::ServiceTimeout,
                              ServiceControlError::tr("The service \"%1\" did not reach the wanted state within %2 "
                                                      "seconds (it is: %3).")
                                  .arg(serviceName)
                                  .arg(waitSeconds)
                                  .arg(state),
                              message),
                    services);
        } else if (outcome == QLatin1String("error")) {
            j->fail(makeError(ServiceControlError::Kind::RemoteError,
                              ServiceControlError::operationFailed(int(operation), serviceName, message),
                              message),
                    services);
        } else {
            j->fail(makeError(ServiceControlError::Kind::UnexpectedOutput,
                              ServiceControlError::tr("The host's answer to the service command was not understood."),
                              QStringLiteral("unknown outcome %1").arg(outcome)),
                    services);
        }
    });
}

ServiceJob *WinRmServiceControl::stop(const QString &serviceName, Duration timeout)
{
    return control(ServiceJob::Operation::Stop, QStringLiteral("Stop"), serviceName, StartupType::Unknown, timeout);
}

ServiceJob *WinRmServiceControl::start(const QString &serviceName, Duration timeout)
{
    return control(ServiceJob::Operation::Start, QStringLiteral("Start"), serviceName, StartupType::Unknown, timeout);
}

ServiceJob *WinRmServiceControl::restart(const QString &serviceName, Duration timeout)
{
    return control(ServiceJob::Operation::Restart, QStringLiteral("Restart"), serviceName, StartupType::Unknown,
                   timeout);
}

ServiceJob *WinRmServiceControl::setStartupType(const QString &serviceName, StartupType type, Duration timeout)
{
    return control(ServiceJob::Operation::SetStartupType, QStringLiteral("SetStartupType"), serviceName, type,
                   timeout);
}

QString WinRmServiceControl::preview(ServiceJob::Operation operation, const QString &serviceName, StartupType type,
                                     const ServiceNameOverrides &overrides) const
{
    QString script;
    const int wait = scriptWaitSeconds(std::chrono::seconds(60));
    switch (operation) {
    case ServiceJob::Operation::Discover: script = discoveryScript(overrides); break;
    case ServiceJob::Operation::Stop: script = controlScript(QStringLiteral("Stop"), serviceName, type, wait); break;
    case ServiceJob::Operation::Start: script = controlScript(QStringLiteral("Start"), serviceName, type, wait); break;
    case ServiceJob::Operation::Restart:
        script = controlScript(QStringLiteral("Restart"), serviceName, type, wait);
        break;
    case ServiceJob::Operation::SetStartupType:
        script = controlScript(QStringLiteral("SetStartupType"), serviceName, type, wait);
        break;
    }
    return QStringLiteral("PowerShell on %1 (WinRM, as %2):\n%3")
        .arg(m_client.settings().endpoint().toString(), m_client.settings().user, script);
}

} // namespace ucmc
