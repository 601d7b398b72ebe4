// The exporter's HTTP side in this process: the exposition writer (escaping, numbers) checked
// with the tests' own strict parser, and the tiny HTTP server on 127.0.0.1: status codes, HEAD,
// HTTP/1.0, bounded requests, slow and surplus clients.
#include "expositionparser.h"
#include "httpclient.h"
#include "net/metrics/metricsserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <cmath>
#include <memory>

using namespace ucmc;
using namespace ucmc::test;

namespace {

QByteArray sampleText()
{
    PrometheusWriter out;
    out.family("demo_up", QStringLiteral("Whether it is up.\nSecond line with a back\\slash."),
               PrometheusWriter::Type::Gauge);
    out.sample("demo_up", {{"url", QStringLiteral("ws://10.0.0.1:8888/kurento")}}, 1);
    out.sample("demo_up", {{"url", QStringLiteral("ws://h/\"quoted\"\\path\nline")}}, 0);
    out.family("demo_checks_total", QStringLiteral("Checks."), PrometheusWriter::Type::Counter);
    out.sample("demo_checks_total", {}, 12345);
    out.family("demo_ratio", QStringLiteral("A ratio."), PrometheusWriter::Type::Gauge);
    out.sample("demo_ratio", {{"a", QStringLiteral("x")}, {"b", QStringLiteral("ü")}}, 0.125);
    return out.take();
}

} // namespace

