// The tray icon's menu as an administrator uses it: show and hide the window, the worst problems
// of the open site (a click shows that server), pause and resume the desktop notifications.
#include "models/servertablemodel.h"
#include "simulatedmediaserver.h"
#include "ui/alertcenter.h"
#include "ui/mainwindow.h"
#include "ui/traymenu.h"

#include <QFile>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace ucmc;

class TestTrayMenu : public QObject
{
    Q_OBJECT

private slots:
    void problemsPauseAndWindow()
    {
        kmssim::ServerConfig config;
        config.address = QHostAddress(QStringLiteral("127.0.9.41"));
        config.wsPort = 0;
        kmssim::SimulatedMediaServer up(config);
        QVERIFY(up.start());
        QTcpServer placeholder; // a port where nothing listens afterwards: refused
        QVERIFY(placeholder.listen(QHostAddress(QStringLiteral("127.0.9.42")), 0));
        const quint16 closed = placeholder.serverPort();
        placeholder.close();

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("eucwebconfig.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"kurentoservers\":[{\"url\":\"" + up.url().toString().toUtf8() + "\"},{\"url\":\"ws://127.0.9.42:"
                + QByteArray::number(closed) + "/kurento\"}]}\n");
        f.close();
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openFile(path);
        QTRY_COMPARE_WITH_TIMEOUT(window.serverModel()->index(1, ServerTableModel::Status).data().toString(),
                                  QStringLiteral("Down"), 10000);

        auto *menu = window.findChild<TrayMenu *>();
        QVERIFY(menu);
        menu->rebuild();
        QStringList texts;
        for (QAction *a : menu->actions())
            texts << a->text();
        QVERIFY2(texts.contains(QStringLiteral("Hide Window")), qPrintable(texts.join(QLatin1Char('|'))));
        const auto problem = std::find_if(menu->actions().cbegin(), menu->actions().cend(), [](QAction *a) {
            return a->text().startsWith(QStringLiteral("127.0.9.42: Down"));
        });
        QVERIFY2(problem != menu->actions().cend(), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY((*problem)->text().contains(QStringLiteral("Connection refused")));
        QVERIFY(!texts.join(QLatin1Char('|')).contains(QStringLiteral("127.0.9.41"))); // up: no problem
        window.selectEntry(0);
        (*problem)->trigger();
        QCOMPARE(window.selectedEntry(), 1);

        // Pause: no desktop notifications for an hour; the menu then offers to resume.
        AlertCenter *alerts = window.findChild<AlertCenter *>();
        QVERIFY(alerts);
        const auto action = [menu](const QString &start) -> QAction * {
            menu->rebuild();
            for (QAction *a : menu->actions())
                if (a->text().startsWith(start))
                    return a;
            return nullptr;
        };
        QAction *pause = action(QStringLiteral("Pause Alerts for 1 Hour"));
        QVERIFY(pause);
        pause->trigger();
        const QDateTime until = alerts->notificationsPausedUntil();
        QVERIFY(until.isValid());
        QVERIFY(qAbs(QDateTime::currentDateTime().secsTo(until) - 3600) < 5);
        QAction *resume = action(QStringLiteral("Resume Alerts"));
        QVERIFY(resume);
        resume->trigger();
        QVERIFY(!alerts->notificationsPausedUntil().isValid());

        // Hide and show the window.
        action(QStringLiteral("Hide Window"))->trigger();
        QVERIFY(!window.isVisible());
        action(QStringLiteral("Show Window"))->trigger();
        QVERIFY(window.isVisible());
    }
};

QTEST_MAIN(TestTrayMenu)
#include "tst_traymenu.moc"
