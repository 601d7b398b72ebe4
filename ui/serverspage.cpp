#include "ui/serverspage.h"

#include "core/documentsession.h"
#include "core/sitesession.h"
#include "models/servertablemodel.h"
#include "ui/problemslist.h"
#include "ui/serverediting.h"
#include "ui/serverpropertiespanel.h"
#include "ui/livecelldelegate.h"
#include "ui/sparklinedelegate.h"
#include "ui/statusdelegate.h"
#include "ui/topologyview.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ucmc {

namespace {
// Room for a typical reason ("Connection refused", "Ping not answered in time"); the tooltip
// has the whole text and the hint.
int reasonColumnWidth(const QWidget *table)
{
    return table->fontMetrics().averageCharWidth() * 34;
}
const QString kHiddenColumnsKey = QStringLiteral("table/hiddenColumns");
// Hidden until the administrator shows them (right-click on the header): host, port and ws/wss
// are in the URL already, and the three flags are in the properties below the table for the
// selected server. Every live column stays. So the table fits a 1600-pixel window without
// scrolling sideways, in English and German, and at 1360 pixels everything up to the version.
QStringList defaultHiddenColumns()
{
    QStringList hidden;
    for (int c : {ServerTableModel::Host, ServerTableModel::Port, ServerTableModel::Encryption,
                  ServerTableModel::CandKillIpv6, ServerTableModel::CandKillTcp, ServerTableModel::CandOnlyTurn})
        hidden << QString::number(c);
    return hidden;
}
} // namespace

ServersPage::ServersPage(SiteSession *session, ServerEditing *editing, QSettings &settings, QWidget *parent)
    : QSplitter(Qt::Vertical, parent)
    , m_editing(editing)
    , m_settings(settings)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_topology(new TopologyView(session->servers(), this))
    , m_table(new QTableView(this))
    , m_panel(new ServerPropertiesPanel(this))
{
    setObjectName(QStringLiteral("mainSplitter"));
    m_proxy->setSortRole(ServerTableModel::SortRole);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_topology);
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus); // the overview inside takes the focus and scrolls to its card
    scroll->setFrameShape(QFrame::StyledPanel);
    buildTable();

    auto *tableAndPanel = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableAndPanel);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_panel);
    addWidget(scroll);
    addWidget(tableAndPanel);
    setStretchFactor(0, 1);
    setStretchFactor(1, 1);
    setChildrenCollapsible(false);

    connect(m_panel, &ServerPropertiesPanel::urlEdited, m_editing, &ServerEditing::setUrl);
    connect(m_panel, &ServerPropertiesPanel::encryptionToggled, m_editing, &ServerEditing::setEncrypted);
    connect(m_panel, &ServerPropertiesPanel::flagEdited, m_editing, &ServerEditing::setFlag);
    connect(m_panel, &ServerPropertiesPanel::addRequested, m_editing, [this] { m_editing->addServer(); });
    connect(m_panel, &ServerPropertiesPanel::removeRequested, m_editing, &ServerEditing::removeServer);
    connect(m_panel, &ServerPropertiesPanel::moveRequested, m_editing, &ServerEditing::moveServer);
    connect(m_topology, &TopologyView::serverActivated, this, &ServersPage::selectEntry);
    // One selection: the overview's current card follows the table and the other way round.
    connect(this, &ServersPage::selectionChanged, m_topology, &TopologyView::setCurrentRow);
    connect(m_topology, &TopologyView::propertiesRequested, this, [this](int row) {
        selectEntry(row);
        m_panel->urlEdit()->setFocus(Qt::OtherFocusReason); // the properties are below the table
    });
    connect(m_topology, &TopologyView::addRequested, m_editing, [this] { m_editing->addServer(); });
    connect(m_topology, &TopologyView::removeRequested, m_editing, &ServerEditing::removeServer);
    connect(m_topology, &TopologyView::moveRequested, m_editing, &ServerEditing::moveServer);
    connect(m_topology, &TopologyView::encryptionRequested, m_editing, &ServerEditing::setEncrypted);
    connect(m_topology, &TopologyView::maintenanceRequested, this, [this](int row, bool on) {
        emit maintenanceRequested(m_session->servers()->rows().at(row).url, on);
    });
    connect(m_editing, &ServerEditing::entryToSelect, this, &ServersPage::selectEntry);
    setSession(session);
}

