#include "net/mediaserverconnection.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcProbe, "ucmc.probe", QtInfoMsg)

namespace ucmc {

namespace {
QByteArray envelope(qint64 id, const QByteArray &methodAndParams)
{
    return QByteArrayLiteral("{\"jsonrpc\":\"2.0\",\"id\":") + QByteArray::number(id) + ','
           + methodAndParams + '}';
}
} // namespace

MediaServerConnection::MediaServerConnection(const QUrl &url, const ProbeSettings &settings,
                                             const QSslConfiguration &tls, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_settings(settings.bounded())
    , m_tls(tls)
    , m_tracker(m_settings.fall, m_settings.rise)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &MediaServerConnection::onTimer);
}

MediaServerConnection::~MediaServerConnection()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket;
    }
}

void MediaServerConnection::start()
{
    if (m_phase == Phase::Idle)
        openSocket();
}

void MediaServerConnection::setSettings(const ProbeSettings &settings)
{
    m_settings = settings.bounded();
    m_tracker.setThresholds(m_settings.fall, m_settings.rise);
}

void MediaServerConnection::setMaintenance(bool on)
{
    if (m_tracker.setMaintenance(on, QDateTime::currentMSecsSinceEpoch()))
        publish();
}

void MediaServerConnection::openSocket()
{
    Q_ASSERT(!m_socket);
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingMessageSize(kMaxIncomingMessageBytes);
    m_socket->setMaxAllowedIncomingFrameSize(kMaxIncomingMessageBytes);
    if (m_url.scheme() == QLatin1String("wss"))
        m_socket->setSslConfiguration(m_tls);
    connect(m_socket, &QWebSocket::connected, this, &MediaServerConnection::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &MediaServerConnection::onDisconnected);
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, &MediaServerConnection::onSocketError);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &MediaServerConnection::onTextMessage);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this,
            [this](const QByteArray &message) { onTextMessage(QString::fromUtf8(message)); });
    connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: a certificate the console does not trust is a failed probe.
        fail(FailureCode::TlsUntrusted, errors.isEmpty() ? QString() : errors.first().errorString());
    });

    m_phase = Phase::Connecting;
    if (m_tracker.health().state == HealthState::Unknown) {
        m_tracker.begin(QDateTime::currentMSecsSinceEpoch());
        publish();
    }
    m_timer.start(m_settings.connectTimeoutMs());
    m_socket->open(m_url);
}

void MediaServerConnection::onConnected()
{
    m_phase = Phase::Open;
    // Like the reference clients: the first ping announces the interval, later ones carry none.
    m_pingId = m_nextId;
    m_pingClock.start();
    sendRequest(Request::Ping, QByteArrayLiteral("\"method\":\"ping\",\"params\":{\"interval\":")
                                   + QByteArray::number(m_settings.intervalMs) + '}');
    sendRequest(Request::Connect, QByteArrayLiteral("\"method\":\"connect\""));
    m_timer.start(m_settings.timeoutMs);
}

void MediaServerConnection::sendPing()
{
    m_pingId = m_nextId;
    m_pingClock.start();
    sendRequest(Request::Ping, QByteArrayLiteral("\"method\":\"ping\""));
    m_timer.start(m_settings.timeoutMs);
}

void MediaServerConnection::sendRequest(Request kind, const QByteArray &methodAndParams)
{
    const qint64 id = m_nextId++;
    m_pending.insert(id, kind);
    m_socket->sendTextMessage(QString::fromUtf8(envelope(id, methodAndParams)));
}

void MediaServerConnection::onTimer()
{
    switch (m_phase) {
    case Phase::Connecting:
        fail(FailureCode::TcpTimeout);
        break;
    case Phase::Open:
        if (m_pingId != 0)
            fail(FailureCode::RpcTimeout);
        else
            sendPing();
        break;
    case Phase::WaitingToReconnect:
        openSocket();
        break;
    case Phase::Idle:
        break;
    }
}

void MediaServerConnection::onDisconnected()
{
    // While connecting, QWebSocket may report the end before the error that caused it.
    if (m_phase == Phase::Connecting && m_socket->error() != QAbstractSocket::UnknownSocketError) {
        onSocketError(m_socket->error());
        return;
    }
    const int code = m_socket->closeCode();
    const QString reason = m_socket->closeReason();
    if (code == QWebSocketProtocol::CloseCodeAbnormalDisconnection)
        fail(FailureCode::WsClosed, {}, code);
    else if (code == QWebSocketProtocol::CloseCodeTooMuchData)
        fail(FailureCode::MessageTooLarge, QLocale().formattedDataSize(kMaxIncomingMessageBytes), code);
    else
        fail(FailureCode::WsClosed, reason, code);
}

