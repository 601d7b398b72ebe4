// The desktop side of the console (issue 12): the icons are embedded and draw at 16 px, the tray
// icon follows the worst state (unknown without a site), and the About box shows the icon.
#include "ui/alertcenter.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ucmc;

class TestDesktop : public QObject
{
    Q_OBJECT

private slots:
    void iconsAreEmbeddedAndDraw_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *name : {"uc-media-console", "tray-up", "tray-warning", "tray-down", "tray-unknown"})
            QTest::newRow(name) << QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name));
    }

    void iconsAreEmbeddedAndDraw()
    {
        QFETCH(QString, path);
        const QIcon icon(path);
        QVERIFY(!icon.isNull());
        const QImage image = icon.pixmap(QSize(16, 16)).toImage();
        QCOMPARE(image.size(), QSize(16, 16));
        QVERIFY(image.pixelColor(8, 8).alpha() == 255); // the middle is drawn, not empty
    }

    void trayIconFollowsTheWorstState()
    {
        QCOMPARE(AlertCenter::iconPathFor(TraySummary::Level::Ok), QStringLiteral(":/icons/tray-up.svg"));
        QCOMPARE(AlertCenter::iconPathFor(TraySummary::Level::Warning), QStringLiteral(":/icons/tray-warning.svg"));
        QCOMPARE(AlertCenter::iconPathFor(TraySummary::Level::Critical), QStringLiteral(":/icons/tray-down.svg"));
        QCOMPARE(AlertCenter::iconPathFor(TraySummary::Level::Ok, false), QStringLiteral(":/icons/tray-unknown.svg"));
        AlertCenter center;
        QCOMPARE(center.shownIconPath(), QStringLiteral(":/icons/tray-unknown.svg")); // no site open
        // The colours differ where the dot is.
        const QImage up = AlertCenter::iconFor(TraySummary::Level::Ok).pixmap(QSize(64, 64)).toImage();
        const QImage down = AlertCenter::iconFor(TraySummary::Level::Critical).pixmap(QSize(64, 64)).toImage();
        QVERIFY(up.pixelColor(48, 40) != down.pixelColor(48, 40));
    }

    // The window opens on the tab it was closed on, saved by the page's name, so tabs added in a
    // later version do not move it; an index saved by a version before the Fleet tab (which came
    // first) still means the page it meant then.
    void windowReopensOnTheTabItWasClosedOn()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("window/tab/viewTabs"), 1); // JSON, in Servers, JSON, Hosts
        const auto currentPage = [](MainWindow &window) {
            auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("viewTabs"));
            return tabs && tabs->currentWidget() ? tabs->currentWidget()->objectName() : QString();
        };
        {
            MainWindow window(settings);
            QCOMPARE(currentPage(window), QStringLiteral("jsonEditor"));
            auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("viewTabs"));
            QCOMPARE(tabs->widget(0)->objectName(), QStringLiteral("fleetView"));
            tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("hostsView")));
            QVERIFY(window.close());
        }
        QCOMPARE(settings.value(QStringLiteral("window/tabPage/viewTabs")).toString(), QStringLiteral("hostsView"));
        QVERIFY(!settings.contains(QStringLiteral("window/tab/viewTabs")));
        {
            MainWindow window(settings);
            QCOMPARE(currentPage(window), QStringLiteral("hostsView"));
            auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("viewTabs"));
            tabs->setCurrentIndex(0);
            QVERIFY(window.close());
        }
        MainWindow window(settings);
        QCOMPARE(currentPage(window), QStringLiteral("fleetView"));
    }

    void aboutBoxShowsTheIcon()
    {
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/uc-media-console.svg")));
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        MainWindow window(settings);
        QAction *about = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text().contains(QLatin1String("About")))
                about = action;
        }
        QVERIFY(about);
        bool shown = false;
        QPixmap pixmap;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = true;
                pixmap = box->iconPixmap();
                box->accept();
            }
        });
        poll.start(20);
        about->trigger();
        QVERIFY(shown);
        QVERIFY(!pixmap.isNull());
        QVERIFY(pixmap.width() >= 32);
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
