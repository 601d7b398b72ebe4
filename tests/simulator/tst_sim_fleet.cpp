// Many servers in one process: addresses and ports, per-server versions, wss mixing, the control
// command parser, and a fleet of 1000 servers answering.
#include "rawwsclient.h"
#include "rpchelpers.h"
#include "simulatorfleet.h"
#include "wait.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <algorithm>

using namespace kmssim;
using namespace simtest;

class TestFleet : public QObject
{
    Q_OBJECT

private slots:
    void loopbackAddressesWrapOctets();
    void optionDefaults();
    void optionErrors_data();
    void optionErrors();
    void severalServersOnConsecutiveAddresses();
    void consecutivePorts();
    void perServerVersions();
    void wssOnlyForSomeServers();
    void controlCommands();
    void thousandServers();

private:
    static std::optional<FleetOptions> parse(const QStringList &args, QString *error = nullptr);
    static QString versionOf(SimulatedMediaServer &server);
};

std::optional<FleetOptions> TestFleet::parse(const QStringList &args, QString *error)
{
    QString ignored;
    return FleetOptions::parse(QStringList{QStringLiteral("kms-sim")} + args, error ? error : &ignored);
}

QString TestFleet::versionOf(SimulatedMediaServer &server)
{
    RawWsClient c;
    if (!c.open(server.address(), server.port(), server.isSecure()))
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

void TestFleet::loopbackAddressesWrapOctets()
{
    const QHostAddress first(QStringLiteral("127.0.0.250"));
    QCOMPARE(loopbackAddress(first, 5)->toString(), QStringLiteral("127.0.0.255"));
    QCOMPARE(loopbackAddress(first, 6)->toString(), QStringLiteral("127.0.1.0"));
    QCOMPARE(loopbackAddress(QHostAddress(QStringLiteral("127.0.255.255")), 1)->toString(),
             QStringLiteral("127.1.0.0"));
    QCOMPARE(loopbackAddress(QHostAddress(QStringLiteral("127.0.0.11")), 999)->toString(),
             QStringLiteral("127.0.3.242"));
    QVERIFY(!loopbackAddress(QHostAddress(QStringLiteral("127.255.255.250")), 5)); // broadcast
    QVERIFY(!loopbackAddress(QHostAddress(QStringLiteral("10.0.0.1")), 0));
    QVERIFY(!loopbackAddress(QHostAddress(QStringLiteral("127.0.0.0")), 0)); // network address
}

void TestFleet::optionDefaults()
{
    const auto o = parse({});
    QVERIFY(o);
    QCOMPARE(o->count, 1);
    QCOMPARE(o->address.toString(), QStringLiteral("127.0.0.11"));
    QCOMPARE(o->port, quint16(8888));
    QCOMPARE(o->securePort, quint16(8433));
    QCOMPARE(o->defaultVersion, QStringLiteral("7.3.0"));
    QCOMPARE(o->base.gcPeriod.count(), 240000);
    QCOMPARE(o->base.requestCacheTimeout.count(), 20000);
    QVERIFY(o->readStdin);
    const auto configs = o->serverConfigs(nullptr);
    QVERIFY(configs);
    QCOMPARE(configs->front().wsPort.value_or(0), quint16(8888));
    QVERIFY(!configs->front().wssPort);

    const auto wss = parse({QStringLiteral("--wss"), QStringLiteral("--self-signed"),
                            QStringLiteral("--count"), QStringLiteral("2")});
    QVERIFY(wss);
    QCOMPARE(wss->securePort, quint16(8433)); // wss default port
    const auto full = parse({QStringLiteral("--count"), QStringLiteral("1000")});
    QVERIFY(full);
    QCOMPARE(full->addressOf(999).toString(), QStringLiteral("127.0.3.242"));
}

void TestFleet::optionErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("not loopback") << QStringList{QStringLiteral("--address"), QStringLiteral("192.168.1.10")}
                                  << QStringLiteral("127.0.0.0/8");
    QTest::newRow("leaves 127/8") << QStringList{QStringLiteral("--address"),
                                                 QStringLiteral("127.255.255.200"), QStringLiteral("--count"),
                                                 QStringLiteral("100")}
                                  << QStringLiteral("leave");
    QTest::newRow("zero servers") << QStringList{QStringLiteral("--count"), QStringLiteral("0")}
                                  << QStringLiteral("--count");
    QTest::newRow("wss without certificate")
        << QStringList{QStringLiteral("--wss")} << QStringLiteral("certificate");
    QTest::newRow("bad fault") << QStringList{QStringLiteral("--fault"), QStringLiteral("0=explode")}
                               << QStringLiteral("unknown fault");
    QTest::newRow("fault index") << QStringList{QStringLiteral("--fault"), QStringLiteral("3=refuse")}
                                 << QStringLiteral("--fault");
    QTest::newRow("version index") << QStringList{QStringLiteral("--version"), QStringLiteral("1=6.0.0")}
                                   << QStringLiteral("--version");
    QTest::newRow("ports overflow") << QStringList{QStringLiteral("--consecutive-ports"),
                                                   QStringLiteral("--port"), QStringLiteral("65530"),
                                                   QStringLiteral("--count"), QStringLiteral("10")}
                                    << QStringLiteral("65536");
    QTest::newRow("two wss styles") << QStringList{QStringLiteral("--wss"), QStringLiteral("--dual"),
                                                   QStringLiteral("--self-signed")}
                                    << QStringLiteral("only one");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")}
                                    << QStringLiteral("frobnicate");
}

