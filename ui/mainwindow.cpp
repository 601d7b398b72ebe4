#include "ui/mainwindow.h"

#include "core/alertfeed.h"
#include "core/configfilewatcher.h"
#include "core/documentsession.h"
#include "core/restartwatch.h"
#include "core/sitemonitor.h"
#include "models/eventlog.h"
#include "models/hostroles.h"
#include "models/servertablemodel.h"
#include "core/credentialstore.h"
#include "ui/alertcenter.h"
#include "ui/certificatedialog.h"
#include "ui/dialogs.h"
#include "ui/displayclock.h"
#include "ui/eventlogview.h"
#include "ui/fleetcontroller.h"
#include "ui/helpwindow.h"
#include "ui/hostsview.h"
#include "ui/jsoneditor.h"
#include "ui/jsontextbinding.h"
#include "ui/mainactions.h"
#include "ui/messagebanner.h"
#include "ui/passwordprovider.h"
#include "ui/problemslist.h"
#include "ui/saveflow.h"
#include "ui/serverediting.h"
#include "ui/serverpropertiespanel.h"
#include "ui/serverspage.h"
#include "ui/serviceflows.h"
#include "ui/sessionbanners.h"
#include "ui/siteimportdialog.h"
#include "ui/sitesettingsdialog.h"
#include "ui/statussummary.h"
#include "ui/topologyexport.h"
#include "ui/topologyprint.h"
#include "ui/topologyview.h"
#include "ui/traymenu.h"
#include "ui/windowstate.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoView>
#include <QVBoxLayout>