void ServersPage::buildTable()
{
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
    auto *live = new LiveCellDelegate(m_table);
    for (int column : {ServerTableModel::RoundTrip, ServerTableModel::Availability, ServerTableModel::Failures,
                       ServerTableModel::Cpu, ServerTableModel::Memory, ServerTableModel::Sessions,
                       ServerTableModel::TimeInState})
        m_table->setItemDelegateForColumn(column, live);
    auto *warning = new WarningDelegate(m_table);
    m_table->setItemDelegateForColumn(ServerTableModel::Version, warning);
    m_table->setItemDelegateForColumn(ServerTableModel::Certificate, warning);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &ServersPage::showHeaderMenu);
    connect(header, &QHeaderView::sectionResized, this, [this, header](int logical) {
        // The last visible section follows the window's width by itself; any other was dragged.
        int last = header->count() - 1;
        while (last > 0 && header->isSectionHidden(header->logicalIndex(last)))
            --last;
        if (!m_fitting && m_table->isVisible() && header->visualIndex(logical) != last)
            m_keepWidths = true; // dragged by the administrator
    });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this, &ServersPage::showTableMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        const int entry = rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
        if (entry == m_selectedEntry)
            return;
        m_selectedEntry = entry;
        emit selectionChanged(entry);
    });
}

void ServersPage::setSession(SiteSession *session)
{
    if (m_session)
        disconnect(m_session->servers(), nullptr, this, nullptr);
    m_session = session;
    m_selectedEntry = -1;
    ServerTableModel *model = session->servers();
    m_proxy->setSourceModel(model);
    m_topology->setModel(model);
    m_topology->setHostHealth(session->hostHealth());
    QHeaderView *header = m_table->horizontalHeader();
    // What is wrong right next to the status: with all columns shown the table is wider than most
    // windows, and the reason is the one an administrator must not have to scroll for.
    header->moveSection(header->visualIndex(ServerTableModel::Reason), header->visualIndex(ServerTableModel::Status) + 1);
    // Every column is shown until the user hides some (right-click on the header); remembered.
    const QStringList hidden = m_settings.value(kHiddenColumnsKey, defaultHiddenColumns()).toStringList();
    {
        const QScopedValueRollback fitting(m_fitting, true); // not the administrator's resizing
        for (int c = 0; c < ServerTableModel::ColumnCount; ++c)
            m_table->setColumnHidden(c, hidden.contains(QString::number(c)));
    }
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        fitColumns();
        selectEntry(m_selectedEntry);
    });
    connect(session, &SiteSession::hostHealthChanged, m_topology, &TopologyView::setHostHealth);
    fitColumns();
}

void ServersPage::fitColumns()
{
    if (m_keepWidths)
        return;
    const QScopedValueRollback fitting(m_fitting, true);
    for (int c = 0; c < ServerTableModel::ColumnCount; ++c) {
        if (c != ServerTableModel::Reason)
            m_table->resizeColumnToContents(c);
    }
    m_table->setColumnWidth(ServerTableModel::Status,
                            qMax(m_table->columnWidth(ServerTableModel::Status), m_statusColumnWidth));
    m_table->setColumnWidth(ServerTableModel::Reason, reasonColumnWidth(m_table));
}

void ServersPage::selectEntry(int index)
{
    m_selectedEntry = index;
    const QModelIndex source = m_session ? m_session->servers()->index(index, 0) : QModelIndex();
    if (!source.isValid()) {
        m_table->clearSelection();
    } else {
        const QModelIndex row = m_proxy->mapFromSource(source);
        if (m_table->selectionModel()->selectedRows().value(0) != row)
            m_table->selectRow(row.row());
        m_table->scrollTo(row);
    }
    emit selectionChanged(m_selectedEntry);
}

