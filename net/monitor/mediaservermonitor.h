#pragma once

#include "models/hosthealth.h"
#include "models/probesettings.h"
#include "models/serverevent.h"
#include "models/serverhealth.h"
#include "net/monitor/mediaserverconnection.h"
#include "net/monitor/monitorthread.h"
#include "net/monitor/probescheduler.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <vector>

namespace ucmc {

class HostProbe;

// Lives in the monitor thread: owns one MediaServerConnection per distinct URL and the host
// probe, all on the thread's one ProbeScheduler (shared with the other monitors there), and hands changes to the GUI thread in batches:
//  - a change a user sees (state, reason, version, serverId, certificate) goes out in the next
//    batch, at once when the last batch with such a change is 100 ms old or more (at most ten
//    such batches a second; a statistics batch just before does not hold it back);
//  - statistics (round trip, counters, metrics) of one server go out at most once per second,
//    with the next batch or at the latest after kStatsFlushMs. That flush is a deadline in the
//    ProbeScheduler on the pings' grid, so it shares the wake-up of a ping burst instead of adding
//    one of its own (every wake-up of Qt's dispatcher looks at every socket).
//  - with ProbeDetail::Status (a site watched in the background) only the first kind goes out, and
//    the connections ask for no figures.
// Events (state changes, restarts, version and certificate changes) are emitted as they happen.
class MonitorWorker : public QObject, private MediaServerConnection::Observer
{
    Q_OBJECT
public:
    static constexpr int kBatchIntervalMs = 100; // batches at most this often
    static constexpr int kStatsIntervalMs = 1000; // statistics of one server at most this often
    static constexpr int kStatsFlushMs = 500;     // statistics wait at most this long for a batch
    // Servers added to a thread with many are started spread over one interval (at most this
    // long), so their pings do not all fall into the same millisecond, every second.
    static constexpr int kMaxStartSpreadMs = 1000;

    explicit MonitorWorker(ProbeScheduler *scheduler, QObject *parent = nullptr);
    ~MonitorWorker() override;

    void setTargets(const QStringList &urls);
    void setSettings(const ucmc::ProbeSettings &settings);
    void setTrustedCertificates(const QList<QSslCertificate> &certificates);
    void setPinnedCertificates(const QHash<QString, QByteArray> &pins);
    void setUcServerHost(const QString &host);
    void setMaintenance(const QString &key, bool on);
    void setDetail(ProbeDetail detail);
    void shutdown();

signals:
    void healthBatch(const ucmc::HealthUpdates &updates);
    void hostHealthChanged(const ucmc::HostHealth &health);
    void eventOccurred(const ucmc::ServerEvent &event);

private:
    struct Entry
    {
        QString key;
        std::unique_ptr<MediaServerConnection> connection; // none: not monitored
        ServerHealth fixedHealth;                          // of an entry that is not monitored
        qint64 lastSentMs = -1'000'000;
        bool urgent = false;
        bool stats = false;
        bool queued = false; // in m_dirty
        // What the events were last computed from.
        HealthState state = HealthState::Unknown;
        QString serverId;
        QString version;
        QByteArray alarmedCertificate; // the changed certificate already reported
        QByteArray expiringCertificate; // the certificate whose near expiry was already reported
    };

    void connectionChanged(MediaServerConnection *connection, bool urgent) override;
    void markDirty(Entry *entry, bool urgent);
    void noteChanges(Entry &entry, const ServerHealth &health);
    void flush();
    void scheduleStatsFlush();
    void rebuildTls();
    TlsPolicy policyFor(const QString &key) const;
    const ServerHealth &healthOf(const Entry &entry) const;

    // The statistics flush as a client of the scheduler.
    struct StatsFlush : ProbeScheduler::Client
    {
        explicit StatsFlush(MonitorWorker *w) : worker(w) {}
        ~StatsFlush() override { worker->m_scheduler->remove(this); }
        void due() override;
        MonitorWorker *worker;
        bool pending = false;
    };

    ProbeScheduler *m_scheduler; // the thread's, outlives the worker
    StatsFlush m_statsFlush{this};
    int m_periodicClients = 0; // this worker's share of the scheduler's periodic clients
    QHash<QString, Entry *> m_entries; // owned
    std::vector<Entry *> m_dirty;
    QTimer m_batchTimer{this}; // children move to the monitor thread with the worker
    qint64 m_lastFlushMs = -1'000'000;
    qint64 m_lastUrgentFlushMs = -1'000'000; // the last batch with a change a user sees
    ProbeSettings m_settings;
    ProbeDetail m_detail = ProbeDetail::Full;
    QList<QSslCertificate> m_trusted;
    QHash<QString, QByteArray> m_pins;
    QSslConfiguration m_tlsConfiguration;
    HostProbe *m_hostProbe = nullptr;
    QString m_ucServerHost;
};

// The GUI thread's handle on the monitor. Every call returns at once; the work happens in the
// process's one monitor thread (MonitorThread, shared by every monitor alive), on Qt's own event
// dispatcher (the same path on every platform), so the window never waits on the network.
class MediaServerMonitor : public QObject
{
    Q_OBJECT
public:
    explicit MediaServerMonitor(QObject *parent = nullptr);
    ~MediaServerMonitor() override;

    // URLs that are not ws:// or wss:// with a host are reported as NotMonitored, not probed.
    void setTargets(const QStringList &urls);
    void setSettings(const ProbeSettings &settings);
    // Certificates the user trusts as CAs, in addition to the system's.
    void setTrustedCertificates(const QList<QSslCertificate> &certificates);
    // Per server (URL key): the SHA-256 of the DER certificate the user confirmed (trust on
    // first use). That certificate is accepted even if self-signed or issued for another name;
    // another certificate is tls-changed, an alarm (and a CertificateChanged event), never
    // silently accepted.
    void setPinnedCertificates(const QHash<QString, QByteArray> &pins);
    void setUcServerHost(const QString &host);
    // Maintenance: the administrator expects the server down; it is probed but never alerted.
    void setMaintenance(const QString &key, bool on);
    // Status: only changes a user sees reach healthChanged, and no figures are asked (ProbeDetail).
    void setDetail(ProbeDetail detail);

    // Pings answered by all monitors of this process since it started (for benchmarks).
    static quint64 answeredPings();

signals:
    void healthChanged(const ucmc::HealthUpdates &updates);
    void hostHealthChanged(const ucmc::HostHealth &health);
    // State changes, restarts, version changes, changed certificates: for the event log and alerts.
    void eventOccurred(const ucmc::ServerEvent &event);

private:
    std::shared_ptr<MonitorThread> m_thread;
    MonitorWorker *m_worker = nullptr;
};

} // namespace ucmc
