#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ucmc {

// uc-media-console services ACTION [--site NAME] [--host HOST] [--json] [--dry-run]
//
// The estos services of a remembered site, from the command line, with the console's own service
// control (WinRM or command templates, as set in the console) and its rules from the article:
//   list               each managed host's estos services: state, startup type, version, since when
//                      they run; what differs from the article; whether a UC WebServer restart is
//                      pending (the file was written after the service started)
//   restart-webserver  the console's restart transaction on the UCServer host: check, restart, wait
//                      until the UC WebServer answers again; when it does not and the file was
//                      written after the last start, the version before goes back (automatically:
//                      there is nobody to ask) and the service restarts with it
//   fix-startup-types  on each managed host (or --host), set the startup types (and stop or start
//                      the services) the article asks for
// The site is the one opened last in the console, or --site (its name, as the console shows it,
// or its id). Passwords come from the keychain; on a terminal the command asks when none is
// stored (a password is never an argument, and never read from a pipe).
//
// Exit codes, as probe:
//   0 OK        done, or nothing differs
//   1 WARNING   list: something differs from the article, or a restart is pending;
//               restart-webserver: it did not come back and the previous version was restored
//   2 FAILED    a host could not be reached or refused the password; a restart or fix failed
//   3 UNKNOWN   bad arguments, no such site or host, a host that is not managed, no password
class ServicesCommand
{
    Q_DECLARE_TR_FUNCTIONS(ucmc::ServicesCommand)

public:
    enum ExitCode { Ok = 0, Warning = 1, Failed = 2, Unknown = 3 };

    // arguments: as QCoreApplication::arguments(), the program name first, then "services", …
    static int run(const QStringList &arguments);
};

} // namespace ucmc
