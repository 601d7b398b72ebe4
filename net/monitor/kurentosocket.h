#pragma once

#include "models/serverhealth.h"
#include "net/monitor/websocketframereader.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QSslError>
#include <QUrl>

class QHostInfo;
class QSslSocket;
class QTcpSocket;

namespace ucmc {

// How a connection attempt or an open connection ended.
struct SocketFailure
{
    SocketFailure() = default;
    SocketFailure(FailureCode failureCode, const QString &text = {}, int close = 0, int http = 0)
        : code(failureCode), detail(text), closeCode(close), httpStatus(http)
    {
    }

    FailureCode code = FailureCode::None;
    QString detail;
    // ws-closed: the peer's close code (1006: dropped without a close frame, 1005: a close frame
    // without a code). For protocol violations of the peer: the code the console closed with.
    int closeCode = 0;
    int httpStatus = 0; // ws-upgrade: the status the server answered instead of 101; 0: none
};

// Whom a wss:// server must prove it is.
struct TlsPolicy
{
    // Verification: the system's CA certificates plus those the user trusts (as CAs).
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    // SHA-256 of the DER certificate the user confirmed for this server (trust on first use):
    // accepted although self-signed or issued for another name; anything else is tls-changed.
    QByteArray pinnedSha256;
};

// A lean RFC 6455 client for one Kurento JSON-RPC connection, on QTcpSocket/QSslSocket, built for
// the monitor's hot path. Unlike QWebSocket it reports which stage failed and how long each stage
// took: name resolution (only for host names), TCP connect, TLS handshake (wss), HTTP upgrade.
//
// Frames: masked text frames out; text/binary, fragmented or not, in; PING answered with PONG; the
// close handshake both ways; messages over kMaxMessageBytes are refused with close 1009 before
// their payload is read. Memory stays bounded whatever the peer sends: the read buffer holds at
// most one message plus one read chunk, and Qt's socket buffer is capped.
//
// The socket calls its Handler directly (no signals on the hot path). The handler may call open(),
// close() or abort() from inside a callback; it must not delete the socket there.
class KurentoSocket : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxMessageBytes = 1024 * 1024;
    static constexpr int kMaxHandshakeBytes = 16 * 1024; // the 101 response with its headers

    enum class Stage : quint8 { Idle, Resolving, Connecting, TlsHandshake, Upgrading, Open, Closed };

    class Handler
    {
    public:
        virtual void socketOpened() = 0;
        // One complete message; the view is valid only during the call.
        virtual void socketMessage(QByteArrayView message) = 0;
        // The attempt or the connection ended; the socket is closed when this is called.
        virtual void socketFailed(const SocketFailure &failure) = 0;
        // A wss server presented its certificate (before the handshake is judged).
        virtual void socketCertificate(const CertificateInfo &) {}

    protected:
        virtual ~Handler() = default;
    };

    explicit KurentoSocket(Handler *handler, QObject *parent = nullptr);
    ~KurentoSocket() override;

    // Starts a new attempt (ending any previous one without a callback).
    void open(const QUrl &url, const TlsPolicy &tls = {});
    // Sends one masked text frame. Returns false when the connection is not open.
    bool sendText(QByteArrayView payload);
    // Several already framed messages in one write (see frameText()).
    bool sendFrames(QByteArrayView frames);
    // Appends one masked text frame to `out` (for sendFrames()).
    static void frameText(QByteArray &out, QByteArrayView payload);
    // The close handshake from our side: a close frame, then the TCP connection ends. No callback.
    void close(quint16 code = 1000, QByteArrayView reason = {});
    // Ends at once, without a close frame and without a callback.
    void abort();

    Stage stage() const { return m_stage; }
    bool isOpen() const { return m_stage == Stage::Open; }
    const StageTimings &timings() const { return m_timings; }
    const CertificateInfo &certificate() const { return m_certificate; }
    // What a timeout in the current stage means (the caller enforces the deadline).
    SocketFailure timeoutFailure() const;
    // When this thread was told that the bytes of the message being delivered had arrived
    // (ProbeScheduler::nowNs()): the start of the read, before other messages of the same wake-up
    // are handled, so a reply is timed without the work done for replies read before it.
    qint64 readyAtNs() const { return m_readyAtNs; }

    // Helpers, public for tests.
    static QByteArray acceptKeyFor(const QByteArray &secWebSocketKey);
    static CertificateInfo describeCertificate(const QSslCertificate &certificate,
                                               const QList<QSslError> &errors);
    static bool isValidUtf8(QByteArrayView text);
    // RFC 6761: names under .invalid never resolve; they are answered here without a query.
    static bool isReservedInvalidName(const QString &host);

private:
    void resetAttempt();
    void startLookup(const QString &host);
    void onLookedUp(const QHostInfo &info);
    void connectToNextAddress();
    void onTcpConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();
    void onDisconnected();
    void onReadyRead();
    void readAvailable();
    void continueReadingLater(); // once, queued: reading resumes after the event loop's other work
    qint64 receive(char *data, qint64 size); // > 0 bytes, 0 nothing now, -1 the end (m_readEnd)
    void readFailed();
    void sendUpgradeRequest();
    bool readHandshake(); // false: failed or waiting for more
    void processFrames();
    void failProtocol(quint16 closeCode, const QString &detail, FailureCode code = FailureCode::NotKurento);
    void fail(const SocketFailure &failure);
    void writeControl(quint8 opcode, QByteArrayView payload);
    void writeRaw(const char *data, qsizetype size);
    void releaseSocket();
    void recordStage(double &slot);
    bool ensureSpace(qsizetype bytes);

    Handler *m_handler;
    QUrl m_url;
    TlsPolicy m_tls;
    bool m_secure = false;
    QTcpSocket *m_socket = nullptr; // a QSslSocket for wss
    Stage m_stage = Stage::Idle;
    quint32 m_attempt = 0; // increases with every open(); callbacks check it
    bool m_opening = false; // inside connectToHost(): failures are passed on queued
    bool m_reading = false; // inside the read loop
    bool m_writing = false; // inside write()/flush() of the Qt socket
    bool m_readQueued = false;
    qint64 m_readyAtNs = 0;
    struct ReadEnd
    {
        bool closedByPeer = false;
        QString text;
    } m_readEnd;
    int m_lookupId = -1;
    QList<QHostAddress> m_addresses;
    quint16 m_port = 0;
    QElapsedTimer m_stageClock;
    StageTimings m_timings;
    CertificateInfo m_certificate;
    QByteArray m_key;

    // Incoming bytes [m_begin, m_end) of m_in; the capacity is kept between messages.
    QByteArray m_in;
    qsizetype m_begin = 0;
    qsizetype m_end = 0;
    // The frames in [m_begin, m_end), and a fragmented message being put together.
    WebSocketFrameReader m_frames{kMaxMessageBytes};
};

} // namespace ucmc
