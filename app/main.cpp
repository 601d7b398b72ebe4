#include "commands.h"
#include "demoenvironment.h"

#include "models/translations.h"
#include "core/credentialstore.h"
#include "core/fleetmonitor.h"
#include "ui/darkpalette.h"
#include "ui/fleetcontroller.h"
#include "ui/fleetview.h"
#include "ui/hostsview.h"
#include "ui/jsoneditor.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QIcon>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>
#include <cstdio>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

struct Options
{
    QString file;
    bool demo = false;
    QString screenshot;
    QString language;
    QString view;
    bool dark = false;
};

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static Options parse(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Shows the UCServer host and every UC MediaServer of an estos ProCall Infinity installation with "
               "live status.\n\nCommands without a window (see <command> --help):\n"
               "  check FILE          lint rules, for editors and CI\n"
               "  edit FILE ACTION    one safe change with backup\n"
               "  probe FILE|URL...   one probe round, Nagios/Icinga conventions\n"
               "  serve-metrics FILE  Prometheus metrics over HTTP"));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(QStringLiteral("file"), tr("The eucwebconfig.json to open."),
                                     QStringLiteral("[file]"));
        const QCommandLineOption demo(QStringLiteral("demo"), tr("Start on simulated media servers."));
        const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                            tr("Render the window to a PNG once status has settled, then exit."),
                                            QStringLiteral("file"));
        const QCommandLineOption lang(QStringLiteral("lang"), tr("Language of the user interface (en, de)."),
                                      QStringLiteral("code"));
        const QCommandLineOption view(QStringLiteral("view"),
                                      tr("The tab to start with: servers, json, hosts (hosts checks the services) or fleet."),
                                      QStringLiteral("tab"));
        const QCommandLineOption dark(QStringLiteral("dark"),
                                      tr("Dark colours (the Fusion style with a dark palette), whatever the desktop's "
                                         "theme; for screenshots."));
        parser.addOptions({demo, screenshot, lang, view, dark});
        parser.process(arguments);

        Options options;
        options.demo = parser.isSet(demo);
        options.screenshot = parser.value(screenshot);
        options.language = parser.value(lang);
        options.view = parser.value(view);
        options.dark = parser.isSet(dark);
        if (!parser.positionalArguments().isEmpty())
            options.file = parser.positionalArguments().constFirst();
        return options;
    }
};

// Waits until the window has settled (every server of the open site and of the watched sites
// answered or failed once, at least a moment so the picture is not mid-update), at most
// `limit`, then saves the window as PNG.
void scheduleScreenshot(ucmc::MainWindow &window, const QString &path)
{
    auto *poll = new QTimer(&window);
    const QDeadlineTimer earliest(4000); // the figures of a first metrics round, a few round trips
    const QDeadlineTimer latest(20000);
    QObject::connect(poll, &QTimer::timeout, &window, [&window, path, poll, earliest, latest] {
        const QList<ucmc::SiteStatus> fleet = window.fleet()->monitor()->statuses();
        const bool fleetSettled = std::none_of(fleet.cbegin(), fleet.cend(), [](const ucmc::SiteStatus &s) {
            return s.level() == ucmc::SiteStatus::Level::Pending;
        });
        if (!(window.isSettled() && fleetSettled && earliest.hasExpired()) && !latest.hasExpired())
            return;
        poll->stop();
        const bool saved = window.grab().save(path, "PNG");
        if (!saved)
            std::fprintf(stderr, "%s\n", qPrintable(Cli::tr("Could not write the screenshot to %1").arg(path)));
        QCoreApplication::exit(saved ? 0 : 1);
    });
    poll->start(100);
}

// Names, version and the user interface language (--lang, else the system's): before the
// command line's own help text is translated.
void setUpApplication(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("UC Media Console"));
    QCoreApplication::setApplicationName(QStringLiteral("uc-media-console"));
    if (qobject_cast<QGuiApplication *>(&app)) {
        QGuiApplication::setApplicationDisplayName(QStringLiteral("UC Media Console"));
        // The installed resources/uc-media-console.desktop: its name and icon for the window.
        QGuiApplication::setDesktopFileName(QStringLiteral("uc-media-console"));
    }
    QCoreApplication::setApplicationVersion(QStringLiteral(UCMC_VERSION));
    QString language;
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size())
            language = arguments[i + 1];
        else if (arguments[i].startsWith(QLatin1String("--lang=")))
            language = arguments[i].mid(7);
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    ucmc::installTranslations(app, locale);
}

} // namespace

