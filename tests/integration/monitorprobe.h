#pragma once

// Test support: remembers the latest health the monitor reported for every URL, and every state
// a URL went through, so tests can wait for and assert on transitions.

#include "net/monitor/mediaservermonitor.h"

#include <QHash>
#include <QList>

namespace ucmc::test {

class MonitorRecorder : public QObject
{
public:
    explicit MonitorRecorder(MediaServerMonitor &monitor)
    {
        connect(&monitor, &MediaServerMonitor::healthChanged, this, [this](const HealthUpdates &updates) {
            for (const HealthUpdate &u : updates) {
                latest.insert(u.key, u.health);
                QList<HealthState> &states = history[u.key];
                if (states.isEmpty() || states.last() != u.health.state)
                    states.append(u.health.state);
            }
        });
        connect(&monitor, &MediaServerMonitor::hostHealthChanged, this,
                [this](const HostHealth &h) { host = h; });
        connect(&monitor, &MediaServerMonitor::eventOccurred, this,
                [this](const ServerEvent &e) { events.append(e); });
    }

    HealthState state(const QString &key) const { return latest.value(key).state; }
    FailureCode reason(const QString &key) const { return latest.value(key).failure; }
    int count(const QString &key, HealthState state) const { return int(history.value(key).count(state)); }

    QHash<QString, ServerHealth> latest;
    QHash<QString, QList<HealthState>> history;
    HostHealth host;
    QList<ServerEvent> events;

    int eventCount(const QString &key, ServerEvent::Kind kind) const
    {
        return int(std::count_if(events.cbegin(), events.cend(),
                                 [&](const ServerEvent &e) { return e.server == key && e.kind == kind; }));
    }
};

} // namespace ucmc::test
