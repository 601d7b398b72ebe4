#pragma once

// What the benchmarks share: the simulated media servers (kms-sim) and HAProxy checking them, in
// their own processes on loopback, and the Linux-only readings of CPU time and memory (/proc; the
// benchmarks run here, the product does not read /proc).

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QLocalSocket>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <unistd.h>
#include <vector>

namespace ucmc::bench {

// utime + stime of a process or thread, in seconds (fields 14 and 15 of stat).
inline double cpuSeconds(const QString &statPath)
{
    QFile f(statPath);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const qsizetype close = stat.lastIndexOf(')'); // the name may contain spaces
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields[11].toDouble() + fields[12].toDouble()) / ticks; // fields 14, 15 overall
}

// Time a thread spent on a CPU, in seconds, to the nanosecond (the first field of its schedstat,
// next to stat), or -1. At rest a thread runs a few hundred microseconds a second: stat's 10 ms
// ticks cannot tell 0.05 % from 0.06 % in a few minutes, the scheduler's own clock can.
inline double threadCpuSeconds(const QString &taskDir)
{
    QFile f(taskDir + QStringLiteral("/schedstat"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    bool ok = false;
    const qint64 ns = f.readAll().split(' ').value(0).toLongLong(&ok);
    return ok ? double(ns) / 1e9 : -1;
}

inline qint64 statusKiB(const QString &statusPath, const char *key)
{
    QFile f(statusPath);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qsizetype(qstrlen(key))).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

inline QString threadStat(const char *name)
{
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == name)
            return tasks.filePath(tid + QStringLiteral("/stat"));
    }
    return {};
}

inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    return values[size_t(std::min<double>(double(values.size() - 1), p * double(values.size() - 1) + 0.5))];
}

inline void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

inline QString commandLine(const QString &program, const QStringList &args)
{
    QStringList parts{program};
    for (const QString &a : args)
        parts << (a.contains(QLatin1Char(' ')) ? QLatin1Char('\'') + a + QLatin1Char('\'') : a);
    return parts.join(QLatin1Char(' '));
}

inline QByteArray configWith(const QStringList &urls)
{
    QByteArray json = "{\r\n   \"kurentoservers\" : [\r\n";
    for (qsizetype i = 0; i < urls.size(); ++i) {
        json += "      { \"url\" : \"" + urls[i].toUtf8() + "\" }";
        json += i + 1 < urls.size() ? ",\r\n" : "\r\n";
    }
    return json + "   ]\r\n}\r\n";
}

// One line to the simulator's control port, the reply up to "ok"/"error".
inline bool control(quint16 port, const QByteArray &command)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(2000))
        return false;
    socket.write(command + '\n');
    socket.flush();
    QByteArray reply;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 3000 && !reply.contains("ok\n") && !reply.contains("error")) {
        if (socket.waitForReadyRead(100))
            reply += socket.readAll();
    }
    return reply.contains("ok\n");
}

// `kms-sim --count N` next to the benchmark, on loopback; fills the servers' URLs and the control
// port. Ends the benchmark when the simulator does not start.
inline void startKmsSim(QProcess &sim, const QTemporaryDir &dir, int count, int threads, int lifetimeSeconds,
                        QStringList *urls, quint16 *controlPort)
{
    const QString simPath = QCoreApplication::applicationDirPath() + QStringLiteral("/kms-sim");
    const QStringList simArgs{QStringLiteral("--count"),        QString::number(count),
                              QStringLiteral("--port"),         QStringLiteral("0"),
                              QStringLiteral("--threads"),      QString::number(threads),
                              QStringLiteral("--control-port"), QStringLiteral("0"),
                              QStringLiteral("--lifetime"),     QString::number(lifetimeSeconds)};
    sim.setProcessChannelMode(QProcess::SeparateChannels);
    sim.setStandardErrorFile(dir.filePath(QStringLiteral("kms-sim.log")));
    sim.start(simPath, simArgs);
    say(QStringLiteral("kms-sim:   ") + commandLine(simPath, simArgs));
    QElapsedTimer t;
    t.start();
    QByteArray pending;
    bool ready = false;
    while (!ready && t.elapsed() < 120000 && sim.state() != QProcess::NotRunning) {
        sim.waitForReadyRead(200);
        pending += sim.readAllStandardOutput();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(nl).trimmed();
            pending.remove(0, nl + 1);
            if (line.startsWith("control "))
                *controlPort = quint16(line.mid(line.lastIndexOf(':') + 1).toUInt());
            else if (line.startsWith("listening "))
                *urls << QString::fromLatin1(line.split(' ').value(2));
            else if (line == "ready")
                ready = true;
        }
    }
    if (!ready || urls->size() != count || *controlPort == 0)
        qFatal("kms-sim did not start (see %s)", qPrintable(dir.filePath(QStringLiteral("kms-sim.log"))));
}

