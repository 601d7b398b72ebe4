#pragma once

#include "models/healthtracker.h"
#include "models/probesettings.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace ucmc {

// One persistent WebSocket to one Kurento media server: JSON-RPC ping every interval, connect
// (serverId) and getInfo (version) on every new connection, and reconnects with a capped
// back-off that never gives up. Reports every change of its ServerHealth.
class MediaServerConnection : public QObject
{
    Q_OBJECT
public:
    // Replies larger than this are refused (close code 1009); a pong or getInfo is a few KB.
    static constexpr quint64 kMaxIncomingMessageBytes = 1024 * 1024;

    MediaServerConnection(const QUrl &url, const ProbeSettings &settings, const QSslConfiguration &tls,
                          QObject *parent = nullptr);
    ~MediaServerConnection() override;

    void start();
    void setSettings(const ProbeSettings &settings);
    const ServerHealth &health() const { return m_tracker.health(); }
    void setMaintenance(bool on);
    QUrl url() const { return m_url; }

signals:
    void healthChanged(const ucmc::ServerHealth &health);

private:
    enum class Phase { Idle, Connecting, Open, WaitingToReconnect };
    enum class Request { Ping, Connect, GetInfo };

    void openSocket();
    void onConnected();
    void onDisconnected();
    void onSocketError(QAbstractSocket::SocketError error);
    void onTextMessage(const QString &message);
    void onTimer();
    void sendPing();
    void sendRequest(Request kind, const QByteArray &methodAndParams);
    void handleReply(Request kind, const QJsonObject &reply);
    // Ends the current attempt: reports down, drops the socket, schedules the next attempt.
    void fail(FailureCode reason, const QString &detail = {}, int closeCode = 0);
    void publish();
    int nextBackoffMs();

    QUrl m_url;
    ProbeSettings m_settings;
    QSslConfiguration m_tls;
    QWebSocket *m_socket = nullptr;
    QTimer m_timer;
    Phase m_phase = Phase::Idle;
    HealthTracker m_tracker;
    QHash<qint64, Request> m_pending;
    qint64 m_nextId = 1; // never reset: the server caches replies per (session, id)
    qint64 m_pingId = 0; // id of the ping in flight, 0 when none
    QElapsedTimer m_pingClock;
    QString m_sessionId;
    int m_failedAttempts = 0;
};

} // namespace ucmc
