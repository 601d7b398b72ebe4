// The Fleet tab (issue 14) against simulated media servers on loopback and temporary site files:
// a tile per watched site only, the worst first and re-sorted as states change (the selection
// kept, one row changed), search and filter, Enter and double-click open the site, "Watch always"
// in the site settings adds and removes the tile, the tray's summary and the window's banner
// speak for the fleet, the empty state, and tile text readable on a dark palette.
#include "configfiles.h"
#include "core/alertfeed.h"
#include "core/fleetmonitor.h"
#include "core/watchedsite.h"
#include "models/site.h"
#include "simulatedmediaserver.h"
#include "simulatedprocallhost.h"
#include "ui/alertcenter.h"
#include "ui/darkpalette.h"
#include "ui/fleetcontroller.h"
#include "ui/fleetmodel.h"
#include "ui/fleettiledelegate.h"
#include "ui/fleetview.h"
#include "ui/mainwindow.h"
#include "ui/messagebanner.h"
#include "ui/serverspage.h"
#include "ui/sitesettingsdialog.h"
#include "ui/statuspalette.h"
#include "ui/traymenu.h"

#include <QAbstractListModel>
#include <QCheckBox>
#include <QDir>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMouseEvent>
#include <QApplication>
#include <QPainter>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace ucmc;

namespace {
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

bool noTilePending(const FleetMonitor &fleet)
{
    const QList<SiteStatus> all = fleet.statuses();
    return !all.isEmpty() && std::none_of(all.cbegin(), all.cend(), [](const SiteStatus &s) {
        return s.level() == SiteStatus::Level::Pending;
    });
}

QString headlineOf(const FleetView &view, const QString &siteId)
{
    return view.model()->index(view.model()->indexOf(siteId).row()).data(FleetModel::HeadlineRole).toString();
}
} // namespace

