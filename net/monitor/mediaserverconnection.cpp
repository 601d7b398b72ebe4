#include "net/monitor/mediaserverconnection.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSet>

#include <atomic>
#include <charconv>
#include <cstring>

Q_LOGGING_CATEGORY(lcProbe, "ucmc.probe", QtInfoMsg)

namespace ucmc {

namespace {

// One counter for every request of the process: an id is never used twice, not after a
// reconnect and not by a new connection object (KMS answers a reused id from its request cache).
qint64 nextRequestId()
{
    static std::atomic<qint64> next{1};
    return next.fetch_add(1, std::memory_order_relaxed);
}

std::atomic<quint64> g_pongs{0};

qint64 wallNowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

constexpr QByteArrayView kEnvelopeStart = R"({"jsonrpc":"2.0","id":)";
// What a notification starts with in KMS's sorted compact form; the console subscribes to no
// event, so these are dropped without parsing (an event flood costs next to nothing).
constexpr QByteArrayView kNotificationStart = R"({"jsonrpc":"2.0","method":"onEvent",)";

// The session id is the server's: it goes into our requests only if it looks like one.
bool isPlainSessionId(const QString &id)
{
    if (id.isEmpty() || id.size() > 128)
        return false;
    for (QChar c : id) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') && c != QLatin1Char('_'))
            return false;
    }
    return true;
}

// What a user sees of the health: a change of any of these is passed on at once.
struct Visible
{
    HealthState state;
    int streak;
    FailureCode failure;
    int closeCode;
    int httpStatus;
    QString detail;

    explicit Visible(const ServerHealth &h)
        : state(h.state), streak(h.streak), failure(h.failure), closeCode(h.closeCode), httpStatus(h.httpStatus),
          detail(h.detail)
    {
    }
    bool operator==(const Visible &) const = default;
};

QString errorText(const QJsonObject &error)
{
    return QStringLiteral("%1 (%2)")
        .arg(error.value(QLatin1String("message")).toString())
        .arg(error.value(QLatin1String("code")).toInteger());
}

} // namespace

MediaServerConnection::MediaServerConnection(const QUrl &url, const ProbeSettings &settings, const TlsPolicy &tls,
                                             ProbeScheduler *scheduler, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_secure(url.scheme() == QLatin1String("wss"))
    , m_settings(settings.bounded())
    , m_tls(tls)
    , m_ownScheduler(scheduler ? nullptr : std::make_unique<ProbeScheduler>())
    , m_scheduler(scheduler ? scheduler : m_ownScheduler.get())
    , m_socket(this)
    , m_tracker(m_settings.fall, m_settings.rise)
{
}

MediaServerConnection::~MediaServerConnection()
{
    m_scheduler->remove(this);
    // The close handshake from our side: the console goes away (or no longer lists the server).
    m_socket.close(1001);
}

bool MediaServerConnection::isCompactPong(QByteArrayView message, qint64 id)
{
    constexpr QByteArrayView start = R"({"id":)";
    constexpr QByteArrayView middle = R"(,"jsonrpc":"2.0","result":{)";
    constexpr QByteArrayView session = R"("sessionId":")";
    constexpr QByteArrayView end = R"("value":"pong"}})";
    if (!message.startsWith(start))
        return false;
    const char *p = message.data() + start.size();
    const char *last = message.data() + message.size();
    qint64 value = 0;
    const auto [after, error] = std::from_chars(p, last, value);
    if (error != std::errc() || after == p || *p == '-' || (*p == '0' && after - p > 1) || value != id)
        return false;
    QByteArrayView rest(after, last - after);
    if (!rest.startsWith(middle))
        return false;
    rest = rest.sliced(middle.size());
    if (rest.startsWith(session)) {
        rest = rest.sliced(session.size());
        const qsizetype quote = rest.indexOf('"');
        if (quote < 0 || rest.first(quote).contains('\\'))
            return false;
        rest = rest.sliced(quote + 1);
        if (!rest.startsWith(','))
            return false;
        rest = rest.sliced(1);
    }
    return rest == end;
}

