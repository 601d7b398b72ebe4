#pragma once

// Which estos services each host of a site should run, and how the hosts are managed. Qt Core
// only. The rules come from the estos article "UCServer and UC MediaServer on distributed systems":
//
//   - The UCServer host (the one whose eucwebconfig.json is edited) runs the UCServer and the
//     UC WebServer, startup type Automatic. Its UC MediaServer is Disabled (and stopped), unless
//     the kurentoservers list uses the local media server (127.0.0.0/8, localhost, ::1, or the
//     UCServer host's own name or address): then it is Automatic too (the article's example 2).
//   - Every other host in the list runs only the UC MediaServer (Automatic); its UCServer and
//     UC WebServer are Disabled (and stopped) (example 1).
//   - Every estos update resets all three to Automatic, so after an update the media hosts run a
//     UCServer and a UC WebServer again: a difference is explained as "reset by an update?".
//   - All hosts must run the same software version.
//
// Which hosts exist: the UCServer host plus the distinct hosts of the list's URLs; a local entry
// (127.0.0.1, localhost, ::1, or the UCServer host's own name or a given alias) is the UCServer
// host itself. Host names are compared after normalising their spelling (case, a trailing dot,
// IPv6 zero compression); a name and an IP address of the same machine cannot be matched without
// DNS, so the caller may pass the UCServer host's other names and addresses as aliases. When the
// UCServer host is itself a loopback address (simulated hosts on 127.0.0.x in the demo and the
// tests), a loopback URL is local only if it names exactly that address (or an alias).
//
// This header also holds the per-host service-control settings (HostControlSettings) and the
// apply settings (ApplySettings) that a Site keeps in QSettings. Neither ever holds a password:
// credentials live only in the OS keychain (core/credentialstore.h).

#include "models/windowsservice.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace ucmc {

class ConfigDocument;

// ---- Expected roles -----------------------------------------------------------------------------

struct ExpectedService
{
    ServiceRole role = ServiceRole::Other;
    StartupType startupType = StartupType::Unknown;
    ServiceState state = ServiceState::Unknown; // Running for Automatic, Stopped for Disabled
    bool operator==(const ExpectedService &) const = default;
};

struct SiteHost
{
    QString host;                 // normalised; the UCServer host as configured (may be empty: not set)
    bool isUcServerHost = false;
    bool runsMediaServer = false; // the list uses a media server on this host
    QStringList mediaServerUrls;  // the kurentoservers URLs on this host, as written, in list order
    QList<ExpectedService> expected; // UCServer, UC WebServer, UC MediaServer, in this order

    ExpectedService expectedFor(ServiceRole role) const;
    bool operator==(const SiteHost &) const = default;
};

struct SiteLayout
{
    QList<SiteHost> hosts;        // the UCServer host first, then the media hosts in list order
    bool usesLocalMediaServer = false;
    QStringList unusableUrls;     // entries without a parsable URL: they name no host

    const SiteHost *find(const QString &host) const; // by normalised name
    const SiteHost *ucServerHost() const { return hosts.isEmpty() ? nullptr : &hosts.first(); }
};

// One way a host's services differ from what the article expects.
struct ServiceDifference
{
    enum class Kind {
        StartupType, // the startup type is not the expected one
        State,       // running although it should be stopped (Disabled), or stopped although Automatic
        Missing,     // no service of this role was found on the host
    };

    Kind kind = Kind::StartupType;
    QString host;
    ServiceRole role = ServiceRole::Other;
    QString serviceName; // empty for Missing
    ExpectedService expected;
    StartupType actualStartupType = StartupType::Unknown;
    ServiceState actualState = ServiceState::Unknown;
    QString explanation; // translated, one or two sentences

    bool operator==(const ServiceDifference &) const = default;
};

// What to do to a service so that it matches the expectation; run after the user confirmed.
struct ServiceFix
{
    enum class Action { SetStartupType, Stop, Start };
    QString host;
    QString serviceName;
    ServiceRole role = ServiceRole::Other;
    Action action = Action::SetStartupType;
    StartupType startupType = StartupType::Unknown; // for SetStartupType
    bool operator==(const ServiceFix &) const = default;
};

// The services one host reported (ServiceControl::discover).
struct HostServices
{
    QString host;
    QList<ServiceInfo> services;
};

struct VersionDifference
{
    QString host;
    ServiceRole role = ServiceRole::Other;
    QString serviceName;
    QString version;         // what this service's executable reports
    QString expectedVersion; // the reference version (see VersionCheck)
    bool operator==(const VersionDifference &) const = default;
};

struct VersionCheck
{
    bool consistent = true;
    // The reference: the UCServer host's UCServer version when readable, else the version most
    // services report (a tie goes to the higher version).
    QString version;
    QList<VersionDifference> differences;
    QStringList unreadable; // "host: service" whose version could not be read (file missing)
    QString message;        // translated: empty when consistent and nothing unreadable
};

