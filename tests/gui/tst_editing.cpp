// Editing through each of the three views of the real main window (table + property panel,
// overview, raw JSON), one undo stack for all, and saving: reviewed diff, backup, the banner,
// refusal with errors, a file changed behind the console's back, a folder that is gone.
#include "models/configdocument.h"
#include "models/servertablemodel.h"
#include "models/configeditor.h"
#include "ui/addserverdialog.h"
#include "ui/dialogs.h"
#include "ui/diffdialog.h"
#include "core/documentsession.h"
#include "ui/jsoneditor.h"
#include "ui/jsontextbinding.h"
#include "ui/mainwindow.h"
#include "ui/messagebanner.h"
#include "ui/saveflow.h"
#include "core/configfilewatcher.h"
#include "core/sitesession.h"

#include <QSignalSpy>
#include "ui/problemslist.h"
#include "ui/saveflow.h"
#include "ui/serverediting.h"
#include "ui/serverpropertiespanel.h"
#include "ui/topologyview.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace ucmc;

namespace {
QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QString documentText(MainWindow &window)
{
    return QString::fromUtf8(window.session()->document().bytes());
}

QStringList urlsOf(MainWindow &window)
{
    QStringList urls;
    for (const MediaServerEntry &e : window.session()->document().entries())
        urls << e.url;
    return urls;
}

// The bytes before and after the kurentoservers value must not change with any edit.
void verifyOutsideListUnchanged(const QByteArray &before, const ConfigDocument &after)
{
    const ConfigDocument old = ConfigDocument::fromBytes(before);
    const SourceSpan a = old.kurentoServers()->span;
    const SourceSpan b = after.kurentoServers()->span;
    QCOMPARE(after.bytes().left(b.begin), before.left(a.begin));
    QCOMPARE(after.bytes().mid(b.end), before.mid(a.end));
}
} // namespace

// Saves (or saves as) through the window's flow and waits for the write off the GUI thread:
// true when it was saved, false when it was refused, cancelled or failed.
bool saveAndWait(MainWindow &w, bool saveAs = false)
{
    QSignalSpy saved(w.saveFlow(), &SaveFlow::saved);
    QSignalSpy failed(w.saveFlow(), &SaveFlow::failed);
    if (!(saveAs ? w.saveFlow()->saveAs() : w.saveFlow()->save()))
        return false;
    if (!QTest::qWaitFor([&] { return !saved.isEmpty() || !failed.isEmpty() || !w.saveFlow()->isSaving(); }, 10000))
        return false;
    return !saved.isEmpty();
}

