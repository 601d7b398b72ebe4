// The kms-sim executable as a parent process sees it: start-up lines, stdin commands, the
// control port, exit on stdin EOF or --lifetime, option errors, and wss with --self-signed.
#include "rawwsclient.h"
#include "rpchelpers.h"
#include "simprocess.h"
#include "wait.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace simtest;

class TestExecutable : public QObject
{
    Q_OBJECT

private slots:
    void startupLines();
    void stdinCommands();
    void quitCommand();
    void exitsWhenStdinCloses();
    void noStdinAndLifetime();
    void controlPort();
    void wssSelfSigned();
    void faultAtStart();
    void optionErrors();
    void help();

private:
    static QString versionAt(const QUrl &url);
};

QString TestExecutable::versionAt(const QUrl &url)
{
    RawWsClient c;
    if (!c.open(QHostAddress(url.host()), quint16(url.port()), url.scheme() == QLatin1String("wss")))
        return {};
    const auto reply = call(c, invokeRequest(1, QStringLiteral("getInfo")));
    return reply ? reply->value(QStringLiteral("result"))
                       .toObject()
                       .value(QStringLiteral("value"))
                       .toObject()
                       .value(QStringLiteral("version"))
                       .toString()
                 : QString();
}

void TestExecutable::startupLines()
{
    SimProcess sim;
    QVERIFY2(sim.start({QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--address"),
                        QStringLiteral("127.0.55.1"), QStringLiteral("--port"), QStringLiteral("0"),
                        QStringLiteral("--version"), QStringLiteral("2=6.16.0")}),
             qPrintable(sim.errorText));
    QCOMPARE(sim.startLines.size(), 4);
    static const QRegularExpression line(
        QStringLiteral("^listening (\\d) ws://127\\.0\\.55\\.(\\d):(\\d+)/kurento$"));
    for (int i = 0; i < 3; ++i) {
        const auto m = line.match(sim.startLines[i]);
        QVERIFY2(m.hasMatch(), qPrintable(sim.startLines[i]));
        QCOMPARE(m.captured(1).toInt(), i);
        QCOMPARE(m.captured(2).toInt(), i + 1);
    }
    QCOMPARE(sim.startLines.last(), QStringLiteral("ready"));
    QCOMPARE(versionAt(sim.urls[0].front()), QStringLiteral("7.3.0"));
    QCOMPARE(versionAt(sim.urls[2].front()), QStringLiteral("6.16.0"));
}

void TestExecutable::stdinCommands()
{
    SimProcess sim;
    QVERIFY2(sim.start({QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--address"),
                        QStringLiteral("127.0.55.10"), QStringLiteral("--port"), QStringLiteral("0")}),
             qPrintable(sim.errorText));
    QStringList status = sim.command(QStringLiteral("status"));
    QCOMPARE(status.size(), 3);
    QCOMPARE(status.last(), QStringLiteral("ok"));
    const QString idBefore =
        QRegularExpression(QStringLiteral("serverId=(\\S+)")).match(status[1]).captured(1);
    QVERIFY(!idBefore.isEmpty());

    const QUrl url0 = sim.urls[0].front();
    QCOMPARE(sim.command(QStringLiteral("fault 0 refuse")), QStringList{QStringLiteral("ok")});
    RawWsClient refused;
    QVERIFY(!refused.connectTcp(QHostAddress(url0.host()), quint16(url0.port()), false, 1000));
    QCOMPARE(sim.command(QStringLiteral("clear 0")), QStringList{QStringLiteral("ok")});
    QCOMPARE(versionAt(url0), QStringLiteral("7.3.0"));

    QCOMPARE(sim.command(QStringLiteral("restart 1")), QStringList{QStringLiteral("ok")});
    QCOMPARE(sim.command(QStringLiteral("pipelines 1 4")), QStringList{QStringLiteral("ok")});
    status = sim.command(QStringLiteral("status 1"));
    QCOMPARE(status.size(), 2);
    QVERIFY(status[0].contains(QLatin1String("pipelines=4")));
    QVERIFY(!status[0].contains(idBefore));
    const QStringList bad = sim.command(QStringLiteral("fault 5 refuse"));
    QCOMPARE(bad.size(), 1);
    QVERIFY(bad.front().startsWith(QLatin1String("error ")));
}

