#pragma once

#include "net/servicecontrol/ntlm.h"
#include "net/servicecontrol/winrmerror.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSslError>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <functional>

class QSslSocket;

namespace ucmc {

// Where and how to reach one host's WinRM service. The password lives only in memory (the caller
// gets it from the keychain or a prompt) and is never logged or put into an error.
struct WinRmSettings
{
    enum class Transport { Http, Https };
    enum class Authentication { Ntlm, Basic };

    QString host;
    quint16 port = 0; // 0: 5985 for HTTP, 5986 for HTTPS
    Transport transport = Transport::Http;
    Authentication authentication = Authentication::Ntlm;
    QString user; // "DOMAIN\user", "HOST\user", "user@domain" or "user"
    QString password;
    // SHA-256 of the certificate (hex, any case, separators ignored) the user confirmed; only then
    // is an untrusted HTTPS certificate accepted, and only that one.
    QString pinnedCertificateSha256;
    int connectTimeoutMs = 10000;
    int operationTimeoutSeconds = 20; // WS-Management OperationTimeout of each Receive

    quint16 effectivePort() const { return port ? port : (transport == Transport::Https ? 5986 : 5985); }
    QUrl endpoint() const;
    // An error of kind InvalidSettings, or kind None when usable (Basic over HTTP is refused).
    WinRmError validate() const;
};

// Normalizes a fingerprint to upper-case hex pairs joined by ':'; empty when it is not 32 bytes.
QString normalizeFingerprint(const QString &text);

// One HTTP/1.1 response as the WinRM transport reads it: status, headers (names lower-case), the
// body by Content-Length or chunked.
struct HttpResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-case
    QByteArray body;
    QByteArray header(const QByteArray &name) const; // the first of that name; empty when none
    QList<QByteArray> headerValues(const QByteArray &name) const;

    static constexpr qsizetype kMaxBodyBytes = 32 * 1024 * 1024;
    static constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
    enum class Read { Incomplete, Complete, Bad };
    // Reads the response at the start of `buffer`. Complete: *response is filled and its bytes
    // are removed from `buffer`. Incomplete: more is needed (`buffer` is left as it is). Bad: not
    // HTTP/1.1, a bad chunk size or chunk end, or over the limits.
    static Read read(QByteArray &buffer, HttpResponse *response);
};

// HTTP/1.1 POSTs of SOAP envelopes to /wsman over one keep-alive connection (the NTLM context lives on
// the connection), one request at a time: authentication (NTLMv2 via Negotiate, or Basic on HTTPS),
// NTLM message encryption on HTTP, TLS with fingerprint pinning on HTTPS. Reconnects and
// re-authenticates when the server closes the connection. Never blocks.
class WinRmTransport : public QObject
{
    Q_OBJECT
public:
    // status is 200 or 500 (a SOAP fault) when error is None; body is the plaintext SOAP.
    using Callback = std::function<void(const WinRmError &error, int status, const QByteArray &body)>;

    explicit WinRmTransport(const WinRmSettings &settings, QObject *parent = nullptr);
    ~WinRmTransport() override;

    void post(const QByteArray &soap, int timeoutMs, Callback callback);
    // Fails every queued and running request with Cancelled and drops the connection.
    void abortAll();
    // Fails the running request with Cancelled and drops the connection; queued ones go on.
    void abortCurrent();
    bool isBusy() const { return m_current.has_value() || !m_queue.isEmpty(); }

    QString peerCertificateFingerprint() const { return m_peerFingerprint; }
    int connectionsOpened() const { return m_connectionsOpened; }
    int authentications() const { return m_authentications; }

private:
    enum class Phase { Idle, Connecting, Negotiate, Authenticate, Request };
    struct Pending
    {
        QByteArray soap;
        int timeoutMs = 0;
        Callback callback;
        bool retried = false;
    };
    using Response = HttpResponse;

    void startNext();
    void connectSocket();
    void onConnected();
    void onReadyRead();
    void onSocketError();
    void onSslErrors(const QList<QSslError> &errors);
    void onTimeout();
    void handleResponse(const Response &response);
    void sendNegotiate();
    void sendAuthenticate(const QByteArray &challengeToken);
    void sendRequest();
    void writeHttp(const QByteArray &authorization, const QByteArray &contentType, const QByteArray &body);
    void finishCurrent(const WinRmError &error, int status = 0, const QByteArray &body = {});
    void dropConnection();
    bool parseResponse(Response *response, bool *bad);
    WinRmError errorWithStatus(WinRmError::Kind kind, const QString &detail, int status) const;

    WinRmSettings m_settings;
    QString m_ntlmUser, m_ntlmDomain;
    QSslSocket *m_socket = nullptr;
    Phase m_phase = Phase::Idle;
    bool m_authenticated = false;
    bool m_connectionReused = false;
    bool m_receivedBytes = false;
    QByteArray m_buffer;
    QByteArray m_negotiateMessage;
    QByteArray m_authScheme;
    ntlm::SessionSecurity m_session;
    QQueue<Pending> m_queue;
    std::optional<Pending> m_current;
    QTimer m_deadline;
    QElapsedTimer m_requestClock;
    QString m_peerFingerprint;
    WinRmError m_tlsError;
    int m_connectionsOpened = 0;
    int m_authentications = 0;
};

} // namespace ucmc
