// The monitor's own WebSocket client (ucmc::KurentoSocket) next to Qt's QWebSocket, measured the
// same way: `kms-sim --count N` in its own process on loopback, N connections of one client kind
// in the main thread (Qt's own event dispatcher), the same Kurento JSON-RPC ping on every
// connection once a second, spread evenly over the second by one QTimer that drives all
// connections. Over the measured window it prints the process CPU time (getrusage) per answered
// ping and the resident memory.
//
// --failures instead runs a few scripted failures against small servers in this process on
// 127.0.0.1 and prints what each client reports (stage, timings, HTTP status, close code).
//
// Prints figures only; asserts nothing (not a ctest test).
//
// Run:  cmake --preset release && cmake --build build-release --target bench_wsclient kms-sim
//       build-release/bin/bench_wsclient --client kurento|qwebsocket [--count 1000] [--seconds 30]
//            [--warmup 5] [--sim-threads 2] [--burst]
//       build-release/bin/bench_wsclient --failures
// Everything listens on 127.0.0.0/8; the bench ends by itself and ends its kms-sim child.

#include "net/monitor/kurentosocket.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QMetaEnum>
#include <QNetworkProxy>
#include <QPointer>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <cstdio>
#include <functional>
#include <memory>
#include <sys/resource.h>
#include <tuple>
#include <vector>

using namespace ucmc;

namespace {

enum class ClientKind { Kurento, QtWebSocket };

struct Options
{
    ClientKind client = ClientKind::Kurento;
    int count = 1000;
    int seconds = 30;
    int warmup = 5;
    int simThreads = 2;
    bool failures = false;
    bool burst = false; // all pings of a second at once (the monitor's grid for a small installation)
};

Options parseOptions(const QStringList &args)
{
    Options o;
    const auto value = [&](const char *name, int fallback) {
        const qsizetype i = args.indexOf(QString::fromLatin1(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
    };
    const qsizetype c = args.indexOf(QStringLiteral("--client"));
    if (c >= 0 && c + 1 < args.size()) {
        if (args[c + 1] == QLatin1String("qwebsocket"))
            o.client = ClientKind::QtWebSocket;
        else if (args[c + 1] != QLatin1String("kurento"))
            qFatal("--client kurento|qwebsocket");
    }
    o.count = qBound(1, value("--count", o.count), 5000);
    o.burst = args.contains(QStringLiteral("--burst"));
    o.seconds = qBound(5, value("--seconds", o.seconds), 3600);
    o.warmup = qBound(1, value("--warmup", o.warmup), 300);
    o.simThreads = qBound(0, value("--sim-threads", o.simThreads), 16);
    o.failures = args.contains(QStringLiteral("--failures"));
    return o;
}

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

// User + system CPU time of this process, in seconds.
double processCpuSeconds()
{
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

qint64 statusKiB(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qsizetype(qstrlen(key))).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Runs the event loop for `ms` (bounded).
void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Runs the event loop until `done()` or `ms` passed.
void waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        wait(10);
}

QByteArray pingRequest(quint64 id)
{
    return QByteArrayLiteral("{\"id\":") + QByteArray::number(id)
           + QByteArrayLiteral(",\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"params\":{\"interval\":1000}}");
}

// What the measured loop needs from a connection of either kind.
class Connection
{
public:
    virtual ~Connection() = default;
    virtual void open(const QUrl &url) = 0;
    virtual bool isOpen() const = 0;
    virtual void sendPing(quint64 id) = 0;
    virtual void abort() = 0;
    quint64 pongs = 0;
    quint64 failures = 0;
};

class KurentoConnection final : public Connection, public KurentoSocket::Handler
{
public:
    KurentoConnection() : m_socket(this) {}
    void open(const QUrl &url) override { m_socket.open(url); }
    bool isOpen() const override { return m_socket.isOpen(); }
    void sendPing(quint64 id) override { m_socket.sendText(pingRequest(id)); }
    void abort() override { m_socket.abort(); }

    void socketOpened() override {}
    void socketMessage(QByteArrayView message) override
    {
        if (QByteArrayView(message).contains(QByteArrayView("\"pong\"")))
            ++pongs;
    }
    void socketFailed(const SocketFailure &) override { ++failures; }

private:
    KurentoSocket m_socket;
};

class QtConnection final : public Connection
{
public:
    QtConnection()
    {
        m_socket.setProxy(QNetworkProxy::NoProxy); // as KurentoSocket: loopback only, never a proxy
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString &message) {
            if (message.contains(QLatin1String("\"pong\"")))
                ++pongs;
        });
        QObject::connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), [this](QAbstractSocket::SocketError) { ++failures; });
    }
    void open(const QUrl &url) override { m_socket.open(url); }
    bool isOpen() const override { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void sendPing(quint64 id) override { m_socket.sendTextMessage(QString::fromLatin1(pingRequest(id))); }
    void abort() override { m_socket.abort(); }

private:
    QWebSocket m_socket;
};

