#include "net/servicecontrol/winrmerror.h"

namespace ucmc {

WinRmError WinRmError::make(Kind kind, const QString &detail)
{
    WinRmError error;
    error.kind = kind;
    error.message = defaultMessage(kind);
    error.detail = detail;
    return error;
}

QString WinRmError::defaultMessage(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::InvalidSettings:
        return tr("The WinRM connection settings are not usable.");
    case Kind::HostUnreachable:
        return tr("The host cannot be reached on the WinRM port.");
    case Kind::TlsUntrusted:
        return tr("The host's WinRM certificate is not trusted. Check Services on the Hosts tab shows its "
                  "fingerprint: compare it with the certificate on the server before you trust it.");
    case Kind::TlsFailed:
        return tr("The secure (HTTPS) connection to the host failed.");
    case Kind::AuthenticationFailed:
        return tr("The host rejected the user name or password.");
    case Kind::AuthenticationUnsupported:
        return tr("The host offers no authentication method this console supports (Negotiate/NTLM, or Basic "
                  "over HTTPS).");
    case Kind::AccessDenied:
        return tr("The host refused access: the user needs administrator rights for remote management.");
    case Kind::WsManFault:
        return tr("The host's remote management service reported an error.");
    case Kind::Timeout:
        return tr("The host did not answer in time.");
    case Kind::ProtocolError:
        return tr("The host's answer is not a valid WinRM message.");
    case Kind::PowerShellError:
        return tr("The PowerShell command on the host failed.");
    case Kind::UnexpectedOutput:
        return tr("The host's output was not what was expected.");
    case Kind::Cancelled:
        return tr("Cancelled.");
    }
    return {};
}

QString WinRmError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::InvalidSettings: return QStringLiteral("invalid-settings");
    case Kind::HostUnreachable: return QStringLiteral("host-unreachable");
    case Kind::TlsUntrusted: return QStringLiteral("tls-untrusted");
    case Kind::TlsFailed: return QStringLiteral("tls-failed");
    case Kind::AuthenticationFailed: return QStringLiteral("authentication-failed");
    case Kind::AuthenticationUnsupported: return QStringLiteral("authentication-unsupported");
    case Kind::AccessDenied: return QStringLiteral("access-denied");
    case Kind::WsManFault: return QStringLiteral("wsman-fault");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::ProtocolError: return QStringLiteral("protocol-error");
    case Kind::PowerShellError: return QStringLiteral("powershell-error");
    case Kind::UnexpectedOutput: return QStringLiteral("unexpected-output");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace ucmc
