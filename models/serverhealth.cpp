#include "models/serverhealth.h"

namespace ucmc {

namespace {
// Translation context for the texts below (lupdate reads the macro's argument).
class HealthText
{
    Q_DECLARE_TR_FUNCTIONS(HealthText)
};
} // namespace

int CertificateInfo::daysToExpiry(const QDateTime &now) const
{
    return notAfter.isValid() ? int(now.secsTo(notAfter) / 86400) : 0;
}

QString CertificateInfo::fingerprintText() const
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

QString healthStateText(HealthState state)
{
    switch (state) {
    case HealthState::Unknown:
        return HealthText::tr("Unknown");
    case HealthState::Connecting:
        return HealthText::tr("Connecting");
    case HealthState::Up:
        return HealthText::tr("Up");
    case HealthState::GoingDown:
        return HealthText::tr("Going down");
    case HealthState::Down:
        return HealthText::tr("Down");
    case HealthState::GoingUp:
        return HealthText::tr("Going up");
    case HealthState::Maintenance:
        return HealthText::tr("Maintenance");
    case HealthState::NotMonitored:
        return HealthText::tr("Not monitored");
    }
    return {};
}

QString healthStateLabel(const ServerHealth &health)
{
    if (health.state == HealthState::GoingDown)
        return HealthText::tr("Going down (%1 of %2)").arg(health.streak).arg(health.fall);
    if (health.state == HealthState::GoingUp)
        return HealthText::tr("Going up (%1 of %2)").arg(health.streak).arg(health.rise);
    return healthStateText(health.state);
}

QLatin1StringView failureCodeId(FailureCode code)
{
    switch (code) {
    case FailureCode::None:
        return {};
    case FailureCode::Dns:
        return QLatin1StringView("dns");
    case FailureCode::TcpRefused:
        return QLatin1StringView("tcp-refused");
    case FailureCode::TcpTimeout:
        return QLatin1StringView("tcp-timeout");
    case FailureCode::TcpUnreachable:
        return QLatin1StringView("tcp-unreachable");
    case FailureCode::TlsHandshake:
        return QLatin1StringView("tls-handshake");
    case FailureCode::TlsUntrusted:
        return QLatin1StringView("tls-untrusted");
    case FailureCode::TlsChanged:
        return QLatin1StringView("tls-changed");
    case FailureCode::WsUpgrade:
        return QLatin1StringView("ws-upgrade");
    case FailureCode::WsClosed:
        return QLatin1StringView("ws-closed");
    case FailureCode::RpcTimeout:
        return QLatin1StringView("rpc-timeout");
    case FailureCode::RpcError:
        return QLatin1StringView("rpc-error");
    case FailureCode::NotKurento:
        return QLatin1StringView("not-kurento");
    case FailureCode::WrongReplyId:
        return QLatin1StringView("rpc-wrong-id");
    case FailureCode::MessageTooLarge:
        return QLatin1StringView("message-too-large");
    case FailureCode::InvalidUrl:
        return QLatin1StringView("invalid-url");
    case FailureCode::NetworkError:
        return QLatin1StringView("network");
    case FailureCode::Flood:
        return QLatin1StringView("flood");
    }
    return {};
}

QString healthReasonText(const ServerHealth &health)
{
    const auto withDetail = [&](const QString &text) {
        return health.detail.isEmpty() ? text : text + QStringLiteral(": ") + health.detail;
    };
    switch (health.failure) {
    case FailureCode::None:
        return {};
    case FailureCode::Dns:
        return withDetail(HealthText::tr("Host name not found"));
    case FailureCode::TcpRefused:
        return HealthText::tr("Connection refused");
    case FailureCode::TcpTimeout:
        return HealthText::tr("Timed out while connecting");
    case FailureCode::TcpUnreachable:
        return withDetail(HealthText::tr("Host unreachable"));
    case FailureCode::TlsHandshake:
        return withDetail(HealthText::tr("TLS handshake failed"));
    case FailureCode::TlsUntrusted:
        return withDetail(HealthText::tr("Certificate not trusted"));
    case FailureCode::TlsChanged:
        return HealthText::tr("Certificate changed since you trusted it");
    case FailureCode::WsUpgrade:
        // A 101 came, but not a valid one: say what was wrong with it.
        if (health.httpStatus == 101)
            return withDetail(HealthText::tr("Invalid WebSocket upgrade"));
        return health.httpStatus > 0 ? HealthText::tr("No WebSocket upgrade (HTTP %1)").arg(health.httpStatus)
                                     : withDetail(HealthText::tr("No WebSocket upgrade"));
    case FailureCode::WsClosed:
        if (health.closeCode == 1006 || health.closeCode == 0)
            return HealthText::tr("Connection lost (no close frame, 1006)");
        return health.detail.isEmpty()
                   ? HealthText::tr("Closed by the server (code %1)").arg(health.closeCode)
                   : HealthText::tr("Closed by the server (code %1: %2)").arg(health.closeCode).arg(health.detail);
    case FailureCode::RpcTimeout:
        return HealthText::tr("Ping not answered in time");
    case FailureCode::RpcError:
        return withDetail(HealthText::tr("Ping answered with an error"));
    case FailureCode::NotKurento:
        return withDetail(HealthText::tr("Not a Kurento media server"));
    case FailureCode::WrongReplyId:
        return HealthText::tr("Answered a request that was never sent");
    case FailureCode::MessageTooLarge:
        return HealthText::tr("Reply larger than %1").arg(health.detail);
    case FailureCode::InvalidUrl:
        return withDetail(HealthText::tr("Invalid URL"));
    case FailureCode::NetworkError:
        return withDetail(HealthText::tr("Network error"));
    case FailureCode::Flood:
        return withDetail(HealthText::tr("Flooded by the server"));
    }
    return {};
}

QString healthReasonHint(const ServerHealth &health)
{
    switch (health.failure) {
    case FailureCode::TcpRefused:
        return HealthText::tr("Nothing listens on this port: the UC MediaServer service is stopped, or it uses "
                              "another port.");
    case FailureCode::Dns:
        return HealthText::tr("The name cannot be resolved. The knowledge-base article asks for the media "
                              "server's IPv4 address.");
    case FailureCode::TcpUnreachable:
        return HealthText::tr("There is no route to this host: check the address and the network.");
    case FailureCode::TcpTimeout:
        return HealthText::tr("No answer while connecting: a firewall drops the traffic, the host is off, or "
                              "the media server hangs.");
    case FailureCode::TlsHandshake:
        return HealthText::tr("The TLS handshake did not complete: the port may not speak TLS (ws:// instead of "
                              "wss://?), or the server hangs.");
    case FailureCode::TlsUntrusted:
        return HealthText::tr("The UC MediaServer uses its self-signed defaultCertificate.pem unless another one "
                              "was installed. Check the fingerprint with the server's administrator, then trust "
                              "it in the certificate details.");
    case FailureCode::TlsChanged:
        return HealthText::tr("The server now presents another certificate than the one you trusted. If it was "
                              "not replaced on purpose, someone may be in between.");
    case FailureCode::WsUpgrade:
        return HealthText::tr("Something answers HTTP on this port, but it is not a Kurento media server.");
    case FailureCode::WsClosed:
        if (health.closeCode == 1002)
            return HealthText::tr("The media server rejected the path of the URL; UC MediaServers use /kurento.");
        if (health.closeCode == 1006 || health.closeCode == 0)
            return HealthText::tr("The connection dropped without a WebSocket close: the media server stopped or "
                                  "crashed, or the network failed.");
        return HealthText::tr("The media server ended the connection.");
    case FailureCode::RpcTimeout:
        return HealthText::tr("The media server accepted the connection but did not answer the ping within "
                              "the timeout: it hangs or is overloaded.");
    case FailureCode::RpcError:
    case FailureCode::NotKurento:
    case FailureCode::WrongReplyId:
        return HealthText::tr("The answers do not follow the Kurento protocol: another program may use this "
                              "port.");
    case FailureCode::MessageTooLarge:
        return HealthText::tr("The console refuses oversized replies to stay responsive.");
    case FailureCode::InvalidUrl:
        return HealthText::tr("Correct the url of this entry in eucwebconfig.json.");
    case FailureCode::Flood:
        return HealthText::tr("The server sent control frames faster than it read the answers; the console "
                              "closed the connection to keep its memory bounded. A Kurento media server does not "
                              "do this: another program may use this port.");
    case FailureCode::None:
    case FailureCode::NetworkError:
        break;
    }
    return {};
}

} // namespace ucmc
