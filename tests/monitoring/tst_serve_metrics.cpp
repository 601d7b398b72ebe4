// `uc-media-console serve-metrics` as Prometheus scrapes it: the real executable, without a
// display, monitoring simulated media servers (and a simulated UCServer host) in this process on
// 127.0.7.0/24. Every scrape is parsed strictly (expositionparser.h); values follow a server that
// goes down and comes back, the file is read again when it changes, SIGTERM/SIGINT end it.
#include "exporterprocess.h"
#include "fault.h"
#include "simulatedprocallhost.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <csignal>
#include <functional>

using namespace ucmc::test;
using kmssim::Fault;
using kmssim::FaultMode;
using kmssim::SimulatedMediaServer;

namespace {

// Every family the exporter promises, with its type.
const QList<std::pair<QString, QString>> kFamilies = {
    {QStringLiteral("ucmc_exporter_build_info"), QStringLiteral("gauge")},
    {QStringLiteral("ucmc_exporter_config_last_reload_successful"), QStringLiteral("gauge")},
    {QStringLiteral("ucmc_exporter_config_last_reload_success_timestamp_seconds"), QStringLiteral("gauge")},
    {QStringLiteral("ucmc_exporter_media_servers"), QStringLiteral("gauge")},
    {QStringLiteral("ucmc_media_server_up"), QStringLiteral("gauge")},
    {QStringLiteral("ucmc_media_server_state"), QStringLiteral("gauge")},
    {QStringLiteral("ucmc_media_server_failure_info"), QStringLiteral("gauge")},
    {QStringLiteral("ucmc_media_server_state_since_timestamp_seconds"), QStringLiteral("gauge")},
    {QStringLiteral("ucmc_media_server_rtt_seconds"), QStringLiteral("gauge")},
    {QStringLiteral("ucmc_media_server_rtt_avg_seconds"), QStringLiteral("gauge")},
    {QStringLiteral("ucmc_media_server_rtt_max_seconds"), QStringLiteral("gauge")},
    {QStringLiteral("ucmc_media_server_checks_total"), QStringLiteral("counter")},
    {QStringLiteral("ucmc_media_server_failures_total"), QStringLiteral("counter")},
    {QStringLiteral("ucmc_media_server_cpu_ratio"), QStringLiteral("gauge")},
    {QStringLiteral("ucmc_media_server_memory_bytes"), QStringLiteral("gauge")},
    {QStringLiteral("ucmc_media_server_sessions"), QStringLiteral("gauge")},
    {QStringLiteral("ucmc_media_server_cpu_count"), QStringLiteral("gauge")},
    {QStringLiteral("ucmc_media_server_certificate_not_after_timestamp_seconds"), QStringLiteral("gauge")},
    {QStringLiteral("ucmc_media_server_info"), QStringLiteral("gauge")},
    {QStringLiteral("ucmc_ucserver_port_up"), QStringLiteral("gauge")},
    {QStringLiteral("ucmc_ucserver_port_rtt_seconds"), QStringLiteral("gauge")},
    {QStringLiteral("ucmc_ucserver_webserver_http_status"), QStringLiteral("gauge")},
};

const QStringList kStates = {QStringLiteral("unknown"),     QStringLiteral("connecting"),
                             QStringLiteral("up"),          QStringLiteral("going-down"),
                             QStringLiteral("down"),        QStringLiteral("going-up"),
                             QStringLiteral("maintenance"), QStringLiteral("not-monitored")};

} // namespace

