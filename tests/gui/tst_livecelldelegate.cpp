// LiveCellDelegate draws the live columns' texts from cached layouts; what it draws must be what
// the style draws for the same cell: alignment, colour, selection, eliding, focus, font.

#include "ui/livecelldelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace ucmc;

class TestLiveCellDelegate : public QObject
{
    Q_OBJECT

    static QStandardItemModel *cells(QObject *parent)
    {
        auto *model = new QStandardItemModel(5, 3, parent);
        const QStringList texts{QStringLiteral("0.4 ms"), QStringLiteral("100.0 %"), QStringLiteral("12"),
                                QStringLiteral("1 h 2 min"), QStringLiteral("Rundlaufzeit äöü 28 MiB")};
        for (int row = 0; row < 5; ++row) {
            for (int column = 0; column < 3; ++column) {
                auto *item = new QStandardItem(column == 2 ? QStringLiteral("a text far too long for its narrow column")
                                                           : texts[row]);
                if (column == 0)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                if (row == 2 && column == 1)
                    item->setForeground(QColor(0x17, 0x7a, 0x50));
                if (row == 3 && column == 1) {
                    QFont bold;
                    bold.setBold(true);
                    item->setFont(bold);
                }
                model->setItem(row, column, item);
            }
        }
        return model;
    }

    static QImage render(QTableView &view)
    {
        view.viewport()->repaint();
        return view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    }

private slots:
    void drawsWhatTheStyleDraws_data()
    {
        QTest::addColumn<bool>("selected");
        QTest::addColumn<bool>("focused");
        QTest::newRow("plain") << false << false;
        QTest::newRow("selected row") << true << false;
        QTest::newRow("selected and focused") << true << true;
    }

    void drawsWhatTheStyleDraws()
    {
        QFETCH(bool, selected);
        QFETCH(bool, focused);
        QWidget window;
        QStandardItemModel *model = cells(&window);
        QTableView styled(&window);
        QTableView live(&window);
        LiveCellDelegate delegate;
        live.setItemDelegate(&delegate);
        for (QTableView *view : {&styled, &live}) {
            view->setModel(model);
            view->setAlternatingRowColors(true);
            view->setWordWrap(false);
            view->setSelectionBehavior(QAbstractItemView::SelectRows);
            view->resize(420, 200);
            view->setColumnWidth(0, 120);
            view->setColumnWidth(1, 150);
            view->setColumnWidth(2, 90); // elided
            if (selected)
                view->selectRow(1);
            if (focused)
                view->setCurrentIndex(model->index(1, 0));
            else
                view->setFocusPolicy(Qt::NoFocus); // no focus frame on the current cell
        }
        window.resize(900, 220);
        live.move(440, 0);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Each view is drawn while it has the focus (when the case wants it), as a user sees it.
        if (focused) {
            styled.setFocus();
            QTRY_VERIFY(styled.hasFocus());
        }
        const QImage expected = render(styled);
        if (focused) {
            live.setFocus();
            QTRY_VERIFY(live.hasFocus());
        }
        const QImage drawn = render(live);
        QCOMPARE(drawn.size(), expected.size());
        if (drawn != expected) {
            drawn.save(QStringLiteral("livecell-drawn.png"));
            expected.save(QStringLiteral("livecell-expected.png"));
            QFAIL("the delegate draws differently from the style (livecell-drawn.png, livecell-expected.png)");
        }
        // The texts that fit came from the cache (the elided column is the style's; the cache
        // starts over when the font changes, as for the bold cell).
        QVERIFY(delegate.cachedTexts() > 0);
        // The second paint comes from the cache and is the same.
        QCOMPARE(render(live), expected);
    }
};

QTEST_MAIN(TestLiveCellDelegate)
#include "tst_livecelldelegate.moc"
