// `uc-media-console probe` as Nagios, Icinga or Checkmk run it: the real executable, without a
// display, against simulated media servers in this process (127.0.7.0/24). Every exit code, the
// status line and performance data in the plugin format, and the --json fields.
#include "fault.h"
#include "monitoringsupport.h"
#include "simulatedprocallhost.h"
#include "tlsidentity.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <unistd.h>

using namespace ucmc::test;
using kmssim::Fault;
using kmssim::FaultMode;
using kmssim::SimulatedMediaServer;

namespace {

// The Nagios plugin output format (Nagios Plugin Development Guidelines, "Performance data"):
// 'label'=value[UOM];[warn];[crit];[min];[max], items separated by spaces.
const QString kNumber = QStringLiteral(R"(-?\d+(?:\.\d+)?)");
const QString kRange = QStringLiteral(R"(@?(?:~|%1)?(?::(?:%1)?)?)").arg(kNumber);
const QString kPerfItem =
    QStringLiteral(
        R"('(?:[^'=]|'')+'=(?:%1|U)(?:us|ms|s|%|B|KB|MB|TB|c)?(?:;(?:%2)(?:;(?:%2)(?:;(?:%1)?(?:;(?:%1)?)?)?)?)?)")
        .arg(kNumber, kRange);
const QRegularExpression kStatusLine(
    QStringLiteral(R"(^UCMC (OK|WARNING|CRITICAL|UNKNOWN) - ([^|\n]+) \| (%1(?: %1)*)$)").arg(kPerfItem));

struct StatusLine
{
    QString status;
    QString text;
    QString perfData;
};

// Exactly one line on stdout in the plugin format; fails the test otherwise.
StatusLine parseStatus(const Run &run)
{
    const QString out = QString::fromUtf8(run.out);
    StatusLine line;
    [&] {
        QVERIFY2(out.endsWith(u'\n') && out.count(u'\n') == 1, qPrintable(out));
        const auto match = kStatusLine.match(out.trimmed());
        QVERIFY2(match.hasMatch(), qPrintable(out));
        line = {match.captured(1), match.captured(2), match.captured(3)};
    }();
    return line;
}

// label -> the item's text after '='.
QHash<QString, QString> perfItems(const QString &perfData)
{
    QHash<QString, QString> items;
    static const QRegularExpression item(QStringLiteral(R"('((?:[^'=]|'')+)'=(\S+))"));
    for (auto it = item.globalMatch(perfData); it.hasNext();) {
        const auto match = it.next();
        items.insert(match.captured(1).replace(QLatin1String("''"), QLatin1String("'")), match.captured(2));
    }
    return items;
}

QJsonObject parseJson(const Run &run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qWarning("not a JSON object: %s", run.out.constData());
    return document.object();
}

QString host(const SimulatedMediaServer &server)
{
    return server.address().toString();
}

} // namespace

