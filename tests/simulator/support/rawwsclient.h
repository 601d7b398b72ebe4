#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSslSocket>
#include <functional>
#include <optional>

namespace simtest {

// A deliberately low-level WebSocket client for the tests: it can send what a polite client never
// would (unmasked or fragmented frames, raw HTTP) and sees exactly what the server sends,
// including whether a close frame came before the TCP connection ended. Waits spin the event
// loop, so an in-process simulator keeps running meanwhile.
class RawWsClient : public QObject
{
    Q_OBJECT

public:
    struct Frame
    {
        quint8 opcode = 0;
        QByteArray payload;
    };

    explicit RawWsClient(QObject *parent = nullptr);
    ~RawWsClient() override;

    // tls: connect with QSslSocket; configure may set protocol or verification (default: none).
    bool connectTcp(const QHostAddress &address, quint16 port, bool tls = false, int timeoutMs = 3000,
                    const std::function<void(QSslSocket &)> &configure = {});
    // Sends the upgrade request; true when "101" came back.
    bool handshake(const QByteArray &path = "/kurento", const QList<QByteArray> &extraHeaders = {},
                   int timeoutMs = 3000);
    bool open(const QHostAddress &address, quint16 port, bool tls = false,
              const QByteArray &path = "/kurento");

    // The same in steps, so that many clients can work at once: start, wait for all, go on.
    void startConnect(const QHostAddress &address, quint16 port, bool tls = false,
                      const std::function<void(QSslSocket &)> &configure = {});
    bool connectionSettled() const { return m_connected || m_failed; }
    void sendHandshake(const QByteArray &path = "/kurento", const QList<QByteArray> &extraHeaders = {});
    bool hasHttpResponse() const { return m_raw.contains("\r\n\r\n"); }
    bool completeHandshake(int timeoutMs = 3000);

    void sendRaw(const QByteArray &bytes);
    void sendFrame(quint8 opcode, const QByteArray &payload, bool fin = true, bool masked = true);
    void sendText(const QByteArray &text) { sendFrame(0x1, text); }
    void sendBinary(const QByteArray &data) { sendFrame(0x2, data); }
    void sendPing(const QByteArray &payload) { sendFrame(0x9, payload); }
    void sendClose(quint16 code, const QByteArray &reason = {});

    bool waitForMessages(int count, int timeoutMs = 3000); // text/binary frames
    QList<Frame> takeMessages();
    qsizetype pendingMessages() const { return m_messages.size(); }
    std::optional<Frame> waitForControl(quint8 opcode, int timeoutMs);
    bool waitForDisconnected(int timeoutMs = 3000);
    bool waitForRaw(const std::function<bool(const QByteArray &)> &done, int timeoutMs);

    bool isConnected() const;
    QSslSocket *socket() const { return m_socket; }
    QByteArray rawReceived() const { return m_raw; } // everything before the WebSocket took over
    QByteArray statusLine() const { return m_statusLine; }
    QMap<QByteArray, QByteArray> headers() const { return m_headers; } // names in lower case
    QByteArray key() const { return m_key; }

    bool closeReceived = false;
    quint16 closeCode = 0;
    QByteArray closeReason;
    bool answerClose = true; // reply to a close frame, like a normal client
    QList<Frame> controls;   // ping, pong and close frames received

private:
    void onReadyRead();
    void parseFrames();

    QSslSocket *m_socket = nullptr;
    bool m_webSocket = false;
    bool m_connected = false;
    bool m_tls = false;
    bool m_failed = false;
    QByteArray m_raw;
    QByteArray m_buffer;
    QByteArray m_statusLine;
    QMap<QByteArray, QByteArray> m_headers;
    QByteArray m_key;
    QList<Frame> m_messages;
};

} // namespace simtest
