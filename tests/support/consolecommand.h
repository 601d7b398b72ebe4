#pragma once
// The console's executable run the way an administrator runs a subcommand in a terminal: no
// display of any kind, English messages, optionally its own settings folder, stdin a closed pipe
// when asked. The caller's event loop keeps running meanwhile (simulators in the test process go
// on answering); the program is killed after the limit.
#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QString>
#include <QStringList>

namespace ucmc::test {

struct ConsoleCommand
{
    QString workingDirectory; // empty: the test's
    QString home;             // HOME (empty: the machine's)
    QString configHome;       // XDG_CONFIG_HOME, where the settings are (empty: the machine's)
    bool closeStdin = false;  // stdin a pipe closed at once, never a terminal
    int limitMs = 30000;
};

struct ConsoleRun
{
    int exitCode = -1; // -1: crashed, or killed at the limit
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

inline ConsoleRun runConsoleCommand(const QStringList &arguments, const ConsoleCommand &how = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    if (!how.home.isEmpty())
        environment.insert(QStringLiteral("HOME"), how.home);
    if (!how.configHome.isEmpty())
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), how.configHome);
    process.setProcessEnvironment(environment);
    if (!how.workingDirectory.isEmpty())
        process.setWorkingDirectory(how.workingDirectory);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(UCMC_BIN_DIR "/uc-media-console"), arguments);
    if (how.closeStdin)
        process.closeWriteChannel();
    if (!finished.wait(how.limitMs)) {
        process.kill();
        process.waitForFinished();
    }
    ConsoleRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace ucmc::test
