// kms-sim: a Kurento Media Server protocol simulator. Usage: see README.md or --help.
#include "controlchannel.h"
#include "fleetoptions.h"
#include "simulatorfleet.h"

#include <QCoreApplication>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace {

void print(const QString &line, FILE *stream = stdout)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stream);
    std::fflush(stream);
}

// A thousand servers and their clients need more descriptors than the usual soft limit.
void raiseDescriptorLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // Qt's own poll() dispatcher costs about a third less per wake-up than the GLib one, which
    // matters with a thousand sockets per process (README.md, "Performance").
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kms-sim"));
    raiseDescriptorLimit();

    QString error;
    const auto options = kmssim::FleetOptions::parse(QCoreApplication::arguments(), &error);
    if (!options) {
        print(QStringLiteral("kms-sim: ") + error, stderr);
        return 2;
    }
    if (options->helpRequested) {
        print(kmssim::FleetOptions::helpText());
        return 0;
    }
    auto fleet = kmssim::SimulatorFleet::fromOptions(*options, &error);
    if (!fleet || !fleet->start(&error)) {
        print(QStringLiteral("kms-sim: ") + error, stderr);
        return 1;
    }
    kmssim::ControlChannel control(*fleet);
    QObject::connect(&control, &kmssim::ControlChannel::quitRequested, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    if (options->controlPort >= 0) {
        if (!control.listen(quint16(options->controlPort), &error)) {
            print(QStringLiteral("kms-sim: ") + error, stderr);
            return 1;
        }
        print(QStringLiteral("control 127.0.0.1:%1").arg(control.port()));
    }
    for (const QString &line : fleet->listeningLines())
        print(line);
    print(QStringLiteral("ready"));
    if (options->readStdin)
        control.readStdin();
    if (options->lifetimeSeconds > 0)
        QTimer::singleShot(int(std::min(options->lifetimeSeconds * 1000.0, 2.0e9)), &app,
                           &QCoreApplication::quit);
    const int code = app.exec();
    fleet->stop();
    return code;
}