class TestFleetView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        for (int i = 0; i < 4; ++i) {
            kmssim::ServerConfig config;
            config.address = QHostAddress(QStringLiteral("127.0.44.%1").arg(11 + i));
            config.wsPort = 0;
            m_servers.push_back(std::make_unique<kmssim::SimulatedMediaServer>(config));
            QVERIFY(m_servers.back()->start());
        }
        m_host = std::make_unique<procallsim::SimulatedProcallHost>(QHostAddress(QStringLiteral("127.0.44.10")));
        QVERIFY2(m_host->start(0, 0, 0), qPrintable(m_host->errorString()));
    }

    void init()
    {
        for (auto &server : m_servers)
            server->clearFault();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    }

    void cleanup()
    {
        m_settings.reset();
        m_dir.reset();
    }

    void emptyStateSaysHowToWatchASite()
    {
        MainWindow w(*m_settings);
        w.show();
        FleetView *view = w.fleet()->view();
        // The Fleet tab comes first, but the window starts on the open site's servers.
        QCOMPARE(w.tabs()->indexOf(view), 0);
        QCOMPARE(w.tabs()->tabText(0), QStringLiteral("Fleet"));
        QCOMPARE(w.tabs()->currentWidget(), w.serversPage());
        w.tabs()->setCurrentWidget(view);
        QVERIFY(view->isShowingEmptyState());
        QVERIFY(view->emptyLabel()->isVisible());
        QVERIFY(!view->list()->isVisible());
        const QString text = view->emptyLabel()->text();
        QVERIFY2(text.contains(QStringLiteral("Watch always")) && text.contains(QStringLiteral("Import Sites from CSV")),
                 qPrintable(text));
        // Nothing watched: the tray speaks for the open site alone.
        QCOMPARE(w.alertCenter()->summary(), w.alertCenter()->feed()->summary());
    }

    void tilesForWatchedSitesWorstFirstAndResorted()
    {
        addSite(QStringLiteral("alpha"), QStringLiteral("Alpha"), {0}, true, true);
        addSite(QStringLiteral("bravo"), QStringLiteral("Bravo"), {1, 2}, true);
        addSite(QStringLiteral("charlie"), QStringLiteral("Charlie"), {3}, false); // not watched
        addBrokenSite(QStringLiteral("delta"), QStringLiteral("Delta"));
        MainWindow w(*m_settings);
        FleetView *view = showSettledFleet(w);
        QVERIFY(view);
        QCOMPARE(view->shownSiteIds().size(), 3);
        QVERIFY(!view->shownSiteIds().contains(QStringLiteral("charlie")));
        // The broken file is the worst; the healthy sites follow by name.
        QCOMPARE(view->shownSiteIds(), (QStringList{QStringLiteral("delta"), QStringLiteral("alpha"), QStringLiteral("bravo")}));
        QCOMPARE(headlineOf(*view, QStringLiteral("delta")), QStringLiteral("Configuration file not readable"));
        QCOMPARE(headlineOf(*view, QStringLiteral("bravo")), QStringLiteral("All 2 media servers up"));
        QVERIFY(!view->isShowingEmptyState());
        QCOMPARE(view->list()->model()->index(1, 0).data(FleetModel::HostLineRole).toString(),
                 QStringLiteral("UCServer host 127.0.44.10: reachable"));

        // A media server of Bravo stops: Bravo's tile moves to the top (before Delta, by name),
        // the selected tile stays selected, and the move touches Bravo's row only.
        view->setCurrentSiteId(QStringLiteral("alpha"));
        QSignalSpy changed(view->model(), &QAbstractItemModel::dataChanged);
        QSignalSpy resets(view->model(), &QAbstractItemModel::modelReset);
        m_servers[2]->setFault(kmssim::Fault{kmssim::FaultMode::Refuse, 0});
        QTRY_COMPARE_WITH_TIMEOUT(view->shownSiteIds().constFirst(), QStringLiteral("bravo"), 5000);
        QVERIFY2(headlineOf(*view, QStringLiteral("bravo")).contains(QStringLiteral("1 media server down")),
                 qPrintable(headlineOf(*view, QStringLiteral("bravo"))));
        QCOMPARE(view->currentSiteId(), QStringLiteral("alpha"));
        QCOMPARE(resets.count(), 0);
        QVERIFY(!changed.isEmpty());
        for (const QList<QVariant> &args : std::as_const(changed))
            QCOMPARE(args.at(0).toModelIndex(), args.at(1).toModelIndex()); // one tile each time

        // The tray speaks for the fleet: it names the failing site; and the site's alert reaches
        // the window (no tray offscreen: as a banner), titled with the site.
        QCOMPARE(w.alertCenter()->summary().level, TraySummary::Level::Critical);
        QVERIFY2(w.alertCenter()->summary().toolTip.contains(QStringLiteral("Bravo: ")),
                 qPrintable(w.alertCenter()->summary().toolTip));
        QTRY_VERIFY_WITH_TIMEOUT(w.alertBanner()->isVisible()
                                     && w.alertBanner()->title().contains(QStringLiteral("Bravo")), 15000);

        // Back up: Bravo goes back below Delta.
        m_servers[2]->clearFault();
        QTRY_COMPARE_WITH_TIMEOUT(view->shownSiteIds(),
                                  (QStringList{QStringLiteral("delta"), QStringLiteral("alpha"), QStringLiteral("bravo")}),
                                  5000);
        QCOMPARE(view->currentSiteId(), QStringLiteral("alpha"));
    }

    void searchAndFilter()
    {
        addSite(QStringLiteral("alpha"), QStringLiteral("Alpha"), {0}, true, true);
        addSite(QStringLiteral("bravo"), QStringLiteral("Bravo"), {1}, true);
        addBrokenSite(QStringLiteral("delta"), QStringLiteral("Delta"));
        MainWindow w(*m_settings);
        FleetView *view = showSettledFleet(w);
        QVERIFY(view);
        QCOMPARE(view->shownSiteIds().size(), 3);

        QTest::keyClicks(view->searchField(), QStringLiteral("brA"));
        QCOMPARE(view->shownSiteIds(), QStringList{QStringLiteral("bravo")});
        view->searchField()->setText(QStringLiteral("44.10")); // the UCServer host
        QCOMPARE(view->shownSiteIds(), QStringList{QStringLiteral("alpha")});
        view->searchField()->setText(QStringLiteral("nowhere"));
        QVERIFY(view->shownSiteIds().isEmpty());
        QVERIFY(view->isShowingEmptyState());
        QVERIFY(view->emptyLabel()->text().contains(QStringLiteral("No site matches")));
        view->searchField()->clear();
        QVERIFY(!view->isShowingEmptyState());

        view->filterBox()->setCurrentIndex(1); // Needs attention
        QCOMPARE(view->shownSiteIds(), QStringList{QStringLiteral("delta")});
        // A site that starts needing attention appears in the filtered list by itself.
        m_servers[1]->setFault(kmssim::Fault{kmssim::FaultMode::Refuse, 0});
        QTRY_COMPARE_WITH_TIMEOUT(view->shownSiteIds(),
                                  (QStringList{QStringLiteral("bravo"), QStringLiteral("delta")}), 5000);
        view->filterBox()->setCurrentIndex(0);
        QCOMPARE(view->shownSiteIds().size(), 3);
    }

    // The tray menu lists the watched sites that need attention, worst first, each with its first
    // line; a click opens that site's dashboard. Sites that are fine are not listed.
    void trayMenuListsTheSitesNeedingAttention()
    {
        addSite(QStringLiteral("alpha"), QStringLiteral("Alpha"), {0}, true);
        addSite(QStringLiteral("bravo"), QStringLiteral("Bravo"), {1, 2}, true);
        addBrokenSite(QStringLiteral("delta"), QStringLiteral("Delta"));
        m_servers[2]->setFault(kmssim::Fault{kmssim::FaultMode::Refuse, 0});
        MainWindow w(*m_settings);
        QVERIFY(showSettledFleet(w));
        QTRY_VERIFY_WITH_TIMEOUT(w.fleet()->monitor()->statuses().constFirst().siteId == QStringLiteral("bravo"), 8000);

        auto *menu = w.findChild<TrayMenu *>();
        QVERIFY(menu);
        menu->rebuild();
        QStringList texts;
        for (QAction *a : menu->actions())
            texts << a->text();
        const qsizetype section = texts.indexOf(QStringLiteral("Watched Sites"));
        QVERIFY2(section >= 0, qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY2(texts.value(section + 1).startsWith(QStringLiteral("Bravo: 1 media server down")),
                 qPrintable(texts.join(QLatin1Char('|'))));
        QCOMPARE(texts.value(section + 2), QStringLiteral("Delta: Configuration file not readable"));
        QVERIFY(!texts.join(QLatin1Char('|')).contains(QStringLiteral("Alpha")));

        menu->actions().at(section + 1)->trigger();
        QCOMPARE(w.currentSite().id, QStringLiteral("bravo"));
        QCOMPARE(w.tabs()->currentWidget(), w.serversPage());
        QVERIFY(w.isVisible());

        // More sites in trouble than the menu lists: "more…" shows the Fleet tab, only those.
        for (int i = 0; i < TrayMenu::kMaxProblems; ++i)
            addBrokenSite(QStringLiteral("broken%1").arg(i), QStringLiteral("Broken %1").arg(i));
        w.fleet()->setSites(SiteStore(*m_settings).sites());
        QTRY_COMPARE_WITH_TIMEOUT(w.fleet()->monitor()->siteIds().size(), 3 + TrayMenu::kMaxProblems, 3000);
        QTRY_VERIFY_WITH_TIMEOUT(noTilePending(*w.fleet()->monitor()), 8000);
        menu->rebuild();
        QAction *more = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->text() == QStringLiteral("2 more…"))
                more = a;
        }
        QVERIFY(more);
        more->trigger();
        QCOMPARE(w.tabs()->currentWidget(), w.fleet()->view());
        QCOMPARE(w.fleet()->view()->filterBox()->currentIndex(), 1);
        QCOMPARE(w.fleet()->view()->shownSiteIds().size(), 2 + TrayMenu::kMaxProblems); // not Alpha
    }

    void enterAndDoubleClickOpenTheSite()
    {
        addSite(QStringLiteral("alpha"), QStringLiteral("Alpha"), {0}, true, true);
        addSite(QStringLiteral("bravo"), QStringLiteral("Bravo"), {1}, true);
        MainWindow w(*m_settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        FleetView *view = w.fleet()->view();
        w.tabs()->setCurrentWidget(view);
        QTRY_COMPARE_WITH_TIMEOUT(view->shownSiteIds().size(), 2, 3000);

        QTRY_VERIFY_WITH_TIMEOUT(noTilePending(*w.fleet()->monitor()), 8000);
        // Arrow keys move between tiles (Alpha, Bravo: both fine, by name).
        view->list()->setFocus();
        view->setCurrentSiteId(QStringLiteral("alpha"));
        QTest::keyClick(view->list(), Qt::Key_Right);
        QCOMPARE(view->currentSiteId(), QStringLiteral("bravo"));
        QTest::keyClick(view->list(), Qt::Key_Return);
        QCOMPARE(w.currentSite().id, QStringLiteral("bravo"));
        QCOMPARE(w.tabs()->currentWidget(), w.serversPage());
        QTRY_COMPARE_WITH_TIMEOUT(w.serverModel()->rowCount(), 1, 3000);
        QVERIFY(w.windowTitle().contains(QStringLiteral("Bravo")));
        // Open and watched: probed once, by the session; the tile follows the session's monitor.
        QTRY_VERIFY_WITH_TIMEOUT(w.fleet()->monitor()->site(QStringLiteral("bravo"))->isFollowing(), 3000);
        QTRY_COMPARE_WITH_TIMEOUT(m_servers[1]->connectionCount(), 1, 5000);
        QTest::qWait(300);
        QCOMPARE(m_servers[1]->connectionCount(), 1);

        w.tabs()->setCurrentWidget(view);
        // Tiles stop moving once every site has answered; the list lays them out when shown.
        QTRY_VERIFY_WITH_TIMEOUT(noTilePending(*w.fleet()->monitor()), 8000);
        QTest::qWait(50);
        const QModelIndex alpha = view->list()->model()->index(view->shownSiteIds().indexOf(QStringLiteral("alpha")), 0);
        const QRect tile = view->list()->visualRect(alpha);
        QVERIFY(!tile.isEmpty());
        QCOMPARE(view->list()->indexAt(tile.center()), alpha);
        // Press, release, then the double-click as the platform delivers it (QTest's synthesised
        // double-click does not reach an item view's viewport offscreen).
        QWidget *viewport = view->list()->viewport();
        const QPointF at = tile.center();
        for (const QEvent::Type type : {QEvent::MouseButtonPress, QEvent::MouseButtonRelease,
                                        QEvent::MouseButtonDblClick, QEvent::MouseButtonRelease}) {
            const Qt::MouseButtons buttons = type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::LeftButton;
            QMouseEvent event(type, at, viewport->mapToGlobal(at), Qt::LeftButton, buttons, Qt::NoModifier);
            QApplication::sendEvent(viewport, &event);
        }
        QCOMPARE(w.currentSite().id, QStringLiteral("alpha"));
        QCOMPARE(w.tabs()->currentWidget(), w.serversPage());

        // The tile's "Open" opens with one click.
        w.tabs()->setCurrentWidget(view);
        QCoreApplication::processEvents();
        const QModelIndex bravo = view->list()->model()->index(view->shownSiteIds().indexOf(QStringLiteral("bravo")), 0);
        const QRect open = FleetTileDelegate::openRect(view->list()->visualRect(bravo), view->list()->fontMetrics());
        QTest::mouseClick(view->list()->viewport(), Qt::LeftButton, {}, open.center());
        QCOMPARE(w.currentSite().id, QStringLiteral("bravo"));
    }

    // A site watched or unwatched in a terminal (`sites watch NAME`, another process writing the
    // same settings) reaches the open window's Fleet tab without a restart.
    void sitesWatchedInATerminalReachTheWindow()
    {
        // The window's settings where the command line finds them (XDG_CONFIG_HOME).
        const QString config = m_dir->filePath(QStringLiteral("config"));
        QDir().mkpath(config + QStringLiteral("/UC Media Console"));
        m_settings = std::make_unique<QSettings>(config + QStringLiteral("/UC Media Console/uc-media-console.conf"),
                                                 QSettings::IniFormat);
        addSite(QStringLiteral("alpha"), QStringLiteral("Alpha"), {0}, true);
        addSite(QStringLiteral("bravo"), QStringLiteral("Bravo"), {1}, false);
        m_settings->sync();
        MainWindow w(*m_settings);
        FleetView *view = showSettledFleet(w);
        QVERIFY(view);
        QCOMPARE(view->shownSiteIds(), QStringList{QStringLiteral("alpha")});

        const auto sites = [&](const QString &command, const QString &name) {
            QProcess cli;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
            environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            cli.setProcessEnvironment(environment);
            cli.start(QStringLiteral(UCMC_BIN_DIR "/uc-media-console"), {QStringLiteral("sites"), command, name});
            return cli.waitForFinished(20000) && cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0;
        };
        QVERIFY(sites(QStringLiteral("watch"), QStringLiteral("Bravo")));
        QTRY_COMPARE_WITH_TIMEOUT(view->shownSiteIds().size(), 2, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(noTilePending(*w.fleet()->monitor()), 8000);
        QVERIFY(sites(QStringLiteral("unwatch"), QStringLiteral("Alpha")));
        QTRY_COMPARE_WITH_TIMEOUT(view->shownSiteIds(), QStringList{QStringLiteral("bravo")}, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_servers[0]->connectionCount(), 0, 3000); // Alpha no longer probed
    }

    void watchAlwaysInSiteSettingsAddsAndRemovesTheTile()
    {
        const QString path = addSite(QStringLiteral("charlie"), QStringLiteral("Charlie"), {3}, false);
        MainWindow w(*m_settings);
        w.show();
        FleetView *view = w.fleet()->view();
        w.openFile(path);
        QCOMPARE(w.currentSite().id, QStringLiteral("charlie"));
        QVERIFY(view->shownSiteIds().isEmpty());

        const auto setWatched = [&](bool on) {
            SiteSettingsDialog dialog(w.currentSite(), &w);
            auto *box = dialog.findChild<QCheckBox *>(QStringLiteral("watchAlways"));
            QVERIFY(box);
            QCOMPARE(box->isChecked(), !on);
            box->click();
            w.applySiteSettings(dialog.site()); // what accepting the dialog does
        };
        setWatched(true);
        QCOMPARE(view->shownSiteIds(), QStringList{QStringLiteral("charlie")});
        QVERIFY(SiteStore(*m_settings).site(QStringLiteral("charlie"))->watchAlways);
        QTRY_VERIFY_WITH_TIMEOUT(noTilePending(*w.fleet()->monitor()), 8000);
        QCOMPARE(headlineOf(*view, QStringLiteral("charlie")), QStringLiteral("The media server is up"));

        setWatched(false);
        QVERIFY(view->shownSiteIds().isEmpty());
        QVERIFY(!SiteStore(*m_settings).site(QStringLiteral("charlie"))->watchAlways);
        QVERIFY(view->isShowingEmptyState());
    }

    void tileTextIsReadableOnADarkPalette()
    {
        // A tile painted with the dark palette: its name, headline (each level's colour), details
        // and host keep AA contrast to the tile's own background.
        const QPalette dark = darkPalette();
        for (const SiteStatus::Level level : {SiteStatus::Level::Ok, SiteStatus::Level::Pending,
                                              SiteStatus::Level::Warning, SiteStatus::Level::Critical}) {
            OneTile model(level);
            FleetTileDelegate delegate;
            QStyleOptionViewItem option;
            option.palette = dark;
            option.font = QFont();
            option.fontMetrics = QFontMetrics(option.font);
            option.rect = QRect(QPoint(0, 0), delegate.sizeHint(option, model.index(0)));
            option.state = QStyle::State_Enabled;
            QImage image(option.rect.size(), QImage::Format_ARGB32);
            image.fill(dark.color(QPalette::Window));
            {
                QPainter painter(&image);
                delegate.paint(&painter, option, model.index(0));
            }
            const QColor background = dark.color(QPalette::Base);
            QCOMPARE(image.pixelColor(option.rect.width() / 2, option.rect.height() - 12), background);
            // Each text line (a run of pixel rows with ink): its strongest pixel is the text's own
            // colour, which must keep 4.5:1 to the tile.
            int linesChecked = 0;
            double best = 1;
            for (int y = 8; y < option.rect.height() - 8; ++y) {
                double row = 1;
                for (int x = 24; x < option.rect.width() - 24; ++x)
                    row = std::max(row, StatusPalette::contrastRatio(image.pixelColor(x, y), background));
                if (row > 1.2) {
                    best = std::max(best, row);
                    continue;
                }
                if (best > 1.2) { // a line ended
                    ++linesChecked;
                    QVERIFY2(best >= 4.5, qPrintable(QStringLiteral("level %1, line %2 ending at y %3: %4:1")
                                                         .arg(int(level)).arg(linesChecked).arg(y).arg(best)));
                }
                best = 1;
            }
            QVERIFY2(linesChecked >= 4, qPrintable(QString::number(linesChecked))); // name, headline, details, host
        }
    }

    void openShowsOnTheSelectedTileOnly()
    {
        OneTile model(SiteStatus::Level::Critical);
        FleetTileDelegate delegate;
        QStyleOptionViewItem option;
        option.palette = QPalette(); // the application's (light offscreen)
        option.font = QFont();
        option.fontMetrics = QFontMetrics(option.font);
        option.rect = QRect(QPoint(0, 0), delegate.sizeHint(option, model.index(0)));
        const QRect open = FleetTileDelegate::openRect(option.rect, option.fontMetrics);
        QVERIFY(option.rect.contains(open));
        const auto paint = [&](QStyle::State state) {
            option.state = QStyle::State_Enabled | state;
            QImage image(option.rect.size(), QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            delegate.paint(&painter, option, model.index(0));
            return image;
        };
        const QColor button = option.palette.color(QPalette::Button);
        const QImage selected = paint(QStyle::State_Selected);
        const QImage plain = paint({});
        // Inside the button, left of its text: the button's fill when selected, the tile's without.
        const QPoint inside(open.left() + 3, open.center().y());
        QCOMPARE(selected.pixelColor(inside), button);
        QCOMPARE(plain.pixelColor(inside), option.palette.color(QPalette::Base));
    }

    void cleanupTestCase()
    {
        m_servers.clear();
        m_host.reset();
    }

private:
    // A list model of one tile, for painting it without a fleet.
    class OneTile : public QAbstractListModel
    {
    public:
        explicit OneTile(SiteStatus::Level level) : m_level(level) {}
        int rowCount(const QModelIndex &) const override { return 1; }
        QVariant data(const QModelIndex &, int role) const override
        {
            switch (role) {
            case Qt::DisplayRole:
                return QStringLiteral("Hamburg");
            case FleetModel::LevelRole:
                return int(m_level);
            case FleetModel::HeadlineRole:
                return QStringLiteral("2 media servers down");
            case FleetModel::DetailsRole:
                return QStringList{QStringLiteral("3 of 5 media servers up"), QStringLiteral("Version 7.3.0")};
            case FleetModel::HostLineRole:
                return QStringLiteral("UCServer host WINSERVER1: reachable");
            default:
                return {};
            }
        }

    private:
        SiteStatus::Level m_level;
    };

    // Shows the window on its Fleet tab once every watched site has answered; nullptr if not.
    static FleetView *showSettledFleet(MainWindow &w)
    {
        w.show();
        FleetView *view = w.fleet()->view();
        w.tabs()->setCurrentWidget(view);
        const bool settled = QTest::qWaitFor([&] { return noTilePending(*w.fleet()->monitor()); }, 8000);
        return settled ? view : nullptr;
    }

    // A site file with the given simulated servers, remembered in the settings.
    QString addSite(const QString &id, const QString &name, const QList<int> &servers, bool watch,
                    bool withHost = false)
    {
        QStringList urls;
        for (int i : servers)
            urls << m_servers[size_t(i)]->url().toString();
        const QString folder = m_dir->filePath(id);
        QDir().mkpath(folder);
        const QString path = QDir(folder).filePath(QStringLiteral("eucwebconfig.json"));
        writeFile(path, testsupport::compactConfigWith(urls));
        remember(id, name, path, watch, withHost);
        return path;
    }

    void addBrokenSite(const QString &id, const QString &name)
    {
        const QString folder = m_dir->filePath(id);
        QDir().mkpath(folder);
        const QString path = QDir(folder).filePath(QStringLiteral("eucwebconfig.json"));
        writeFile(path, "{ \"kurentoservers\": [ { \"url\": ");
        remember(id, name, path, true, false);
    }

    void remember(const QString &id, const QString &name, const QString &path, bool watch, bool withHost)
    {
        Site site;
        site.id = id;
        site.name = name;
        site.configPath = path;
        site.watchAlways = watch;
        site.probe.intervalMs = 300;
        site.probe.timeoutMs = 400;
        site.probe.fall = 1;
        site.probe.rise = 1;
        if (withHost) {
            site.ucServerHost = QStringLiteral("127.0.44.10");
            site.probe.ucServerPort = m_host->ucServerPort();
            site.probe.webServerHttpPort = m_host->webServerPort();
            site.probe.webServerHttpsPort = m_host->webServerHttpsPort();
        }
        SiteStore(*m_settings).save(site);
    }

    std::vector<std::unique_ptr<kmssim::SimulatedMediaServer>> m_servers;
    std::unique_ptr<procallsim::SimulatedProcallHost> m_host;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

QTEST_MAIN(TestFleetView)
#include "tst_fleetview.moc"
