#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ucmc {

// uc-media-console probe FILE|URL... [--json] [--timeout MS] [--warn-days N] [--ca-file PEM]
// uc-media-console probe --site NAME|ID [--json] [--timeout MS] [--warn-days N] [--ca-file PEM]
//
// One probe round with the console's own monitor (headless), as a Nagios/Icinga plugin: exactly
// one status line with performance data, or with --json one machine-readable object.
//
//   UCMC OK - 5 of 5 media servers up | 'up'=5;5:;1:;0;5 'down'=0;;;0;5 'rtt_10.21.3.11'=0.412ms;;;0 ...
//
// FILE is an eucwebconfig.json (its kurentoservers are probed), URL a ws:// or wss:// media
// server; several may be given, a server listed twice is probed once. The round ends when every
// server has a first result (and the version of those that answered), at the latest after
// --timeout; a server without a result by then is down (tcp-timeout, or rpc-timeout when its
// WebSocket was open).
//
// --site probes a remembered site (by the name `sites list` shows, its own name, or its ID) as the
// console monitors it: its file, its pinned certificates, its probe timing (each attempt at most
// 4/5 of --timeout), its servers in maintenance ("in maintenance", neither up nor a problem) and
// its UCServer host (the UCServer port or the UC WebServer's HTTP port not answering: WARNING).
//
// Exit codes (Nagios plugin semantics):
//   0 OK        every media server up, all run the same version, no certificate expires soon
//   1 WARNING   some but not all media servers down (the UCServer fails over to the others, so
//               calls still work: degraded, not an outage); versions differ; a wss certificate
//               expires within --warn-days (default 30); an entry that cannot be probed; with
//               --site, the UCServer or the UC WebServer (HTTP) does not answer
//   2 CRITICAL  no media server up (calls cannot work); or a configuration file is unusable
//               (empty, not UTF-8, not JSON, no kurentoservers list, an empty list)
//   3 UNKNOWN   bad arguments, a file that cannot be read (missing, a folder, no permission),
//               a --ca-file without certificates, no remembered site with the --site name
class ProbeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ucmc::ProbeCommand)

public:
    enum ExitCode { Ok = 0, Warning = 1, Critical = 2, Unknown = 3 };

    static constexpr int kDefaultTimeoutMs = 5000;
    static constexpr int kMinTimeoutMs = 200;
    static constexpr int kMaxTimeoutMs = 300'000;
    static constexpr int kDefaultWarnDays = 30;

    // arguments: as QCoreApplication::arguments(), the program name first, then "probe", …
    static int run(const QStringList &arguments);
};

} // namespace ucmc
