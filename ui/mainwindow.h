#pragma once

#include "core/sitesession.h"
#include "models/site.h"

#include <QMainWindow>
#include <QSslCertificate>
#include <QTimer>
#include <QUndoGroup>

class QComboBox;
class QMenu;
class QSettings;
class QTabWidget;
class QTableView;
class QUndoView;

namespace ucmc {

class AlertCenter;
class CredentialStore;
class DisplayClock;
class DocumentSession;
class EventLog;
class EventLogView;
class FleetController;
class HostsView;
class JsonEditor;
class JsonTextBinding;
class MainActions;
class MessageBanner;
class PasswordProvider;
class ProblemsList;
class SaveFlow;
class ServerEditing;
class ServerPropertiesPanel;
class ServersPage;
class ServerTableModel;
class ServiceFlows;
class SessionBanners;
class SiteStore;
class StatusSummary;
class TopologyView;
class WindowState;
struct DocumentProblem;
struct SaveReport;

// The console's window: a view over one SiteSession (the open installation), and the Fleet tab
// over the sites watched always (FleetController). Three views edit
// its document through one undo history: the overview and the table with its property panel,
// the raw JSON text, and the hosts. Opening another file or switching site replaces the session
// as a whole; nothing of the previous site stays on screen or keeps running.
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
    // For every session from now on: CAs to trust, and the UCServer host to probe whatever the
    // site says (the demo's simulated host). They apply to the open site at once.
    void setTrustedCertificates(const QList<QSslCertificate> &certificates);
    void setUcServerHost(const QString &host);
    // Keeps each site's event log across restarts in a folder under this one.
    void openEventLog(const QString &folder);
    // Applies (and remembers) changed settings of the current site, as the settings dialog does.
    void applySiteSettings(const Site &site);
    void setMaintenance(const QString &key, bool on);
    // Shows a wss server's certificate; the user may trust it (pinned by fingerprint) or stop.
    void showCertificate(const QString &key);
    void startApply(bool dryRun = false);
    void configureHost(const QString &host);
    void selectEntry(int index);

    SiteSession *siteSession() const { return m_session; }
    const Site &currentSite() const { return m_session->site(); }
    QString ucServerHost() const { return m_session->ucServerHost(); }
    // True once a file is shown and every server and the host have had a first answer.
    bool isSettled() const { return m_session->isSettled(); }
    // The parts, for tests and the app.
    DocumentSession *session() const;
    ServerTableModel *serverModel() const;
    EventLog *eventLog() const;
    ServerEditing *editing() const { return m_editing; }
    SaveFlow *saveFlow() const { return m_saveFlow; }
    TopologyView *topologyView() const;
    QTableView *serverTable() const;
    ServerPropertiesPanel *propertiesPanel() const;
    int selectedEntry() const;
    JsonEditor *jsonEditor() const { return m_jsonEditor; }
    ProblemsList *problemsList() const { return m_problems; }
    QTabWidget *tabs() const { return m_tabs; }
    MessageBanner *fileBanner() const;
    MessageBanner *versionBanner() const;
    MessageBanner *alertBanner() const;
    MessageBanner *certificateBanner() const;
    EventLogView *eventLogView() const { return m_eventLogView; }
    AlertCenter *alertCenter() const { return m_alerts; }
    HostsView *hostsView() const { return m_hostsView; }
    FleetController *fleet() const { return m_fleet; }
    ServersPage *serversPage() const { return m_serversPage; }
    CredentialStore *credentials() const { return m_credentials; }
    QString upSummaryText() const;
    QString versionSummaryText() const;
    // The once-a-second display clock (statistics, time in state) runs only while the window is
    // shown and not minimised.
    bool isDisplayClockRunning() const;

signals:
    void configShown(); // a file was read (successfully or not) and the window shows the result

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildActions();
    void buildLayout();
    void startSession(const Site &site);
    void bindSession();
    // Minimised or in the tray, no figure is on screen: the open site is probed for its status only.
    void applyProbeDetail();
    void chooseFile();
    void reload();
    void editSiteSettings();
    void switchToSite(int comboIndex);
    void onFileRead();
    void onSiteChanged(const Site &site);
    void onSaved(const SaveReport &report);
    void showDocument();
    void showProblem(const DocumentProblem &problem);
    void refreshSiteList();
    void updateSummary();
    void updateActions();
    void retranslate();

    QSettings &m_settings;
    SiteStore *m_sites;
    bool m_rememberSites = true;
    bool m_locked = false;
    bool m_closing = false;
    SiteSession::Options m_sessionOptions;
    QString m_eventLogRoot;
    SiteSession *m_session = nullptr;
    bool m_wasShown = false; // hidden after that: to the tray
    QUndoGroup m_undoGroup;

    ServerEditing *m_editing = nullptr;
    SaveFlow *m_saveFlow = nullptr;
    AlertCenter *m_alerts = nullptr;
    CredentialStore *m_credentials = nullptr;
    PasswordProvider *m_passwords = nullptr;
    ServiceFlows *m_services = nullptr;
    FleetController *m_fleet = nullptr;

    SessionBanners *m_banners = nullptr;
    QTabWidget *m_tabs = nullptr;
    ServersPage *m_serversPage = nullptr;
    JsonEditor *m_jsonEditor = nullptr;
    JsonTextBinding *m_jsonBinding = nullptr;
    HostsView *m_hostsView = nullptr;
    ProblemsList *m_problems = nullptr;
    QUndoView *m_history = nullptr;
    EventLogView *m_eventLogView = nullptr;
    QComboBox *m_siteCombo = nullptr;
    StatusSummary *m_statusSummary = nullptr;
    MainActions *m_actions = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_eventLogAction = nullptr;
    DisplayClock *m_clock = nullptr;
    WindowState *m_windowState = nullptr;
};

} // namespace ucmc
