// The monitoring side of the window against simulated servers: events reach the event log (kept
// across restarts, filtered, exported), alerts appear (in the window when there is no tray),
// maintenance silences a server, and the table shows the new live columns.
#include "configfiles.h"
#include "core/sitemonitor.h"
#include "models/eventlog.h"
#include "models/servertablemodel.h"
#include "net/monitor/mediaservermonitor.h"
#include "simulatedmediaserver.h"
#include "simulatedprocallhost.h"
#include "simulatorfleet.h"
#include "ui/alertcenter.h"
#include "ui/eventlogview.h"
#include "ui/mainwindow.h"
#include "ui/messagebanner.h"
#include "ui/topologyview.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPaintEvent>
#include <QScreen>
#include <QTableView>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace ucmc;
using kmssim::SimulatedMediaServer;

namespace {
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray configWith(const QStringList &urls)
{
    return testsupport::compactConfigWith(urls);
}

int countEvents(const EventLog &log, const QString &server, ServerEvent::Kind kind)
{
    int n = 0;
    for (const ServerEvent &e : log.events())
        n += e.server == server && e.kind == kind ? 1 : 0;
    return n;
}
// Quick checks: a fault is seen in a third of a second, and a recovery as soon.
ProbeSettings quickChecks(ProbeSettings probe)
{
    probe.intervalMs = 300;
    probe.timeoutMs = 400;
    probe.fall = 1;
    probe.rise = 1;
    return probe;
}

} // namespace

class TestMonitoringUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        for (int i = 0; i < 2; ++i) {
            kmssim::ServerConfig config;
            config.address = QHostAddress(QStringLiteral("127.0.6.%1").arg(11 + i));
            config.wsPort = 0;
            m_servers.push_back(std::make_unique<SimulatedMediaServer>(config));
            QVERIFY(m_servers.back()->start());
        }
        m_host = std::make_unique<procallsim::SimulatedProcallHost>(QHostAddress(QStringLiteral("127.0.6.10")));
        QVERIFY2(m_host->start(0, 0, 0), qPrintable(m_host->errorString()));
    }

    void eventsAlertsAndMaintenance()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("eucwebconfig.json"));
        const QString a = m_servers[0]->url().toString();
        const QString b = m_servers[1]->url().toString();
        QVERIFY(writeFile(path, configWith({a, b})));
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        const QString logFolder = dir.filePath(QStringLiteral("events"));
        {
            MainWindow window(settings);
            window.openEventLog(logFolder);
            window.show();
            window.openFile(path);
            Site site = window.currentSite();
            site.probe = quickChecks(site.probe);
            site.probe.ucServerPort = m_host->ucServerPort();
            site.probe.webServerHttpPort = m_host->webServerPort();
            site.probe.webServerHttpsPort = m_host->webServerHttpsPort();
            window.applySiteSettings(site);
            window.setUcServerHost(QStringLiteral("127.0.6.10"));
            QTRY_VERIFY_WITH_TIMEOUT(window.isSettled(), 8000);
            QTRY_COMPARE_WITH_TIMEOUT(window.serverModel()->index(0, ServerTableModel::Status).data().toString(),
                                      QStringLiteral("Up"), 5000);
            QVERIFY(countEvents(*window.eventLog(), a, ServerEvent::Kind::StateChanged) >= 1);
            QVERIFY(countEvents(*window.eventLog(), QDir::toNativeSeparators(path), ServerEvent::Kind::ConsoleAction) >= 1);

            // A server goes down: an event, and an alert (no tray offscreen: the window shows it).
            QVERIFY(!window.alertCenter()->trayIcon());
            m_servers[0]->setFault(kmssim::Fault{kmssim::FaultMode::Refuse, 0});
            QTRY_COMPARE_WITH_TIMEOUT(window.serverModel()->index(0, ServerTableModel::Status).data().toString(),
                                      QStringLiteral("Down"), 3000);
            QTRY_VERIFY_WITH_TIMEOUT(window.alertBanner()->isVisible(), 12000);
            QVERIFY2(window.alertBanner()->title().contains(QStringLiteral("down"), Qt::CaseInsensitive),
                     qPrintable(window.alertBanner()->title()));
            QVERIFY(window.alertCenter()->summary().level != TraySummary::Level::Ok);

            // Maintenance: shown as such, and the recovery of the other server is quiet.
            window.setMaintenance(a, true);
            QTRY_COMPARE_WITH_TIMEOUT(window.serverModel()->index(0, ServerTableModel::Status).data().toString(),
                                      QStringLiteral("Maintenance"), 3000);
            QVERIFY(window.currentSite().maintenance.contains(a));

            // The live columns: availability and a trend for the healthy server.
            QVERIFY(window.serverModel()->index(1, ServerTableModel::Availability).data().toString().contains(QLatin1Char('%')));
            QVERIFY(!window.serverModel()->index(1, ServerTableModel::Trend)
                         .data(ServerTableModel::RecentRttRole).value<QList<float>>().isEmpty());

            // The event log view filters and exports what it shows.
            EventLogView *view = window.eventLogView();
            view->filterEdit()->setText(m_servers[0]->url().host());
            QVERIFY(view->filterModel()->rowCount() >= 2);
            const QString csv = dir.filePath(QStringLiteral("events.csv"));
            QVERIFY(view->exportTo(csv, false).isEmpty());
            QFile exported(csv);
            QVERIFY(exported.open(QIODevice::ReadOnly));
            const QByteArray text = exported.readAll();
            QVERIFY(text.contains(a.toUtf8()));
            QVERIFY(!text.contains(b.toUtf8())); // filtered out
            m_servers[0]->clearFault();
        }
        // The console started again: the log is still there.
        MainWindow again(settings);
        again.openEventLog(logFolder);
        again.openFile(path); // each site keeps its own log
        QVERIFY(countEvents(*again.eventLog(), a, ServerEvent::Kind::StateChanged) >= 2);
        QVERIFY(countEvents(*again.eventLog(), a, ServerEvent::Kind::ConsoleAction) >= 1); // maintenance on
    }

    // The dashboard of a larger site: 50 media servers from kms-sim (in-process, the command line's
    // options) on 127.0.12.11-60 in mixed states: refused, stalled, one flapping, two on another
    // version, one in maintenance (set from the overview), some under load. With
    // UCMC_SCREENSHOT_DIR set, the window (1600x1000) is kept there as dashboard-50.png for a
    // person to look at.
    void dashboardWithFiftyServers()
    {
        const QStringList args = QStringLiteral(
            "kms-sim --count 50 --address 127.0.12.11 --port 0 --threads 1 --cpu-count 8 "
            "--fault 7=refuse --fault 23=refuse --fault 38=refuse --fault 19=refuse "
            "--fault 15=stall --fault 31=stall --fault 27=flap:2500 "
            "--version 12=7.2.1 --version 44=7.2.1 "
            "--pipelines 0=4 --pipelines 1=12 --pipelines 2=2 --pipelines 5=20 --pipelines 9=7 "
            "--pipelines 13=3 --pipelines 26=9 --pipelines 33=15 --pipelines 41=1 --pipelines 47=6")
                                     .split(QLatin1Char(' '));
        QString error;
        const std::optional<kmssim::FleetOptions> options = kmssim::FleetOptions::parse(args, &error);
        QVERIFY2(options, qPrintable(error));
        std::unique_ptr<kmssim::SimulatorFleet> fleet = kmssim::SimulatorFleet::fromOptions(*options, &error);
        QVERIFY2(fleet, qPrintable(error));
        QVERIFY2(fleet->start(&error), qPrintable(error));
        QStringList urls;
        for (const QString &line : fleet->listeningLines())
            urls << line.section(QLatin1Char(' '), 2);
        QCOMPARE(urls.size(), 50);
        QVERIFY(urls.first().startsWith(QLatin1String("ws://127.0.12.11:")));
        QVERIFY(urls.last().startsWith(QLatin1String("ws://127.0.12.60:")));
        procallsim::SimulatedProcallHost host(QHostAddress(QStringLiteral("127.0.12.10")));
        QVERIFY2(host.start(0, 0, 0), qPrintable(host.errorString()));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("eucwebconfig.json"));
        QVERIFY(writeFile(path, configWith(urls)));
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        MainWindow window(settings);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openFile(path);
        Site site = window.currentSite();
        site.name = QStringLiteral("Headquarters");
        site.probe.ucServerPort = host.ucServerPort();
        site.probe.webServerHttpPort = host.webServerPort();
        site.probe.webServerHttpsPort = host.webServerHttpsPort();
        site.probe.metricsIntervalMs = 2000;
        window.applySiteSettings(site);
        window.setUcServerHost(QStringLiteral("127.0.12.10"));
        QTRY_COMPARE_WITH_TIMEOUT(window.serverModel()->rowCount(), 50, 3000);
        // Maintenance from the overview's context menu (the signal its menu emits).
        emit window.topologyView()->maintenanceRequested(19, true);
        QVERIFY(window.currentSite().maintenance.contains(urls[19]));

        ServerTableModel *model = window.serverModel();
        const auto counts = [model] {
            std::map<HealthState, int> n;
            for (int row = 0; row < model->rowCount(); ++row)
                ++n[HealthState(model->index(row, ServerTableModel::Status).data(ServerTableModel::HealthStateRole).toInt())];
            return n;
        };
        const auto stateOf = [model](int row) {
            return HealthState(model->index(row, ServerTableModel::Status).data(ServerTableModel::HealthStateRole).toInt());
        };
        const auto describe = [&counts] {
            QStringList parts;
            for (const auto &[state, n] : counts())
                parts << QStringLiteral("%1 %2").arg(n).arg(healthStateText(state));
            return parts.join(QStringLiteral(", "));
        };
        // Settled: every server answered or failed for good (stalled ones after three timeouts),
        // the flapping one somewhere in between.
        const auto settled = [&] {
            if (!window.isSettled())
                return false;
            for (int row : {7, 15, 23, 31, 38}) {
                if (stateOf(row) != HealthState::Down)
                    return false;
            }
            if (stateOf(19) != HealthState::Maintenance)
                return false;
            for (int row = 0; row < 50; ++row) {
                if (row != 7 && row != 15 && row != 19 && row != 23 && row != 27 && row != 31 && row != 38
                    && stateOf(row) != HealthState::Up)
                    return false;
            }
            return true;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(settled(), qPrintable(describe()), 30000);
        // The figures of the loaded servers (sessions: the simulator's own load session).
        const auto figuresShown = [model] {
            for (int row : {0, 1, 5, 33}) {
                if (model->index(row, ServerTableModel::Cpu).data().toString().isEmpty()
                    || model->index(row, ServerTableModel::Sessions).data().toInt() < 1)
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(figuresShown(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(settled(), 15000);

        const std::map<HealthState, int> n = counts();
        QVERIFY2(n.at(HealthState::Up) >= 43, qPrintable(describe()));
        QVERIFY2(n.at(HealthState::Down) >= 5, qPrintable(describe()));
        QCOMPARE(n.at(HealthState::Maintenance), 1);
        QCOMPARE(model->index(12, ServerTableModel::Version).data().toString(), QStringLiteral("7.2.1"));
        QVERIFY(model->index(12, ServerTableModel::Version).data(ServerTableModel::WarningRole).toBool());
        QVERIFY(!model->index(0, ServerTableModel::Version).data(ServerTableModel::WarningRole).toBool());
        QVERIFY(window.versionBanner()->isVisible());
        QVERIFY2(window.upSummaryText().contains(QStringLiteral("of 50")), qPrintable(window.upSummaryText()));
        QCOMPARE(window.topologyView()->serverCardRects().size(), 50);
        // The down servers are told once, together (no tray offscreen: the window shows the alert);
        // the one in maintenance is not among them.
        QTRY_VERIFY_WITH_TIMEOUT(window.alertBanner()->isVisible(), 15000);
        QVERIFY2(window.alertBanner()->title().contains(QStringLiteral("down"), Qt::CaseInsensitive),
                 qPrintable(window.alertBanner()->title()));
        QVERIFY2(!window.alertBanner()->text().contains(QStringLiteral("127.0.12.30")),
                 qPrintable(window.alertBanner()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(settled(), 15000);

        const QImage image = window.grab().toImage();
        QCOMPARE(image.size() / image.devicePixelRatio(), QSize(1600, 1000));
        const QByteArray screenshots = qgetenv("UCMC_SCREENSHOT_DIR");
        if (!screenshots.isEmpty()) {
            QVERIFY(QDir().mkpath(QString::fromLocal8Bit(screenshots)));
            QVERIFY(image.save(QString::fromLocal8Bit(screenshots) + QStringLiteral("/dashboard-50.png")));
        }
        fleet->stop();
    }

    // Minimised, or hidden to the tray, no figure is on screen: the open site's monitor sends no
    // statistics and asks for no figures (ProbeDetail::Status), yet a state change still arrives.
    // On screen again, the figures come at once.
    void offScreenWindowProbesForStatusOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("eucwebconfig.json"));
        const QString url = m_servers[1]->url().toString();
        QVERIFY(writeFile(path, configWith({url})));
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        MainWindow window(settings);
        window.setRememberSites(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openFile(path);
        Site site = window.currentSite();
        site.probe = quickChecks(site.probe);
        site.probe.metricsIntervalMs = ProbeSettings::kMinMetricsIntervalMs;
        window.applySiteSettings(site);
        SiteMonitor *monitor = window.siteSession()->monitor();
        const auto sampledAt = [monitor, url] { return monitor->health().value(url).metrics.sampledAtMs; };
        QTRY_COMPARE_WITH_TIMEOUT(monitor->health().value(url).state, HealthState::Up, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(sampledAt() > 0, 5000);

        for (const bool toTray : {false, true}) {
            if (toTray)
                window.hide();
            else
                window.showMinimized();
            QTest::qWait(300); // a batch under way arrives
            int batches = 0;
            const QMetaObject::Connection counting =
                connect(monitor, &SiteMonitor::healthChanged, this, [&batches] { ++batches; });
            const qint64 before = sampledAt();
            QTest::qWait(2500); // eight pings, two metrics intervals, two statistics seconds
            QVERIFY2(batches == 0, toTray ? "hidden" : "minimised");
            QCOMPARE(sampledAt(), before);

            // A change a user must hear of still arrives.
            m_servers[1]->setFault(kmssim::Fault{kmssim::FaultMode::Refuse, 0});
            QTRY_COMPARE_WITH_TIMEOUT(monitor->health().value(url).state, HealthState::Down, 5000);
            m_servers[1]->clearFault();
            QTRY_COMPARE_WITH_TIMEOUT(monitor->health().value(url).state, HealthState::Up, 8000);
            disconnect(counting);

            const qint64 hidden = sampledAt();
            window.showNormal();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTRY_VERIFY_WITH_TIMEOUT(sampledAt() > hidden, 3000);
        }
    }

    // At rest the window repaints only what changed, once a second; minimised or hidden it does
    // nothing per ping (the statistics wait in the model), yet a state change still reaches the
    // tray summary; shown again, one tick brings the views up to date.
    void idleWindowDoesNoPerPingWork()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        // Two entries nothing listens on; once shown, the monitor is stopped and batches come
        // from the test, as the monitor sends them.
        const QStringList urls{QStringLiteral("ws://127.0.6.201:9/kurento"), QStringLiteral("ws://127.0.6.202:9/kurento")};
        const QString path = dir.filePath(QStringLiteral("eucwebconfig.json"));
        QVERIFY(writeFile(path, configWith(urls)));
        MainWindow window(settings);
        window.setRememberSites(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isDisplayClockRunning());
        window.openFile(path);
        ServerTableModel *model = window.serverModel();
        QTRY_COMPARE(model->rowCount(), 2);
        auto *monitor = window.findChild<MediaServerMonitor *>();
        QVERIFY(monitor);
        monitor->setTargets({});
        QTest::qWait(300); // what was under way arrives
        const QList<ServerRow> rows = model->rows();
        ServerHealth up;
        up.state = HealthState::Up;
        up.version = QStringLiteral("7.3.0");
        up.stateSinceMs = QDateTime::currentMSecsSinceEpoch() - 2 * 3'600'000; // the time cell moves per minute
        up.rttMs = 0.42;
        up.checks = 50;
        up.recentRtt = {0.42f};
        emit monitor->healthChanged({{rows[0].url, up}, {rows[1].url, up}});
        QCOMPARE(model->health(rows[1].url).state, HealthState::Up);
        QTRY_VERIFY2(window.alertCenter()->summary().toolTip.contains(QStringLiteral("2 of 2")),
                     qPrintable(window.alertCenter()->summary().toolTip));
        QTest::qWait(1200); // the first tick and its paints

        struct Paints : QObject
        {
            QList<QRect> topology;
            int table = 0;
            QWidget *overview = nullptr;
            QWidget *viewport = nullptr;
            bool eventFilter(QObject *o, QEvent *e) override
            {
                if (e->type() == QEvent::Paint && o == overview)
                    topology << static_cast<QPaintEvent *>(e)->rect();
                if (e->type() == QEvent::Paint && o == viewport)
                    ++table;
                return false;
            }
        } paints;
        paints.overview = window.topologyView();
        paints.viewport = window.serverTable()->viewport();
        paints.overview->installEventFilter(&paints);
        paints.viewport->installEventFilter(&paints);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);

        // A ping that changes nothing a cell or card shows (one more check, 0.41 shows as 0.4):
        // no signal, no repaint, through a tick of the display clock.
        ServerHealth same = up;
        same.checks = 51;
        same.rttMs = 0.41;
        emit monitor->healthChanged({{rows[0].url, same}});
        QTest::qWait(1300);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(paints.topology.size(), 0);
        QCOMPARE(paints.table, 0);

        // A round trip that shows differently: with the tick, the overview repaints that card's
        // detail line only, and what the screen then shows is what a whole repaint draws.
        const auto cardOnScreen = [&window] {
            const QRect card = window.topologyView()->serverCardRects().at(0);
            const QPoint topLeft = window.topologyView()->mapTo(&window, card.topLeft());
            return window.screen()
                ->grabWindow(window.winId(), topLeft.x(), topLeft.y(), card.width(), card.height())
                .toImage()
                .convertToFormat(QImage::Format_RGB32);
        };
        const QImage before = cardOnScreen();
        ServerHealth slower = same;
        slower.checks = 52;
        slower.rttMs = 0.93;
        slower.recentRtt = {0.42f, 0.93f};
        emit monitor->healthChanged({{rows[0].url, slower}});
        QTRY_VERIFY_WITH_TIMEOUT(!paints.topology.isEmpty() && paints.table > 0, 3000);
        const QRect card = window.topologyView()->serverCardRects().at(0);
        const QRect detailLine = TopologyView::detailRect(card);
        for (const QRect &painted : std::as_const(paints.topology))
            QVERIFY2(detailLine.contains(painted),
                     qPrintable(QStringLiteral("%1,%2 %3x%4").arg(painted.x()).arg(painted.y())
                                    .arg(painted.width()).arg(painted.height())));
        QTest::qWait(50); // flushed to the screen
        const QImage onScreen = cardOnScreen();
        const QImage whole = window.topologyView()->grab(card).toImage().convertToFormat(QImage::Format_RGB32);
        QCOMPARE(onScreen.size(), whole.size());
        QVERIFY2(onScreen == whole, "the card on screen differs from the card painted whole");
        QVERIFY2(onScreen != before, "the new round trip is not on the screen");

        // Minimised: no clock; pings are taken but signal and paint nothing.
        window.showMinimized();
        QTRY_VERIFY(!window.isDisplayClockRunning());
        QTest::qWait(100);
        changed.clear();
        paints.topology.clear();
        paints.table = 0;
        ServerHealth faster = slower;
        faster.checks = 53;
        faster.rttMs = 0.21;
        faster.recentRtt = {0.42f, 0.93f, 0.21f};
        emit monitor->healthChanged({{rows[0].url, faster}});
        QTest::qWait(1300);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(paints.topology.size(), 0);
        QCOMPARE(paints.table, 0);
        QCOMPARE(model->health(rows[0].url).rttMs, 0.21);

        // Hidden (to the tray): a state change still reaches the tray summary at once.
        window.hide();
        QVERIFY(!window.isDisplayClockRunning());
        ServerHealth down = up;
        down.state = HealthState::Down;
        down.failure = FailureCode::TcpRefused;
        emit monitor->healthChanged({{rows[1].url, down}});
        QVERIFY2(window.alertCenter()->summary().toolTip.contains(QStringLiteral("1 of 2")),
                 qPrintable(window.alertCenter()->summary().toolTip));

        // Shown again: the clock runs and the waiting round trip is signalled at once.
        changed.clear();
        window.showNormal();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isDisplayClockRunning());
        bool roundTrip = false;
        for (const QList<QVariant> &signal : std::as_const(changed))
            roundTrip = roundTrip || signal.at(0).value<QModelIndex>().column() == ServerTableModel::RoundTrip;
        QVERIFY(roundTrip);
        QCOMPARE(model->index(0, ServerTableModel::RoundTrip).data().toString(), QStringLiteral("0.2 ms"));
    }

private:
    std::vector<std::unique_ptr<SimulatedMediaServer>> m_servers;
    std::unique_ptr<procallsim::SimulatedProcallHost> m_host;
};

QTEST_MAIN(TestMonitoringUi)
#include "tst_monitoringui.moc"
