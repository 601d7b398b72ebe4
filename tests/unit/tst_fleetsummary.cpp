// The status bar's summary: how many servers are up and whether they all run one version.
#include "models/fleetsummary.h"

#include <QTest>

using namespace ucmc;

namespace {
ServerHealth server(HealthState state, const QString &version = {})
{
    ServerHealth h;
    h.state = state;
    h.version = version;
    return h;
}
} // namespace

class TestFleetSummary : public QObject
{
    Q_OBJECT
private slots:
    void countsStates()
    {
        const FleetSummary s = FleetSummary::of({server(HealthState::Up, QStringLiteral("7.3.0")),
                                                 server(HealthState::Down, QStringLiteral("7.2.1")),
                                                 server(HealthState::Connecting), server(HealthState::Unknown),
                                                 server(HealthState::NotMonitored)});
        QCOMPARE(s.total, 5);
        QCOMPARE(s.up, 1);
        QCOMPARE(s.down, 1);
        QCOMPARE(s.pending, 2);
        QCOMPARE(s.notMonitored, 1);
        QCOMPARE(s.upText(), QStringLiteral("Media servers up: 1 of 5"));
        // A down server's last known version does not count: only what runs now.
        QVERIFY(s.versionsAgree());
        QCOMPARE(s.versionText(), QStringLiteral("All run version 7.3.0"));
    }

    void namesDifferentVersions()
    {
        const FleetSummary s = FleetSummary::of({server(HealthState::Up, QStringLiteral("7.3.0")),
                                                 server(HealthState::Up, QStringLiteral("7.2.1")),
                                                 server(HealthState::Up, QStringLiteral("7.3.0"))});
        QVERIFY(!s.versionsAgree());
        QCOMPARE(s.commonVersion(), QStringLiteral("7.3.0"));
        QCOMPARE(s.versionText(), QStringLiteral("Versions differ: 7.3.0 (2), 7.2.1 (1)"));
    }

    void emptyFleet()
    {
        const FleetSummary s = FleetSummary::of({});
        QCOMPARE(s.upText(), QStringLiteral("No media servers"));
        QCOMPARE(s.versionText(), QString());
        QCOMPARE(s.commonVersion(), QString());
    }
};

QTEST_GUILESS_MAIN(TestFleetSummary)
#include "tst_fleetsummary.moc"
