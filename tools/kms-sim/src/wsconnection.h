#pragma once

#include "wsframe.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace kmssim {

// One server-side WebSocket over a QTcpSocket or QSslSocket: TLS and HTTP handshake, framing,
// fragmentation, ping/pong and the close handshake, with websocketpp's limits and timeouts. It
// knows nothing about JSON-RPC. "Frozen" imitates a stopped process (SIGSTOP, 08-signals.jsonl):
// nothing is read, answered or written until it is thawed.
class WsConnection : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        qint64 maxMessageSize = 32000000;
        int handshakeTimeoutMs = 5000; // websocketpp's open_handshake_timeout
        int closeTimeoutMs = 5000;     // websocketpp's close_handshake_timeout
        int protocolErrorDropMs = 100; // after a protocol error's close frame (KMS: within 0.5 s)
    };

    WsConnection(QTcpSocket *socket, bool tls, const Limits &limits, QObject *parent = nullptr);
    ~WsConnection() override;

    bool isOpen() const { return m_state == State::Open; }
    QByteArray resource() const { return m_resource; }
    qint64 bytesToWrite() const;

    void sendText(const QByteArray &payload);
    // count PING frames with this payload (at most 125 bytes) in one write; nothing while frozen.
    void sendPings(int count, const QByteArray &payload);
    void closeWithStatus(quint16 code, const QByteArray &reason);
    void drop(); // the TCP connection goes away without a close frame (clients see 1006)
    void setFrozen(bool frozen);
    void setPaused(bool paused); // stop reading input for a while (backpressure)

signals:
    void opened();
    void messageReceived(const QByteArray &payload);
    void outputDrained();
    void finished(); // emitted once, when the TCP connection is gone

private:
    enum class State { Tls, Http, Open, Closing, Ignoring, Finished };

    void onReadyRead();
    void processInput();
    void processHttp();
    void processFrames();
    void handleFrame(const WsFrame::Decoded &frame);
    void deliverMessage();
    void failProtocol(quint16 code, const QByteArray &reason);
    void writeFrame(quint8 opcode, const QByteArray &payload);
    void write(const QByteArray &data);
    void closeTcp();
    void finish();
    void onTimeout(State expected);

    QTcpSocket *m_socket;
    Limits m_limits;
    State m_state;
    QByteArray m_in;
    QByteArray m_message;
    quint8 m_messageOpcode = 0;
    bool m_inMessage = false;
    QByteArray m_resource;
    bool m_frozen = false;
    bool m_paused = false;
    bool m_closePending = false;
    bool m_readingInput = false; // inside onReadyRead (no nested runs)
    bool m_readAgain = false;
    QList<QByteArray> m_frozenOutput;
    QTimer m_timer; // handshake, then close handshake
};

} // namespace kmssim
