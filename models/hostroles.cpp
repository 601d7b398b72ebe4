#include "models/hostroles.h"

#include "models/configdocument.h"
#include "models/mediaserverurl.h"
#include "models/serveraddress.h"

#include <QHash>
#include <QVersionNumber>

#include <algorithm>

namespace ucmc {

namespace {

constexpr ServiceRole kRoles[] = {ServiceRole::UcServer, ServiceRole::WebServer, ServiceRole::MediaServer};

bool isLoopbackText(const QString &normalized)
{
    return normalized.startsWith(QLatin1String("127.")) && normalized.count(QLatin1Char('.')) == 3;
}

// The first discovered service of a role.
const ServiceInfo *serviceOf(const QList<ServiceInfo> &services, ServiceRole role)
{
    for (const ServiceInfo &s : services)
        if (s.role == role)
            return &s;
    return nullptr;
}

// Why a host should (not) run a service, for the explanations.
QString reasonFor(const SiteHost &host, ServiceRole role)
{
    if (host.isUcServerHost) {
        if (role == ServiceRole::MediaServer)
            return host.runsMediaServer
                       ? HostRoles::tr("the kurentoservers list uses the media server on the UCServer host")
                       : HostRoles::tr("the kurentoservers list does not use a media server on the UCServer host");
        return HostRoles::tr("the UCServer host runs the UCServer and the UC WebServer");
    }
    if (role == ServiceRole::MediaServer)
        return HostRoles::tr("the kurentoservers list uses this host's media server");
    return HostRoles::tr("a media server host runs only the UC MediaServer");
}

// After an installation or an estos update every service is Automatic.
bool looksLikeFreshInstall(const QList<ServiceInfo> &services)
{
    int automatic = 0;
    for (ServiceRole role : kRoles) {
        const ServiceInfo *s = serviceOf(services, role);
        if (!s)
            return false;
        automatic += s->startupType == StartupType::Automatic;
    }
    return automatic == 3;
}

} // namespace

ExpectedService SiteHost::expectedFor(ServiceRole role) const
{
    for (const ExpectedService &e : expected)
        if (e.role == role)
            return e;
    return ExpectedService{role, StartupType::Unknown, ServiceState::Unknown};
}

const SiteHost *SiteLayout::find(const QString &host) const
{
    const QString wanted = HostRoles::normalizedHost(host);
    for (const SiteHost &h : hosts)
        if (HostRoles::normalizedHost(h.host) == wanted)
            return &h;
    return nullptr;
}

QString HostRoles::normalizedHost(QStringView hostIn)
{
    QString host = hostIn.trimmed().toString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host.contains(QLatin1Char(':'))) {
        const QString v6 = ServerAddress::normalizedIpv6(host);
        if (!v6.isEmpty())
            host = v6;
        if (host == QLatin1String("::1"))
            return QStringLiteral("127.0.0.1");
        return host.toLower();
    }
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    host = host.toLower();
    if (host == QLatin1String("localhost"))
        return QStringLiteral("127.0.0.1");
    return host;
}

QList<ExpectedService> HostRoles::expectedServices(bool isUcServerHost, bool runsMediaServer)
{
    const auto on = [](ServiceRole role) { return ExpectedService{role, StartupType::Automatic, ServiceState::Running}; };
    const auto off = [](ServiceRole role) { return ExpectedService{role, StartupType::Disabled, ServiceState::Stopped}; };
    if (isUcServerHost)
        return {on(ServiceRole::UcServer), on(ServiceRole::WebServer),
                runsMediaServer ? on(ServiceRole::MediaServer) : off(ServiceRole::MediaServer)};
    return {off(ServiceRole::UcServer), off(ServiceRole::WebServer), on(ServiceRole::MediaServer)};
}