// --- the measured run against kms-sim -----------------------------------------------------------

int runPings(const Options &o)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        qFatal("no temporary folder");
    const char *kind = o.client == ClientKind::Kurento ? "kurento (ucmc::KurentoSocket)" : "qwebsocket (QWebSocket)";
    say(QStringLiteral("bench_wsclient: client %1, %2 connections, %3 s warm-up, %4 s measured, a ping per "
                       "connection per second; command: %5")
            .arg(QLatin1String(kind))
            .arg(o.count)
            .arg(o.warmup)
            .arg(o.seconds)
            .arg(QCoreApplication::arguments().join(QLatin1Char(' '))));

    // The simulated media servers in their own process; it prints `listening <i> <url>` per server,
    // then `ready`, and ends at EOF on its stdin (and after --lifetime anyway).
    const QString simPath = QCoreApplication::applicationDirPath() + QStringLiteral("/kms-sim");
    const QStringList simArgs{QStringLiteral("--count"),   QString::number(o.count),
                              QStringLiteral("--port"),    QStringLiteral("0"),
                              QStringLiteral("--threads"), QString::number(o.simThreads),
                              QStringLiteral("--lifetime"), QString::number(o.warmup + o.seconds + 120)};
    QProcess sim;
    sim.setStandardErrorFile(dir.filePath(QStringLiteral("kms-sim.log")));
    sim.start(simPath, simArgs);
    say(QStringLiteral("kms-sim:   %1 %2").arg(simPath, simArgs.join(QLatin1Char(' '))));
    QList<QUrl> urls;
    {
        QElapsedTimer t;
        t.start();
        QByteArray pending;
        bool ready = false;
        while (!ready && t.elapsed() < 120000 && sim.state() != QProcess::NotRunning) {
            sim.waitForReadyRead(200);
            pending += sim.readAllStandardOutput();
            for (qsizetype nl = pending.indexOf('\n'); nl >= 0 && !ready; nl = pending.indexOf('\n')) {
                const QByteArray line = pending.left(nl).trimmed();
                pending.remove(0, nl + 1);
                if (line.startsWith("listening "))
                    urls << QUrl(QString::fromLatin1(line.split(' ').value(2)));
                else if (line == "ready")
                    ready = true;
            }
        }
        if (!ready || urls.size() != o.count)
            qFatal("kms-sim did not start (see %s)", qPrintable(dir.filePath(QStringLiteral("kms-sim.log"))));
        for (const QUrl &url : std::as_const(urls)) {
            if (!url.host().startsWith(QLatin1String("127.")))
                qFatal("kms-sim listens outside 127.0.0.0/8: %s", qPrintable(url.toString()));
        }
    }

    const double rss0 = double(statusKiB("VmRSS:")) / 1024.0;
    std::vector<std::unique_ptr<Connection>> connections;
    connections.reserve(size_t(o.count));
    for (int i = 0; i < o.count; ++i) {
        if (o.client == ClientKind::Kurento)
            connections.push_back(std::make_unique<KurentoConnection>());
        else
            connections.push_back(std::make_unique<QtConnection>());
        connections.back()->open(urls[i]);
    }

    // One timer drives all connections: 100 slots per second, connection i pings in slot
    // i * 100 / N, so the pings are spread evenly over the second. Slots missed by a late timer are
    // caught up (at most one second's worth per timeout). --burst: one slot, all pings at once,
    // one wake-up a second: what the bare transport costs at a small installation's size.
    const int kSlots = o.burst ? 1 : 100;
    const int kSlotMs = 1000 / kSlots;
    std::vector<std::vector<int>> slotMembers(kSlots);
    for (int i = 0; i < o.count; ++i)
        slotMembers[size_t(qint64(i) * kSlots / o.count)].push_back(i);
    QElapsedTimer clock;
    clock.start();
    qint64 slotsDone = 0;
    quint64 nextId = 1;
    quint64 sent = 0;
    QTimer pinger;
    pinger.setTimerType(Qt::PreciseTimer);
    pinger.setInterval(kSlotMs);
    QObject::connect(&pinger, &QTimer::timeout, [&] {
        const qint64 due = clock.elapsed() / kSlotMs;
        for (int n = 0; slotsDone < due && n < kSlots; ++n, ++slotsDone) {
            for (const int i : slotMembers[size_t(slotsDone % kSlots)]) {
                Connection &c = *connections[size_t(i)];
                if (c.isOpen()) {
                    c.sendPing(nextId++);
                    ++sent;
                }
            }
        }
        slotsDone = qMax(slotsDone, due); // more than a second late: skip, do not burst
    });
    pinger.start();

    const auto totals = [&] {
        quint64 pongs = 0, failures = 0;
        int open = 0;
        for (const auto &c : connections) {
            pongs += c->pongs;
            failures += c->failures;
            open += c->isOpen() ? 1 : 0;
        }
        return std::make_tuple(pongs, failures, open);
    };

    wait(o.warmup * 1000);
    const auto [pongsW, failuresW, openW] = totals();
    say(QStringLiteral("after warm-up: %1 of %2 connections open, %3 failures, %4 pongs")
            .arg(openW)
            .arg(o.count)
            .arg(failuresW)
            .arg(pongsW));

    const double cpu0 = processCpuSeconds();
    const quint64 sent0 = sent;
    const auto [pongs0, failures0, open0] = totals();
    QElapsedTimer window;
    window.start();
    wait(o.seconds * 1000);
    const double seconds = double(window.elapsed()) / 1000.0;
    const double cpu = processCpuSeconds() - cpu0;
    const auto [pongs1, failures1, open1] = totals();
    const quint64 pongs = pongs1 - pongs0;
    const quint64 pings = sent - sent0;
    const double rss = double(statusKiB("VmRSS:")) / 1024.0;
    const double hwm = double(statusKiB("VmHWM:")) / 1024.0;
    pinger.stop();

    say(QString());
    say(QStringLiteral("measured over %1 s, event dispatcher %2 (main thread, Qt's own)")
            .arg(seconds, 0, 'f', 1)
            .arg(QLatin1String(QCoreApplication::eventDispatcher()->metaObject()->className())));
    say(QStringLiteral("connections open at the end   %1 of %2 (failures in the window: %3)")
            .arg(open1)
            .arg(o.count)
            .arg(failures1 - failures0));
    say(QStringLiteral("pings sent / pongs counted    %1 / %2").arg(pings).arg(pongs));
    say(QStringLiteral("CPU, % of one core            %1 %").arg(100.0 * cpu / seconds, 0, 'f', 3));
    say(QStringLiteral("CPU per answered ping         %1 µs").arg(pongs ? 1e6 * cpu / double(pongs) : -1.0, 0, 'f', 1));
    say(QStringLiteral("resident memory               %1 MB (peak %2 MB; %3 MB before the connections)")
            .arg(rss, 0, 'f', 1)
            .arg(hwm, 0, 'f', 1)
            .arg(rss0, 0, 'f', 1));

    // The end: connections, then kms-sim.
    for (const auto &c : connections)
        c->abort();
    connections.clear();
    sim.closeWriteChannel(); // kms-sim ends at EOF on its stdin
    if (!sim.waitForFinished(5000)) {
        sim.kill();
        sim.waitForFinished(2000);
    }
    return 0;
}

