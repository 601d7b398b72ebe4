// The fleet: several sites watched at once, each from its own eucwebconfig.json, against simulated
// media servers and UCServer hosts on loopback. All of them probe in the process's one monitor
// thread; a stopped server shows on its site's status (and only there), a broken file keeps the
// last list monitored and says why, alerts name their site, and sites leave the fleet cleanly.
#include "core/configfilewatcher.h"
#include "core/fleetmonitor.h"
#include "core/sitemonitor.h"
#include "core/watchedsite.h"
#include "net/monitor/monitorthread.h"

#include "fault.h"
#include "simulatedmediaserver.h"
#include "simulatedprocallhost.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <vector>

using namespace ucmc;
using kmssim::Fault;
using kmssim::FaultMode;
using kmssim::SimulatedMediaServer;
using procallsim::SimulatedProcallHost;

namespace {
int nextHost = 1;

std::unique_ptr<SimulatedMediaServer> startServer(const QString &version = {})
{
    kmssim::ServerConfig config;
    config.address = QHostAddress(QStringLiteral("127.0.6.%1").arg(nextHost++));
    config.wsPort = 0;
    if (!version.isEmpty())
        config.version = version;
    auto server = std::make_unique<SimulatedMediaServer>(config);
    QString error;
    if (!server->start(&error))
        qFatal("simulator did not start: %s", qPrintable(error));
    return server;
}

QByteArray configWith(const QStringList &urls)
{
    QByteArray json = "{\n  \"kurentoservers\": [\n";
    for (qsizetype i = 0; i < urls.size(); ++i)
        json += "    { \"url\": \"" + urls[i].toUtf8() + "\" }" + (i + 1 < urls.size() ? ",\n" : "\n");
    return json + "  ]\n}\n";
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}
} // namespace

class TestFleetMonitor : public QObject
{
    Q_OBJECT

