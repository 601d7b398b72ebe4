// F1 opens the bundled user guide, in English and German: the article's procedure with the
// console, every failure code and every lint rule (built from the code), the command line; with a
// problem selected in the Problems list, at that problem's rule.
#include "models/configlint.h"
#include "models/serverhealth.h"
#include "models/servertablemodel.h"
#include "models/translations.h"
#include "ui/helpwindow.h"
#include "ui/mainwindow.h"
#include "ui/problemslist.h"

#include <QDir>
#include <QFile>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace ucmc;

class TestHelp : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
    }

    void f1OpensTheGuideWithEveryCodeAndRule()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        auto *help = window.findChild<HelpWindow *>();
        QVERIFY(help);
        QTRY_VERIFY(help->isVisible());
        const QString text = help->browser()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("The procedure, step by step")));
        QVERIFY(text.contains(QStringLiteral("services list|restart-webserver|fix-startup-types")));
        for (int c = int(FailureCode::Dns); c <= int(FailureCode::Flood); ++c)
            QVERIFY2(text.contains(QString(failureCodeId(FailureCode(c)))), qPrintable(QString(failureCodeId(FailureCode(c)))));
        for (const LintRule &rule : ConfigLint::rules())
            QVERIFY2(text.contains(rule.id) && text.contains(rule.summary), qPrintable(rule.id));
        // F1 again: the same window, not a second one.
        QTest::keyClick(&window, Qt::Key_F1);
        QCOMPARE(window.findChildren<HelpWindow *>().size(), 1);
    }

    void f1OnAProblemShowsItsRule()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("eucwebconfig.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"kurentoservers\":[{\"url\":\"ws://127.0.9.21:8888/kurento\"},{\"url\":\"ws://127.0.9.21:8888/kurento\"}]}\n");
        f.close();
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        MainWindow window(settings);
        window.resize(1360, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openFile(path);
        ProblemsList *problems = window.problemsList();
        QTRY_VERIFY(problems->topLevelItemCount() > 0);
        QTreeWidgetItem *item = problems->topLevelItem(problems->topLevelItemCount() - 1);
        problems->setCurrentItem(item);
        const QString rule = problems->selectedRule();
        QVERIFY(!rule.isEmpty());
        HelpWindow *help = HelpWindow::openAtRule(&window, rule);
        QTRY_VERIFY(help->isVisible());
        // The rules come after the guide and the failure codes: the view scrolled down to it.
        QTRY_VERIFY(help->browser()->verticalScrollBar()->value() > 0);
        const QTextCursor found = help->browser()->document()->find(rule, help->browser()->cursorForPosition({5, 5}));
        QVERIFY(!found.isNull());
    }

    void germanGuide()
    {
        QLocale::setDefault(QLocale(QLocale::German));
        QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(QLocale::German)));
        const QString html = HelpWindow::html();
        QVERIFY(html.contains(QStringLiteral("Das Vorgehen, Schritt für Schritt")));
        QVERIFY(html.contains(QStringLiteral("Warum ein Media-Server ausgefallen ist")));
        ServerHealth refused;
        refused.state = HealthState::Down;
        refused.failure = FailureCode::TcpRefused;
        QVERIFY(html.contains(healthReasonText(refused).toHtmlEscaped()));
        QVERIFY(!html.contains(QStringLiteral("The procedure, step by step")));
        if (const QString shots = qEnvironmentVariable("UCMC_SCREENSHOT_DIR"); !shots.isEmpty()) {
            HelpWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.grab().save(QDir(shots).filePath(QStringLiteral("help-de.png")));
            window.showAnchor(QStringLiteral("codes"));
            window.grab().save(QDir(shots).filePath(QStringLiteral("help-codes-de.png")));
        }
    }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
