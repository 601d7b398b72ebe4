#pragma once

#include "models/configfilereader.h"
#include "models/hosthealth.h"
#include "models/site.h"

#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QMainWindow>
#include <QSslCertificate>
#include <QTimer>

class QComboBox;
class QLabel;
class QMenu;
class QSettings;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QUndoView;

namespace ucmc {

class AlertCenter;
class CredentialStore;
class DocumentSession;
class HostsView;
class PasswordProvider;
class EventLog;
class EventLogView;
class JsonEditor;
class MediaServerMonitor;
class MessageBanner;
class ProblemsList;
class SaveFlow;
class ServerEditing;
class ServerPropertiesPanel;
class ServerTableModel;
class SiteStore;
class TopologyView;
struct DocumentProblem;
struct SaveReport;

// The console's window. Three views edit one document through one undo stack: the overview
// (drag to reorder, context menu), the server table with its property panel, and the raw JSON
// text. Live status comes from the monitor; problems from the lint rules; saving goes through
// a reviewed diff, a backup and an atomic write.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `settings` holds the remembered sites; it must outlive the window.
    explicit MainWindow(QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a configuration file (asking about unsaved edits first) and remembers its site.
    void openFile(const QString &path);
    bool openLastSite();
    // Demo mode: remember nothing.
    void setRememberSites(bool remember) { m_rememberSites = remember; }
    void setTrustedCertificates(const QList<QSslCertificate> &certificates);
    // The UCServer host to probe whatever the site says (the demo's simulated host).
    void setUcServerHost(const QString &host);
    // Applies (and remembers) changed settings of the current site, as the settings dialog does.
    void applySiteSettings(const Site &site);

    // True once a file is shown and every server and the host have had a first answer.
    bool isSettled() const;
    const Site &currentSite() const { return m_site; }
    DocumentSession *session() const { return m_session; }
    ServerEditing *editing() const { return m_editing; }
    SaveFlow *saveFlow() const { return m_saveFlow; }
    ServerTableModel *serverModel() const { return m_model; }
    TopologyView *topologyView() const { return m_topology; }
    QTableView *serverTable() const { return m_table; }
    ServerPropertiesPanel *propertiesPanel() const { return m_panel; }
    JsonEditor *jsonEditor() const { return m_jsonEditor; }
    ProblemsList *problemsList() const { return m_problems; }
    QTabWidget *tabs() const { return m_tabs; }
    MessageBanner *fileBanner() const { return m_fileBanner; }
    MessageBanner *versionBanner() const { return m_versionBanner; }
    QString upSummaryText() const;
    QString versionSummaryText() const;
    int selectedEntry() const { return m_selectedEntry; }
    void selectEntry(int index);
    // Maintenance: the administrator expects the server down; probed, never alerted. Remembered
    // per site.
    void setMaintenance(const QString &key, bool on);
    // Keeps the event log across restarts in this folder (rotating files).
    void openEventLog(const QString &folder);
    EventLog *eventLog() const { return m_eventLog; }
    EventLogView *eventLogView() const { return m_eventLogView; }
    AlertCenter *alertCenter() const { return m_alerts; }
    MessageBanner *alertBanner() const { return m_alertBanner; }
    // Records something the administrator did (opened, saved, maintenance, trusted a certificate).
    void logAction(const QString &server, const QString &text);
    // Applies the document: save with backup, restart the UC WebServer, wait for it, roll back if
    // it does not come back (ApplyTransaction in an ApplyDialog). A dry run only shows the plan.
    void startApply(bool dryRun = false);
    HostsView *hostsView() const { return m_hostsView; }
    CredentialStore *credentials() const { return m_credentials; }
    // Opens the service-control settings of a host and stores them (password in the keychain).
    void configureHost(const QString &host);
    QString ucServerHost() const;
    // Shows a wss server's certificate; the user may trust it (pinned by fingerprint) or stop.
    void showCertificate(const QString &key);
    MessageBanner *certificateBanner() const { return m_certificateBanner; }
    // The once-a-second display clock (statistics, time in state) runs only while the window is
    // shown and not minimised.
    bool isDisplayClockRunning() const;

signals:
    void configShown(); // a file was read (successfully or not) and the window shows the result

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildLayout();
    void connectEditing();
    void chooseFile();
    void reload();
    void editSiteSettings();
    void switchToSite(int comboIndex);
    void startLoading(const QString &path);
    void onFileRead(const Result<ConfigFileContents, FileReadProblem> &result);
    void onDocumentChanged();
    void onFileChangedOnDisk();
    void showProblem(const DocumentProblem &problem);
    void syncEditorFromDocument();
    void commitEditorText();
    void applySiteToMonitor();
    void setMonitorTargets(const QStringList &urls);
    void showTableMenu(const QPoint &pos);
    void showHeaderMenu(const QPoint &pos);
    void onHostHealth(const HostHealth &health);
    void onSaved(const SaveReport &report);
    void refreshSiteList();
    void updateSummary();
    void updateDisplayClock();
    void updateActions();
    void retranslate();

    QSettings &m_settings;
    SiteStore *m_sites;
    Site m_site;
    bool m_rememberSites = true;
    bool m_hasDocument = false;
    bool m_locked = false;
    int m_selectedEntry = -1;
    int m_statusColumnWidth = 0;

    DocumentSession *m_session;
    ServerEditing *m_editing;
    SaveFlow *m_saveFlow;
    ServerTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    MediaServerMonitor *m_monitor;
    HostHealth m_hostHealth;
    QString m_hostOverride;

    QTabWidget *m_tabs = nullptr;
    TopologyView *m_topology = nullptr;
    QTableView *m_table = nullptr;
    ServerPropertiesPanel *m_panel = nullptr;
    JsonEditor *m_jsonEditor = nullptr;
    ProblemsList *m_problems = nullptr;
    QUndoView *m_history = nullptr;
    EventLog *m_eventLog = nullptr;
    EventLogView *m_eventLogView = nullptr;
    AlertCenter *m_alerts = nullptr;
    MessageBanner *m_alertBanner = nullptr;
    MessageBanner *m_certificateBanner = nullptr;
    QString m_certificateBannerKeys; // the servers the banner speaks of, to avoid redrawing it
    QAction *m_eventLogAction = nullptr;
    CredentialStore *m_credentials = nullptr;
    PasswordProvider *m_passwords = nullptr;
    HostsView *m_hostsView = nullptr;
    QAction *m_applyAction = nullptr;
    QAction *m_dryRunAction = nullptr;
    MessageBanner *m_fileBanner = nullptr;
    MessageBanner *m_versionBanner = nullptr;
    QComboBox *m_siteCombo = nullptr;
    QLabel *m_upLabel = nullptr;
    QLabel *m_versionLabel = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QLabel *m_pathLabel = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_siteMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_moveUpAction = nullptr;
    QAction *m_moveDownAction = nullptr;
    QAction *m_encryptAllAction = nullptr;
    QAction *m_decryptAllAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_siteSettingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;

    QFutureWatcher<Result<ConfigFileContents, FileReadProblem>> m_loader;
    QString m_loadingPath;
    QFileSystemWatcher m_fileWatcher;
    QTimer m_reloadDebounce;
    QTimer m_editorDebounce;
    bool m_syncingEditor = false;
    QTimer m_clock;
};

} // namespace ucmc
