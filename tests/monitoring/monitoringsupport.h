#pragma once

// Test support for the monitoring subcommands: runs the real uc-media-console without a display
// while the test's own event loop keeps running (so simulated media servers in this process keep
// answering), starts simulated media servers on fresh loopback addresses, writes configurations.

#include "models/site.h"
#include "simulatedmediaserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

namespace ucmc::test {

struct Run
{
    int exitCode = -1; // -1: crashed or killed
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;

    QString line() const { return QString::fromUtf8(out).trimmed(); }
    QByteArray output() const { return out + err; } // for messages: stdout, then stderr
};

inline QProcessEnvironment headlessEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    return environment;
}

inline QString consolePath()
{
    return QStringLiteral(UCMC_BIN_DIR "/uc-media-console");
}

// The console's settings (its remembered sites) in a temporary folder, as the window keeps them:
// the child processes get HOME and XDG_CONFIG_HOME pointing here, the test writes sites directly.
class SettingsFolder
{
public:
    SettingsFolder()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("config/UC Media Console"));
        QDir(m_dir.path()).mkpath(QStringLiteral("home"));
    }
    bool isValid() const { return m_dir.isValid(); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = headlessEnvironment();
        environment.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        return environment;
    }

    // Remembers a site for this file (its id is the store's); returns it as stored.
    ucmc::Site addSite(const QString &configPath, const std::function<void(ucmc::Site &)> &setUp) const
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        ucmc::SiteStore store(settings);
        ucmc::Site site = store.open(configPath);
        setUp(site);
        store.save(site);
        settings.sync();
        return site;
    }

private:
    QString settingsFile() const
    {
        return m_dir.filePath(QStringLiteral("config/UC Media Console/uc-media-console.conf"));
    }

    QTemporaryDir m_dir;
};

// Runs a program to its end, spinning this thread's event loop meanwhile (simulators in this
// process keep answering); kills it after limitMs.
inline Run runProgram(const QString &program, const QStringList &arguments,
                      const QProcessEnvironment &environment, int limitMs = 30000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(limitMs, &loop, &QEventLoop::quit);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    Run run;
    run.elapsedMs = clock.elapsed();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
    } else if (process.exitStatus() == QProcess::NormalExit && process.error() != QProcess::FailedToStart) {
        run.exitCode = process.exitCode();
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// Runs the console to its end without a display; kills it after limitMs.
inline Run runConsole(const QStringList &arguments, int limitMs = 30000)
{
    return runProgram(consolePath(), arguments, headlessEnvironment(), limitMs);
}

// Each test server gets an address of its own in 127.0.7.0/24.
inline QHostAddress freshAddress()
{
    static int next = 10;
    return QHostAddress(QStringLiteral("127.0.7.%1").arg(next++));
}

// A simulated media server on this address (ephemeral ports); the test ends when it cannot start.
inline std::unique_ptr<kmssim::SimulatedMediaServer> startServerAt(const QHostAddress &address,
                                                                   kmssim::ServerConfig config = {})
{
    config.address = address;
    if (config.wsPort)
        config.wsPort = 0;
    if (config.wssPort)
        config.wssPort = 0;
    auto server = std::make_unique<kmssim::SimulatedMediaServer>(config);
    QString error;
    if (!server->start(&error))
        qFatal("simulator did not start: %s", qPrintable(error));
    return server;
}

inline std::unique_ptr<kmssim::SimulatedMediaServer> startServer(kmssim::ServerConfig config = {})
{
    return startServerAt(freshAddress(), std::move(config));
}

// A ws:// URL on which nothing listens (refused at once).
inline QString refusedUrl()
{
    QTcpServer placeholder;
    if (!placeholder.listen(freshAddress()))
        qFatal("no free port");
    const QString url = QStringLiteral("ws://%1:%2/kurento")
                            .arg(placeholder.serverAddress().toString())
                            .arg(placeholder.serverPort());
    placeholder.close();
    return url;
}

// An eucwebconfig.json with these URLs (written as the UC WebServer's file is).
inline QByteArray configJson(const QStringList &urls)
{
    QByteArray json = "{\n  \"kurentoservers\" : [\n";
    for (qsizetype i = 0; i < urls.size(); ++i) {
        QByteArray url = urls.at(i).toUtf8();
        url.replace('\\', "\\\\").replace('"', "\\\"");
        json += "    { \"url\" : \"" + url + "\" }" + (i + 1 < urls.size() ? ",\n" : "\n");
    }
    json += "  ],\n  \"webserver\" : { \"port\" : 7224 }\n}\n";
    return json;
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace ucmc::test