class TestProbeCli : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void allUpIsOk()
    {
        auto a = startServer();
        auto b = startServer();
        auto c = startServer();
        const Run run = runConsole(
            {QStringLiteral("probe"), a->url().toString(), b->url().toString(), c->url().toString()});
        QCOMPARE(run.exitCode, 0);
        const StatusLine line = parseStatus(run);
        QCOMPARE(line.status, QStringLiteral("OK"));
        QCOMPARE(line.text, QStringLiteral("3 of 3 media servers up"));
        const auto perf = perfItems(line.perfData);
        QCOMPARE(perf.value(QStringLiteral("up")), QStringLiteral("3;3:;1:;0;3"));
        QCOMPARE(perf.value(QStringLiteral("down")), QStringLiteral("0;;;0;3"));
        for (const auto *server : {a.get(), b.get(), c.get()}) {
            const QString rtt = perf.value(QStringLiteral("rtt_") + host(*server));
            QVERIFY2(QRegularExpression(QStringLiteral(R"(^\d+\.\d{3}ms;;;0$)")).match(rtt).hasMatch(),
                     qPrintable(line.perfData));
        }
        QVERIFY(run.err.isEmpty());
    }

    void someDownIsWarning()
    {
        auto a = startServer();
        auto b = startServer();
        const QString refused = refusedUrl();
        const Run run =
            runConsole({QStringLiteral("probe"), a->url().toString(), refused, b->url().toString()});
        QCOMPARE(run.exitCode, 1);
        const StatusLine line = parseStatus(run);
        QCOMPARE(line.status, QStringLiteral("WARNING"));
        const QString refusedHost = QUrl(refused).host();
        QCOMPARE(line.text,
                 QStringLiteral("2 of 3 media servers up; down: %1 (Connection refused)").arg(refusedHost));
        const auto perf = perfItems(line.perfData);
        QCOMPARE(perf.value(QStringLiteral("up")), QStringLiteral("2;3:;1:;0;3"));
        QCOMPARE(perf.value(QStringLiteral("down")), QStringLiteral("1;;;0;3"));
        QVERIFY(!perf.contains(QStringLiteral("rtt_") + refusedHost)); // no value rather than a made-up one
    }

    void allDownIsCritical()
    {
        const Run run = runConsole({QStringLiteral("probe"), refusedUrl(), refusedUrl()});
        QCOMPARE(run.exitCode, 2);
        const StatusLine line = parseStatus(run);
        QCOMPARE(line.status, QStringLiteral("CRITICAL"));
        QVERIFY2(line.text.startsWith(QLatin1String("0 of 2 media servers up; down: ")),
                 qPrintable(line.text));
        QCOMPARE(perfItems(line.perfData).value(QStringLiteral("up")), QStringLiteral("0;2:;1:;0;2"));
    }

    void versionsThatDifferAreAWarning()
    {
        auto a = startServer();
        kmssim::ServerConfig older;
        older.version = QStringLiteral("6.18.0");
        auto b = startServer(older);
        auto c = startServer();
        const Run run = runConsole(
            {QStringLiteral("probe"), a->url().toString(), b->url().toString(), c->url().toString()});
        QCOMPARE(run.exitCode, 1);
        const StatusLine line = parseStatus(run);
        QCOMPARE(line.status, QStringLiteral("WARNING"));
        QCOMPARE(
            line.text,
            QStringLiteral("3 of 3 media servers up; versions differ: 7.3.0 (2), 6.18.0 (%1)").arg(host(*b)));
    }

    void stalledServerTimesOutWithinTheTimeout()
    {
        auto up = startServer();
        auto stalled = startServer();
        stalled->setFault(Fault{FaultMode::Stall, 0}); // accepts TCP, never answers the handshake
        const Run run =
            runConsole({QStringLiteral("probe"), QStringLiteral("--json"), QStringLiteral("--timeout"),
                        QStringLiteral("1000"), up->url().toString(), stalled->url().toString()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.elapsedMs < 1000 + 3000, qPrintable(QString::number(run.elapsedMs)));
        const QJsonObject result = parseJson(run);
        QCOMPARE(result.value(QLatin1String("status")).toString(), QStringLiteral("WARNING"));
        const QJsonObject server = result.value(QLatin1String("servers")).toArray().at(1).toObject();
        QCOMPARE(server.value(QLatin1String("url")).toString(), stalled->url().toString());
        QCOMPARE(server.value(QLatin1String("state")).toString(), QStringLiteral("down"));
        const QString failure = server.value(QLatin1String("failure")).toString();
        QVERIFY2(failure == u"tcp-timeout" || failure == u"rpc-timeout" || failure == u"tls-handshake" ||
                     failure == u"ws-upgrade",
                 qPrintable(failure));
        stalled->clearFault();
    }

    void badArgumentsAreUnknown_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("nothing to probe") << QStringList{};
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--bogus"), QStringLiteral("ws://127.0.7.1:1/kurento")};
        QTest::newRow("timeout not a number") << QStringList{
            QStringLiteral("--timeout"), QStringLiteral("soon"), QStringLiteral("ws://127.0.7.1:1/kurento")};
        QTest::newRow("timeout too short") << QStringList{QStringLiteral("--timeout"), QStringLiteral("5"),
                                                          QStringLiteral("ws://127.0.7.1:1/kurento")};
        QTest::newRow("warn-days negative")
            << QStringList{QStringLiteral("--warn-days=-1"), QStringLiteral("ws://127.0.7.1:1/kurento")};
        QTest::newRow("http URL") << QStringList{QStringLiteral("http://127.0.7.1:8888/kurento")};
        QTest::newRow("URL without host") << QStringList{QStringLiteral("ws:///kurento")};
        QTest::newRow("missing CA file")
            << QStringList{QStringLiteral("--ca-file"), QStringLiteral("/nonexistent.pem"),
                           QStringLiteral("ws://127.0.7.1:1/kurento")};
    }

    void badArgumentsAreUnknown()
    {
        QFETCH(QStringList, arguments);
        arguments.prepend(QStringLiteral("probe"));
        const Run run = runConsole(arguments);
        QCOMPARE(run.exitCode, 3);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.startsWith(QLatin1String("UCMC UNKNOWN - ")) && out.count(u'\n') == 1, qPrintable(out));

        arguments.append(QStringLiteral("--json"));
        const Run json = runConsole(arguments);
        QCOMPARE(json.exitCode, 3);
        QCOMPARE(parseJson(json).value(QLatin1String("status")).toString(), QStringLiteral("UNKNOWN"));
    }

    void unreadableFilesAreUnknown()
    {
        QStringList unreadable{m_dir->filePath(QStringLiteral("missing.json")), m_dir->path()};
        if (::geteuid() != 0) { // root reads everything
            const QString locked = m_dir->filePath(QStringLiteral("locked.json"));
            writeFile(locked, configJson({QStringLiteral("ws://127.0.7.1:8888/kurento")}));
            QFile::setPermissions(locked, QFileDevice::Permissions());
            unreadable.append(locked);
        }
        for (const QString &path : std::as_const(unreadable)) {
            const Run run = runConsole({QStringLiteral("probe"), path});
            QCOMPARE(run.exitCode, 3);
            QVERIFY2(run.out.startsWith("UCMC UNKNOWN - Cannot read "), run.out.constData());
        }
    }

    void unusableFilesAreCritical_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("syntax error")
            << QByteArray("{ \"kurentoservers\": [ { \"url\": \"ws://127.0.7.1:8888/kurento\" }, ] }");
        QTest::newRow("empty file") << QByteArray();
        QTest::newRow("no kurentoservers") << QByteArray("{ \"webserver\": {} }");
        QTest::newRow("empty list") << QByteArray("{ \"kurentoservers\": [] }");
        QTest::newRow("UTF-16") << QByteArray("\xff\xfe{\x00}\x00", 6);
    }

    void unusableFilesAreCritical()
    {
        QFETCH(QByteArray, bytes);
        const QString path = m_dir->filePath(QStringLiteral("eucwebconfig.json"));
        writeFile(path, bytes);
        const Run run = runConsole({QStringLiteral("probe"), path});
        QCOMPARE(run.exitCode, 2);
        const StatusLine line = parseStatus(run);
        QCOMPARE(line.status, QStringLiteral("CRITICAL"));
        QVERIFY2(line.text.contains(path), qPrintable(line.text));
    }

    void configurationFileIsProbed()
    {
        auto a = startServer();
        auto b = startServer();
        const QString path = m_dir->filePath(QStringLiteral("eucwebconfig.json"));
        writeFile(path, configJson({a->url().toString(), b->url().toString()}));
        Run run = runConsole({QStringLiteral("probe"), path});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(parseStatus(run).text, QStringLiteral("2 of 2 media servers up"));

        // A server in the file and on the command line is probed once.
        run = runConsole({QStringLiteral("probe"), path, a->url().toString(), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = parseJson(run);
        QCOMPARE(result.value(QLatin1String("total")).toInt(), 2);
        const QJsonArray sources = result.value(QLatin1String("servers"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QLatin1String("sources"))
                                       .toArray();
        QCOMPARE(sources.size(), 2);

        // An entry that cannot be probed is a warning, and named.
        writeFile(path, configJson({a->url().toString(), QStringLiteral("http://127.0.7.1:8888/kurento")}));
        run = runConsole({QStringLiteral("probe"), path});
        QCOMPARE(run.exitCode, 1);
        const StatusLine line = parseStatus(run);
        QVERIFY2(line.text.startsWith(
                     QLatin1String("1 of 2 media servers up; not monitored: http://127.0.7.1:8888/kurento")),
                 qPrintable(line.text));
    }

    void jsonHasEveryField()
    {
        auto up = startServer();
        const QString refused = refusedUrl();
        const Run run =
            runConsole({QStringLiteral("probe"), QStringLiteral("--json"), up->url().toString(), refused});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject result = parseJson(run);
        QCOMPARE(result.value(QLatin1String("status")).toString(), QStringLiteral("WARNING"));
        QCOMPARE(result.value(QLatin1String("exitCode")).toInt(), 1);
        QCOMPARE(result.value(QLatin1String("total")).toInt(), 2);
        QCOMPARE(result.value(QLatin1String("up")).toInt(), 1);
        QCOMPARE(result.value(QLatin1String("down")).toInt(), 1);
        QCOMPARE(result.value(QLatin1String("versions")).toObject().value(QLatin1String("7.3.0")).toInt(), 1);
        QVERIFY(result.value(QLatin1String("versionsAgree")).toBool());
        QVERIFY(!result.value(QLatin1String("summary")).toString().isEmpty());
        QCOMPARE(result.value(QLatin1String("timeoutMs")).toInt(), 5000);
        QCOMPARE(result.value(QLatin1String("warnDays")).toInt(), 30);

        const QJsonArray servers = result.value(QLatin1String("servers")).toArray();
        QCOMPARE(servers.size(), 2);
        const QJsonObject first = servers.at(0).toObject();
        for (const char *key : {"url", "host", "sources", "state", "up", "failure", "reason", "timedOut",
                                "rttMs", "version", "serverId", "stagesMs", "certificate"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(first.value(QLatin1String("url")).toString(), up->url().toString());
        QCOMPARE(first.value(QLatin1String("host")).toString(), host(*up));
        QCOMPARE(first.value(QLatin1String("state")).toString(), QStringLiteral("up"));
        QVERIFY(first.value(QLatin1String("up")).toBool());
        QVERIFY(first.value(QLatin1String("failure")).isNull());
        QVERIFY(first.value(QLatin1String("rttMs")).toDouble() > 0);
        QCOMPARE(first.value(QLatin1String("version")).toString(), QStringLiteral("7.3.0"));
        QCOMPARE(first.value(QLatin1String("serverId")).toString(), up->serverId());
        QVERIFY(first.value(QLatin1String("certificate")).isNull()); // ws://

        const QJsonObject second = servers.at(1).toObject();
        QCOMPARE(second.value(QLatin1String("url")).toString(), refused);
        QCOMPARE(second.value(QLatin1String("state")).toString(), QStringLiteral("down"));
        QCOMPARE(second.value(QLatin1String("failure")).toString(), QStringLiteral("tcp-refused"));
        QCOMPARE(second.value(QLatin1String("reason")).toString(), QStringLiteral("Connection refused"));
        QVERIFY(second.value(QLatin1String("rttMs")).isNull());
        QVERIFY(!second.value(QLatin1String("timedOut")).toBool());
    }

    void wssNeedsTrustAndReportsItsCertificate()
    {
        QString error;
        const auto identity =
            kmssim::TlsIdentity::generateSelfSigned({QHostAddress(QStringLiteral("127.0.7.200"))}, &error);
        QVERIFY2(identity, qPrintable(error));
        kmssim::ServerConfig config;
        config.wsPort.reset();
        config.wssPort = 0;
        config.tls = identity;
        config.address = QHostAddress(QStringLiteral("127.0.7.200")); // the address the certificate names
        auto server = std::make_unique<SimulatedMediaServer>(config);
        QVERIFY2(server->start(&error), qPrintable(error));
        const QString url = server->url().toString();
        QVERIFY(url.startsWith(QLatin1String("wss://")));

        // Self-signed and not trusted: never ignored.
        Run run = runConsole({QStringLiteral("probe"), QStringLiteral("--json"), url});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(parseJson(run)
                     .value(QLatin1String("servers"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("failure"))
                     .toString(),
                 QStringLiteral("tls-untrusted"));

        // Trusted through --ca-file. The simulator's certificate is valid for 30 days: within
        // --warn-days 60 that is a warning, within 7 it is fine.
        run = runConsole({QStringLiteral("probe"), QStringLiteral("--ca-file"), identity->pemPath(),
                          QStringLiteral("--warn-days"), QStringLiteral("7"), url});
        QCOMPARE(run.exitCode, 0);
        StatusLine line = parseStatus(run);
        const auto perf = perfItems(line.perfData);
        QVERIFY2(perf.value(QStringLiteral("cert_days_127.0.7.200"))
                     .contains(QRegularExpression(QStringLiteral("^(29|30);7:;0:$"))),
                 qPrintable(line.perfData));

        run = runConsole({QStringLiteral("probe"), QStringLiteral("--ca-file"), identity->pemPath(),
                          QStringLiteral("--warn-days"), QStringLiteral("60"), url});
        QCOMPARE(run.exitCode, 1);
        line = parseStatus(run);
        QVERIFY2(line.text.contains(QRegularExpression(
                     QStringLiteral("certificate of 127\\.0\\.7\\.200 expires in (29|30) days"))),
                 qPrintable(line.text));

        run = runConsole({QStringLiteral("probe"), QStringLiteral("--json"), QStringLiteral("--ca-file"),
                          identity->pemPath(), url});
        const QJsonObject certificate = parseJson(run)
                                            .value(QLatin1String("servers"))
                                            .toArray()
                                            .at(0)
                                            .toObject()
                                            .value(QLatin1String("certificate"))
                                            .toObject();
        QVERIFY(QList<int>({29, 30}).contains(certificate.value(QLatin1String("daysToExpiry")).toInt()));
        QVERIFY(QDateTime::fromString(certificate.value(QLatin1String("notAfter")).toString(), Qt::ISODate)
                    .isValid());
        QCOMPARE(certificate.value(QLatin1String("sha256")).toString().size(), 32 * 3 - 1);
    }

    // probe --site: the remembered site's file, its UCServer host, its servers in maintenance
    // and its pinned certificate (not trusted otherwise), found by name in the window's settings.
    void probesARememberedSite()
    {
        SettingsFolder settings;
        QVERIFY(settings.isValid());
        const QHostAddress hostAddress(QStringLiteral("127.0.18.250"));
        procallsim::SimulatedProcallHost host(hostAddress);
        QVERIFY2(host.start(7222, 7224, 7225), qPrintable(host.errorString()));
        QString error;
        const QHostAddress secureAddress(QStringLiteral("127.0.18.13"));
        const auto identity = kmssim::TlsIdentity::generateSelfSigned({secureAddress}, &error);
        QVERIFY2(identity, qPrintable(error));
        kmssim::ServerConfig config;
        config.wsPort.reset();
        config.wssPort = 0;
        config.tls = identity;
        config.address = secureAddress;
        SimulatedMediaServer secure(config);
        QVERIFY2(secure.start(&error), qPrintable(error));
        auto plain = startServer();
        const QString keySecure = secure.url().toString();
        const QString keyPlain = plain->url().toString();
        const QString keyResting = refusedUrl(); // in maintenance: nothing answers there
        const QString file = m_dir->filePath(QStringLiteral("eucwebconfig.json"));
        writeFile(file, configJson({keySecure, keyPlain, keyResting}));
        const ucmc::Site stored = settings.addSite(file, [&](ucmc::Site &site) {
            site.name = QStringLiteral("Lübeck");
            site.ucServerHost = hostAddress.toString();
            site.maintenance = {keyResting};
            site.pinnedCertificates.insert(keySecure,
                                           identity->chain().first().digest(QCryptographicHash::Sha256));
        });

        const auto probeSite = [&](const QStringList &extra) {
            return runProgram(consolePath(),
                              QStringList{QStringLiteral("probe"), QStringLiteral("--site")} + extra,
                              settings.environment());
        };
        // The simulator's certificate is valid for 30 days: --warn-days 7 keeps it out of the verdict.
        Run run = probeSite({QStringLiteral("lübeck"), QStringLiteral("--warn-days"), QStringLiteral("7")});
        QVERIFY2(run.exitCode == 0, run.output().constData());
        StatusLine line = parseStatus(run);
        QCOMPARE(line.status, QStringLiteral("OK"));
        QCOMPARE(line.text,
                 QStringLiteral("2 of 3 media servers up; in maintenance: %1").arg(QUrl(keyResting).host()));
        QCOMPARE(perfItems(line.perfData).value(QStringLiteral("ucserver_up")), QStringLiteral("1;1:;;0;1"));
        QCOMPARE(perfItems(line.perfData).value(QStringLiteral("up")), QStringLiteral("2;2:;1:;0;3"));

        // The same site by its ID; the UCServer stops: a warning that names it.
        host.setUcServerRunning(false);
        run = probeSite(
            {stored.id, QStringLiteral("--json"), QStringLiteral("--warn-days"), QStringLiteral("7")});
        QCOMPARE(run.exitCode, 1);
        QJsonObject json = parseJson(run);
        QCOMPARE(json.value(QLatin1String("site")).toString(), QStringLiteral("Lübeck"));
        QCOMPARE(json.value(QLatin1String("up")).toInt(), 2);
        QCOMPARE(json.value(QLatin1String("down")).toInt(), 0);
        QCOMPARE(json.value(QLatin1String("maintenance")).toInt(), 1);
        const QJsonObject ucServer = json.value(QLatin1String("ucServer")).toObject();
        QCOMPARE(ucServer.value(QLatin1String("host")).toString(), hostAddress.toString());
        QCOMPARE(
            ucServer.value(QLatin1String("ucserver")).toObject().value(QLatin1String("state")).toString(),
            QStringLiteral("closed"));
        QCOMPARE(ucServer.value(QLatin1String("webserverHttp"))
                     .toObject()
                     .value(QLatin1String("state"))
                     .toString(),
                 QStringLiteral("open"));
        QVERIFY2(json.value(QLatin1String("summary"))
                     .toString()
                     .contains(QStringLiteral("UCServer on 127.0.18.250:7222 does not answer")),
                 run.out.constData());

        // Without the site, the same file: the pin is not there, the maintenance neither.
        run = runConsole({QStringLiteral("probe"), file});
        QCOMPARE(run.exitCode, 1);
        line = parseStatus(run);
        QCOMPARE(line.text.left(24), QStringLiteral("1 of 3 media servers up;"));
    }

    void siteArgumentsRefused()
    {
        SettingsFolder settings;
        QVERIFY(settings.isValid());
        const QString file = m_dir->filePath(QStringLiteral("eucwebconfig.json"));
        writeFile(file, configJson({refusedUrl()}));
        settings.addSite(file, [](ucmc::Site &site) { site.name = QStringLiteral("Kiel"); });

        Run run = runProgram(consolePath(),
                             {QStringLiteral("probe"), QStringLiteral("--site"), QStringLiteral("Atlantis")},
                             settings.environment());
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(
            run.out.startsWith("UCMC UNKNOWN - There is no site named \"Atlantis\". The sites are: Kiel"),
            run.output().constData());

        run = runProgram(consolePath(),
                         {QStringLiteral("probe"), QStringLiteral("--json"), QStringLiteral("--site"),
                          QStringLiteral("Kiel"), file},
                         settings.environment());
        QCOMPARE(run.exitCode, 3);
        const QJsonObject json = parseJson(run);
        QCOMPARE(json.value(QLatin1String("status")).toString(), QStringLiteral("UNKNOWN"));
        QVERIFY2(
            json.value(QLatin1String("summary")).toString().contains(QStringLiteral("either --site or FILE")),
            run.out.constData());

        // The site's file gone: UNKNOWN as for a file given that cannot be read.
        QVERIFY(QFile::remove(file));
        run = runProgram(consolePath(),
                         {QStringLiteral("probe"), QStringLiteral("--site"), QStringLiteral("Kiel")},
                         settings.environment());
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.out.startsWith("UCMC UNKNOWN - Cannot read "), run.output().constData());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestProbeCli)
#include "tst_probe_cli.moc"