namespace ucmc {

MainWindow::MainWindow(QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_sites(new SiteStore(settings))
    , m_session(new SiteSession(Site{}, {}, this)) // no file yet: an empty site
    , m_editing(new ServerEditing(m_session->document(), this))
    , m_saveFlow(new SaveFlow(this))
    , m_alerts(new AlertCenter(this))
    , m_credentials(new CredentialStore(settings, this))
    , m_passwords(new PasswordProvider(*m_credentials, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_sessionOptions.credentials = m_credentials;
    buildActions();
    buildLayout();
    m_fleet = new FleetController(this, m_tabs, m_serversPage, m_alerts, m_credentials, m_sites);
    m_services = new ServiceFlows(*m_credentials, *m_passwords, fileBanner(), this);

    connect(m_alerts, &AlertCenter::alertRaised, this, [this](const Alert &alert) {
        if (!m_alerts->trayIcon()) // with a tray the desktop shows the notification
            m_banners->showAlert(alert);
    });
    (new TrayMenu(this, m_alerts, [this] { return m_session->servers(); }, [this](int entry) { selectEntry(entry); }))
        ->setFleet(m_fleet);
    connect(m_saveFlow, &SaveFlow::saved, this, &MainWindow::onSaved);
    connect(m_saveFlow, &SaveFlow::failed, this, [this](const QString &message, bool offerSaveAs) {
        fileBanner()->showMessage(MessageBanner::Level::Error, tr("Not saved. Your edits are still here."), message);
        if (offerSaveAs)
            fileBanner()->addAction(tr("Save As…"), [this] { m_saveFlow->saveAs(); });
    });
    connect(m_saveFlow, &SaveFlow::reloadRequested, this, &MainWindow::reload);
    connect(m_services, &ServiceFlows::applyFinished, this, [this] {
        retranslate();
        updateActions();
    });
    connect(m_hostsView, &HostsView::eventOccurred, this,
            [this](const ServerEvent &event) { m_session->eventLog()->append(event); });
    connect(m_hostsView, &HostsView::configureRequested, m_services, &ServiceFlows::configureHost);
    connect(m_hostsView, &HostsView::restartRequested, m_services, [this] { m_services->startRestart(); });
    connect(m_banners, &SessionBanners::restartRequested, m_services, [this] { m_services->startRestart(); });
    connect(m_hostsView, &HostsView::certificateTrusted, m_services, &ServiceFlows::trustHostCertificate);
    connect(m_serversPage, &ServersPage::selectionChanged, this, &MainWindow::showDocument);
    connect(m_serversPage, &ServersPage::maintenanceRequested, this, &MainWindow::setMaintenance);
    connect(m_serversPage, &ServersPage::certificateRequested, this, &MainWindow::showCertificate);
    connect(m_banners, &SessionBanners::certificateRequested, this, &MainWindow::showCertificate);
    connect(m_banners, &SessionBanners::openFileRequested, this, &MainWindow::chooseFile);
    connect(m_banners, &SessionBanners::showInJsonRequested, this, [this](int line, int column) {
        m_tabs->setCurrentWidget(m_jsonEditor);
        m_jsonEditor->goTo(line, column);
    });
    connect(m_problems, &ProblemsList::problemActivated, this, &MainWindow::showProblem);
    connect(m_eventLogView, &EventLogView::exportFailed, this, [this](const QString &message) {
        fileBanner()->showMessage(MessageBanner::Level::Error, tr("The event log was not exported"), message);
    });
    m_clock = new DisplayClock(this, [this] { m_session->servers()->refreshTimes(); });

    bindSession();
    retranslate();
    refreshSiteList();
    resize(1360, 860);
    m_windowState = new WindowState(this, m_settings);
    m_windowState->restore(); // as the administrator left it
    if (m_settings.contains(QStringLiteral("window/table/serverTable")))
        m_serversPage->keepColumnWidths();
}

MainWindow::~MainWindow()
{
    delete m_sites;
}

DocumentSession *MainWindow::session() const { return m_session->document(); }
ServerTableModel *MainWindow::serverModel() const { return m_session->servers(); }
EventLog *MainWindow::eventLog() const { return m_session->eventLog(); }
TopologyView *MainWindow::topologyView() const { return m_serversPage->topologyView(); }
QTableView *MainWindow::serverTable() const { return m_serversPage->serverTable(); }
ServerPropertiesPanel *MainWindow::propertiesPanel() const { return m_serversPage->propertiesPanel(); }
int MainWindow::selectedEntry() const { return m_serversPage->selectedEntry(); }
void MainWindow::selectEntry(int index) { m_serversPage->selectEntry(index); }
MessageBanner *MainWindow::fileBanner() const { return m_banners->fileBanner(); }
MessageBanner *MainWindow::versionBanner() const { return m_banners->versionBanner(); }
MessageBanner *MainWindow::alertBanner() const { return m_banners->alertBanner(); }
MessageBanner *MainWindow::certificateBanner() const { return m_banners->certificateBanner(); }
QString MainWindow::upSummaryText() const { return m_statusSummary->upText(); }
QString MainWindow::versionSummaryText() const { return m_statusSummary->versionText(); }
bool MainWindow::isDisplayClockRunning() const { return m_clock->isRunning(); }

void MainWindow::buildActions()
{
    m_siteCombo = new QComboBox(this);
    m_siteCombo->setObjectName(QStringLiteral("siteCombo"));
    m_siteCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_siteCombo->setMinimumContentsLength(18);
    connect(m_siteCombo, &QComboBox::activated, this, &MainWindow::switchToSite);
    m_actions = new MainActions(this, m_undoGroup, m_siteCombo);
    const auto on = [this](QAction *action, auto slot) { connect(action, &QAction::triggered, this, slot); };
    on(m_actions->open, [this] { chooseFile(); });
    on(m_actions->save, [this] { m_saveFlow->save(); });
    on(m_actions->saveAs, [this] { m_saveFlow->saveAs(); });
    on(m_actions->reload, [this] { m_saveFlow->confirmDiscardOrSave([this] { reload(); }); });
    on(m_actions->discard, [this] { m_saveFlow->confirmDiscard([this] { reload(); }); });
    on(m_actions->exportTopology, [this] { TopologyExport::run(this, topologyView(), currentSite().name, currentSite().configPath); });
    on(m_actions->printTopology, [this] { TopologyPrint::run(this, topologyView(), currentSite().name, currentSite().configPath); });
    on(m_actions->apply, [this] { startApply(false); });
    on(m_actions->dryRun, [this] { startApply(true); });
    on(m_actions->quit, [this] { close(); });
    on(m_actions->restartWebServer, [this] { m_services->startRestart(); });
    on(m_actions->help, [this] { HelpWindow::openAtRule(this, m_problems->selectedRule()); });
    on(m_actions->add, [this] { m_editing->addServer(); });
    on(m_actions->remove, [this] { m_editing->removeServer(selectedEntry()); });
    on(m_actions->moveUp, [this] { m_editing->moveServer(selectedEntry(), selectedEntry() - 1); });
    on(m_actions->moveDown, [this] { m_editing->moveServer(selectedEntry(), selectedEntry() + 1); });
    on(m_actions->encryptAll, [this] { m_editing->setAllEncrypted(true); });
    on(m_actions->decryptAll, [this] { m_editing->setAllEncrypted(false); });
    on(m_actions->siteSettings, [this] { editSiteSettings(); });
    on(m_actions->importSites, [this] { SiteImportDialog::run(this, *m_sites); refreshSiteList(); });
    on(m_actions->about, [this] {
        QMessageBox::about(this, tr("About UC Media Console"),
                           tr("<b>UC Media Console</b> %1<br>Shows the UCServer host and every UC MediaServer "
                              "of an estos ProCall Infinity installation with live status, and edits the "
                              "media server list safely.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::buildLayout()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(6);
    m_banners = new SessionBanners(central);
    layout->addWidget(m_banners);

    m_serversPage = new ServersPage(m_session, m_editing, m_settings, central);
    m_jsonEditor = new JsonEditor(central);
    m_jsonBinding = new JsonTextBinding(m_jsonEditor, this);
    m_hostsView = new HostsView(*m_credentials, *m_passwords, central);
    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("viewTabs"));
    m_tabs->addTab(m_serversPage, QString());
    m_tabs->addTab(m_jsonEditor, QString());
    m_tabs->addTab(m_hostsView, QString());

    // Problems under every tab: they matter in each view.
    m_problems = new ProblemsList(central);
    auto *outer = new QSplitter(Qt::Vertical, central);
    outer->setObjectName(QStringLiteral("outerSplitter"));
    outer->addWidget(m_tabs);
    outer->addWidget(m_problems);
    outer->setStretchFactor(0, 5);
    outer->setStretchFactor(1, 1);
    outer->setChildrenCollapsible(false);
    layout->addWidget(outer, 1);
    setCentralWidget(central);

    const auto dock = [this](QWidget *content, const QString &name, Qt::DockWidgetArea area, QKeySequence key) {
        auto *d = new QDockWidget(this);
        d->setObjectName(name);
        d->setWidget(content);
        addDockWidget(area, d);
        d->hide();
        QAction *toggle = d->toggleViewAction();
        toggle->setShortcut(key);
        m_actions->viewMenu->addAction(toggle);
        return toggle;
    };
    m_history = new QUndoView(&m_undoGroup);
    m_history->setObjectName(QStringLiteral("historyView"));
    m_historyAction = dock(m_history, QStringLiteral("historyDock"), Qt::RightDockWidgetArea,
                           QKeySequence(Qt::CTRL | Qt::Key_H));
    m_eventLogView = new EventLogView(m_session->eventLog());
    m_eventLogAction = dock(m_eventLogView, QStringLiteral("eventLogDock"), Qt::BottomDockWidgetArea,
                            QKeySequence(Qt::CTRL | Qt::Key_L));

    m_statusSummary = new StatusSummary(statusBar(), m_banners->restartStatus());
}

void MainWindow::startSession(const Site &site)
{
    SiteSession::Options options = m_sessionOptions;
    if (m_rememberSites && !m_eventLogRoot.isEmpty() && !site.id.isEmpty())
        options.eventLogFolder = QDir(m_eventLogRoot).filePath(site.id);
    SiteSession *old = std::exchange(m_session, new SiteSession(site, options, this));
    // The old site goes as a whole: first every view lets go of it, then it is destroyed (after
    // the current event, which may come from it) with its monitor, alerts and timers.
    old->disconnect(this);
    old->blockSignals(true);
    bindSession();
    old->deleteLater();
    if (!m_session->eventLogErrors().isEmpty())
        fileBanner()->showMessage(MessageBanner::Level::Warning, tr("Part of the event log could not be read"),
                                  m_session->eventLogErrors().join(QLatin1Char('\n')));
    m_statusSummary->setPath(QDir::toNativeSeparators(site.configPath));
    m_fleet->setOpenSite(site.id, m_session->monitor());
    m_session->load();
}

void MainWindow::bindSession()
{
    SiteSession *session = m_session;
    m_banners->clear();
    m_undoGroup.addStack(session->document()->undoStack());
    m_undoGroup.setActiveStack(session->document()->undoStack());
    m_editing->setSession(session->document());
    m_saveFlow->setSession(session);
    m_services->setSession(session);
    m_alerts->setFeed(session->alerts());
    m_serversPage->setSession(session);
    m_jsonBinding->setSession(session->document());
    m_eventLogView->setLog(session->eventLog());
    m_hostsView->setSite(session->site());
    m_hostsView->setLayout(HostRoles::layout(session->ucServerHost(), session->document()->document()));
    m_locked = false;
    applyProbeDetail();

    DocumentSession *document = session->document();
    connect(document, &DocumentSession::documentChanged, this, &MainWindow::showDocument);
    connect(document, &DocumentSession::modifiedChanged, this, [this] { retranslate(); });
    connect(document, &DocumentSession::editRefused, this, [this](const QString &message) {
        fileBanner()->showMessage(MessageBanner::Level::Warning, tr("This change was not made"), message);
        // The box or choice the user just changed shows the file's state again.
        propertiesPanel()->revertChoices(m_session->document()->document());
    });
    connect(session, &SiteSession::fileRead, this, &MainWindow::onFileRead);
    connect(session, &SiteSession::siteChanged, this, &MainWindow::onSiteChanged);
    connect(session, &SiteSession::statusChanged, this, &MainWindow::updateSummary);
    connect(session->alerts(), &AlertFeed::summaryChanged, m_banners, &SessionBanners::showSummary);
    connect(session->restartWatch(), &RestartWatch::changed, m_banners, &SessionBanners::showRestartNeed);
    connect(session, &SiteSession::changedOnDiskWhileEdited, this, [this] {
        fileBanner()->showMessage(MessageBanner::Level::Warning, tr("The file changed on disk"),
                                  tr("Someone else changed %1 while you were editing it. Saving will ask whether to "
                                     "overwrite their version.")
                                      .arg(QDir::toNativeSeparators(m_session->document()->path())));
        fileBanner()->addAction(tr("Reload and Discard My Edits"), [this] { reload(); });
    });
    connect(session, &SiteSession::writingChanged, this, [this](bool writing) {
        centralWidget()->setEnabled(!writing);
        m_statusSummary->setPath(writing ? tr("Saving…") : QDir::toNativeSeparators(m_session->site().configPath));
    });
    showDocument();
}

void MainWindow::retranslate()
{
    m_actions->retranslate();
    m_banners->retranslate();
    m_statusSummary->retranslate();
    m_historyAction->setText(tr("Edit &History"));
    m_eventLogAction->setText(tr("&Event Log"));
    m_eventLogView->retranslate();
    m_tabs->setTabText(m_tabs->indexOf(m_serversPage), tr("Servers"));
    m_tabs->setTabText(m_tabs->indexOf(m_jsonEditor), tr("JSON"));
    m_tabs->setTabText(m_tabs->indexOf(m_hostsView), tr("Hosts"));
    m_fleet->retranslate();
    m_hostsView->retranslate();
    m_history->setEmptyLabel(tr("<opened file>"));
    m_history->setAccessibleName(tr("Edit history"));
    m_tabs->setAccessibleName(tr("Views"));
    m_problems->retranslate();
    m_serversPage->retranslate();

    const QString siteName = currentSite().name;
    const QString name = siteName.isEmpty() ? tr("UC Media Console") : tr("%1 – UC Media Console").arg(siteName);
    setWindowTitle(session()->isModified() ? QStringLiteral("*") + name : name);
    if (!m_session->hasReadFile())
        topologyView()->setPlaceholderText(tr("Open an eucwebconfig.json to see its media servers (File > Open, "
                                              "or drop the file here)."));
    updateSummary();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::WindowStateChange)
        applyProbeDetail();
    QMainWindow::changeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    m_wasShown = true;
    applyProbeDetail();
    QMainWindow::showEvent(event);
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    applyProbeDetail();
}

void MainWindow::applyProbeDetail()
{
    // Before the window is first shown it is about to be: everything, as for a window on screen.
    const bool offScreen = isMinimized() || (m_wasShown && !isVisible());
    m_session->monitor()->setDetail(offScreen ? ProbeDetail::Status : ProbeDetail::Full);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closing || !session()->isModified()) {
        m_windowState->save();
        return event->accept();
    }
    // Closing waits for the answer, and for the save it may ask for; then the window closes.
    const auto asking = std::make_shared<bool>(true);
    const auto goOn = std::make_shared<bool>(false);
    m_saveFlow->confirmDiscardOrSave([this, asking, goOn] {
        if (*asking)
            return void(*goOn = true); // decided at once (Discard)
        m_closing = true;
        close();
    });
    *asking = false;
    event->setAccepted(*goOn);
}

void MainWindow::chooseFile()
{
    const QString configPath = currentSite().configPath;
    const QString start = configPath.isEmpty() ? QString() : QFileInfo(configPath).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open eucwebconfig.json"), start,
                                                      tr("JSON configuration (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openFile(const QString &path)
{
    m_saveFlow->confirmDiscardOrSave([this, path] {
        Site site;
        if (m_rememberSites) {
            site = m_sites->open(path);
        } else if (currentSite().configPath == path) {
            site = currentSite();
        } else if (const std::optional<Site> known = m_sites->siteForConfigPath(path)) {
            site = *known; // the demo's watched sites
        } else {
            site.id = QStringLiteral("unsaved");
            site.configPath = path;
            site.name = defaultSiteName(path);
        }
        startSession(site);
        refreshSiteList();
        retranslate();
    });
}

bool MainWindow::openLastSite()
{
    const std::optional<Site> last = m_sites->lastSite();
    if (!last)
        return false;
    openFile(last->configPath);
    return true;
}

void MainWindow::reload()
{
    m_session->load();
}

void MainWindow::onFileRead()
{
    const QString placeholder = m_banners->showReadResult(*m_session);
    if (!placeholder.isEmpty())
        topologyView()->setPlaceholderText(placeholder);
    showDocument();
    emit configShown();
}

void MainWindow::showDocument()
{
    const DocumentSession *document = session();
    const ConfigSnapshot::Status status = m_session->documentStatus();
    // While the text is invalid the structured views keep the last valid list, locked, and the
    // text stays exactly as typed.
    m_locked = status == ConfigSnapshot::Status::SyntaxError || status == ConfigSnapshot::Status::NoServerList;
    m_serversPage->showDocument(m_locked, m_session->isEditedIntoError());
    const QString placeholder = m_banners->showDocumentState(*m_session);
    if (!placeholder.isEmpty())
        topologyView()->setPlaceholderText(placeholder);
    if (!m_locked)
        m_hostsView->setLayout(HostRoles::layout(ucServerHost(), document->document()));
    m_problems->setProblems(document->problems());
    m_problems->setVisible(!document->problems().empty()); // "No problems" stays in the status bar
    m_statusSummary->setProblems(document->isOpen() ? m_problems->summaryText() : QString());
    m_jsonBinding->showDocument(m_tabs->currentWidget() == m_jsonEditor);
    updateActions();
    updateSummary();
}

void MainWindow::showProblem(const DocumentProblem &problem)
{
    if (problem.entryIndex >= 0 && !m_locked && m_tabs->currentWidget() == m_serversPage)
        return selectEntry(problem.entryIndex);
    m_tabs->setCurrentWidget(m_jsonEditor);
    m_jsonEditor->goTo(problem.position.line, problem.position.column);
}

void MainWindow::updateActions()
{
    const DocumentSession *document = session();
    const bool open = document->isOpen();
    const bool editable = open && !m_locked;
    const int count = int(document->document().entries().size());
    const int selected = selectedEntry();
    const bool hasSelection = editable && selected >= 0 && selected < count;
    const bool hasSite = !currentSite().configPath.isEmpty();
    m_actions->save->setEnabled(open && document->isModified());
    m_actions->saveAs->setEnabled(open);
    m_actions->reload->setEnabled(hasSite);
    m_actions->discard->setEnabled(hasSite && document->isModified());
    m_actions->exportTopology->setEnabled(hasSite);
    m_actions->add->setEnabled(editable);
    m_actions->remove->setEnabled(hasSelection);
    m_actions->moveUp->setEnabled(hasSelection && selected > 0);
    m_actions->moveDown->setEnabled(hasSelection && selected + 1 < count);
    m_actions->encryptAll->setEnabled(editable && count > 0);
    m_actions->decryptAll->setEnabled(editable && count > 0);
    m_actions->apply->setEnabled(editable && !document->hasErrors());
    m_actions->dryRun->setEnabled(editable && !document->hasErrors());
    m_actions->siteSettings->setEnabled(hasSite);
}

void MainWindow::updateSummary()
{
    const ServerTableModel &model = *m_session->servers();
    m_banners->showServers(model);
    const FleetSummary &summary = model.summary();
    m_statusSummary->setFleet(summary, m_session->hasReadFile());
}

void MainWindow::onSaved(const SaveReport &report)
{
    const QString backup = report.backupPath.isEmpty()
                               ? tr("There was no previous file to back up.")
                               : tr("The previous version was kept as %1.")
                                     .arg(QDir::toNativeSeparators(QFileInfo(report.backupPath).fileName()));
    fileBanner()->showMessage(MessageBanner::Level::Info,
                              tr("Saved. The change takes effect when the UC WebServer service is restarted."), backup);
    if (report.path != currentSite().configPath) {
        // Saved as another file: from now on this window edits and watches that one.
        Site site = m_rememberSites ? m_sites->open(report.path) : currentSite();
        site.configPath = report.path;
        m_session->setSite(site);
    }
    retranslate();
    updateActions();
}

void MainWindow::onSiteChanged(const Site &site)
{
    if (m_rememberSites)
        m_sites->save(site);
    m_hostsView->setSite(site);
    refreshSiteList();
    retranslate();
    showDocument();
}

void MainWindow::setTrustedCertificates(const QList<QSslCertificate> &certificates)
{
    m_sessionOptions.trustedCertificates = certificates;
    m_fleet->setTrustedCertificates(certificates);
    m_session->monitor()->setTrustedCertificates(certificates);
}

void MainWindow::setUcServerHost(const QString &host)
{
    m_sessionOptions.hostOverride = host;
    m_session->setHostOverride(host);
}

void MainWindow::openEventLog(const QString &folder) { m_eventLogRoot = folder; }

void MainWindow::applySiteSettings(const Site &site) { m_session->setSite(site); }

void MainWindow::editSiteSettings()
{
    SiteSettingsDialog dialog(currentSite(), this);
    if (Dialogs::exec(&dialog) == QDialog::Accepted)
        applySiteSettings(dialog.site());
}

void MainWindow::switchToSite(int comboIndex)
{
    const QString id = m_siteCombo->itemData(comboIndex).toString();
    if (id == currentSite().id)
        return;
    if (const std::optional<Site> site = m_sites->site(id))
        openFile(site->configPath);
    refreshSiteList(); // back to the current site if the switch was cancelled
}

void MainWindow::refreshSiteList()
{
    m_fleet->setSites(m_sites->sites()); // watched sites come and go with their setting
    const QList<Site> sites = m_rememberSites ? m_sites->sites() : QList<Site>{};
    const Site &current = currentSite();
    m_siteCombo->clear();
    m_actions->recentMenu->clear();
    if (!m_rememberSites && !current.id.isEmpty())
        m_siteCombo->addItem(current.name, current.id);
    const QStringList names = distinctSiteNames(sites); // sites that share a name show their path
    for (qsizetype i = 0; i < sites.size(); ++i) {
        const Site &s = sites[i];
        m_siteCombo->addItem(names[i], s.id);
        m_siteCombo->setItemData(m_siteCombo->count() - 1, QDir::toNativeSeparators(s.configPath), Qt::ToolTipRole);
        if (!s.lastOpened.isValid())
            continue; // imported, never opened: in the chooser, not among the recent files
        QAction *recent = m_actions->recentMenu->addAction(
            QStringLiteral("%1  (%2)").arg(s.name, QDir::toNativeSeparators(s.configPath)));
        connect(recent, &QAction::triggered, this, [this, path = s.configPath] { openFile(path); });
    }
    m_actions->recentMenu->setEnabled(!m_actions->recentMenu->isEmpty());
    m_siteCombo->setEnabled(m_siteCombo->count() > 0);
    m_siteCombo->setCurrentIndex(m_siteCombo->findData(current.id));
}

void MainWindow::setMaintenance(const QString &key, bool on) { m_session->setMaintenance(key, on); }

void MainWindow::showCertificate(const QString &key)
{
    const CertificateInfo certificate = serverModel()->health(key).certificate;
    if (certificate.isNull())
        return;
    CertificateDialog dialog(key, certificate, currentSite().pinnedCertificates.value(key), this);
    const int result = Dialogs::exec(&dialog);
    if (result == CertificateDialog::Trusted) {
        m_session->setCertificatePin(key, certificate.sha256);
        m_session->logAction(key, tr("Certificate trusted for this server: SHA-256 %1").arg(certificate.fingerprintText()));
    } else if (result == CertificateDialog::Forgotten) {
        m_session->setCertificatePin(key, {});
        m_session->logAction(key, tr("Certificate no longer trusted"));
    }
}

void MainWindow::startApply(bool dryRun) { m_services->startApply(dryRun); }

void MainWindow::configureHost(const QString &host) { m_services->configureHost(host); }

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    openFile(urls.first().toLocalFile());
}

} // namespace ucmc
