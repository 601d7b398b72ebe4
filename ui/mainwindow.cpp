#include "ui/mainwindow.h"

#include "models/configsnapshot.h"
#include "models/eventlog.h"
#include "models/configwriter.h"
#include "models/fleetsummary.h"
#include "models/servertablemodel.h"
#include "net/mediaservermonitor.h"
#include "models/hostroles.h"
#include "net/applytransaction.h"
#include "net/credentialstore.h"
#include "ui/alertcenter.h"
#include "ui/applydialog.h"
#include "ui/certificatedialog.h"
#include "ui/dialogs.h"
#include "ui/documentsession.h"
#include "ui/eventlogview.h"
#include "ui/hostcontroldialog.h"
#include "ui/hostsview.h"
#include "ui/jsoneditor.h"
#include "ui/messagebanner.h"
#include "ui/passwordprovider.h"
#include "ui/problemslist.h"
#include "ui/saveflow.h"
#include "ui/serverediting.h"
#include "ui/serverpropertiespanel.h"
#include "ui/sitesettingsdialog.h"
#include "ui/sparklinedelegate.h"
#include "ui/statusdelegate.h"
#include "ui/topologyview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QHideEvent>
#include <QShowEvent>
#include <QGuiApplication>
#include <QMenu>
#include <QComboBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QScrollArea>
#include <QSet>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBlock>
#include <QToolBar>
#include <QUndoView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ucmc {

namespace {
constexpr int kReloadDebounceMs = 300;
constexpr int kEditorDebounceMs = 300;

// Room for a typical reason ("Connection refused", "Ping not answered in time"); the tooltip
// has the whole text and the hint.
int reasonColumnWidth(const QWidget *table)
{
    return table->fontMetrics().averageCharWidth() * 34;
}
constexpr char kBom[] = "\xEF\xBB\xBF";
} // namespace

