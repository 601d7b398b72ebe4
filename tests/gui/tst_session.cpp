// One open installation, one session: opening another file or switching site leaves nothing of
// the previous site running or on screen (its monitor's connections close, its host is no longer
// probed, its alerts and banners are gone), and the new site starts clean.
#include "configfiles.h"
#include "core/documentsession.h"
#include "core/sitesession.h"
#include "models/eventlog.h"
#include "models/servertablemodel.h"
#include "simulatedmediaserver.h"
#include "simulatedprocallhost.h"
#include "ui/alertcenter.h"
#include "ui/hostsview.h"
#include "ui/mainwindow.h"
#include "ui/serverspage.h"
#include "ui/messagebanner.h"
#include "ui/topologyview.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ucmc;

namespace {

const QString kHost = QStringLiteral("127.0.8.10");

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray configWith(const QStringList &urls)
{
    return testsupport::compactConfigWith(urls);
}

bool treeMentions(const QTreeWidget *tree, const QString &text)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0).contains(text))
            return true;
    }
    return false;
}

int eventsAbout(const EventLog &log, const QString &server)
{
    int n = 0;
    for (const ServerEvent &e : log.events())
        n += e.server == server ? 1 : 0;
    return n;
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        for (int i = 0; i < 3; ++i) {
            kmssim::ServerConfig config;
            config.address = QHostAddress(QStringLiteral("127.0.8.%1").arg(11 + i));
            config.wsPort = 0;
            m_servers.push_back(std::make_unique<kmssim::SimulatedMediaServer>(config));
            QVERIFY(m_servers.back()->start());
        }
        m_host = std::make_unique<procallsim::SimulatedProcallHost>(QHostAddress(kHost));
        QVERIFY2(m_host->start(0, 0, 0), qPrintable(m_host->errorString()));
        QVERIFY(m_dir.isValid());
        // Site 1 (with a UCServer host): servers 0 and 1. Site 2 (no host): server 2.
        m_site1Path = m_dir.filePath(QStringLiteral("site1/eucwebconfig.json"));
        m_site2Path = m_dir.filePath(QStringLiteral("site2/eucwebconfig.json"));
        QVERIFY(QDir().mkpath(QFileInfo(m_site1Path).absolutePath()));
        QVERIFY(QDir().mkpath(QFileInfo(m_site2Path).absolutePath()));
        QVERIFY(writeFile(m_site1Path, configWith({url(0), url(1)})));
        QVERIFY(writeFile(m_site2Path, configWith({url(2)})));
    }

    void cleanup()
    {
        for (auto &server : m_servers)
            server->clearFault();
        m_host->setUcServerRunning(true);
    }

    void openingAnotherFileLeavesNothingOfThePreviousSite()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("open.ini")), QSettings::IniFormat);
        MainWindow w(settings);
        w.show();
        openSite1(w);
        // Site 1 has a problem on screen: server 1 is down, with an alert.
        m_servers[1]->setFault(kmssim::Fault{kmssim::FaultMode::Refuse, 0});
        QTRY_VERIFY_WITH_TIMEOUT(w.alertBanner()->isVisible(), 12000);
        const QPointer<SiteSession> site1 = w.siteSession();

        w.openFile(m_site2Path); // another installation, whose folder has no site yet
        QTRY_COMPARE_WITH_TIMEOUT(w.serverModel()->rowCount(), 1, 3000);
        verifySite1IsGone(w, site1);
        QCOMPARE(w.currentSite().configPath, m_site2Path);
        QVERIFY(w.ucServerHost().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(w.serverModel()->index(0, ServerTableModel::Status).data().toString(),
                                  QStringLiteral("Up"), 5000);
    }

    void switchingSiteLeavesNothingOfThePreviousSite()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("switch.ini")), QSettings::IniFormat);
        MainWindow w(settings);
        w.show();
        w.openFile(m_site2Path);
        QTRY_COMPARE_WITH_TIMEOUT(w.serverModel()->index(0, ServerTableModel::Status).data().toString(),
                                  QStringLiteral("Up"), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_servers[2]->connectionCount() >= 1, 3000);
        openSite1(w);
        QTRY_COMPARE_WITH_TIMEOUT(m_servers[2]->connectionCount(), 0, 3000); // site 2's monitor is gone
        m_servers[1]->setFault(kmssim::Fault{kmssim::FaultMode::Refuse, 0});
        QTRY_VERIFY_WITH_TIMEOUT(w.alertBanner()->isVisible(), 12000);
        const QPointer<SiteSession> site1 = w.siteSession();

        // Back to site 2 through the site list in the toolbar, as an administrator would.
        auto *combo = w.findChild<QComboBox *>(QStringLiteral("siteCombo"));
        QVERIFY(combo);
        const int index = combo->findText(QStringLiteral("site2")); // named after its folder
        QVERIFY2(index >= 0, qPrintable(QStringLiteral("site2 not in the list")));
        combo->setCurrentIndex(index);
        emit combo->activated(index);
        QTRY_COMPARE_WITH_TIMEOUT(w.currentSite().configPath, m_site2Path, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(w.serverModel()->rowCount(), 1, 3000);
        verifySite1IsGone(w, site1);
    }

    // The banner always says how things are now: down, up again, and down again within the
    // ten-minute rate limit shows "down", not the stale "up again".
    void aDownAfterUpAgainIsShownAsDown()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("alerts.ini")), QSettings::IniFormat);
        MainWindow w(settings);
        w.show();
        openSite1(w);
        const auto bannerSays = [&w](const QString &word) {
            return w.alertBanner()->isVisible() && w.alertBanner()->title().contains(word, Qt::CaseInsensitive);
        };
        m_servers[1]->setFault(kmssim::Fault{kmssim::FaultMode::Refuse, 0});
        QTRY_VERIFY_WITH_TIMEOUT(bannerSays(QStringLiteral("down")), 12000);
        m_servers[1]->clearFault();
        QTRY_VERIFY_WITH_TIMEOUT(bannerSays(QStringLiteral("up again")), 12000);
        m_servers[1]->setFault(kmssim::Fault{kmssim::FaultMode::Refuse, 0});
        QTRY_VERIFY_WITH_TIMEOUT(bannerSays(QStringLiteral("down")), 12000);
        QVERIFY2(!w.alertBanner()->title().contains(QStringLiteral("up again")), qPrintable(w.alertBanner()->title()));
        QCOMPARE(w.alertCenter()->summary().level, TraySummary::Level::Critical);
    }

    // How the administrator left the window comes back: size, tab, splitter, sort order and
    // column widths.
    void windowStateIsRemembered()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("window.ini")), QSettings::IniFormat);
        QList<int> splitterSizes;
        {
            MainWindow w(settings);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.openFile(m_site2Path);
            QTRY_COMPARE_WITH_TIMEOUT(w.serverModel()->rowCount(), 1, 3000);
            w.resize(1200, 800);
            w.serverTable()->sortByColumn(ServerTableModel::Host, Qt::DescendingOrder);
            w.serverTable()->setColumnWidth(ServerTableModel::Url, 333);
            auto *splitter = w.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            QVERIFY(splitter);
            splitter->setSizes({200, 400});
            QCoreApplication::processEvents();
            splitterSizes = splitter->sizes();
            w.tabs()->setCurrentIndex(2);
            QVERIFY(w.close());
        }
        MainWindow again(settings);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(1200, 800));
        QCOMPARE(again.tabs()->currentIndex(), 2);
        again.tabs()->setCurrentWidget(again.serversPage());
        QTRY_COMPARE(again.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), splitterSizes);
        QHeaderView *header = again.serverTable()->horizontalHeader();
        QCOMPARE(header->sortIndicatorSection(), int(ServerTableModel::Host));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        again.openFile(m_site2Path);
        QTRY_COMPARE_WITH_TIMEOUT(again.serverModel()->rowCount(), 1, 3000);
        QCOMPARE(again.serverTable()->columnWidth(ServerTableModel::Url), 333); // not fitted over
    }

