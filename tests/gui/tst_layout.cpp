// No text is cut off without a way to read it: every label in the main window and its dialogs,
// in English and German, either fits, wraps, or has the whole text in its tooltip.
#include "models/servertablemodel.h"
#include "models/site.h"
#include "models/translations.h"
#include "ui/addserverdialog.h"
#include "ui/hostcontroldialog.h"
#include "ui/mainwindow.h"
#include "ui/sitesettingsdialog.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ucmc;

namespace {

// The labels that show less than their text without a tooltip that has it.
QStringList cutLabels(const QWidget *root)
{
    QStringList cut;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty() || label->textFormat() == Qt::RichText
            || Qt::mightBeRichText(label->text()))
            continue;
        if (label->wordWrap()) {
            // Wrapping breaks at spaces only: a long path or URL cannot wrap.
            for (const QString &word : label->text().split(QRegularExpression(QStringLiteral("\\s+")))) {
                if (label->fontMetrics().horizontalAdvance(word) > label->contentsRect().width() + 1
                    && label->toolTip().isEmpty())
                    cut << QStringLiteral("\"%1\" (a word of it does not fit)").arg(label->text());
            }
            continue;
        }
        QString shown = label->text(); // as drawn: a mnemonic's & is not
        if (label->buddy())
            shown.replace(QRegularExpression(QStringLiteral("&(.)")), QStringLiteral("\\1"));
        const int needed = label->fontMetrics().horizontalAdvance(shown) + 2 * label->margin()
                           + 2 * label->frameWidth();
        if (needed > label->contentsRect().width() + 1 && label->toolTip().isEmpty())
            cut << QStringLiteral("\"%1\" (%2 of %3 px)").arg(label->text()).arg(label->contentsRect().width()).arg(needed);
    }
    return cut;
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private slots:
    void noTextIsCutOff_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
    }

    void noTextIsCutOff()
    {
        QFETCH(QString, language);
        installTranslations(*QCoreApplication::instance(), QLocale(language));
        QTemporaryDir dir;
        // A long path, as real installations have.
        const QString folder = dir.filePath(QStringLiteral("customers/hamburg-harbour-office/estos/UCServer/config"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/eucwebconfig.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"kurentoservers\":[{\"url\":\"ws://127.0.9.11:8888/kurento\"}]}\n");
        f.close();
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        MainWindow window(settings);
        window.resize(1360, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openFile(path);
        QTRY_COMPARE_WITH_TIMEOUT(window.serverModel()->rowCount(), 1, 3000);
        QCoreApplication::processEvents();
        QStringList cut = cutLabels(&window);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
        // The status column fits the longest state, counts included ("Going down (2 of 3)").
        ServerHealth going;
        going.state = HealthState::GoingDown;
        going.streak = 10;
        going.fall = 10;
        QVERIFY(window.serverTable()->columnWidth(ServerTableModel::Status)
                > window.serverTable()->fontMetrics().horizontalAdvance(healthStateLabel(going)) + 20);

        // At 1600 px the table fits without scrolling sideways: the URL whole, and every column shown
        // by default at least as wide as its header.
        window.resize(1600, 900);
        QCoreApplication::processEvents();
        QTableView *table = window.serverTable();
        QHeaderView *header = table->horizontalHeader();
        int total = 0;
        for (int c = 0; c < header->count(); ++c) {
            if (header->isSectionHidden(c))
                continue;
            total += header->sectionSize(c);
            const QString title = table->model()->headerData(c, Qt::Horizontal).toString();
            QVERIFY2(header->sectionSize(c) >= header->fontMetrics().horizontalAdvance(title),
                     qPrintable(QStringLiteral("column \"%1\" is %2 px").arg(title).arg(header->sectionSize(c))));
        }
        QVERIFY2(total <= table->viewport()->width(),
                 qPrintable(QStringLiteral("%1 px of columns in %2 px").arg(total).arg(table->viewport()->width())));
        QVERIFY(!table->horizontalScrollBar()->isVisible());
        QVERIFY(table->columnWidth(ServerTableModel::Url)
                >= table->fontMetrics().horizontalAdvance(QStringLiteral("ws://127.0.9.11:8888/kurento")));
        window.resize(1360, 860);
        QCoreApplication::processEvents();

        SiteSettingsDialog site(window.currentSite(), &window);
        site.show();
        QVERIFY(QTest::qWaitForWindowExposed(&site));
        cut = cutLabels(&site);
        QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("Site settings: ") + cut.join(QLatin1Char('\n'))));

        AddServerDialog add(&window);
        add.show();
        QVERIFY(QTest::qWaitForWindowExposed(&add));
        auto *address = add.findChild<QLineEdit *>();
        QVERIFY(address);
        address->setText(QStringLiteral("ws://media-server-hamburg-harbour-office-07.customer-hamburg.example.local:99999/kurento"));
        QCoreApplication::processEvents();
        cut = cutLabels(&add);
        QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("Add: ") + cut.join(QLatin1Char('\n'))));

        HostControlSettings control;
        control.host = QStringLiteral("ucserver-hamburg-harbour.customer.example.local");
        HostControlDialog host(control, false, &window);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        cut = cutLabels(&host);
        QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("Service control: ") + cut.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