    Site makeSite(const QString &id, const QString &name, const QStringList &urls, const SimulatedProcallHost &host)
    {
        Site site;
        site.id = id;
        site.name = name;
        site.configPath = m_dir.filePath(id + QStringLiteral(".json"));
        site.ucServerHost = QStringLiteral("127.0.6.200");
        site.probe.intervalMs = 200;
        site.probe.timeoutMs = 500;
        site.probe.hostIntervalMs = 200;
        site.probe.ucServerPort = host.ucServerPort();
        site.probe.webServerHttpPort = host.webServerPort();
        site.probe.webServerHttpsPort = host.webServerHttpsPort();
        site.watchAlways = true;
        if (!writeFile(site.configPath, configWith(urls)))
            qFatal("cannot write %s", qPrintable(site.configPath));
        return site;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_host.start(0, 0, 0), qPrintable(m_host.errorString()));
    }

    void sitesLiveAtOnceInOneThread()
    {
        auto a1 = startServer();
        auto a2 = startServer();
        auto b1 = startServer();
        auto b2 = startServer(QStringLiteral("7.1.0"));
        const Site hamburg = makeSite(QStringLiteral("hh"), QStringLiteral("Hamburg"),
                                      {a1->url().toString(), a2->url().toString()}, m_host);
        const Site berlin = makeSite(QStringLiteral("be"), QStringLiteral("Berlin"),
                                     {b1->url().toString(), b2->url().toString()}, m_host);
        FleetMonitor fleet;
        QSignalSpy sitesChanged(&fleet, &FleetMonitor::sitesChanged);
        fleet.setSites({hamburg, berlin});
        QCOMPARE(sitesChanged.size(), 1);
        QCOMPARE(fleet.siteIds(), (QStringList{QStringLiteral("hh"), QStringLiteral("be")}));

        // One monitor thread for both sites: each site's monitor holds the same one.
        {
            const std::shared_ptr<MonitorThread> thread = MonitorThread::shared();
            QCOMPARE(thread.use_count(), 3); // this reference and the two sites' monitors
        }

        QTRY_COMPARE_WITH_TIMEOUT(fleet.status(QStringLiteral("hh")).servers.up, 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(fleet.status(QStringLiteral("be")).servers.up, 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(fleet.status(QStringLiteral("hh")).host.ucServer.state, PortHealth::State::Open,
                                  5000);
        const SiteStatus hh = fleet.status(QStringLiteral("hh"));
        QCOMPARE(hh.name, QStringLiteral("Hamburg"));
        QCOMPARE(hh.level(), SiteStatus::Level::Ok);
        QCOMPARE(hh.headline(), QStringLiteral("All 2 media servers up"));
        // Berlin's servers run two versions: a warning, and the tile says so.
        const SiteStatus be = fleet.status(QStringLiteral("be"));
        QCOMPARE(be.level(), SiteStatus::Level::Warning);
        QVERIFY2(be.details().join(u'\n').contains(QStringLiteral("Versions differ")),
                 qPrintable(be.details().join(u'\n')));
        QCOMPARE(fleet.statuses().first().siteId, QStringLiteral("be")); // worst first

        // A stopped server of Hamburg shows on Hamburg, and Hamburg goes to the top.
        QSignalSpy changed(&fleet, &FleetMonitor::siteStatusChanged);
        a2->setFault(Fault{FaultMode::Refuse, 0});
        QTRY_COMPARE_WITH_TIMEOUT(fleet.status(QStringLiteral("hh")).servers.down, 1, 5000);
        QVERIFY(changed.contains(QVariantList{QStringLiteral("hh")}));
        QCOMPARE(fleet.status(QStringLiteral("be")).servers.down, 0);
        QCOMPARE(fleet.status(QStringLiteral("hh")).level(), SiteStatus::Level::Critical);
        QCOMPARE(fleet.status(QStringLiteral("hh")).headline(), QStringLiteral("1 media server down"));
        QCOMPARE(fleet.statuses().first().siteId, QStringLiteral("hh"));
        QTRY_COMPARE_WITH_TIMEOUT(fleet.traySummary().level, TraySummary::Level::Critical, 3000);
        QVERIFY2(fleet.traySummary().toolTip.contains(QStringLiteral("Hamburg: 1 media server down")),
                 qPrintable(fleet.traySummary().toolTip));

        // The alert names its site.
        QSignalSpy alerts(&fleet, &FleetMonitor::alertRaised);
        QTRY_VERIFY_WITH_TIMEOUT(!alerts.isEmpty(), 15000);
        const auto alert = alerts.first().first().value<Alert>();
        QVERIFY2(alert.title.startsWith(QStringLiteral("Site Hamburg: ")), qPrintable(alert.title));
        QCOMPARE(alert.kind, Alert::Kind::ServersDown);

        // Berlin leaves the fleet: its connections close, Hamburg goes on.
        fleet.setSites({hamburg});
        QCOMPARE(fleet.siteIds(), QStringList{QStringLiteral("hh")});
        QCOMPARE(fleet.site(QStringLiteral("be")), nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(b1->connectionCount(), 0, 3000);
        QCOMPARE(fleet.status(QStringLiteral("hh")).servers.total, 2);
    }

    // A tile shows states, versions and certificates, never figures: the fleet's monitors ask for
    // none (ProbeDetail::Status), while the exporter's WatchedSite (Full) gets them at once.
    void backgroundSitesAskForNoFigures()
    {
        auto server = startServer();
        const QString key = server->url().toString();
        const Site site = makeSite(QStringLiteral("fig"), QStringLiteral("Figures"), {key}, m_host);
        FleetMonitor fleet;
        fleet.setSites({site});
        WatchedSite exported(site, WatchedSite::Options{});
        const auto health = [key](const WatchedSite *w) { return w->monitor()->health().value(key); };
        QTRY_COMPARE_WITH_TIMEOUT(health(&exported).state, HealthState::Up, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(health(&exported).metrics.memoryKiB >= 0, 3000);
        const WatchedSite *watched = fleet.site(QStringLiteral("fig"));
        QVERIFY(watched);
        QTRY_COMPARE_WITH_TIMEOUT(health(watched).state, HealthState::Up, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!health(watched).version.isEmpty(), 3000);
        QTest::qWait(1500);
        QCOMPARE(health(watched).metrics.memoryKiB, qint64(-1));
        QCOMPARE(health(watched).metrics.cpuCount, -1);
        QCOMPARE(fleet.status(QStringLiteral("fig")).servers.up, 1);
    }

    // The site open in the window is probed once: its tile follows the session's monitor, and the
    // fleet's own connections close. When the site is closed (or its session goes), the fleet
    // probes it again on its own. A site opened that is not watched changes nothing.
    void theOpenSiteIsProbedOnce()
    {
        auto s1 = startServer();
        auto s2 = startServer();
        const Site site = makeSite(QStringLiteral("zh"), QStringLiteral("Zürich"),
                                   {s1->url().toString(), s2->url().toString()}, m_host);
        FleetMonitor fleet;
        fleet.setSites({site});
        QTRY_COMPARE_WITH_TIMEOUT(fleet.status(QStringLiteral("zh")).servers.up, 2, 5000);
        QCOMPARE(s1->connectionCount(), 1);

        // The window opens the site: its session monitors the same list.
        auto session = std::make_unique<SiteMonitor>();
        session->setSite(site);
        session->setServers({s1->url().toString(), s2->url().toString()});
        QTRY_COMPARE_WITH_TIMEOUT(s1->connectionCount(), 2, 3000);
        fleet.setOpenSite(QStringLiteral("zh"), session.get());
        QVERIFY(fleet.site(QStringLiteral("zh"))->isFollowing());
        QTRY_COMPARE_WITH_TIMEOUT(s1->connectionCount(), 1, 3000); // the fleet's closed, the session's stays
        QCOMPARE(s2->connectionCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(fleet.status(QStringLiteral("zh")).servers.up, 2, 3000);

        // The tile shows what the session sees.
        QSignalSpy changed(&fleet, &FleetMonitor::siteStatusChanged);
        s2->setFault(Fault{FaultMode::Refuse, 0});
        QTRY_COMPARE_WITH_TIMEOUT(fleet.status(QStringLiteral("zh")).servers.down, 1, 5000);
        QVERIFY(changed.contains(QVariantList{QStringLiteral("zh")}));
        QCOMPARE(fleet.status(QStringLiteral("zh")).host.ucServer.state, PortHealth::State::Open);
        s2->clearFault();
        QTRY_COMPARE_WITH_TIMEOUT(fleet.status(QStringLiteral("zh")).servers.up, 2, 5000);

        // The session goes (another site opened): the fleet probes the site on its own again.
        session.reset();
        QVERIFY(!fleet.site(QStringLiteral("zh"))->isFollowing());
        QTRY_COMPARE_WITH_TIMEOUT(s1->connectionCount(), 1, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(fleet.status(QStringLiteral("zh")).servers.up, 2, 5000);
        s1->setFault(Fault{FaultMode::Refuse, 0});
        QTRY_COMPARE_WITH_TIMEOUT(fleet.status(QStringLiteral("zh")).servers.down, 1, 5000);
        s1->clearFault();

        // Open again, then another site: the same.
        SiteMonitor again;
        again.setSite(site);
        again.setServers({s1->url().toString(), s2->url().toString()});
        fleet.setOpenSite(QStringLiteral("zh"), &again);
        QTRY_COMPARE_WITH_TIMEOUT(s2->connectionCount(), 1, 3000);
        fleet.setOpenSite(QStringLiteral("other"), nullptr);
        QVERIFY(!fleet.site(QStringLiteral("zh"))->isFollowing());
        QTRY_COMPARE_WITH_TIMEOUT(s2->connectionCount(), 2, 3000); // the fleet's and `again`'s
    }

    void brokenFileKeepsTheLastListAndSaysWhy()
    {
        auto s1 = startServer();
        auto s2 = startServer();
        Site site = makeSite(QStringLiteral("mu"), QStringLiteral("München"), {s1->url().toString()}, m_host);
        WatchedSite watched(site, {});
        QTRY_COMPARE_WITH_TIMEOUT(watched.status().servers.up, 1, 5000);
        QVERIFY(watched.lastReadOk());

        // Someone adds a server: the list follows the file.
        QVERIFY(writeFile(site.configPath, configWith({s1->url().toString(), s2->url().toString()})));
        QTRY_COMPARE_WITH_TIMEOUT(watched.keys().size(), 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(watched.status().servers.up, 2, 5000);

        // Someone breaks the file: the two servers stay monitored, the tile says what is wrong.
        QSignalSpy read(&watched, &WatchedSite::fileRead);
        QVERIFY(writeFile(site.configPath, "{ \"kurentoservers\": [ { \"url\": "));
        QTRY_VERIFY_WITH_TIMEOUT(!read.isEmpty(), 5000);
        QVERIFY(!watched.lastReadOk());
        QVERIFY(!watched.readError().isEmpty());
        const SiteStatus status = watched.status();
        QCOMPARE(status.servers.total, 2);
        QCOMPARE(status.fileProblem, watched.readError());
        QCOMPARE(status.level(), SiteStatus::Level::Critical);
        QCOMPARE(status.headline(), QStringLiteral("Configuration file not readable"));
        QVERIFY(status.fileRead); // the last list is what is monitored
        QVERIFY2(status.details().contains(watched.readError()), qPrintable(status.details().join(u'\n')));

        // A site whose file is missing from the start: not readable, said on the tile's first line.
        Site missing = site;
        missing.id = QStringLiteral("missing");
        missing.configPath = m_dir.filePath(QStringLiteral("nowhere/eucwebconfig.json"));
        WatchedSite nothing(missing, {});
        QTRY_VERIFY_WITH_TIMEOUT(!nothing.readError().isEmpty(), 5000);
        QCOMPARE(nothing.status().headline(), QStringLiteral("Configuration file not readable"));
    }

    // A fleet has a file watch per site. They share one QFileSystemWatcher, so more sites than the
    // 128 inotify instances Linux gives a user stay on inotify (Qt would poll every file every
    // second beyond them), and a change reaches the watcher of that file only.
    void manyFileWatchesShareOneWatcher()
    {
        constexpr int kSites = 150;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        std::vector<std::unique_ptr<ConfigFileWatcher>> watchers;
        std::vector<int> reports(kSites, 0);
        for (int i = 0; i < kSites; ++i) {
            const QString path = dir.filePath(QStringLiteral("site%1/eucwebconfig.json").arg(i));
            QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
            QVERIFY(writeFile(path, configWith({})));
            auto watcher = std::make_unique<ConfigFileWatcher>();
            connect(watcher.get(), &ConfigFileWatcher::changedOnDisk, this, [&reports, i] { ++reports[size_t(i)]; });
            watcher->watch(path, {});
            watchers.push_back(std::move(watcher));
        }
#ifdef Q_OS_LINUX
        int inotify = 0;
        const QDir fds(QStringLiteral("/proc/self/fd"));
        for (const QFileInfo &fd : fds.entryInfoList(QDir::System | QDir::NoDotAndDotDot))
            inotify += fd.symLinkTarget().contains(QStringLiteral("inotify")) ? 1 : 0;
        QVERIFY2(inotify <= 2, qPrintable(QStringLiteral("%1 inotify instances").arg(inotify)));
#endif
        // The last site's file changes in place, then the first one's is replaced by rename.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("site%1/eucwebconfig.json").arg(kSites - 1)), "{}"));
        QTRY_COMPARE_WITH_TIMEOUT(reports.back(), 1, 5000);
        const QString first = dir.filePath(QStringLiteral("site0/eucwebconfig.json"));
        QVERIFY(writeFile(first + QStringLiteral(".new"), "{ }"));
        QVERIFY(QFile::remove(first));
        QVERIFY(QFile::rename(first + QStringLiteral(".new"), first));
        QTRY_COMPARE_WITH_TIMEOUT(reports.front(), 1, 5000);
        QTest::qWait(2 * ConfigFileWatcher::kDebounceMs);
        for (int i = 1; i < kSites - 1; ++i)
            QCOMPARE(reports[size_t(i)], 0);

        // A watcher that goes leaves the others watching (the same folder, even).
        watchers.front()->watch(dir.filePath(QStringLiteral("site1/eucwebconfig.json")), {});
        watchers.erase(watchers.begin() + 1); // site1's own watcher
        QVERIFY(writeFile(dir.filePath(QStringLiteral("site1/eucwebconfig.json")), "[]"));
        QTRY_COMPARE_WITH_TIMEOUT(reports.front(), 2, 5000);
    }

    void alertsOfSeveralSitesAreOne()
    {
        Alert down;
        down.kind = Alert::Kind::ServersDown;
        down.severity = Alert::Severity::Critical;
        down.title = QStringLiteral("2 media servers are down");
        down.servers = {QStringLiteral("ws://a:8888/kurento")};
        Alert up;
        up.kind = Alert::Kind::ServersUp;
        up.severity = Alert::Severity::Info;
        up.title = QStringLiteral("1 media server is up again");
        up.servers = {QStringLiteral("ws://b:8888/kurento")};

        const Alert one = FleetMonitor::combine({{QStringLiteral("Hamburg"), down}});
        QCOMPARE(one.title, QStringLiteral("Site Hamburg: 2 media servers are down"));
        QCOMPARE(one.kind, Alert::Kind::ServersDown);

        const Alert two = FleetMonitor::combine({{QStringLiteral("Berlin"), up}, {QStringLiteral("Hamburg"), down}});
        QCOMPARE(two.severity, Alert::Severity::Critical); // the worst decides
        QCOMPARE(two.kind, Alert::Kind::ServersDown);
        QCOMPARE(two.title, QStringLiteral("2 sites need attention"));
        QCOMPARE(two.text, QStringLiteral("Berlin: 1 media server is up again\nHamburg: 2 media servers are down"));
        QCOMPARE(two.servers.size(), 2);

        const Alert sameSite = FleetMonitor::combine({{QStringLiteral("Kiel"), up}, {QStringLiteral("Kiel"), down}});
        QCOMPARE(sameSite.title, QStringLiteral("Site Kiel: 2 media servers are down"));
    }

    void traySummaryOfTheFleet()
    {
        SiteStatus fine;
        fine.name = QStringLiteral("Kiel");
        fine.fileRead = true;
        fine.servers.total = fine.servers.up = 3;
        SiteStatus bad = fine;
        bad.name = QStringLiteral("Hamburg");
        bad.servers.up = 1;
        bad.servers.down = 2;
        QCOMPARE(FleetMonitor::summaryOf({}).toolTip, QString());
        QCOMPARE(FleetMonitor::summaryOf({fine}).level, TraySummary::Level::Ok);
        QCOMPARE(FleetMonitor::summaryOf({fine}).toolTip, QStringLiteral("1 site, all fine"));
        const TraySummary summary = FleetMonitor::summaryOf({bad, fine});
        QCOMPARE(summary.level, TraySummary::Level::Critical);
        QCOMPARE(summary.toolTip, QStringLiteral("Sites needing attention: 1 of 2 — Hamburg: 2 media servers down"));
        QCOMPARE(FleetMonitor::summaryOf({bad}).toolTip, QStringLiteral("Hamburg: 2 media servers down"));
        QList<SiteStatus> many;
        for (int i = 0; i < 5; ++i) {
            bad.name = QStringLiteral("Site %1").arg(i);
            many.append(bad);
        }
        QVERIFY2(FleetMonitor::summaryOf(many).toolTip.endsWith(QStringLiteral("; and 2 more")),
                 qPrintable(FleetMonitor::summaryOf(many).toolTip));
    }

private:
    QTemporaryDir m_dir;
    SimulatedProcallHost m_host{QHostAddress(QStringLiteral("127.0.6.200"))};
};

QTEST_GUILESS_MAIN(TestFleetMonitor)
#include "tst_fleetmonitor.moc"
