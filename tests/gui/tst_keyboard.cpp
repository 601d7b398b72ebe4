// The console without a mouse, in the real main window (offscreen): Tab into the overview, the
// arrow keys move the selected card (the table follows and the other way round), Enter shows the
// properties, Delete removes the server (undone with Ctrl+Z), Ctrl+Up/Down reorder the list. And
// every command of the window is reachable: in a menu or by a shortcut, no shortcut twice.
#include "configfiles.h"
#include "core/documentsession.h"
#include "ui/dialogs.h"
#include "ui/jsoneditor.h"
#include "ui/mainwindow.h"
#include "ui/serverspage.h"
#include "ui/serverpropertiespanel.h"
#include "ui/topologyview.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWidgetAction>
#include <memory>

using namespace ucmc;

namespace {
// Refused at once on loopback: the servers go down without waiting for a timeout.
const QStringList kUrls{
    QStringLiteral("ws://127.0.13.1:9/kurento"), QStringLiteral("ws://127.0.13.2:9/kurento"),
    QStringLiteral("ws://127.0.13.3:9/kurento"), QStringLiteral("ws://127.0.13.4:9/kurento")};

QByteArray configWith(const QStringList &urls)
{
    return testsupport::estosConfigWith(urls);
}

QStringList urlsOf(const MainWindow &window)
{
    QStringList urls;
    for (const MediaServerEntry &e : window.session()->document().entries())
        urls << e.url;
    return urls;
}

// The entry of the document selected in the table (through its sorting proxy), -1 for none.
int tableSelection(const MainWindow &window)
{
    const QTableView *table = window.serverTable();
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(table->model());
    return proxy ? proxy->mapToSource(rows.first()).row() : rows.first().row();
}
} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("eucwebconfig.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(configWith(kUrls));
        file.close();
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_window = std::make_unique<MainWindow>(*m_settings);
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
        m_window->openFile(path);
        QTRY_COMPARE_WITH_TIMEOUT(urlsOf(*m_window), kUrls, 3000);
        QTRY_COMPARE(m_window->topologyView()->serverCardRects().size(), kUrls.size());
    }

    void cleanup()
    {
        Dialogs::clearPendingAnswers();
        if (m_window && m_window->session()->isModified()) {
            Dialogs::setNextAnswer(QMessageBox::Discard);
            m_window->close();
        }
        Dialogs::clearPendingAnswers();
        m_window.reset();
        m_settings.reset();
    }

    void tabReachesTheCardsAndArrowsMoveTheSelection()
    {
        MainWindow &w = *m_window;
        TopologyView *view = w.topologyView();
        QVERIFY(view->focusPolicy() & Qt::TabFocus);
        QCOMPARE(w.selectedEntry(), -1);
        // Tab through the window as a user would, from the site list, until the overview has the focus.
        w.findChild<QWidget *>(QStringLiteral("siteCombo"))->setFocus(Qt::OtherFocusReason);
        QVERIFY(!view->hasFocus());
        for (int i = 0; i < 60 && !view->hasFocus(); ++i)
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &w, Qt::Key_Tab);
        QVERIFY2(view->hasFocus(), "the overview is not in the window's tab chain");
        // Tabbed into with nothing selected: the first card is current and selected everywhere.
        QCOMPARE(view->currentRow(), 0);
        QCOMPARE(w.selectedEntry(), 0);
        QCOMPARE(tableSelection(w), 0);

        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->currentRow(), 1);
        QCOMPARE(w.selectedEntry(), 1);
        QCOMPARE(tableSelection(w), 1);
        QCOMPARE(w.propertiesPanel()->entryIndex(), 1);
        QTest::keyClick(view, Qt::Key_End);
        QCOMPARE(view->currentRow(), 3);
        QCOMPARE(tableSelection(w), 3);
        QTest::keyClick(view, Qt::Key_Down); // the last stays the last
        QCOMPARE(view->currentRow(), 3);
        QTest::keyClick(view, Qt::Key_Up);
        QCOMPARE(view->currentRow(), 2);
        QTest::keyClick(view, Qt::Key_Home);
        QCOMPARE(view->currentRow(), 0);
        QCOMPARE(tableSelection(w), 0);
        QTest::keyClick(view, Qt::Key_Up); // the first stays the first
        QCOMPARE(view->currentRow(), 0);

        // Right goes to the card beside (the next column), when there is one; Left comes back.
        const QList<QRect> cards = view->serverCardRects();
        int beside = -1;
        for (int i = 1; i < cards.size(); ++i) {
            if (cards[i].left() > cards[0].left() && cards[i].top() == cards[0].top())
                beside = i;
        }
        QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(view->currentRow(), beside >= 0 ? beside : 0);
        QTest::keyClick(view, Qt::Key_Left);
        QCOMPARE(view->currentRow(), 0);

        // The other way: the table's selection moves the current card, and so does a click.
        w.serverTable()->selectRow(2); // sorted by position: row 2 is entry 2
        QCOMPARE(w.selectedEntry(), 2);
        QCOMPARE(view->currentRow(), 2);
        QTest::mouseClick(view, Qt::LeftButton, {}, cards[1].center());
        QCOMPARE(view->currentRow(), 1);
        QCOMPARE(tableSelection(w), 1);
        QVERIFY(view->hasFocus());
    }

    void currentCardHasAFocusFrame()
    {
        MainWindow &w = *m_window;
        TopologyView *view = w.topologyView();
        view->setFocus(Qt::OtherFocusReason);
        w.selectEntry(1);
        QCOMPARE(view->currentRow(), 1);
        const QImage image = view->grab().toImage();
        const qreal ratio = image.devicePixelRatio();
        const QColor highlight = view->palette().color(QPalette::Highlight);
        // Three pixels outside the card's left edge, halfway down: the frame's line.
        const auto frameColor = [&](int row) {
            const QRect card = view->serverCardRects().at(row);
            return image.pixelColor(QPointF((card.left() - 3) * ratio, card.center().y() * ratio).toPoint());
        };
        const auto near = [](const QColor &a, const QColor &b) {
            return qAbs(a.red() - b.red()) + qAbs(a.green() - b.green()) + qAbs(a.blue() - b.blue()) < 60;
        };
        QVERIFY2(near(frameColor(1), highlight), qPrintable(frameColor(1).name()));
        QVERIFY2(!near(frameColor(0), highlight), qPrintable(frameColor(0).name()));
        QVERIFY(!near(frameColor(2), highlight));
    }

    void deleteRemovesTheServerAndUndoBringsItBack()
    {
        MainWindow &w = *m_window;
        TopologyView *view = w.topologyView();
        view->setFocus(Qt::OtherFocusReason);
        w.selectEntry(0);
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->currentRow(), 1);
        QTest::keyClick(view, Qt::Key_Delete);
        QStringList expected = kUrls;
        expected.removeAt(1);
        QCOMPARE(urlsOf(w), expected);
        QVERIFY(w.session()->isModified());
        // The card after it is selected now, and Delete goes on with it.
        QTRY_COMPARE(view->serverCardRects().size(), 3);
        QCOMPARE(w.selectedEntry(), 1);
        QCOMPARE(view->currentRow(), 1);

        // One step of the window's undo history: Ctrl+Z (the Edit menu's Undo) from the overview.
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(urlsOf(w), kUrls);
        QVERIFY(!w.session()->isModified());
        QTRY_COMPARE(view->serverCardRects().size(), 4);
    }

    // File > Discard Changes (Ctrl+Alt+Z): only with unsaved edits; asks; Cancel keeps them,
    // Discard reads the file again.
    void discardHasAShortcutAndAsksFirst()
    {
        MainWindow &w = *m_window;
        QAction *discard = nullptr;
        for (QAction *a : w.findChildren<QAction *>()) {
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Z))
                discard = a;
        }
        QVERIFY(discard);
        QVERIFY(!discard->isEnabled()); // nothing to discard
        TopologyView *view = w.topologyView();
        view->setFocus(Qt::OtherFocusReason);
        w.selectEntry(0);
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(w.session()->isModified());
        QVERIFY(discard->isEnabled());

        Dialogs::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(Dialogs::lastAnsweredQuestion().contains(QStringLiteral("read again from disk")));
        QVERIFY(w.session()->isModified());
        QCOMPARE(urlsOf(w).size(), kUrls.size() - 1);

        Dialogs::setNextAnswer(QMessageBox::Discard);
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier | Qt::AltModifier);
        QTRY_VERIFY(!w.session()->isModified());
        QTRY_COMPARE(urlsOf(w), kUrls);
        QVERIFY(!discard->isEnabled());
    }

    void ctrlUpAndDownReorderTheList()
    {
        MainWindow &w = *m_window;
        TopologyView *view = w.topologyView();
        view->setFocus(Qt::OtherFocusReason);
        w.selectEntry(1);
        QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(urlsOf(w), (QStringList{kUrls[0], kUrls[2], kUrls[1], kUrls[3]}));
        // The moved server stays selected, so a second press moves it on.
        QCOMPARE(w.selectedEntry(), 2);
        QCOMPARE(view->currentRow(), 2);
        QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(urlsOf(w), (QStringList{kUrls[0], kUrls[2], kUrls[3], kUrls[1]}));
        QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier); // the last cannot go further
        QCOMPARE(urlsOf(w), (QStringList{kUrls[0], kUrls[2], kUrls[3], kUrls[1]}));
        QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier);
        QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier);
        QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(urlsOf(w), (QStringList{kUrls[1], kUrls[0], kUrls[2], kUrls[3]}));
        QCOMPARE(view->currentRow(), 0);
        QCOMPARE(tableSelection(w), 0);
        // Each move is one undo step.
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(urlsOf(w), kUrls);
    }

    void keysDoNotEditWhileTheListIsLocked()
    {
        MainWindow &w = *m_window;
        TopologyView *view = w.topologyView();
        // The JSON text edited into an error: the overview shows the last valid list, locked.
        w.tabs()->setCurrentWidget(w.jsonEditor());
        w.jsonEditor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(w.jsonEditor(), QStringLiteral("x"));
        QTRY_VERIFY_WITH_TIMEOUT(!w.session()->document().isValidJson(), 2000);
        const QByteArray broken = w.session()->document().bytes();
        w.tabs()->setCurrentWidget(w.serversPage());
        QVERIFY(!view->isEditable());
        view->setFocus(Qt::OtherFocusReason);
        w.selectEntry(1);
        QTest::keyClick(view, Qt::Key_Delete);
        QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(w.session()->document().bytes(), broken);
        QCOMPARE(view->serverCardRects().size(), kUrls.size());
        QTest::keyClick(view, Qt::Key_Down); // choosing a card still works
        QCOMPARE(view->currentRow(), 2);
    }

    void enterShowsTheProperties()
    {
        MainWindow &w = *m_window;
        TopologyView *view = w.topologyView();
        view->setFocus(Qt::OtherFocusReason);
        w.selectEntry(0);
        QTest::keyClick(view, Qt::Key_Down);
        QTest::keyClick(view, Qt::Key_Down);
        QTest::keyClick(view, Qt::Key_Return);
        ServerPropertiesPanel *panel = w.propertiesPanel();
        QCOMPARE(panel->entryIndex(), 2);
        QCOMPARE(panel->urlEdit()->text(), kUrls[2]);
        QCOMPARE(QApplication::focusWidget(), panel->urlEdit());

        // A double click on a card does the same.
        view->setFocus(Qt::OtherFocusReason);
        QTest::mouseDClick(view, Qt::LeftButton, {}, view->serverCardRects().at(3).center());
        QCOMPARE(panel->entryIndex(), 3);
        QCOMPARE(QApplication::focusWidget(), panel->urlEdit());
    }

    void everyActionIsInAMenuOrHasAShortcut()
    {
        QStringList unreachable;
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->isSeparator() || qobject_cast<QWidgetAction *>(action))
                continue; // a line, or a widget in the toolbar (the site list) that takes the focus itself
            if (action->text().isEmpty() && action->shortcuts().isEmpty())
                continue;        // Qt's own parts (a line edit's clear button), not a command
            bool inMenu = false; // a menu, or the menu bar (a menu's title, opened with Alt+letter)
            for (QObject *owner : action->associatedObjects())
                inMenu = inMenu || qobject_cast<QMenu *>(owner) || qobject_cast<QMenuBar *>(owner);
            if (!inMenu && action->shortcuts().isEmpty())
                unreachable << action->text() + QStringLiteral(" (") +
                                   QString::fromLatin1(action->parent()->metaObject()->className()) +
                                   QLatin1Char(')');
        }
        QVERIFY2(unreachable.isEmpty(), qPrintable(unreachable.join(QStringLiteral(", "))));
    }

    void noShortcutIsUsedTwice()
    {
        QHash<QKeySequence, QString> owners;
        QStringList clashes;
        int shortcuts = 0;
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->shortcutContext() == Qt::WidgetShortcut)
                continue; // only while its own widget has the focus
            for (const QKeySequence &key : action->shortcuts()) {
                ++shortcuts;
                if (owners.contains(key))
                    clashes << key.toString() + QStringLiteral(": ") + owners.value(key) +
                                   QStringLiteral(" / ") + action->text();
                owners.insert(key, action->text());
            }
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral(", "))));
        QVERIFY(shortcuts >= 10);
        // The ones this work added, and the overview's own keys, are none of the window's.
        QVERIFY(owners.value(QKeySequence::Print).contains(QStringLiteral("Print Topology")));
        for (const QKeySequence &key :
             {QKeySequence(Qt::CTRL | Qt::Key_Up), QKeySequence(Qt::CTRL | Qt::Key_Down),
              QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Home)})
            QVERIFY2(!owners.contains(key), qPrintable(key.toString()));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
