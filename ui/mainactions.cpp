#include "ui/mainactions.h"

#include <QAction>
#include <QComboBox>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoGroup>

namespace ucmc {

MainActions::MainActions(QMainWindow *window, QUndoGroup &undoGroup, QComboBox *siteCombo)
    : QObject(window)
    , m_siteCombo(siteCombo)
{
    const auto action = [window](QKeySequence shortcut, QStyle::StandardPixmap icon = QStyle::SP_CustomBase) {
        auto *a = new QAction(window);
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        if (icon != QStyle::SP_CustomBase)
            a->setIcon(window->style()->standardIcon(icon));
        return a;
    };
    open = action(QKeySequence::Open, QStyle::SP_DialogOpenButton);
    save = action(QKeySequence::Save, QStyle::SP_DialogSaveButton);
    saveAs = action(QKeySequence::SaveAs);
    reload = action(QKeySequence::Refresh, QStyle::SP_BrowserReload);
    // No platform key for "revert"; Ctrl+Alt+Z reads as "undo everything since the save".
    discard = action(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Z), QStyle::SP_DialogDiscardButton);
    exportTopology = action({});
    printTopology = action(QKeySequence::Print);
    // Printable whenever exportable: the same page (the window enables the export).
    connect(exportTopology, &QAction::enabledChanged, printTopology, &QAction::setEnabled);
    apply = action(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), QStyle::SP_MediaPlay);
    dryRun = action({});
    quit = action(QKeySequence::Quit);
    // One history whatever the site: the group follows the open session's stack.
    undo = undoGroup.createUndoAction(window, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setIcon(window->style()->standardIcon(QStyle::SP_ArrowBack));
    redo = undoGroup.createRedoAction(window, tr("&Redo"));
    // The platform's redo keys, and Ctrl+Y where the platform does not have it: a key listed twice
    // is an ambiguous shortcut, and then none of them works.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    redo->setShortcuts(redoKeys);
    redo->setIcon(window->style()->standardIcon(QStyle::SP_ArrowForward));
    add = action(QKeySequence(Qt::CTRL | Qt::Key_N), QStyle::SP_FileDialogNewFolder);
    remove = action(QKeySequence::Delete, QStyle::SP_TrashIcon);
    moveUp = action(QKeySequence(Qt::ALT | Qt::Key_Up), QStyle::SP_ArrowUp);
    moveDown = action(QKeySequence(Qt::ALT | Qt::Key_Down), QStyle::SP_ArrowDown);
    encryptAll = action({});
    decryptAll = action({});
    siteSettings = action({}, QStyle::SP_FileDialogDetailedView);
    importSites = action({});
    restartWebServer = action({}, QStyle::SP_BrowserReload);
    help = action(QKeySequence::HelpContents, QStyle::SP_DialogHelpButton);
    about = action({});

    QMenuBar *bar = window->menuBar();
    m_fileMenu = bar->addMenu(QString());
    m_fileMenu->addAction(open);
    recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addActions({save, saveAs, reload, discard});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({exportTopology, printTopology});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({apply, dryRun});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(quit);
    m_editMenu = bar->addMenu(QString());
    m_editMenu->addActions({undo, redo});
    m_editMenu->addSeparator();
    m_editMenu->addActions({add, remove, moveUp, moveDown});
    m_editMenu->addSeparator();
    m_editMenu->addActions({encryptAll, decryptAll});
    viewMenu = bar->addMenu(QString());
    m_siteMenu = bar->addMenu(QString());
    m_siteMenu->addAction(siteSettings);
    m_siteMenu->addAction(importSites);
    m_siteMenu->addSeparator();
    m_siteMenu->addAction(restartWebServer);
    m_helpMenu = bar->addMenu(QString());
    m_helpMenu->addActions({help, about});

    QToolBar *toolbar = window->addToolBar(QStringLiteral("main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({open, save, apply});
    toolbar->addSeparator();
    toolbar->addActions({undo, redo});
    toolbar->addSeparator();
    siteCombo->setParent(toolbar);
    toolbar->addWidget(siteCombo);
    toolbar->addAction(siteSettings);
    // Hidden from its context menu, the toolbar comes back from here.
    m_toolbar = toolbar;
    viewMenu->addAction(toolbar->toggleViewAction());
}

void MainActions::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    viewMenu->setTitle(tr("&View"));
    m_toolbar->setWindowTitle(tr("Toolbar"));
    m_siteMenu->setTitle(tr("&Site"));
    m_helpMenu->setTitle(tr("&Help"));
    open->setText(tr("&Open…"));
    open->setToolTip(tr("Open an eucwebconfig.json (%1); you can also drop the file on the window")
                         .arg(open->shortcut().toString(QKeySequence::NativeText)));
    save->setText(tr("&Save…"));
    save->setToolTip(tr("Review the changes and save them, with a backup of the current file"));
    saveAs->setText(tr("Save &As…"));
    reload->setText(tr("Re&load"));
    discard->setText(tr("&Discard Changes…"));
    discard->setToolTip(tr("Throw away the edits that are not saved and read the file from disk again"));
    exportTopology->setText(tr("E&xport Topology…"));
    exportTopology->setToolTip(tr("Save the overview with the current states as PNG, SVG or PDF, for the documentation"));
    printTopology->setText(tr("&Print Topology…"));
    printTopology->setToolTip(tr("Print the overview with the current states, laid out as the PDF export"));
    apply->setText(tr("&Apply and Restart UC WebServer…"));
    apply->setIconText(tr("Apply"));
    apply->setToolTip(tr("Save with a backup, restart the UC WebServer so the change takes effect, and roll back "
                         "if it does not come back"));
    dryRun->setText(tr("Show What Applying &Would Do…"));
    quit->setText(tr("&Quit"));
    // The stack names the step in the menu ("Undo Add media server …"); the toolbar keeps it short.
    undo->setIconText(tr("Undo"));
    redo->setIconText(tr("Redo"));
    add->setText(tr("&Add Media Server…"));
    remove->setText(tr("&Remove Media Server"));
    moveUp->setText(tr("Move &Up"));
    moveDown->setText(tr("Move &Down"));
    encryptAll->setText(tr("&Encrypt All (wss)…"));
    decryptAll->setText(tr("&Unencrypted for All (ws)…"));
    siteSettings->setText(tr("Site &Settings…"));
    siteSettings->setToolTip(tr("UCServer host, ports and probe timing of this site"));
    importSites->setText(tr("&Import Sites from CSV…"));
    importSites->setToolTip(tr("Add many sites at once from a spreadsheet (name, UCServer host, path of "
                               "eucwebconfig.json); they are watched always"));
    restartWebServer->setText(tr("&Restart UC WebServer…"));
    restartWebServer->setToolTip(tr("Restart the UC WebServer with the file as saved, wait until it answers, and go "
                                    "back to the version before if it does not come up with a newly saved file"));
    help->setText(tr("UC Media Console &Help"));
    help->setToolTip(tr("The user guide: the article's procedure with the console, every failure code and "
                        "lint rule, the command line (on a selected problem: its rule)"));
    about->setText(tr("&About UC Media Console"));
    m_siteCombo->setToolTip(tr("Switch to another installation you opened before"));
}

} // namespace ucmc
