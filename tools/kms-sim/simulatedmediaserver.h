#pragma once

#include "fault.h"
#include "serverconfig.h"

#include <QList>
#include <QObject>
#include <QUrl>
#include <chrono>
#include <memory>

namespace kmssim {

// One simulated Kurento Media Server: its listeners, its JSON-RPC state and its faults. Each
// instance behaves like its own KMS process (its own serverId, objects, sessions and request
// cache). Everything runs in the thread that owns the object, driven by its event loop.
class SimulatedMediaServer : public QObject
{
    Q_OBJECT

public:
    explicit SimulatedMediaServer(ServerConfig config = {}, QObject *parent = nullptr);
    ~SimulatedMediaServer() override;

    bool start(QString *error = nullptr); // opens the listeners
    void stop();                          // drops all connections, stops listening
    bool isRunning() const;               // started and not stopped (it may be down by a fault)
    bool isListening() const;             // accepting connections right now

    const ServerConfig &config() const;
    QHostAddress address() const;
    quint16 port() const;    // port of url(); the real one when configured as 0
    quint16 wsPort() const;  // 0 without a ws:// listener
    quint16 wssPort() const; // 0 without a wss:// listener
    bool isSecure() const;   // url() is wss://
    QUrl url() const;        // ws:// if there is a ws listener, else wss://
    QList<QUrl> urls() const;

    QString version() const;
    void setVersion(const QString &version); // reported from now on
    QString serverId() const;                // new after every restart

    void setFault(const Fault &fault); // replaces the current one
    void clearFault();
    Fault fault() const;

    // Like SIGTERM and a supervisor: all connections dropped at once (clients see 1006), then a
    // new process with a new serverId and no objects; refuses connections for downtime first.
    void restart(std::chrono::milliseconds downtime = std::chrono::milliseconds(0));

    // Simulated load: pipelines (each with that many WebRtcEndpoints) held by a session of the
    // simulator itself, so they live until releasePipelines() or a restart.
    void createPipelines(int count, int endpointsPerPipeline = 0);
    void releasePipelines();

    int connectionCount() const; // open WebSocket connections
    int sessionCount() const;    // sessions the MediaSet knows (getSessions without the quirk)
    int pipelineCount() const;

signals:
    void connectionCountChanged(int count);
    void restarted(const QString &serverId);
    void faultChanged(const kmssim::Fault &fault);

private:
    class Impl;
    std::unique_ptr<Impl> d;
};

} // namespace kmssim
