#pragma once

#include "models/serverhealth.h"
#include "models/site.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QStringList>

#include <functional>

namespace ucmc {

class ConfigFileWatcher;
class CredentialStore;
class RestartWatch;
class SiteMonitor;
struct SiteStatus;

// A site watched without being open in the window: its file's server list, read off the calling
// thread and again whenever it changes on disk (a file that cannot be read or parsed keeps the
// last list monitored), and a SiteMonitor on that list and the site's UCServer host. The fleet
// holds one per watched site; `serve-metrics` holds one per file it serves.
class WatchedSite : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString hostOverride;                       // probe this UCServer host whatever the site says
        QList<QSslCertificate> trustedCertificates; // CAs trusted beside the system's
        // Where the restart watch finds the UCServer host's password (not owned); nullptr: whether a
        // restart is pending stays unknown.
        CredentialStore *credentials = nullptr;
        // Full for the exporter; Status where only the tile and the alerts read the site.
        ProbeDetail detail = ProbeDetail::Full;
    };

    WatchedSite(const Site &site, const Options &options, QObject *parent = nullptr);
    ~WatchedSite() override;

    const Site &site() const { return m_site; }
    // New settings of the site (timing, host, pins, maintenance, or another file: read again).
    void setSite(const Site &site);
    SiteMonitor *monitor() const { return m_monitor; }
    // The site is open in the window and its session's monitor probes the same servers: this one
    // stops probing and shows what that one sees, so a server is probed over one connection, not
    // two. nullptr (or that monitor gone): probe on its own again.
    void followMonitor(SiteMonitor *monitor);
    bool isFollowing() const;

    // Distinct entries of the kurentoservers list, in list order; an entry without a URL is
    // "(entry N)". Entries that cannot be probed are in notMonitored() with the reason.
    const QStringList &keys() const { return m_keys; }
    const QHash<QString, QString> &notMonitored() const { return m_notMonitored; }
    // The latest health of an entry of keys(); an entry that cannot be probed is NotMonitored.
    ServerHealth healthOf(const QString &key) const;
    // The file was read at least once (well or not).
    bool hasRead() const { return m_hasRead; }
    // The last reading of the file succeeded; when it last did (ms since the epoch, 0: never).
    bool lastReadOk() const { return m_lastReadOk; }
    qint64 lastSuccessMs() const { return m_lastSuccessMs; }
    // Why the last reading failed, translated, with the position of a syntax error; empty after
    // a good one.
    QString readError() const { return m_readError; }

    // The tile of the fleet: what the monitor says now.
    SiteStatus status() const;

signals:
    // A reading of the file finished (with a new list, or failed: see lastReadOk()).
    void fileRead();
    // Something a tile shows changed: a server's or the host's state, the list, the restart need.
    void statusChanged();

private:
    struct Reading;
    void read();
    void onRead(const Reading &reading);
    void stopFollowing();
    QStringList probedKeys() const;
    // Whose healths and host the tile shows: the followed monitor, else the own.
    const SiteMonitor *source() const;

    Site m_site;
    Options m_options;
    SiteMonitor *m_monitor;
    QPointer<SiteMonitor> m_followed;
    QList<QMetaObject::Connection> m_followConnections;
    std::function<void()> m_changed; // emits statusChanged when the tile would change
    ConfigFileWatcher *m_watcher;
    RestartWatch *m_restart;
    QStringList m_keys;
    QHash<QString, QString> m_notMonitored;
    bool m_lastReadOk = false;
    bool m_hasRead = false;
    qint64 m_lastSuccessMs = 0;
    QString m_readError;
    quint64 m_generation = 0;
};

} // namespace ucmc
