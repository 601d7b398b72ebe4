// JSON-RPC semantics that the transcripts imply but do not show directly: sort orders (the replay
// compares id lists as sets), references and garbage collection, event routing to the bound
// socket, transactions, and the request cache switched off.
#include "rawwsclient.h"
#include "rpchelpers.h"
#include "simulatedmediaserver.h"

#include <QJsonArray>
#include <QTest>
#include <QThread>

using namespace kmssim;
using namespace simtest;

class TestSemantics : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void idListsAreSortedLikeKms();
    void eventsGoToTheSocketTheSessionIsBoundTo();
    void describeRefsAndUnrefReleases();
    void transactionErrors();
    void hubPortsAreChildrenOfTheirHub();
    void requestCacheCanBeDisabled();
    void loadPipelinesSurviveGarbageCollection();
    void elementsAndFiltersDescriptors();

private:
    static QJsonValue value(const std::optional<QJsonObject> &reply)
    {
        return reply ? reply->value(QStringLiteral("result")).toObject().value(QStringLiteral("value"))
                     : QJsonValue();
    }
    static QByteArray request(int id, const QByteArray &method, const QByteArray &params)
    {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + QByteArray::number(id) + ",\"method\":\"" + method +
               "\",\"params\":" + params + "}";
    }
    void startServer(std::chrono::milliseconds cache = std::chrono::milliseconds(20000),
                     std::chrono::milliseconds gc = std::chrono::milliseconds(240000));
    std::unique_ptr<SimulatedMediaServer> m_server;
    QHostAddress m_address;
    int m_case = 0;
};

void TestSemantics::startServer(std::chrono::milliseconds cache, std::chrono::milliseconds gc)
{
    ServerConfig config;
    config.address = m_address;
    config.wsPort = 0;
    config.requestCacheTimeout = cache;
    config.gcPeriod = gc;
    m_server = std::make_unique<SimulatedMediaServer>(config);
    QVERIFY(m_server->start());
}

void TestSemantics::init()
{
    m_address = QHostAddress(QStringLiteral("127.0.56.%1").arg(++m_case));
    startServer();
}

void TestSemantics::cleanup()
{
    m_server.reset();
}

void TestSemantics::idListsAreSortedLikeKms()
{
    RawWsClient c;
    QVERIFY(c.open(m_address, m_server->wsPort()));
    QStringList pipelines;
    for (int i = 0; i < 5; ++i)
        pipelines << value(call(c, request(i, "create", R"({"type":"MediaPipeline"})"))).toString();
    const QString parent = pipelines[0];
    const QString childless = pipelines[1];
    QStringList children;
    for (int i = 0; i < 5; ++i) {
        children << value(call(c, request(10 + i, "create",
                                          R"({"type":"PassThrough","constructorParams":{"mediaPipeline":")" +
                                              pipelines[0].toUtf8() + "\"}}")))
                        .toString();
        QVERIFY(children.last().startsWith(pipelines[0] + QLatin1String("/")));
    }
    const auto toList = [](const QJsonValue &v) {
        QStringList out;
        for (const QJsonValue &item : v.toArray())
            out << item.toString();
        return out;
    };
    pipelines.sort();
    children.sort();
    QCOMPARE(toList(value(call(c, invokeRequest(20, QStringLiteral("getPipelines"))))), pipelines);
    QCOMPARE(toList(value(call(
                 c, request(21, "invoke",
                            R"({"object":")" + childless.toUtf8() + R"(","operation":"getChildren"})")))),
             QStringList());
    QCOMPARE(toList(value(
                 call(c, request(22, "invoke",
                                 R"({"object":")" + parent.toUtf8() + R"(","operation":"getChildren"})")))),
             children);
    RawWsClient other;
    QVERIFY(other.open(m_address, m_server->wsPort()));
    QVERIFY(call(other, request(1, "describe", R"({"object":"manager_ServerManager"})")));
    const QStringList sessions = toList(value(call(c, invokeRequest(23, QStringLiteral("getSessions")))));
    QCOMPARE(sessions.size(), 6); // three empty strings, then "", and the two sessions, sorted
    QCOMPARE(sessions.mid(0, 4), QStringList(4, QString()));
    QStringList sorted = sessions.mid(4);
    sorted.sort();
    QCOMPARE(sessions.mid(4), sorted);
}