void TestExecutable::quitCommand()
{
    SimProcess sim;
    QVERIFY2(sim.start({QStringLiteral("--address"), QStringLiteral("127.0.55.20"), QStringLiteral("--port"),
                        QStringLiteral("0")}),
             qPrintable(sim.errorText));
    QCOMPARE(sim.command(QStringLiteral("quit")), QStringList{QStringLiteral("ok")});
    QVERIFY(sim.waitForExit(3000));
    QCOMPARE(sim.process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(sim.process.exitCode(), 0);
}

void TestExecutable::exitsWhenStdinCloses()
{
    SimProcess sim;
    QVERIFY2(sim.start({QStringLiteral("--address"), QStringLiteral("127.0.55.21"), QStringLiteral("--port"),
                        QStringLiteral("0")}),
             qPrintable(sim.errorText));
    sim.process.closeWriteChannel(); // what happens when the parent dies
    QVERIFY(sim.waitForExit(3000));
    QCOMPARE(sim.process.exitCode(), 0);
}

void TestExecutable::noStdinAndLifetime()
{
    SimProcess sim;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(sim.start({QStringLiteral("--address"), QStringLiteral("127.0.55.22"), QStringLiteral("--port"),
                        QStringLiteral("0"), QStringLiteral("--no-stdin"), QStringLiteral("--lifetime"),
                        QStringLiteral("0.8")}),
             qPrintable(sim.errorText));
    sim.process.closeWriteChannel();
    QTest::qWait(200);
    QCOMPARE(sim.process.state(), QProcess::Running); // stdin EOF is ignored
    QVERIFY(sim.waitForExit(3000));
    QVERIFY(timer.elapsed() >= 750);
    QCOMPARE(sim.process.exitCode(), 0);
}

void TestExecutable::controlPort()
{
    SimProcess sim;
    QVERIFY2(sim.start({QStringLiteral("--address"), QStringLiteral("127.0.55.23"), QStringLiteral("--port"),
                        QStringLiteral("0"), QStringLiteral("--control-port"), QStringLiteral("0")}),
             qPrintable(sim.errorText));
    QVERIFY(sim.controlPort != 0);
    QVERIFY(sim.startLines.front().startsWith(QLatin1String("control 127.0.0.1:")));
    QTcpSocket control;
    control.connectToHost(QHostAddress::LocalHost, sim.controlPort);
    QVERIFY(simtest::waitFor([&] { return control.state() == QAbstractSocket::ConnectedState; }, 3000));
    control.write("fault 0 garbage\nstatus\n");
    QByteArray replies;
    QVERIFY(simtest::waitFor(
        [&] {
            replies += control.readAll();
            return replies.count("ok\n") >= 2;
        },
        3000));
    QVERIFY2(replies.contains("fault=garbage"), replies.constData());
    RawWsClient c;
    const QUrl url = sim.urls[0].front();
    QVERIFY(c.open(QHostAddress(url.host()), quint16(url.port())));
    c.sendText(pingRequest(1));
    QVERIFY(c.waitForMessages(1));
    QVERIFY(QJsonDocument::fromJson(c.takeMessages().front().payload).isNull());
}

void TestExecutable::wssSelfSigned()
{
    SimProcess sim;
    QVERIFY2(sim.start({QStringLiteral("--wss"), QStringLiteral("--self-signed"), QStringLiteral("--address"),
                        QStringLiteral("127.0.55.30"), QStringLiteral("--port"), QStringLiteral("0")}),
             qPrintable(sim.errorText));
    const QUrl url = sim.urls[0].front();
    QCOMPARE(url.scheme(), QStringLiteral("wss"));
    RawWsClient c;
    QVERIFY(c.open(QHostAddress(url.host()), quint16(url.port()), true));
    QCOMPARE(c.socket()->peerCertificate().subjectInfo(QSslCertificate::CommonName).value(0),
             QStringLiteral("127.0.55.30"));
    QVERIFY(call(c, pingRequest(1)));
}

void TestExecutable::faultAtStart()
{
    SimProcess sim;
    QVERIFY2(sim.start({QStringLiteral("--address"), QStringLiteral("127.0.55.40"), QStringLiteral("--port"),
                        QStringLiteral("0"), QStringLiteral("--fault"), QStringLiteral("0=wrong-id")}),
             qPrintable(sim.errorText));
    RawWsClient c;
    const QUrl url = sim.urls[0].front();
    QVERIFY(c.open(QHostAddress(url.host()), quint16(url.port())));
    const auto reply = call(c, pingRequest(7));
    QVERIFY(reply);
    QVERIFY(reply->value(QStringLiteral("id")).toInteger() != 7);
}

void TestExecutable::optionErrors()
{
    QProcess p;
    p.start(simulatorExecutable(),
            {QStringLiteral("--address"), QStringLiteral("192.168.7.7"), QStringLiteral("--no-stdin")});
    QVERIFY(p.waitForFinished(5000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardError().contains("127.0.0.0/8"));
    QVERIFY(p.readAllStandardOutput().isEmpty());

    // A port that is taken is a run-time error (exit code 1) and nothing claims to be ready.
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress(QStringLiteral("127.0.55.50")), 0));
    p.start(simulatorExecutable(),
            {QStringLiteral("--address"), QStringLiteral("127.0.55.50"), QStringLiteral("--port"),
             QString::number(taken.serverPort()), QStringLiteral("--no-stdin")});
    QVERIFY(p.waitForFinished(5000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(!p.readAllStandardOutput().contains("ready"));
}

void TestExecutable::help()
{
    QProcess p;
    p.start(simulatorExecutable(), {QStringLiteral("--help")});
    QVERIFY(p.waitForFinished(5000));
    QCOMPARE(p.exitCode(), 0);
    const QByteArray out = p.readAllStandardOutput();
    for (const char *option :
         {"--count", "--consecutive-ports", "--wss-index", "--fault", "--control-port", "--lifetime"})
        QVERIFY2(out.contains(option), option);
}

QTEST_GUILESS_MAIN(TestExecutable)
#include "tst_sim_executable.moc"