MainWindow::MainWindow(QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_sites(new SiteStore(settings))
    , m_session(new DocumentSession(this))
    , m_editing(new ServerEditing(m_session, this))
    , m_saveFlow(new SaveFlow(m_session, this))
    , m_model(new ServerTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_monitor(new MediaServerMonitor(this))
    , m_eventLog(new EventLog(EventLog::kDefaultCapacity, this))
    , m_alerts(new AlertCenter(this))
    , m_credentials(new CredentialStore(settings, this))
    , m_passwords(new PasswordProvider(*m_credentials, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ServerTableModel::SortRole);

    buildActions();
    buildLayout();
    connectEditing();
    retranslate();

    connect(m_monitor, &MediaServerMonitor::healthChanged, this, [this](const HealthUpdates &updates) {
        // Statistics only (every ping): the model keeps them for the display clock's next tick;
        // the summary, banners, tray and alerts depend on status only.
        if (!m_model->applyHealth(updates))
            return;
        m_alerts->policy().applyHealth(updates, QDateTime::currentMSecsSinceEpoch());
        m_alerts->update();
        updateSummary();
    });
    connect(m_monitor, &MediaServerMonitor::hostHealthChanged, this, &MainWindow::onHostHealth);
    connect(m_monitor, &MediaServerMonitor::eventOccurred, this, [this](const ServerEvent &event) {
        m_eventLog->append(event);
        m_alerts->policy().applyEvent(event, QDateTime::currentMSecsSinceEpoch());
        m_alerts->update();
    });
    connect(m_alerts, &AlertCenter::alertRaised, this, [this](const Alert &alert) {
        // With a tray the desktop shows the notification; without one the window does.
        if (m_alerts->trayIcon())
            return;
        m_alertBanner->showMessage(alert.severity == Alert::Severity::Critical ? MessageBanner::Level::Error
                                   : alert.severity == Alert::Severity::Warning ? MessageBanner::Level::Warning
                                                                                : MessageBanner::Level::Info,
                                   alert.title, alert.text);
        m_alertBanner->addAction(tr("Dismiss"), [this] { m_alertBanner->hide(); });
    });
    connect(m_alerts, &AlertCenter::trayActivated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(&m_loader, &QFutureWatcherBase::finished, this, [this] { onFileRead(m_loader.result()); });
    m_reloadDebounce.setSingleShot(true);
    m_reloadDebounce.setInterval(kReloadDebounceMs);
    connect(&m_reloadDebounce, &QTimer::timeout, this, &MainWindow::onFileChangedOnDisk);
    connect(&m_fileWatcher, &QFileSystemWatcher::fileChanged, this, [this] {
        if (!m_saveFlow->isSaving())
            m_reloadDebounce.start();
    });
    m_editorDebounce.setSingleShot(true);
    m_editorDebounce.setInterval(kEditorDebounceMs);
    connect(&m_editorDebounce, &QTimer::timeout, this, &MainWindow::commitEditorText);
    // The display clock: statistics and the time in state reach the views once a second, and
    // only while the window can be seen (updateDisplayClock()).
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, m_model, &ServerTableModel::refreshTimes);

    refreshSiteList();
    updateActions();
    resize(1360, 860);
}

MainWindow::~MainWindow()
{
    m_loader.waitForFinished();
    delete m_sites;
}

void MainWindow::buildActions()
{
    const auto action = [this](QKeySequence shortcut, QStyle::StandardPixmap icon, auto slot) {
        auto *a = new QAction(this);
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        if (icon != QStyle::SP_CustomBase)
            a->setIcon(style()->standardIcon(icon));
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_openAction = action(QKeySequence::Open, QStyle::SP_DialogOpenButton, [this] { chooseFile(); });
    m_saveAction = action(QKeySequence::Save, QStyle::SP_DialogSaveButton, [this] { m_saveFlow->save(); });
    m_saveAsAction = action(QKeySequence::SaveAs, QStyle::SP_CustomBase, [this] { m_saveFlow->saveAs(); });
    m_reloadAction = action(QKeySequence::Refresh, QStyle::SP_BrowserReload, [this] {
        if (m_saveFlow->confirmDiscardOrSave())
            reload();
    });
    m_undoAction = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_redoAction = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_addAction = action(QKeySequence(Qt::CTRL | Qt::Key_N), QStyle::SP_FileDialogNewFolder,
                         [this] { m_editing->addServer(); });
    m_removeAction = action(QKeySequence::Delete, QStyle::SP_TrashIcon,
                            [this] { m_editing->removeServer(m_selectedEntry); });
    m_moveUpAction = action(QKeySequence(Qt::ALT | Qt::Key_Up), QStyle::SP_ArrowUp,
                            [this] { m_editing->moveServer(m_selectedEntry, m_selectedEntry - 1); });
    m_moveDownAction = action(QKeySequence(Qt::ALT | Qt::Key_Down), QStyle::SP_ArrowDown,
                              [this] { m_editing->moveServer(m_selectedEntry, m_selectedEntry + 1); });
    m_encryptAllAction = action({}, QStyle::SP_CustomBase, [this] { m_editing->setAllEncrypted(true); });
    m_decryptAllAction = action({}, QStyle::SP_CustomBase, [this] { m_editing->setAllEncrypted(false); });
    m_siteSettingsAction = action({}, QStyle::SP_FileDialogDetailedView, [this] { editSiteSettings(); });
    m_applyAction = action(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), QStyle::SP_MediaPlay,
                           [this] { startApply(false); });
    m_dryRunAction = action({}, QStyle::SP_CustomBase, [this] { startApply(true); });
    m_quitAction = action(QKeySequence::Quit, QStyle::SP_CustomBase, [this] { close(); });
    m_aboutAction = action({}, QStyle::SP_CustomBase, [this] {
        QMessageBox::about(this, tr("About UC Media Console"),
                           tr("<b>UC Media Console</b> %1<br>Shows the UCServer host and every UC MediaServer "
                              "of an estos ProCall Infinity installation with live status, and edits the "
                              "media server list safely.")
                               .arg(QApplication::applicationVersion()));
    });

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addAction(m_saveAction);
    m_fileMenu->addAction(m_saveAsAction);
    m_fileMenu->addAction(m_reloadAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_applyAction);
    m_fileMenu->addAction(m_dryRunAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_addAction);
    m_editMenu->addAction(m_removeAction);
    m_editMenu->addAction(m_moveUpAction);
    m_editMenu->addAction(m_moveDownAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_encryptAllAction);
    m_editMenu->addAction(m_decryptAllAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_siteMenu = menuBar()->addMenu(QString());
    m_siteMenu->addAction(m_siteSettingsAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    QToolBar *toolbar = addToolBar(QStringLiteral("main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_openAction);
    toolbar->addAction(m_saveAction);
    toolbar->addAction(m_applyAction);
    toolbar->addSeparator();
    toolbar->addAction(m_undoAction);
    toolbar->addAction(m_redoAction);
    toolbar->addSeparator();
    m_siteCombo = new QComboBox(toolbar);
    m_siteCombo->setObjectName(QStringLiteral("siteCombo"));
    m_siteCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_siteCombo->setMinimumContentsLength(18);
    connect(m_siteCombo, &QComboBox::activated, this, &MainWindow::switchToSite);
    toolbar->addWidget(m_siteCombo);
    toolbar->addAction(m_siteSettingsAction);
}

void MainWindow::buildLayout()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(6);

    m_fileBanner = new MessageBanner(central);
    m_fileBanner->setObjectName(QStringLiteral("fileBanner"));
    m_versionBanner = new MessageBanner(central);
    m_versionBanner->setObjectName(QStringLiteral("versionBanner"));
    m_alertBanner = new MessageBanner(central);
    m_alertBanner->setObjectName(QStringLiteral("alertBanner"));
    m_certificateBanner = new MessageBanner(central);
    m_certificateBanner->setObjectName(QStringLiteral("certificateBanner"));
    layout->addWidget(m_alertBanner);
    layout->addWidget(m_certificateBanner);
    layout->addWidget(m_fileBanner);
    layout->addWidget(m_versionBanner);

    // Servers tab: the overview on top, the table with its property panel below.
    m_topology = new TopologyView(m_model, central);
    auto *scroll = new QScrollArea(central);
    scroll->setWidget(m_topology);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);

    m_table = new QTableView(central);
    m_table->setObjectName(QStringLiteral("serverTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ServerTableModel::Position, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->setItemDelegateForColumn(ServerTableModel::Status, new StatusDelegate(m_table));
    m_table->setItemDelegateForColumn(ServerTableModel::Trend, new SparklineDelegate(m_table));
    auto *warning = new WarningDelegate(m_table);
    m_table->setItemDelegateForColumn(ServerTableModel::Version, warning);
    m_table->setItemDelegateForColumn(ServerTableModel::Certificate, warning);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    // What is wrong right next to the status: with all columns shown the table is wider than most
    // windows, and the reason is the one an administrator must not have to scroll for.
    header->moveSection(header->visualIndex(ServerTableModel::Reason), header->visualIndex(ServerTableModel::Status) + 1);
    header->resizeSection(ServerTableModel::Reason, reasonColumnWidth(m_table));
    header->setHighlightSections(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &MainWindow::showHeaderMenu);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this, &MainWindow::showTableMenu);
    // Every column is shown until the user hides some (right-click on the header); remembered.
    for (const QString &column : m_settings.value(QStringLiteral("table/hiddenColumns")).toStringList())
        m_table->setColumnHidden(column.toInt(), true);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int c = 0; c < ServerTableModel::ColumnCount; ++c) {
            if (c != ServerTableModel::Reason)
                m_table->resizeColumnToContents(c);
        }
        m_table->setColumnWidth(ServerTableModel::Status,
                                qMax(m_table->columnWidth(ServerTableModel::Status), m_statusColumnWidth));
        m_table->setColumnWidth(ServerTableModel::Reason, reasonColumnWidth(m_table));
        selectEntry(m_selectedEntry);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        const int entry = rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
        if (entry == m_selectedEntry)
            return;
        m_selectedEntry = entry;
        onDocumentChanged();
    });

    m_panel = new ServerPropertiesPanel(central);
    auto *tableAndPanel = new QWidget(central);
    auto *tableLayout = new QVBoxLayout(tableAndPanel);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_panel);

    auto *serversSplitter = new QSplitter(Qt::Vertical, central);
    serversSplitter->setObjectName(QStringLiteral("mainSplitter"));
    serversSplitter->addWidget(scroll);
    serversSplitter->addWidget(tableAndPanel);
    serversSplitter->setStretchFactor(0, 1);
    serversSplitter->setStretchFactor(1, 1);
    serversSplitter->setChildrenCollapsible(false);

    m_jsonEditor = new JsonEditor(central);
    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("viewTabs"));
    m_hostsView = new HostsView(*m_credentials, *m_passwords, central);
    m_tabs->addTab(serversSplitter, QString());
    m_tabs->addTab(m_jsonEditor, QString());
    m_tabs->addTab(m_hostsView, QString());

    // Problems under both tabs: they matter in either view.
    m_problems = new ProblemsList(central);
    auto *outer = new QSplitter(Qt::Vertical, central);
    outer->addWidget(m_tabs);
    outer->addWidget(m_problems);
    outer->setStretchFactor(0, 5);
    outer->setStretchFactor(1, 1);
    outer->setChildrenCollapsible(false);
    layout->addWidget(outer, 1);
    setCentralWidget(central);

    m_history = new QUndoView(m_session->undoStack());
    m_history->setObjectName(QStringLiteral("historyView"));
    auto *dock = new QDockWidget(this);
    dock->setObjectName(QStringLiteral("historyDock"));
    dock->setWidget(m_history);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->hide();
    m_historyAction = dock->toggleViewAction();
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_viewMenu->addAction(m_historyAction);

    m_eventLogView = new EventLogView(*m_eventLog);
    auto *eventDock = new QDockWidget(this);
    eventDock->setObjectName(QStringLiteral("eventLogDock"));
    eventDock->setWidget(m_eventLogView);
    addDockWidget(Qt::BottomDockWidgetArea, eventDock);
    eventDock->hide();
    m_eventLogAction = eventDock->toggleViewAction();
    m_eventLogAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_viewMenu->addAction(m_eventLogAction);
    connect(m_eventLogView, &EventLogView::exportFailed, this, [this](const QString &message) {
        m_fileBanner->showMessage(MessageBanner::Level::Error, tr("The event log was not exported"), message);
    });

    m_pathLabel = new QLabel(this);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemsLabel = new QLabel(this);
    m_upLabel = new QLabel(this);
    m_upLabel->setObjectName(QStringLiteral("upLabel"));
    m_versionLabel = new QLabel(this);
    m_versionLabel->setObjectName(QStringLiteral("versionLabel"));
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_problemsLabel);
    statusBar()->addPermanentWidget(m_upLabel);
    statusBar()->addPermanentWidget(m_versionLabel);
}