class TestEditing : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("eucwebconfig.json"));
        m_original = readFile(QStringLiteral(UCMC_TEST_DATA_DIR "/configs/example1-two-remote.json"));
        QVERIFY(writeFile(m_path, m_original));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_window = std::make_unique<MainWindow>(*m_settings);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openFile(m_path);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->document().entries().size(), size_t(2), 3000);
    }
    void cleanup()
    {
        Dialogs::setCustomHandler({});
        Dialogs::clearPendingAnswers();
        if (m_window && m_window->session()->isModified()) {
            Dialogs::setNextAnswer(QMessageBox::Discard);
            m_window->close();
        }
        Dialogs::clearPendingAnswers();
        m_window.reset();
        m_settings.reset();
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
    }

    void propertyPanelEditsWithUndoAndRedo()
    {
        MainWindow &w = *m_window;
        w.selectEntry(1);
        ServerPropertiesPanel *panel = w.propertiesPanel();
        QCOMPARE(panel->entryIndex(), 1);
        QLineEdit *url = panel->urlEdit();
        QCOMPARE(url->text(), QStringLiteral("ws://10.21.3.12:8888/kurento"));

        // Live validation while typing, the edit when the field is left.
        url->setFocus();
        url->selectAll();
        QTest::keyClicks(url, QStringLiteral("ws://10.21.3.99:88888/kurento"));
        auto *feedback = panel->findChild<QLabel *>(QStringLiteral("urlFeedback"));
        QVERIFY2(!feedback->text().isEmpty(), "an invalid port is reported while typing");
        url->selectAll();
        QTest::keyClicks(url, QStringLiteral("ws://10.21.3.13:8888/kurento"));
        QTest::keyClick(url, Qt::Key_Return);
        QCOMPARE(urlsOf(w), (QStringList{QStringLiteral("ws://10.21.3.11:8888/kurento"),
                                         QStringLiteral("ws://10.21.3.13:8888/kurento")}));
        verifyOutsideListUnchanged(m_original, w.session()->document());
        QCOMPARE(w.serverModel()->index(1, ServerTableModel::Host).data().toString(), QStringLiteral("10.21.3.13"));

        // A flag through its combo box: the number type of the file is kept.
        auto *tcp = panel->findChild<QComboBox *>(QStringLiteral("flag1"));
        tcp->setCurrentIndex(2);
        emit tcp->activated(2);
        QVERIFY(documentText(w).contains(QStringLiteral("\"candkilltcp\": 1")));

        QUndoStack *undo = w.session()->undoStack();
        QCOMPARE(undo->count(), 2);
        undo->undo();
        undo->undo();
        QCOMPARE(w.session()->document().bytes(), m_original);
        QVERIFY(!w.session()->isModified());
        undo->redo();
        QCOMPARE(urlsOf(w).last(), QStringLiteral("ws://10.21.3.13:8888/kurento"));
        QVERIFY(w.session()->isModified());
        QVERIFY(w.windowTitle().startsWith(QLatin1Char('*')));
    }

    // The Add dialog completes and refuses exactly like `edit FILE add` (ConfigEditor::newServerUrl).
    void addDialogSaysWhatTheCommandLineSays()
    {
        AddServerDialog dialog;
        const struct
        {
            QString typed;
            bool secure;
        } cases[] = {{QStringLiteral("10.21.3.13"), false}, {QStringLiteral("10.21.3.13:9000"), true},
                     {QStringLiteral("010.0.0.1"), false}, {QStringLiteral("http://10.0.0.1:8888/kurento"), false}};
        for (const auto &c : cases) {
            dialog.addressEdit()->setText(c.typed);
            dialog.encryptedCheck()->setChecked(c.secure);
            const auto expected = ConfigEditor::newServerUrl(c.typed, c.secure);
            QCOMPARE(dialog.message(), expected.ok() ? expected.value() : expected.error().message);
            QCOMPARE(dialog.url(), expected.ok() ? expected.value() : QString());
            QCOMPARE(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled(),
                     expected.ok());
        }
        QCOMPARE(ConfigEditor::newServerUrl(QStringLiteral("10.21.3.13:9000"), true).value(),
                 QStringLiteral("wss://10.21.3.13:9000/kurento"));
    }

    void addRemoveMoveThroughMenusAndDialog()
    {
        MainWindow &w = *m_window;
        Dialogs::setCustomHandler([](QDialog *dialog) {
            auto *add = qobject_cast<AddServerDialog *>(dialog);
            if (!add)
                return int(QDialog::Rejected);
            add->addressEdit()->setText(QStringLiteral("10.21.3.14"));
            add->encryptedCheck()->setChecked(true);
            return int(QDialog::Accepted);
        });
        w.findChild<QAction *>(); // the window's actions exist
        w.editing()->addServer();
        QCOMPARE(urlsOf(w).size(), 3);
        QCOMPARE(urlsOf(w).last(), QStringLiteral("wss://10.21.3.14:8433/kurento"));
        QCOMPARE(w.selectedEntry(), 2);
        // The new entry is written like its neighbours: CRLF, 3-space steps, the file's spacing.
        QVERIFY(documentText(w).contains(QStringLiteral("      {\r\n         \"url\"")));
        verifyOutsideListUnchanged(m_original, w.session()->document());

        w.editing()->moveServer(2, 0);
        QCOMPARE(urlsOf(w).first(), QStringLiteral("wss://10.21.3.14:8433/kurento"));
        w.editing()->removeServer(1);
        QCOMPARE(urlsOf(w), (QStringList{QStringLiteral("wss://10.21.3.14:8433/kurento"),
                                         QStringLiteral("ws://10.21.3.12:8888/kurento")}));
        QCOMPARE(ConfigDocument::fromBytes(w.session()->document().bytes()).isValidJson(), true);
        QCOMPARE(w.session()->undoStack()->count(), 3);
    }

    void overviewDragReordersAndContextMenuSwitchesEncryption()
    {
        MainWindow &w = *m_window;
        TopologyView *view = w.topologyView();
        QTRY_COMPARE_WITH_TIMEOUT(view->serverCardRects().size(), 2, 2000);
        QVERIFY(view->isEditable());
        // Drag the second card above the first.
        const QRect first = view->serverCardRects().at(0);
        const QRect second = view->serverCardRects().at(1);
        QTest::mousePress(view, Qt::LeftButton, {}, second.center());
        QTest::mouseMove(view, second.center() - QPoint(0, 20));
        QTest::mouseMove(view, QPoint(first.center().x(), first.top() + 5));
        QTest::mouseRelease(view, Qt::LeftButton, {}, QPoint(first.center().x(), first.top() + 5));
        QCOMPARE(urlsOf(w).first(), QStringLiteral("ws://10.21.3.12:8888/kurento"));

        // Context menu on the first card: switch to wss.
        QTimer::singleShot(200, this, [] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            for (QAction *a : menu->actions()) {
                if (a->text().contains(QStringLiteral("wss"))) {
                    a->trigger();
                    break;
                }
            }
            menu->close();
        });
        const QPoint at = view->serverCardRects().at(0).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->mapToGlobal(at));
        QApplication::sendEvent(view, &event);
        QCOMPARE(urlsOf(w).first(), QStringLiteral("wss://10.21.3.12:8433/kurento"));
        QCOMPARE(w.session()->undoStack()->count(), 2);
    }

    void customPortAsksBeforeSwitching()
    {
        MainWindow &w = *m_window;
        w.editing()->setUrl(0, QStringLiteral("ws://10.21.3.11:9000/kurento"));
        Dialogs::setNextAnswer(QMessageBox::Yes); // keep the custom port
        w.editing()->setEncrypted(0, true);
        QCOMPARE(urlsOf(w).first(), QStringLiteral("wss://10.21.3.11:9000/kurento"));
        Dialogs::setNextAnswer(QMessageBox::Cancel);
        w.editing()->setEncrypted(0, false);
        QCOMPARE(urlsOf(w).first(), QStringLiteral("wss://10.21.3.11:9000/kurento"));
        // "For all": the default-port server switches to 8433 without a question.
        Dialogs::setNextAnswer(QMessageBox::No); // the custom one takes the default port too
        w.editing()->setAllEncrypted(true);
        QCOMPARE(urlsOf(w), (QStringList{QStringLiteral("wss://10.21.3.11:9000/kurento"),
                                         QStringLiteral("wss://10.21.3.12:8433/kurento")}));
    }

    // duplicate-members.json: server 1 has candkilltcp twice, server 2 "url" twice. Flag edits in
    // the panel change every occurrence; an address edit is refused with the reason in the banner,
    // and the check box shows the file's state again.
    void duplicatedMembersEditedAlikeOrRefused()
    {
        MainWindow &w = *m_window;
        const QByteArray original =
            readFile(QStringLiteral(UCMC_TEST_DATA_DIR "/configs/duplicate-members.json"));
        const QString path = m_dir.filePath(QStringLiteral("duplicates.json"));
        QVERIFY(writeFile(path, original));
        w.openFile(path);
        QTRY_COMPARE_WITH_TIMEOUT(w.session()->document().bytes(), original, 3000);
        ServerPropertiesPanel *panel = w.propertiesPanel();

        // Encryption of server 2 through its check box: refused, nothing changes.
        w.selectEntry(1);
        QCOMPARE(panel->entryIndex(), 1);
        auto *encrypted = panel->findChild<QCheckBox *>(QStringLiteral("encryptedCheck"));
        QVERIFY(encrypted->isEnabled());
        QVERIFY(!encrypted->isChecked());
        encrypted->click();
        QCOMPARE(w.session()->document().bytes(), original);
        QCOMPARE(w.session()->undoStack()->count(), 0);
        QVERIFY(w.fileBanner()->isVisible());
        QCOMPARE(w.fileBanner()->level(), MessageBanner::Level::Warning);
        QCOMPARE(w.fileBanner()->title(), QStringLiteral("This change was not made"));
        QVERIFY2(
            w.fileBanner()->text().contains(QStringLiteral("Media server 2 contains \"url\" more than once")),
            qPrintable(w.fileBanner()->text()));
        QVERIFY(w.fileBanner()->text().contains(QStringLiteral("Remove this extra member")));
        QVERIFY2(!encrypted->isChecked(), "the check box shows the file again: ws");

        // The address typed into the panel: refused the same way; the typed text stays.
        w.fileBanner()->hide();
        QLineEdit *url = panel->urlEdit();
        url->setFocus();
        url->selectAll();
        QTest::keyClicks(url, QStringLiteral("ws://10.0.0.4:8888/kurento"));
        QTest::keyClick(url, Qt::Key_Return);
        QCOMPARE(w.session()->document().bytes(), original);
        QVERIFY(w.fileBanner()->isVisible());
        QVERIFY(w.fileBanner()->text().contains(QStringLiteral("more than once")));
        QCOMPARE(url->text(), QStringLiteral("ws://10.0.0.4:8888/kurento"));
        // "All to wss" as well.
        w.fileBanner()->hide();
        w.editing()->setAllEncrypted(true);
        QCOMPARE(w.session()->document().bytes(), original);
        QVERIFY(w.fileBanner()->text().contains(
            QStringLiteral("Media server 2 contains \"url\" more than once")));

        // candkilltcp of server 1 through its combo box: 0 in both places, then removed from both.
        w.selectEntry(0);
        auto *tcp = panel->findChild<QComboBox *>(QStringLiteral("flag1"));
        QCOMPARE(tcp->currentIndex(), 2); // 1 (on)
        tcp->setCurrentIndex(1);
        emit tcp->activated(1);
        QByteArray expected = QByteArray(original).replace("\"candkilltcp\": 1", "\"candkilltcp\": 0");
        QCOMPARE(w.session()->document().bytes(), expected);
        QCOMPARE(tcp->currentIndex(), 1);
        tcp->setCurrentIndex(0);
        emit tcp->activated(0);
        expected = QByteArray(original).replace("\"url\" : \"ws://10.0.0.1:8888/kurento\",\r\n"
                                                "         \"candkilltcp\": 1,\r\n"
                                                "         \"candkilltcp\": 1\r\n",
                                                "\"url\" : \"ws://10.0.0.1:8888/kurento\"\r\n");
        QCOMPARE(w.session()->document().bytes(), expected);
        QCOMPARE(tcp->currentIndex(), 0); // not set
        QCOMPARE(w.session()->undoStack()->count(), 2);
    }

    // One history for table, overview and JSON, whatever has focus: Ctrl+Z in the JSON tab undoes
    // a table move, and undoing typed text is one step back, not a second edit.
    void undoInTheJsonTabIsTheSharedUndo()
    {
        MainWindow &w = *m_window;
        const QByteArray before = w.session()->document().bytes();
        w.editing()->moveServer(0, 1);
        QVERIFY(w.session()->document().bytes() != before);
        w.tabs()->setCurrentWidget(w.jsonEditor());
        JsonEditor *editor = w.jsonEditor();
        w.activateWindow(); // shortcuts go to the active window
        QVERIFY(QTest::qWaitForWindowActive(&w));
        editor->setFocus();
        QTRY_VERIFY(editor->hasFocus());
        QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w.session()->document().bytes(), before); // the move is undone
        QTRY_VERIFY(!editor->toPlainText().isEmpty());

        // Type a comma and undo it at once (before the typing pause ends): one step back.
        QTextCursor cursor = editor->textCursor();
        cursor.movePosition(QTextCursor::End);
        editor->setTextCursor(cursor);
        QTest::keyClicks(editor, QStringLiteral(","));
        QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w.session()->document().bytes(), before);
        // The typing step was made (replacing the undone move) and undone: one step, not two.
        QCOMPARE(w.session()->undoStack()->count(), 1);
        QCOMPARE(w.session()->undoStack()->index(), 0);
        QTest::qWait(JsonTextBinding::kTypingPauseMs * 2);
        QCOMPARE(w.session()->document().bytes(), before); // no second "Edit the JSON text"
        QVERIFY(!editor->toPlainText().trimmed().endsWith(QLatin1Char(',')));
        QVERIFY(w.session()->undoStack()->canRedo());
        QTest::keyClick(editor, Qt::Key_Y, Qt::ControlModifier); // redo
        QTRY_VERIFY(w.session()->document().bytes() != before);
    }

    void rawJsonLocksOtherViewsWhileInvalidAndLosesNothing()
    {
        MainWindow &w = *m_window;
        w.tabs()->setCurrentWidget(w.jsonEditor());
        JsonEditor *editor = w.jsonEditor();
        QCOMPARE(editor->toPlainText().count(QLatin1Char('\n')), m_original.count('\n'));
        // Break it: a trailing comma after the last entry.
        QTextCursor cursor = editor->document()->find(QStringLiteral("   ],"));
        QVERIFY(!cursor.isNull());
        cursor.setPosition(cursor.selectionStart());
        cursor.movePosition(QTextCursor::Up);
        cursor.movePosition(QTextCursor::EndOfLine);
        editor->setTextCursor(cursor);
        QTest::keyClicks(editor, QStringLiteral(","));
        QTRY_VERIFY_WITH_TIMEOUT(!w.session()->document().isValidJson(), 2000);
        QVERIFY(w.fileBanner()->isVisible());
        QVERIFY(w.fileBanner()->text().contains(QStringLiteral("comma")));
        QVERIFY(!w.topologyView()->isEditable());
        QVERIFY(!w.propertiesPanel()->urlEdit()->isEnabled());
        QCOMPARE(w.serverModel()->rowCount(), 2); // the last valid list stays visible
        QVERIFY(!editor->markers().isEmpty());
        QVERIFY(w.problemsList()->errorCount() >= 1);
        const QString typed = editor->toPlainText();
        // Saving is refused while there are errors; the file is untouched.
        QVERIFY(!saveAndWait(w));
        QCOMPARE(readFile(m_path), m_original);
        QCOMPARE(editor->toPlainText(), typed);

        // Repair: the views unlock, the edit is one undo step of the same stack.
        QTest::keyClick(editor, Qt::Key_Backspace);
        QTRY_VERIFY_WITH_TIMEOUT(w.session()->document().isValidJson(), 2000);
        QVERIFY(w.topologyView()->isEditable());
        QCOMPARE(w.session()->document().bytes(), m_original); // CRLF restored on the way back
        QVERIFY(!w.session()->isModified());

        // A structured edit shows up in the text at once.
        w.editing()->addServerUrl(QStringLiteral("ws://10.21.3.20:8888/kurento"));
        QVERIFY(editor->toPlainText().contains(QStringLiteral("10.21.3.20")));
    }

    void saveReviewsBacksUpAndSaysRestart()
    {
        MainWindow &w = *m_window;
        w.editing()->addServerUrl(QStringLiteral("ws://10.21.3.13:8888/kurento"));
        QString shownDiff;
        Dialogs::setCustomHandler([&shownDiff](QDialog *dialog) {
            if (auto *diff = qobject_cast<DiffDialog *>(dialog))
                shownDiff = diff->diffText();
            return int(QDialog::Accepted);
        });
        QVERIFY(saveAndWait(w));
        QVERIFY(shownDiff.contains(QStringLiteral("+         \"url\" : \"ws://10.21.3.13:8888/kurento\"")) ||
                shownDiff.contains(QStringLiteral("+         \"url\": \"ws://10.21.3.13:8888/kurento\"")));
        QVERIFY(shownDiff.startsWith(QStringLiteral("--- a/eucwebconfig.json")));
        const QByteArray saved = readFile(m_path);
        QCOMPARE(saved, w.session()->document().bytes());
        QVERIFY(!w.session()->isModified());
        const QStringList backups = QDir(m_dir.path()).entryList({QStringLiteral("eucwebconfig.json.*.bak")});
        QCOMPARE(backups.size(), 1);
        QCOMPARE(readFile(m_dir.filePath(backups.first())), m_original);
        QVERIFY(w.fileBanner()->title().contains(QStringLiteral("UC WebServer")));
    }

    void cancellingTheReviewWritesNothing()
    {
        MainWindow &w = *m_window;
        w.editing()->removeServer(0);
        Dialogs::setCustomHandler([](QDialog *) { return int(QDialog::Rejected); });
        QVERIFY(!saveAndWait(w));
        QCOMPARE(readFile(m_path), m_original);
        QVERIFY(w.session()->isModified());
    }

    void fileChangedBehindOurBack()
    {
        MainWindow &w = *m_window;
        w.editing()->removeServer(0);
        const QByteArray theirs = QByteArray(m_original).replace("10.21.3.12", "10.21.3.77");
        QVERIFY(writeFile(m_path, theirs));
        QTRY_VERIFY_WITH_TIMEOUT(w.fileBanner()->title().contains(QStringLiteral("changed on disk")), 3000);
        QVERIFY(w.session()->isModified()); // our edit is still there
        Dialogs::setCustomHandler([](QDialog *) { return int(QDialog::Accepted); });
        Dialogs::setNextChoice(2); // Cancel
        QVERIFY(!saveAndWait(w));
        QCOMPARE(readFile(m_path), theirs);
        Dialogs::setNextChoice(0); // Overwrite; theirs goes to the backup
        QVERIFY(saveAndWait(w));
        QCOMPARE(readFile(m_path), w.session()->document().bytes());
        const QStringList backups = QDir(m_dir.path()).entryList({QStringLiteral("eucwebconfig.json.*.bak")});
        QCOMPARE(backups.size(), 1);
        QCOMPARE(readFile(m_dir.filePath(backups.first())), theirs);
    }

    // The console's own save is not someone else's change, and the watch survives it: a later
    // change by another program (written in place, or renamed over the file) shows without F5.
    void ownSaveKeepsWatchingTheFile()
    {
        MainWindow &w = *m_window;
        w.editing()->removeServer(0);
        QSignalSpy elsewhere(w.siteSession(), &SiteSession::changedOnDiskWhileEdited);
        Dialogs::setCustomHandler([](QDialog *) { return int(QDialog::Accepted); });
        QVERIFY(saveAndWait(w));
        QTest::qWait(ConfigFileWatcher::kDebounceMs * 3);
        QCOMPARE(elsewhere.count(), 0);
        QVERIFY(w.fileBanner()->title().startsWith(QStringLiteral("Saved")));

        const QByteArray theirs = QByteArray(m_original).replace("10.21.3.12", "10.21.3.77");
        QVERIFY(writeFile(m_path, theirs));
        QTRY_COMPARE_WITH_TIMEOUT(w.session()->document().bytes(), theirs, 3000);
        QTRY_VERIFY_WITH_TIMEOUT(w.jsonEditor()->toPlainText().contains(QStringLiteral("10.21.3.77")), 2000);

        const QByteArray again = QByteArray(theirs).replace("10.21.3.77", "10.21.3.78");
        const QString staged = m_path + QStringLiteral(".new");
        QVERIFY(writeFile(staged, again));
        QVERIFY(QFile::remove(m_path) && QFile::rename(staged, m_path));
        QTRY_COMPARE_WITH_TIMEOUT(w.session()->document().bytes(), again, 3000);
        QCOMPARE(elsewhere.count(), 0); // nothing of ours was at stake: no question, just the new file
    }

    void folderGoneKeepsEditsAndOffersSaveAs()
    {
        MainWindow &w = *m_window;
        w.editing()->removeServer(0);
        const QByteArray edited = w.session()->document().bytes();
        QVERIFY(QDir(m_dir.path()).removeRecursively());
        Dialogs::setCustomHandler([](QDialog *) { return int(QDialog::Accepted); });
        QVERIFY(!saveAndWait(w));
        QVERIFY(w.fileBanner()->isVisible());
        QCOMPARE(w.fileBanner()->level(), MessageBanner::Level::Error);
        QVERIFY(w.session()->isModified());
        QCOMPARE(w.session()->document().bytes(), edited);
        // Save As into a folder that exists.
        QVERIFY(QDir().mkpath(m_dir.path()));
        const QString other = m_dir.filePath(QStringLiteral("copy.json"));
        w.saveFlow()->setSaveAsPathProvider([other](const QString &) { return other; });
        QVERIFY(saveAndWait(w, true));
        QCOMPARE(readFile(other), edited);
        QVERIFY(!w.session()->isModified());
        QCOMPARE(w.session()->path(), other);
    }

    void closingWithUnsavedEditsAsks()
    {
        MainWindow &w = *m_window;
        w.editing()->removeServer(0);
        Dialogs::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!w.close());
        QVERIFY(w.isVisible());
        Dialogs::setNextAnswer(QMessageBox::Discard);
        QVERIFY(w.close());
        QCOMPARE(readFile(m_path), m_original);
    }

    // Renders the editing views in a typical state; with UCMC_SCREENSHOT_DIR set, the PNGs are
    // kept there for README and for a person to look at.
    void editingViewsRender()
    {
        MainWindow &w = *m_window;
        w.resize(1360, 860);
        w.editing()->addServerUrl(QStringLiteral("wss://10.21.3.14:8443/kurento"));
        w.selectEntry(2);
        const QImage servers = w.grab().toImage();
        QVERIFY(!servers.isNull());
        w.tabs()->setCurrentWidget(w.jsonEditor());
        w.jsonEditor()->goTo(17, 1); // before "candonlyturn" of the second entry
        QTest::keyClicks(w.jsonEditor(), QStringLiteral("         \"candkilipv6\": 1,"));
        QTest::keyClick(w.jsonEditor(), Qt::Key_Return);
        const auto hasTypo = [&w] {
            for (const DocumentProblem &p : w.session()->problems()) {
                if (p.ruleId == QLatin1String("member-typo"))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(hasTypo(), 2000);
        const QImage json = w.grab().toImage();
        QVERIFY(!json.isNull());
        const QByteArray dir = qgetenv("UCMC_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QVERIFY(servers.save(QString::fromLocal8Bit(dir) + QStringLiteral("/editing-servers.png")));
            QVERIFY(json.save(QString::fromLocal8Bit(dir) + QStringLiteral("/editing-json.png")));
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_original;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestEditing)
#include "tst_editing.moc"