// HAProxy (Debian's package) health-checking the same servers with an HTTP check that performs the
// WebSocket upgrade, once a second. Without haproxy installed it says so and leaves `haproxy` idle.
inline void startHaproxy(QProcess &haproxy, const QTemporaryDir &dir, const QStringList &urls)
{
    const QString haproxyPath = QStandardPaths::findExecutable(QStringLiteral("haproxy"),
                                                               {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    if (haproxyPath.isEmpty()) {
        say(QStringLiteral("haproxy not found (scripts/deps.sh installs it): measuring the console alone"));
        return;
    }
    QByteArray cfg = "global\n"
                     "    nbthread 1\n"
                     "    maxconn 8192\n"
                     "    stats socket " + dir.filePath(QStringLiteral("haproxy.sock")).toUtf8() + " mode 600 level admin\n"
                     "defaults\n"
                     "    mode http\n"
                     "    timeout connect 1s\n"
                     "    timeout check 1s\n"
                     "    timeout client 5s\n"
                     "    timeout server 5s\n"
                     "backend kms\n"
                     "    option httpchk\n"
                     "    http-check send meth GET uri /kurento ver HTTP/1.1 hdr Host kms hdr Upgrade websocket "
                     "hdr Connection Upgrade hdr Sec-WebSocket-Key dGhlIHNhbXBsZSBub25jZQ== "
                     "hdr Sec-WebSocket-Version 13\n"
                     "    http-check expect status 101\n"
                     "    default-server check inter 1s fall 3 rise 2\n";
    for (int i = 0; i < urls.size(); ++i) {
        const QUrl url(urls[i]);
        cfg += "    server s" + QByteArray::number(i) + ' ' + url.host().toLatin1() + ':'
               + QByteArray::number(url.port()) + '\n';
    }
    QFile file(dir.filePath(QStringLiteral("haproxy.cfg")));
    if (!file.open(QIODevice::WriteOnly) || file.write(cfg) != cfg.size())
        qFatal("cannot write haproxy.cfg");
    file.close();
    const QStringList args{QStringLiteral("-db"), QStringLiteral("-f"), file.fileName()};
    haproxy.setStandardOutputFile(dir.filePath(QStringLiteral("haproxy.log")));
    haproxy.setStandardErrorFile(dir.filePath(QStringLiteral("haproxy.log")), QIODevice::Append);
    haproxy.start(haproxyPath, args);
    if (!haproxy.waitForStarted(5000))
        qFatal("haproxy did not start");
    say(QStringLiteral("haproxy:   ") + commandLine(haproxyPath, args) + QStringLiteral("   (config: 1 backend, %1 "
                                                                                   "servers, the check above)")
                                                                       .arg(urls.size()));
    say(QStringLiteral("           backend check: option httpchk; http-check send meth GET uri /kurento ver "
                       "HTTP/1.1 hdr Upgrade websocket hdr Connection Upgrade hdr Sec-WebSocket-Key … "
                       "hdr Sec-WebSocket-Version 13; http-check expect status 101; inter 1s"));
}

// How many servers HAProxy's check finds up now (-1: no HAProxy).
inline int haproxyUpCount(const QProcess &haproxy, const QTemporaryDir &dir)
{
    if (haproxy.processId() <= 0)
        return -1;
    QLocalSocket stats;
    stats.connectToServer(dir.filePath(QStringLiteral("haproxy.sock")));
    if (!stats.waitForConnected(2000))
        return -1;
    stats.write("show stat\n");
    stats.flush();
    QByteArray all;
    while (stats.waitForReadyRead(1000))
        all += stats.readAll();
    int up = 0;
    for (const QByteArray &line : all.split('\n')) // kms,s17,...,UP,... (not the backend line)
        up += line.startsWith("kms,s") && (line.contains(",UP,") || line.contains(",UP ")) ? 1 : 0;
    return up;
}

// Lets the calling thread's ordinary event loop run for ms (no polling).
inline void waitEvents(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// The GUI event loop's lag: a precise timer measuring its own lateness while `measuring` is on. It
// wakes the thread itself every period, so idle measurements leave it off.
class LagProbe
{
public:
    explicit LagProbe(int periodMs)
        : m_periodMs(periodMs)
    {
        m_clock.start();
        m_lastTick = m_clock.nsecsElapsed();
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(periodMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (measuring)
                m_lagMs.push_back(qMax(0.0, double(now - m_lastTick) / 1e6 - m_periodMs));
            m_lastTick = now;
        });
    }
    void start()
    {
        m_lastTick = m_clock.nsecsElapsed();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    bool measuring = false;

    // "GUI event-loop lag (10 ms timer, N samples): p50 …, p99 …, max …"
    QString summary() const
    {
        return QStringLiteral("GUI event-loop lag (%1 ms timer, %2 samples): p50 %3 ms, p99 %4 ms, max %5 ms")
            .arg(m_periodMs)
            .arg(m_lagMs.size())
            .arg(percentile(m_lagMs, 0.5), 0, 'f', 2)
            .arg(percentile(m_lagMs, 0.99), 0, 'f', 2)
            .arg(m_lagMs.empty() ? -1.0 : *std::max_element(m_lagMs.begin(), m_lagMs.end()), 0, 'f', 2);
    }

private:
    int m_periodMs;
    QElapsedTimer m_clock;
    qint64 m_lastTick = 0;
    QTimer m_timer;
    std::vector<double> m_lagMs;
};

} // namespace ucmc::bench
