#pragma once

#include <QMetaType>
#include <QString>

namespace ucmc {

// Reachability of one TCP service on the UCServer host.
struct PortHealth
{
    enum class State : quint8 { Unknown, Open, Closed };
    State state = State::Unknown;
    quint16 port = 0;
    int httpStatus = 0; // for the UC WebServer: the HTTP status of GET /, 0 if none
    // Why it is closed (refused, timed out, ...), or what is wrong although it answers (HTTP 502,
    // an untrusted HTTPS certificate); translated.
    QString detail;
    double rttMs = -1;

    bool operator==(const PortHealth &) const = default;
};

// The host that runs the UCServer and the UC WebServer (they always run together).
struct HostHealth
{
    QString host;
    PortHealth ucServer;  // TCP 7222
    PortHealth webServer; // HTTP 7224
    PortHealth webServerHttps; // HTTPS 7225

    bool operator==(const HostHealth &) const = default;
};

} // namespace ucmc

Q_DECLARE_METATYPE(ucmc::HostHealth)