class TestMetricsServer : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_renders = 0;
        m_server = std::make_unique<MetricsServer>([this] {
            ++m_renders;
            return QByteArrayList{sampleText()};
        });
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0), qPrintable(m_server->errorString()));
        QVERIFY(m_server->serverPort() != 0);
    }
    void cleanup() { m_server.reset(); }

    void writerEscapesAndFormats()
    {
        QCOMPARE(PrometheusWriter::escapeLabelValue(QStringLiteral("a\"b\\c\nd")),
                 QByteArray("a\\\"b\\\\c\\nd"));
        // Escaping goes on past a character outside ASCII (UTF-8 from there on).
        QCOMPARE(PrometheusWriter::escapeLabelValue(QStringLiteral("Zürich \"Süd\"\n")),
                 QByteArray("Z\xc3\xbc" "rich \\\"S\xc3\xbc" "d\\\"\\n"));
        QCOMPARE(PrometheusWriter::escapeHelp(QStringLiteral("a\"b\\c\nd")), QByteArray("a\"b\\\\c\\nd"));
        QCOMPARE(PrometheusWriter::formatValue(1), QByteArray("1"));
        QCOMPARE(PrometheusWriter::formatValue(0), QByteArray("0"));
        QCOMPARE(PrometheusWriter::formatValue(0.125), QByteArray("0.125"));
        QCOMPARE(PrometheusWriter::formatValue(1795679401.271), QByteArray("1795679401.271"));
        QCOMPARE(PrometheusWriter::formatValue(-2.5), QByteArray("-2.5"));
        QCOMPARE(PrometheusWriter::formatValue(std::nan("")), QByteArray("NaN"));
        QCOMPARE(PrometheusWriter::formatValue(INFINITY), QByteArray("+Inf"));
        QCOMPARE(PrometheusWriter::formatValue(-INFINITY), QByteArray("-Inf"));
        QCOMPARE(PrometheusWriter::formatValue(0.1 + 0.2).toDouble(), 0.1 + 0.2); // reads back exactly
        QCOMPARE(PrometheusWriter::formatValue(1e6), QByteArray("1e+06"));       // the shorter form
        QCOMPARE(PrometheusWriter::formatValue(123456789), QByteArray("123456789"));
        QCOMPARE(PrometheusWriter::formatValue(-1e-300).toDouble(), -1e-300);

        const QByteArray text = sampleText();
        QCOMPARE(text, QByteArray("# HELP demo_up Whether it is up.\\nSecond line with a back\\\\slash.\n"
                                  "# TYPE demo_up gauge\n"
                                  "demo_up{url=\"ws://10.0.0.1:8888/kurento\"} 1\n"
                                  "demo_up{url=\"ws://h/\\\"quoted\\\"\\\\path\\nline\"} 0\n"
                                  "# HELP demo_checks_total Checks.\n"
                                  "# TYPE demo_checks_total counter\n"
                                  "demo_checks_total 12345\n"
                                  "# HELP demo_ratio A ratio.\n"
                                  "# TYPE demo_ratio gauge\n"
                                  "demo_ratio{a=\"x\",b=\"\xc3\xbc\"} 0.125\n"));
        const Exposition parsed = parseExposition(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.order, (QStringList{QStringLiteral("demo_up"), QStringLiteral("demo_checks_total"),
                                            QStringLiteral("demo_ratio")}));
        QCOMPARE(parsed.families.value(QStringLiteral("demo_up")).help,
                 QStringLiteral("Whether it is up.\nSecond line with a back\\slash."));
        QCOMPARE(parsed.value(QStringLiteral("demo_up"),
                              {{QStringLiteral("url"), QStringLiteral("ws://h/\"quoted\"\\path\nline")}}),
                 0.0);
        QCOMPARE(parsed.value(QStringLiteral("demo_ratio"), {{QStringLiteral("b"), QStringLiteral("ü")}}),
                 0.125);
    }

    // Two sources writing the same families one after the other (serve-metrics --all-sites): each
    // family's HELP/TYPE once, all its samples together, families in the order first declared.
    void writerContinuesFamiliesWithCommonLabels()
    {
        PrometheusWriter out;
        out.family("solo_info", QStringLiteral("Not per source."), PrometheusWriter::Type::Gauge);
        out.sample("solo_info", {{"version", QStringLiteral("1")}}, 1);
        for (const QString &site : {QStringLiteral("Hamburg"), QStringLiteral("Bre\"men")}) {
            out.setCommonLabels({{"site", site}});
            out.family("demo_up", QStringLiteral("Up."), PrometheusWriter::Type::Gauge);
            out.sample("demo_up", {{"url", QStringLiteral("ws://a")}}, 1);
            out.family("demo_checks_total", QStringLiteral("Checks."), PrometheusWriter::Type::Counter);
            out.sample("demo_checks_total", {}, 7);
            // A second declaration with another help keeps the first one.
            out.family("demo_up", QStringLiteral("Other help."), PrometheusWriter::Type::Counter);
            out.sample("demo_up", {{"url", QStringLiteral("ws://b")}}, 0);
        }
        out.setCommonLabels({});
        out.family("solo_info", QStringLiteral("Not per source."), PrometheusWriter::Type::Gauge);
        out.sample("solo_info", {{"version", QStringLiteral("2")}}, 1);
        const QByteArray expected = "# HELP solo_info Not per source.\n"
                                    "# TYPE solo_info gauge\n"
                                    "solo_info{version=\"1\"} 1\n"
                                    "solo_info{version=\"2\"} 1\n"
                                    "# HELP demo_up Up.\n"
                                    "# TYPE demo_up gauge\n"
                                    "demo_up{site=\"Hamburg\",url=\"ws://a\"} 1\n"
                                    "demo_up{site=\"Hamburg\",url=\"ws://b\"} 0\n"
                                    "demo_up{site=\"Bre\\\"men\",url=\"ws://a\"} 1\n"
                                    "demo_up{site=\"Bre\\\"men\",url=\"ws://b\"} 0\n"
                                    "# HELP demo_checks_total Checks.\n"
                                    "# TYPE demo_checks_total counter\n"
                                    "demo_checks_total{site=\"Hamburg\"} 7\n"
                                    "demo_checks_total{site=\"Bre\\\"men\"} 7\n";
        QCOMPARE(out.text(), expected);
        const Exposition parsed = parseExposition(out.text());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.order, (QStringList{QStringLiteral("solo_info"), QStringLiteral("demo_up"),
                                            QStringLiteral("demo_checks_total")}));
        QCOMPARE(out.take(), expected);
        QCOMPARE(out.text(), QByteArray()); // take() starts afresh: the next family is new again
        out.family("demo_up", QStringLiteral("Up."), PrometheusWriter::Type::Gauge);
        QCOMPARE(out.text(), QByteArray("# HELP demo_up Up.\n# TYPE demo_up gauge\n"));
        // The same text in parts, one per family.
        out.setCommonLabels({});
        out.family("a", QStringLiteral("A."), PrometheusWriter::Type::Gauge);
        out.sample("a", {}, 1);
        out.family("demo_up", QStringLiteral("Up."), PrometheusWriter::Type::Gauge);
        out.sample("demo_up", {}, 0);
        const QByteArray whole = out.text();
        const QByteArrayList parts = out.takeParts();
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.join(), whole);
        QVERIFY(parts.first().startsWith("# HELP demo_up Up.\n"));
        QCOMPARE(out.text(), QByteArray());
    }

    void theTestParserIsStrict_data()
    {
        QTest::addColumn<QByteArray>("text");
        const QByteArray head = "# HELP m Help.\n# TYPE m gauge\n";
        QTest::newRow("no final line feed") << QByteArray(head + "m 1");
        QTest::newRow("sample before HELP/TYPE") << QByteArray("m 1\n# HELP m Help.\n# TYPE m gauge\n");
        QTest::newRow("TYPE twice") << QByteArray(head + "# TYPE m gauge\nm 1\n");
        QTest::newRow("bad type") << QByteArray("# HELP m Help.\n# TYPE m meter\nm 1\n");
        QTest::newRow("bad escape") << QByteArray(head + "m{a=\"\\t\"} 1\n");
        QTest::newRow("unquoted label") << QByteArray(head + "m{a=b} 1\n");
        QTest::newRow("unclosed label") << QByteArray(head + "m{a=\"b} 1\n");
        QTest::newRow("label twice") << QByteArray(head + "m{a=\"1\",a=\"2\"} 1\n");
        QTest::newRow("reserved label") << QByteArray(head + "m{__name__=\"x\"} 1\n");
        QTest::newRow("series twice") << QByteArray(head + "m{a=\"1\"} 1\nm{a=\"1\"} 2\n");
        QTest::newRow("bad value") << QByteArray(head + "m one\n");
        QTest::newRow("bad name") << QByteArray("# HELP 1m Help.\n# TYPE 1m gauge\n1m 1\n");
        QTest::newRow("family split")
            << QByteArray(head + "m 1\n# HELP n Help.\n# TYPE n gauge\nn 1\nm{a=\"2\"} 2\n");
        QTest::newRow("negative counter") << QByteArray("# HELP c Help.\n# TYPE c counter\nc -1\n");
        QTest::newRow("carriage return") << QByteArray(head + "m 1\r\n");
    }

    void theTestParserIsStrict()
    {
        QFETCH(QByteArray, text);
        QVERIFY2(!parseExposition(text).ok(), text.constData());
    }

    void getAndHead()
    {
        HttpReply reply = httpGet(m_server->serverPort());
        QVERIFY(reply.closedByServer);
        QCOMPARE(reply.statusLine, QByteArray("HTTP/1.1 200 OK"));
        QCOMPARE(reply.headers.value("content-type"), QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        QCOMPARE(reply.headers.value("connection"), QByteArray("close"));
        QCOMPARE(reply.headers.value("content-length").toInt(), sampleText().size());
        QCOMPARE(reply.body, sampleText());

        reply = httpGet(m_server->serverPort(), "/metrics?name[]=up", "HEAD");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.headers.value("content-length").toInt(), sampleText().size());
        QVERIFY(reply.body.isEmpty());

        reply = httpGet(m_server->serverPort(), "/metrics", "GET", "HTTP/1.0");
        QCOMPARE(reply.statusLine, QByteArray("HTTP/1.0 200 OK"));
        QCOMPARE(reply.body, sampleText());

        // Bare LF line ends, and the absolute form of the target.
        reply = httpExchange(QHostAddress::LocalHost, m_server->serverPort(), "GET /metrics HTTP/1.0\n\n");
        QCOMPARE(reply.status, 200);
        reply = httpExchange(QHostAddress::LocalHost, m_server->serverPort(),
                             "GET http://127.0.0.1/metrics HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(reply.status, 200);
        QCOMPARE(m_renders, 5);
    }

    // A body in parts (one per family) goes out whole: the length of all parts, in order, also
    // parts far bigger than the socket's buffer chunks.
    void bodyInParts()
    {
        const QByteArrayList parts{QByteArray("# HELP a A.\n"), QByteArray(3 * 1024 * 1024, 'x'),
                                   QByteArray(), QByteArray("end\n")};
        MetricsServer server([&parts] { return parts; });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const HttpReply reply = httpGet(server.serverPort());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.headers.value("content-length").toLongLong(), qint64(parts.join().size()));
        QCOMPARE(reply.body.size(), parts.join().size());
        QVERIFY(reply.body == parts.join());
    }

    void otherPathsAndMethods()
    {
        HttpReply reply = httpGet(m_server->serverPort(), "/");
        QCOMPARE(reply.status, 404);
        QVERIFY(reply.closedByServer);
        QCOMPARE(httpGet(m_server->serverPort(), "/metrics/extra").status, 404);
        QCOMPARE(httpGet(m_server->serverPort(), "/other", "POST").status, 404);

        for (const QByteArray method : {"POST", "PUT", "DELETE", "OPTIONS", "PATCH"}) {
            reply = httpExchange(QHostAddress::LocalHost, m_server->serverPort(),
                                 method + " /metrics HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello");
            QCOMPARE(reply.status, 405);
            QCOMPARE(reply.headers.value("allow"), QByteArray("GET, HEAD"));
            QVERIFY(reply.closedByServer);
        }
        QCOMPARE(m_renders, 0);

        QCOMPARE(httpExchange(QHostAddress::LocalHost, m_server->serverPort(), "hello there\r\n\r\n").status,
                 400);
        QCOMPARE(httpExchange(QHostAddress::LocalHost, m_server->serverPort(), "GET /metrics\r\n\r\n").status,
                 400);
        QCOMPARE(httpGet(m_server->serverPort(), "/metrics", "GET", "HTTP/2.0").status, 505);
        QCOMPARE(httpExchange(QHostAddress::LocalHost, m_server->serverPort(),
                              QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", 15))
                     .status,
                 400); // a TLS ClientHello
    }

    void requestSizeIsBounded()
    {
        const QByteArray huge =
            "GET /metrics HTTP/1.1\r\nX-Filler: " + QByteArray(MetricsServer::kMaxRequestBytes, 'a');
        const HttpReply reply = httpExchange(QHostAddress::LocalHost, m_server->serverPort(), huge);
        QCOMPARE(reply.status, 431);
        QVERIFY(reply.closedByServer);
        QCOMPARE(m_server->connectionCount(), 0);
        QCOMPARE(httpGet(m_server->serverPort()).status, 200);
    }

    void requestInPieces()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
        QVERIFY(socket.waitForConnected(3000));
        QByteArray received;
        connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
        for (const QByteArray piece : {"GE", "T /met", "rics HTTP/1.1\r\nHo", "st: x\r\n", "\r\n"}) {
            socket.write(piece);
            socket.flush();
            QTest::qWait(30);
        }
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, 3000);
        received += socket.readAll();
        QVERIFY2(received.startsWith("HTTP/1.1 200 OK\r\n"), received.left(100).constData());
        QVERIFY(received.endsWith(sampleText()));
    }

    void slowClientIsDropped()
    {
        m_server->setRequestTimeoutMs(300);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
        QVERIFY(socket.waitForConnected(3000));
        socket.write("GET /metr"); // and nothing more
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, 3000);
        QVERIFY(clock.elapsed() >= 250);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 0, 1000);
        QCOMPARE(httpGet(m_server->serverPort()).status, 200);
    }

    void surplusConnectionsAreDropped()
    {
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < MetricsServer::kMaxConnections; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, m_server->serverPort());
            QVERIFY(socket->waitForConnected(3000));
            idle.push_back(std::move(socket));
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), MetricsServer::kMaxConnections, 3000);
        QTcpSocket surplus;
        surplus.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
        QVERIFY(surplus.waitForConnected(3000));
        QTRY_VERIFY_WITH_TIMEOUT(surplus.state() == QAbstractSocket::UnconnectedState, 3000);
        QCOMPARE(m_server->connectionCount(), MetricsServer::kMaxConnections);
        idle.clear();
        QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 0, 3000);
        QCOMPARE(httpGet(m_server->serverPort()).status, 200);
    }

    void takenPortIsAnError()
    {
        MetricsServer second([] { return QByteArrayList(); });
        QVERIFY(!second.listen(QHostAddress::LocalHost, m_server->serverPort()));
        QVERIFY(!second.errorString().isEmpty());
        QVERIFY(!second.isListening());
    }

private:
    std::unique_ptr<MetricsServer> m_server;
    int m_renders = 0;
};

QTEST_GUILESS_MAIN(TestMetricsServer)
#include "tst_metricsserver.moc"
