// The server table model: columns from the configuration, live columns from health updates,
// checked with QAbstractItemModelTester on every change.
#include "models/servertablemodel.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace ucmc;

namespace {
ServerRow row(int position, const QString &host, int port, const QString &scheme = QStringLiteral("ws"))
{
    ServerRow r;
    r.position = position;
    r.host = host;
    r.port = port;
    r.scheme = scheme;
    r.url = QStringLiteral("%1://%2:%3/kurento").arg(scheme, host).arg(port);
    r.flags[0] = QStringLiteral("0");
    return r;
}

ServerHealth up(const QString &version, double rtt, qint64 since)
{
    ServerHealth h;
    h.state = HealthState::Up;
    h.version = version;
    h.rttMs = rtt;
    h.stateSinceMs = since;
    return h;
}
} // namespace

class TestServerTableModel : public QObject
{
    Q_OBJECT
private slots:
    void columnsShowTheConfiguration()
    {
        ServerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({row(1, QStringLiteral("10.21.3.11"), 8888), row(2, QStringLiteral("10.21.3.12"), 8433,
                                                                          QStringLiteral("wss"))});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ServerTableModel::ColumnCount));
        QCOMPARE(model.index(1, ServerTableModel::Position).data().toInt(), 2);
        QCOMPARE(model.index(1, ServerTableModel::Host).data().toString(), QStringLiteral("10.21.3.12"));
        QCOMPARE(model.index(1, ServerTableModel::Port).data().toInt(), 8433);
        QCOMPARE(model.index(1, ServerTableModel::Encryption).data().toString(), QStringLiteral("wss"));
        QCOMPARE(model.index(0, ServerTableModel::CandKillIpv6).data().toString(), QStringLiteral("0"));
        QCOMPARE(model.index(0, ServerTableModel::CandKillTcp).data().toString(), QString());
        QCOMPARE(model.index(0, ServerTableModel::Status).data().toString(), QStringLiteral("Unknown"));
        QVERIFY(!model.headerData(ServerTableModel::Status, Qt::Horizontal).toString().isEmpty());
    }

    void healthUpdatesReachOnlyTheirRows()
    {
        ServerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClock([] { return qint64(100'000); });
        const ServerRow a = row(1, QStringLiteral("10.0.0.1"), 8888);
        const ServerRow b = row(2, QStringLiteral("10.0.0.2"), 8888);
        model.setRows({a, b});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.applyHealth({{a.url, up(QStringLiteral("7.3.0"), 0.42, 95'000)}});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(changed.first().at(1).value<QModelIndex>().row(), 0);
        QCOMPARE(model.index(0, ServerTableModel::Status).data().toString(), QStringLiteral("Up"));
        QCOMPARE(model.index(0, ServerTableModel::Version).data().toString(), QStringLiteral("7.3.0"));
        QCOMPARE(model.index(0, ServerTableModel::RoundTrip).data().toString(), QStringLiteral("0.4 ms"));
        QCOMPARE(model.index(0, ServerTableModel::TimeInState).data().toString(), QStringLiteral("5 s"));
        QCOMPARE(model.index(1, ServerTableModel::Status).data().toString(), QStringLiteral("Unknown"));
        QCOMPARE(model.index(0, ServerTableModel::Status).data(ServerTableModel::HealthStateRole).toInt(),
                 int(HealthState::Up));

        // An update for a URL that is not (or no longer) listed changes nothing.
        changed.clear();
        model.applyHealth({{QStringLiteral("ws://gone:8888/kurento"), up(QStringLiteral("7.3.0"), 1, 1)}});
        QCOMPARE(changed.count(), 0);
    }

    void downShowsTheReason()
    {
        ServerTableModel model;
        const ServerRow a = row(1, QStringLiteral("10.0.0.1"), 8888);
        model.setRows({a});
        ServerHealth down;
        down.state = HealthState::Down;
        down.failure = FailureCode::WsClosed;
        down.closeCode = 1002;
        down.detail = QStringLiteral("Invalid path");
        model.applyHealth({{a.url, down}});
        QCOMPARE(model.index(0, ServerTableModel::Status).data().toString(), QStringLiteral("Down"));
        const QString reason = model.index(0, ServerTableModel::Reason).data().toString();
        QVERIFY2(reason.contains(QStringLiteral("1002")) && reason.contains(QStringLiteral("Invalid path")),
                 qPrintable(reason));
        QCOMPARE(model.index(0, ServerTableModel::RoundTrip).data(), QVariant());
    }

    void aUrlListedTwiceIsOneServer()
    {
        ServerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ServerRow a = row(1, QStringLiteral("10.0.0.1"), 8888);
        ServerRow again = a;
        again.position = 2;
        model.setRows({a, again});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.applyHealth({{a.url, up(QStringLiteral("7.3.0"), 1, 1)}});
        QCOMPARE(changed.first().at(1).value<QModelIndex>().row(), 1); // both rows repainted
        QCOMPARE(model.index(1, ServerTableModel::Status).data().toString(), QStringLiteral("Up"));
        QCOMPARE(model.summary().total, 1);
        QCOMPARE(model.summary().up, 1);
    }

    void theSummaryFollowsEveryBatchAndEveryReload()
    {
        ServerTableModel model;
        const ServerRow a = row(1, QStringLiteral("10.0.0.1"), 8888);
        const ServerRow b = row(2, QStringLiteral("10.0.0.2"), 8888);
        ServerRow bad = row(3, QStringLiteral("10.0.0.3"), 8888);
        bad.problem = QStringLiteral("port out of range");
        model.setRows({a, b, bad});
        QCOMPARE(model.summary().total, 3);
        QCOMPARE(model.summary().pending, 2);
        QCOMPARE(model.summary().notMonitored, 1);
        model.applyHealth({{a.url, up(QStringLiteral("7.3.0"), 1, 1)}, {b.url, up(QStringLiteral("7.2.1"), 1, 1)}});
        QCOMPARE(model.summary().up, 2);
        QVERIFY(!model.summary().versionsAgree());
        ServerHealth down;
        down.state = HealthState::Down;
        model.applyHealth({{b.url, down}});
        QCOMPARE(model.summary().up, 1);
        QCOMPARE(model.summary().down, 1);
        QVERIFY(model.summary().versionsAgree());
        model.setRows({a}); // b and the bad entry left the list
        QCOMPARE(model.summary().total, 1);
        QCOMPARE(model.summary().down, 0);
    }

    void entriesThatCannotBeProbedAreNotMonitored()
    {
        ServerTableModel model;
        ServerRow bad;
        bad.position = 1;
        bad.url = QStringLiteral("ws://10.21.3.15:99999/kurento");
        bad.problem = QStringLiteral("port out of range");
        model.setRows({bad});
        QCOMPARE(model.index(0, ServerTableModel::Status).data().toString(), QStringLiteral("Not monitored"));
        QCOMPARE(model.index(0, ServerTableModel::Reason).data().toString(), QStringLiteral("port out of range"));
        QCOMPARE(model.summary().total, 1);
        QCOMPARE(model.summary().notMonitored, 1);
    }

    void reloadingKeepsTheHealthOfServersThatStay()
    {
        ServerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ServerRow a = row(1, QStringLiteral("10.0.0.1"), 8888);
        const ServerRow b = row(2, QStringLiteral("10.0.0.2"), 8888);
        model.setRows({a, b});
        model.applyHealth({{a.url, up(QStringLiteral("7.3.0"), 1, 1)}, {b.url, up(QStringLiteral("7.3.0"), 1, 1)}});
        ServerRow moved = b;
        moved.position = 1;
        model.setRows({moved}); // a removed, b moved to the top
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ServerTableModel::Status).data().toString(), QStringLiteral("Up"));
        QCOMPARE(model.health(a.url).state, HealthState::Unknown);
    }

    void timeInStateTicks()
    {
        ServerTableModel model;
        qint64 now = 10'001;
        model.setClock([&now] { return now; });
        const ServerRow a = row(1, QStringLiteral("10.0.0.1"), 8888);
        model.setRows({a});
        model.applyHealth({{a.url, up(QStringLiteral("7.3.0"), 1, 1)}});
        QCOMPARE(model.index(0, ServerTableModel::TimeInState).data().toString(), QStringLiteral("10 s"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        now = 3'725'000;
        model.refreshTimes();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().column(), int(ServerTableModel::TimeInState));
        QCOMPARE(model.index(0, ServerTableModel::TimeInState).data().toString(), QStringLiteral("1 h 2 min"));
    }

    // A ping that changes only statistics signals nothing until the display clock ticks; one
    // that changes nothing a cell shows signals nothing at all; a status change at once.
    void statisticsWaitForTheDisplayClock()
    {
        ServerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        qint64 now = 4'000'000; // more than an hour in state: the time cell moves once a minute
        model.setClock([&now] { return now; });
        const ServerRow a = row(1, QStringLiteral("10.0.0.1"), 8888);
        const ServerRow b = row(2, QStringLiteral("10.0.0.2"), 8888);
        model.setRows({a, b});
        ServerHealth h = up(QStringLiteral("7.3.0"), 0.42, 1);
        h.checks = 100;
        h.recentRtt = {0.4f};
        QVERIFY(model.applyHealth({{a.url, h}, {b.url, h}}));
        model.refreshTimes(); // settles the time cells

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // The next ping: one more check, a round trip that shows the same, the same trend.
        ServerHealth same = h;
        same.checks = 101;
        same.rttMs = 0.41;
        same.rttAvgMs = 0.415;
        QVERIFY(!model.applyHealth({{a.url, same}}));
        QCOMPARE(model.health(a.url).checks, quint32(101)); // taken at once
        QVERIFY(!model.hasPendingStatistics());
        now += 1000;
        model.refreshTimes();
        QCOMPARE(changed.count(), 0); // nothing a cell shows changed: no repaint

        // A round trip and trend that show differently: signalled with the tick, for those cells only.
        ServerHealth moved = same;
        moved.checks = 102;
        moved.rttMs = 0.93;
        moved.recentRtt = {0.4f, 0.93f};
        QVERIFY(!model.applyHealth({{a.url, moved}}));
        QVERIFY(!model.applyHealth({{a.url, moved}})); // the same again
        QCOMPARE(changed.count(), 0);
        QVERIFY(model.hasPendingStatistics());
        now += 1000;
        model.refreshTimes();
        QCOMPARE(changed.count(), 2);
        QSet<int> columns;
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            const auto topLeft = signal.at(0).value<QModelIndex>();
            const auto bottomRight = signal.at(1).value<QModelIndex>();
            QCOMPARE(topLeft.row(), 0);
            QCOMPARE(bottomRight.row(), 0);
            QCOMPARE(topLeft.column(), bottomRight.column());
            columns.insert(topLeft.column());
        }
        QCOMPARE(columns, (QSet<int>{ServerTableModel::RoundTrip, ServerTableModel::Trend}));
        QCOMPARE(model.index(0, ServerTableModel::RoundTrip).data().toString(), QStringLiteral("0.9 ms"));

        // A state change is signalled at once, with every live column of its row.
        changed.clear();
        ServerHealth down = moved;
        down.state = HealthState::Down;
        down.failure = FailureCode::TcpRefused;
        QVERIFY(model.applyHealth({{b.url, down}}));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().column(), int(ServerTableModel::Status));
        QCOMPARE(model.summary().down, 1);

        // A minute later only the time cells move on.
        changed.clear();
        now += 60'000;
        model.refreshTimes();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().column(), int(ServerTableModel::TimeInState));
    }

    // A tick signals the runs of rows whose cells changed, not the unchanged rows between them;
    // past eight runs one signal covers them (a thousand signals would cost more than they spare).
    void statisticsSignalRunsOfChangedRows()
    {
        ServerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        qint64 now = 4'000'000;
        model.setClock([&now] { return now; });
        QList<ServerRow> rows;
        for (int i = 0; i < 20; ++i)
            rows << row(i + 1, QStringLiteral("10.0.0.%1").arg(i + 1), 8888);
        model.setRows(rows);
        ServerHealth h = up(QStringLiteral("7.3.0"), 0.42, 1);
        h.checks = 100;
        HealthUpdates all;
        for (const ServerRow &r : std::as_const(rows))
            all.append({r.url, h});
        QVERIFY(model.applyHealth(all));
        model.refreshTimes();

        const auto roundTripsChange = [&](const QList<int> &changedRows) {
            HealthUpdates updates;
            for (int r : changedRows) {
                ServerHealth moved = model.health(rows[r].url);
                moved.checks += 1;
                moved.rttMs += 1.0;
                updates.append({rows[r].url, moved});
            }
            QVERIFY(!model.applyHealth(updates));
        };
        const auto signalledRanges = [](const QSignalSpy &spy) {
            QList<std::pair<int, int>> ranges;
            for (const QList<QVariant> &signal : spy) {
                const auto topLeft = signal.at(0).value<QModelIndex>();
                const auto bottomRight = signal.at(1).value<QModelIndex>();
                if (topLeft.column() == ServerTableModel::RoundTrip)
                    ranges.append({topLeft.row(), bottomRight.row()});
            }
            return ranges;
        };

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        roundTripsChange({0, 2, 3, 9});
        now += 1000;
        model.refreshTimes();
        QCOMPARE(signalledRanges(changed), (QList<std::pair<int, int>>{{0, 0}, {2, 3}, {9, 9}}));

        changed.clear();
        roundTripsChange({0, 2, 4, 6, 8, 10, 12, 14, 16, 18}); // ten runs
        now += 1000;
        model.refreshTimes();
        QCOMPARE(signalledRanges(changed), (QList<std::pair<int, int>>{{0, 18}}));
    }

    void durationFormat_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("0") << qint64(0) << QStringLiteral("0 s");
        QTest::newRow("negative clock skew") << qint64(-500) << QStringLiteral("0 s");
        QTest::newRow("59 s") << qint64(59'999) << QStringLiteral("59 s");
        QTest::newRow("1 min") << qint64(60'000) << QStringLiteral("1 min 0 s");
        QTest::newRow("1 h") << qint64(3'600'000) << QStringLiteral("1 h 0 min");
        QTest::newRow("2 d 3 h") << qint64((2 * 24 + 3) * 3'600'000LL) << QStringLiteral("2 d 3 h");
    }
    void durationFormat()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(ServerTableModel::formatDuration(ms), text);
    }
};

QTEST_GUILESS_MAIN(TestServerTableModel)
#include "tst_servertablemodel.moc"
