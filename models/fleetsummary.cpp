#include "models/fleetsummary.h"

#include <QCoreApplication>

namespace ucmc {

namespace {
class FleetText
{
    Q_DECLARE_TR_FUNCTIONS(FleetText)
};
} // namespace

FleetSummary FleetSummary::of(const QList<ServerHealth> &servers)
{
    FleetSummary s;
    for (const ServerHealth &h : servers)
        s.add(h);
    return s;
}

void FleetSummary::add(const ServerHealth &h)
{
    ++total;
    switch (h.state) {
    case HealthState::Up:
    case HealthState::GoingDown: // not down until `fall` checks failed
        ++up;
        if (!h.version.isEmpty())
            ++versions[h.version];
        break;
    case HealthState::Down:
    case HealthState::GoingUp: // not up until `rise` checks answered
        ++down;
        break;
    case HealthState::Maintenance:
        ++maintenance;
        break;
    case HealthState::Unknown:
    case HealthState::Connecting:
        ++pending;
        break;
    case HealthState::NotMonitored:
        ++notMonitored;
        break;
    }
}

QString FleetSummary::commonVersion() const
{
    QString best;
    int bestCount = 0;
    for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
        if (it.value() >= bestCount) { // QMap iterates ascending: ties go to the higher string
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

QString FleetSummary::upText() const
{
    if (total == 0)
        return FleetText::tr("No media servers");
    return FleetText::tr("Media servers up: %1 of %2").arg(up).arg(total);
}

QString FleetSummary::versionText() const
{
    if (versions.isEmpty())
        return {};
    if (versionsAgree())
        return FleetText::tr("All run version %1").arg(versions.firstKey());
    QStringList parts;
    for (auto it = versions.cend(); it != versions.cbegin();) {
        --it;
        parts.append(QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value()));
    }
    return FleetText::tr("Versions differ: %1").arg(parts.join(QStringLiteral(", ")));
}

} // namespace ucmc
