// The monitoring side of the window against simulated servers: events reach the event log (kept
// across restarts, filtered, exported), alerts appear (in the window when there is no tray),
// maintenance silences a server, and the table shows the new live columns.
#include "models/eventlog.h"
#include "models/servertablemodel.h"
#include "simulatedmediaserver.h"
#include "simulatedprocallhost.h"
#include "ui/alertcenter.h"
#include "ui/eventlogview.h"
#include "ui/mainwindow.h"
#include "ui/messagebanner.h"

#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

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
    QByteArray json = "{\n  \"kurentoservers\": [\n";
    for (qsizetype i = 0; i < urls.size(); ++i)
        json += "    {\"url\": \"" + urls[i].toUtf8() + "\"}" + (i + 1 < urls.size() ? ",\n" : "\n");
    return json + "  ]\n}\n";
}

int countEvents(const EventLog &log, const QString &server, ServerEvent::Kind kind)
{
    int n = 0;
    for (const ServerEvent &e : log.events())
        n += e.server == server && e.kind == kind ? 1 : 0;
    return n;
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
        QVERIFY(m_host->start(0, 0));
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
            site.probe.intervalMs = 300;
            site.probe.timeoutMs = 400;
            site.probe.fall = 1;
            site.probe.rise = 1;
            site.probe.ucServerPort = m_host->ucServerPort();
            site.probe.webServerHttpPort = m_host->webServerPort();
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
        QVERIFY(countEvents(*again.eventLog(), a, ServerEvent::Kind::StateChanged) >= 2);
        QVERIFY(countEvents(*again.eventLog(), a, ServerEvent::Kind::ConsoleAction) >= 1); // maintenance on
    }

private:
    std::vector<std::unique_ptr<SimulatedMediaServer>> m_servers;
    std::unique_ptr<procallsim::SimulatedProcallHost> m_host;
};

QTEST_MAIN(TestMonitoringUi)
#include "tst_monitoringui.moc"