void MediaServerConnection::start(int delayMs)
{
    if (m_phase != Phase::Idle)
        return;
    if (delayMs <= 0) {
        attempt();
        return;
    }
    m_phase = Phase::WaitingToReconnect;
    m_scheduler->schedule(this, ProbeScheduler::nowMs() + delayMs, m_scheduler->periodicGrid(m_settings.intervalMs));
}

quint64 MediaServerConnection::totalPongs()
{
    return g_pongs.load(std::memory_order_relaxed);
}

void MediaServerConnection::setSettings(const ProbeSettings &settings)
{
    const ProbeSettings bounded = settings.bounded();
    if (bounded == m_settings)
        return;
    const bool thresholds = bounded.fall != m_settings.fall || bounded.rise != m_settings.rise;
    m_settings = bounded;
    m_tracker.setThresholds(m_settings.fall, m_settings.rise);
    if (thresholds)
        publish(true); // "Going down (n of fall)" reads differently
}

void MediaServerConnection::setDetail(ProbeDetail detail)
{
    if (detail == m_detail)
        return;
    m_detail = detail;
    if (detail == ProbeDetail::Status)
        m_nextMetricsMs = -1; // a round under way still completes
    else if (!m_sessionParams.isEmpty()) // connected, with the session `connect` made
        startFigures();
}

void MediaServerConnection::setTlsPolicy(const TlsPolicy &tls)
{
    const bool changed = tls.pinnedSha256 != m_tls.pinnedSha256 || tls.configuration != m_tls.configuration;
    m_tls = tls;
    if (changed && m_secure && m_phase != Phase::Idle) {
        m_socket.abort();
        attempt(); // with the new trust, now; the old attempt's outcome does not count
    }
}

void MediaServerConnection::setMaintenance(bool on)
{
    if (m_tracker.setMaintenance(on, wallNowMs()))
        publish(true);
}

void MediaServerConnection::attempt()
{
    m_phase = Phase::Connecting;
    m_pending.fill({});
    m_pingId = 0;
    m_sessionId.clear();
    m_sessionParams.clear();
    m_cpuCountAsked = false;
    m_metricsPending = 0;
    m_nextMetricsMs = -1;
    if (m_tracker.health().state == HealthState::Unknown) {
        m_tracker.begin(wallNowMs());
        publish(true);
    }
    // One deadline for the whole attempt: name, TCP, TLS and upgrade together.
    m_scheduler->schedule(this, ProbeScheduler::nowMs() + m_settings.connectTimeoutMs());
    m_socket.open(m_url, m_tls);
}

void MediaServerConnection::due()
{
    switch (m_phase) {
    case Phase::Connecting:
        fail(m_socket.timeoutFailure());
        break;
    case Phase::Open:
        if (m_pingId != 0)
            fail({FailureCode::RpcTimeout});
        else
            sendPing();
        break;
    case Phase::WaitingToReconnect:
        attempt();
        break;
    case Phase::Idle:
        break;
    }
}

qint64 MediaServerConnection::appendRequest(QByteArray &frames, Request kind, QByteArrayView methodAndParams)
{
    auto slot = std::find_if(m_pending.begin(), m_pending.end(), [](const Pending &p) { return p.id == 0; });
    if (slot == m_pending.end())
        return 0; // cannot happen: at most one request of each kind is in flight
    const qint64 id = nextRequestId();
    *slot = {id, kind};
    char head[64];
    std::memcpy(head, kEnvelopeStart.data(), size_t(kEnvelopeStart.size()));
    char *end = std::to_chars(head + kEnvelopeStart.size(), head + sizeof head, id).ptr;
    *end++ = ',';
    QByteArray payload;
    payload.reserve((end - head) + methodAndParams.size() + 1);
    payload.append(head, end - head).append(methodAndParams).append('}');
    KurentoSocket::frameText(frames, payload);
    return id;
}