class TestServeMetrics : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_config = m_dir->filePath(QStringLiteral("eucwebconfig.json"));
    }

    // The version arrives with getInfo, after the first pong: "up" alone does not mean it is known.
    static bool hasVersion(const Exposition &x, const QString &key)
    {
        const QList<Sample> info = x.find(QStringLiteral("ucmc_media_server_info"), url(key));
        return !info.isEmpty() && !info.first().labels.value(QStringLiteral("version")).isEmpty();
    }

    void servesHealthAndFollowsAServerDownAndUp()
    {
        auto a = startServer();
        auto b = startServer();
        const QString keyA = a->url().toString();
        const QString keyB = b->url().toString();
        writeFile(m_config, configJson({keyA, keyB}));
        Exporter exporter;
        QVERIFY(exporter.start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                QStringLiteral("--interval"), QStringLiteral("250"),
                                QStringLiteral("--timeout"), QStringLiteral("400"), m_config}));

        Exposition e;
        QVERIFY2(exporter.waitFor(
                     [&](const Exposition &x) {
                         return valueOr(x, QStringLiteral("ucmc_media_server_up"), url(keyA)) == 1 &&
                                valueOr(x, QStringLiteral("ucmc_media_server_up"), url(keyB)) == 1 &&
                                hasVersion(x, keyA) && hasVersion(x, keyB);
                     },
                     8000, &e),
                 "both servers up and their versions known");

        // Every family is there, with HELP and TYPE of the right type.
        for (const auto &[name, type] : kFamilies) {
            QVERIFY2(e.families.contains(name), qPrintable(name));
            QCOMPARE(e.families.value(name).type, type);
            QVERIFY(!e.families.value(name).help.isEmpty());
        }
        QCOMPARE(e.find(QStringLiteral("ucmc_exporter_build_info")).size(), 1);
        QCOMPARE(valueOr(e, QStringLiteral("ucmc_exporter_config_last_reload_successful"), {}), 1.0);
        QCOMPARE(valueOr(e, QStringLiteral("ucmc_exporter_media_servers"), {}), 2.0);
        QCOMPARE(e.find(QStringLiteral("ucmc_media_server_up"), url(keyA))
                     .first()
                     .labels.value(QStringLiteral("host")),
                 a->address().toString());

        // The state is one-hot over every state name.
        for (const QString &key : {keyA, keyB}) {
            double sum = 0;
            for (const QString &state : kStates) {
                const auto v = e.value(QStringLiteral("ucmc_media_server_state"),
                                       {{QStringLiteral("url"), key}, {QStringLiteral("state"), state}});
                QVERIFY2(v.has_value(), qPrintable(state));
                sum += *v;
            }
            QCOMPARE(sum, 1.0);
            QCOMPARE(valueOr(e, QStringLiteral("ucmc_media_server_state"),
                             {{QStringLiteral("url"), key}, {QStringLiteral("state"), QStringLiteral("up")}}),
                     1.0);
            const double rtt = valueOr(e, QStringLiteral("ucmc_media_server_rtt_seconds"), url(key));
            QVERIFY2(rtt > 0 && rtt < 0.4, qPrintable(QString::number(rtt)));
            QVERIFY(valueOr(e, QStringLiteral("ucmc_media_server_state_since_timestamp_seconds"), url(key)) >
                    QDateTime::currentSecsSinceEpoch() - 60);
        }
        const QList<Sample> info = e.find(QStringLiteral("ucmc_media_server_info"), url(keyA));
        QCOMPARE(info.size(), 1);
        QCOMPARE(info.first().labels.value(QStringLiteral("version")), QStringLiteral("7.3.0"));
        QCOMPARE(info.first().labels.value(QStringLiteral("server_id")), a->serverId());
        QVERIFY(e.find(QStringLiteral("ucmc_media_server_failure_info")).isEmpty());

        // Counters count.
        const double checks = valueOr(e, QStringLiteral("ucmc_media_server_checks_total"), url(keyA));
        QVERIFY(checks >= 1);
        QVERIFY(exporter.waitFor([&](const Exposition &x) {
            return valueOr(x, QStringLiteral("ucmc_media_server_checks_total"), url(keyA)) > checks;
        }));

        // A goes down: up 0, state down, the reason as a label, failures counted; B is untouched.
        a->setFault(Fault{FaultMode::Refuse, 0});
        QVERIFY2(exporter.waitFor(
                     [&](const Exposition &x) {
                         return valueOr(x, QStringLiteral("ucmc_media_server_up"), url(keyA)) == 0 &&
                                valueOr(x, QStringLiteral("ucmc_media_server_state"),
                                        {{QStringLiteral("url"), keyA},
                                         {QStringLiteral("state"), QStringLiteral("down")}}) == 1;
                     },
                     8000, &e),
                 "A down");
        const QList<Sample> failure = e.find(QStringLiteral("ucmc_media_server_failure_info"), url(keyA));
        QCOMPARE(failure.size(), 1);
        const QString code = failure.first().labels.value(QStringLiteral("failure"));
        QVERIFY2(code == u"ws-closed" || code == u"tcp-refused", qPrintable(code));
        QVERIFY(exporter.waitFor([&](const Exposition &x) {
            return valueOr(x, QStringLiteral("ucmc_media_server_failures_total"), url(keyA)) >= 1;
        }));
        QCOMPARE(valueOr(e, QStringLiteral("ucmc_media_server_up"), url(keyB)), 1.0);

        // And comes back.
        a->clearFault();
        QVERIFY2(exporter.waitFor([&](const Exposition &x) {
            return valueOr(x, QStringLiteral("ucmc_media_server_up"), url(keyA)) == 1 &&
                   x.find(QStringLiteral("ucmc_media_server_failure_info")).isEmpty();
        }),
                 "A up again");
        QCOMPARE(exporter.stop(SIGTERM), 0);
    }

    void ucServerHostPorts()
    {
        procallsim::SimulatedProcallHost host(QHostAddress(QStringLiteral("127.0.7.251")));
        QVERIFY2(host.start(7222, 7224, 7225), qPrintable(host.errorString())); // the real host's ports
        auto a = startServer();
        writeFile(m_config, configJson({a->url().toString()}));
        Exporter exporter;
        QVERIFY(exporter.start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                QStringLiteral("--ucserver-host"), QStringLiteral("127.0.7.251"),
                                QStringLiteral("--host-interval"), QStringLiteral("300"), m_config}));
        const Labels ucServer{{QStringLiteral("host"), QStringLiteral("127.0.7.251")},
                              {QStringLiteral("service"), QStringLiteral("ucserver")},
                              {QStringLiteral("port"), QStringLiteral("7222")}};
        const Labels webServer{{QStringLiteral("host"), QStringLiteral("127.0.7.251")},
                               {QStringLiteral("service"), QStringLiteral("webserver-http")},
                               {QStringLiteral("port"), QStringLiteral("7224")}};
        const Labels webServerHttps{{QStringLiteral("host"), QStringLiteral("127.0.7.251")},
                                    {QStringLiteral("service"), QStringLiteral("webserver-https")},
                                    {QStringLiteral("port"), QStringLiteral("7225")}};
        const Labels httpPort{{QStringLiteral("port"), QStringLiteral("7224")}};
        const Labels httpsPort{{QStringLiteral("port"), QStringLiteral("7225")}};
        // HTTPS answers through its self-signed certificate: up, with its own status series.
        QVERIFY(exporter.waitFor([&](const Exposition &x) {
            return valueOr(x, QStringLiteral("ucmc_ucserver_port_up"), ucServer) == 1 &&
                   valueOr(x, QStringLiteral("ucmc_ucserver_port_up"), webServer) == 1 &&
                   valueOr(x, QStringLiteral("ucmc_ucserver_port_up"), webServerHttps) == 1 &&
                   valueOr(x, QStringLiteral("ucmc_ucserver_port_rtt_seconds"), webServerHttps) >= 0 &&
                   valueOr(x, QStringLiteral("ucmc_ucserver_webserver_http_status"), httpPort) == 200 &&
                   valueOr(x, QStringLiteral("ucmc_ucserver_webserver_http_status"), httpsPort) == 200 &&
                   x.find(QStringLiteral("ucmc_ucserver_webserver_http_status")).size() == 2;
        }));
        host.setWebServerState(procallsim::SimulatedProcallHost::WebServerState::UcServerDisconnected);
        QVERIFY(exporter.waitFor([&](const Exposition &x) {
            return valueOr(x, QStringLiteral("ucmc_ucserver_webserver_http_status"), httpPort) == 502 &&
                   valueOr(x, QStringLiteral("ucmc_ucserver_webserver_http_status"), httpsPort) == 502;
        }));
        host.setUcServerRunning(false);
        QVERIFY(exporter.waitFor([&](const Exposition &x) {
            return valueOr(x, QStringLiteral("ucmc_ucserver_port_up"), ucServer) == 0;
        }));
        host.setWebServerState(procallsim::SimulatedProcallHost::WebServerState::Stopped);
        QVERIFY(exporter.waitFor([&](const Exposition &x) {
            return valueOr(x, QStringLiteral("ucmc_ucserver_port_up"), webServerHttps) == 0 &&
                   x.find(QStringLiteral("ucmc_ucserver_port_rtt_seconds"), webServerHttps).isEmpty() &&
                   x.find(QStringLiteral("ucmc_ucserver_webserver_http_status")).isEmpty();
        }));
        QCOMPARE(exporter.stop(SIGTERM), 0);
    }

    void otherPathsAndMethods()
    {
        auto a = startServer();
        writeFile(m_config, configJson({a->url().toString()}));
        Exporter exporter;
        QVERIFY(exporter.start({QStringLiteral("--listen=127.0.0.1:0"), m_config}));
        QCOMPARE(httpGet(exporter.port(), "/").status, 404);
        QCOMPARE(httpGet(exporter.port(), "/metricsx").status, 404);
        const HttpReply post = httpGet(exporter.port(), "/metrics", "POST");
        QCOMPARE(post.status, 405);
        QCOMPARE(post.headers.value("allow"), QByteArray("GET, HEAD"));
        const HttpReply head = httpGet(exporter.port(), "/metrics", "HEAD");
        QCOMPARE(head.status, 200);
        QVERIFY(head.body.isEmpty());
        const HttpReply old = httpGet(exporter.port(), "/metrics", "GET", "HTTP/1.0");
        QCOMPARE(old.statusLine, QByteArray("HTTP/1.0 200 OK"));
        QCOMPARE(old.headers.value("connection"), QByteArray("close"));
        QVERIFY(parseExposition(old.body).ok());
        QCOMPARE(exporter.stop(SIGINT), 0);
    }

    void readsTheFileAgainWhenItChanges()
    {
        auto a = startServer();
        auto b = startServer();
        const QString keyA = a->url().toString();
        const QString keyB = b->url().toString();
        writeFile(m_config, configJson({keyA}));
        Exporter exporter;
        QVERIFY(exporter.start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                QStringLiteral("--interval"), QStringLiteral("250"), m_config}));
        QVERIFY(exporter.waitFor([&](const Exposition &x) {
            return valueOr(x, QStringLiteral("ucmc_media_server_up"), url(keyA)) == 1;
        }));

        // Saved the way editors save: a new file renamed over the old one. With an entry whose URL
        // needs escaping in a label value (quote, backslash).
        const QString odd = QStringLiteral("ws://127.0.7.1:1/ku\"ren\\to");
        const QString temporary = m_config + QStringLiteral(".tmp");
        writeFile(temporary, configJson({keyA, keyB, odd}));
        QFile::remove(m_config);
        QVERIFY(QFile::rename(temporary, m_config));
        Exposition e;
        QVERIFY2(exporter.waitFor(
                     [&](const Exposition &x) {
                         return valueOr(x, QStringLiteral("ucmc_exporter_media_servers"), {}) == 3 &&
                                valueOr(x, QStringLiteral("ucmc_media_server_up"), url(keyB)) == 1;
                     },
                     8000, &e),
                 "B added");
        double oddStates = 0;
        for (const Sample &s : e.find(QStringLiteral("ucmc_media_server_state"), url(odd)))
            oddStates += s.value;
        QCOMPARE(oddStates, 1.0); // the label value came back exactly

        // Broken for a moment: the last good list stays, and the exporter says so.
        writeFile(m_config, "{ \"kurentoservers\": [ ");
        QVERIFY(exporter.waitFor([&](const Exposition &x) {
            return valueOr(x, QStringLiteral("ucmc_exporter_config_last_reload_successful"), {}) == 0;
        }));
        e = exporter.scrape();
        QCOMPARE(valueOr(e, QStringLiteral("ucmc_exporter_media_servers"), {}), 3.0);
        QCOMPARE(valueOr(e, QStringLiteral("ucmc_media_server_up"), url(keyA)), 1.0);

        // Fixed, with A removed: A's series are gone.
        writeFile(m_config, configJson({keyB}));
        QVERIFY(exporter.waitFor([&](const Exposition &x) {
            return valueOr(x, QStringLiteral("ucmc_exporter_config_last_reload_successful"), {}) == 1 &&
                   valueOr(x, QStringLiteral("ucmc_exporter_media_servers"), {}) == 1 &&
                   x.find(QStringLiteral("ucmc_media_server_up"), url(keyA)).isEmpty();
        }));
        QCOMPARE(exporter.stop(SIGTERM), 0);
    }

    void endsOnSignals()
    {
        auto a = startServer();
        writeFile(m_config, configJson({a->url().toString()}));
        for (const int signal : {SIGTERM, SIGINT}) {
            Exporter exporter;
            QVERIFY(exporter.start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), m_config}));
            QCOMPARE(exporter.scrape().families.contains(QStringLiteral("ucmc_media_server_up")), true);
            QElapsedTimer clock;
            clock.start();
            QCOMPARE(exporter.stop(signal), 0);
            QVERIFY(clock.elapsed() < 3000);
            QVERIFY(!httpGet(exporter.port()).connected); // nobody listens any more
        }
    }

    void refusesWhatItCannotDo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString file = QStringLiteral("CONFIG");
        QTest::newRow("no file") << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}
                                 << 3 << QStringLiteral("Which file?");
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                           QStringLiteral("/nonexistent/eucwebconfig.json")}
            << 3 << QStringLiteral("Cannot read");
        QTest::newRow("port only") << QStringList{QStringLiteral("--listen"), QStringLiteral("9464"), file}
                                   << 3 << QStringLiteral("--listen needs");
        QTest::newRow("host name") << QStringList{QStringLiteral("--listen"),
                                                  QStringLiteral("example.org:9464"), file}
                                   << 3 << QStringLiteral("--listen needs");
        QTest::newRow("port out of range")
            << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:70000"), file} << 3
            << QStringLiteral("--listen needs");
        QTest::newRow("IPv6 without brackets")
            << QStringList{QStringLiteral("--listen"), QStringLiteral("::1:9464"), file} << 3
            << QStringLiteral("--listen needs");
        QTest::newRow("bad interval") << QStringList{QStringLiteral("--interval"), QStringLiteral("10"), file}
                                      << 3 << QStringLiteral("--interval");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--bogus"), file} << 3 << QStringLiteral("bogus");
        // 192.0.2.1 (TEST-NET-1) is no address of this host: binding fails, nothing is sent.
        QTest::newRow("not an address of this host")
            << QStringList{QStringLiteral("--listen"), QStringLiteral("192.0.2.1:9464"), file} << 1
            << QStringLiteral("Cannot listen on 192.0.2.1:9464");
    }

    void refusesWhatItCannotDo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        writeFile(m_config, configJson({QStringLiteral("ws://127.0.7.1:8888/kurento")}));
        arguments.replaceInStrings(QStringLiteral("CONFIG"), m_config);
        const Run run = runConsole(QStringList{QStringLiteral("serve-metrics")} + arguments, 15000);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void refusesATakenPort()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        writeFile(m_config, configJson({QStringLiteral("ws://127.0.7.1:8888/kurento")}));
        const QString where = QStringLiteral("127.0.0.1:%1").arg(taken.serverPort());
        const Run run =
            runConsole({QStringLiteral("serve-metrics"), QStringLiteral("--listen"), where, m_config}, 15000);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(QString::fromUtf8(run.err).startsWith(QStringLiteral("Cannot listen on %1: ").arg(where)),
                 run.err.constData());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_config;
};

QTEST_GUILESS_MAIN(TestServeMetrics)
#include "tst_serve_metrics.moc"
