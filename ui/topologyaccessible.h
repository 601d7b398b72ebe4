#pragma once

#include <QAccessibleWidget>
#include <QHash>

namespace ucmc {

class TopologyView;

// The overview as assistive technology sees it: a list whose items are the cards, the UCServer
// host first, then one per media server in list order, each named by its address and state.
// The cards are painted, not widgets, so without this a screen reader finds one blank picture.
class TopologyAccessible : public QAccessibleWidget
{
public:
    explicit TopologyAccessible(TopologyView *view);
    ~TopologyAccessible() override;

    // Installs the factory that gives every TopologyView this interface (once per process).
    static void install();
    // The accessible child of a media server's card (the host card is child 0).
    static int childIndexOfRow(int row) { return row + 1; }

    TopologyView *view() const;
    QString text(QAccessible::Text t) const override;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

private:
    // One interface per child index, created when first asked for and registered with
    // QAccessible (which hands out its id); they read the view live, so they never go stale.
    mutable QHash<int, QAccessible::Id> m_children;
};

} // namespace ucmc
