#include "simulatedmediaserver.h"

#include "jsonreader.h"
#include "jsonwriter.h"
#include "listener.h"
#include "logging.h"
#include "mediaset.h"
#include "metadataformatter.h"
#include "objectinvoker.h"
#include "replyshaper.h"
#include "requestcache.h"
#include "rpcchannel.h"
#include "rpcengine.h"
#include "sessionbindings.h"
#include "uuid.h"
#include "wsconnection.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <exception>

namespace kmssim {

namespace {

// Everything that a restart of KMS throws away.
struct ProcessState
{
    ProcessState(const ServerConfig &config, const std::string &metadata, MediaSet::EventSink sink)
        : facts{config.version.toStdString(), metadata,
                config.cpuCount > 0 ? config.cpuCount : std::max(1, QThread::idealThreadCount())}
        , mediaSet(std::move(sink))
        , cache(config.requestCacheTimeout)
        , invoker(mediaSet, facts)
        , engine(mediaSet, cache, invoker, serverId)
    {}

    const std::string serverId = newUuid(); // KMS's instanceId, made at process start
    ServerFacts facts;
    MediaSet mediaSet;
    RequestCache cache;
    ObjectInvoker invoker;
    RpcEngine engine;
    SessionBindings bindings;
    std::string loadSession; // holds the pipelines of createPipelines()
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

class SimulatedMediaServer::Impl : public RpcChannel::Host
{
public:
    Impl(SimulatedMediaServer *owner, ServerConfig configuration)
        : q(owner)
        , config(std::move(configuration))
    {
        downtimeTimer.setSingleShot(true);
        QObject::connect(&gcTimer, &QTimer::timeout, q, [this] { collectGarbage(); });
        QObject::connect(&keepAliveTimer, &QTimer::timeout, q, [this] { keepSessionsAlive(); });
        QObject::connect(&flapTimer, &QTimer::timeout, q, [this] { flap(); });
        QObject::connect(&downtimeTimer, &QTimer::timeout, q, [this] { comeUp(); });
    }

    // --- RpcChannel::Host ---------------------------------------------------------------------

    Reply handleMessage(RpcChannel &channel, const QByteArray &message) override
    {
        if (fault.mode == FaultMode::Error) {
            if (auto reply = errorReply(message))
                return *reply;
        }
        Reply reply;
        const std::string bound = state->bindings.sessionOf(channel.id());
        RpcEngine::Outcome outcome;
        collectingEvents = true;
        try {
            outcome = state->engine.handle(message, bound);
        } catch (const std::exception &e) {
            qCWarning(lcKmsSim) << "unexpected error while handling a request:" << e.what();
            outcome.drop = true;
        }
        collectingEvents = false;
        if (outcome.drop) {
            reply.drop = true;
            return reply;
        }
        if (!outcome.bindSession.empty() && state->bindings.store(outcome.bindSession, channel.id()))
            state->mediaSet.touchSession(outcome.bindSession);
        reply.delayMs = outcome.delayMs;
        reply.text = shaper.shape(fault, outcome.response);
        return reply;
    }

    // FaultMode::Error: a well-formed JSON-RPC request gets the fault's error instead of being
    // handled, with its id (null for a notification), as KMS answers a method that threw; it has
    // no effect and binds no session. Anything else (malformed JSON, an invalid request) is left
    // to the engine, which drops the connection or answers -32600 as KMS's protocol check does.
    std::optional<Reply> errorReply(const QByteArray &message) const
    {
        const std::optional<FaultError> spec = Fault::errorFor(fault.arg);
        const auto request = JsonReader::parse(message);
        if (!spec || !request || !request->isObject() || request->get("jsonrpc") != JsonValue("2.0") ||
            request->get("id").isArray() || request->get("id").isObject() ||
            !request->get("method").isString())
            return std::nullopt;
        JsonValue error;
        error.set("code", spec->code);
        error.set("message", spec->message);
        if (spec->type) {
            JsonValue data;
            data.set("type", spec->type);
            error.set("data", std::move(data));
        }
        JsonValue response;
        response.set("error", std::move(error));
        response.set("id", request->get("id"));
        response.set("jsonrpc", "2.0");
        Reply reply;
        reply.text = JsonWriter::write(response);
        return reply;
    }

