// winrm-sim: a simulated Windows host's WinRM endpoint (loopback only). See README.md.
// Prints "listening http <url>", "listening https <url>", "certificate sha256 <fingerprint>",
// "listening webserver <port>", "listening webserver-https <port>", "listening ucserver <port>", then
// "ready". Ends on stdin EOF, "quit", or after --lifetime.
#include "simulatedprocallhost.h"
#include "winrmsimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

using namespace winrmsim;

namespace {

void print(const QString &line, FILE *stream = stdout)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stream);
    std::fflush(stream);
}

QString servicesJson(const QList<SimService> &services)
{
    QJsonArray array;
    for (const SimService &s : services)
        array.append(QJsonObject{{QStringLiteral("name"), s.name},
                                 {QStringLiteral("displayName"), s.displayName},
                                 {QStringLiteral("state"), s.state},
                                 {QStringLiteral("startMode"), s.startMode},
                                 {QStringLiteral("pathName"), s.pathName},
                                 {QStringLiteral("productVersion"), s.productVersion}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

bool loadServices(const QString &path, QList<SimService> *services, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isArray()) {
        *error = QStringLiteral("%1: expected a JSON array of services").arg(path);
        return false;
    }
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        SimService s;
        s.name = o.value(QStringLiteral("name")).toString();
        s.displayName = o.value(QStringLiteral("displayName")).toString(s.name);
        s.pathName = o.value(QStringLiteral("pathName")).toString();
        s.state = o.value(QStringLiteral("state")).toString(QStringLiteral("Running"));
        s.startMode = o.value(QStringLiteral("startMode")).toString(QStringLiteral("Auto"));
        s.productVersion = o.value(QStringLiteral("productVersion")).toString();
        s.fileVersion = o.value(QStringLiteral("fileVersion")).toString(s.productVersion);
        if (s.name.isEmpty()) {
            *error = QStringLiteral("%1: a service without a name").arg(path);
            return false;
        }
        services->append(s);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("winrm-sim"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A simulated Windows host's WinRM endpoint (loopback only)."));
    parser.addHelpOption();
    const QCommandLineOption address(QStringLiteral("address"), QStringLiteral("Loopback address (127.0.0.0/8)."),
                                     QStringLiteral("ip"), QStringLiteral("127.0.0.30"));
    const QCommandLineOption httpPort(QStringLiteral("http-port"),
                                      QStringLiteral("HTTP port (0: any free port, -1: no HTTP). Default 0."),
                                      QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption httpsPort(QStringLiteral("https-port"),
                                       QStringLiteral("HTTPS port (0: any, -1: none). Default -1."),
                                       QStringLiteral("port"), QStringLiteral("-1"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("The account's user name."),
                                  QStringLiteral("name"), QStringLiteral("Administrator"));
    const QCommandLineOption password(QStringLiteral("password"),
                                      QStringLiteral("The account's password (or env WINRM_SIM_PASSWORD)."),
                                      QStringLiteral("password"));
    const QCommandLineOption hostname(QStringLiteral("hostname"), QStringLiteral("Simulated computer name."),
                                      QStringLiteral("name"), QStringLiteral("WINSERVER1"));
    const QCommandLineOption basic(QStringLiteral("basic"), QStringLiteral("Offer Basic authentication on HTTPS."));
    const QCommandLineOption certificate(QStringLiteral("certificate"),
                                         QStringLiteral("cert+key PEM for HTTPS (default: self-signed)."),
                                         QStringLiteral("file"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  QStringLiteral("Startup types of the estos services: ucserver, media or fresh."),
                                  QStringLiteral("role"), QStringLiteral("ucserver"));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Product version of the executables."),
                                     QStringLiteral("version"), QStringLiteral("9.1.0.3456"));
    const QCommandLineOption servicesFile(QStringLiteral("services"),
                                          QStringLiteral("JSON file with the services (instead of --role/--version)."),
                                          QStringLiteral("file"));
    const QCommandLineOption webPort(QStringLiteral("webserver-port"),
                                     QStringLiteral("Simulated UC WebServer HTTP port (0: any, -1: none)."),
                                     QStringLiteral("port"), QStringLiteral("-1"));
    const QCommandLineOption webHttpsPort(QStringLiteral("webserver-https-port"),
                                          QStringLiteral("Simulated UC WebServer HTTPS port, self-signed certificate "
                                                         "(0: any, -1: none; needs --webserver-port)."),
                                          QStringLiteral("port"), QStringLiteral("-1"));
    const QCommandLineOption ucPort(QStringLiteral("ucserver-port"),
                                    QStringLiteral("Simulated UCServer client port next to the WebServer port (0: any)."),
                                    QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption transition(QStringLiteral("transition-ms"),
                                        QStringLiteral("Duration of Start/Stop Pending."), QStringLiteral("ms"),
                                        QStringLiteral("300"));
    const QCommandLineOption fault(QStringLiteral("fault"),
                                   QStringLiteral("Fault knob (repeatable): reject-auth, stuck-stop=NAME, ps-error, "
                                                  "garbage, progress, access-denied, slow=MS, plain-fault."),
                                   QStringLiteral("fault"));
    const QCommandLineOption lifetime(QStringLiteral("lifetime"), QStringLiteral("Exit after this many seconds."),
                                      QStringLiteral("seconds"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), QStringLiteral("Log protocol events to stderr."));
    parser.addOptions({address, httpPort, httpsPort, user, password, hostname, basic, certificate, role, version,
                       servicesFile, webPort, webHttpsPort, ucPort, transition, fault, lifetime, verbose});
    parser.process(app);

    SimConfig config;
    config.address = QHostAddress(parser.value(address));
    config.httpPort = parser.value(httpPort).toInt();
    config.httpsPort = parser.value(httpsPort).toInt();
    config.user = parser.value(user);
    config.password = parser.isSet(password) ? parser.value(password)
                                             : QString::fromLocal8Bit(qgetenv("WINRM_SIM_PASSWORD"));
    config.hostname = parser.value(hostname);
    config.basicOnHttps = parser.isSet(basic);
    config.certificatePem = parser.value(certificate);
    config.webServerPort = parser.value(webPort).toInt();
    config.webServerHttpsPort = parser.value(webHttpsPort).toInt();
    config.ucServerPort = parser.value(ucPort).toInt();
    config.transitionMs = parser.value(transition).toInt();
    QString error;
    if (parser.isSet(servicesFile)) {
        if (!loadServices(parser.value(servicesFile), &config.services, &error)) {
            print(QStringLiteral("winrm-sim: ") + error, stderr);
            return 2;
        }
    } else {
        const QString r = parser.value(role);
        SimConfig::Role which = SimConfig::Role::UcServer;
        if (r == QLatin1String("media"))
            which = SimConfig::Role::MediaServer;
        else if (r == QLatin1String("fresh"))
            which = SimConfig::Role::Fresh;
        else if (r != QLatin1String("ucserver")) {
            print(QStringLiteral("winrm-sim: --role must be ucserver, media or fresh"), stderr);
            return 2;
        }
        config.services = SimConfig::defaultServices(which, parser.value(version));
    }
    if (config.httpPort < 0 && config.httpsPort < 0) {
        print(QStringLiteral("winrm-sim: neither HTTP nor HTTPS"), stderr);
        return 2;
    }

    WinRmSimulator sim(config);
    for (const QString &spec : parser.values(fault)) {
        if (!sim.faults().apply(spec, &error)) {
            print(QStringLiteral("winrm-sim: ") + error, stderr);
            return 2;
        }
    }
    if (parser.isSet(verbose))
        QObject::connect(&sim, &WinRmSimulator::logLine, &app,
                         [](const QString &line) { print(QStringLiteral("winrm-sim: ") + line, stderr); });
    if (!sim.start(&error)) {
        print(QStringLiteral("winrm-sim: ") + error, stderr);
        return 1;
    }
    if (!sim.httpUrl().isEmpty())
        print(QStringLiteral("listening http ") + sim.httpUrl().toString());
    if (!sim.httpsUrl().isEmpty()) {
        print(QStringLiteral("listening https ") + sim.httpsUrl().toString());
        print(QStringLiteral("certificate sha256 ") + sim.certificateSha256());
    }
    if (sim.webServerPort())
        print(QStringLiteral("listening webserver %1").arg(sim.webServerPort()));
    if (sim.webServerHost() && sim.webServerHost()->webServerHttpsPort())
        print(QStringLiteral("listening webserver-https %1").arg(sim.webServerHost()->webServerHttpsPort()));
    if (sim.webServerHost())
        print(QStringLiteral("listening ucserver %1").arg(sim.webServerHost()->ucServerPort()));
    print(QStringLiteral("ready"));

    if (parser.isSet(lifetime))
        QTimer::singleShot(int(parser.value(lifetime).toDouble() * 1000), &app, &QCoreApplication::quit);

    QSocketNotifier stdinNotifier(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray pending;
    QObject::connect(&stdinNotifier, &QSocketNotifier::activated, &app, [&] {
        char buffer[512];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            stdinNotifier.setEnabled(false);
            QCoreApplication::quit(); // parent gone
            return;
        }
        pending.append(buffer, n);
        qsizetype end;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QStringList words = QString::fromUtf8(pending.left(end)).simplified().split(QLatin1Char(' '));
            pending.remove(0, end + 1);
            const QString what = words.value(0);
            if (what.isEmpty())
                continue;
            if (what == QLatin1String("quit")) {
                QCoreApplication::quit();
            } else if (what == QLatin1String("fault") && words.size() == 2) {
                if (sim.faults().apply(words[1], &error))
                    print(QStringLiteral("ok faults: ") + sim.faults().describe());
                else
                    print(QStringLiteral("error ") + error);
            } else if (what == QLatin1String("services")) {
                print(QStringLiteral("services ") + servicesJson(sim.services()));
            } else if (what == QLatin1String("service") && words.size() >= 4 && sim.service(words[1])) {
                const QString value = words.mid(3).join(QLatin1Char(' '));
                if (words[2] == QLatin1String("state")) {
                    sim.setState(words[1], value);
                    print(QStringLiteral("ok"));
                } else if (words[2] == QLatin1String("startmode") && sim.setStartMode(words[1], value)) {
                    print(QStringLiteral("ok"));
                } else {
                    print(QStringLiteral("error use: service NAME state STATE | service NAME startmode "
                                         "Auto|Manual|Disabled"));
                }
            } else {
                print(QStringLiteral("error unknown command (quit, fault SPEC, services, service NAME state|startmode "
                                     "VALUE)"));
            }
        }
    });
    return app.exec();
}