// --- scripted failures: what each client reports ------------------------------------------------

enum class Script { Refuse403, Close1011, Drop, TooLarge, Silent };

// A one-connection-at-a-time server on 127.0.0.1 that answers the upgrade as scripted.
class ScriptedServer : public QObject
{
public:
    explicit ScriptedServer(Script script) : m_script(script)
    {
        if (!m_server.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0))
            qFatal("cannot listen on 127.0.0.1");
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                s->setParent(this);
                auto request = std::make_shared<QByteArray>();
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, request] {
                    const bool upgraded = request->contains("\r\n\r\n");
                    *request += s->read(64 * 1024);
                    if (upgraded) { // a close frame (or anything) after the upgrade: we are done
                        s->disconnectFromHost();
                        return;
                    }
                    if (!request->contains("\r\n\r\n") || request->size() > 16 * 1024)
                        return;
                    answer(s, *request);
                });
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/kurento").arg(m_server.serverPort())); }

private:
    void answer(QTcpSocket *s, const QByteArray &request)
    {
        QByteArray key;
        for (const QByteArray &line : request.split('\n')) {
            if (line.toLower().startsWith("sec-websocket-key:"))
                key = line.mid(18).trimmed();
        }
        const QByteArray accept =
            QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"), QCryptographicHash::Sha1).toBase64();
        const QByteArray switching = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                                     "Sec-WebSocket-Accept: " + accept + "\r\n\r\n";
        switch (m_script) {
        case Script::Refuse403:
            s->write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            s->disconnectFromHost();
            break;
        case Script::Close1011: {
            QByteArray frame = switching;
            frame += char(0x88); // FIN + close
            frame += char(2 + 3);
            frame += char(0x03); // 1011: internal error
            frame += char(0xF3);
            frame += "bye";
            s->write(frame);
            break;
        }
        case Script::Drop: // open, then the TCP connection ends without a close frame
            s->write(switching);
            s->flush();
            QTimer::singleShot(50, s, [s] { s->abort(); });
            break;
        case Script::TooLarge: {
            // A text frame that announces 2 MiB (both clients limited to 1 MiB), then 64 KiB of it.
            QByteArray frame = switching;
            frame += char(0x81);
            frame += char(127);
            const quint64 length = 2 * 1024 * 1024;
            for (int shift = 56; shift >= 0; shift -= 8)
                frame += char((length >> shift) & 0xFF);
            frame += QByteArray(64 * 1024, 'x');
            s->write(frame);
            break;
        }
        case Script::Silent: // TCP accepted, the upgrade never answered
            break;
        }
    }

    Script m_script;
    QTcpServer m_server;
};