    void afterMessage() override
    {
        auto events = std::exchange(deferredEvents, {});
        for (const auto &[sessions, text] : events)
            sendEvent(sessions, text);
        state->mediaSet.emitPendingDestroyed();
    }

    int slowDelayMs() const override { return fault.mode == FaultMode::Slow ? int(fault.arg) : 0; }
    bool isFrozen() const override { return frozen; }

    // --- listeners and connections ------------------------------------------------------------

    bool openListeners(QString *error)
    {
        if (config.wsPort && !openListener(wsListener, *config.wsPort, boundWsPort, {}, error))
            return false;
        if (config.wssPort) {
            if (!config.tls)
                return fail(error, QStringLiteral("a wss:// listener needs a certificate"));
            if (!openListener(wssListener, *config.wssPort, boundWssPort, config.tls->serverConfiguration(),
                              error))
                return false;
        }
        if (frozen)
            setAccepting(false);
        up = true;
        return true;
    }

    bool openListener(std::unique_ptr<Listener> &listener, quint16 configuredPort, quint16 &boundPort,
                      std::optional<QSslConfiguration> tls, QString *error)
    {
        const bool secure = tls.has_value();
        listener = std::make_unique<Listener>(std::move(tls));
        // After the first start the same port is used again, also when it was ephemeral.
        const quint16 port = boundPort ? boundPort : configuredPort;
        if (!listener->listen(config.address, port)) {
            const QString message = QStringLiteral("cannot listen on %1:%2: %3")
                                        .arg(config.address.toString())
                                        .arg(port)
                                        .arg(listener->errorString());
            listener.reset();
            return fail(error, message);
        }
        boundPort = listener->serverPort();
        QObject::connect(listener.get(), &Listener::socketAccepted, q,
                         [this, secure](QTcpSocket *socket) { accept(socket, secure); });
        return true;
    }

    void closeListeners()
    {
        wsListener.reset();
        wssListener.reset();
        up = false;
    }

    void setAccepting(bool accepting)
    {
        for (Listener *listener : {wsListener.get(), wssListener.get()}) {
            if (!listener)
                continue;
            if (accepting)
                listener->resumeAccepting();
            else
                listener->pauseAccepting(); // the kernel still completes TCP handshakes
        }
    }

    void accept(QTcpSocket *socket, bool secure)
    {
        WsConnection::Limits limits;
        limits.maxMessageSize = config.maxMessageSize;
        limits.handshakeTimeoutMs = int(config.handshakeTimeout.count());
        auto *connection = new WsConnection(socket, secure, limits);
        auto *channel = new RpcChannel(nextConnectionId++, connection, *this, q);
        channels.insert(channel->id(), channel);
        if (frozen)
            connection->setFrozen(true);
        QObject::connect(connection, &WsConnection::opened, channel, [this, channel] { opened(channel); });
        QObject::connect(connection, &WsConnection::finished, channel,
                         [this, channel] { finished(channel); });
        QObject::connect(channel, &RpcChannel::deadlineReached, channel,
                         [channel] { channel->connection()->drop(); });
        if (fault.mode == FaultMode::CloseAfter)
            channel->setDeadline(fault.arg);
    }

    void opened(RpcChannel *channel)
    {
        // WebSocketTransport::openHandler: compare without the leading '/' and the query.
        QByteArray resource = channel->connection()->resource();
        if (resource.startsWith('/'))
            resource.remove(0, 1);
        resource = resource.left(resource.indexOf('?') < 0 ? resource.size() : resource.indexOf('?'));
        if (resource != config.path.toUtf8()) {
            qCDebug(lcKmsSim) << "Invalid path" << resource << ", closing connection";
            channel->connection()->closeWithStatus(1002, "Invalid path");
            return;
        }
        openChannels.insert(channel->id());
        emit q->connectionCountChanged(int(openChannels.size()));
        if (fault.mode == FaultMode::Flood)
            startFlood(channel);
        else if (fault.mode == FaultMode::PingFlood)
            channel->startPingFlood(int(fault.arg));
    }