void MainWindow::connectEditing()
{
    connect(m_session, &DocumentSession::documentChanged, this, &MainWindow::onDocumentChanged);
    connect(m_session, &DocumentSession::modifiedChanged, this, [this] { retranslate(); });
    connect(m_session, &DocumentSession::editRefused, this, [this](const QString &message) {
        m_fileBanner->showMessage(MessageBanner::Level::Warning, tr("This change was not made"), message);
        // The box or choice the user just changed shows the file's state again.
        m_panel->revertChoices(m_session->document());
    });
    connect(m_editing, &ServerEditing::entryToSelect, this, &MainWindow::selectEntry);

    connect(m_panel, &ServerPropertiesPanel::urlEdited, m_editing, &ServerEditing::setUrl);
    connect(m_panel, &ServerPropertiesPanel::encryptionToggled, m_editing, &ServerEditing::setEncrypted);
    connect(m_panel, &ServerPropertiesPanel::flagEdited, m_editing, &ServerEditing::setFlag);
    connect(m_panel, &ServerPropertiesPanel::addRequested, m_editing, [this] { m_editing->addServer(); });
    connect(m_panel, &ServerPropertiesPanel::removeRequested, m_editing, &ServerEditing::removeServer);
    connect(m_panel, &ServerPropertiesPanel::moveRequested, m_editing, &ServerEditing::moveServer);

    connect(m_topology, &TopologyView::serverActivated, this, &MainWindow::selectEntry);
    connect(m_topology, &TopologyView::addRequested, m_editing, [this] { m_editing->addServer(); });
    connect(m_topology, &TopologyView::removeRequested, m_editing, &ServerEditing::removeServer);
    connect(m_topology, &TopologyView::moveRequested, m_editing, &ServerEditing::moveServer);
    connect(m_topology, &TopologyView::encryptionRequested, m_editing, &ServerEditing::setEncrypted);
    connect(m_topology, &TopologyView::maintenanceRequested, this,
            [this](int row, bool on) { setMaintenance(m_model->rows().at(row).url, on); });

    connect(m_jsonEditor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_syncingEditor)
            m_editorDebounce.start();
    });
    connect(m_problems, &ProblemsList::problemActivated, this, &MainWindow::showProblem);
    connect(m_hostsView, &HostsView::configureRequested, this, &MainWindow::configureHost);
    connect(m_hostsView, &HostsView::certificateTrusted, this, [this](const QString &host, const QString &sha256) {
        Site site = m_site;
        HostControlSettings control = hostControlFor(site, host);
        control.pinnedCertificateSha256 = sha256;
        setHostControl(site, control);
        applySiteSettings(site);
        logAction(host, tr("WinRM certificate trusted for this host: SHA-256 %1").arg(sha256));
    });
    connect(m_hostsView, &HostsView::eventOccurred, m_eventLog, qOverload<const ServerEvent &>(&EventLog::append));
    connect(m_credentials, &CredentialStore::eventOccurred, m_eventLog, qOverload<const ServerEvent &>(&EventLog::append));
    connect(m_passwords, &PasswordProvider::storeFailed, this, [this](const QString &message) {
        m_fileBanner->showMessage(MessageBanner::Level::Warning,
                                  tr("The password is kept for this session only: the keychain is not available"),
                                  message);
    });

    connect(m_saveFlow, &SaveFlow::saved, this, &MainWindow::onSaved);
    connect(m_saveFlow, &SaveFlow::failed, this, [this](const QString &message, bool offerSaveAs) {
        m_fileBanner->showMessage(MessageBanner::Level::Error, tr("Not saved. Your edits are still here."), message);
        if (offerSaveAs)
            m_fileBanner->addAction(tr("Save As…"), [this] { m_saveFlow->saveAs(); });
    });
    connect(m_saveFlow, &SaveFlow::reloadRequested, this, &MainWindow::reload);
    connect(m_saveFlow, &SaveFlow::savingChanged, this, [this](bool saving) {
        centralWidget()->setEnabled(!saving);
        m_pathLabel->setText(saving ? tr("Saving…") : QDir::toNativeSeparators(m_session->path()));
    });
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_siteMenu->setTitle(tr("&Site"));
    m_helpMenu->setTitle(tr("&Help"));
    m_openAction->setText(tr("&Open…"));
    m_openAction->setToolTip(tr("Open an eucwebconfig.json (%1); you can also drop the file on the window")
                                 .arg(m_openAction->shortcut().toString(QKeySequence::NativeText)));
    m_saveAction->setText(tr("&Save…"));
    m_saveAction->setToolTip(tr("Review the changes and save them, with a backup of the current file"));
    m_saveAsAction->setText(tr("Save &As…"));
    m_reloadAction->setText(tr("Re&load"));
    // The stack names the step in the menu ("Undo Add media server …"); the toolbar keeps it short.
    m_undoAction->setIconText(tr("Undo"));
    m_redoAction->setIconText(tr("Redo"));
    m_addAction->setText(tr("&Add Media Server…"));
    m_removeAction->setText(tr("&Remove Media Server"));
    m_moveUpAction->setText(tr("Move &Up"));
    m_moveDownAction->setText(tr("Move &Down"));
    m_encryptAllAction->setText(tr("&Encrypt All (wss)…"));
    m_decryptAllAction->setText(tr("&Unencrypted for All (ws)…"));
    m_historyAction->setText(tr("Edit &History"));
    m_eventLogAction->setText(tr("&Event Log"));
    m_eventLogView->retranslate();
    m_siteSettingsAction->setText(tr("Site &Settings…"));
    m_siteSettingsAction->setToolTip(tr("UCServer host, ports and probe timing of this site"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About UC Media Console"));
    m_siteCombo->setToolTip(tr("Switch to another installation you opened before"));
    m_tabs->setTabText(0, tr("Servers"));
    m_tabs->setTabText(1, tr("JSON"));
    m_tabs->setTabText(2, tr("Hosts"));
    m_applyAction->setText(tr("&Apply and Restart UC WebServer…"));
    m_applyAction->setIconText(tr("Apply"));
    m_applyAction->setToolTip(tr("Save with a backup, restart the UC WebServer so the change takes effect, and "
                                 "roll back if it does not come back"));
    m_dryRunAction->setText(tr("Show What Applying &Would Do…"));
    m_hostsView->retranslate();
    m_history->setEmptyLabel(tr("<opened file>"));
    m_problems->retranslate();
    m_panel->retranslate();
    // The status column fits its longest state name, whichever the language.
    int statusWidth = m_table->horizontalHeader()->sectionSizeHint(ServerTableModel::Status);
    for (HealthState state : {HealthState::Unknown, HealthState::Connecting, HealthState::Up, HealthState::GoingDown,
                              HealthState::Down, HealthState::GoingUp, HealthState::Maintenance,
                              HealthState::NotMonitored})
        statusWidth = qMax(statusWidth, m_table->fontMetrics().horizontalAdvance(healthStateText(state)) + 40);
    m_statusColumnWidth = statusWidth;
    m_table->setColumnWidth(ServerTableModel::Status, statusWidth);

    const QString name = m_site.name.isEmpty() ? tr("UC Media Console") : tr("%1 – UC Media Console").arg(m_site.name);
    setWindowTitle(m_session->isModified() ? QStringLiteral("*") + name : name);
    if (!m_hasDocument)
        m_topology->setPlaceholderText(tr("Open an eucwebconfig.json to see its media servers (File > Open, "
                                          "or drop the file here)."));
    updateSummary();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange)
        updateDisplayClock();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    updateDisplayClock();
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    updateDisplayClock();
}

