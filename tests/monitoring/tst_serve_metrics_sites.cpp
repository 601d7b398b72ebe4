// `uc-media-console serve-metrics --all-sites` as a fleet's Prometheus scrapes it (issue 14): the
// real executable with the console's settings in a temporary folder (the sites watched always,
// written as the window writes them), simulated media servers and a simulated UCServer host in
// this process on 127.0.17.0/24. Every sample of a site carries its name as the label site, each
// family is announced once with all its samples together, a site not watched is not served, a
// stopped server is down under its own site only; the wrong combinations of arguments are refused.
#include "exporterprocess.h"
#include "simulatedprocallhost.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <csignal>

using namespace ucmc::test;

namespace {

const QString kUp = QStringLiteral("ucmc_media_server_up");
const QString kMediaServers = QStringLiteral("ucmc_exporter_media_servers");
const QString kReloadOk = QStringLiteral("ucmc_exporter_config_last_reload_successful");
const QString kPortUp = QStringLiteral("ucmc_ucserver_port_up");
const QString kChecks = QStringLiteral("ucmc_media_server_checks_total");
const QString kHamburgHost = QStringLiteral("127.0.17.250");

Labels siteUrl(const QString &site, const QString &key)
{
    return {{QStringLiteral("site"), site}, {QStringLiteral("url"), key}};
}

Labels site(const QString &name)
{
    return {{QStringLiteral("site"), name}};
}

ucmc::ProbeSettings fast()
{
    ucmc::ProbeSettings settings;
    settings.intervalMs = 250;
    settings.timeoutMs = 400;
    settings.hostIntervalMs = 300;
    return settings;
}

} // namespace

