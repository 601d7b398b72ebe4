#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ucmc {

// uc-media-console export-topology FILE --output OUT [--format svg|png|pdf] [--no-states]
//                                  [--site NAME] [--host HOST] [--timeout MS]
//
// The console's overview as a document: title (site, file, date and time), legend and the
// UCServer host with its media servers in round-robin order. Without --no-states the servers
// and the host are probed once (as `probe` does, at most --timeout) and drawn with their states;
// with --no-states the configuration alone. The format follows OUT's extension unless --format
// says otherwise. --site NAME takes a remembered site's file, UCServer host and probe settings
// (FILE may then be left out). Needs no display: it draws with Qt's offscreen platform.
//
// Exit codes: 0 written; 2 the file is not usable (empty, not UTF-8, not JSON, no
// kurentoservers list); 3 bad arguments, a file that cannot be read, or OUT cannot be written.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ucmc::ExportCommand)

public:
    enum ExitCode { Written = 0, Unusable = 2, Failed = 3 };
    static constexpr int kDefaultTimeoutMs = 5000;

    // arguments: as QCoreApplication::arguments(), the program name first, then "export-topology", …
    static int run(const QStringList &arguments);
};

} // namespace ucmc
