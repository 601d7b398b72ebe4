#pragma once

#include <QSplitter>

class QSettings;
class QSortFilterProxyModel;
class QTableView;

namespace ucmc {

class DocumentSession;
class ServerEditing;
class ServerPropertiesPanel;
class ServerTableModel;
class SiteSession;
class TopologyView;

// The Servers tab: the overview on top, the table with the selected server's properties below.
// Every edit goes through ServerEditing; the selection is one entry of the list.
class ServersPage : public QSplitter
{
    Q_OBJECT
public:
    // `settings` remembers the hidden columns; it must outlive the page.
    ServersPage(SiteSession *session, ServerEditing *editing, QSettings &settings, QWidget *parent = nullptr);

    void setSession(SiteSession *session);
    TopologyView *topologyView() const { return m_topology; }
    QTableView *serverTable() const { return m_table; }
    ServerPropertiesPanel *propertiesPanel() const { return m_panel; }

    int selectedEntry() const { return m_selectedEntry; }
    void selectEntry(int index);
    // Shows the document's state: the selected entry's properties, locked while the list cannot
    // be edited, the table greyed while the text is edited into an error.
    void showDocument(bool locked, bool editedIntoError);
    void retranslate();
    // The administrator's column widths (dragged, or restored): no longer fitted to the contents.
    void keepColumnWidths() { m_keepWidths = true; }

signals:
    void selectionChanged(int entry);
    void certificateRequested(const QString &key);
    void maintenanceRequested(const QString &key, bool on);

private:
    void buildTable();
    void fitColumns();
    void showTableMenu(const QPoint &pos);
    void showHeaderMenu(const QPoint &pos);

    ServerEditing *m_editing;
    QSettings &m_settings;
    SiteSession *m_session = nullptr;
    QSortFilterProxyModel *m_proxy;
    TopologyView *m_topology;
    QTableView *m_table;
    ServerPropertiesPanel *m_panel;
    int m_selectedEntry = -1;
    int m_statusColumnWidth = 0;
    bool m_keepWidths = false;
    bool m_fitting = false;
};

} // namespace ucmc