void MediaServerConnection::onSocketError(QAbstractSocket::SocketError error)
{
    const QString text = m_socket->errorString();
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        // QWebSocket reports a failed HTTP upgrade with this code too; its text names the status.
        if (text.contains(QLatin1String("http status"), Qt::CaseInsensitive)
            || text.contains(QLatin1String("handshake"), Qt::CaseInsensitive))
            fail(FailureCode::WsUpgrade, text);
        else
            fail(FailureCode::TcpRefused);
        break;
    case QAbstractSocket::HostNotFoundError:
        fail(FailureCode::Dns, m_url.host());
        break;
    case QAbstractSocket::NetworkError:
        fail(FailureCode::TcpUnreachable, text);
        break;
    case QAbstractSocket::SocketTimeoutError:
        fail(FailureCode::TcpTimeout);
        break;
    case QAbstractSocket::RemoteHostClosedError:
        fail(FailureCode::WsClosed, {}, QWebSocketProtocol::CloseCodeAbnormalDisconnection);
        break;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        fail(FailureCode::TlsHandshake, text);
        break;
    default:
        fail(FailureCode::NetworkError, text);
        break;
    }
}

void MediaServerConnection::onTextMessage(const QString &message)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(message.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(FailureCode::NotKurento, tr("the reply is not a JSON object"));
        return;
    }
    const QJsonObject reply = doc.object();
    if (reply.value(QLatin1String("jsonrpc")).toString() != QLatin1String("2.0")) {
        fail(FailureCode::NotKurento, tr("the reply is not JSON-RPC 2.0"));
        return;
    }
    const QJsonValue id = reply.value(QLatin1String("id"));
    if (id.isUndefined() && reply.contains(QLatin1String("method")))
        return; // a notification (onEvent): the console subscribes to nothing, so nothing to do
    const qint64 numericId = id.isDouble() ? qint64(id.toDouble()) : 0;
    const auto pending = m_pending.constFind(numericId);
    if (!id.isDouble() || double(numericId) != id.toDouble() || pending == m_pending.cend()) {
        fail(FailureCode::WrongReplyId);
        return;
    }
    const Request kind = pending.value();
    m_pending.erase(pending);
    handleReply(kind, reply);
}

void MediaServerConnection::handleReply(Request kind, const QJsonObject &reply)
{
    const QJsonObject result = reply.value(QLatin1String("result")).toObject();
    const QJsonObject error = reply.value(QLatin1String("error")).toObject();
    switch (kind) {
    case Request::Ping: {
        if (result.value(QLatin1String("value")).toString() != QLatin1String("pong")) {
            fail(FailureCode::NotKurento,
                 error.isEmpty() ? tr("ping was not answered with pong")
                                 : tr("ping was answered with error %1 (%2)")
                                       .arg(error.value(QLatin1String("code")).toInteger())
                                       .arg(error.value(QLatin1String("message")).toString()));
            return;
        }
        const double rtt = double(m_pingClock.nsecsElapsed()) / 1e6;
        m_pingId = 0;
        m_failedAttempts = 0;
        ProbeOutcome outcome;
        outcome.ok = true;
        outcome.rttMs = rtt;
        m_tracker.record(outcome, QDateTime::currentMSecsSinceEpoch());
        publish();
        m_timer.start(qMax(0, m_settings.intervalMs - int(rtt)));
        break;
    }
    case Request::Connect: {
        const QString serverId = result.value(QLatin1String("serverId")).toString();
        m_sessionId = result.value(QLatin1String("sessionId")).toString();
        if (!serverId.isEmpty() && serverId != m_tracker.health().serverId) {
            m_tracker.details().serverId = serverId;
            publish();
        }
        // The session id comes from the server: serialise it properly rather than trust it.
        QJsonObject params{{QLatin1String("object"), QLatin1String("manager_ServerManager")},
                           {QLatin1String("operation"), QLatin1String("getInfo")}};
        if (!m_sessionId.isEmpty())
            params.insert(QLatin1String("sessionId"), m_sessionId);
        sendRequest(Request::GetInfo, QByteArrayLiteral("\"method\":\"invoke\",\"params\":")
                                          + QJsonDocument(params).toJson(QJsonDocument::Compact));
        break;
    }
    case Request::GetInfo: {
        const QString version =
            result.value(QLatin1String("value")).toObject().value(QLatin1String("version")).toString();
        if (!version.isEmpty() && version != m_tracker.health().version) {
            m_tracker.details().version = version;
            publish();
        }
        if (version.isEmpty())
            qCInfo(lcProbe) << "getInfo without a version from" << m_url.toDisplayString();
        break;
    }
    }
}

void MediaServerConnection::fail(FailureCode reason, const QString &detail, int closeCode)
{
    if (m_phase == Phase::WaitingToReconnect || m_phase == Phase::Idle)
        return; // this attempt already failed; later socket signals add nothing
    qCDebug(lcProbe) << m_url.toDisplayString() << "failed:" << int(reason) << detail;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_pending.clear();
    m_pingId = 0;
    m_sessionId.clear();

    ProbeOutcome outcome;
    outcome.failure = reason;
    outcome.detail = detail;
    outcome.closeCode = closeCode;
    // A connection the server closed (or dropped) is down at once, not after `fall` checks.
    outcome.closedByServer = reason == FailureCode::WsClosed && m_phase == Phase::Open;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_tracker.record(outcome, now);

    // While going down, the next check follows at once so that a stalled server is down within
    // interval + timeout x fall; a server that is down is retried with the capped back-off.
    const int delay = m_tracker.health().state == HealthState::GoingDown ? 0 : nextBackoffMs();
    m_tracker.details().nextAttemptMs = now + delay;
    publish();
    m_phase = Phase::WaitingToReconnect;
    m_timer.start(delay);
}

void MediaServerConnection::publish()
{
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