    void finished(RpcChannel *channel)
    {
        state->bindings.remove(channel->id()); // WebSocketTransport::closeHandler
        channels.remove(channel->id());
        if (openChannels.remove(channel->id()))
            emit q->connectionCountChanged(int(openChannels.size()));
        channel->deleteLater();
    }

    void dropAll()
    {
        const auto all = channels.values();
        for (RpcChannel *channel : all)
            channel->connection()->drop(); // no close frame: clients see 1006, as on SIGTERM
    }

    // --- process life -------------------------------------------------------------------------

    void newProcess()
    {
        state = std::make_unique<ProcessState>(
            config, metadata,
            [this](const std::vector<std::string> &sessions, const JsonValue &notification) {
                deliverEvent(sessions, notification);
            });
        shaper = ReplyShaper();
    }

    void goDown()
    {
        dropAll();
        closeListeners();
    }

    void comeUp()
    {
        if (!running || up)
            return;
        newProcess();
        QString error;
        if (!openListeners(&error))
            qCWarning(lcKmsSim) << "cannot come back up:" << error;
        else
            emit q->restarted(QString::fromStdString(state->serverId));
    }

    void flap()
    {
        if (up)
            goDown();
        else
            comeUp();
    }

    // WebSocketTransport::keepAliveSessions: every quarter period, sessions with a socket are
    // marked in use. So a session is collected one to two periods after its socket closed.
    void keepSessionsAlive()
    {
        if (frozen)
            return;
        for (const std::string &session : state->bindings.boundSessions())
            state->mediaSet.touchSession(session);
        if (!state->loadSession.empty())
            state->mediaSet.touchSession(state->loadSession);
    }

    void collectGarbage()
    {
        if (frozen)
            return; // a stopped process collects nothing
        if (!state->loadSession.empty())
            state->mediaSet.touchSession(state->loadSession);
        state->mediaSet.collectGarbage();
        state->mediaSet.emitPendingDestroyed();
    }

    // --- events -------------------------------------------------------------------------------

    void deliverEvent(const std::vector<std::string> &sessions, const JsonValue &notification)
    {
        QByteArray text = JsonWriter::write(notification);
        if (collectingEvents)
            deferredEvents.emplace_back(sessions, std::move(text)); // after the reply
        else
            sendEvent(sessions, text);
    }

    void sendEvent(const std::vector<std::string> &sessions, const QByteArray &text)
    {
        for (const std::string &session : sessions) {
            // Only the socket the session is bound to gets it (WebSocketTransport::send).
            const quint64 id = state->bindings.connectionOf(session);
            if (RpcChannel *channel = channels.value(id))
                channel->connection()->sendText(text);
        }
    }

    void startFlood(RpcChannel *channel)
    {
        const std::string source = MediaSet::ServerManagerId;
        channel->startFlood(int(fault.arg), [source] {
            JsonValue data;
            data.set("object", newUuid() + "_kurento.MediaPipeline");
            data.set("source", source);
            data.set("tags", JsonValue::array());
            data.set("timestampMillis", std::to_string(QDateTime::currentMSecsSinceEpoch()));
            JsonValue value;
            value.set("data", std::move(data));
            value.set("object", source);
            value.set("type", "ObjectCreated");
            JsonValue params;
            params.set("value", std::move(value));
            JsonValue notification;
            notification.set("jsonrpc", "2.0");
            notification.set("method", "onEvent");
            notification.set("params", std::move(params));
            return JsonWriter::write(notification);
        });
    }

    // --- faults -------------------------------------------------------------------------------

    void applyFault()
    {
        switch (fault.mode) {
        case FaultMode::Refuse:
            goDown();
            break;
        case FaultMode::Stall:
            setFrozen(true);
            break;
        case FaultMode::Flap:
            goDown();
            flapTimer.start(int(fault.arg));
            break;
        case FaultMode::CloseAfter:
            for (RpcChannel *channel : std::as_const(channels))
                channel->setDeadline(fault.arg - channel->ageMs());
            break;
        case FaultMode::Flood:
            for (RpcChannel *channel : std::as_const(channels)) {
                if (openChannels.contains(channel->id()))
                    startFlood(channel);
            }
            break;
        case FaultMode::PingFlood:
            for (RpcChannel *channel : std::as_const(channels)) {
                if (openChannels.contains(channel->id()))
                    channel->startPingFlood(int(fault.arg));
            }
            break;
        default:
            break;
        }
    }