private:
    QString url(int i) const { return m_servers[size_t(i)]->url().toString(); }

    void openSite1(MainWindow &w)
    {
        w.openFile(m_site1Path);
        QTRY_COMPARE_WITH_TIMEOUT(w.serverModel()->rowCount(), 2, 3000);
        Site site = w.currentSite();
        site.ucServerHost = kHost;
        site.probe.intervalMs = 300;
        site.probe.timeoutMs = 400;
        site.probe.fall = 1;
        site.probe.rise = 1;
        site.probe.ucServerPort = m_host->ucServerPort();
        site.probe.webServerHttpPort = m_host->webServerPort();
        site.probe.webServerHttpsPort = m_host->webServerHttpsPort();
        w.applySiteSettings(site);
        QTRY_VERIFY_WITH_TIMEOUT(w.isSettled(), 8000);
        QCOMPARE(w.topologyView()->hostHealth().host, kHost);
        QCOMPARE(w.topologyView()->hostHealth().ucServer.state, PortHealth::State::Open);
        QTRY_VERIFY_WITH_TIMEOUT(m_servers[0]->connectionCount() >= 1, 3000);
    }

    // Nothing of site 1 runs or shows: its session (monitor, host probe, alerts, timers, event
    // log) is destroyed, its connections are closed, its banners are gone, and its host going
    // down later says nothing under the new site.
    void verifySite1IsGone(MainWindow &w, const QPointer<SiteSession> &site1)
    {
        QTRY_VERIFY_WITH_TIMEOUT(site1.isNull(), 2000);
        QTRY_COMPARE_WITH_TIMEOUT(m_servers[0]->connectionCount(), 0, 3000);
        QVERIFY(!w.alertBanner()->isVisible());
        QVERIFY(!w.certificateBanner()->isVisible());
        QVERIFY(!w.versionBanner()->isVisible());
        QVERIFY(w.topologyView()->hostHealth().host.isEmpty());
        QVERIFY(treeMentions(w.hostsView()->tree(), QStringLiteral("UCServer host not set")));
        QVERIFY(!w.alertCenter()->summary().toolTip.contains(QStringLiteral("127.0.8.12")));
        for (const ServerRow &row : w.serverModel()->rows())
            QVERIFY(row.url != url(0) && row.url != url(1));

        // Site 1's file changes on disk: the window does not notice (its watch went with it).
        const QByteArray shown = w.session()->document().bytes();
        QVERIFY(writeFile(m_site1Path, configWith({url(0)})));
        QTest::qWait(1000);
        QCOMPARE(w.session()->document().bytes(), shown);
        QVERIFY(!w.session()->undoStack()->canUndo()); // a fresh history
        QVERIFY(writeFile(m_site1Path, configWith({url(0), url(1)})));

        // Site 1's host stops its UCServer: the new site neither alerts nor logs it.
        m_host->setUcServerRunning(false);
        QTest::qWait(2500); // several of site 1's old probe intervals
        QVERIFY2(!w.alertBanner()->isVisible(), qPrintable(w.alertBanner()->title()));
        QCOMPARE(eventsAbout(*w.eventLog(), kHost), 0);
        QVERIFY(w.topologyView()->hostHealth().host.isEmpty());
    }

    std::vector<std::unique_ptr<kmssim::SimulatedMediaServer>> m_servers;
    std::unique_ptr<procallsim::SimulatedProcallHost> m_host;
    QTemporaryDir m_dir;
    QString m_site1Path;
    QString m_site2Path;
};

QTEST_MAIN(TestSession)
#include "tst_session.moc"