bool MainWindow::isDisplayClockRunning() const
{
    return m_clock.isActive();
}

void MainWindow::updateDisplayClock()
{
    // Minimised or hidden (to the tray) nobody sees the table or the overview: no tick, so the
    // statistics of every ping stay in the model unsignalled, and nothing repaints. Shown again,
    // one tick brings everything up to date at once.
    const bool seen = isVisible() && !isMinimized();
    if (seen == m_clock.isActive())
        return;
    if (seen) {
        m_clock.start();
        m_model->refreshTimes();
    } else {
        m_clock.stop();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_saveFlow->confirmDiscardOrSave())
        event->accept();
    else
        event->ignore();
}

void MainWindow::chooseFile()
{
    const QString start = m_site.configPath.isEmpty() ? QString() : QFileInfo(m_site.configPath).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open eucwebconfig.json"), start,
                                                      tr("JSON configuration (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openFile(const QString &path)
{
    if (!m_saveFlow->confirmDiscardOrSave())
        return;
    if (m_rememberSites) {
        m_site = m_sites->open(path);
    } else if (m_site.configPath != path) {
        m_site = Site{};
        m_site.id = QStringLiteral("unsaved");
        m_site.configPath = path;
        m_site.name = defaultSiteName(path);
    }
    refreshSiteList();
    retranslate();
    applySiteToMonitor();
    startLoading(m_site.configPath);

    const QStringList watched = m_fileWatcher.files();
    if (!watched.isEmpty())
        m_fileWatcher.removePaths(watched);
    if (QFileInfo::exists(m_site.configPath))
        m_fileWatcher.addPath(m_site.configPath);
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
    if (m_site.configPath.isEmpty())
        return;
    // Editors often replace the file (write new, rename): watch the new one.
    if (!m_fileWatcher.files().contains(m_site.configPath) && QFileInfo::exists(m_site.configPath))
        m_fileWatcher.addPath(m_site.configPath);
    startLoading(m_site.configPath);
}

void MainWindow::startLoading(const QString &path)
{
    m_loadingPath = path;
    m_pathLabel->setText(QDir::toNativeSeparators(path));
    m_loader.setFuture(QtConcurrent::run([path] { return ConfigFileReader::read(path); }));
}

void MainWindow::onFileRead(const Result<ConfigFileContents, FileReadProblem> &result)
{
    m_hasDocument = true;
    m_fileBanner->hide();
    if (!result) {
        m_session->clear();
        const QString fileName = QFileInfo(m_loadingPath).fileName();
        m_fileBanner->showMessage(MessageBanner::Level::Error, tr("%1 could not be read").arg(fileName),
                                  result.error().message);
        m_fileBanner->addAction(tr("Open Another File…"), [this] { chooseFile(); });
        m_topology->setPlaceholderText(tr("No media servers: the file could not be read."));
    } else {
        m_session->load(m_loadingPath, result.value().bytes);
        logAction(QDir::toNativeSeparators(m_loadingPath), tr("Opened the configuration"));
    }
    emit configShown();
}

void MainWindow::onFileChangedOnDisk()
{
    if (!m_session->isOpen())
        return reload();
    QFile file(m_session->path());
    if (file.open(QIODevice::ReadOnly) && ConfigWriter::hashOf(file.readAll()) == m_session->loadedHash())
        return; // touched, but the same bytes (e.g. our own save)
    if (!m_session->isModified())
        return reload(); // nothing of ours to lose: show what is on disk now
    m_fileBanner->showMessage(MessageBanner::Level::Warning, tr("The file changed on disk"),
                              tr("Someone else changed %1 while you were editing it. Saving will ask whether to "
                                 "overwrite their version.")
                                  .arg(QDir::toNativeSeparators(m_session->path())));
    m_fileBanner->addAction(tr("Reload and Discard My Edits"), [this] { reload(); });
}

void MainWindow::onDocumentChanged()
{
    const ConfigDocument &document = m_session->document();
    const ConfigSnapshot snapshot = ConfigSnapshot::fromDocument(m_session->path(), document);
    const bool syntaxError = snapshot.status == ConfigSnapshot::Status::SyntaxError;
    // Loaded broken: nothing to keep. Edited into an error: keep showing the last valid list.
    const bool editedIntoError = syntaxError && m_session->isModified();

    // While the text is invalid the structured views keep the last valid list, locked, and the
    // text stays exactly as typed.
    m_locked = syntaxError || snapshot.status == ConfigSnapshot::Status::NoServerList;
    if (!editedIntoError) {
        m_model->setRows(snapshot.rows);
        QStringList urls;
        for (const ServerRow &row : snapshot.rows) {
            if (row.problem.isEmpty())
                urls << row.url; // an entry that cannot be probed shows its problem instead
        }
        setMonitorTargets(urls);
    }
    m_topology->setEditable(!m_locked && m_session->isOpen());
    m_table->setEnabled(!editedIntoError);
    m_panel->setLocked(m_locked || !m_session->isOpen());

    if (m_session->isOpen()) {
        const QString fileName = QFileInfo(m_session->path()).fileName();
        if (syntaxError) {
            m_fileBanner->showMessage(
                MessageBanner::Level::Error,
                editedIntoError ? tr("The JSON text is not valid: the other views are locked until it is repaired")
                                : tr("%1 is not valid JSON: the UC WebServer cannot read it either").arg(fileName),
                snapshot.error.withPosition());
            const FileMessage where = snapshot.error;
            m_fileBanner->addAction(tr("Show in JSON"), [this, where] {
                m_tabs->setCurrentWidget(m_jsonEditor);
                m_jsonEditor->goTo(where.line, where.column);
            });
            m_topology->setPlaceholderText(tr("No media servers: the file is not valid JSON."));
        } else if (snapshot.status == ConfigSnapshot::Status::NoServerList) {
            m_fileBanner->showMessage(MessageBanner::Level::Error,
                                      tr("%1 has no usable media server list").arg(fileName),
                                      snapshot.error.withPosition());
            m_topology->setPlaceholderText(tr("No media servers: see the message above."));
        } else if (m_fileBanner->level() == MessageBanner::Level::Error) {
            m_fileBanner->hide();
            m_topology->setPlaceholderText(tr("The kurentoservers list is empty."));
        }
    }

    if (!m_locked)
        m_hostsView->setLayout(HostRoles::layout(ucServerHost(), document));
    m_problems->setProblems(m_session->problems());
    m_problems->setVisible(!m_session->problems().empty()); // "No problems" stays in the status bar
    m_problemsLabel->setText(m_session->isOpen() ? m_problems->summaryText() : QString());
    syncEditorFromDocument();

    QStringList entryProblems;
    for (const DocumentProblem &p : m_session->problems()) {
        if (p.entryIndex == m_selectedEntry && m_selectedEntry >= 0)
            entryProblems << severityText(p.severity) + QStringLiteral(": ") + p.message;
    }
    m_panel->showEntry(document, m_locked ? -1 : m_selectedEntry, entryProblems);
    updateActions();
    updateSummary();
}

void MainWindow::syncEditorFromDocument()
{
    // The editor shows text; the document keeps bytes. BOM and CRLF are the file's, restored on
    // the way back (commitEditorText).
    if (m_editorDebounce.isActive())
        return; // the user is typing: the document follows the editor, not the other way round
    QByteArray bytes = m_session->document().bytes();
    if (bytes.startsWith(kBom))
        bytes.remove(0, 3);
    QString text = QString::fromUtf8(bytes);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (text == m_jsonEditor->toPlainText())
        return;
    const int line = m_jsonEditor->textCursor().blockNumber() + 1;
    const int column = m_jsonEditor->textCursor().positionInBlock() + 1;
    m_syncingEditor = true;
    m_jsonEditor->setPlainText(text);
    m_syncingEditor = false;
    if (m_tabs->currentWidget() == m_jsonEditor)
        m_jsonEditor->goTo(line, column);
    QList<JsonEditor::Marker> markers;
    for (const DocumentProblem &p : m_session->problems()) {
        if (p.position.isValid())
            markers.append({p.position.line, p.position.column, p.severity == Severity::Error, p.message});
    }
    m_jsonEditor->setMarkers(markers);
}

void MainWindow::commitEditorText()
{
    if (!m_session->isOpen())
        return;
    const FormatStyle &format = m_session->document().format();
    QString text = m_jsonEditor->toPlainText();
    if (format.lineEnding == LineEnding::CrLf)
        text.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    QByteArray bytes = text.toUtf8();
    if (format.utf8Bom)
        bytes.prepend(kBom);
    m_session->replaceText(bytes);
    // Markers follow the text even while it is invalid.
    QList<JsonEditor::Marker> markers;
    for (const DocumentProblem &p : m_session->problems()) {
        if (p.position.isValid())
            markers.append({p.position.line, p.position.column, p.severity == Severity::Error, p.message});
    }
    m_jsonEditor->setMarkers(markers);
}

void MainWindow::showProblem(const DocumentProblem &problem)
{
    if (problem.entryIndex >= 0 && !m_locked && m_tabs->currentIndex() == 0) {
        selectEntry(problem.entryIndex);
        return;
    }
    m_tabs->setCurrentWidget(m_jsonEditor);
    m_jsonEditor->goTo(problem.position.line, problem.position.column);
}

void MainWindow::selectEntry(int index)
{
    m_selectedEntry = index;
    const QModelIndex source = m_model->index(index, 0);
    if (!source.isValid()) {
        m_table->clearSelection();
    } else {
        const QModelIndex row = m_proxy->mapFromSource(source);
        if (m_table->selectionModel()->selectedRows().value(0) != row)
            m_table->selectRow(row.row());
        m_table->scrollTo(row);
    }
    onDocumentChanged();
}

void MainWindow::updateActions()
{
    const bool open = m_session->isOpen();
    const bool editable = open && !m_locked;
    const int count = int(m_session->document().entries().size());
    const bool selected = editable && m_selectedEntry >= 0 && m_selectedEntry < count;
    m_saveAction->setEnabled(open && m_session->isModified());
    m_saveAsAction->setEnabled(open);
    m_reloadAction->setEnabled(!m_site.configPath.isEmpty());
    m_addAction->setEnabled(editable);
    m_removeAction->setEnabled(selected);
    m_moveUpAction->setEnabled(selected && m_selectedEntry > 0);
    m_moveDownAction->setEnabled(selected && m_selectedEntry + 1 < count);
    m_encryptAllAction->setEnabled(editable && count > 0);
    m_applyAction->setEnabled(open && !m_locked && !m_session->hasErrors());
    m_dryRunAction->setEnabled(open && !m_locked && !m_session->hasErrors());
    m_decryptAllAction->setEnabled(editable && count > 0);
    m_siteSettingsAction->setEnabled(!m_site.configPath.isEmpty());
}

void MainWindow::onSaved(const SaveReport &report)
{
    const QString backup = report.backupPath.isEmpty()
                               ? tr("There was no previous file to back up.")
                               : tr("The previous version was kept as %1.")
                                     .arg(QDir::toNativeSeparators(QFileInfo(report.backupPath).fileName()));
    m_fileBanner->showMessage(MessageBanner::Level::Info,
                              tr("Saved. The change takes effect when the UC WebServer service is restarted."),
                              backup);
    logAction(QDir::toNativeSeparators(report.path), tr("Saved the configuration. %1").arg(backup));
    if (report.path != m_site.configPath && m_rememberSites) {
        m_site = m_sites->open(report.path);
        refreshSiteList();
    }
    retranslate();
    updateActions();
}

void MainWindow::setMonitorTargets(const QStringList &urls)
{
    m_monitor->setTargets(urls);
    m_alerts->policy().setServers(urls);
    for (const QString &key : std::as_const(m_site.maintenance)) {
        if (urls.contains(key)) {
            m_monitor->setMaintenance(key, true);
            m_alerts->policy().setMaintenance(key, true);
        }
    }
}

void MainWindow::openEventLog(const QString &folder)
{
    const EventLogStore::LoadResult loaded = m_eventLog->openStore(folder);
    if (!loaded.errors.isEmpty())
        m_fileBanner->showMessage(MessageBanner::Level::Warning, tr("Part of the event log could not be read"),
                                  loaded.errors.join(QLatin1Char('\n')));
}

void MainWindow::logAction(const QString &server, const QString &text)
{
    ServerEvent event;
    event.time = QDateTime::currentDateTimeUtc();
    event.kind = ServerEvent::Kind::ConsoleAction;
    event.server = server;
    event.text = text;
    m_eventLog->append(event);
}

void MainWindow::setMaintenance(const QString &key, bool on)
{
    if (on && !m_site.maintenance.contains(key))
        m_site.maintenance.append(key);
    else if (!on)
        m_site.maintenance.removeAll(key);
    if (m_rememberSites)
        m_sites->save(m_site);
    m_monitor->setMaintenance(key, on);
    m_alerts->policy().setMaintenance(key, on);
    logAction(key, on ? tr("Maintenance on: no alerts for this media server") : tr("Maintenance off"));
}

void MainWindow::showTableMenu(const QPoint &pos)
{
    const QModelIndex index = m_proxy->mapToSource(m_table->indexAt(pos));
    if (!index.isValid())
        return;
    const ServerRow &row = m_model->rows().at(index.row());
    const bool inMaintenance = m_model->health(row.url).state == HealthState::Maintenance;
    QMenu menu(this);
    QAction *maintenance = menu.addAction(tr("Maintenance (expected down, no alerts)"), this,
                                          [this, key = row.url, inMaintenance] { setMaintenance(key, !inMaintenance); });
    maintenance->setCheckable(true);
    maintenance->setChecked(inMaintenance);
    maintenance->setEnabled(row.problem.isEmpty());
    if (!m_model->health(row.url).certificate.isNull())
        menu.addAction(tr("Certificate…"), this, [this, key = row.url] { showCertificate(key); });
    menu.addAction(tr("Copy URL"), this, [url = row.url] { QGuiApplication::clipboard()->setText(url); });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void MainWindow::showHeaderMenu(const QPoint &pos)
{
    // Which columns to show; remembered across sessions.
    QMenu menu(this);
    for (int c = 0; c < ServerTableModel::ColumnCount; ++c) {
        if (c == ServerTableModel::Position || c == ServerTableModel::Url || c == ServerTableModel::Status)
            continue; // always shown
        QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!m_table->isColumnHidden(c));
        connect(a, &QAction::toggled, this, [this, c](bool shown) {
            m_table->setColumnHidden(c, !shown);
            QStringList hidden;
            for (int i = 0; i < ServerTableModel::ColumnCount; ++i) {
                if (m_table->isColumnHidden(i))
                    hidden << QString::number(i);
            }
            m_settings.setValue(QStringLiteral("table/hiddenColumns"), hidden);
        });
    }
    menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
}

void MainWindow::showCertificate(const QString &key)
{
    const CertificateInfo certificate = m_model->health(key).certificate;
    if (certificate.isNull())
        return;
    CertificateDialog dialog(key, certificate, m_site.pinnedCertificates.value(key), this);
    const int result = Dialogs::exec(&dialog);
    if (result == CertificateDialog::Trusted) {
        m_site.pinnedCertificates.insert(key, certificate.sha256);
        logAction(key, tr("Certificate trusted for this server: SHA-256 %1").arg(certificate.fingerprintText()));
    } else if (result == CertificateDialog::Forgotten) {
        m_site.pinnedCertificates.remove(key);
        logAction(key, tr("Certificate no longer trusted"));
    } else {
        return;
    }
    if (m_rememberSites)
        m_sites->save(m_site);
    m_monitor->setPinnedCertificates(m_site.pinnedCertificates);
}

void MainWindow::applySiteToMonitor()
{
    m_monitor->setPinnedCertificates(m_site.pinnedCertificates);
    m_hostsView->setSite(m_site);
    if (!m_locked)
        m_hostsView->setLayout(HostRoles::layout(ucServerHost(), m_session->document()));
    m_monitor->setSettings(m_site.probe);
    const QString host = m_hostOverride.isEmpty() ? ucServerHostFor(m_site) : m_hostOverride;
    m_monitor->setUcServerHost(host);
    m_alerts->policy().setUcServerHost(host);
}

QString MainWindow::ucServerHost() const
{
    return m_hostOverride.isEmpty() ? ucServerHostFor(m_site) : m_hostOverride;
}

void MainWindow::configureHost(const QString &host)
{
    HostControlSettings current = hostControlFor(m_site, host);
    current.host = host;
    const CredentialKey key{m_site.id, host, current.user};
    HostControlDialog dialog(current, key.isValid() && m_credentials->isStored(key), this);
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return;
    const HostControlSettings settings = dialog.settings();
    const CredentialKey newKey{m_site.id, host, settings.user};
    if (dialog.forgetPassword() && key.isValid())
        m_credentials->remove(key);
    QString password = dialog.newPassword();
    if (!password.isEmpty() && newKey.isValid()) {
        CredentialJob *job = m_credentials->write(newKey, password);
        connect(job, &CredentialJob::finished, this, [this, job, newKey, password]() mutable {
            if (!job->ok()) {
                m_credentials->keepForSession(newKey, password);
                m_fileBanner->showMessage(MessageBanner::Level::Warning,
                                          tr("The password is kept for this session only: the keychain is not "
                                             "available"),
                                          job->errorMessage());
            }
            wipeString(password);
            job->deleteLater();
        });
    }
    Site site = m_site;
    setHostControl(site, settings);
    applySiteSettings(site);
    logAction(host, tr("Service control settings changed"));
}

void MainWindow::startApply(bool dryRun)
{
    if (!m_session->isOpen() || m_session->hasErrors())
        return;
    const QString host = ucServerHost();
    HostControlSettings control = hostControlFor(m_site, host);
    if (host.isEmpty() || !control.isManaged()) {
        m_fileBanner->showMessage(
            MessageBanner::Level::Info, tr("How should the console restart the UC WebServer?"),
            tr("Set up service control for the UCServer host (WinRM or command templates) first. Until then, "
               "save and restart the UC WebServer service on %1 by hand.")
                .arg(host.isEmpty() ? tr("the UCServer host") : host));
        if (!host.isEmpty())
            m_fileBanner->addAction(tr("Service Control…"), [this, host] { configureHost(host); });
        return;
    }
    const auto run = [this, host, control, dryRun](std::optional<QString> password) {
        if (!password)
            return;
        ServiceControl *service = createServiceControl(control, *password, this);
        wipeString(*password);
        ApplyRequest request;
        request.configPath = m_session->path();
        request.loadedHash = m_session->loadedHash();
        request.before = ConfigDocument::fromBytes(m_session->loadedBytes());
        request.after = m_session->document();
        request.ucServerHost = host;
        request.webServerHttpPort = m_site.probe.webServerHttpPort;
        request.serviceNames = control.serviceNames;
        for (const ServerRow &row : m_model->rows())
            request.health.insert(row.url, m_model->health(row.url));
        request.settings = m_site.apply;
        request.dryRun = dryRun;
        auto *transaction = new ApplyTransaction(request, service, this);
        connect(m_monitor, &MediaServerMonitor::healthChanged, transaction, &ApplyTransaction::noteHealth);
        connect(transaction, &ApplyTransaction::eventOccurred, m_eventLog,
                qOverload<const ServerEvent &>(&EventLog::append));
        ApplyDialog dialog(transaction, this);
        transaction->start();
        Dialogs::exec(&dialog);
        if (!dialog.isFinished())
            transaction->cancel(); // closed early: the transaction ends in a consistent state by itself
        const ApplyTransaction::Report report = dialog.isFinished() ? dialog.report() : transaction->report();
        switch (report.outcome) {
        case ApplyTransaction::Outcome::Applied:
            m_session->markSaved(report.configPath, ConfigWriter::hashOf(request.after.bytes()));
            m_fileBanner->showMessage(MessageBanner::Level::Info, tr("Applied: the UC WebServer runs with the new "
                                                                     "media server list."),
                                      report.message);
            break;
        case ApplyTransaction::Outcome::RolledBack:
            m_fileBanner->showMessage(MessageBanner::Level::Warning,
                                      tr("Rolled back: the previous file is in effect again. Your edits are still "
                                         "here."),
                                      report.message);
            break;
        case ApplyTransaction::Outcome::Failed:
            m_fileBanner->showMessage(MessageBanner::Level::Error, tr("Applying failed"), report.message);
            break;
        case ApplyTransaction::Outcome::DryRun:
        case ApplyTransaction::Outcome::Cancelled:
        case ApplyTransaction::Outcome::Running:
            break;
        }
        if (transaction->report().outcome == ApplyTransaction::Outcome::Running)
            transaction->setParent(service); // still cleaning up: lives as long as its control
        else
            delete transaction;
        service->deleteLater();
        retranslate();
        updateActions();
    };
    m_passwords->obtain({m_site.id, host, control.user}, run);
}

void MainWindow::setTrustedCertificates(const QList<QSslCertificate> &certificates)
{
    m_monitor->setTrustedCertificates(certificates);
}

void MainWindow::setUcServerHost(const QString &host)
{
    m_hostOverride = host;
    applySiteToMonitor();
}

void MainWindow::editSiteSettings()
{
    SiteSettingsDialog dialog(m_site, this);
    if (Dialogs::exec(&dialog) == QDialog::Accepted)
        applySiteSettings(dialog.site());
}

void MainWindow::applySiteSettings(const Site &site)
{
    m_site = site;
    if (m_rememberSites)
        m_sites->save(m_site);
    refreshSiteList();
    retranslate();
    applySiteToMonitor();
}

void MainWindow::switchToSite(int comboIndex)
{
    const QString id = m_siteCombo->itemData(comboIndex).toString();
    if (id == m_site.id)
        return;
    if (const std::optional<Site> site = m_sites->site(id))
        openFile(site->configPath);
    refreshSiteList(); // back to the current site if the switch was cancelled
}

void MainWindow::refreshSiteList()
{
    const QList<Site> sites = m_rememberSites ? m_sites->sites() : QList<Site>{};
    m_siteCombo->clear();
    m_recentMenu->clear();
    if (!m_rememberSites && !m_site.id.isEmpty())
        m_siteCombo->addItem(m_site.name, m_site.id);
    for (const Site &s : sites) {
        m_siteCombo->addItem(s.name, s.id);
        m_siteCombo->setItemData(m_siteCombo->count() - 1, QDir::toNativeSeparators(s.configPath), Qt::ToolTipRole);
        QAction *recent = m_recentMenu->addAction(
            QStringLiteral("%1  (%2)").arg(s.name, QDir::toNativeSeparators(s.configPath)));
        const QString path = s.configPath;
        connect(recent, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    m_recentMenu->setEnabled(!sites.isEmpty());
    m_siteCombo->setEnabled(m_siteCombo->count() > 0);
    m_siteCombo->setCurrentIndex(m_siteCombo->findData(m_site.id));
}

void MainWindow::onHostHealth(const HostHealth &health)
{
    // Port state changes of the UCServer host go to the event log like media server changes.
    const auto note = [&](const PortHealth &before, const PortHealth &after, const QString &service) {
        if (before.state == after.state || after.state == PortHealth::State::Unknown || health.host != m_hostHealth.host)
            return;
        ServerEvent event;
        event.time = QDateTime::currentDateTimeUtc();
        event.kind = ServerEvent::Kind::HostStateChanged;
        event.server = health.host;
        event.from = before.state == PortHealth::State::Open ? HealthState::Up : HealthState::Down;
        event.to = after.state == PortHealth::State::Open ? HealthState::Up : HealthState::Down;
        event.text = after.state == PortHealth::State::Open
                         ? tr("%1 (port %2) reachable again").arg(service).arg(after.port)
                         : tr("%1 (port %2) not reachable: %3").arg(service).arg(after.port).arg(after.detail);
        m_eventLog->append(event);
    };
    note(m_hostHealth.ucServer, health.ucServer, tr("UCServer"));
    note(m_hostHealth.webServer, health.webServer, tr("UC WebServer"));
    note(m_hostHealth.webServerHttps, health.webServerHttps, tr("UC WebServer HTTPS"));
    m_hostHealth = health;
    m_topology->setHostHealth(health);
    m_alerts->policy().applyHostHealth(health, QDateTime::currentMSecsSinceEpoch());
    m_alerts->update();
}

QString MainWindow::upSummaryText() const
{
    return m_upLabel->text();
}

QString MainWindow::versionSummaryText() const
{
    return m_versionLabel->text();
}

void MainWindow::updateSummary()
{
    // Certificates the console does not trust, that changed or expired: never silently accepted.
    // Those that expire soon are said too, long before the day.
    QStringList untrusted;
    QStringList changed;
    QStringList expired;
    QStringList expiring;
    int soonestDays = CertificateInfo::kWarningDays;
    QSet<QString> seen; // a URL listed twice is one server
    for (const ServerRow &row : m_model->rows()) {
        const ServerHealth &health = m_model->health(row.url);
        if (health.certificate.isNull() || seen.contains(row.url))
            continue;
        seen.insert(row.url);
        const int days = health.certificate.daysToExpiry();
        if (health.failure == FailureCode::TlsChanged) {
            changed << row.url;
        } else if (health.failure == FailureCode::TlsUntrusted && health.state != HealthState::Up) {
            (days < 0 ? expired : untrusted) << row.url;
        } else if ((health.state == HealthState::Up || health.state == HealthState::GoingDown)
                   && days < CertificateInfo::kWarningDays) {
            expiring << row.url;
            soonestDays = qMin(soonestDays, days);
        }
    }
    // What is shown, per case: the banner is rebuilt only when that changes.
    const QString certificateKeys = QStringList{changed.join(QLatin1Char(' ')), expired.join(QLatin1Char(' ')),
                                                untrusted.join(QLatin1Char(' ')), expiring.join(QLatin1Char(' '))}
                                        .join(QLatin1Char('|'));
    if (changed.isEmpty() && expired.isEmpty() && untrusted.isEmpty() && expiring.isEmpty()) {
        m_certificateBanner->hide();
    } else if (certificateKeys != m_certificateBannerKeys) {
        // The worst case makes the title; every case has its line.
        const QStringList &shown = !changed.isEmpty() ? changed : !expired.isEmpty() ? expired
                                                                : !untrusted.isEmpty() ? untrusted : expiring;
        QStringList lines;
        const auto names = [](const QStringList &keys) { return keys.join(QStringLiteral(", ")); };
        if (!changed.isEmpty())
            lines << tr("%1: another certificate than the one you trusted. If it was not replaced on purpose, someone "
                        "may be in between.")
                         .arg(names(changed));
        if (!expired.isEmpty())
            lines << tr("%1: expired. Renew the certificate on the media server.").arg(names(expired));
        if (!untrusted.isEmpty())
            lines << tr("%1: not trusted. Compare the fingerprint with the server, then trust it.").arg(names(untrusted));
        if (!expiring.isEmpty())
            lines << tr("%1: expires in %n days at the latest. Renew it on the media server.", nullptr,
                        qMax(0, soonestDays))
                         .arg(names(expiring));
        const QString title = !changed.isEmpty() ? tr("A media server presents another certificate than the one you trusted")
                              : !expired.isEmpty() ? tr("A media server's certificate has expired")
                              : !untrusted.isEmpty() ? tr("The console does not trust a media server's certificate")
                                                     : tr("A certificate expires soon");
        m_certificateBanner->showMessage(changed.isEmpty() && expired.isEmpty() ? MessageBanner::Level::Warning
                                                                                : MessageBanner::Level::Error,
                                         title, lines.join(QLatin1Char('\n')));
        m_certificateBanner->addAction(tr("Show Certificate…"), [this, first = shown.first()] { showCertificate(first); });
    }
    m_certificateBannerKeys = certificateKeys;

    const FleetSummary &summary = m_model->summary();
    m_model->setCommonVersion(summary.versionsAgree() ? QString() : summary.commonVersion());
    m_upLabel->setText(m_hasDocument ? summary.upText() : QString());
    m_versionLabel->setText(summary.versionText());
    // Only when it changes: a style sheet re-polishes the label, and this runs with every batch.
    const QString versionStyle =
        summary.versionsAgree() ? QString() : QStringLiteral("color:#8a5a00; font-weight:bold;");
    if (m_versionLabel->styleSheet() != versionStyle)
        m_versionLabel->setStyleSheet(versionStyle);
    if (summary.versionsAgree()) {
        m_versionBanner->hide();
        return;
    }
    // Name the odd ones out: the servers not running the version most of them run.
    const QString common = summary.commonVersion();
    QStringList odd;
    for (const ServerRow &row : m_model->rows()) {
        const ServerHealth &h = m_model->health(row.url);
        if ((h.state == HealthState::Up || h.state == HealthState::GoingDown) && !h.version.isEmpty()
            && h.version != common)
            odd << tr("%1 runs %2").arg(row.host.isEmpty() ? row.url : row.host, h.version);
    }
    odd.removeDuplicates();
    const QString title = tr("Media servers run different versions");
    const QString text = tr("All hosts must run the same software version. Most run %1; %2.")
                             .arg(common, odd.join(QStringLiteral(", ")));
    if (m_versionBanner->isHidden() || m_versionBanner->text() != text)
        m_versionBanner->showMessage(MessageBanner::Level::Warning, title, text);
}

bool MainWindow::isSettled() const
{
    if (!m_hasDocument || m_loader.isRunning())
        return false;
    const FleetSummary &summary = m_model->summary();
    if (summary.pending > 0)
        return false;
    if (!m_hostHealth.host.isEmpty()
        && (m_hostHealth.ucServer.state == PortHealth::State::Unknown
            || m_hostHealth.webServer.state == PortHealth::State::Unknown
            || m_hostHealth.webServerHttps.state == PortHealth::State::Unknown))
        return false;
    return true;
}

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
