// Sites: every installation the console opened is remembered with its probe settings, the last
// one is reopened, and the UCServer host comes from a UNC path when not set.
#include "models/site.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ucmc;

class TestSiteStore : public QObject
{
    Q_OBJECT
private slots:
    void hostFromPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("host");
        QTest::newRow("unc") << QStringLiteral(R"(\\WinServer1\c$\Program Files\estos\UCServer\config\eucwebconfig.json)")
                             << QStringLiteral("WinServer1");
        QTest::newRow("unc forward") << QStringLiteral("//10.21.3.10/c$/config/eucwebconfig.json")
                                     << QStringLiteral("10.21.3.10");
        QTest::newRow("smb url") << QStringLiteral("smb://winserver1.example.local/c$/eucwebconfig.json")
                                 << QStringLiteral("winserver1.example.local");
        QTest::newRow("local") << QStringLiteral("/home/admin/eucwebconfig.json") << QString();
        QTest::newRow("windows drive") << QStringLiteral(R"(C:\Program Files\estos\eucwebconfig.json)") << QString();
    }
    void hostFromPath()
    {
        QFETCH(QString, path);
        QFETCH(QString, host);
        QCOMPARE(hostFromConfigPath(path), host);
    }

    void rememberedAcrossInstances()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        const QString file = dir.filePath(QStringLiteral("eucwebconfig.json"));
        QString id;
        {
            QSettings settings(ini, QSettings::IniFormat);
            SiteStore store(settings);
            QVERIFY(!store.lastSite());
            Site site = store.open(file);
            id = site.id;
            QCOMPARE(site.configPath, file);
            site.ucServerHost = QStringLiteral("10.21.3.10");
            site.probe.intervalMs = 2500;
            site.probe.fall = 4;
            site.probe.metricsIntervalMs = 30'000;
            site.probe.cpuSampleMs = 100;
            site.probe.webServerHttpPort = 8224;
            site.probe.webServerHttpsPort = 8225;
            site.maintenance = {QStringLiteral("ws://10.21.3.12:8888/kurento")};
            site.pinnedCertificates.insert(QStringLiteral("wss://10.21.3.11:8433/kurento"), QByteArray(32, '\xab'));
            store.save(site);
        }
        QSettings settings(ini, QSettings::IniFormat);
        SiteStore store(settings);
        const std::optional<Site> last = store.lastSite();
        QVERIFY(last);
        QCOMPARE(last->id, id);
        QCOMPARE(last->ucServerHost, QStringLiteral("10.21.3.10"));
        QCOMPARE(last->probe.intervalMs, 2500);
        QCOMPARE(last->probe.fall, 4);
        QCOMPARE(last->probe.metricsIntervalMs, 30'000);
        QCOMPARE(last->probe.cpuSampleMs, 100);
        QCOMPARE(last->probe.ucServerPort, quint16(7222));
        QCOMPARE(last->probe.webServerHttpPort, quint16(8224));
        QCOMPARE(last->probe.webServerHttpsPort, quint16(8225));
        QCOMPARE(last->maintenance, QStringList{QStringLiteral("ws://10.21.3.12:8888/kurento")});
        QCOMPARE(last->pinnedCertificates.value(QStringLiteral("wss://10.21.3.11:8433/kurento")), QByteArray(32, '\xab'));
        QCOMPARE(ucServerHostFor(*last), QStringLiteral("10.21.3.10"));
        // Opening the same file again finds the same site, not a second one.
        QCOMPARE(store.open(file).id, id);
        QCOMPARE(store.sites().size(), 1);
    }

    void mostRecentFirstAndBounded()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        SiteStore store(settings);
        for (int i = 0; i < SiteStore::kMaxSites + 5; ++i) {
            store.open(dir.filePath(QStringLiteral("site%1/eucwebconfig.json").arg(i)));
            QTest::qWait(2); // distinct timestamps
        }
        const QList<Site> sites = store.sites();
        QCOMPARE(sites.size(), SiteStore::kMaxSites);
        QCOMPARE(sites.first().name, QStringLiteral("site%1").arg(SiteStore::kMaxSites + 4));
        QVERIFY(!store.siteForConfigPath(dir.filePath(QStringLiteral("site0/eucwebconfig.json"))));
    }

    // Issue 14: "watch always" is remembered with the other fields; it is off unless set.
    void watchAlwaysIsRemembered()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        QString watchedId, plainId;
        {
            QSettings settings(ini, QSettings::IniFormat);
            SiteStore store(settings);
            Site watched = store.open(dir.filePath(QStringLiteral("hamburg/eucwebconfig.json")));
            QVERIFY(!watched.watchAlways);
            watched.watchAlways = true;
            store.save(watched);
            watchedId = watched.id;
            plainId = store.open(dir.filePath(QStringLiteral("berlin/eucwebconfig.json"))).id;
        }
        QSettings settings(ini, QSettings::IniFormat);
        SiteStore store(settings);
        QVERIFY(store.site(watchedId)->watchAlways);
        QVERIFY(!store.site(plainId)->watchAlways);
        // Opening a watched site again keeps it watched.
        QVERIFY(store.open(dir.filePath(QStringLiteral("hamburg/eucwebconfig.json"))).watchAlways);
        QVERIFY(store.site(watchedId)->watchAlways);
        // A settings file from before the flag existed: not watched.
        settings.remove(QStringLiteral("sites/") + plainId + QStringLiteral("/watchAlways"));
        QVERIFY(!store.site(plainId)->watchAlways);
    }

    // The recent-sites limit forgets only sites that are not watched always, and those watched do
    // not count toward it: a partner may watch hundreds and still keep 30 recent ones.
    void watchedSitesAreNeverForgotten()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        SiteStore store(settings);
        constexpr int kWatched = SiteStore::kMaxSites + 10;
        QStringList watchedIds;
        for (int i = 0; i < kWatched; ++i) {
            Site site;
            site.id = QStringLiteral("watched-%1").arg(i);
            site.name = QStringLiteral("Watched %1").arg(i);
            site.configPath = QStringLiteral("//fleet-%1/c$/config/eucwebconfig.json").arg(i);
            site.watchAlways = true;
            store.save(site);
            watchedIds << site.id;
        }
        // A recent site that becomes watched later is not forgotten either, however old it gets.
        Site early = store.open(dir.filePath(QStringLiteral("early/eucwebconfig.json")));
        early.watchAlways = true;
        store.save(early);
        watchedIds << early.id;
        QTest::qWait(2);
        for (int i = 0; i < SiteStore::kMaxSites + 5; ++i) {
            store.open(dir.filePath(QStringLiteral("recent%1/eucwebconfig.json").arg(i)));
            QTest::qWait(2); // distinct timestamps
        }
        const QList<Site> sites = store.sites();
        int recent = 0;
        QStringList watchedLeft;
        for (const Site &site : sites) {
            if (site.watchAlways)
                watchedLeft << site.id;
            else
                ++recent;
        }
        QCOMPARE(recent, SiteStore::kMaxSites);
        watchedLeft.sort();
        watchedIds.sort();
        QCOMPARE(watchedLeft, watchedIds);
        // The oldest recent ones went, the newest stayed.
        QVERIFY(!store.siteForConfigPath(dir.filePath(QStringLiteral("recent0/eucwebconfig.json"))));
        QVERIFY(!store.siteForConfigPath(dir.filePath(QStringLiteral("recent4/eucwebconfig.json"))));
        QVERIFY(store.siteForConfigPath(dir.filePath(QStringLiteral("recent5/eucwebconfig.json"))));
        QCOMPARE(sites.first().name, QStringLiteral("recent%1").arg(SiteStore::kMaxSites + 4));
        // Never opened sites come last, by name.
        QCOMPARE(sites.last().name, QStringLiteral("Watched 9"));
    }

    // Real installations all keep the file in a folder called "config": the UCServer host names a
    // site, and sites that still share a name show their path in the list.
    void sitesCanBeToldApart()
    {
        Site a;
        a.configPath = QStringLiteral("/srv/hamburg/config/eucwebconfig.json");
        Site b;
        b.configPath = QStringLiteral("/srv/berlin/config/eucwebconfig.json");
        a.name = automaticSiteName(a);
        b.name = automaticSiteName(b);
        QCOMPARE(a.name, QStringLiteral("config"));
        QCOMPARE(b.name, a.name);
        const QStringList names = distinctSiteNames({a, b});
        QVERIFY(names[0] != names[1]);
        QVERIFY(names[0].contains(QStringLiteral("hamburg")) && names[1].contains(QStringLiteral("berlin")));
        b.ucServerHost = QStringLiteral("ucserver-berlin.example.local");
        QCOMPARE(automaticSiteName(b), b.ucServerHost);
        b.name = automaticSiteName(b);
        QCOMPARE(distinctSiteNames({a, b}), (QStringList{QStringLiteral("config"), b.ucServerHost}));
        Site unc;
        unc.configPath = QStringLiteral("//WinServer7/c$/estos/config/eucwebconfig.json");
        QCOMPARE(automaticSiteName(unc), QStringLiteral("WinServer7"));
    }

    void uncPathNamesTheSite()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        SiteStore store(settings);
        const Site site = store.open(QStringLiteral(R"(\\WinServer1\c$\Program Files\estos\UCServer\config\eucwebconfig.json)"));
        QCOMPARE(site.name, QStringLiteral("WinServer1"));
        QCOMPARE(ucServerHostFor(site), QStringLiteral("WinServer1"));
    }

    void settingsAreBounded()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        SiteStore store(settings);
        Site site = store.open(dir.filePath(QStringLiteral("eucwebconfig.json")));
        site.probe.intervalMs = 1; // a hand-edited settings file must not make the console flood
        site.probe.timeoutMs = 0;
        store.save(site);
        const Site loaded = *store.site(site.id);
        QCOMPARE(loaded.probe.intervalMs, ProbeSettings::kMinIntervalMs);
        QCOMPARE(loaded.probe.timeoutMs, ProbeSettings::kMinTimeoutMs);
        QCOMPARE(loaded.probe.webServerHttpsPort, quint16(7225)); // never stored: the default
        // A hand-edited port outside 1..65535 (or not a number) is the default, not a wrapped value.
        const QString group = QStringLiteral("sites/") + site.id + QLatin1Char('/');
        settings.setValue(group + QStringLiteral("webServerHttpsPort"), 70000);
        settings.setValue(group + QStringLiteral("webServerHttpPort"), QStringLiteral("http"));
        settings.setValue(group + QStringLiteral("ucServerPort"), 0);
        const Site edited = *store.site(site.id);
        QCOMPARE(edited.probe.webServerHttpsPort, quint16(7225));
        QCOMPARE(edited.probe.webServerHttpPort, quint16(7224));
        QCOMPARE(edited.probe.ucServerPort, quint16(7222));
        ProbeSettings zero;
        zero.webServerHttpsPort = 0;
        QCOMPARE(zero.bounded().webServerHttpsPort, quint16(7225));
    }

    // Issue 5: how each host's services are controlled, and how apply behaves, per site.
    void hostControlAndApplySettings()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        Site site;
        {
            QSettings settings(ini, QSettings::IniFormat);
            SiteStore store(settings);
            site = store.open(dir.filePath(QStringLiteral("eucwebconfig.json")));
            QVERIFY(site.hostControls.isEmpty());
            QCOMPARE(site.apply, ApplySettings{});
            QVERIFY(!hostControlFor(site, QStringLiteral("10.21.3.10")).isManaged()); // "not managed"

            HostControlSettings uc;
            uc.host = QStringLiteral("WinServer1");
            uc.kind = HostControlSettings::Kind::WinRm;
            uc.user = QStringLiteral("EXAMPLE\\admin");
            uc.transport = HostControlSettings::WinRmTransport::Https;
            uc.port = 15986;
            uc.authentication = HostControlSettings::WinRmAuthentication::Basic;
            uc.pinnedCertificateSha256 = QStringLiteral("AB:CD:EF");
            uc.serviceNames.webServer = QStringLiteral("UCWebSrv");
            HostControlSettings media;
            media.host = QStringLiteral("10.21.3.11");
            media.kind = HostControlSettings::Kind::Commands;
            media.user = QStringLiteral("admin");
            media.commands = CommandTemplates::scExe();
            media.commands.discover = QStringLiteral("ssh {user}@{host} \"x y\"");
            HostControlSettings third = media;
            third.host = QStringLiteral("10.21.3.12");
            setHostControl(site, uc);
            setHostControl(site, media);
            setHostControl(site, third);
            site.apply.rollbackPolicy = ApplySettings::RollbackPolicy::Automatic;
            site.apply.webServerTimeoutMs = 90'000;
            site.apply.watchMs = 0;
            store.save(site);
        }
        {
            QSettings settings(ini, QSettings::IniFormat);
            SiteStore store(settings);
            const Site loaded = *store.site(site.id);
            QCOMPARE(loaded.hostControls, site.hostControls);
            QCOMPARE(loaded.apply, site.apply);
            QCOMPARE(loaded, site);
            // looked up by host name in any spelling
            const HostControlSettings uc = hostControlFor(loaded, QStringLiteral("winserver1."));
            QCOMPARE(uc.kind, HostControlSettings::Kind::WinRm);
            QCOMPARE(uc.port, quint16(15986));
            QCOMPARE(uc.serviceNames.webServer, QStringLiteral("UCWebSrv"));
            QCOMPARE(hostControlFor(loaded, QStringLiteral("10.21.3.11")).commands.discover,
                     QStringLiteral("ssh {user}@{host} \"x y\""));
            // a shorter list leaves no stale entries; kind None removes a host
            Site changed = loaded;
            HostControlSettings none;
            none.host = QStringLiteral("10.21.3.12");
            setHostControl(changed, none);
            HostControlSettings replaced = uc;
            replaced.kind = HostControlSettings::Kind::WinRm;
            replaced.transport = HostControlSettings::WinRmTransport::Http;
            replaced.host = QStringLiteral("WINSERVER1");
            setHostControl(changed, replaced);
            QCOMPARE(changed.hostControls.size(), 2);
            store.save(changed);
            QCOMPARE(store.site(site.id)->hostControls, changed.hostControls);
        }
        // the site's settings never hold a password; a hand-edited timeout is bounded
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().toLower().contains("password"));
        {
            QSettings settings(ini, QSettings::IniFormat);
            settings.setValue(QStringLiteral("sites/") + site.id + QStringLiteral("/applyWebServerTimeoutMs"), 1);
            SiteStore store(settings);
            QCOMPARE(store.site(site.id)->apply.webServerTimeoutMs, ApplySettings::kMinTimeoutMs);
        }
    }
};

QTEST_GUILESS_MAIN(TestSiteStore)
#include "tst_sitestore.moc"
