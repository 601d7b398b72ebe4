#pragma once

// The plain values that describe the estos Windows services on one host (UCServer "eucsrv",
// UC WebServer "...\EUCWeb.exe", UC MediaServer "...\uc-media-server.exe"): roles, states,
// startup types, what discovery reports, and the names a user sets by hand. Qt Core only, so the
// models (host roles, site settings) can use them; the service control itself lives in net/.

#include <QDateTime>
#include <QString>

namespace ucmc {

enum class ServiceRole { UcServer, WebServer, MediaServer, Other };
enum class ServiceState { Stopped, StartPending, StopPending, Running, ContinuePending, PausePending, Paused, Unknown };
// Win32_Service.StartMode reads "Auto"; Set-Service writes "Automatic".
enum class StartupType { Automatic, Manual, Disabled, Boot, System, Unknown };

struct ServiceInfo
{
    ServiceRole role = ServiceRole::Other;
    QString name;        // the service's short name, e.g. eucsrv
    QString displayName;
    ServiceState state = ServiceState::Unknown;
    StartupType startupType = StartupType::Unknown;
    QString pathName;    // Win32_Service.PathName as reported (may be quoted, with arguments)
    QString executable;  // the path of the executable alone
    QString productVersion; // VersionInfo.ProductVersion of the executable (empty when unreadable)
    QString fileVersion;    // VersionInfo.FileVersionRaw (numeric a.b.c.d)
    // When the service's process started (UTC), as the host's clock says; invalid when it does not
    // run or the host did not tell (command templates). What tells whether a restart is pending.
    QDateTime startedAt;

    bool operator==(const ServiceInfo &) const = default;
};

// The service names the user set for a host; an empty name means "discover".
struct ServiceNameOverrides
{
    QString ucServer;
    QString webServer;
    QString mediaServer;
    QString forRole(ServiceRole role) const;
    bool operator==(const ServiceNameOverrides &) const = default;
};

QString serviceStateName(ServiceState state);   // "Running", "Stop Pending", ... (Win32_Service.State)
QString serviceStateText(ServiceState state);   // the same, translated, for messages and views
ServiceState serviceStateFromName(const QString &name);
QString startupTypeName(StartupType type);      // "Automatic", "Manual", "Disabled", ...
StartupType startupTypeFromName(const QString &name); // accepts "Auto" and "Automatic"
QString serviceRoleName(ServiceRole role);      // "UCServer", "UC WebServer", "UC MediaServer", "other"

// A service name is usable when it is 1..256 characters without control characters, '/' or '\\'
// (Windows' rule for service names).
bool isValidServiceName(const QString &name);

} // namespace ucmc