using ucmc::Site;

int main(int argc, char *argv[])
{
#ifdef __GLIBC__
    // Every edit builds a new document of the whole file. glibc would hand the freed megabytes
    // back to the kernel each time and fault them in again on the next edit, which made one edit
    // of a 10,000-entry file four times slower (tests/bench/bench_config). Keep up to 64 MiB.
    mallopt(M_MMAP_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
#endif
    bool handled = false;
    const int commandExitCode = ucmc::runCommandLine(argc, argv, &handled); // check, edit: no GUI
    if (handled)
        return commandExitCode;

    // --help and --version print and exit: they need no display (and must work over ssh).
    bool printOnly = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        printOnly = printOnly || arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v"
                    || arg == "--version" || arg == "-?";
    }
    if (printOnly) {
        QCoreApplication app(argc, argv);
        setUpApplication(app);
        Cli::parse(QCoreApplication::arguments()); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    setUpApplication(app);
    // Every window's icon, and the About box's (resources/icons, embedded by ui/).
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/uc-media-console.svg")));
    const QStringList arguments = QApplication::arguments();
    const Options options = Cli::parse(arguments);
    if (options.dark) {
        // Before any window: every widget starts with these colours.
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(ucmc::darkPalette());
    }

    std::unique_ptr<QSettings> settings;
    std::unique_ptr<ucmc::DemoEnvironment> demo;
    if (options.demo) {
        // The demo remembers nothing: its files vanish when it ends.
        demo = std::make_unique<ucmc::DemoEnvironment>();
        if (!demo->start()) {
            std::fprintf(stderr, "%s\n", qPrintable(demo->errorString()));
            return 1;
        }
        settings = std::make_unique<QSettings>(demo->settingsPath(), QSettings::IniFormat);
    } else {
        settings = std::make_unique<QSettings>();
    }

    ucmc::MainWindow window(*settings);
    if (!demo) {
        // The event log is kept across restarts; the demo's is not.
        window.openEventLog(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                .filePath(QStringLiteral("events")));
    }
    if (demo) {
        window.setRememberSites(false);
        window.setTrustedCertificates(demo->trustedCertificates());
        window.setUcServerHost(demo->ucServerHost());
        ucmc::SiteStore store(*settings); // the demo's own settings, gone when it ends
        for (const Site &site : demo->fleetSites())
            store.save(site);
        Site site;
        site.id = QStringLiteral("demo");
        site.name = Cli::tr("Demo (simulated media servers)");
        site.configPath = demo->configPath();
        site.ucServerHost = demo->ucServerHost();
        site.watchAlways = true; // on the Fleet tab beside the other demo sites
        // The demo's UCServer host is reached over WinRM, so Apply works; its password is made up
        // for this run and kept in memory only.
        ucmc::HostControlSettings control;
        control.host = demo->ucServerHost();
        control.kind = ucmc::HostControlSettings::Kind::WinRm;
        control.user = demo->winRmUser();
        control.port = quint16(demo->winRmUrl().port());
        ucmc::setHostControl(site, control);
        store.save(site);
        window.credentials()->keepForSession({site.id, control.host, control.user}, demo->winRmPassword());
        window.openFile(demo->configPath()); // the site just stored, found by its file
    } else if (!options.file.isEmpty()) {
        window.openFile(QDir::current().absoluteFilePath(options.file));
    } else {
        window.openLastSite();
    }
    window.show();
    if (options.view == QLatin1String("json")) {
        window.tabs()->setCurrentWidget(window.jsonEditor());
    } else if (options.view == QLatin1String("fleet")) {
        window.tabs()->setCurrentWidget(window.fleet()->view());
    } else if (options.view == QLatin1String("hosts")) {
        window.tabs()->setCurrentWidget(window.hostsView());
        QTimer::singleShot(500, &window, [&window] { window.hostsView()->checkAll(); });
    }
    if (!options.screenshot.isEmpty())
        scheduleScreenshot(window, QDir::current().absoluteFilePath(options.screenshot));
    return app.exec();
}
