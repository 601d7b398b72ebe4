#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;

namespace ucmc {

class FleetFilter;
class FleetModel;
class FleetMonitor;

// The Fleet tab: a tile per watched site, the worst first, with a search field and a filter
// (all / needs attention). Enter, a double-click or a tile's "Open" asks to open the site
// (openRequested). Without watched sites it says how to watch one.
class FleetView : public QWidget
{
    Q_OBJECT
public:
    explicit FleetView(FleetMonitor *fleet, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *filterBox() const { return m_filter; }
    QLabel *emptyLabel() const { return m_empty; }
    FleetModel *model() const { return m_model; }
    // The ids of the tiles shown, in their order.
    QStringList shownSiteIds() const;
    QString currentSiteId() const;
    void setCurrentSiteId(const QString &siteId);
    // Whether the empty state (no watched site, or none matching) is shown instead of tiles.
    bool isShowingEmptyState() const;
    void retranslate();

signals:
    void openRequested(const QString &siteId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateEmptyState();

    FleetModel *m_model;
    FleetFilter *m_shown;
    QLineEdit *m_search;
    QComboBox *m_filter;
    QLabel *m_count;
    QStackedWidget *m_pages;
    QListView *m_list;
    QLabel *m_empty;
    QString m_keptSelection; // the selected site across a reset of the model
};

} // namespace ucmc
