#pragma once

#include "models/healthtracker.h"
#include "models/probesettings.h"
#include "net/monitor/kurentosocket.h"
#include "net/monitor/probescheduler.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <array>
#include <initializer_list>
#include <memory>
#include <utility>

namespace ucmc {

// One persistent WebSocket to one Kurento media server (KurentoSocket): JSON-RPC ping every
// interval; on every new connection `connect` (serverId) and getInfo (version, modules);
// getCpuCount once per connection; every metricsIntervalMs getUsedMemory, getSessions and
// getUsedCpu. Reconnects with a capped back-off that never gives up.
//
// It leaves no trace on the server: it never calls getPipelines (which would ref every pipeline
// into a session and keep leaked ones alive), uses only the session its `connect` created, and
// never reuses a request id (ids come from one process-wide counter, so they only increase, also
// across reconnects and new connection objects: KMS replays cached answers for a reused id).
//
// Hot path: a pong in the compact form KMS writes is recognised without a JSON parser; pings
// are built without allocating; all deadlines live in the shared ProbeScheduler.
class MediaServerConnection : public QObject, private KurentoSocket::Handler, private ProbeScheduler::Client
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxIncomingMessageBytes = KurentoSocket::kMaxMessageBytes;

    // Told about every change (no copy of the health, no signal): `urgent` when something a
    // user sees changed (state, reason, version, serverId, certificate), otherwise statistics
    // only (round trip, counters, metrics), which a receiver may pass on less often.
    class Observer
    {
    public:
        virtual void connectionChanged(MediaServerConnection *connection, bool urgent) = 0;

    protected:
        virtual ~Observer() = default;
    };

    // Without a scheduler the connection makes its own.
    MediaServerConnection(const QUrl &url, const ProbeSettings &settings, const TlsPolicy &tls = {},
                          ProbeScheduler *scheduler = nullptr, QObject *parent = nullptr);
    ~MediaServerConnection() override;

    // `context` is the observer's own (handed back by context()), so it needs no lookup.
    void setObserver(Observer *observer, void *context = nullptr)
    {
        m_observer = observer;
        m_observerContext = context;
    }
    void *context() const { return m_observerContext; }
    // The first attempt starts after delayMs (monitors spread many servers over an interval).
    void start(int delayMs = 0);
    void setSettings(const ProbeSettings &settings);
    // Back to Full while connected: getCpuCount and the figures at once.
    void setDetail(ProbeDetail detail);
    // A wss connection starts over at once with the new trust (no failure is counted).
    void setTlsPolicy(const TlsPolicy &tls);
    const TlsPolicy &tlsPolicy() const { return m_tls; }
    const ServerHealth &health() const { return m_tracker.health(); }
    void setMaintenance(bool on);
    QUrl url() const { return m_url; }
    bool isSecure() const { return m_secure; }
    // Answered pings since start (for the benchmark's CPU per check).
    quint64 pongs() const { return m_pongs; }
    static quint64 totalPongs(); // of all connections of the process

    // Public for tests: the compact pong KMS writes, {"id":N,"jsonrpc":"2.0","result":{["sessionId":"…",]"value":"pong"}}.
    static bool isCompactPong(QByteArrayView message, qint64 id);

    // Public for tests: what a message that is not a compact pong is, before it meets the requests
    // in flight. Invalid: `failure` (NotKurento, RpcError for an error without an id, WrongReplyId
    // for an id that cannot be one of ours) with `detail`; Reply: `id` and the whole object.
    struct RpcReply
    {
        enum class Kind : quint8 { Invalid, Notification, Reply };
        Kind kind = Kind::Invalid;
        FailureCode failure = FailureCode::None;
        QString detail;
        qint64 id = 0;
        QJsonObject object;
    };
    static RpcReply readReply(QByteArrayView message);

signals:
    // Only without an observer: urgent changes at once, statistics at most once per second.
    void healthChanged(const ucmc::ServerHealth &health);

private:
    enum class Phase : quint8 { Idle, Connecting, Open, WaitingToReconnect };
    enum class Request : quint8 { Ping, Connect, GetInfo, CpuCount, UsedMemory, Sessions, UsedCpu };
    struct Pending
    {
        qint64 id = 0; // 0: free
        Request kind = Request::Ping;
    };

    // KurentoSocket::Handler
    void socketOpened() override;
    void socketMessage(QByteArrayView message) override;
    void socketFailed(const SocketFailure &failure) override;
    void socketCertificate(const CertificateInfo &certificate) override;
    // ProbeScheduler::Client
    void due() override;

    void attempt();
    void sendPing();
    qint64 appendRequest(QByteArray &frames, Request kind, QByteArrayView methodAndParams);
    void sendRequests(std::initializer_list<std::pair<Request, QByteArray>> requests);
    void handleFullMessage(QByteArrayView message);
    void handleReply(Request kind, const QJsonObject &reply);
    void onPong();
    void startFigures(); // getCpuCount (once per connection) and a metrics round
    void sendMetricsRound();
    void fail(const SocketFailure &failure);
    void publish(bool urgent);
    int nextBackoffMs();
    bool takePending(qint64 id, Request &kind);

    QUrl m_url;
    bool m_secure = false;
    ProbeSettings m_settings;
    ProbeDetail m_detail = ProbeDetail::Full;
    TlsPolicy m_tls;
    std::unique_ptr<ProbeScheduler> m_ownScheduler;
    ProbeScheduler *m_scheduler;
    KurentoSocket m_socket;
    Observer *m_observer = nullptr;
    void *m_observerContext = nullptr;
    Phase m_phase = Phase::Idle;
    HealthTracker m_tracker;
    std::array<Pending, 8> m_pending{};
    qint64 m_pingId = 0;        // the ping in flight, 0 when none
    qint64 m_pingSentMs = 0;    // scheduler clock
    qint64 m_pingSentNs = 0;    // for the round trip
    bool m_firstPing = false;   // the first ping of this connection (its RPC stage)
    QByteArray m_sessionId;     // from `connect`, used for every later request
    QByteArray m_sessionParams; // ,"sessionId":"…" ready to append
    int m_metricsPending = 0;
    bool m_cpuCountAsked = false; // on this connection
    qint64 m_nextMetricsMs = 0;
    ServerMetrics m_metricsRound;
    int m_failedAttempts = 0;
    qint64 m_lastStatsSignalMs = 0;
    quint64 m_pongs = 0;
};

} // namespace ucmc
