// The health state machine: fall and rise, a server close counting at once, maintenance, and
// the statistics a row shows.
#include "models/healthtracker.h"

#include <QTest>

using namespace ucmc;

namespace {
ProbeOutcome ok(double rtt)
{
    ProbeOutcome o;
    o.ok = true;
    o.rttMs = rtt;
    return o;
}

ProbeOutcome failed(FailureCode code, bool closedByServer = false)
{
    ProbeOutcome o;
    o.failure = code;
    o.closedByServer = closedByServer;
    return o;
}
} // namespace

class TestHealthTracker : public QObject
{
    Q_OBJECT
private slots:
    void firstResultDecides()
    {
        HealthTracker up(3, 2);
        up.begin(10);
        QCOMPARE(up.health().state, HealthState::Connecting);
        QVERIFY(up.record(ok(1.5), 20));
        QCOMPARE(up.health().state, HealthState::Up);
        QCOMPARE(up.health().stateSinceMs, qint64(20));

        HealthTracker down(3, 2);
        down.begin(10);
        QVERIFY(down.record(failed(FailureCode::TcpRefused), 20));
        QCOMPARE(down.health().state, HealthState::Down);
        QCOMPARE(down.health().failure, FailureCode::TcpRefused);
    }

    void fallThenRise()
    {
        HealthTracker t(3, 2);
        t.record(ok(1), 0);
        QVERIFY(t.record(failed(FailureCode::RpcTimeout), 1));
        QCOMPARE(t.health().state, HealthState::GoingDown);
        QCOMPARE(t.health().streak, 1);
        QVERIFY(!t.record(failed(FailureCode::TcpTimeout), 2));
        QCOMPARE(t.health().streak, 2);
        QVERIFY(t.record(failed(FailureCode::TcpTimeout), 3));
        QCOMPARE(t.health().state, HealthState::Down);
        QCOMPARE(t.health().stateSinceMs, qint64(3));
        QVERIFY(!t.record(failed(FailureCode::TcpRefused), 4)); // stays down
        QVERIFY(t.record(ok(2), 5));
        QCOMPARE(t.health().state, HealthState::GoingUp);
        QCOMPARE(t.health().streak, 1);
        QVERIFY(t.record(ok(2), 6));
        QCOMPARE(t.health().state, HealthState::Up);
        QCOMPARE(t.health().streak, 0);
    }

    void recoveryWhileGoingDownAndRelapseWhileGoingUp()
    {
        HealthTracker t(3, 3);
        t.record(ok(1), 0);
        t.record(failed(FailureCode::RpcTimeout), 1);
        QVERIFY(t.record(ok(1), 2));
        QCOMPARE(t.health().state, HealthState::Up);
        t.record(failed(FailureCode::WsClosed, true), 3);
        QCOMPARE(t.health().state, HealthState::Down); // closed by the server: at once
        t.record(ok(1), 4);
        QCOMPARE(t.health().state, HealthState::GoingUp);
        QVERIFY(t.record(failed(FailureCode::TcpRefused), 5));
        QCOMPARE(t.health().state, HealthState::Down);
    }

    void maintenanceHidesStateButCounts()
    {
        HealthTracker t(2, 2);
        t.record(ok(1), 0);
        QVERIFY(t.setMaintenance(true, 10));
        QCOMPARE(t.health().state, HealthState::Maintenance);
        QVERIFY(!t.record(failed(FailureCode::TcpRefused), 11));
        QVERIFY(!t.record(failed(FailureCode::TcpRefused), 12));
        QCOMPARE(t.health().state, HealthState::Maintenance);
        QCOMPARE(t.health().failures, quint32(2));
        QVERIFY(t.setMaintenance(false, 20));
        QCOMPARE(t.health().state, HealthState::Down); // what happened meanwhile
        QCOMPARE(t.health().stateSinceMs, qint64(20));
    }

    void statistics()
    {
        HealthTracker t(3, 2);
        t.record(ok(2), 0);
        t.record(ok(4), 1);
        t.record(failed(FailureCode::RpcTimeout), 2);
        t.record(ok(6), 3);
        const ServerHealth &h = t.health();
        QCOMPARE(h.checks, quint32(4));
        QCOMPARE(h.failures, quint32(1));
        QCOMPARE(h.availability(), 75.0);
        QCOMPARE(h.rttMs, 6.0);
        QCOMPARE(h.rttAvgMs, 4.0);
        QCOMPARE(h.rttMaxMs, 6.0);
        QCOMPARE(h.recentRtt, (QList<float>{2, 4, -1, 6}));
        for (int i = 0; i < HealthTracker::kSparklineLength + 10; ++i)
            t.record(ok(1), 10 + i);
        QCOMPARE(t.health().recentRtt.size(), HealthTracker::kSparklineLength);
    }

    void thresholdsAreBounded()
    {
        HealthTracker t(0, -5);
        QCOMPARE(t.health().fall, 1);
        QCOMPARE(t.health().rise, 1);
        t.record(ok(1), 0);
        t.record(failed(FailureCode::RpcTimeout), 1);
        QCOMPARE(t.health().state, HealthState::Down); // fall 1: at once
    }
};

QTEST_GUILESS_MAIN(TestHealthTracker)
#include "tst_healthtracker.moc"