QString timingsText(const StageTimings &t)
{
    const auto ms = [](double v) { return v < 0 ? QStringLiteral("–") : QString::number(v, 'f', 2); };
    return QStringLiteral("dns %1, tcp %2, tls %3, upgrade %4 ms").arg(ms(t.dnsMs), ms(t.tcpMs), ms(t.tlsMs), ms(t.upgradeMs));
}

struct KurentoProbe final : KurentoSocket::Handler
{
    KurentoProbe() : socket(this) {}
    void socketOpened() override { opened = true; }
    void socketMessage(QByteArrayView) override {}
    void socketFailed(const SocketFailure &f) override
    {
        failure = f;
        failed = true;
    }
    KurentoSocket socket;
    SocketFailure failure;
    bool opened = false;
    bool failed = false;
};

QString kurentoReport(const QUrl &url, int deadlineMs)
{
    KurentoProbe probe;
    probe.socket.open(url);
    waitFor([&] { return probe.failed; }, deadlineMs);
    SocketFailure f = probe.failure;
    const StageTimings timings = probe.socket.timings(); // before abort() starts over
    QString how = QStringLiteral("callback");
    if (!probe.failed) { // the caller's deadline: the socket says what a timeout now means
        f = probe.socket.timeoutFailure();
        static const char *const stages[] = {"Idle", "Resolving", "Connecting", "TlsHandshake", "Upgrading", "Open", "Closed"};
        how = QStringLiteral("deadline, stage %1").arg(QLatin1String(stages[int(probe.socket.stage())]));
        probe.socket.abort();
    }
    return QStringLiteral("%1: code %2, HTTP %3, close %4, \"%5\"; %6")
        .arg(how, failureCodeId(f.code))
        .arg(f.httpStatus)
        .arg(f.closeCode)
        .arg(f.detail, timingsText(timings));
}

