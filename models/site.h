#pragma once

#include "models/hostroles.h"
#include "models/probesettings.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QString>

#include <optional>

class QSettings;

namespace ucmc {

// One installation the administrator works with: where its eucwebconfig.json is, which host runs
// the UCServer and UC WebServer, and how to probe it.
struct Site
{
    QString id;
    QString name;
    QString configPath;
    QString ucServerHost; // empty: derived from the config path, see ucServerHostFor()
    ProbeSettings probe;
    QStringList maintenance; // URL keys of media servers the administrator expects down
    // Certificates the administrator trusts for one server each: URL key -> SHA-256 fingerprint.
    QHash<QString, QByteArray> pinnedCertificates;
    QDateTime lastOpened;
    // How each host's estos services are controlled (hosts without an entry are "not managed").
    // Never a password: credentials live only in the OS keychain (core/credentialstore.h).
    QList<HostControlSettings> hostControls;
    ApplySettings apply;
    // Watched all the time, not only while open (the fleet); such a site is never forgotten by the
    // recent-sites limit (SiteStore::kMaxSites) and does not count toward it.
    bool watchAlways = false;

    bool operator==(const Site &) const = default;
};

// The UCServer host name hidden in a path like \\WinServer1\c$\...\eucwebconfig.json or
// //WinServer1/c$/... or smb://WinServer1/...; empty for a local path.
QString hostFromConfigPath(const QString &path);

// The host to probe for a site: its setting, else the host of a UNC path, else empty.
QString ucServerHostFor(const Site &site);

// The service-control settings of one host of the site (compared by normalised host name);
// kind None ("not managed") when the site has none for it.
HostControlSettings hostControlFor(const Site &site, const QString &host);
// Replaces the settings for settings.host; kind None removes them.
void setHostControl(Site &site, const HostControlSettings &settings);

// A readable default name: the host of a UNC path, else the file's folder.
QString defaultSiteName(const QString &configPath);
// The name a site has until the administrator names it: its UCServer host, else defaultSiteName().
QString automaticSiteName(const Site &site);
// What a site is called: its name, or automaticSiteName() while it has none.
QString siteName(const Site &site);
// Names that tell the sites apart in a list: a name that several sites share gets its file's path.
QStringList distinctSiteNames(const QList<Site> &sites);

// Remembers sites in QSettings. Nothing secret is stored here.
class SiteStore
{
public:
    // Recently opened sites kept, like a recent-files list; sites watched always come on top.
    static constexpr int kMaxSites = 30;

    explicit SiteStore(QSettings &settings);

    QList<Site> sites() const; // most recently opened first; never opened ones last, by name
    std::optional<Site> site(const QString &id) const;
    std::optional<Site> siteForConfigPath(const QString &configPath) const;
    // Finds the site for this file or creates it, marks it opened now and remembers it as last.
    // Forgets the oldest of the sites not watched always beyond kMaxSites.
    Site open(const QString &configPath);
    void save(const Site &site);
    void remove(const QString &id);
    std::optional<Site> lastSite() const;
    // Where the sites are kept (a file, or on Windows a registry path), and reading again what
    // another process (`sites watch`, `sites import`) wrote there since.
    QString location() const;
    void reload();

private:
    QSettings &m_settings;
};

} // namespace ucmc