class TestServeMetricsSites : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_settings = std::make_unique<SettingsFolder>();
        QVERIFY(m_settings->isValid());
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { m_settings.reset(); }

    // Hamburg (two servers, a UCServer host) and Bremen (one server) watched always, Kiel only
    // remembered: one exporter serves Hamburg and Bremen, each sample with its site.
    void servesEveryWatchedSiteWithItsName()
    {
        procallsim::SimulatedProcallHost host{QHostAddress(kHamburgHost)};
        QVERIFY2(host.start(7222, 7224, 7225), qPrintable(host.errorString()));
        auto h1 = startServerAt(QHostAddress(QStringLiteral("127.0.17.11")));
        auto h2 = startServerAt(QHostAddress(QStringLiteral("127.0.17.12")));
        auto b1 = startServerAt(QHostAddress(QStringLiteral("127.0.17.21")));
        auto k1 = startServerAt(QHostAddress(QStringLiteral("127.0.17.31")));
        const QString keyH1 = h1->url().toString(), keyH2 = h2->url().toString();
        const QString keyB1 = b1->url().toString(), keyK1 = k1->url().toString();
        const QString hamburg = writeConfig(QStringLiteral("hamburg"), {keyH1, keyH2});
        const QString bremen = writeConfig(QStringLiteral("bremen"), {keyB1});
        const QString kiel = writeConfig(QStringLiteral("kiel"), {keyK1});
        m_settings->addSite(hamburg, [&](ucmc::Site &s) {
            s.name = QStringLiteral("Hamburg");
            s.ucServerHost = kHamburgHost;
            s.probe = fast();
            s.watchAlways = true;
        });
        m_settings->addSite(bremen, [&](ucmc::Site &s) {
            s.name = QStringLiteral("Bremen");
            s.probe = fast();
            s.watchAlways = true;
        });
        m_settings->addSite(kiel, [&](ucmc::Site &s) {
            s.name = QStringLiteral("Kiel");
            s.probe = fast();
        });

        Exporter exporter;
        QVERIFY(exporter.start(
            {QStringLiteral("--all-sites"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")},
            m_settings->environment()));
        Exposition e;
        QVERIFY2(exporter.waitFor(
                     [&](const Exposition &x) {
                         return valueOr(x, kUp, siteUrl(QStringLiteral("Hamburg"), keyH1)) == 1 &&
                                valueOr(x, kUp, siteUrl(QStringLiteral("Hamburg"), keyH2)) == 1 &&
                                valueOr(x, kUp, siteUrl(QStringLiteral("Bremen"), keyB1)) == 1 &&
                                valueOr(x, kPortUp,
                                        {{QStringLiteral("site"), QStringLiteral("Hamburg")},
                                         {QStringLiteral("service"), QStringLiteral("ucserver")}}) == 1;
                     },
                     10000, &e),
                 "the servers of both sites up, Hamburg's UCServer port open");

        // File-level samples: one per site, with its file.
        QCOMPARE(e.find(kMediaServers).size(), 2);
        QCOMPARE(
            valueOr(e, kMediaServers,
                    {{QStringLiteral("site"), QStringLiteral("Hamburg")}, {QStringLiteral("file"), hamburg}}),
            2.0);
        QCOMPARE(
            valueOr(e, kMediaServers,
                    {{QStringLiteral("site"), QStringLiteral("Bremen")}, {QStringLiteral("file"), bremen}}),
            1.0);
        QCOMPARE(valueOr(e, kReloadOk, site(QStringLiteral("Bremen"))), 1.0);
        // Host samples: Hamburg's host, under Hamburg; Bremen has none.
        const QList<Sample> ports = e.find(kPortUp);
        QVERIFY(!ports.isEmpty());
        for (const Sample &s : ports) {
            QCOMPARE(s.labels.value(QStringLiteral("site")), QStringLiteral("Hamburg"));
            QCOMPARE(s.labels.value(QStringLiteral("host")), kHamburgHost);
        }
        // Kiel is remembered, not watched: nothing of it.
        QVERIFY(e.find(kUp, url(keyK1)).isEmpty());
        QVERIFY(e.find(kMediaServers, site(QStringLiteral("Kiel"))).isEmpty());
        QCOMPARE(e.find(kUp).size(), 3);

        // In the text itself: every sample but the process's build info has site first; each
        // family's HELP and TYPE once (the strict parser also refuses a family split in two).
        const HttpReply reply = httpGet(exporter.port());
        QCOMPARE(reply.status, 200);
        const QList<QByteArray> lines = reply.body.split('\n');
        QHash<QByteArray, int> helps, types;
        QSet<QString> sites;
        static const QRegularExpression firstLabel(QStringLiteral("^[a-z_]+\\{site=\"([^\"]*)\""));
        for (const QByteArray &line : lines) {
            if (line.isEmpty())
                continue;
            if (line.startsWith("# HELP "))
                ++helps[line.split(' ').value(2)];
            else if (line.startsWith("# TYPE "))
                ++types[line.split(' ').value(2)];
            else if (!line.startsWith("ucmc_exporter_build_info")) {
                const auto match = firstLabel.match(QString::fromUtf8(line));
                QVERIFY2(match.hasMatch(), line.constData());
                sites.insert(match.captured(1));
            }
        }
        QCOMPARE(sites, (QSet<QString>{QStringLiteral("Hamburg"), QStringLiteral("Bremen")}));
        QCOMPARE(helps.size(), e.families.size());
        for (auto it = helps.cbegin(); it != helps.cend(); ++it) {
            QVERIFY2(it.value() == 1, it.key().constData());
            QVERIFY2(types.value(it.key()) == 1, it.key().constData());
        }
        QCOMPARE(e.find(QStringLiteral("ucmc_exporter_build_info")).size(), 1);

        // Bremen's server stops: down under Bremen only, Hamburg's stay up.
        b1->stop();
        QVERIFY2(exporter.waitFor(
                     [&](const Exposition &x) {
                         return valueOr(x, kUp, siteUrl(QStringLiteral("Bremen"), keyB1)) == 0;
                     },
                     10000, &e),
                 "Bremen's server down");
        QList<Sample> down;
        for (const Sample &s : e.find(kUp)) {
            if (s.value == 0)
                down.append(s);
        }
        QCOMPARE(down.size(), 1);
        QCOMPARE(down.first().labels.value(QStringLiteral("site")), QStringLiteral("Bremen"));
        QCOMPARE(down.first().labels.value(QStringLiteral("url")), keyB1);
        QCOMPARE(valueOr(e, kUp, siteUrl(QStringLiteral("Hamburg"), keyH1)), 1.0);
        QCOMPARE(valueOr(e, kUp, siteUrl(QStringLiteral("Hamburg"), keyH2)), 1.0);
        QCOMPARE(exporter.stop(SIGTERM), 0);
    }

    // Each site is probed with its own interval; --interval given overrides every site's.
    // The list is followed while serving: a site watched in another process (`sites watch`, as
    // an administrator adds one) is served within seconds, one unwatched is dropped with its
    // connection, and one watched again comes back; the exporter keeps its port throughout.
    void followsTheWatchedList()
    {
        auto h1 = startServerAt(QHostAddress(QStringLiteral("127.0.17.51")));
        auto b1 = startServerAt(QHostAddress(QStringLiteral("127.0.17.52")));
        const QString keyH1 = h1->url().toString(), keyB1 = b1->url().toString();
        m_settings->addSite(writeConfig(QStringLiteral("hamburg"), {keyH1}), [](ucmc::Site &s) {
            s.name = QStringLiteral("Hamburg");
            s.probe = fast();
            s.watchAlways = true;
        });
        m_settings->addSite(writeConfig(QStringLiteral("bremen"), {keyB1}), [](ucmc::Site &s) {
            s.name = QStringLiteral("Bremen");
            s.probe = fast();
        });
        Exporter exporter;
        QVERIFY(exporter.start({QStringLiteral("--all-sites"), QStringLiteral("--listen=127.0.0.1:0")},
                               m_settings->environment()));
        QVERIFY(exporter.waitFor(
            [&](const Exposition &x) { return valueOr(x, kUp, siteUrl(QStringLiteral("Hamburg"), keyH1)) == 1; },
            10000));
        QVERIFY(exporter.scrape().find(kUp, siteUrl(QStringLiteral("Bremen"), keyB1)).isEmpty());
        QCOMPARE(b1->connectionCount(), 0);

        const auto sites = [&](const QString &command, const QString &name) {
            const Run run = runProgram(consolePath(), {QStringLiteral("sites"), command, name},
                                       m_settings->environment());
            return run.exitCode == 0;
        };
        QVERIFY(sites(QStringLiteral("watch"), QStringLiteral("Bremen")));
        QVERIFY2(exporter.waitFor(
                     [&](const Exposition &x) {
                         return valueOr(x, kUp, siteUrl(QStringLiteral("Bremen"), keyB1)) == 1 &&
                                valueOr(x, kUp, siteUrl(QStringLiteral("Hamburg"), keyH1)) == 1;
                     },
                     10000),
                 "Bremen served beside Hamburg");

        QVERIFY(sites(QStringLiteral("unwatch"), QStringLiteral("Hamburg")));
        QVERIFY2(exporter.waitFor(
                     [&](const Exposition &x) {
                         return x.find(kUp, siteUrl(QStringLiteral("Hamburg"), keyH1)).isEmpty() &&
                                x.find(kMediaServers, site(QStringLiteral("Hamburg"))).isEmpty() &&
                                valueOr(x, kUp, siteUrl(QStringLiteral("Bremen"), keyB1)) == 1;
                     },
                     10000),
                 "Hamburg dropped, Bremen still served");
        QTRY_COMPARE_WITH_TIMEOUT(h1->connectionCount(), 0, 5000); // its connection closed

        QVERIFY(sites(QStringLiteral("watch"), QStringLiteral("Hamburg")));
        QVERIFY2(exporter.waitFor(
                     [&](const Exposition &x) { return valueOr(x, kUp, siteUrl(QStringLiteral("Hamburg"), keyH1)) == 1; },
                     10000),
                 "Hamburg back");
        QVERIFY(exporter.process().readAllStandardError().contains("No longer serving site Hamburg"));
    }

    void eachSiteWithItsOwnTimingUnlessGiven()
    {
        auto quick = startServerAt(QHostAddress(QStringLiteral("127.0.17.41")));
        auto slow = startServerAt(QHostAddress(QStringLiteral("127.0.17.42")));
        const QString keyQuick = quick->url().toString(), keySlow = slow->url().toString();
        m_settings->addSite(writeConfig(QStringLiteral("quick"), {keyQuick}), [](ucmc::Site &s) {
            s.name = QStringLiteral("Quick");
            s.probe = fast();
            s.watchAlways = true;
        });
        m_settings->addSite(writeConfig(QStringLiteral("slow"), {keySlow}), [](ucmc::Site &s) {
            s.name = QStringLiteral("Slow");
            s.probe = fast();
            s.probe.intervalMs = 5000;
            s.watchAlways = true;
        });
        const auto checksAfterTwoSeconds = [&](const QStringList &extra) {
            Exporter exporter;
            std::pair<double, double> checks{-1, -1};
            if (!exporter.start(
                    QStringList{QStringLiteral("--all-sites"), QStringLiteral("--listen=127.0.0.1:0")} +
                        extra,
                    m_settings->environment()))
                return checks;
            exporter.waitFor(
                [&](const Exposition &x) {
                    return valueOr(x, kUp, siteUrl(QStringLiteral("Quick"), keyQuick)) == 1 &&
                           valueOr(x, kUp, siteUrl(QStringLiteral("Slow"), keySlow)) == 1;
                },
                12000);
            QTest::qWait(2000);
            const Exposition e = exporter.scrape();
            checks = {valueOr(e, kChecks, siteUrl(QStringLiteral("Quick"), keyQuick)),
                      valueOr(e, kChecks, siteUrl(QStringLiteral("Slow"), keySlow))};
            exporter.stop(SIGTERM);
            return checks;
        };
        const auto [quickOwn, slowOwn] = checksAfterTwoSeconds({});
        QVERIFY2(quickOwn >= 5 && slowOwn >= 1 && slowOwn <= 3,
                 qPrintable(QStringLiteral("quick %1, slow %2").arg(quickOwn).arg(slowOwn)));
        const auto [quickGiven, slowGiven] =
            checksAfterTwoSeconds({QStringLiteral("--interval"), QStringLiteral("250")});
        QVERIFY2(quickGiven >= 5 && slowGiven >= 5,
                 qPrintable(QStringLiteral("quick %1, slow %2").arg(quickGiven).arg(slowGiven)));
    }

    void refusesWhatItCannotDo()
    {
        const QString file =
            writeConfig(QStringLiteral("lonely"), {QStringLiteral("ws://127.0.17.99:1/kurento")});
        m_settings->addSite(file, [](ucmc::Site &s) { s.name = QStringLiteral("Lonely"); });
        const auto serveAllSites = [&](const QStringList &extra) {
            return runProgram(consolePath(),
                              QStringList{QStringLiteral("serve-metrics"), QStringLiteral("--all-sites"),
                                          QStringLiteral("--listen=127.0.0.1:0")} +
                                  extra,
                              m_settings->environment());
        };

        const Run nothingWatched = serveAllSites({});
        QCOMPARE(nothingWatched.exitCode, 3);
        QVERIFY2(nothingWatched.err.contains("No site is watched always") &&
                     nothingWatched.err.contains("sites watch NAME") &&
                     nothingWatched.err.contains("Site Settings") &&
                     nothingWatched.err.contains("sites import"),
                 nothingWatched.output().constData());
        QVERIFY(nothingWatched.out.isEmpty()); // not serving

        // With a site watched, each wrong combination on its own.
        m_settings->addSite(file, [](ucmc::Site &s) { s.watchAlways = true; });
        const QList<std::pair<QStringList, QByteArray>> refused = {
            {{file}, "either FILE or --all-sites"},
            {{QStringLiteral("--ucserver-host"), kHamburgHost},
             "--ucserver-host does not apply with --all-sites"},
            {{QStringLiteral("--interval"), QStringLiteral("10")},
             "--interval must be a number of milliseconds"},
        };
        for (const auto &[extra, message] : refused) {
            const Run run = serveAllSites(extra);
            QCOMPARE(run.exitCode, 3);
            QVERIFY2(run.err.contains(message) && run.out.isEmpty(), run.output().constData());
        }
    }

private:
    QString writeConfig(const QString &name, const QStringList &urls)
    {
        QDir(m_dir.path()).mkpath(name);
        const QString path = m_dir.filePath(name + QStringLiteral("/eucwebconfig.json"));
        writeFile(path, configJson(urls));
        return path;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<SettingsFolder> m_settings;
};

QTEST_GUILESS_MAIN(TestServeMetricsSites)
#include "tst_serve_metrics_sites.moc"
