#include "core/sitemonitor.h"

#include "models/servertablemodel.h"
#include "models/site.h"
#include "net/monitor/mediaservermonitor.h"

#include <QDateTime>
#include <QSet>

namespace ucmc {

SiteMonitor::SiteMonitor(QObject *parent)
    : QObject(parent)
    , m_monitor(new MediaServerMonitor(this))
{
    connect(m_monitor, &MediaServerMonitor::healthChanged, this, [this](const HealthUpdates &updates) {
        bool status = false;
        for (const HealthUpdate &update : updates) {
            if (!m_serverKeys.contains(update.key))
                continue;
            auto it = m_health.find(update.key);
            if (it == m_health.end()) {
                m_health.insert(update.key, update.health);
                status = true;
            } else {
                status = status || !ServerTableModel::sameStatus(*it, update.health);
                *it = update.health;
            }
        }
        emit healthChanged(updates);
        if (status)
            emit statusChanged(updates);
    });
    connect(m_monitor, &MediaServerMonitor::hostHealthChanged, this, &SiteMonitor::onHostHealth);
    connect(m_monitor, &MediaServerMonitor::eventOccurred, this, &SiteMonitor::eventOccurred);
}

SiteMonitor::~SiteMonitor() = default;

void SiteMonitor::setSite(const Site &site, const QString &hostOverride)
{
    m_maintenance = site.maintenance;
    setSettings(site.probe);
    setPinnedCertificates(site.pinnedCertificates);
    setUcServerHost(hostOverride.isEmpty() ? ucServerHostFor(site) : hostOverride);
    for (const QString &key : std::as_const(m_servers))
        m_monitor->setMaintenance(key, m_maintenance.contains(key));
}

void SiteMonitor::setSettings(const ProbeSettings &settings)
{
    m_monitor->setSettings(settings);
}

void SiteMonitor::setTrustedCertificates(const QList<QSslCertificate> &certificates)
{
    m_monitor->setTrustedCertificates(certificates);
}

void SiteMonitor::setPinnedCertificates(const QHash<QString, QByteArray> &pins)
{
    m_monitor->setPinnedCertificates(pins);
}

void SiteMonitor::setUcServerHost(const QString &host)
{
    if (host == m_host)
        return;
    m_host = host;
    m_hostHealth = HostHealth{};
    m_hostHealth.host = host;
    m_monitor->setUcServerHost(host);
}

void SiteMonitor::setServers(const QStringList &keys)
{
    m_servers = keys;
    m_serverKeys = QSet<QString>(keys.cbegin(), keys.cend());
    const QSet<QString> &kept = m_serverKeys;
    for (auto it = m_health.begin(); it != m_health.end();)
        it = kept.contains(it.key()) ? std::next(it) : m_health.erase(it);
    m_monitor->setTargets(keys);
    for (const QString &key : std::as_const(m_maintenance)) {
        if (kept.contains(key))
            m_monitor->setMaintenance(key, true);
    }
}

void SiteMonitor::setMaintenance(const QString &key, bool on)
{
    if (on && !m_maintenance.contains(key))
        m_maintenance.append(key);
    else if (!on)
        m_maintenance.removeAll(key);
    m_monitor->setMaintenance(key, on);
}

void SiteMonitor::setDetail(ProbeDetail detail)
{
    m_monitor->setDetail(detail);
}

bool SiteMonitor::hasFirstAnswers() const
{
    for (const QString &key : m_servers) {
        const HealthState state = m_health.value(key).state;
        if (state == HealthState::Unknown || state == HealthState::Connecting)
            return false;
    }
    if (m_host.isEmpty())
        return true;
    return m_hostHealth.ucServer.state != PortHealth::State::Unknown
           && m_hostHealth.webServer.state != PortHealth::State::Unknown
           && m_hostHealth.webServerHttps.state != PortHealth::State::Unknown;
}

void SiteMonitor::onHostHealth(const HostHealth &health)
{
    if (health.host != m_host)
        return; // a late answer about the host before a change
    // Port state changes of the UCServer host go to the event log like media server changes.
    const auto note = [&](const PortHealth &before, const PortHealth &after, const QString &service) {
        // The first answer is not a change: there was nothing before it to change from.
        if (before.state == after.state || before.state == PortHealth::State::Unknown
            || after.state == PortHealth::State::Unknown)
            return;
        ServerEvent event;
        event.time = QDateTime::currentDateTimeUtc();
        event.kind = ServerEvent::Kind::HostStateChanged;
        event.server = health.host;
        event.from = before.state == PortHealth::State::Open ? HealthState::Up : HealthState::Down;
        event.to = after.state == PortHealth::State::Open ? HealthState::Up : HealthState::Down;
        event.text = after.state == PortHealth::State::Open
                         ? tr("%1 (port %2) reachable again").arg(service).arg(after.port)
                         : tr("%1 (port %2) not reachable: %3").arg(service).arg(after.port).arg(after.detail);
        emit eventOccurred(event);
    };
    const HostHealth before = m_hostHealth;
    m_hostHealth = health;
    note(before.ucServer, health.ucServer, tr("UCServer"));
    note(before.webServer, health.webServer, tr("UC WebServer"));
    note(before.webServerHttps, health.webServerHttps, tr("UC WebServer HTTPS"));
    emit hostHealthChanged(health);
}

} // namespace ucmc