void MediaServerConnection::sendRequests(std::initializer_list<std::pair<Request, QByteArray>> requests)
{
    QByteArray frames;
    for (const auto &[kind, methodAndParams] : requests)
        appendRequest(frames, kind, methodAndParams);
    m_socket.sendFrames(frames); // one write, one system call
}

void MediaServerConnection::sendPing()
{
    // The hot path: the request is built on the stack.
    constexpr QByteArrayView tail = R"(,"method":"ping"})";
    auto slot = std::find_if(m_pending.begin(), m_pending.end(), [](const Pending &p) { return p.id == 0; });
    if (slot == m_pending.end())
        return;
    const qint64 id = nextRequestId();
    *slot = {id, Request::Ping};
    char text[96];
    std::memcpy(text, kEnvelopeStart.data(), size_t(kEnvelopeStart.size()));
    char *end = std::to_chars(text + kEnvelopeStart.size(), text + 64, id).ptr;
    std::memcpy(end, tail.data(), size_t(tail.size()));
    end += tail.size();
    m_pingId = id;
    m_pingSentMs = ProbeScheduler::nowMs();
    m_pingSentNs = ProbeScheduler::nowNs();
    m_socket.sendText(QByteArrayView(text, end - text));
    if (m_phase == Phase::Open) // not failed on the way
        m_scheduler->schedule(this, m_pingSentMs + m_settings.timeoutMs);
}

void MediaServerConnection::socketOpened()
{
    m_phase = Phase::Open;
    m_firstPing = true;
    // Like the reference clients, the first ping announces the interval (KMS ignores it); it is
    // sent together with `connect`, which creates the one session this connection uses.
    QByteArray frames;
    m_pingId = appendRequest(frames, Request::Ping,
                             QByteArray(QByteArrayLiteral("\"method\":\"ping\",\"params\":{\"interval\":")
                                        + QByteArray::number(m_settings.intervalMs) + '}'));
    appendRequest(frames, Request::Connect, QByteArrayLiteral("\"method\":\"connect\""));
    m_pingSentMs = ProbeScheduler::nowMs();
    m_pingSentNs = ProbeScheduler::nowNs();
    m_socket.sendFrames(frames);
    if (m_phase == Phase::Open)
        m_scheduler->schedule(this, m_pingSentMs + m_settings.timeoutMs);
}

bool MediaServerConnection::takePending(qint64 id, Request &kind)
{
    for (Pending &p : m_pending) {
        if (p.id == id && id != 0) {
            kind = p.kind;
            p.id = 0;
            return true;
        }
    }
    return false;
}

void MediaServerConnection::socketMessage(QByteArrayView message)
{
    if (m_pingId != 0 && isCompactPong(message, m_pingId)) {
        Request kind;
        takePending(m_pingId, kind);
        onPong();
        return;
    }
    if (message.startsWith(kNotificationStart))
        return;
    handleFullMessage(message);
}

MediaServerConnection::RpcReply MediaServerConnection::readReply(QByteArrayView message)
{
    RpcReply reply;
    QJsonParseError parseError;
    // Bounded: the socket refuses messages over 1 MiB, and Qt's parser stops at deep nesting.
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(message.data(), message.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        reply.failure = FailureCode::NotKurento;
        reply.detail = parseError.error == QJsonParseError::DeepNesting ? tr("the reply is nested too deeply")
                                                                         : tr("the reply is not a JSON object");
        return reply;
    }
    reply.object = doc.object();
    if (reply.object.value(QLatin1String("jsonrpc")).toString() != QLatin1String("2.0")) {
        reply.failure = FailureCode::NotKurento;
        reply.detail = tr("the reply is not JSON-RPC 2.0");
        return reply;
    }
    const QJsonValue id = reply.object.value(QLatin1String("id"));
    if (id.isUndefined() && reply.object.contains(QLatin1String("method"))) {
        reply.kind = RpcReply::Kind::Notification; // the console subscribes to nothing
        return reply;
    }
    if (id.isNull() && reply.object.value(QLatin1String("error")).isObject()) {
        reply.failure = FailureCode::RpcError;
        reply.detail = errorText(reply.object.value(QLatin1String("error")).toObject());
        return reply;
    }
    // Only an integral id in qint64's range can be one of ours (and only such a double converts).
    const double numeric = id.toDouble();
    if (!id.isDouble() || !(numeric >= -0x1p63 && numeric < 0x1p63) || double(qint64(numeric)) != numeric) {
        reply.failure = FailureCode::WrongReplyId;
        return reply;
    }
    reply.kind = RpcReply::Kind::Reply;
    reply.id = qint64(numeric);
    return reply;
}

