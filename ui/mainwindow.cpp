#include "ui/mainwindow.h"

#include "models/fleetsummary.h"
#include "models/servertablemodel.h"
#include "net/mediaservermonitor.h"
#include "ui/messagebanner.h"
#include "ui/sitesettingsdialog.h"
#include "ui/statusdelegate.h"
#include "ui/topologyview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ucmc {

namespace {
constexpr int kReloadDebounceMs = 300;
}

MainWindow::MainWindow(QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_sites(new SiteStore(settings))
    , m_model(new ServerTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_monitor(new MediaServerMonitor(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ServerTableModel::SortRole);

    buildActions();
    buildLayout();
    retranslate();

    connect(m_monitor, &MediaServerMonitor::healthChanged, this, [this](const HealthUpdates &updates) {
        m_model->applyHealth(updates);
        onHealth();
    });
    connect(m_monitor, &MediaServerMonitor::hostHealthChanged, this, &MainWindow::onHostHealth);
    connect(&m_loader, &QFutureWatcher<ConfigSnapshot>::finished, this, [this] {
        const ConfigSnapshot snapshot = m_loader.result();
        if (snapshot.path == m_loadingPath)
            showSnapshot(snapshot);
    });
    m_reloadDebounce.setSingleShot(true);
    m_reloadDebounce.setInterval(kReloadDebounceMs);
    connect(&m_reloadDebounce, &QTimer::timeout, this, &MainWindow::reload);
    connect(&m_fileWatcher, &QFileSystemWatcher::fileChanged, this, [this] { m_reloadDebounce.start(); });
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, m_model, &ServerTableModel::refreshTimes);
    m_clock.start();

    refreshSiteList();
    resize(1180, 760);
}

MainWindow::~MainWindow()
{
    m_loader.waitForFinished();
    delete m_sites;
}

void MainWindow::buildActions()
{
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseFile);

    m_reloadAction = new QAction(this);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_reloadAction->setEnabled(false);
    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::reload);

    m_siteSettingsAction = new QAction(this);
    m_siteSettingsAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_siteSettingsAction->setEnabled(false);
    connect(m_siteSettingsAction, &QAction::triggered, this, &MainWindow::editSiteSettings);

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(this);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About UC Media Console"),
                           tr("<b>UC Media Console</b> %1<br>Shows the UCServer host and every UC MediaServer "
                              "of an estos ProCall Infinity installation with live status.")
                               .arg(QApplication::applicationVersion()));
    });

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addAction(m_reloadAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_siteMenu = menuBar()->addMenu(QString());
    m_siteMenu->addAction(m_siteSettingsAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    QToolBar *toolbar = addToolBar(QStringLiteral("main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_openAction);
    toolbar->addAction(m_reloadAction);
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
    layout->addWidget(m_fileBanner);
    layout->addWidget(m_versionBanner);

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
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ServerTableModel::Reason, QHeaderView::Stretch);
    header->setHighlightSections(false);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int c = 0; c < ServerTableModel::ColumnCount; ++c) {
            if (c != ServerTableModel::Reason)
                m_table->resizeColumnToContents(c);
        }
        m_table->setColumnWidth(ServerTableModel::Status,
                                qMax(m_table->columnWidth(ServerTableModel::Status), m_statusColumnWidth));
    });
    connect(m_topology, &TopologyView::serverActivated, this, [this](int row) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        m_table->selectRow(index.row());
        m_table->scrollTo(index);
    });

    auto *splitter = new QSplitter(Qt::Vertical, central);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(scroll);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_pathLabel = new QLabel(this);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_upLabel = new QLabel(this);
    m_upLabel->setObjectName(QStringLiteral("upLabel"));
    m_versionLabel = new QLabel(this);
    m_versionLabel->setObjectName(QStringLiteral("versionLabel"));
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_upLabel);
    statusBar()->addPermanentWidget(m_versionLabel);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_siteMenu->setTitle(tr("&Site"));
    m_helpMenu->setTitle(tr("&Help"));
    m_openAction->setText(tr("&Open…"));
    m_openAction->setToolTip(tr("Open an eucwebconfig.json (%1); you can also drop the file on the window")
                                 .arg(m_openAction->shortcut().toString(QKeySequence::NativeText)));
    m_reloadAction->setText(tr("Re&load"));
    m_siteSettingsAction->setText(tr("Site &Settings…"));
    m_siteSettingsAction->setToolTip(tr("UCServer host, ports and probe timing of this site"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About UC Media Console"));
    m_siteCombo->setToolTip(tr("Switch to another installation you opened before"));
    // The status column fits its longest state name, whichever the language.
    int statusWidth = m_table->horizontalHeader()->sectionSizeHint(ServerTableModel::Status);
    for (HealthState state : {HealthState::Unknown, HealthState::Connecting, HealthState::Up, HealthState::Down,
                              HealthState::NotMonitored})
        statusWidth = qMax(statusWidth, m_table->fontMetrics().horizontalAdvance(healthStateText(state)) + 40);
    m_statusColumnWidth = statusWidth;
    m_table->setColumnWidth(ServerTableModel::Status, statusWidth);
    setWindowTitle(m_site.name.isEmpty() ? tr("UC Media Console")
                                         : tr("%1 – UC Media Console").arg(m_site.name));
    if (!m_hasSnapshot)
        m_topology->setPlaceholderText(tr("Open an eucwebconfig.json to see its media servers (File > Open, "
                                          "or drop the file here)."));
    updateSummary();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
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
    if (m_rememberSites) {
        m_site = m_sites->open(path);
    } else if (m_site.configPath != path) {
        m_site = Site{};
        m_site.id = QStringLiteral("unsaved");
        m_site.configPath = path;
        m_site.name = defaultSiteName(path);
    }
    m_siteSettingsAction->setEnabled(true);
    m_reloadAction->setEnabled(true);
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
    m_loader.setFuture(QtConcurrent::run([path] { return ConfigSnapshot::load(path); }));
}

void MainWindow::showSnapshot(const ConfigSnapshot &snapshot)
{
    m_hasSnapshot = true;
    const QString fileName = QFileInfo(snapshot.path).fileName();
    switch (snapshot.status) {
    case ConfigSnapshot::Status::Ok:
        if (snapshot.problems.isEmpty()) {
            m_fileBanner->hide();
        } else {
            QStringList lines;
            for (const FileMessage &m : snapshot.problems)
                lines << m.withPosition();
            m_fileBanner->showMessage(MessageBanner::Level::Warning,
                                      tr("Some entries of %1 cannot be checked").arg(fileName),
                                      lines.join(QLatin1Char('\n')));
        }
        m_topology->setPlaceholderText(tr("The kurentoservers list is empty."));
        break;
    case ConfigSnapshot::Status::ReadFailed:
        m_fileBanner->showMessage(MessageBanner::Level::Error, tr("%1 could not be read").arg(fileName),
                                  snapshot.error.withPosition());
        m_topology->setPlaceholderText(tr("No media servers: the file could not be read."));
        break;
    case ConfigSnapshot::Status::SyntaxError:
        m_fileBanner->showMessage(MessageBanner::Level::Error,
                                  tr("%1 is not valid JSON: the UC WebServer cannot read it either").arg(fileName),
                                  snapshot.error.withPosition());
        m_topology->setPlaceholderText(tr("No media servers: the file is not valid JSON."));
        break;
    case ConfigSnapshot::Status::NoServerList:
        m_fileBanner->showMessage(MessageBanner::Level::Error, tr("%1 has no usable media server list").arg(fileName),
                                  snapshot.error.withPosition());
        m_topology->setPlaceholderText(tr("No media servers: see the message above."));
        break;
    }
    if (snapshot.status != ConfigSnapshot::Status::Ok && snapshot.status != ConfigSnapshot::Status::ReadFailed)
        m_fileBanner->addAction(tr("Reload"), [this] { reload(); });
    else if (snapshot.status == ConfigSnapshot::Status::ReadFailed)
        m_fileBanner->addAction(tr("Open Another File…"), [this] { chooseFile(); });

    m_model->setRows(snapshot.rows);
    QStringList urls;
    for (const ServerRow &row : snapshot.rows) {
        if (row.problem.isEmpty())
            urls << row.url; // an entry that cannot be probed shows its problem instead
    }
    m_monitor->setTargets(urls);
    updateSummary();
    emit configShown();
}

void MainWindow::applySiteToMonitor()
{
    m_monitor->setSettings(m_site.probe);
    const QString host = m_hostOverride.isEmpty() ? ucServerHostFor(m_site) : m_hostOverride;
    m_monitor->setUcServerHost(host);
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
    if (dialog.exec() == QDialog::Accepted)
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
        QAction *action = m_recentMenu->addAction(
            QStringLiteral("%1  (%2)").arg(s.name, QDir::toNativeSeparators(s.configPath)));
        const QString path = s.configPath;
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    m_recentMenu->setEnabled(!sites.isEmpty());
    m_siteCombo->setEnabled(m_siteCombo->count() > 0);
    const int current = m_siteCombo->findData(m_site.id);
    m_siteCombo->setCurrentIndex(current);
}

void MainWindow::onHealth()
{
    updateSummary();
}

void MainWindow::onHostHealth(const HostHealth &health)
{
    m_hostHealth = health;
    m_topology->setHostHealth(health);
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
    const FleetSummary summary = FleetSummary::of(m_model->distinctHealth());
    m_upLabel->setText(m_hasSnapshot ? summary.upText() : QString());
    m_versionLabel->setText(summary.versionText());
    m_versionLabel->setStyleSheet(summary.versionsAgree() ? QString()
                                                          : QStringLiteral("color:#8a5a00; font-weight:bold;"));
    if (summary.versionsAgree()) {
        m_versionBanner->hide();
        return;
    }
    // Name the odd ones out: the servers not running the version most of them run.
    const QString common = summary.commonVersion();
    QStringList odd;
    for (const ServerRow &row : m_model->rows()) {
        const ServerHealth h = m_model->health(row.url);
        if (h.state == HealthState::Up && !h.version.isEmpty() && h.version != common)
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
    if (!m_hasSnapshot || m_loader.isRunning())
        return false;
    const FleetSummary summary = FleetSummary::of(m_model->distinctHealth());
    if (summary.pending > 0)
        return false;
    if (!m_hostHealth.host.isEmpty()
        && (m_hostHealth.ucServer.state == PortHealth::State::Unknown
            || m_hostHealth.webServer.state == PortHealth::State::Unknown))
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