SiteLayout HostRoles::layout(const QString &ucServerHost, const QStringList &mediaServerUrls,
                             const QStringList &ucServerAliases)
{
    SiteLayout result;
    QStringList ucNames{normalizedHost(ucServerHost)};
    for (const QString &alias : ucServerAliases)
        if (!alias.trimmed().isEmpty())
            ucNames << normalizedHost(alias);
    ucNames.removeAll(QString());

    SiteHost uc;
    uc.host = ucServerHost.trimmed().isEmpty() ? QString() : normalizedHost(ucServerHost);
    uc.isUcServerHost = true;
    QList<SiteHost> media;
    for (const QString &url : mediaServerUrls) {
        const auto parsed = MediaServerUrl::parse(url);
        if (!parsed) {
            result.unusableUrls << url;
            continue;
        }
        const QString host = normalizedHost(parsed.value().host);
        // A loopback URL is the UCServer host itself. Only when the UCServer host is itself a
        // loopback address (a simulation on 127.0.0.x) must the address match exactly.
        const bool loopback = ServerAddress::isLoopback(parsed.value()) || isLoopbackText(host);
        const bool simulated = !ucNames.isEmpty() && isLoopbackText(ucNames.first());
        const bool local = ucNames.contains(host) || (loopback && !simulated);
        if (local) {
            uc.runsMediaServer = true;
            uc.mediaServerUrls << url;
            continue;
        }
        auto it = std::find_if(media.begin(), media.end(), [&](const SiteHost &h) { return h.host == host; });
        if (it == media.end()) {
            SiteHost h;
            h.host = host;
            h.runsMediaServer = true;
            h.mediaServerUrls << url;
            media << h;
        } else {
            it->mediaServerUrls << url;
        }
    }
    uc.expected = expectedServices(true, uc.runsMediaServer);
    for (SiteHost &h : media)
        h.expected = expectedServices(false, true);
    result.usesLocalMediaServer = uc.runsMediaServer;
    result.hosts << uc << media;
    return result;
}

SiteLayout HostRoles::layout(const QString &ucServerHost, const ConfigDocument &document,
                             const QStringList &ucServerAliases)
{
    QStringList urls;
    for (const MediaServerEntry &entry : document.entries())
        if (entry.urlIsString)
            urls << entry.url;
    return layout(ucServerHost, urls, ucServerAliases);
}

QString HostRoles::roleText(ServiceRole role)
{
    switch (role) {
    case ServiceRole::UcServer: return tr("UCServer");
    case ServiceRole::WebServer: return tr("UC WebServer");
    case ServiceRole::MediaServer: return tr("UC MediaServer");
    case ServiceRole::Other: return tr("other service");
    }
    return {};
}

QString HostRoles::startupTypeText(StartupType type)
{
    switch (type) {
    case StartupType::Automatic: return tr("Automatic");
    case StartupType::Manual: return tr("Manual");
    case StartupType::Disabled: return tr("Disabled");
    case StartupType::Boot: return tr("Boot");
    case StartupType::System: return tr("System");
    case StartupType::Unknown: return tr("unknown");
    }
    return {};
}

