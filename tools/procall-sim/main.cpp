// procall-sim: simulated UCServer host ports on loopback, for the demo and tests.
//   procall-sim [--address 127.0.0.10] [--ucserver-port 7222] [--webserver-port 7224]
//               [--webserver-https-port 7225|0|-1]
// The HTTPS port has a self-signed certificate (made with the openssl command line tool), as the
// real UC WebServer by default.
// Prints "listening ucserver <port>", "listening webserver <port>", "listening webserver-https
// <port>" (unless -1), then "ready".
// Commands on stdin, one per line: ucserver up|down, webserver up|down|disconnected (HTTP and
// HTTPS together), quit. Exits when stdin closes (its parent ended).
#include "simulatedprocallhost.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

using procallsim::SimulatedProcallHost;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Simulated UCServer host ports (loopback only)"));
    parser.addHelpOption();
    const QCommandLineOption address(QStringLiteral("address"), QStringLiteral("Loopback address."),
                                     QStringLiteral("ip"), QStringLiteral("127.0.0.10"));
    const QCommandLineOption ucPort(QStringLiteral("ucserver-port"), QStringLiteral("UCServer client port (0: any)."),
                                    QStringLiteral("port"), QStringLiteral("7222"));
    const QCommandLineOption webPort(QStringLiteral("webserver-port"),
                                     QStringLiteral("UC WebServer HTTP port (0: any)."), QStringLiteral("port"),
                                     QStringLiteral("7224"));
    const QCommandLineOption httpsPort(QStringLiteral("webserver-https-port"),
                                       QStringLiteral("UC WebServer HTTPS port, self-signed certificate (0: any, "
                                                      "-1: none)."),
                                       QStringLiteral("port"), QStringLiteral("7225"));
    parser.addOptions({address, ucPort, webPort, httpsPort});
    parser.process(app);

    bool httpsOk = false;
    const int https = parser.value(httpsPort).toInt(&httpsOk);
    if (!httpsOk || https < -1 || https > 65535) {
        std::fprintf(stderr, "procall-sim: --webserver-https-port must be -1, 0 or a port\n");
        return 2;
    }
    SimulatedProcallHost host(QHostAddress(parser.value(address)));
    if (!host.start(quint16(parser.value(ucPort).toUInt()), quint16(parser.value(webPort).toUInt()), https)) {
        std::fprintf(stderr, "procall-sim: %s\n", qPrintable(host.errorString()));
        return 1;
    }
    std::printf("listening ucserver %u\nlistening webserver %u\n", host.ucServerPort(), host.webServerPort());
    if (host.webServerHttpsPort())
        std::printf("listening webserver-https %u\n", host.webServerHttpsPort());
    std::printf("ready\n");
    std::fflush(stdout);

    QSocketNotifier stdinNotifier(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray pending;
    QObject::connect(&stdinNotifier, &QSocketNotifier::activated, &app, [&] {
        char buffer[512];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            QCoreApplication::quit(); // parent gone
            return;
        }
        pending.append(buffer, n);
        qsizetype end;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QList<QByteArray> words = pending.left(end).trimmed().split(' ');
            pending.remove(0, end + 1);
            const QByteArray what = words.value(0);
            const QByteArray state = words.value(1);
            if (what == "quit")
                QCoreApplication::quit();
            else if (what == "ucserver" && (state == "up" || state == "down"))
                host.setUcServerRunning(state == "up");
            else if (what == "webserver" && state == "up")
                host.setWebServerState(SimulatedProcallHost::WebServerState::Running);
            else if (what == "webserver" && state == "down")
                host.setWebServerState(SimulatedProcallHost::WebServerState::Stopped);
            else if (what == "webserver" && state == "disconnected")
                host.setWebServerState(SimulatedProcallHost::WebServerState::UcServerDisconnected);
            else if (!what.isEmpty())
                std::fprintf(stderr, "procall-sim: unknown command: %s\n", what.constData());
        }
    });
    return app.exec();
}
