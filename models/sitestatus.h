#pragma once

// What one tile of the fleet overview says about a site: its UCServer host, how many of its media
// servers are up, whether their versions agree, certificate trouble, a pending restart and whether
// its file could be read; and how bad that is, so the fleet can show the worst sites first. Built
// from what the site's monitor reports; Qt Core only.

#include "models/fleetsummary.h"
#include "models/hosthealth.h"
#include "models/restartneed.h"
#include "models/serverhealth.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

namespace ucmc {

struct SiteStatus
{
    Q_DECLARE_TR_FUNCTIONS(ucmc::SiteStatus)
public:
    // Worst last: the fleet sorts by level, descending.
    enum class Level : quint8 { Ok, Pending, Warning, Critical };

    QString siteId;
    QString name;
    QString ucServerHost; // empty: none known
    HostHealth host;
    FleetSummary servers;
    int certificatesExpiring = 0; // within CertificateInfo::kWarningDays, or expired
    int certificatesChanged = 0;  // another certificate than the one trusted (tls-changed)
    RestartNeed restart;
    bool fileRead = false; // the server list was read at least once
    QString fileProblem;   // why the file cannot be read or used now (translated); empty: fine

    // Computes the summary from the servers' latest health (keys in list order).
    static SiteStatus of(const QStringList &keys, const QHash<QString, ServerHealth> &health,
                         const QDateTime &now = QDateTime::currentDateTimeUtc());

    bool hostUnreachable() const; // the UCServer and UC WebServer HTTP ports both closed
    bool webServerDown() const;   // the UC WebServer HTTP port closed, or HTTP 502
    Level level() const;
    // One line, the worst first: "UCServer host unreachable", "2 media servers down",
    // "All 5 media servers up", "Waiting for first answers", translated.
    QString headline() const;
    // The other lines of the tile: versions, certificates, restart, host; translated.
    QStringList details() const;
    // Worse sites first, then by name (case-insensitive, locale-aware).
    static bool worseFirst(const SiteStatus &a, const SiteStatus &b);

    bool operator==(const SiteStatus &) const = default;
};

} // namespace ucmc