    void removeFault()
    {
        switch (fault.mode) {
        case FaultMode::Refuse:
        case FaultMode::Flap:
            flapTimer.stop();
            comeUp();
            break;
        case FaultMode::Stall:
            setFrozen(false);
            break;
        case FaultMode::CloseAfter:
            for (RpcChannel *channel : std::as_const(channels))
                channel->clearDeadline();
            break;
        case FaultMode::PingFlood:
            for (RpcChannel *channel : std::as_const(channels))
                channel->stopPingFlood();
            break;
        default:
            break;
        }
        fault = Fault{};
    }

    void setFrozen(bool freeze)
    {
        frozen = freeze;
        setAccepting(!freeze);
        const auto all = channels.values();
        for (RpcChannel *channel : all)
            channel->connection()->setFrozen(freeze);
        if (!freeze) {
            for (RpcChannel *channel : all)
                channel->pump(); // requests queued while stopped are answered now, late
        }
    }

    SimulatedMediaServer *q;
    ServerConfig config;
    std::string metadata;
    bool metadataValid = true;
    Fault fault;
    bool running = false;
    bool up = false;
    bool frozen = false;
    std::unique_ptr<Listener> wsListener;
    std::unique_ptr<Listener> wssListener;
    quint16 boundWsPort = 0;
    quint16 boundWssPort = 0;
    QHash<quint64, RpcChannel *> channels;
    QSet<quint64> openChannels;
    quint64 nextConnectionId = 1;
    std::unique_ptr<ProcessState> state;
    ReplyShaper shaper;
    bool collectingEvents = false;
    std::vector<std::pair<std::vector<std::string>, QByteArray>> deferredEvents;
    QTimer gcTimer;
    QTimer keepAliveTimer;
    QTimer flapTimer;
    QTimer downtimeTimer;
};

SimulatedMediaServer::SimulatedMediaServer(ServerConfig config, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Impl>(this, std::move(config)))
{
    // The metadata is part of the process; an invalid one is reported by start().
    const QByteArray &metadata = d->config.metadata;
    const auto formatted =
        metadata.isEmpty() ? std::optional<std::string>(std::string()) : MetadataFormatter::format(metadata);
    d->metadataValid = formatted.has_value();
    d->metadata = formatted.value_or(std::string());
    d->newProcess();
}

SimulatedMediaServer::~SimulatedMediaServer()
{
    stop();
    // Channels waiting for deleteLater must go before the state they point into.
    qDeleteAll(findChildren<RpcChannel *>(Qt::FindDirectChildrenOnly));
}

bool SimulatedMediaServer::start(QString *error)
{
    if (d->running)
        return true;
    const auto &c = d->config;
    if (c.address.protocol() != QAbstractSocket::IPv4Protocol || !c.address.isLoopback())
        return fail(
            error,
            QStringLiteral("only 127.0.0.0/8 addresses are allowed, not %1").arg(c.address.toString()));
    if (!c.wsPort && !c.wssPort)
        return fail(error, QStringLiteral("no listener configured"));
    if (!d->metadataValid)
        return fail(error, QStringLiteral("the metadata is not valid JSON"));
    if (!d->openListeners(error)) {
        d->closeListeners();
        return false;
    }
    d->running = true;
    d->gcTimer.start(int(std::clamp<qint64>(c.gcPeriod.count(), 1, 86400000)));
    d->keepAliveTimer.start(int(std::clamp<qint64>(c.gcPeriod.count() / 4, 1, 86400000)));
    d->applyFault();
    return true;
}

void SimulatedMediaServer::stop()
{
    if (!d->running)
        return;
    d->running = false;
    d->gcTimer.stop();
    d->keepAliveTimer.stop();
    d->flapTimer.stop();
    d->downtimeTimer.stop();
    d->frozen = false;
    d->goDown();
}

bool SimulatedMediaServer::isRunning() const
{
    return d->running;
}

bool SimulatedMediaServer::isListening() const
{
    return d->running && d->up;
}

const ServerConfig &SimulatedMediaServer::config() const
{
    return d->config;
}

QHostAddress SimulatedMediaServer::address() const
{
    return d->config.address;
}

quint16 SimulatedMediaServer::wsPort() const
{
    return d->config.wsPort ? (d->boundWsPort ? d->boundWsPort : *d->config.wsPort) : 0;
}

quint16 SimulatedMediaServer::wssPort() const
{
    return d->config.wssPort ? (d->boundWssPort ? d->boundWssPort : *d->config.wssPort) : 0;
}

quint16 SimulatedMediaServer::port() const
{
    return isSecure() ? wssPort() : wsPort();
}

bool SimulatedMediaServer::isSecure() const
{
    return !d->config.wsPort.has_value();
}

QList<QUrl> SimulatedMediaServer::urls() const
{
    QList<QUrl> out;
    const QString base = QStringLiteral("%1://%2:%3/") + d->config.path;
    if (d->config.wsPort)
        out << QUrl(base.arg(QStringLiteral("ws"), d->config.address.toString()).arg(wsPort()));
    if (d->config.wssPort)
        out << QUrl(base.arg(QStringLiteral("wss"), d->config.address.toString()).arg(wssPort()));
    return out;
}

QUrl SimulatedMediaServer::url() const
{
    return urls().value(0);
}

QString SimulatedMediaServer::version() const
{
    return d->config.version;
}

void SimulatedMediaServer::setVersion(const QString &version)
{
    d->config.version = version;
    d->state->facts.version = version.toStdString();
}

QString SimulatedMediaServer::serverId() const
{
    return QString::fromStdString(d->state->serverId);
}

void SimulatedMediaServer::setFault(const Fault &fault)
{
    if (d->fault.mode != FaultMode::None)
        d->removeFault();
    d->fault = fault;
    if (d->running)
        d->applyFault();
    emit faultChanged(fault);
}

void SimulatedMediaServer::clearFault()
{
    if (d->fault.mode == FaultMode::None)
        return;
    if (d->running)
        d->removeFault();
    d->fault = Fault{};
    emit faultChanged(d->fault);
}

Fault SimulatedMediaServer::fault() const
{
    return d->fault;
}

void SimulatedMediaServer::restart(std::chrono::milliseconds downtime)
{
    if (!d->running)
        return;
    d->dropAll();
    // A fault that keeps the process away keeps it away after the restart too.
    const bool staysDown = d->fault.mode == FaultMode::Refuse || (d->fault.mode == FaultMode::Flap && !d->up);
    if (downtime.count() > 0 || staysDown) {
        d->closeListeners();
        d->newProcess();
        if (!staysDown)
            d->downtimeTimer.start(int(std::min<qint64>(downtime.count(), 3600000)));
        return;
    }
    d->newProcess();
    emit restarted(serverId());
}

void SimulatedMediaServer::createPipelines(int count, int endpointsPerPipeline)
{
    auto &state = *d->state;
    if (state.loadSession.empty())
        state.loadSession = newUuid();
    const auto &catalog = ObjectCatalog::instance();
    for (int i = 0; i < std::clamp(count, 0, 100000); ++i) {
        const std::string pipeline =
            state.mediaSet.create(*catalog.factory("MediaPipeline"), {}, state.loadSession, {});
        for (int e = 0; e < std::clamp(endpointsPerPipeline, 0, 1000); ++e)
            state.mediaSet.create(*catalog.factory("WebRtcEndpoint"), pipeline, state.loadSession, {});
    }
}

void SimulatedMediaServer::releasePipelines()
{
    auto &state = *d->state;
    if (state.loadSession.empty())
        return;
    state.mediaSet.releaseSession(state.loadSession);
    state.mediaSet.emitPendingDestroyed();
    state.loadSession.clear();
}

int SimulatedMediaServer::connectionCount() const
{
    return int(d->openChannels.size());
}

int SimulatedMediaServer::sessionCount() const
{
    return d->state->mediaSet.sessionCount();
}

int SimulatedMediaServer::pipelineCount() const
{
    return d->state->mediaSet.pipelineCount();
}

} // namespace kmssim
