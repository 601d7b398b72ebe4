#pragma once

#include <QObject>

class QAction;
class QComboBox;
class QMainWindow;
class QMenu;
class QToolBar;
class QUndoGroup;

namespace ucmc {

// The window's commands: every action with its shortcut and icon, the menus and the toolbar
// they appear in, and their texts in the current language. The window connects what they do.
class MainActions : public QObject
{
    Q_OBJECT
public:
    // Builds the menus and the toolbar of `window`; undo and redo follow the group's active stack.
    MainActions(QMainWindow *window, QUndoGroup &undo, QComboBox *siteCombo);

    void retranslate();

    QAction *open;
    QAction *save;
    QAction *saveAs;
    QAction *reload;
    QAction *discard; // the unsaved edits, after asking
    QAction *exportTopology;
    QAction *printTopology;
    QAction *apply;
    QAction *dryRun;
    QAction *quit;
    QAction *undo;
    QAction *redo;
    QAction *add;
    QAction *remove;
    QAction *moveUp;
    QAction *moveDown;
    QAction *encryptAll;
    QAction *decryptAll;
    QAction *siteSettings;
    QAction *importSites; // many sites at once from a CSV file (ui/siteimportdialog.h)
    QAction *restartWebServer;
    QAction *help;
    QAction *about;
    QMenu *recentMenu = nullptr;
    QMenu *viewMenu = nullptr; // the window adds its docks' toggles

private:
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_siteMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolbar = nullptr;
    QComboBox *m_siteCombo;
};

} // namespace ucmc