QList<ServiceDifference> HostRoles::compare(const SiteHost &host, const QList<ServiceInfo> &discovered)
{
    QList<ServiceDifference> result;
    const bool fresh = looksLikeFreshInstall(discovered);
    for (ServiceRole role : kRoles) {
        const ExpectedService expected = host.expectedFor(role);
        const ServiceInfo *actual = serviceOf(discovered, role);
        const QString roleName = roleText(role);
        const QString reason = reasonFor(host, role);
        ServiceDifference d;
        d.host = host.host;
        d.role = role;
        d.expected = expected;
        if (!actual) {
            d.kind = ServiceDifference::Kind::Missing;
            d.explanation = tr("No %1 service was found on this host. Is the estos software installed? If its "
                               "service has another name, enter the name by hand.")
                                .arg(roleName);
            result << d;
            continue;
        }
        d.serviceName = actual->name;
        d.actualStartupType = actual->startupType;
        d.actualState = actual->state;
        if (actual->startupType != expected.startupType) {
            d.kind = ServiceDifference::Kind::StartupType;
            const QString is = startupTypeText(actual->startupType);
            const QString want = startupTypeText(expected.startupType);
            if (actual->startupType == StartupType::Automatic && expected.startupType == StartupType::Disabled)
                d.explanation = fresh ? tr("The %1 is set to Automatic, but it should be Disabled (%2). All three "
                                           "estos services are Automatic, as an installation or an estos update "
                                           "leaves them: reset by an update?")
                                            .arg(roleName, reason)
                                      : tr("The %1 is set to Automatic, but it should be Disabled (%2). Reset by "
                                           "an update?")
                                            .arg(roleName, reason);
            else if (expected.startupType == StartupType::Automatic && actual->startupType == StartupType::Manual)
                d.explanation = tr("The %1 is set to Manual, so it does not start after a reboot; it should be "
                                   "Automatic (%2).")
                                    .arg(roleName, reason);
            else if (expected.startupType == StartupType::Automatic && actual->startupType == StartupType::Disabled)
                d.explanation = tr("The %1 is Disabled, but this host must run it (%2). Changed by hand, or is the "
                                   "kurentoservers list new?")
                                    .arg(roleName, reason);
            else
                d.explanation = tr("The %1 is set to %2, but it should be %3 (%4).").arg(roleName, is, want, reason);
            result << d;
        }
        if (actual->state != ServiceState::Unknown) {
            const bool running = actual->state == ServiceState::Running || actual->state == ServiceState::StartPending;
            const bool stopped = actual->state == ServiceState::Stopped || actual->state == ServiceState::StopPending;
            ServiceDifference s = d;
            s.kind = ServiceDifference::Kind::State;
            if (expected.state == ServiceState::Running && !running) {
                s.explanation = tr("The %1 is not running (%2), but this host must run it.")
                                    .arg(roleName, serviceStateText(actual->state));
                result << s;
            } else if (expected.state == ServiceState::Stopped && !stopped) {
                s.explanation = tr("The %1 is running (%2), but it should be stopped (%3).")
                                    .arg(roleName, serviceStateText(actual->state), reason);
                result << s;
            }
        }
    }
    return result;
}

QString HostRoles::fixText(const ServiceFix &fix)
{
    switch (fix.action) {
    case ServiceFix::Action::SetStartupType:
        return tr("Set %1 to %2").arg(fix.serviceName, startupTypeText(fix.startupType));
    case ServiceFix::Action::Stop:
        return tr("Stop %1").arg(fix.serviceName);
    case ServiceFix::Action::Start:
        return tr("Start %1").arg(fix.serviceName);
    }
    return {};
}

QList<ServiceFix> HostRoles::fixes(const QList<ServiceDifference> &differences)
{
    QList<ServiceFix> setTypes, stops, starts;
    for (const ServiceDifference &d : differences) {
        if (d.kind == ServiceDifference::Kind::Missing || d.serviceName.isEmpty())
            continue;
        ServiceFix fix{d.host, d.serviceName, d.role, ServiceFix::Action::SetStartupType, d.expected.startupType};
        if (d.kind == ServiceDifference::Kind::StartupType) {
            setTypes << fix;
        } else if (d.expected.state == ServiceState::Stopped) {
            fix.action = ServiceFix::Action::Stop;
            fix.startupType = StartupType::Unknown;
            stops << fix;
        } else if (d.expected.state == ServiceState::Running) {
            fix.action = ServiceFix::Action::Start;
            fix.startupType = StartupType::Unknown;
            starts << fix;
        }
    }
    return setTypes + stops + starts;
}

QString HostRoles::versionOf(const ServiceInfo &service)
{
    const QString product = service.productVersion.trimmed();
    return product.isEmpty() ? service.fileVersion.trimmed() : product;
}

