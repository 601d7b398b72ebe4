#include "rpcchannel.h"

#include "wsconnection.h"

#include <algorithm>
#include <utility>

namespace kmssim {

namespace {

constexpr qint64 MaxQueuedBytes = 64LL * 1024 * 1024; // stop reading beyond this
constexpr std::size_t MaxQueuedMessages = 4096;
constexpr qint64 MaxUnsentBytes = 8LL * 1024 * 1024; // wait for the client to read
constexpr int FloodBatch = 256;
constexpr int PingTickMs = 10;
constexpr qint64 MaxUnsentPingBytes = 1024 * 1024; // a ping flood waits while this much is unsent
const QByteArray PingPayload = QByteArray("kms-sim ping-flood ").leftJustified(125, '.');

} // namespace

RpcChannel::RpcChannel(quint64 id, WsConnection *connection, Host &host, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_connection(connection)
    , m_host(host)
{
    m_age.start();
    m_connection->setParent(this);
    connect(m_connection, &WsConnection::messageReceived, this, &RpcChannel::enqueue);
    // bytesWritten also fires inside our own writes; only a channel that stopped for a full
    // output buffer resumes here, so request handling never nests.
    connect(m_connection, &WsConnection::outputDrained, this, [this] {
        if (!m_waitingForDrain || m_connection->bytesToWrite() >= MaxUnsentBytes)
            return;
        m_waitingForDrain = false;
        QTimer::singleShot(0, this, [this] {
            pump();
            floodSome();
        });
    });
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &RpcChannel::deadlineReached);
    m_delay.setSingleShot(true);
    m_delay.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    connect(&m_delay, &QTimer::timeout, this, [this] {
        auto next = std::exchange(m_afterDelay, nullptr);
        if (next)
            next();
    });
    connect(&m_pingTimer, &QTimer::timeout, this, &RpcChannel::pingSome);
}

void RpcChannel::enqueue(const QByteArray &message)
{
    m_inbox.push_back(message);
    m_inboxBytes += message.size();
    if (m_inbox.size() >= MaxQueuedMessages || m_inboxBytes >= MaxQueuedBytes) {
        m_inboxFull = true;
        updatePaused();
    }
    pump();
}

void RpcChannel::pump()
{
    while (!m_busy && !m_inbox.empty() && !m_host.isFrozen() &&
           m_connection->bytesToWrite() < MaxUnsentBytes) {
        if (m_host.slowDelayMs() > 0) {
            m_busy = true;
            m_afterDelay = [this] {
                m_busy = false;
                handleNext();
                pump();
            };
            m_delay.start(m_host.slowDelayMs());
            return;
        }
        handleNext();
    }
    if (!m_busy && !m_inbox.empty() && m_connection->bytesToWrite() >= MaxUnsentBytes)
        m_waitingForDrain = true;
}

void RpcChannel::handleNext()
{
    if (m_inbox.empty())
        return;
    const QByteArray message = std::move(m_inbox.front());
    m_inbox.pop_front();
    m_inboxBytes -= message.size();
    if (m_inboxFull && m_inbox.size() < MaxQueuedMessages / 2 && m_inboxBytes < MaxQueuedBytes / 2) {
        m_inboxFull = false;
        updatePaused();
    }

    const Host::Reply reply = m_host.handleMessage(*this, message);
    if (reply.drop) {
        m_inbox.clear();
        m_host.afterMessage();
        m_connection->drop();
        return;
    }
    if (reply.delayMs > 0) {
        m_busy = true;
        m_afterDelay = [this, text = reply.text] {
            m_busy = false;
            sendReply(text);
            pump();
        };
        m_delay.start(reply.delayMs);
        m_host.afterMessage();
        return;
    }
    sendReply(reply.text);
    m_host.afterMessage();
}

void RpcChannel::sendReply(const QByteArray &text)
{
    m_connection->sendText(text);
}

void RpcChannel::setDeadline(qint64 msFromNow)
{
    m_deadline.start(int(std::clamp<qint64>(msFromNow, 0, 86400000)));
}

void RpcChannel::clearDeadline()
{
    m_deadline.stop();
}

void RpcChannel::startFlood(int count, std::function<QByteArray()> makeNotification)
{
    m_floodLeft = count;
    m_floodMessage = std::move(makeNotification);
    floodSome();
}

void RpcChannel::floodSome()
{
    // A batch per event-loop turn and only while the client keeps reading: bounded in time and
    // memory however large the count is.
    if (m_flooding)
        return;
    m_flooding = true;
    int batch = 0;
    while (m_floodLeft > 0 && batch < FloodBatch && m_connection->bytesToWrite() < MaxUnsentBytes &&
           m_connection->isOpen()) {
        --m_floodLeft;
        ++batch;
        m_connection->sendText(m_floodMessage());
    }
    m_flooding = false;
    if (m_floodLeft <= 0 || !m_connection->isOpen())
        return;
    if (m_connection->bytesToWrite() < MaxUnsentBytes)
        QTimer::singleShot(0, this, &RpcChannel::floodSome);
    else
        m_waitingForDrain = true;
}

void RpcChannel::startPingFlood(int perSecond)
{
    // Every PingTickMs a batch, so the rate holds without a timer per frame; below 100 a second,
    // one PING per tick at a longer tick.
    const int rate = std::clamp(perSecond, 1, 1000000);
    m_pingBatch = rate >= 1000 / PingTickMs ? (rate * PingTickMs + 999) / 1000 : 1;
    m_pingTimer.start(rate >= 1000 / PingTickMs ? PingTickMs : 1000 / rate);
    updatePaused();
    pingSome();
}

void RpcChannel::stopPingFlood()
{
    if (!m_pingTimer.isActive())
        return;
    m_pingTimer.stop();
    updatePaused(); // what the peer sent meanwhile (PONGs, requests) is read now
}

void RpcChannel::pingSome()
{
    if (!m_connection->isOpen()) {
        m_pingTimer.stop(); // closing or gone: the flood ends with the connection
        return;
    }
    // A peer that reads slower than the rate gets no more than it takes: bounded memory here.
    if (m_connection->bytesToWrite() < MaxUnsentPingBytes)
        m_connection->sendPings(m_pingBatch, PingPayload);
}

void RpcChannel::updatePaused()
{
    m_connection->setPaused(m_inboxFull || m_pingTimer.isActive());
}

} // namespace kmssim
