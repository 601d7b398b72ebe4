#include "ui/fleetview.h"

#include "ui/fleetfilter.h"
#include "ui/fleetmodel.h"
#include "ui/fleettiledelegate.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <functional>

namespace ucmc {

namespace {
// Enter on the current tile opens it (QListView's own "activated" on Enter depends on the style).
class EnterOpens : public QObject
{
public:
    EnterOpens(QListView *list, std::function<void(const QModelIndex &)> open)
        : QObject(list), m_list(list), m_open(std::move(open))
    {
        list->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_list->currentIndex().isValid()) {
                m_open(m_list->currentIndex());
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QListView *m_list;
    std::function<void(const QModelIndex &)> m_open;
};
} // namespace

FleetView::FleetView(FleetMonitor *fleet, QWidget *parent)
    : QWidget(parent)
    , m_model(new FleetModel(fleet, this))
    , m_shown(new FleetFilter(this))
    , m_search(new QLineEdit(this))
    , m_filter(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_list(new QListView(m_pages))
    , m_empty(new QLabel(m_pages))
{
    setObjectName(QStringLiteral("fleetView"));
    m_shown->setSourceModel(m_model);
    m_search->setObjectName(QStringLiteral("fleetSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    m_filter->setObjectName(QStringLiteral("fleetFilter"));
    m_filter->addItems({QString(), QString()});
    m_count->setObjectName(QStringLiteral("fleetCount"));

    m_list->setObjectName(QStringLiteral("fleetList"));
    m_list->setModel(m_shown);
    m_list->setViewMode(QListView::IconMode);
    m_list->setMovement(QListView::Static);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setWrapping(true);
    m_list->setUniformItemSizes(true); // 200 tiles: one size, no per-tile layout work
    m_list->setSpacing(2);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMouseTracking(true); // "Open" follows the mouse
    m_list->viewport()->setAttribute(Qt::WA_Hover);
    auto *delegate = new FleetTileDelegate(m_list);
    m_list->setItemDelegate(delegate);

    m_empty->setObjectName(QStringLiteral("fleetEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_pages->addWidget(m_list);
    m_pages->addWidget(m_empty);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_filter);
    bar->addStretch();
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_pages, 1);

    const auto open = [this](const QModelIndex &index) {
        if (index.isValid())
            emit openRequested(index.data(FleetModel::SiteIdRole).toString());
    };
    connect(m_list, &QListView::doubleClicked, this, open);
    connect(delegate, &FleetTileDelegate::openClicked, this, open);
    new EnterOpens(m_list, open);
    connect(m_search, &QLineEdit::textChanged, m_shown, &FleetFilter::setSearchText);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_shown->setAttentionOnly(index == 1);
    });
    // Sites added or removed reset the model: the selected tile stays selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keptSelection = currentSiteId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { setCurrentSiteId(m_keptSelection); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_shown, signal, this, &FleetView::updateEmptyState);
    connect(m_shown, &QAbstractItemModel::modelReset, this, &FleetView::updateEmptyState);
    connect(m_shown, &QAbstractItemModel::layoutChanged, this, &FleetView::updateEmptyState);
    retranslate();
}

QStringList FleetView::shownSiteIds() const
{
    QStringList ids;
    for (int row = 0; row < m_shown->rowCount(); ++row)
        ids.append(m_shown->index(row, 0).data(FleetModel::SiteIdRole).toString());
    return ids;
}

QString FleetView::currentSiteId() const
{
    return m_list->currentIndex().data(FleetModel::SiteIdRole).toString();
}

void FleetView::setCurrentSiteId(const QString &siteId)
{
    const QModelIndex index = m_shown->mapFromSource(m_model->indexOf(siteId));
    if (index.isValid())
        m_list->setCurrentIndex(index);
}

bool FleetView::isShowingEmptyState() const
{
    return m_pages->currentWidget() == m_empty;
}

void FleetView::retranslate()
{
    m_search->setPlaceholderText(tr("Search sites by name or host"));
    m_search->setAccessibleName(tr("Search sites"));
    m_filter->setItemText(0, tr("All sites"));
    m_filter->setItemText(1, tr("Needs attention"));
    m_filter->setAccessibleName(tr("Show"));
    m_list->setAccessibleName(tr("Watched sites"));
    m_empty->setAccessibleName(tr("Fleet"));
    updateEmptyState();
}

void FleetView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FleetView::updateEmptyState()
{
    const int total = m_model->rowCount();
    const int shown = m_shown->rowCount();
    if (total == 0) {
        m_empty->setText(tr("<p><b>No site is watched yet.</b></p>"
                            "<p>To see a site here all the time, open it and tick <i>Watch always</i> in "
                            "<i>Site &gt; Site Settings…</i>, or add many sites at once with "
                            "<i>Site &gt; Import Sites from CSV…</i>.</p>"));
    } else if (shown == 0) {
        m_empty->setText(m_shown->attentionOnly() && m_search->text().trimmed().isEmpty()
                             ? tr("<p><b>No site needs attention.</b></p>")
                             : tr("<p><b>No site matches the search.</b></p>"));
    }
    m_pages->setCurrentWidget(shown == 0 ? static_cast<QWidget *>(m_empty) : m_list);
    m_count->setText(shown == total ? (total == 1 ? tr("1 site") : tr("%1 sites").arg(total))
                                    : tr("%1 of %2 sites").arg(shown).arg(total));
}

} // namespace ucmc
