#pragma once

#include <QCoreApplication>
#include <QString>

namespace ucmc {

// What went wrong talking to a WinRM endpoint. `message` is for the user (translated, one
// sentence); `detail` is technical context (fault code and reason, HTTP status, the first lines of
// unexpected output). Neither ever contains a password, a hash or a session key.
struct WinRmError
{
    Q_DECLARE_TR_FUNCTIONS(WinRmError)
public:
    enum class Kind {
        None,
        InvalidSettings,       // e.g. Basic over plain HTTP, empty host
        HostUnreachable,       // refused, host not found, network unreachable, connect timeout
        TlsUntrusted,          // certificate not trusted and not the pinned one: see certificateFingerprint
        TlsFailed,             // handshake failed for another reason
        AuthenticationFailed,  // 401 after the NTLM exchange or Basic: wrong user name or password
        AuthenticationUnsupported, // the endpoint offers neither Negotiate/NTLM nor (on HTTPS) Basic
        AccessDenied,          // authenticated, but WS-Management refused (not an administrator)
        WsManFault,            // HTTP 500 with a WS-Management fault: see faultReason / faultCode
        Timeout,               // no answer (or the whole operation did not finish) in time
        ProtocolError,         // not HTTP, not SOAP, broken encryption or signature, unexpected status
        PowerShellError,       // the script ran and reported an error (CLIXML error records)
        UnexpectedOutput,      // the script's output is not what the caller expected
        Cancelled,
    };

    Kind kind = Kind::None;
    QString message;
    QString detail;
    QString certificateFingerprint; // SHA-256, upper-case hex pairs joined by ':' (TlsUntrusted)
    QString faultCode;              // WSManFault/@Code, e.g. 2150858793
    QString faultSubcode;           // e.g. w:TimedOut
    int httpStatus = 0;

    bool isError() const { return kind != Kind::None; }

    static WinRmError make(Kind kind, const QString &detail = {});
    static QString defaultMessage(Kind kind);
    static QString kindName(Kind kind); // stable English identifier for logs and tests
};

} // namespace ucmc
