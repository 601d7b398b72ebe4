#pragma once

#include "models/hosthealth.h"
#include "models/probesettings.h"
#include "models/serverevent.h"
#include "models/serverhealth.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QThread>
#include <QTimer>
#include <QUrl>

namespace ucmc {

class HostProbe;
class MediaServerConnection;

// Lives in the monitor thread: owns one MediaServerConnection per distinct URL and the host
// probe, and hands changes to the GUI thread in batches (at most ten per second).
class MonitorWorker : public QObject
{
    Q_OBJECT
public:
    static constexpr int kBatchIntervalMs = 100;

    explicit MonitorWorker(QObject *parent = nullptr);
    ~MonitorWorker() override;

    void setTargets(const QStringList &urls);
    void setSettings(const ucmc::ProbeSettings &settings);
    void setTrustedCertificates(const QList<QSslCertificate> &certificates);
    void setUcServerHost(const QString &host);
    void setMaintenance(const QString &key, bool on);
    void shutdown();

signals:
    void healthBatch(const ucmc::HealthUpdates &updates);
    void hostHealthChanged(const ucmc::HostHealth &health);
    void eventOccurred(const ucmc::ServerEvent &event);

private:
    void queue(const QString &key, const ServerHealth &health);
    void noteChanges(const QString &key, const ServerHealth &health);
    void flush();
    MediaServerConnection *createConnection(const QString &key);

    QHash<QString, MediaServerConnection *> m_connections;
    QHash<QString, ServerHealth> m_pending;
    QHash<QString, ServerHealth> m_last; // what was reported last, to tell state changes and restarts
    QTimer m_batchTimer{this}; // a child, so it moves to the monitor thread with the worker
    ProbeSettings m_settings;
    QList<QSslCertificate> m_trusted;
    HostProbe *m_hostProbe = nullptr;
    QString m_ucServerHost;
};

// The GUI thread's handle on the monitor. Every call returns at once; the work happens in the
// monitor's own thread, so the window never waits on the network.
class MediaServerMonitor : public QObject
{
    Q_OBJECT
public:
    explicit MediaServerMonitor(QObject *parent = nullptr);
    ~MediaServerMonitor() override;

    // URLs that are not ws:// or wss:// with a host are reported as NotMonitored, not probed.
    void setTargets(const QStringList &urls);
    void setSettings(const ProbeSettings &settings);
    void setTrustedCertificates(const QList<QSslCertificate> &certificates);
    void setUcServerHost(const QString &host);
    // Maintenance: the administrator expects the server down; it is probed but never alerted.
    void setMaintenance(const QString &key, bool on);

signals:
    void healthChanged(const ucmc::HealthUpdates &updates);
    void hostHealthChanged(const ucmc::HostHealth &health);
    // State changes, restarts, version changes: for the event log and alerts.
    void eventOccurred(const ucmc::ServerEvent &event);

private:
    QThread m_thread;
    MonitorWorker *m_worker = nullptr;
};

} // namespace ucmc
