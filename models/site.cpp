#include "models/site.h"

#include <QDir>
#include <QHash>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>
#include <QUuid>

namespace ucmc {

namespace {
const QString kSitesGroup = QStringLiteral("sites");
const QString kLastSiteKey = QStringLiteral("lastSite");
const QString kHostControlArray = QStringLiteral("hostControl");

// A stored port: missing, not a number or outside 1..65535 gives the fallback (never a wrapped value).
quint16 portValue(const QVariant &value, quint16 fallback)
{
    bool ok = false;
    const uint port = value.toUInt(&ok);
    return ok && port >= 1 && port <= 65535 ? quint16(port) : fallback;
}

// Inside the site's group. Every field but the password (there is none to store).
void saveHostControls(QSettings &settings, const QList<HostControlSettings> &controls)
{
    settings.remove(kHostControlArray); // no stale entries of a longer list
    settings.beginWriteArray(kHostControlArray, int(controls.size()));
    for (int i = 0; i < controls.size(); ++i) {
        const HostControlSettings &c = controls[i];
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("host"), c.host);
        settings.setValue(QStringLiteral("kind"), QString(HostControlSettings::kindId(c.kind)));
        settings.setValue(QStringLiteral("user"), c.user);
        settings.setValue(QStringLiteral("transport"),
                          c.transport == HostControlSettings::WinRmTransport::Https ? QStringLiteral("https")
                                                                                   : QStringLiteral("http"));
        settings.setValue(QStringLiteral("port"), c.port);
        settings.setValue(QStringLiteral("authentication"),
                          c.authentication == HostControlSettings::WinRmAuthentication::Basic
                              ? QStringLiteral("basic")
                              : QStringLiteral("ntlm"));
        settings.setValue(QStringLiteral("pinnedCertificateSha256"), c.pinnedCertificateSha256);
        settings.setValue(QStringLiteral("commandDiscover"), c.commands.discover);
        settings.setValue(QStringLiteral("commandStop"), c.commands.stop);
        settings.setValue(QStringLiteral("commandStart"), c.commands.start);
        settings.setValue(QStringLiteral("commandRestart"), c.commands.restart);
        settings.setValue(QStringLiteral("commandSetStartupType"), c.commands.setStartupType);
        settings.setValue(QStringLiteral("serviceUcServer"), c.serviceNames.ucServer);
        settings.setValue(QStringLiteral("serviceWebServer"), c.serviceNames.webServer);
        settings.setValue(QStringLiteral("serviceMediaServer"), c.serviceNames.mediaServer);
    }
    settings.endArray();
}

QList<HostControlSettings> loadHostControls(QSettings &settings)
{
    QList<HostControlSettings> result;
    const int size = settings.beginReadArray(kHostControlArray);
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        HostControlSettings c;
        c.host = settings.value(QStringLiteral("host")).toString();
        c.kind = HostControlSettings::kindFromId(settings.value(QStringLiteral("kind")).toString());
        c.user = settings.value(QStringLiteral("user")).toString();
        c.transport = settings.value(QStringLiteral("transport")).toString() == QLatin1String("https")
                          ? HostControlSettings::WinRmTransport::Https
                          : HostControlSettings::WinRmTransport::Http;
        const uint port = settings.value(QStringLiteral("port"), 0).toUInt();
        c.port = port <= 65535 ? quint16(port) : 0;
        c.authentication = settings.value(QStringLiteral("authentication")).toString() == QLatin1String("basic")
                               ? HostControlSettings::WinRmAuthentication::Basic
                               : HostControlSettings::WinRmAuthentication::Ntlm;
        c.pinnedCertificateSha256 = settings.value(QStringLiteral("pinnedCertificateSha256")).toString();
        c.commands.discover = settings.value(QStringLiteral("commandDiscover")).toString();
        c.commands.stop = settings.value(QStringLiteral("commandStop")).toString();
        c.commands.start = settings.value(QStringLiteral("commandStart")).toString();
        c.commands.restart = settings.value(QStringLiteral("commandRestart")).toString();
        c.commands.setStartupType = settings.value(QStringLiteral("commandSetStartupType")).toString();
        c.serviceNames.ucServer = settings.value(QStringLiteral("serviceUcServer")).toString();
        c.serviceNames.webServer = settings.value(QStringLiteral("serviceWebServer")).toString();
        c.serviceNames.mediaServer = settings.value(QStringLiteral("serviceMediaServer")).toString();
        if (!c.host.isEmpty() && c.isManaged())
            result.append(c);
    }
    settings.endArray();
    return result;
}

void saveApplySettings(QSettings &settings, const ApplySettings &apply)
{
    settings.setValue(QStringLiteral("applyRollback"), QString(ApplySettings::policyId(apply.rollbackPolicy)));
    settings.setValue(QStringLiteral("applyRestartTimeoutMs"), apply.restartTimeoutMs);
    settings.setValue(QStringLiteral("applyWebServerTimeoutMs"), apply.webServerTimeoutMs);
    settings.setValue(QStringLiteral("applyPollIntervalMs"), apply.pollIntervalMs);
    settings.setValue(QStringLiteral("applyWatchMs"), apply.watchMs);
    settings.setValue(QStringLiteral("applyKeepBackups"), apply.keepBackups);
}

