// What assistive technology finds in the real main window (offscreen): walking the accessibility
// tree from the window, every visible control that takes the focus and every button has a name;
// the overview is a list with one item per card (the host, then each media server) named by the
// server's address and its live state, which changes with the state; the banners are named.
#include "configfiles.h"
#include "models/servertablemodel.h"
#include "simulatedmediaserver.h"
#include "ui/mainwindow.h"
#include "ui/serverspage.h"
#include "ui/messagebanner.h"
#include "ui/topologyview.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAccessibleInterface>
#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <functional>
#include <memory>

using namespace ucmc;
using kmssim::SimulatedMediaServer;

namespace {
const QString kDownUrl = QStringLiteral("ws://127.0.14.19:9/kurento");

QByteArray configWith(const QStringList &urls)
{
    return testsupport::estosConfigWith(urls);
}

// Every interface under `root` (depth first), with its depth; item views' cells included.
void walk(QAccessibleInterface *root, const std::function<void(QAccessibleInterface *)> &visit, int depth = 0)
{
    if (!root || !root->isValid() || depth > 40)
        return;
    visit(root);
    const int n = root->childCount();
    for (int i = 0; i < n && i < 2000; ++i)
        walk(root->child(i), visit, depth + 1);
}

QString describe(const QWidget *widget)
{
    return QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char('#') + widget->objectName() +
           QStringLiteral(" in ") +
           (widget->parentWidget() ? QString::fromLatin1(widget->parentWidget()->metaObject()->className()) +
                                         QLatin1Char('#') + widget->parentWidget()->objectName()
                                   : QString());
}
} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        kmssim::ServerConfig config;
        config.address = QHostAddress(QStringLiteral("127.0.14.11"));
        config.wsPort = 0;
        config.version = QStringLiteral("7.3.0");
        m_server = std::make_unique<SimulatedMediaServer>(config);
        QVERIFY(m_server->start());
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        const QString path = m_dir.filePath(QStringLiteral("eucwebconfig.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(configWith({m_server->url().toString(), kDownUrl}));
        file.close();

        m_window = std::make_unique<MainWindow>(*m_settings);
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openFile(path);
        Site site = m_window->currentSite();
        site.probe.intervalMs = 300;
        site.probe.timeoutMs = 500;
        site.probe.backoffMaxMs = 600;
        m_window->applySiteSettings(site);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->serverModel()->rowCount(), 2, 3000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_server.reset();
    }

    void everyFocusableControlAndButtonHasAName()
    {
        MainWindow &w = *m_window;
        // The docks too (edit history, event log), and a banner with buttons.
        for (QDockWidget *dock : w.findChildren<QDockWidget *>())
            dock->show();
        w.fileBanner()->showMessage(MessageBanner::Level::Warning, QStringLiteral("Something to read"),
                                    QStringLiteral("The details."));
        w.fileBanner()->addAction(QStringLiteral("Act on It"), [] {});
        QStringList nameless;
        int checked = 0;
        for (int tab = 0; tab < w.tabs()->count(); ++tab) {
            w.tabs()->setCurrentIndex(tab); // each page shown in turn: only visible ones are checked
            QAccessibleInterface *root = QAccessible::queryAccessibleInterface(&w);
            QVERIFY(root);
            walk(root, [&](QAccessibleInterface *iface) {
                auto *widget = qobject_cast<QWidget *>(iface->object());
                if (!widget || !widget->isVisible() || widget->isWindow())
                    return;
                const bool control =
                    widget->focusPolicy() != Qt::NoFocus || qobject_cast<QAbstractButton *>(widget);
                if (!control)
                    return;
                ++checked;
                if (iface->text(QAccessible::Name).trimmed().isEmpty() &&
                    !nameless.contains(describe(widget)))
                    nameless << describe(widget);
            });
        }
        w.tabs()->setCurrentWidget(w.serversPage());
        QVERIFY2(nameless.isEmpty(), qPrintable(QStringLiteral("\n") + nameless.join(QLatin1Char('\n'))));
        QVERIFY2(checked > 20, qPrintable(QString::number(checked))); // the walk did reach the window's parts
    }

    void bannersAreNamedWithTheirLevel()
    {
        MainWindow &w = *m_window;
        w.fileBanner()->showMessage(MessageBanner::Level::Error, QStringLiteral("Not saved"),
                                    QStringLiteral("Disk full."));
        QAccessibleInterface *banner = nullptr;
        walk(QAccessible::queryAccessibleInterface(&w), [&](QAccessibleInterface *iface) {
            if (iface->object() == w.fileBanner())
                banner = iface;
        });
        QVERIFY2(banner, "the banner is not in the window's accessibility tree");
        QVERIFY(banner->text(QAccessible::Name).contains(QStringLiteral("Not saved")));
        QVERIFY(banner->text(QAccessible::Name).contains(QStringLiteral("Error")));
        QCOMPARE(banner->text(QAccessible::Description), QStringLiteral("Disk full."));
        // Its close button too, which has only an icon.
        QAccessibleInterface *dismiss =
            QAccessible::queryAccessibleInterface(w.fileBanner()->dismissButton());
        QCOMPARE(dismiss->text(QAccessible::Name), QStringLiteral("Dismiss"));
        w.fileBanner()->hide();
    }

    void overviewHasOneNamedItemPerCard()
    {
        MainWindow &w = *m_window;
        TopologyView *view = w.topologyView();
        QAccessibleInterface *list = nullptr;
        walk(QAccessible::queryAccessibleInterface(&w), [&](QAccessibleInterface *iface) {
            if (iface->object() == view)
                list = iface;
        });
        QVERIFY2(list, "the overview is not in the window's accessibility tree");
        QCOMPARE(list->role(), QAccessible::List);
        QVERIFY(!list->text(QAccessible::Name).isEmpty());
        QCOMPARE(list->childCount(), 1 + 2); // the host card, then one per media server

        QAccessibleInterface *host = list->child(0);
        QVERIFY(host->text(QAccessible::Name).contains(QStringLiteral("UCServer")));
        const QString upAddress = QStringLiteral("127.0.14.11:%1").arg(m_server->url().port());
        QAccessibleInterface *up = list->child(1);
        QAccessibleInterface *down = list->child(2);
        QCOMPARE(up->role(), QAccessible::ListItem);
        QCOMPARE(list->indexOfChild(up), 1);
        QCOMPARE(up->parent()->object(), view);
        // The live state in the name, the card's second line (version) in the description.
        QTRY_COMPARE_WITH_TIMEOUT(up->text(QAccessible::Name), upAddress + QStringLiteral(", Up"), 8000);
        QTRY_VERIFY_WITH_TIMEOUT(up->text(QAccessible::Description).contains(QStringLiteral("7.3.0")), 5000);
        QVERIFY(up->text(QAccessible::Description).contains(QStringLiteral("Number 1")));
        QTRY_COMPARE_WITH_TIMEOUT(down->text(QAccessible::Name), QStringLiteral("127.0.14.19:9, Down"), 8000);
        QVERIFY(down->text(QAccessible::Description).contains(QStringLiteral("Gets no new calls")));
        // Where they are on screen: the card's rectangle, and the item found at its middle.
        const QRect card = view->serverCardRects().at(1);
        QCOMPARE(down->rect(), QRect(view->mapToGlobal(card.topLeft()), card.size()));
        QCOMPARE(list->childAt(down->rect().center().x(), down->rect().center().y()), down);

        // The table's sparkline has its words: the cell of the trend column.
        QAccessibleInterface *table = QAccessible::queryAccessibleInterface(w.serverTable());
        QVERIFY(table && table->tableInterface());
        QTRY_VERIFY_WITH_TIMEOUT(table->tableInterface()
                                     ->cellAt(0, ServerTableModel::Trend)
                                     ->text(QAccessible::Name)
                                     .contains(QStringLiteral("recent checks")),
                                 5000);
        QVERIFY(table->tableInterface()
                    ->cellAt(0, ServerTableModel::Trend)
                    ->text(QAccessible::Name)
                    .contains(QStringLiteral(" ms")));

        // A state change shows in the text at once.
        w.setMaintenance(m_server->url().toString(), true);
        QTRY_COMPARE_WITH_TIMEOUT(up->text(QAccessible::Name), upAddress + QStringLiteral(", Maintenance"),
                                  5000);
        w.setMaintenance(m_server->url().toString(), false);
        QTRY_VERIFY_WITH_TIMEOUT(!up->text(QAccessible::Name).endsWith(QStringLiteral("Maintenance")), 5000);

        // Selected and focused: the item of the selected server.
        view->setFocus(Qt::OtherFocusReason);
        w.selectEntry(1);
        QVERIFY(down->state().selected);
        QVERIFY(down->state().focused);
        QVERIFY(!up->state().selected);
        QCOMPARE(list->focusChild(), down);
        w.selectEntry(0);
        QVERIFY(up->state().selected);
        QVERIFY(!down->state().selected);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SimulatedMediaServer> m_server;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