void MediaServerConnection::handleFullMessage(QByteArrayView message)
{
    const RpcReply reply = readReply(message);
    if (reply.kind == RpcReply::Kind::Notification)
        return;
    if (reply.kind == RpcReply::Kind::Invalid && reply.failure != FailureCode::WrongReplyId) {
        fail({reply.failure, reply.detail});
        return;
    }
    Request kind;
    if (reply.kind != RpcReply::Kind::Reply || !takePending(reply.id, kind)) {
        qCDebug(lcProbe) << "unexpected reply" << message.first(qMin<qsizetype>(message.size(), 200));
        fail({FailureCode::WrongReplyId});
        return;
    }
    handleReply(kind, reply.object);
}

void MediaServerConnection::handleReply(Request kind, const QJsonObject &reply)
{
    const QJsonValue result = reply.value(QLatin1String("result"));
    const QJsonValue value = result.toObject().value(QLatin1String("value"));
    const QJsonValue error = reply.value(QLatin1String("error"));
    if (error.isObject() && kind != Request::Ping)
        qCDebug(lcProbe) << m_url.toDisplayString() << "request" << int(kind) << "failed:"
                         << errorText(error.toObject());
    switch (kind) {
    case Request::Ping:
        if (value.toString() == QLatin1String("pong"))
            onPong();
        else if (error.isObject())
            fail({FailureCode::RpcError, errorText(error.toObject())});
        else
            fail({FailureCode::NotKurento, tr("ping was not answered with pong")});
        return;
    case Request::Connect: {
        const QJsonObject r = result.toObject();
        const QString serverId = r.value(QLatin1String("serverId")).toString();
        const QString sessionId = r.value(QLatin1String("sessionId")).toString();
        if (!serverId.isEmpty() && serverId != m_tracker.health().serverId) {
            m_tracker.details().serverId = serverId;
            publish(true);
        }
        if (!isPlainSessionId(sessionId)) {
            // Without the session `connect` made, every invoke would make a new one: none.
            qCInfo(lcProbe) << m_url.toDisplayString() << "connect gave no usable session";
            return;
        }
        m_sessionId = sessionId.toLatin1();
        m_sessionParams = QByteArrayLiteral(",\"sessionId\":\"") + m_sessionId + '"';
        sendRequests({{Request::GetInfo, QByteArrayLiteral("\"method\":\"invoke\",\"params\":{\"object\":"
                                                           "\"manager_ServerManager\",\"operation\":\"getInfo\"")
                                             + m_sessionParams + '}'}});
        return;
    }
    case Request::GetInfo: {
        const QJsonObject info = value.toObject();
        const QString version = info.value(QLatin1String("version")).toString();
        QStringList modules;
        for (const QJsonValue &module : info.value(QLatin1String("modules")).toArray()) {
            const QJsonObject m = module.toObject();
            const QString name = m.value(QLatin1String("name")).toString();
            const QString moduleVersion = m.value(QLatin1String("version")).toString();
            if (!name.isEmpty())
                modules << (moduleVersion.isEmpty() ? name : name + QLatin1Char(' ') + moduleVersion);
        }
        ServerHealth &details = m_tracker.details();
        const bool changed = (!version.isEmpty() && version != details.version) || modules != details.modules;
        if (!version.isEmpty())
            details.version = version;
        details.modules = modules;
        if (changed)
            publish(true);
        if (version.isEmpty())
            qCInfo(lcProbe) << "getInfo without a version from" << m_url.toDisplayString();
        if (m_detail == ProbeDetail::Full)
            startFigures();
        return;
    }
    case Request::CpuCount:
        if (value.isDouble() && value.toInt(-1) != m_tracker.health().metrics.cpuCount) {
            m_tracker.details().metrics.cpuCount = value.toInt(-1);
            publish(false);
        }
        return;
    case Request::UsedMemory:
        m_metricsRound.memoryKiB = value.isDouble() ? value.toInteger(-1) : -1;
        break;
    case Request::Sessions: {
        // The real server's reply starts with as many "" as there are sessions (a quirk of
        // MediaSet::getSessions); the console's own session is not a client's.
        QSet<QString> distinct;
        for (const QJsonValue &session : value.toArray()) {
            const QString id = session.toString();
            if (!id.isEmpty() && id.toLatin1() != m_sessionId)
                distinct.insert(id);
        }
        m_metricsRound.sessions = value.isArray() ? int(distinct.size()) : -1;
        break;
    }
    case Request::UsedCpu:
        // KMS answers "value":null when it measured no elapsed time (interval 0 or 1, sometimes up
        // to 10 ms): no figure this time, so the last one (or unknown) stays, never 0 %.
        if (value.isNull() && result.toObject().contains(QLatin1String("value")))
            m_metricsRound.cpuPercent = m_tracker.health().metrics.cpuPercent;
        else
            m_metricsRound.cpuPercent = value.isDouble() ? value.toDouble() : -1;
        break;
    }
    // One of the periodic figures: when the round is complete, it goes into the health.
    if (--m_metricsPending == 0) {
        ServerMetrics &metrics = m_tracker.details().metrics;
        m_metricsRound.cpuCount = metrics.cpuCount;
        m_metricsRound.sampledAtMs = wallNowMs();
        metrics = m_metricsRound;
        publish(false);
    }
}