void TestFleet::optionErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!parse(args, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestFleet::severalServersOnConsecutiveAddresses()
{
    // 127.0.53.254 and on: the third address is 127.0.54.0.
    const auto o = parse({QStringLiteral("--count"), QStringLiteral("4"), QStringLiteral("--address"),
                          QStringLiteral("127.0.53.254"), QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(o);
    QString error;
    auto fleet = SimulatorFleet::fromOptions(*o, &error);
    QVERIFY2(fleet && fleet->start(&error), qPrintable(error));
    const QStringList lines = fleet->listeningLines();
    QCOMPARE(lines.size(), 4);
    QStringList ids;
    for (int i = 0; i < 4; ++i) {
        SimulatedMediaServer *s = fleet->server(i);
        QCOMPARE(s->address(), *loopbackAddress(QHostAddress(QStringLiteral("127.0.53.254")), i));
        QCOMPARE(lines[i], QStringLiteral("listening %1 ws://%2:%3/kurento")
                               .arg(i)
                               .arg(s->address().toString())
                               .arg(s->port()));
        RawWsClient c;
        QVERIFY(c.open(s->address(), s->port()));
        const auto reply = call(c, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"connect\"}");
        QVERIFY(reply);
        ids << reply->value(QStringLiteral("result")).toObject().value(QStringLiteral("serverId")).toString();
        QCOMPARE(ids.last(), s->serverId());
    }
    QCOMPARE(fleet->server(2)->address().toString(), QStringLiteral("127.0.54.0"));
    ids.removeDuplicates();
    QCOMPARE(ids.size(), 4); // each server is its own process
}

void TestFleet::consecutivePorts()
{
    // Find three free consecutive ports on the address.
    const QHostAddress address(QStringLiteral("127.0.53.10"));
    quint16 base = 0;
    for (int attempt = 0; attempt < 50 && !base; ++attempt) {
        QTcpServer probe;
        QVERIFY(probe.listen(address, 0));
        const quint16 p = probe.serverPort();
        probe.close();
        if (p > 65000)
            continue;
        QTcpServer a, b, c;
        if (a.listen(address, p) && b.listen(address, p + 1) && c.listen(address, p + 2))
            base = p;
    }
    QVERIFY(base);
    const auto o = parse({QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--address"),
                          address.toString(), QStringLiteral("--consecutive-ports"), QStringLiteral("--port"),
                          QString::number(base)});
    QVERIFY(o);
    QString error;
    auto fleet = SimulatorFleet::fromOptions(*o, &error);
    QVERIFY2(fleet && fleet->start(&error), qPrintable(error));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(fleet->server(i)->address(), address);
        QCOMPARE(fleet->server(i)->port(), quint16(base + i));
        RawWsClient c;
        QVERIFY(c.open(address, quint16(base + i)));
        QVERIFY(call(c, pingRequest(1)));
    }
}

void TestFleet::perServerVersions()
{
    const auto o = parse({QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--address"),
                          QStringLiteral("127.0.53.20"), QStringLiteral("--port"), QStringLiteral("0"),
                          QStringLiteral("--version"), QStringLiteral("7.1.1"), QStringLiteral("--version"),
                          QStringLiteral("2=6.18.0")});
    QVERIFY(o);
    QString error;
    auto fleet = SimulatorFleet::fromOptions(*o, &error);
    QVERIFY2(fleet && fleet->start(&error), qPrintable(error));
    QCOMPARE(versionOf(*fleet->server(0)), QStringLiteral("7.1.1"));
    QCOMPARE(versionOf(*fleet->server(1)), QStringLiteral("7.1.1"));
    QCOMPARE(versionOf(*fleet->server(2)), QStringLiteral("6.18.0"));
    // The module descriptor reports the same version.
    RawWsClient c;
    QVERIFY(c.open(fleet->server(2)->address(), fleet->server(2)->port()));
    const auto kmd =
        call(c, invokeRequest(1, QStringLiteral("getKmd"), "\"operationParams\":{\"moduleName\":\"core\"}"));
    QVERIFY(kmd);
    const QString text =
        kmd->value(QStringLiteral("result")).toObject().value(QStringLiteral("value")).toString();
    QVERIFY(text.startsWith(QLatin1String("{\"name\": \"core\",\"version\": \"6.18.0\"")));
}

void TestFleet::wssOnlyForSomeServers()
{
    const auto o = parse({QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--address"),
                          QStringLiteral("127.0.53.30"), QStringLiteral("--port"), QStringLiteral("0"),
                          QStringLiteral("--secure-port"), QStringLiteral("0"), QStringLiteral("--wss-index"),
                          QStringLiteral("1"), QStringLiteral("--self-signed")});
    QVERIFY(o);
    QString error;
    auto fleet = SimulatorFleet::fromOptions(*o, &error);
    QVERIFY2(fleet && fleet->start(&error), qPrintable(error));
    QVERIFY(!fleet->server(0)->isSecure());
    QVERIFY(fleet->server(1)->isSecure());
    QVERIFY(fleet->server(1)->url().toString().startsWith(QLatin1String("wss://127.0.53.31:")));
    QVERIFY(!fleet->server(2)->isSecure());
    RawWsClient secure;
    QVERIFY(secure.open(fleet->server(1)->address(), fleet->server(1)->port(), true));
    QVERIFY(call(secure, pingRequest(1)));
    // One certificate names every address of the fleet.
    const QSslCertificate cert = secure.socket()->peerCertificate();
    QCOMPARE(cert.subjectInfo(QSslCertificate::CommonName).value(0), QStringLiteral("127.0.53.30"));
    const auto alt = cert.subjectAlternativeNames().values(QSsl::IpAddressEntry);
    QVERIFY2(alt.contains(QStringLiteral("127.0.53.31")), qPrintable(alt.join(QLatin1Char(','))));
    RawWsClient plain; // and plain text to the TLS server is closed at once
    QVERIFY(plain.connectTcp(fleet->server(1)->address(), fleet->server(1)->port()));
    plain.sendRaw("GET /kurento HTTP/1.1\r\n\r\n");
    QVERIFY(plain.waitForDisconnected(1000));

    const auto dual =
        parse({QStringLiteral("--dual"), QStringLiteral("--self-signed"), QStringLiteral("--address"),
               QStringLiteral("127.0.53.40"), QStringLiteral("--port"), QStringLiteral("0"),
               QStringLiteral("--secure-port"), QStringLiteral("0")});
    QVERIFY(dual);
    auto both = SimulatorFleet::fromOptions(*dual, &error);
    QVERIFY2(both && both->start(&error), qPrintable(error));
    QCOMPARE(both->listeningLines().size(), 2);
    QVERIFY(both->listeningLines()[0].startsWith(QLatin1String("listening 0 ws://")));
    QVERIFY(both->listeningLines()[1].startsWith(QLatin1String("listening 0 wss://")));
}

void TestFleet::controlCommands()
{
    const auto o = parse({QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--address"),
                          QStringLiteral("127.0.53.50"), QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(o);
    QString error;
    auto fleet = SimulatorFleet::fromOptions(*o, &error);
    QVERIFY2(fleet && fleet->start(&error), qPrintable(error));

    QStringList reply = fleet->execute(QStringLiteral("status"));
    QCOMPARE(reply.size(), 4);
    QCOMPARE(reply.last(), QStringLiteral("ok"));
    QVERIFY(reply[1].startsWith(QLatin1String("server 1 state=up fault=none connections=0")));
    QVERIFY(reply[1].contains(QLatin1String("serverId=") + fleet->server(1)->serverId()));

    QCOMPARE(fleet->execute(QStringLiteral("fault 1 slow 150")), QStringList{QStringLiteral("ok")});
    QCOMPARE(fleet->server(1)->fault().toString(), QStringLiteral("slow:150"));
    QCOMPARE(fleet->execute(QStringLiteral("fault all refuse")), QStringList{QStringLiteral("ok")});
    QVERIFY(!fleet->server(2)->isListening());
    QVERIFY(fleet->execute(QStringLiteral("status 2"))
                .front()
                .contains(QLatin1String("state=down fault=refuse")));
    QCOMPARE(fleet->execute(QStringLiteral("clear 0-2")), QStringList{QStringLiteral("ok")});
    QVERIFY(fleet->server(2)->isListening());

    const QString before = fleet->server(0)->serverId();
    QCOMPARE(fleet->execute(QStringLiteral("restart 0")), QStringList{QStringLiteral("ok")});
    QVERIFY(fleet->server(0)->serverId() != before);
    QCOMPARE(fleet->execute(QStringLiteral("pipelines 0,2 4 1")), QStringList{QStringLiteral("ok")});
    QCOMPARE(fleet->server(0)->pipelineCount(), 4);
    QCOMPARE(fleet->server(1)->pipelineCount(), 0);
    QCOMPARE(fleet->server(2)->pipelineCount(), 4);
    QCOMPARE(fleet->execute(QStringLiteral("unload all")), QStringList{QStringLiteral("ok")});
    QCOMPARE(fleet->server(2)->pipelineCount(), 0);
    QCOMPARE(fleet->execute(QStringLiteral("version 1 6.9.9")), QStringList{QStringLiteral("ok")});
    QCOMPARE(versionOf(*fleet->server(1)), QStringLiteral("6.9.9"));

    for (const char *bad : {"fault 7 refuse", "fault 0 explode", "fault 0 slow", "restart",
                            "pipelines 0 many", "frobnicate 0", "clear 2-1", ""}) {
        const QStringList r = fleet->execute(QLatin1String(bad));
        QVERIFY2(r.size() == 1 && r.front().startsWith(QLatin1String("error ")), bad);
    }
    QSignalSpy quit(fleet.get(), &SimulatorFleet::quitRequested);
    QCOMPARE(fleet->execute(QStringLiteral("quit")), QStringList{QStringLiteral("ok")});
    QCOMPARE(quit.size(), 1);
}

void TestFleet::thousandServers()
{
    const auto o = parse({QStringLiteral("--count"), QStringLiteral("1000"), QStringLiteral("--address"),
                          QStringLiteral("127.1.0.1"), QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(o);
    QString error;
    QElapsedTimer timer;
    timer.start();
    auto fleet = SimulatorFleet::fromOptions(*o, &error);
    QVERIFY2(fleet && fleet->start(&error), qPrintable(error));
    QCOMPARE(fleet->size(), 1000);
    QCOMPARE(fleet->server(999)->address().toString(), QStringLiteral("127.1.3.232"));
    const qint64 started = timer.elapsed();

    // One socket per server, all open at once; then 1000 pings in flight at the same time.
    std::vector<std::unique_ptr<RawWsClient>> clients;
    for (int i = 0; i < fleet->size(); ++i) {
        clients.push_back(std::make_unique<RawWsClient>());
        clients.back()->startConnect(fleet->server(i)->address(), fleet->server(i)->port());
    }
    const auto all = [&](const std::function<bool(RawWsClient &)> &done) {
        return simtest::waitFor(
            [&] {
                return std::all_of(clients.begin(), clients.end(), [&](const auto &c) { return done(*c); });
            },
            20000);
    };
    QVERIFY(all([](RawWsClient &c) { return c.connectionSettled(); }));
    for (auto &c : clients) {
        QVERIFY(c->isConnected());
        c->sendHandshake();
    }
    QVERIFY(all([](RawWsClient &c) { return c.hasHttpResponse(); }));
    for (auto &c : clients)
        QVERIFY(c->completeHandshake(0));
    QCOMPARE(fleet->threadCount(), 8); // a thousand servers are spread over worker threads
    QTRY_COMPARE(fleet->invoke(500, [](SimulatedMediaServer &s) { return s.connectionCount(); }), 1);
    timer.restart();
    for (std::size_t i = 0; i < clients.size(); ++i)
        clients[i]->sendText(pingRequest(int(i)));
    QVERIFY(all([](RawWsClient &c) { return c.pendingMessages() >= 1; }));
    const qint64 pinged = timer.elapsed();
    for (std::size_t i = 0; i < clients.size(); ++i) {
        const auto reply = clients[i]->takeMessages();
        QCOMPARE(reply.size(), 1);
        QCOMPARE(reply.front().payload, QByteArray("{\"id\":" + QByteArray::number(int(i)) +
                                                   ",\"jsonrpc\":\"2.0\",\"result\":{\"value\":\"pong\"}}"));
    }
    qInfo("1000 servers started in %lld ms; 1000 concurrent pings answered in %lld ms", started, pinged);

    // Control commands reach servers in their worker threads.
    QCOMPARE(fleet->execute(QStringLiteral("fault 999 garbage")), QStringList{QStringLiteral("ok")});
    clients[999]->sendText(pingRequest(1));
    QVERIFY(clients[999]->waitForMessages(1));
    QVERIFY(QJsonDocument::fromJson(clients[999]->takeMessages().front().payload).isNull());
    const QStringList status = fleet->execute(QStringLiteral("status 999"));
    QVERIFY2(status.front().contains(QLatin1String("fault=garbage connections=1")),
             qPrintable(status.front()));
}

QTEST_GUILESS_MAIN(TestFleet)
#include "tst_sim_fleet.moc"