VersionCheck HostRoles::compareVersions(const QList<HostServices> &hosts, const QString &ucServerHost)
{
    VersionCheck check;
    struct Seen
    {
        QString host;
        const ServiceInfo *service;
        QString version;
    };
    QList<Seen> seen;
    QHash<QString, int> counts;
    const QString ucHost = normalizedHost(ucServerHost);
    QString reference;
    for (const HostServices &h : hosts) {
        for (const ServiceInfo &s : h.services) {
            if (s.role == ServiceRole::Other)
                continue;
            const QString version = versionOf(s);
            if (version.isEmpty()) {
                check.unreadable << QStringLiteral("%1: %2").arg(h.host, s.name);
                continue;
            }
            seen << Seen{h.host, &s, version};
            ++counts[version];
            if (reference.isEmpty() && s.role == ServiceRole::UcServer && !ucHost.isEmpty()
                && normalizedHost(h.host) == ucHost)
                reference = version;
        }
    }
    if (reference.isEmpty()) {
        int best = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            const bool higher = QVersionNumber::fromString(it.key()) > QVersionNumber::fromString(reference);
            if (it.value() > best || (it.value() == best && higher)) {
                best = it.value();
                reference = it.key();
            }
        }
    }
    check.version = reference;
    for (const Seen &s : std::as_const(seen)) {
        if (s.version != reference)
            check.differences << VersionDifference{s.host, s.service->role, s.service->name, s.version, reference};
    }
    check.consistent = check.differences.isEmpty();
    QStringList parts;
    if (!check.consistent) {
        QStringList which;
        for (const VersionDifference &d : std::as_const(check.differences))
            which << tr("%1 on %2: %3").arg(roleText(d.role), d.host, d.version);
        parts << tr("All hosts must run the same estos software version, but not every service runs %1 (%2). "
                    "Update the hosts so that they match.")
                     .arg(reference, which.join(QStringLiteral("; ")));
    }
    if (!check.unreadable.isEmpty())
        parts << tr("The version of %1 could not be read (is the executable missing?).")
                     .arg(check.unreadable.join(QStringLiteral(", ")));
    check.message = parts.join(QLatin1Char(' '));
    return check;
}

// ---- settings ----------------------------------------------------------------------------------

bool CommandTemplates::isEmpty() const
{
    return discover.isEmpty() && stop.isEmpty() && start.isEmpty() && restart.isEmpty() && setStartupType.isEmpty();
}

CommandTemplates CommandTemplates::powerShellOverSsh()
{
    // {ps_encoded} is the console's own PowerShell script for the operation (the one WinRM runs),
    // so discovery and waiting for the service state work the same way over OpenSSH.
    const QString ssh = QStringLiteral("ssh -o BatchMode=yes -o ConnectTimeout=10 {user}@{host} "
                                       "powershell -NoProfile -NonInteractive -EncodedCommand {ps_encoded}");
    return CommandTemplates{ssh, ssh, ssh, ssh, ssh};
}

CommandTemplates CommandTemplates::scExe()
{
    CommandTemplates t;
    t.stop = QStringLiteral("sc.exe \\\\{host} stop {service}");
    t.start = QStringLiteral("sc.exe \\\\{host} start {service}");
    // sc.exe does not wait for the service state; Restart-Service does.
    t.restart = QStringLiteral("powershell.exe -NoProfile -NonInteractive -Command "
                               "\"Restart-Service -InputObject (Get-Service -ComputerName '{host}' -Name '{service}')\"");
    t.setStartupType = QStringLiteral("sc.exe \\\\{host} config {service} start= {startup_sc}");
    return t;
}

QLatin1StringView HostControlSettings::kindId(Kind kind)
{
    switch (kind) {
    case Kind::None: return QLatin1StringView("none");
    case Kind::WinRm: return QLatin1StringView("winrm");
    case Kind::Commands: return QLatin1StringView("commands");
    }
    return QLatin1StringView("none");
}

HostControlSettings::Kind HostControlSettings::kindFromId(QStringView id)
{
    if (id == QLatin1String("winrm"))
        return Kind::WinRm;
    if (id == QLatin1String("commands"))
        return Kind::Commands;
    return Kind::None;
}

ApplySettings ApplySettings::bounded() const
{
    ApplySettings s = *this;
    s.restartTimeoutMs = qBound(kMinTimeoutMs, restartTimeoutMs, kMaxTimeoutMs);
    s.webServerTimeoutMs = qBound(kMinTimeoutMs, webServerTimeoutMs, kMaxTimeoutMs);
    s.pollIntervalMs = qBound(50, pollIntervalMs, 30'000);
    s.watchMs = qBound(0, watchMs, kMaxTimeoutMs);
    s.keepBackups = qBound(1, keepBackups, 1000);
    return s;
}

QLatin1StringView ApplySettings::policyId(RollbackPolicy policy)
{
    return policy == RollbackPolicy::Automatic ? QLatin1StringView("automatic") : QLatin1StringView("offer");
}

ApplySettings::RollbackPolicy ApplySettings::policyFromId(QStringView id)
{
    return id == QLatin1String("automatic") ? RollbackPolicy::Automatic : RollbackPolicy::Offer;
}

} // namespace ucmc
