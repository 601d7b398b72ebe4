#pragma once

#include "models/serverhealth.h"

#include <QList>
#include <QMap>
#include <QString>

namespace ucmc {

// What the status bar says about all media servers of a site at once.
struct FleetSummary
{
    int total = 0; // distinct media servers in the list
    int up = 0;   // up or going down
    int down = 0; // down or going up
    int maintenance = 0;
    int pending = 0;      // unknown or connecting
    int notMonitored = 0; // malformed URLs
    // Version -> how many reachable servers report it. The knowledge-base article: "It is
    // essential that the hosts are all running the same software version."
    QMap<QString, int> versions;

    bool operator==(const FleetSummary &) const = default;

    bool versionsAgree() const { return versions.size() <= 1; }
    // The version most servers run (ties: the highest string), empty when none is known.
    QString commonVersion() const;

    static FleetSummary of(const QList<ServerHealth> &servers);
    // Counts one more server (a summary built in one pass, without copying healths).
    void add(const ServerHealth &server);

    // "Media servers up: 3 of 5", translated.
    QString upText() const;
    // "All run 7.3.0" / "Versions differ: 7.3.0 (3), 7.2.1 (1)" / empty when nothing is known.
    QString versionText() const;
};

} // namespace ucmc
