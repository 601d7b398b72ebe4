#include "models/sitestatus.h"

#include <QCollator>

namespace ucmc {

SiteStatus SiteStatus::of(const QStringList &keys, const QHash<QString, ServerHealth> &health,
                          const QDateTime &now)
{
    SiteStatus status;
    for (const QString &key : keys) {
        const auto it = health.constFind(key);
        const ServerHealth &server = it == health.cend() ? ServerHealth() : *it;
        status.servers.add(server);
        if (server.failure == FailureCode::TlsChanged && server.state != HealthState::Up)
            ++status.certificatesChanged;
        else if (!server.certificate.isNull()
                 && server.certificate.daysToExpiry(now) < CertificateInfo::kWarningDays)
            ++status.certificatesExpiring;
    }
    return status;
}

bool SiteStatus::hostUnreachable() const
{
    return !ucServerHost.isEmpty() && host.ucServer.state == PortHealth::State::Closed
           && host.webServer.state == PortHealth::State::Closed;
}

bool SiteStatus::webServerDown() const
{
    return !ucServerHost.isEmpty()
           && (host.webServer.state == PortHealth::State::Closed || host.webServer.httpStatus == 502);
}

SiteStatus::Level SiteStatus::level() const
{
    const int serversDown = servers.down;
    if (hostUnreachable() || webServerDown() || serversDown > 0 || certificatesChanged > 0
        || !fileProblem.isEmpty())
        return Level::Critical;
    if (!servers.versionsAgree() || certificatesExpiring > 0 || restart.isPending()
        || host.webServerHttps.state == PortHealth::State::Closed || servers.notMonitored > 0)
        return Level::Warning;
    if (!fileRead || servers.pending > 0
        || (!ucServerHost.isEmpty() && host.ucServer.state == PortHealth::State::Unknown))
        return Level::Pending;
    return Level::Ok;
}

QString SiteStatus::headline() const
{
    if (!fileProblem.isEmpty() && !fileRead)
        return tr("Configuration file not readable");
    if (hostUnreachable())
        return tr("UCServer host unreachable");
    if (servers.total > 0 && servers.down == servers.total)
        return servers.total == 1 ? tr("The media server is down")
                                  : tr("All %1 media servers down").arg(servers.total);
    if (servers.down > 0)
        return servers.down == 1 ? tr("1 media server down") : tr("%1 media servers down").arg(servers.down);
    if (webServerDown())
        return host.webServer.httpStatus == 502 ? tr("UC WebServer: UCServer not connected")
                                                : tr("UC WebServer not answering");
    if (!fileProblem.isEmpty())
        return tr("Configuration file not readable"); // its last list is still monitored
    if (!fileRead)
        return tr("Reading the configuration file…");
    if (servers.total == 0)
        return tr("No media servers configured");
    if (servers.pending > 0)
        return tr("Waiting for first answers");
    // A warning is what the tile's first line says; the counts follow on the next.
    if (!servers.versionsAgree())
        return tr("Versions differ");
    if (certificatesExpiring > 0)
        return certificatesExpiring == 1 ? tr("1 certificate expires soon")
                                         : tr("%1 certificates expire soon").arg(certificatesExpiring);
    if (restart.isPending())
        return tr("Restart of the UC WebServer pending");
    if (!ucServerHost.isEmpty() && host.webServerHttps.state == PortHealth::State::Closed)
        return tr("UC WebServer HTTPS not answering");
    if (servers.notMonitored > 0)
        return servers.notMonitored == 1 ? tr("1 entry cannot be monitored")
                                         : tr("%1 entries cannot be monitored").arg(servers.notMonitored);
    if (servers.maintenance > 0)
        return tr("%1 of %2 media servers up, %3 in maintenance")
            .arg(servers.up)
            .arg(servers.total)
            .arg(servers.maintenance);
    return servers.up == 1 ? tr("The media server is up") : tr("All %1 media servers up").arg(servers.up);
}

QStringList SiteStatus::details() const
{
    QStringList lines;
    if (servers.total > 0)
        lines << tr("%1 of %2 media servers up").arg(servers.up).arg(servers.total);
    if (!servers.versionsAgree())
        lines << servers.versionText();
    else if (!servers.versions.isEmpty())
        lines << tr("Version %1").arg(servers.versions.firstKey());
    if (certificatesChanged > 0)
        lines << (certificatesChanged == 1 ? tr("1 certificate changed")
                                           : tr("%1 certificates changed").arg(certificatesChanged));
    if (certificatesExpiring > 0)
        lines << (certificatesExpiring == 1 ? tr("1 certificate expires soon")
                                            : tr("%1 certificates expire soon").arg(certificatesExpiring));
    if (restart.isPending())
        lines << tr("Restart of the UC WebServer pending");
    if (!fileProblem.isEmpty())
        lines << fileProblem;
    if (ucServerHost.isEmpty())
        lines << tr("No UCServer host set");
    else if (!hostUnreachable() && host.webServerHttps.state == PortHealth::State::Closed)
        lines << tr("UC WebServer HTTPS not answering");
    return lines;
}

bool SiteStatus::worseFirst(const SiteStatus &a, const SiteStatus &b)
{
    if (a.level() != b.level())
        return a.level() > b.level();
    if (a.servers.down != b.servers.down)
        return a.servers.down > b.servers.down;
    static thread_local QCollator collator = [] {
        // The "C" locale's collator knows no numeric mode: "Site 9" before "Site 10" needs a language.
        QCollator c(QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale());
        c.setCaseSensitivity(Qt::CaseInsensitive);
        c.setNumericMode(true);
        return c;
    }();
    const int byName = collator.compare(a.name, b.name);
    return byName != 0 ? byName < 0 : a.siteId < b.siteId;
}

} // namespace ucmc
