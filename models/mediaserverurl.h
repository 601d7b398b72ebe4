#pragma once

// The address of one media server as written in a kurentoservers "url", taken apart.
//
// Decisions:
// - The scheme is kept as written (case too). http, https or anything else parses fine; whether
//   it is acceptable is a lint rule, not a parse error. secure is true for wss and https.
// - port is the port a WebSocket client really connects to: the explicit one, else the
//   scheme's standard default (ws/http 80, wss/https 443; -1 for other schemes). The media
//   server's own defaults from the estos article (ws 8888, wss 8433, path /kurento) are a
//   different thing: see KurentoDefaults. "ws://host/kurento" therefore means port 80.
// - Parse errors: empty, whitespace anywhere, no "scheme://", a malformed scheme, no host, a
//   malformed host (IPv4 with a part above 255 or a leading zero, IPv6 without brackets or
//   malformed, invalid host name characters), a port that is empty, not a number or outside
//   1..65535.
// - A leading zero in an IPv4 part ("010.0.0.1") is refused: some programs read it as octal.
// - Host names are checked as DNS labels (letters, digits, '-', and '_' for Windows names; a
//   trailing dot is allowed). Non-ASCII (IDN) host names are refused.

#include "models/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace ucmc {

enum class HostKind { IPv4, IPv6, Hostname };

enum class UrlProblem {
    Empty,
    Whitespace,
    NoScheme,
    InvalidScheme,
    NoHost,
    InvalidHost,
    InvalidPort,
    PortOutOfRange,
};

struct MediaServerUrl
{
    QString scheme;    // as written, e.g. "ws", "WSS", "http"
    QString userInfo;  // the part before '@' if any (unusual; reported by lint later)
    QString host;      // IPv6 without the brackets
    HostKind hostKind = HostKind::Hostname;
    int port = -1;     // explicit port, else the scheme's default, else -1
    bool portExplicit = false;
    QString path;      // "/kurento"; empty when the URL has none
    QString query;     // without '?'; empty when none
    QString fragment;  // without '#'; empty when none
    bool secure = false; // wss or https

    // ws or wss (any case).
    bool isWebSocket() const;
    // The host as it appears in a URL: IPv6 in brackets.
    QString hostForUrl() const;
    // host:port for display ("10.21.3.11:8888", "[fd00::1]:8433").
    QString authority() const;

    static Result<MediaServerUrl, UrlProblem> parse(QStringView text);
    // ws/http 80, wss/https 443 (case-insensitive), -1 otherwise.
    static int defaultPortForScheme(QStringView scheme);
    // A host alone (no scheme, port or path), checked as in a URL: a host name, an IPv4 address,
    // or an IPv6 address with or without its brackets.
    static bool isValidHost(QStringView host);

    friend bool operator==(const MediaServerUrl &, const MediaServerUrl &) = default;

    Q_DECLARE_TR_FUNCTIONS(ucmc::MediaServerUrl)
};

// What the estos knowledge-base article uses: a UC MediaServer listens on ws 8888 or wss 8433
// (note: 8433, not Kurento's usual 8443) under the path /kurento.
namespace KurentoDefaults {
inline constexpr int WsPort = 8888;
inline constexpr int WssPort = 8433;
inline constexpr int UsualWrongWssPort = 8443;
inline int portFor(bool secure) { return secure ? WssPort : WsPort; }
inline QString path() { return QStringLiteral("/kurento"); }
// "ws://10.21.3.11:8888/kurento" or "wss://10.21.3.11:8433/kurento"; an IPv6 host gets brackets.
QString url(const QString &host, bool secure);
} // namespace KurentoDefaults

} // namespace ucmc
