// What a fleet tile says about a site, and how bad it is: the UCServer host, media servers down,
// versions, certificates, a pending restart, a file that cannot be read; worst first.
#include "models/sitestatus.h"

#include <QTest>

using namespace ucmc;

namespace {
ServerHealth server(HealthState state, const QString &version = QStringLiteral("7.3.0"))
{
    ServerHealth h;
    h.state = state;
    h.version = state == HealthState::Up ? version : QString();
    return h;
}

PortHealth port(PortHealth::State state, int httpStatus = 0)
{
    PortHealth p;
    p.state = state;
    p.httpStatus = httpStatus;
    return p;
}

// Three servers up, the host answering on every port, the file read.
SiteStatus healthy()
{
    const QStringList keys{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    QHash<QString, ServerHealth> health;
    for (const QString &key : keys)
        health.insert(key, server(HealthState::Up));
    SiteStatus status = SiteStatus::of(keys, health);
    status.name = QStringLiteral("Kiel");
    status.ucServerHost = QStringLiteral("ucserver.kiel");
    status.host.ucServer = status.host.webServer = status.host.webServerHttps = port(PortHealth::State::Open, 200);
    status.fileRead = true;
    return status;
}
} // namespace

class TestSiteStatus : public QObject
{
    Q_OBJECT
private slots:
    void healthySite()
    {
        const SiteStatus status = healthy();
        QCOMPARE(status.level(), SiteStatus::Level::Ok);
        QCOMPARE(status.headline(), QStringLiteral("All 3 media servers up"));
        QCOMPARE(status.details(), (QStringList{QStringLiteral("3 of 3 media servers up"), QStringLiteral("Version 7.3.0")}));
    }

    void levelsAndHeadlines_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("headline");
        QTest::newRow("host unreachable") << 0 << int(SiteStatus::Level::Critical) << "UCServer host unreachable";
        QTest::newRow("one down") << 1 << int(SiteStatus::Level::Critical) << "1 media server down";
        QTest::newRow("all down") << 2 << int(SiteStatus::Level::Critical) << "All 3 media servers down";
        QTest::newRow("502") << 3 << int(SiteStatus::Level::Critical) << "UC WebServer: UCServer not connected";
        QTest::newRow("file unreadable") << 4 << int(SiteStatus::Level::Critical) << "Configuration file not readable";
        QTest::newRow("versions differ") << 5 << int(SiteStatus::Level::Warning) << "Versions differ";
        QTest::newRow("restart pending") << 6 << int(SiteStatus::Level::Warning) << "Restart of the UC WebServer pending";
        QTest::newRow("https closed") << 7 << int(SiteStatus::Level::Warning) << "UC WebServer HTTPS not answering";
        QTest::newRow("waiting") << 8 << int(SiteStatus::Level::Pending) << "Waiting for first answers";
        QTest::newRow("maintenance") << 9 << int(SiteStatus::Level::Ok) << "2 of 3 media servers up, 1 in maintenance";
        QTest::newRow("no servers") << 10 << int(SiteStatus::Level::Ok) << "No media servers configured";
    }

    void levelsAndHeadlines()
    {
        QFETCH(int, change);
        QFETCH(int, level);
        QFETCH(QString, headline);
        SiteStatus s = healthy();
        const QStringList keys{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        QHash<QString, ServerHealth> health;
        for (const QString &key : keys)
            health.insert(key, server(HealthState::Up));
        const auto rebuild = [&] {
            SiteStatus fresh = SiteStatus::of(keys, health);
            fresh.name = s.name;
            fresh.ucServerHost = s.ucServerHost;
            fresh.host = s.host;
            fresh.fileRead = true;
            s = fresh;
        };
        switch (change) {
        case 0:
            s.host.ucServer = s.host.webServer = s.host.webServerHttps = port(PortHealth::State::Closed);
            break;
        case 1:
            health.insert(QStringLiteral("b"), server(HealthState::Down));
            rebuild();
            break;
        case 2:
            for (const QString &key : keys)
                health.insert(key, server(HealthState::Down));
            rebuild();
            break;
        case 3:
            s.host.webServer = port(PortHealth::State::Open, 502);
            break;
        case 4:
            s = SiteStatus();
            s.name = QStringLiteral("Kiel");
            s.fileProblem = QStringLiteral("The file does not exist.");
            break;
        case 5:
            health.insert(QStringLiteral("c"), server(HealthState::Up, QStringLiteral("7.2.1")));
            rebuild();
            QVERIFY(s.details().join(u'\n').contains(QStringLiteral("Versions differ: 7.3.0 (2), 7.2.1 (1)")));
            break;
        case 6:
            s.restart = RestartNeed::of(QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc().addSecs(-600));
            QVERIFY(s.details().contains(QStringLiteral("Restart of the UC WebServer pending")));
            break;
        case 7:
            s.host.webServerHttps = port(PortHealth::State::Closed);
            QVERIFY(s.details().contains(QStringLiteral("UC WebServer HTTPS not answering")));
            break;
        case 8:
            health.insert(QStringLiteral("a"), server(HealthState::Connecting));
            rebuild();
            break;
        case 9:
            health.insert(QStringLiteral("a"), server(HealthState::Maintenance));
            rebuild();
            break;
        case 10:
            s = SiteStatus::of({}, {});
            s.fileRead = true;
            break;
        }
        QCOMPARE(int(s.level()), level);
        QCOMPARE(s.headline(), headline);
    }

    void certificates()
    {
        const QStringList keys{QStringLiteral("a"), QStringLiteral("b")};
        QHash<QString, ServerHealth> health;
        ServerHealth expiring = server(HealthState::Up);
        expiring.certificate.sha256 = "x";
        expiring.certificate.notAfter = QDateTime::currentDateTimeUtc().addDays(10);
        ServerHealth changed = server(HealthState::Down);
        changed.failure = FailureCode::TlsChanged;
        health.insert(keys[0], expiring);
        health.insert(keys[1], changed);
        const SiteStatus s = SiteStatus::of(keys, health);
        QCOMPARE(s.certificatesExpiring, 1);
        QCOMPARE(s.certificatesChanged, 1);
        QVERIFY(s.details().contains(QStringLiteral("1 certificate expires soon")));
        QVERIFY(s.details().contains(QStringLiteral("1 certificate changed")));
        QCOMPARE(s.level(), SiteStatus::Level::Critical);
    }

    void worstFirstThenByName()
    {
        SiteStatus a = healthy();
        a.name = QStringLiteral("Site 10");
        SiteStatus b = healthy();
        b.name = QStringLiteral("Site 9");
        SiteStatus c = healthy();
        c.name = QStringLiteral("Zeven");
        c.servers.down = 1;
        QList<SiteStatus> all{a, b, c};
        std::sort(all.begin(), all.end(), &SiteStatus::worseFirst);
        QCOMPARE(all.at(0).name, QStringLiteral("Zeven")); // the one with a problem
        QCOMPARE(all.at(1).name, QStringLiteral("Site 9")); // numbers as numbers
        QCOMPARE(all.at(2).name, QStringLiteral("Site 10"));
    }
};

QTEST_GUILESS_MAIN(TestSiteStatus)
#include "tst_sitestatus.moc"