ApplySettings loadApplySettings(QSettings &settings)
{
    ApplySettings a;
    a.rollbackPolicy = ApplySettings::policyFromId(settings.value(QStringLiteral("applyRollback")).toString());
    a.restartTimeoutMs = settings.value(QStringLiteral("applyRestartTimeoutMs"), a.restartTimeoutMs).toInt();
    a.webServerTimeoutMs = settings.value(QStringLiteral("applyWebServerTimeoutMs"), a.webServerTimeoutMs).toInt();
    a.pollIntervalMs = settings.value(QStringLiteral("applyPollIntervalMs"), a.pollIntervalMs).toInt();
    a.watchMs = settings.value(QStringLiteral("applyWatchMs"), a.watchMs).toInt();
    a.keepBackups = settings.value(QStringLiteral("applyKeepBackups"), a.keepBackups).toInt();
    return a.bounded();
}

QString normalisedPath(const QString &path)
{
    if (path.startsWith(QLatin1String("\\\\")) || path.startsWith(QLatin1String("//"))
        || path.contains(QLatin1String("://")))
        return path; // a share or URL: keep as typed
    return QFileInfo(path).absoluteFilePath();
}
} // namespace

QString hostFromConfigPath(const QString &path)
{
    if (path.contains(QLatin1String("://"))) {
        const QUrl url(path);
        return url.host();
    }
    QString p = path;
    p.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (!p.startsWith(QLatin1String("//")))
        return {};
    const QString rest = p.mid(2);
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    return slash < 0 ? rest : rest.left(slash);
}

QString ucServerHostFor(const Site &site)
{
    return site.ucServerHost.isEmpty() ? hostFromConfigPath(site.configPath) : site.ucServerHost;
}

HostControlSettings hostControlFor(const Site &site, const QString &host)
{
    const QString wanted = HostRoles::normalizedHost(host);
    for (const HostControlSettings &c : site.hostControls)
        if (HostRoles::normalizedHost(c.host) == wanted)
            return c;
    HostControlSettings none;
    none.host = host;
    return none;
}

void setHostControl(Site &site, const HostControlSettings &settings)
{
    const QString wanted = HostRoles::normalizedHost(settings.host);
    site.hostControls.removeIf(
        [&](const HostControlSettings &c) { return HostRoles::normalizedHost(c.host) == wanted; });
    if (settings.isManaged())
        site.hostControls.append(settings);
}

QString defaultSiteName(const QString &configPath)
{
    const QString host = hostFromConfigPath(configPath);
    if (!host.isEmpty())
        return host;
    const QFileInfo info(configPath);
    const QString folder = info.absoluteDir().dirName();
    return folder.isEmpty() ? info.fileName() : folder;
}

QString automaticSiteName(const Site &site)
{
    const QString host = ucServerHostFor(site);
    return host.isEmpty() ? defaultSiteName(site.configPath) : host;
}

QString siteName(const Site &site)
{
    return site.name.isEmpty() ? automaticSiteName(site) : site.name;
}

QStringList distinctSiteNames(const QList<Site> &sites)
{
    QHash<QString, int> uses;
    for (const Site &s : sites)
        ++uses[s.name];
    QStringList names;
    for (const Site &s : sites)
        names << (uses.value(s.name) > 1 ? QStringLiteral("%1 – %2").arg(s.name, QDir::toNativeSeparators(s.configPath))
                                         : s.name);
    return names;
}

SiteStore::SiteStore(QSettings &settings)
    : m_settings(settings)
{
}

