#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ucmc {

// uc-media-console serve-metrics [--listen ADDRESS:PORT] FILE [--interval MS] [--timeout MS]
//                                [--host-interval MS] [--ucserver-host HOST] [--ca-file PEM]
// uc-media-console serve-metrics --all-sites [--listen ADDRESS:PORT] [--interval MS] [--timeout MS]
//                                [--host-interval MS] [--ca-file PEM]
//
// A headless monitor of every media server in FILE's kurentoservers (and of the UCServer host)
// that serves their health in the Prometheus text format on GET /metrics. It reads FILE again
// whenever it changes and keeps serving (a file that is broken for a moment keeps the last good
// list; ucmc_exporter_config_last_reload_successful says so). SIGINT or SIGTERM end it cleanly.
//
// With --all-sites it serves every site watched always (SiteStore, the window's settings) instead
// of one file, each with its own probe settings, UCServer host, maintenance and pinned
// certificates; every sample of a site carries site="NAME" as its first label (the build info,
// which is the process's, does not). --interval, --timeout and --host-interval, when given,
// override every site's. A site whose file cannot be read is served all the same, with
// ucmc_exporter_config_last_reload_successful 0 for it.
//
// --listen defaults to 127.0.0.1:9464 (loopback only): to be scraped from another host, name the
// address to listen on explicitly (e.g. 0.0.0.0:9464 or the host's LAN address). Port 0 picks a
// free port. On start it prints one line to stdout:
//   serving http://127.0.0.1:9464/metrics
//
// Exit codes: 0 ended by SIGINT/SIGTERM; 1 cannot listen on the address (in use, not an address of
// this host, no permission); 3 bad arguments, FILE cannot be read at start, or --all-sites finds no
// site watched always.
class MetricsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ucmc::MetricsCommand)

public:
    enum ExitCode { Stopped = 0, CannotListen = 1, Unknown = 3 };

    static constexpr quint16 kDefaultPort = 9464;

    // arguments: as QCoreApplication::arguments(), the program name first, then "serve-metrics", …
    static int run(const QStringList &arguments);
};

} // namespace ucmc
