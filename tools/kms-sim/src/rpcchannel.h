#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <deque>
#include <functional>

namespace kmssim {

class WsConnection;

// The JSON-RPC conversation on one WebSocket: requests are handled one after the other, as
// websocketpp delivers them to KMS, so a getUsedCpu or a slow fault delays the requests behind
// it on the same socket, never those of other sockets or servers. Input and output are bounded.
class RpcChannel : public QObject
{
    Q_OBJECT

public:
    class Host
    {
    public:
        struct Reply
        {
            bool drop = false;
            QByteArray text;
            int delayMs = 0;
        };
        virtual ~Host() = default;
        virtual Reply handleMessage(RpcChannel &channel, const QByteArray &message) = 0;
        virtual void afterMessage() = 0; // events raised by the request may go out now
        virtual int slowDelayMs() const = 0;
        virtual bool isFrozen() const = 0;
    };

    RpcChannel(quint64 id, WsConnection *connection, Host &host, QObject *parent = nullptr);

    quint64 id() const { return m_id; }
    WsConnection *connection() const { return m_connection; }
    qint64 ageMs() const { return m_age.elapsed(); }

    void pump();                        // handle queued requests if nothing holds them back
    void setDeadline(qint64 msFromNow); // emits deadlineReached then
    void clearDeadline();
    void startFlood(int count, std::function<QByteArray()> makeNotification);
    // PINGs at this rate until stopped or the connection ends, and nothing read meanwhile (the
    // peer's PONGs and requests wait in the kernel).
    void startPingFlood(int perSecond);
    void stopPingFlood();

signals:
    void deadlineReached();

private:
    void enqueue(const QByteArray &message);
    void handleNext();
    void sendReply(const QByteArray &text);
    void floodSome();
    void pingSome();
    void updatePaused();

    quint64 m_id;
    WsConnection *m_connection;
    Host &m_host;
    std::deque<QByteArray> m_inbox;
    qint64 m_inboxBytes = 0;
    bool m_busy = false;
    QElapsedTimer m_age;
    QTimer m_deadline;
    QTimer m_delay;
    std::function<void()> m_afterDelay;
    bool m_waitingForDrain = false;
    bool m_flooding = false;
    int m_floodLeft = 0;
    std::function<QByteArray()> m_floodMessage;
    bool m_inboxFull = false; // reading paused for backpressure
    QTimer m_pingTimer;       // ping-flood, when active (reading paused too)
    int m_pingBatch = 0;
};

} // namespace kmssim