QList<Site> SiteStore::sites() const
{
    QList<Site> result;
    m_settings.beginGroup(kSitesGroup);
    const QStringList ids = m_settings.childGroups();
    for (const QString &id : ids) {
        m_settings.beginGroup(id);
        Site s;
        s.id = id;
        s.name = m_settings.value(QStringLiteral("name")).toString();
        s.configPath = m_settings.value(QStringLiteral("configPath")).toString();
        s.ucServerHost = m_settings.value(QStringLiteral("ucServerHost")).toString();
        s.probe.intervalMs = m_settings.value(QStringLiteral("intervalMs"), s.probe.intervalMs).toInt();
        s.probe.timeoutMs = m_settings.value(QStringLiteral("timeoutMs"), s.probe.timeoutMs).toInt();
        s.probe.fall = m_settings.value(QStringLiteral("fall"), s.probe.fall).toInt();
        s.probe.rise = m_settings.value(QStringLiteral("rise"), s.probe.rise).toInt();
        s.probe.metricsIntervalMs =
            m_settings.value(QStringLiteral("metricsIntervalMs"), s.probe.metricsIntervalMs).toInt();
        s.probe.cpuSampleMs = m_settings.value(QStringLiteral("cpuSampleMs"), s.probe.cpuSampleMs).toInt();
        s.maintenance = m_settings.value(QStringLiteral("maintenance")).toStringList();
        const QVariantMap pins = m_settings.value(QStringLiteral("pinnedCertificates")).toMap();
        for (auto it = pins.cbegin(); it != pins.cend(); ++it)
            s.pinnedCertificates.insert(it.key(), QByteArray::fromHex(it.value().toByteArray()));
        s.probe.ucServerPort = portValue(m_settings.value(QStringLiteral("ucServerPort")), s.probe.ucServerPort);
        s.probe.webServerHttpPort =
            portValue(m_settings.value(QStringLiteral("webServerHttpPort")), s.probe.webServerHttpPort);
        s.probe.webServerHttpsPort = portValue(m_settings.value(QStringLiteral("webServerHttpsPort")),
                                               s.probe.webServerHttpsPort);
        s.probe = s.probe.bounded();
        s.lastOpened = m_settings.value(QStringLiteral("lastOpened")).toDateTime();
        s.hostControls = loadHostControls(m_settings);
        s.apply = loadApplySettings(m_settings);
        s.watchAlways = m_settings.value(QStringLiteral("watchAlways"), false).toBool();
        m_settings.endGroup();
        if (!s.configPath.isEmpty())
            result.append(s);
    }
    m_settings.endGroup();
    // Imported sites were never opened: they share the empty time, so their order is the name's.
    std::sort(result.begin(), result.end(), [](const Site &a, const Site &b) {
        if (a.lastOpened != b.lastOpened)
            return a.lastOpened > b.lastOpened;
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return result;
}

std::optional<Site> SiteStore::site(const QString &id) const
{
    for (const Site &s : sites()) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

std::optional<Site> SiteStore::siteForConfigPath(const QString &configPath) const
{
    const QString wanted = normalisedPath(configPath);
    for (const Site &s : sites()) {
        if (normalisedPath(s.configPath) == wanted)
            return s;
    }
    return std::nullopt;
}

Site SiteStore::open(const QString &configPath)
{
    Site s = siteForConfigPath(configPath).value_or(Site{});
    if (s.id.isEmpty()) {
        s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        s.configPath = normalisedPath(configPath);
        s.name = defaultSiteName(s.configPath);
    }
    s.lastOpened = QDateTime::currentDateTimeUtc();
    save(s);
    m_settings.setValue(kLastSiteKey, s.id);

    // Forget the oldest sites beyond the limit, like a recent-files list. A site watched always
    // is part of the fleet, not of the history: a partner may watch hundreds.
    int recent = 0;
    for (const Site &other : sites()) {
        if (!other.watchAlways && ++recent > kMaxSites)
            remove(other.id);
    }
    return s;
}

void SiteStore::save(const Site &s)
{
    m_settings.beginGroup(kSitesGroup);
    m_settings.beginGroup(s.id);
    m_settings.setValue(QStringLiteral("name"), s.name);
    m_settings.setValue(QStringLiteral("configPath"), s.configPath);
    m_settings.setValue(QStringLiteral("ucServerHost"), s.ucServerHost);
    m_settings.setValue(QStringLiteral("intervalMs"), s.probe.intervalMs);
    m_settings.setValue(QStringLiteral("timeoutMs"), s.probe.timeoutMs);
    m_settings.setValue(QStringLiteral("fall"), s.probe.fall);
    m_settings.setValue(QStringLiteral("rise"), s.probe.rise);
    m_settings.setValue(QStringLiteral("metricsIntervalMs"), s.probe.metricsIntervalMs);
    m_settings.setValue(QStringLiteral("cpuSampleMs"), s.probe.cpuSampleMs);
    m_settings.setValue(QStringLiteral("maintenance"), s.maintenance);
    QVariantMap pins;
    for (auto it = s.pinnedCertificates.cbegin(); it != s.pinnedCertificates.cend(); ++it)
        pins.insert(it.key(), it.value().toHex());
    m_settings.setValue(QStringLiteral("pinnedCertificates"), pins);
    m_settings.setValue(QStringLiteral("ucServerPort"), s.probe.ucServerPort);
    m_settings.setValue(QStringLiteral("webServerHttpPort"), s.probe.webServerHttpPort);
    m_settings.setValue(QStringLiteral("webServerHttpsPort"), s.probe.webServerHttpsPort);
    m_settings.setValue(QStringLiteral("lastOpened"), s.lastOpened);
    saveHostControls(m_settings, s.hostControls);
    saveApplySettings(m_settings, s.apply);
    m_settings.setValue(QStringLiteral("watchAlways"), s.watchAlways);
    m_settings.endGroup();
    m_settings.endGroup();
}

void SiteStore::remove(const QString &id)
{
    m_settings.beginGroup(kSitesGroup);
    m_settings.remove(id);
    m_settings.endGroup();
    if (m_settings.value(kLastSiteKey).toString() == id)
        m_settings.remove(kLastSiteKey);
}

std::optional<Site> SiteStore::lastSite() const
{
    return site(m_settings.value(kLastSiteKey).toString());
}

QString SiteStore::location() const
{
    return m_settings.fileName();
}

void SiteStore::reload()
{
    m_settings.sync();
}

} // namespace ucmc
