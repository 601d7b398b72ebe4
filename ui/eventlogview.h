#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ucmc {

class EventLog;
class EventLogFilterModel;
class EventLogModel;

// The event log as the administrator reads it: every state change and console action, newest
// at the top, filterable by text and severity, exportable to CSV and JSON.
class EventLogView : public QWidget
{
    Q_OBJECT
public:
    explicit EventLogView(EventLog *log = nullptr, QWidget *parent = nullptr);
    // The log of the site now open (nullptr: none); filter and sorting stay.
    void setLog(EventLog *log);

    EventLogFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_text; }
    QComboBox *severityBox() const { return m_severity; }
    // Writes what the filter shows; returns an error text, empty on success.
    QString exportTo(const QString &path, bool json) const;
    void retranslate();

    // Tests (and a future native dialog) choose the export path here.
    void setExportPathProvider(std::function<QString(bool json)> provider) { m_pathProvider = std::move(provider); }

signals:
    void exported(const QString &path);
    void exportFailed(const QString &message);

private:
    void chooseAndExport(bool json);

    EventLogModel *m_model = nullptr;
    EventLogFilterModel *m_filter;
    QLineEdit *m_text;
    QComboBox *m_severity;
    QPushButton *m_csv;
    QPushButton *m_json;
    QTableView *m_table;
    std::function<QString(bool)> m_pathProvider;
};

} // namespace ucmc
