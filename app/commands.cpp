#include "commands.h"

#include "checkcommand.h"
#include "editcommand.h"
#include "exportcommand.h"
#include "metricscommand.h"
#include "models/platform.h"
#include "models/translations.h"
#include "probecommand.h"
#include "servicescommand.h"
#include "sitescommand.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <cstring>
#include <memory>

namespace ucmc {

namespace {

// The subcommand's position in argv after leading "--lang CODE" / "--lang=CODE", or -1.
int subcommandIndex(int argc, char **argv)
{
    int i = 1;
    while (i < argc) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc) {
            i += 2;
            continue;
        }
        if (std::strncmp(argv[i], "--lang=", 7) == 0) {
            ++i;
            continue;
        }
        break;
    }
    if (i < argc && (std::strcmp(argv[i], "check") == 0 || std::strcmp(argv[i], "edit") == 0 ||
                     std::strcmp(argv[i], "probe") == 0 || std::strcmp(argv[i], "serve-metrics") == 0 ||
                     std::strcmp(argv[i], "services") == 0 || std::strcmp(argv[i], "export-topology") == 0 ||
                     std::strcmp(argv[i], "sites") == 0))
        return i;
    return -1;
}

QString languageOf(const QStringList &arguments)
{
    QString language;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == u"--lang" && i + 1 < arguments.size())
            language = arguments[i + 1];
        else if (arguments[i].startsWith(u"--lang="))
            language = arguments[i].mid(7);
    }
    return language;
}

} // namespace

int runCommandLine(int argc, char **argv, bool *handled)
{
    const int index = subcommandIndex(argc, argv);
    *handled = index > 0;
    if (index < 0)
        return 0;

    // export-topology draws text, which needs a GUI application (fonts), never a window: on a
    // server without a display it uses Qt's offscreen platform. The others need no GUI at all.
    const bool draws = std::strcmp(argv[index], "export-topology") == 0;
    if (draws && platform::needsOffscreenPlatform())
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application =
        draws ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("UC Media Console"));
    QCoreApplication::setApplicationName(QStringLiteral("uc-media-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(UCMC_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    const QString language = languageOf(arguments);
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    installTranslations(app, locale);

    // The subcommands parse "PROGRAM SUBCOMMAND …": drop a leading --lang, they accept it anywhere.
    const QString program = arguments.takeFirst();
    arguments = arguments.mid(index - 1);
    arguments.prepend(program);
    if (arguments.at(1) == u"check")
        return CheckCommand::run(arguments);
    if (arguments.at(1) == u"probe")
        return ProbeCommand::run(arguments);
    if (arguments.at(1) == u"serve-metrics")
        return MetricsCommand::run(arguments);
    if (arguments.at(1) == u"services")
        return ServicesCommand::run(arguments);
    if (arguments.at(1) == u"export-topology")
        return ExportCommand::run(arguments);
    if (arguments.at(1) == u"sites")
        return SitesCommand::run(arguments);
    return EditCommand::run(arguments);
}

} // namespace ucmc
