#include "models/site.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>
#include <QUuid>

namespace ucmc {

namespace {
const QString kSitesGroup = QStringLiteral("sites");
const QString kLastSiteKey = QStringLiteral("lastSite");

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

QString defaultSiteName(const QString &configPath)
{
    const QString host = hostFromConfigPath(configPath);
    if (!host.isEmpty())
        return host;
    const QFileInfo info(configPath);
    const QString folder = info.absoluteDir().dirName();
    return folder.isEmpty() ? info.fileName() : folder;
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
        s.maintenance = m_settings.value(QStringLiteral("maintenance")).toStringList();
        const QVariantMap pins = m_settings.value(QStringLiteral("pinnedCertificates")).toMap();
        for (auto it = pins.cbegin(); it != pins.cend(); ++it)
            s.pinnedCertificates.insert(it.key(), QByteArray::fromHex(it.value().toByteArray()));
        s.probe.ucServerPort =
            quint16(m_settings.value(QStringLiteral("ucServerPort"), s.probe.ucServerPort).toUInt());
        s.probe.webServerHttpPort =
            quint16(m_settings.value(QStringLiteral("webServerHttpPort"), s.probe.webServerHttpPort).toUInt());
        s.probe = s.probe.bounded();
        s.lastOpened = m_settings.value(QStringLiteral("lastOpened")).toDateTime();
        m_settings.endGroup();
        if (!s.configPath.isEmpty())
            result.append(s);
    }
    m_settings.endGroup();
    std::sort(result.begin(), result.end(),
              [](const Site &a, const Site &b) { return a.lastOpened > b.lastOpened; });
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

    // Forget the oldest sites beyond the limit, like a recent-files list.
    const QList<Site> all = sites();
    for (qsizetype i = kMaxSites; i < all.size(); ++i)
        remove(all[i].id);
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
    m_settings.setValue(QStringLiteral("maintenance"), s.maintenance);
    QVariantMap pins;
    for (auto it = s.pinnedCertificates.cbegin(); it != s.pinnedCertificates.cend(); ++it)
        pins.insert(it.key(), it.value().toHex());
    m_settings.setValue(QStringLiteral("pinnedCertificates"), pins);
    m_settings.setValue(QStringLiteral("ucServerPort"), s.probe.ucServerPort);
    m_settings.setValue(QStringLiteral("webServerHttpPort"), s.probe.webServerHttpPort);
    m_settings.setValue(QStringLiteral("lastOpened"), s.lastOpened);
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

} // namespace ucmc