void TestSemantics::eventsGoToTheSocketTheSessionIsBoundTo()
{
    RawWsClient a, b, creator;
    QVERIFY(a.open(m_address, m_server->wsPort()));
    QVERIFY(b.open(m_address, m_server->wsPort()));
    QVERIFY(creator.open(m_address, m_server->wsPort()));
    const auto subscribed =
        call(a, request(1, "subscribe", R"({"type":"ObjectCreated","object":"manager_ServerManager"})"));
    const QString session =
        subscribed->value(QStringLiteral("result")).toObject().value(QStringLiteral("sessionId")).toString();
    QVERIFY(call(creator, request(1, "create", R"({"type":"MediaPipeline"})")));
    QVERIFY(a.waitForMessages(1, 1000));
    a.takeMessages();
    // Rebinding the session to socket b moves the events there (storeConnection).
    QVERIFY(call(b, request(2, "connect", "{\"sessionId\":\"" + session.toUtf8() + "\"}")));
    QVERIFY(call(creator, request(2, "create", R"({"type":"MediaPipeline"})")));
    QVERIFY(b.waitForMessages(1, 1000));
    QTest::qWait(50);
    QCOMPARE(a.pendingMessages(), 0);
    // Unsubscribing stops them.
    b.takeMessages();
    QVERIFY(call(b, request(3, "unsubscribe",
                            R"({"object":"manager_ServerManager","subscription":")" +
                                value(subscribed).toString().toUtf8() + "\"}")));
    b.takeMessages();
    QVERIFY(call(creator, request(3, "create", R"({"type":"MediaPipeline"})")));
    QTest::qWait(50);
    QCOMPARE(b.pendingMessages(), 0);
}

void TestSemantics::describeRefsAndUnrefReleases()
{
    RawWsClient owner, monitor;
    QVERIFY(owner.open(m_address, m_server->wsPort()));
    QVERIFY(monitor.open(m_address, m_server->wsPort()));
    const auto created = call(owner, request(1, "create", R"({"type":"MediaPipeline"})"));
    const QByteArray pipeline = value(created).toString().toUtf8();
    const QByteArray ownerSession = created->value(QStringLiteral("result"))
                                        .toObject()
                                        .value(QStringLiteral("sessionId"))
                                        .toString()
                                        .toUtf8();
    const auto described = call(monitor, request(1, "describe", R"({"object":")" + pipeline + "\"}"));
    const QByteArray monitorSession = described->value(QStringLiteral("result"))
                                          .toObject()
                                          .value(QStringLiteral("sessionId"))
                                          .toString()
                                          .toUtf8();
    // The owner lets go: the monitor's describe keeps the pipeline alive.
    QVERIFY(call(owner, request(2, "unref",
                                R"({"object":")" + pipeline + R"(","sessionId":")" + ownerSession + "\"}")));
    QCOMPARE(m_server->pipelineCount(), 1);
    QVERIFY(
        call(monitor, request(2, "unref",
                              R"({"object":")" + pipeline + R"(","sessionId":")" + monitorSession + "\"}")));
    QCOMPARE(m_server->pipelineCount(), 0);
    const auto gone = call(monitor, request(3, "describe", R"({"object":")" + pipeline + "\"}"));
    QCOMPARE(gone->value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), 40101);
    // ref of an unknown object fails, unref of one is ignored, release of the ServerManager is harmless.
    const auto ref =
        call(monitor, request(4, "ref", R"({"object":"nope","sessionId":")" + monitorSession + "\"}"));
    QCOMPARE(ref->value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), 40101);
    QVERIFY(value(call(monitor, request(5, "unref", R"({"object":"nope","sessionId":"x"})"))).isUndefined());
    QVERIFY(call(monitor, request(6, "release", R"({"object":"manager_ServerManager"})")));
    QVERIFY(call(monitor, invokeRequest(7, QStringLiteral("getInfo"))));
}

void TestSemantics::transactionErrors()
{
    RawWsClient c;
    QVERIFY(c.open(m_address, m_server->wsPort()));
    const auto badId =
        call(c, request(1, "transaction", R"({"operations":[{"jsonrpc":"2.0","id":1,"method":"ping"}]})"));
    const QJsonObject error = badId->value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toInt(), 40008);
    QCOMPARE(error.value(QStringLiteral("message")).toString(),
             QStringLiteral("Id of request '0' should be '0'"));
    const auto badRef =
        call(c, request(2, "transaction",
                        R"({"operations":[{"jsonrpc":"2.0","id":0,"method":"invoke","params":)"
                        R"({"object":"newref:5","operation":"getName"}}]})"));
    QCOMPARE(badRef->value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(),
             QStringLiteral("Result not found on request 5"));
    // A failing operation ends the transaction; its error is in the list.
    const auto stops = call(
        c, request(3, "transaction",
                   R"({"operations":[{"jsonrpc":"2.0","id":0,"method":"describe","params":{"object":"x"}},)"
                   R"({"jsonrpc":"2.0","id":1,"method":"ping"}]})"));
    const QJsonArray results = value(stops).toArray();
    QCOMPARE(results.size(), 1);
    QCOMPARE(
        results[0].toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(),
        40101);
    // An object made in a transaction cannot be used by id outside before it exists.
    const auto outside = call(c, request(4, "describe", R"({"object":"newref:0"})"));
    QCOMPARE(outside->value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), 40109);
}