class HostRoles
{
    Q_DECLARE_TR_FUNCTIONS(ucmc::HostRoles)

public:
    // The hosts of a site and what each should run. mediaServerUrls: the kurentoservers URLs as
    // written; aliases: other names or addresses of the UCServer host (optional).
    static SiteLayout layout(const QString &ucServerHost, const QStringList &mediaServerUrls,
                             const QStringList &ucServerAliases = {});
    static SiteLayout layout(const QString &ucServerHost, const ConfigDocument &document,
                             const QStringList &ucServerAliases = {});

    // The expectation for one host kind (the article's rules).
    static QList<ExpectedService> expectedServices(bool isUcServerHost, bool runsMediaServer);

    // Host spelling for comparison: lower case, no trailing dot, IPv6 without brackets in its
    // shortest form, localhost and ::1 as 127.0.0.1.
    static QString normalizedHost(QStringView host);

    // The differences between what a host should run and what discovery found there. Services
    // of role Other are ignored; of several services with one role, the first counts.
    static QList<ServiceDifference> compare(const SiteHost &host, const QList<ServiceInfo> &discovered);
    // The actions that remove the differences: startup types first, then stops, then starts.
    // Missing services cannot be fixed.
    static QList<ServiceFix> fixes(const QList<ServiceDifference> &differences);
    // "Set NAME to Disabled", "Stop NAME", "Start NAME" (translated).
    static QString fixText(const ServiceFix &fix);

    // Versions of the estos executables across all hosts (roles UcServer, WebServer, MediaServer).
    static VersionCheck compareVersions(const QList<HostServices> &hosts, const QString &ucServerHost);
    // productVersion, else fileVersion (trimmed); empty when unreadable.
    static QString versionOf(const ServiceInfo &service);
    // Translated role names for messages: "UCServer", "UC WebServer", "UC MediaServer".
    static QString roleText(ServiceRole role);
    static QString startupTypeText(StartupType type);
};

// ---- Service-control settings per host ------------------------------------------------------

// User-editable command templates (net/servicecontrol/commandservicecontrol.h documents the syntax and the
// placeholders). An empty restart template means "stop, then start"; an empty discover template
// means "discovery not supported: the service names are entered by hand".
struct CommandTemplates
{
    QString discover;
    QString stop;
    QString start;
    QString restart;
    QString setStartupType;

    bool isEmpty() const;
    bool operator==(const CommandTemplates &) const = default;

    // Presets the settings dialog offers: PowerShell over OpenSSH (waits for the service state,
    // prints the UCMC-RESULT lines, so discovery works), and sc.exe against \\host (Windows
    // workstations with the current logon's rights; sc.exe does not wait, and cannot discover).
    static CommandTemplates powerShellOverSsh();
    static CommandTemplates scExe();
};

struct HostControlSettings
{
    enum class Kind {
        None,     // not managed: shown as "not managed", not as an error
        WinRm,    // WS-Management (net/servicecontrolwinrm.h)
        Commands, // command templates run on this workstation (net/servicecontrol/commandservicecontrol.h)
    };
    enum class WinRmTransport { Http, Https };
    enum class WinRmAuthentication { Ntlm, Basic };

    QString host; // as the site names it (SiteHost::host); compared normalised
    Kind kind = Kind::None;
    QString user; // the WinRM user, or {user} in command templates; the password is in the keychain
    // WinRM
    WinRmTransport transport = WinRmTransport::Http;
    quint16 port = 0; // 0: 5985 for HTTP, 5986 for HTTPS
    WinRmAuthentication authentication = WinRmAuthentication::Ntlm;
    QString pinnedCertificateSha256; // the HTTPS certificate the user confirmed ("AB:CD:…")
    // Commands
    CommandTemplates commands;
    // Both: service names the user set (empty: discover)
    ServiceNameOverrides serviceNames;

    bool isManaged() const { return kind != Kind::None; }
    bool operator==(const HostControlSettings &) const = default;

    static QLatin1StringView kindId(Kind kind); // "none", "winrm", "commands"
    static Kind kindFromId(QStringView id);     // unknown ids: None
};

// How the apply transaction (core/applytransaction.h) behaves for a site.
struct ApplySettings
{
    enum class RollbackPolicy {
        Offer,     // stop and ask (the GUI calls ApplyTransaction::rollback())
        Automatic, // restore the backup and restart again at once
    };
    static constexpr int kMinTimeoutMs = 1'000;
    static constexpr int kMaxTimeoutMs = 600'000;

    RollbackPolicy rollbackPolicy = RollbackPolicy::Offer;
    int restartTimeoutMs = 90'000;   // the service restart (stop and start) may take this long
    int webServerTimeoutMs = 60'000; // after the restart, the WebServer must answer HTTP within this
    int pollIntervalMs = 1'000;      // how often the WebServer's HTTP port is checked while waiting
    int watchMs = 10'000;            // how long the media servers are watched afterwards (0: not)
    int keepBackups = 10;

    ApplySettings bounded() const;
    bool operator==(const ApplySettings &) const = default;

    static QLatin1StringView policyId(RollbackPolicy policy); // "offer", "automatic"
    static RollbackPolicy policyFromId(QStringView id);       // unknown ids: Offer
};

} // namespace ucmc
