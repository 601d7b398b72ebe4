// Site > Import Sites from CSV…, offscreen, as an administrator uses it: the file's rows in the
// preview with what happens to each (errors shown with their problem, not hidden), the Import
// button that counts and imports only the valid rows, the imported sites in the site chooser.
// With UCMC_SCREENSHOT_DIR set, site-import.png and site-import-dark.png are kept there for a
// person to look at.
#include "models/site.h"
#include "ui/darkpalette.h"
#include "ui/dialogs.h"
#include "ui/mainwindow.h"
#include "ui/siteimportdialog.h"
#include "ui/statuspalette.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace ucmc;

namespace {

// Header, three sites to import, one the console knows already, two with errors; a blank line.
const QByteArray kCsv = "Name;UCServer;Pfad\r\n"
                        "Hamburg;ucs-hh;\\\\ucs-hh\\c$\\estos\\config\\eucwebconfig.json\r\n"
                        "Berlin;10.21.4.10;\\\\ucs-b\\estos\\config\r\n"
                        "\r\n"
                        ";10.21.5.10;\\\\ucs-nameless\\c$\\eucwebconfig.json\r\n"
                        "Bremen;10.21.6.10;/srv/bremen/eucwebconfig.json\r\n"
                        "K\xC3\xB6ln;bad host;\\\\ucs-k\\c$\\eucwebconfig.json\r\n"
                        "Frankfurt;10.21.8.10;/srv/known/eucwebconfig.json\r\n";

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

QPushButton *buttonWithText(const QDialog *dialog, const QString &text)
{
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->text().remove(QLatin1Char('&')) == text)
            return button;
    }
    return nullptr;
}

void keepScreenshot(QWidget *widget, const QString &name)
{
    const QByteArray dir = qgetenv("UCMC_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(QString::fromLocal8Bit(dir) + u'/' + name));
}

QAction *siteMenuAction(const MainWindow &window, const QString &text)
{
    for (QAction *top : window.menuBar()->actions()) {
        if (!top->menu() || top->menu()->title().remove(QLatin1Char('&')) != QLatin1String("Site"))
            continue;
        for (QAction *action : top->menu()->actions()) {
            if (action->text().remove(QLatin1Char('&')) == text)
                return action;
        }
    }
    return nullptr;
}

} // namespace

class TestSiteImportDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_palette = QApplication::palette(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_csv = writeCsv(QStringLiteral("sites.csv"), kCsv);
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                                 QSettings::IniFormat);
        m_store = std::make_unique<SiteStore>(*m_settings);
        Site known = m_store->open(QStringLiteral("/srv/known/eucwebconfig.json"));
        known.name = QStringLiteral("Frankfurt Main");
        m_store->save(known);
    }

    void cleanup()
    {
        SiteImportDialog::setFileChooser({});
        Dialogs::setCustomHandler({});
        QApplication::setPalette(m_palette);
        m_store.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void previewShowsEveryRowAndImportsOnlyTheValidOnes()
    {
        SiteImportDialog dialog(*m_store);
        dialog.loadFile(m_csv);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        keepScreenshot(&dialog, QStringLiteral("site-import.png"));

        QTableWidget *table = dialog.preview();
        QVERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 6); // every row but the header and the blank line
        const QStringList rows{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("5"),
                               QStringLiteral("6"), QStringLiteral("7"), QStringLiteral("8")};
        const QStringList states{QStringLiteral("Will import"), QStringLiteral("Will import"),
                                 QStringLiteral("Error"),       QStringLiteral("Will import"),
                                 QStringLiteral("Error"),       QStringLiteral("Already there")};
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(cellText(table, i, SiteImportDialog::RowColumn), rows[i]);
            QCOMPARE(cellText(table, i, SiteImportDialog::StatusColumn), states[i]);
            QVERIFY(!table->item(i, SiteImportDialog::StatusColumn)->icon().isNull());
        }
        QCOMPARE(cellText(table, 0, SiteImportDialog::NameColumn), QStringLiteral("Hamburg"));
        QCOMPARE(cellText(table, 1, SiteImportDialog::PathColumn),
                 QStringLiteral(R"(\\ucs-b\estos\config\eucwebconfig.json)"));
        // The errors are on screen with their problem, in the palette's error colour.
        QCOMPARE(cellText(table, 2, SiteImportDialog::ProblemColumn), QStringLiteral("The name is missing."));
        QVERIFY(cellText(table, 4, SiteImportDialog::ProblemColumn)
                    .contains(QStringLiteral("\"bad host\" is not a valid host name")));
        QCOMPARE(cellText(table, 4, SiteImportDialog::NameColumn), QStringLiteral("Köln"));
        QCOMPARE(table->item(4, SiteImportDialog::StatusColumn)->foreground().color(),
                 StatusPalette::errorText(dialog.palette()));
        QCOMPARE(table->item(0, SiteImportDialog::StatusColumn)->foreground().color(),
                 StatusPalette::successText(dialog.palette()));
        QVERIFY(
            cellText(table, 5, SiteImportDialog::ProblemColumn).contains(QStringLiteral("Frankfurt Main")));
        QVERIFY(table->columnWidth(SiteImportDialog::ProblemColumn) > 0);
        // A long problem wraps in its row instead of ending in "…".
        QVERIFY(table->rowHeight(4) > table->rowHeight(0));

        const QString summary = dialog.summary()->text();
        QVERIFY2(summary.contains(QStringLiteral("to import: 3")) &&
                     summary.contains(QStringLiteral("with errors: 2")) &&
                     summary.contains(QStringLiteral("already there: 1")),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Row 1 holds the column titles")), qPrintable(summary));

        QPushButton *importButton = dialog.importButton();
        QCOMPARE(importButton->text(), QStringLiteral("Import 3 sites"));
        QVERIFY(importButton->isEnabled());
        QTest::mouseClick(importButton, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.importedSites().size(), 3);

        QStringList names;
        for (const Site &site : m_store->sites()) {
            names << site.name;
            QCOMPARE(site.watchAlways, site.name != QLatin1String("Frankfurt Main"));
        }
        QCOMPARE(names, (QStringList{QStringLiteral("Frankfurt Main"), QStringLiteral("Berlin"),
                                     QStringLiteral("Bremen"), QStringLiteral("Hamburg")}));
    }

    void importIsOffWithoutValidRows()
    {
        const QString path = writeCsv(QStringLiteral("bad.csv"), "Frankfurt;h;/srv/known\n;h;/srv/x\n");
        SiteImportDialog dialog(*m_store);
        dialog.loadFile(path);
        QCOMPARE(dialog.preview()->rowCount(), 2);
        QVERIFY(!dialog.importButton()->isEnabled());
        QCOMPARE(dialog.importButton()->text(), QStringLiteral("Import"));

        // One valid row: the button says so in the singular.
        dialog.loadFile(writeCsv(QStringLiteral("one.csv"), "Kiel;h;/srv/kiel\n"));
        QCOMPARE(dialog.importButton()->text(), QStringLiteral("Import 1 site"));
        QVERIFY(dialog.importButton()->isEnabled());
    }

    // A file refused as a whole says why, in the error colour, and offers nothing to import.
    void refusedFileIsExplained()
    {
        const QString path =
            writeCsv(QStringLiteral("huge.csv"), QByteArray(SiteImport::kMaxFileBytes + 1, ';'));
        SiteImportDialog dialog(*m_store);
        dialog.loadFile(path);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(dialog.summary()->text().contains(QStringLiteral("at most 1 MB")),
                 qPrintable(dialog.summary()->text()));
        QVERIFY(dialog.summary()->isVisible());
        QCOMPARE(dialog.summary()->palette().color(QPalette::WindowText),
                 StatusPalette::errorText(dialog.palette()));
        QCOMPARE(dialog.preview()->rowCount(), 0);
        QVERIFY(!dialog.importButton()->isEnabled());
    }

    void chooseAnotherFile()
    {
        const QString second =
            writeCsv(QStringLiteral("second.csv"), "Kiel,h1,/srv/kiel\nLübeck,h2,/srv/luebeck\n");
        SiteImportDialog dialog(*m_store);
        dialog.loadFile(m_csv);
        SiteImportDialog::setFileChooser([second] { return second; });
        QPushButton *another = buttonWithText(&dialog, QStringLiteral("Choose Another File…"));
        QVERIFY(another);
        QTest::mouseClick(another, Qt::LeftButton);
        QCOMPARE(dialog.preview()->rowCount(), 2);
        QCOMPARE(dialog.importButton()->text(), QStringLiteral("Import 2 sites"));
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open, nothing imported
        QCOMPARE(m_store->sites().size(), 1);
    }

    // The largest file accepted (5,000 rows) opens without making the user wait.
    void largestFileOpensQuickly()
    {
        QByteArray csv = "Name;UCServer;Pfad\n";
        for (int i = 0; i < SiteImport::kMaxRows; ++i)
            csv += "Site " + QByteArray::number(i) + ";10.1." + QByteArray::number(i / 250) + '.'
                   + QByteArray::number(i % 250 + 1) + ";\\\\ucs-" + QByteArray::number(i) + "\\c$\\config"
                   + (i % 10 == 0 ? ";extra" : "") + "\n";
        const QString path = writeCsv(QStringLiteral("fleet.csv"), csv);
        SiteImportDialog dialog(*m_store);
        QElapsedTimer timer;
        timer.start();
        dialog.loadFile(path);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const qint64 ms = timer.elapsed();
        qInfo("5,000 rows shown in %lld ms", ms);
        QVERIFY2(ms < 5000, qPrintable(QString::number(ms)));
        QCOMPARE(dialog.preview()->rowCount(), SiteImport::kMaxRows);
        QCOMPARE(dialog.importButton()->text(), QStringLiteral("Import 4500 sites"));
    }

    // Dark mode: the status colours come from the palette the dialog is drawn on.
    void followsTheDarkPalette()
    {
        QApplication::setPalette(ucmc::darkPalette());
        SiteImportDialog dialog(*m_store);
        dialog.loadFile(m_csv);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        keepScreenshot(&dialog, QStringLiteral("site-import-dark.png"));
        QVERIFY(StatusPalette::isDark(dialog.palette()));
        QCOMPARE(dialog.preview()->item(2, SiteImportDialog::StatusColumn)->foreground().color(),
                 StatusPalette::errorText(dialog.palette()));
        QVERIFY(StatusPalette::contrastRatio(StatusPalette::errorText(dialog.palette()),
                                             dialog.palette().color(QPalette::Base)) >= 4.5);
    }

    // From the window's Site menu: choose the file, import, and the sites are in the site chooser.
    void fromTheSiteMenu()
    {
        MainWindow window(*m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *action = siteMenuAction(window, QStringLiteral("Import Sites from CSV…"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());

        // Cancelled in the file chooser: no dialog, nothing imported.
        bool shown = false;
        Dialogs::setCustomHandler([&shown](QDialog *) {
            shown = true;
            return int(QDialog::Rejected);
        });
        SiteImportDialog::setFileChooser([] { return QString(); });
        action->trigger();
        QVERIFY(!shown);

        QString buttonText;
        SiteImportDialog::setFileChooser([this] { return m_csv; });
        Dialogs::setCustomHandler([&buttonText](QDialog *dialog) {
            auto *preview = qobject_cast<SiteImportDialog *>(dialog);
            if (!preview)
                return int(QDialog::Rejected);
            preview->show();
            if (!QTest::qWaitForWindowExposed(preview))
                return int(QDialog::Rejected);
            buttonText = preview->importButton()->text();
            QTest::mouseClick(preview->importButton(), Qt::LeftButton);
            return preview->result();
        });
        action->trigger();
        QCOMPARE(buttonText, QStringLiteral("Import 3 sites"));

        auto *combo = window.findChild<QComboBox *>(QStringLiteral("siteCombo"));
        QVERIFY(combo);
        QStringList listed;
        for (int i = 0; i < combo->count(); ++i)
            listed << combo->itemText(i);
        for (const QString &name :
             {QStringLiteral("Hamburg"), QStringLiteral("Berlin"), QStringLiteral("Bremen")})
            QVERIFY2(listed.contains(name), qPrintable(listed.join(QStringLiteral(", "))));
        QVERIFY(!listed.contains(QStringLiteral("Köln")));
        // File > Open Recent keeps to the sites opened before: imported ones were never opened.
        QMenu *recent = nullptr;
        for (QMenu *menu : window.findChildren<QMenu *>()) {
            if (menu->title().remove(QLatin1Char('&')) == QLatin1String("Open Recent"))
                recent = menu;
        }
        QVERIFY(recent);
        QCOMPARE(recent->actions().size(), 1);
        QVERIFY(recent->actions().first()->text().startsWith(QStringLiteral("Frankfurt Main")));
        QCOMPARE(SiteStore(*m_settings).sites().size(), 4);
    }

private:
    QString writeCsv(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SiteStore> m_store;
    QString m_csv;
    QPalette m_palette;
};

QTEST_MAIN(TestSiteImportDialog)
#include "tst_siteimportdialog.moc"
