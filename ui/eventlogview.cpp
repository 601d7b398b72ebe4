#include "ui/eventlogview.h"

#include "models/eventlog.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace ucmc {

EventLogView::EventLogView(EventLog *log, QWidget *parent)
    : QWidget(parent)
    , m_filter(new EventLogFilterModel(this))
    , m_text(new QLineEdit(this))
    , m_severity(new QComboBox(this))
    , m_csv(new QPushButton(this))
    , m_json(new QPushButton(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("eventLogView"));
    setLog(log);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    m_text->setClearButtonEnabled(true);
    bar->addWidget(m_text, 1);
    m_severity->addItems({QString(), QString(), QString()});
    bar->addWidget(m_severity);
    bar->addWidget(m_csv);
    bar->addWidget(m_json);
    layout->addLayout(bar);

    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EventLogModel::Time, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(EventLogModel::Reason, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    connect(m_text, &QLineEdit::textChanged, m_filter, &EventLogFilterModel::setTextFilter);
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_filter->setMinimumSeverity(index == 2 ? EventSeverity::Failure
                                     : index == 1 ? EventSeverity::Warning
                                                  : EventSeverity::Info);
    });
    connect(m_csv, &QPushButton::clicked, this, [this] { chooseAndExport(false); });
    connect(m_json, &QPushButton::clicked, this, [this] { chooseAndExport(true); });
    retranslate();
}

void EventLogView::retranslate()
{
    m_text->setPlaceholderText(tr("Filter by server, state or reason"));
    // The placeholder is not a name a screen reader reads.
    m_text->setAccessibleName(tr("Filter events"));
    m_table->setAccessibleName(tr("Events"));
    m_severity->setItemText(0, tr("All events"));
    m_severity->setItemText(1, tr("Warnings and failures"));
    m_severity->setItemText(2, tr("Failures only"));
    m_csv->setText(tr("Export CSV…"));
    m_json->setText(tr("Export JSON…"));
}

QString EventLogView::exportTo(const QString &path, bool json) const
{
    const QList<ServerEvent> events = m_filter->visibleEvents();
    const QByteArray bytes = json ? eventsToJson(events) : eventsToCsv(events);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return tr("The event log could not be written to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

void EventLogView::chooseAndExport(bool json)
{
    const QString path =
        m_pathProvider ? m_pathProvider(json)
                       : QFileDialog::getSaveFileName(this, tr("Export Event Log"),
                                                      json ? QStringLiteral("events.json") : QStringLiteral("events.csv"),
                                                      json ? tr("JSON (*.json)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = exportTo(path, json);
    if (error.isEmpty())
        emit exported(path);
    else
        emit exportFailed(error);
}

void EventLogView::setLog(EventLog *log)
{
    EventLogModel *old = m_model;
    m_model = log ? new EventLogModel(*log, this) : nullptr;
    m_filter->setSourceModel(m_model);
    delete old;
}

} // namespace ucmc