void TestSemantics::hubPortsAreChildrenOfTheirHub()
{
    RawWsClient c;
    QVERIFY(c.open(m_address, m_server->wsPort()));
    const QByteArray pipeline =
        value(call(c, request(1, "create", R"({"type":"kurento.MediaPipeline"})"))).toString().toUtf8();
    const QByteArray hub =
        value(call(c, request(2, "create",
                              R"({"type":"Composite","constructorParams":{"mediaPipeline":")" + pipeline +
                                  "\"}}")))
            .toString()
            .toUtf8();
    const auto port =
        call(c, request(3, "create", R"({"type":"HubPort","constructorParams":{"hub":")" + hub + "\"}}"));
    const QString portId = value(port).toString();
    QVERIFY2(portId.startsWith(QString::fromUtf8(pipeline) + QLatin1String("/")), qPrintable(portId));
    QCOMPARE(value(call(c, request(4, "invoke",
                                   R"({"object":")" + portId.toUtf8() + R"(","operation":"getParent"})")))
                 .toString(),
             QString::fromUtf8(hub));
    const auto wrong = call(
        c, request(5, "create", R"({"type":"HubPort","constructorParams":{"hub":")" + pipeline + "\"}}"));
    QCOMPARE(wrong->value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), 40001);
    // Releasing the pipeline takes hub and port with it.
    QVERIFY(call(c, request(6, "release", R"({"object":")" + pipeline + "\"}")));
    QCOMPARE(m_server->pipelineCount(), 0);
    const auto gone = call(c, request(7, "describe", R"({"object":")" + portId.toUtf8() + "\"}"));
    QCOMPARE(gone->value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), 40101);
}

void TestSemantics::requestCacheCanBeDisabled()
{
    startServer(std::chrono::milliseconds(0));
    RawWsClient c;
    QVERIFY(c.open(m_address, m_server->wsPort()));
    QVERIFY(call(c, request(1, "describe", R"({"object":"manager_ServerManager"})")));
    QCOMPARE(value(call(c, invokeRequest(2, QStringLiteral("getCpuCount")))).toInt(),
             m_server->config().cpuCount > 0 ? m_server->config().cpuCount : QThread::idealThreadCount());
    // The same id again runs for real: a memory figure, not the cached CPU count.
    QVERIFY(value(call(c, invokeRequest(2, QStringLiteral("getUsedMemory")))).toInt() > 10000);
}

void TestSemantics::loadPipelinesSurviveGarbageCollection()
{
    startServer(std::chrono::milliseconds(20000), std::chrono::milliseconds(100));
    m_server->createPipelines(2);
    RawWsClient c;
    QVERIFY(c.open(m_address, m_server->wsPort()));
    QVERIFY(call(c, request(1, "create", R"({"type":"MediaPipeline"})")));
    c.sendClose(1000); // leaks its pipeline
    QVERIFY(c.waitForDisconnected());
    QTRY_COMPARE_WITH_TIMEOUT(m_server->pipelineCount(), 2, 2000);
    QTest::qWait(400);
    QCOMPARE(m_server->pipelineCount(), 2);
}

void TestSemantics::elementsAndFiltersDescriptors()
{
    RawWsClient c;
    QVERIFY(c.open(m_address, m_server->wsPort()));
    const QString elements =
        value(call(c, invokeRequest(1, QStringLiteral("getKmd"),
                                    "\"operationParams\":{\"moduleName\":\"elements\"}")))
            .toString();
    const QJsonObject kmd = QJsonDocument::fromJson(elements.toUtf8()).object();
    QCOMPARE(kmd.value(QStringLiteral("name")).toString(), QStringLiteral("elements"));
    QVERIFY(elements.contains(QLatin1String("WebRtcEndpoint")));
    const auto missing = call(c, invokeRequest(2, QStringLiteral("getKmd")));
    QCOMPARE(missing->value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(),
             QStringLiteral("'operationParams' is required"));
}

QTEST_GUILESS_MAIN(TestSemantics)
#include "tst_sim_semantics.moc"