void MediaServerConnection::startFigures()
{
    // The processor count once per connection, and a first sample of the figures at once.
    if (!m_cpuCountAsked) {
        m_cpuCountAsked = true;
        sendRequests({{Request::CpuCount, QByteArrayLiteral("\"method\":\"invoke\",\"params\":{\"object\":"
                                                            "\"manager_ServerManager\",\"operation\":\"getCpuCount\"")
                                              + m_sessionParams + '}'}});
    }
    sendMetricsRound();
}

void MediaServerConnection::sendMetricsRound()
{
    if (m_sessionParams.isEmpty() || m_metricsPending > 0 || m_detail != ProbeDetail::Full)
        return;
    m_nextMetricsMs = ProbeScheduler::nowMs() + m_settings.metricsIntervalMs;
    m_metricsRound = {};
    m_metricsPending = 3;
    const QByteArray invoke = QByteArrayLiteral("\"method\":\"invoke\",\"params\":{\"object\":"
                                                "\"manager_ServerManager\",\"operation\":\"");
    // getUsedCpu last: KMS answers the requests of one connection in order, and this one blocks
    // for its interval; the other two must not wait behind it.
    sendRequests({{Request::UsedMemory, invoke + "getUsedMemory\"" + m_sessionParams + '}'},
                  {Request::Sessions, invoke + "getSessions\"" + m_sessionParams + '}'},
                  {Request::UsedCpu, invoke + "getUsedCpu\",\"operationParams\":{\"interval\":"
                                         + QByteArray::number(m_settings.effectiveCpuSampleMs()) + '}'
                                         + m_sessionParams + '}'}});
}

