#pragma once

#include <QList>
#include <QMap>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace simtest {

// The kms-sim executable as a child process: waits for its "ready" line, collects the
// "listening <index> <url>" lines and talks to it over stdin like the console's demo mode does.
class SimProcess
{
public:
    SimProcess();
    ~SimProcess();

    bool start(const QStringList &arguments, int timeoutMs = 15000);
    QStringList command(const QString &line, int timeoutMs = 5000); // lines up to "ok"/"error ..."
    bool waitForExit(int timeoutMs);

    QProcess process;
    QStringList startLines;
    QMap<int, QList<QUrl>> urls;
    quint16 controlPort = 0;
    QString errorText; // stderr and what went wrong

private:
    QString readLine(int timeoutMs);
    QByteArray m_buffer;
};

QString simulatorExecutable();

} // namespace simtest