void ServersPage::showDocument(bool locked, bool editedIntoError)
{
    const DocumentSession *document = m_session->document();
    m_topology->setEditable(!locked && document->isOpen());
    m_table->setEnabled(!editedIntoError);
    m_panel->setLocked(locked || !document->isOpen());
    QStringList entryProblems;
    for (const DocumentProblem &p : document->problems()) {
        if (p.entryIndex == m_selectedEntry && m_selectedEntry >= 0)
            entryProblems << severityText(p.severity) + QStringLiteral(": ") + p.message;
    }
    m_panel->showEntry(document->document(), locked ? -1 : m_selectedEntry, entryProblems);
}

void ServersPage::retranslate()
{
    m_panel->retranslate();
    m_table->setAccessibleName(tr("Media servers"));
    // The status column fits its longest state name, whichever the language.
    int statusWidth = m_table->horizontalHeader()->sectionSizeHint(ServerTableModel::Status);
    // With the counts of the transitions ("Going down (2 of 3)"): at most two digits each.
    for (HealthState state : {HealthState::Unknown, HealthState::Connecting, HealthState::Up, HealthState::GoingDown,
                              HealthState::Down, HealthState::GoingUp, HealthState::Maintenance,
                              HealthState::NotMonitored}) {
        ServerHealth widest;
        widest.state = state;
        widest.streak = widest.fall = widest.rise = 88;
        statusWidth = qMax(statusWidth, m_table->fontMetrics().horizontalAdvance(healthStateLabel(widest)) + 40);
    }
    m_statusColumnWidth = statusWidth;
    if (!m_keepWidths) {
        const QScopedValueRollback fitting(m_fitting, true);
        m_table->setColumnWidth(ServerTableModel::Status, statusWidth);
    }
}

void ServersPage::showTableMenu(const QPoint &pos)
{
    const QModelIndex index = m_proxy->mapToSource(m_table->indexAt(pos));
    if (!index.isValid())
        return;
    const ServerTableModel *model = m_session->servers();
    const ServerRow &row = model->rows().at(index.row());
    const bool inMaintenance = model->health(row.url).state == HealthState::Maintenance;
    QMenu menu(this);
    QAction *maintenance = menu.addAction(tr("Maintenance (expected down, no alerts)"), this, [this, key = row.url, inMaintenance] {
        emit maintenanceRequested(key, !inMaintenance);
    });
    maintenance->setCheckable(true);
    maintenance->setChecked(inMaintenance);
    maintenance->setEnabled(row.problem.isEmpty());
    if (!model->health(row.url).certificate.isNull())
        menu.addAction(tr("Certificate…"), this, [this, key = row.url] { emit certificateRequested(key); });
    menu.addAction(tr("Copy URL"), this, [url = row.url] { QGuiApplication::clipboard()->setText(url); });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void ServersPage::showHeaderMenu(const QPoint &pos)
{
    // Which columns to show; remembered across sessions.
    QMenu menu(this);
    for (int c = 0; c < ServerTableModel::ColumnCount; ++c) {
        if (c == ServerTableModel::Position || c == ServerTableModel::Url || c == ServerTableModel::Status)
            continue; // always shown
        QAction *a = menu.addAction(m_proxy->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!m_table->isColumnHidden(c));
        connect(a, &QAction::toggled, this, [this, c](bool shown) {
            m_table->setColumnHidden(c, !shown);
            QStringList hidden;
            for (int i = 0; i < ServerTableModel::ColumnCount; ++i) {
                if (m_table->isColumnHidden(i))
                    hidden << QString::number(i);
            }
            m_settings.setValue(kHiddenColumnsKey, hidden);
        });
    }
    menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
}

} // namespace ucmc
