#include "models/serverhealth.h"

namespace ucmc {

namespace {
// Translation context for the texts below (lupdate reads the macro's argument).
class HealthText
{
    Q_DECLARE_TR_FUNCTIONS(HealthText)
};
} // namespace

QString healthStateText(HealthState state)
{
    switch (state) {
    case HealthState::Unknown:
        return HealthText::tr("Unknown");
    case HealthState::Connecting:
        return HealthText::tr("Connecting");
    case HealthState::Up:
        return HealthText::tr("Up");
    case HealthState::Down:
        return HealthText::tr("Down");
    case HealthState::NotMonitored:
        return HealthText::tr("Not monitored");
    }
    return {};
}

QString healthReasonText(const ServerHealth &health)
{
    const auto withDetail = [&](const QString &text) {
        return health.detail.isEmpty() ? text : text + QStringLiteral(": ") + health.detail;
    };
    switch (health.reason) {
    case HealthReason::None:
        return {};
    case HealthReason::Refused:
        return HealthText::tr("Connection refused");
    case HealthReason::HostNotFound:
        return withDetail(HealthText::tr("Host name not found"));
    case HealthReason::HostUnreachable:
        return withDetail(HealthText::tr("Host unreachable"));
    case HealthReason::ConnectTimeout:
        return HealthText::tr("Timed out while connecting");
    case HealthReason::ReplyTimeout:
        return HealthText::tr("Ping not answered in time");
    case HealthReason::TlsError:
        return withDetail(HealthText::tr("TLS error"));
    case HealthReason::UpgradeRejected:
        return withDetail(HealthText::tr("Not a WebSocket endpoint"));
    case HealthReason::Closed:
        return health.detail.isEmpty()
                   ? HealthText::tr("Closed by the server (code %1)").arg(health.closeCode)
                   : HealthText::tr("Closed by the server (code %1: %2)").arg(health.closeCode).arg(health.detail);
    case HealthReason::ConnectionLost:
        return HealthText::tr("Connection lost");
    case HealthReason::NotKurento:
        return withDetail(HealthText::tr("Not a Kurento media server"));
    case HealthReason::WrongReplyId:
        return HealthText::tr("Answered a request that was never sent");
    case HealthReason::MessageTooLarge:
        return HealthText::tr("Reply larger than %1").arg(health.detail);
    case HealthReason::InvalidUrl:
        return withDetail(HealthText::tr("Invalid URL"));
    case HealthReason::NetworkError:
        return withDetail(HealthText::tr("Network error"));
    }
    return {};
}

QString healthReasonHint(const ServerHealth &health)
{
    switch (health.reason) {
    case HealthReason::Refused:
        return HealthText::tr("Nothing listens on this port: the UC MediaServer service is stopped, or it uses "
                              "another port.");
    case HealthReason::HostNotFound:
        return HealthText::tr("The name cannot be resolved. The knowledge-base article asks for the media "
                              "server's IPv4 address.");
    case HealthReason::HostUnreachable:
        return HealthText::tr("There is no route to this host: check the address and the network.");
    case HealthReason::ConnectTimeout:
        return HealthText::tr("No answer while connecting: a firewall drops the traffic, the host is off, or "
                              "the media server hangs.");
    case HealthReason::ReplyTimeout:
        return HealthText::tr("The media server accepted the connection but did not answer the ping within "
                              "the timeout: it hangs or is overloaded.");
    case HealthReason::TlsError:
        return HealthText::tr("The certificate is not trusted or not valid for this address. A UC MediaServer "
                              "uses its self-signed defaultCertificate.pem unless another one was installed.");
    case HealthReason::UpgradeRejected:
        return HealthText::tr("Something answers HTTP on this port, but it is not a Kurento media server.");
    case HealthReason::Closed:
        if (health.closeCode == 1002)
            return HealthText::tr("The media server rejected the path of the URL; UC MediaServers use /kurento.");
        return HealthText::tr("The media server ended the connection.");
    case HealthReason::ConnectionLost:
        return HealthText::tr("The connection dropped without a WebSocket close: the media server stopped or "
                              "crashed, or the network failed.");
    case HealthReason::NotKurento:
    case HealthReason::WrongReplyId:
        return HealthText::tr("The answers do not follow the Kurento protocol: another program may use this "
                              "port.");
    case HealthReason::MessageTooLarge:
        return HealthText::tr("The console refuses oversized replies to stay responsive.");
    case HealthReason::InvalidUrl:
        return HealthText::tr("Correct the url of this entry in eucwebconfig.json.");
    case HealthReason::None:
    case HealthReason::NetworkError:
        break;
    }
    return {};
}

} // namespace ucmc