QString qtReport(const QUrl &url, int deadlineMs)
{
    QWebSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.setMaxAllowedIncomingFrameSize(quint64(KurentoSocket::kMaxMessageBytes));
    socket.setMaxAllowedIncomingMessageSize(quint64(KurentoSocket::kMaxMessageBytes));
    QStringList seen;
    bool ended = false;
    QObject::connect(&socket, &QWebSocket::connected, [&] { seen << QStringLiteral("connected"); });
    QObject::connect(&socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), [&](QAbstractSocket::SocketError e) {
        seen << QStringLiteral("error(%1)").arg(QLatin1String(QMetaEnum::fromType<QAbstractSocket::SocketError>().valueToKey(e)));
    });
    QObject::connect(&socket, &QWebSocket::disconnected, [&] {
        seen << QStringLiteral("disconnected");
        ended = true;
    });
    socket.open(url);
    waitFor([&] { return ended; }, deadlineMs);
    QString how = QStringLiteral("signals");
    if (!ended)
        how = QStringLiteral("deadline, state %1")
                  .arg(QLatin1String(QMetaEnum::fromType<QAbstractSocket::SocketState>().valueToKey(socket.state())));
    const QString text = QStringLiteral("%1: %2; closeCode %3, closeReason \"%4\", errorString \"%5\"")
                             .arg(how, seen.join(QLatin1Char(' ')))
                             .arg(int(socket.closeCode()))
                             .arg(socket.closeReason(), socket.errorString());
    socket.abort();
    return text;
}

int runFailures()
{
    say(QStringLiteral("bench_wsclient --failures: what each client reports (servers in this process on 127.0.0.1; "
                       "both clients limited to %1 bytes per message)")
            .arg(KurentoSocket::kMaxMessageBytes));
    {
        const QWebSocket fresh;
        say(QStringLiteral("QWebSocket defaults: maxAllowedIncomingMessageSize %1 bytes, maxAllowedIncomingFrameSize %2 bytes")
                .arg(fresh.maxAllowedIncomingMessageSize())
                .arg(fresh.maxAllowedIncomingFrameSize()));
    }
    QUrl closedPort;
    {
        QTcpServer s; // a port that was just free: nothing listens there any more
        if (!s.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0))
            qFatal("cannot listen on 127.0.0.1");
        closedPort = QUrl(QStringLiteral("ws://127.0.0.1:%1/kurento").arg(s.serverPort()));
    }
    const auto scenario = [](const QString &name, const QUrl &url) {
        say(QString());
        say(name + QStringLiteral("  (") + url.toString() + QLatin1Char(')'));
        say(QStringLiteral("  KurentoSocket: ") + kurentoReport(url, 1000));
        say(QStringLiteral("  QWebSocket:    ") + qtReport(url, 1000));
    };
    scenario(QStringLiteral("nothing listens (TCP refused)"), closedPort);
    ScriptedServer refuse(Script::Refuse403);
    scenario(QStringLiteral("upgrade answered 403 Forbidden"), refuse.url());
    ScriptedServer closing(Script::Close1011);
    scenario(QStringLiteral("open, then the server closes with 1011 \"bye\""), closing.url());
    ScriptedServer drop(Script::Drop);
    scenario(QStringLiteral("open, then TCP dropped without a close frame"), drop.url());
    ScriptedServer large(Script::TooLarge);
    scenario(QStringLiteral("open, then a text frame announcing 2 MiB"), large.url());
    ScriptedServer silent(Script::Silent);
    scenario(QStringLiteral("TCP accepted, upgrade never answered (1 s deadline)"), silent.url());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_LOGGING_RULES", "*.debug=false;ucmc.*.info=false");
    QCoreApplication app(argc, argv);
    const Options o = parseOptions(QCoreApplication::arguments());
    return o.failures ? runFailures() : runPings(o);
}
