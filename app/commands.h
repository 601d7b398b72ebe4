#pragma once

// The console's subcommands for scripts and monitoring systems:
//   check FILE [--format text|json]                       lint the media server list
//   edit FILE ACTION ... [--dry-run]                      one safe change of the list
//   probe FILE|URL... [--json] [--timeout MS] [--warn-days N]   one probe round, Nagios plugin style
//   serve-metrics [--listen ADDRESS:PORT] FILE            a headless monitor for Prometheus
//   services list|restart-webserver|fix-startup-types [--site NAME] [--host H] [--json] [--dry-run]
//   sites list | sites import FILE.csv [--dry-run]         the remembered sites; many at once from CSV
// main() calls runCommandLine() before it creates the QApplication: a subcommand runs with a
// QCoreApplication only (no display needed) and main() returns its exit code.

namespace ucmc {

// Runs the subcommand named by argv (after optional leading "--lang CODE") and returns its exit
// code with *handled set; for anything else sets *handled to false and returns 0 untouched.
int runCommandLine(int argc, char **argv, bool *handled);

} // namespace ucmc
