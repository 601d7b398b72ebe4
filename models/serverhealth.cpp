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
        return HealthText::tr("Connection refused (no media server listening on this port)");
    case HealthReason::HostNotFound:
        return withDetail(HealthText::tr("Host name not found"));
    case HealthReason::HostUnreachable:
        return withDetail(HealthText::tr("Host unreachable"));
    case HealthReason::ConnectTimeout:
        return HealthText::tr("Timed out while connecting");
    case HealthReason::ReplyTimeout:
        return HealthText::tr("Timed out: ping not answered");
    case HealthReason::TlsError:
        return withDetail(HealthText::tr("TLS error"));
    case HealthReason::UpgradeRejected:
        return withDetail(HealthText::tr("Not a WebSocket endpoint"));
    case HealthReason::Closed:
        return health.detail.isEmpty()
                   ? HealthText::tr("Closed by the server with code %1").arg(health.closeCode)
                   : HealthText::tr("Closed by the server with code %1 (%2)").arg(health.closeCode).arg(health.detail);
    case HealthReason::ConnectionLost:
        return HealthText::tr("Connection lost (closed without a close frame, code 1006)");
    case HealthReason::NotKurento:
        return withDetail(HealthText::tr("Not a Kurento media server"));
    case HealthReason::WrongReplyId:
        return HealthText::tr("Not a Kurento media server: answered a request that was never sent");
    case HealthReason::MessageTooLarge:
        return HealthText::tr("Sent a message larger than %1 (closed with code 1009)").arg(health.detail);
    case HealthReason::InvalidUrl:
        return withDetail(HealthText::tr("Invalid URL"));
    case HealthReason::NetworkError:
        return withDetail(HealthText::tr("Network error"));
    }
    return {};
}

} // namespace ucmc