void MediaServerConnection::onPong()
{
    // The round trip ends when this thread learnt that the pong had arrived, not when it got to
    // parse it: replies of one burst are read together, and the last would carry the others' work.
    const qint64 readyNs = m_socket.readyAtNs();
    const qint64 sentNs = m_pingSentNs;
    const double rtt = double(readyNs >= sentNs ? readyNs - sentNs : ProbeScheduler::nowNs() - sentNs) / 1e6;
    m_pingId = 0;
    ++m_pongs;
    g_pongs.fetch_add(1, std::memory_order_relaxed);
    m_failedAttempts = 0;
    if (m_firstPing) {
        m_firstPing = false;
        StageTimings stages = m_socket.timings();
        stages.rpcMs = rtt;
        m_tracker.details().stages = stages;
    }
    const Visible before(m_tracker.health());
    ProbeOutcome outcome;
    outcome.ok = true;
    outcome.rttMs = rtt;
    m_tracker.record(outcome, wallNowMs());
    publish(!(Visible(m_tracker.health()) == before));

    m_scheduler->schedule(this, m_pingSentMs + m_settings.intervalMs, m_scheduler->periodicGrid(m_settings.intervalMs));
    // The figures right after a pong: getUsedCpu is answered long before the next ping is due.
    if (m_nextMetricsMs >= 0 && ProbeScheduler::nowMs() >= m_nextMetricsMs)
        sendMetricsRound();
}

void MediaServerConnection::socketFailed(const SocketFailure &failure)
{
    fail(failure);
}

void MediaServerConnection::socketCertificate(const CertificateInfo &certificate)
{
    if (certificate == m_tracker.health().certificate)
        return;
    m_tracker.details().certificate = certificate;
    publish(true);
}

void MediaServerConnection::fail(const SocketFailure &failure)
{
    if (m_phase == Phase::WaitingToReconnect || m_phase == Phase::Idle)
        return; // this attempt already failed
    qCDebug(lcProbe) << m_url.toDisplayString() << "failed:" << failureCodeId(failure.code) << failure.detail;
    // A connection the server closed (or dropped) is down at once, not after `fall` checks.
    const bool closedByServer = failure.code == FailureCode::WsClosed && m_phase == Phase::Open;
    StageTimings stages = m_socket.timings();
    m_socket.abort();
    m_pending.fill({});
    m_pingId = 0;
    m_sessionId.clear();
    m_sessionParams.clear();
    m_cpuCountAsked = false;
    m_metricsPending = 0;
    m_nextMetricsMs = -1;

    const Visible before(m_tracker.health());
    if (m_phase == Phase::Connecting)
        m_tracker.details().stages = stages; // how far this attempt got
    ProbeOutcome outcome;
    outcome.failure = failure.code;
    outcome.detail = failure.detail;
    outcome.closeCode = failure.closeCode;
    outcome.httpStatus = failure.httpStatus;
    outcome.closedByServer = closedByServer;
    const qint64 now = wallNowMs();
    m_tracker.record(outcome, now);

    // While going down, the next check follows at once, so a stalled server is down within
    // interval + timeout x fall; a server that is down is retried with the capped back-off.
    const int delay = m_tracker.health().state == HealthState::GoingDown ? 0 : nextBackoffMs();
    m_tracker.details().nextAttemptMs = now + delay;
    m_phase = Phase::WaitingToReconnect;
    // Never from inside this call; a back-off goes on the scheduler's grid, a retry at once does not.
    m_scheduler->schedule(this, ProbeScheduler::nowMs() + delay, delay > 0 ? m_scheduler->periodicGrid(m_settings.intervalMs) : 0);
    publish(!(Visible(m_tracker.health()) == before));
}

void MediaServerConnection::publish(bool urgent)
{
    if (m_observer) {
        m_observer->connectionChanged(this, urgent);
        return;
    }
    const qint64 now = ProbeScheduler::nowMs();
    if (!urgent && now - m_lastStatsSignalMs < 1000)
        return;
    m_lastStatsSignalMs = now;
    emit healthChanged(m_tracker.health());
}

int MediaServerConnection::nextBackoffMs()
{
    // interval, 2x, 4x, ... capped; +-10 % jitter so many servers that fell together do not
    // retry in lockstep.
    const int exponent = qMin(m_failedAttempts, 16);
    ++m_failedAttempts;
    const qint64 delay = qMin<qint64>(qint64(m_settings.intervalMs) << exponent, m_settings.backoffMaxMs);
    const int jitter = int(delay / 10);
    return int(delay) + (jitter > 0 ? QRandomGenerator::global()->bounded(-jitter, jitter + 1) : 0);
}

} // namespace ucmc
