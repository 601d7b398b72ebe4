#pragma once

#include "models/serverhealth.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace ucmc {

// Something worth remembering about a site: a state change, a media server restart, a changed
// certificate, an action of the administrator. The event log keeps them, alerts come from them.
struct ServerEvent
{
    enum class Kind : quint8 {
        StateChanged,       // from -> to, with the failure code and reason
        Restarted,          // the media server's serverId changed: calls on it were lost
        VersionChanged,     // the media server reports another version than before
        CertificateChanged, // a wss server presents a certificate other than the trusted one
        CertificateExpiring, // fewer than 30 days left
        HostStateChanged,   // the UCServer host's UCServer or UC WebServer port
        ConsoleAction,      // opened, saved, maintenance on/off, certificate trusted, ...
    };

    QDateTime time;     // UTC
    Kind kind = Kind::StateChanged;
    QString server;     // the media server's URL key, or the UCServer host
    HealthState from = HealthState::Unknown;
    HealthState to = HealthState::Unknown;
    FailureCode failure = FailureCode::None;
    QString text;       // translated, one line: what happened (and why)

    bool operator==(const ServerEvent &) const = default;
};

} // namespace ucmc

Q_DECLARE_METATYPE(ucmc::ServerEvent)
