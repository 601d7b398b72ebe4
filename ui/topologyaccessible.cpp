#include "ui/topologyaccessible.h"

#include "models/servertablemodel.h"
#include "ui/topologyview.h"

#include <QPointer>

namespace ucmc {

namespace {

// One card of the overview: index 0 the host, index i the media server of row i - 1. Reads the
// view each time it is asked, so a state change shows in its text at once.
class CardAccessible : public QAccessibleInterface
{
public:
    CardAccessible(TopologyView *view, int index)
        : m_view(view)
        , m_index(index)
    {}

    bool isValid() const override { return m_view && m_index <= m_view->model()->rowCount(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return parent() ? parent()->window() : nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_view); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    void setText(QAccessible::Text, const QString &) override {}
    QAccessible::Role role() const override { return QAccessible::ListItem; }

    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        const int row = m_index - 1;
        if (t == QAccessible::Name) {
            if (row >= 0)
                return m_view->cardAccessibleName(row);
            const QString host = m_view->hostHealth().host;
            return host.isEmpty() ? TopologyView::tr("UCServer host not set")
                                  : TopologyView::tr("UCServer host %1").arg(host);
        }
        if (t == QAccessible::Description)
            return row >= 0 ? m_view->cardAccessibleDescription(row)
                            : m_view->hostCardLines().join(QStringLiteral(". "));
        return {};
    }

    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect r = m_index == 0 ? m_view->hostCardRect() : m_view->serverCardRects().value(m_index - 1);
        return QRect(m_view->mapToGlobal(r.topLeft()), r.size());
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        if (!isValid())
            return s;
        s.invisible = !m_view->isVisible();
        if (m_index == 0)
            return s; // the host card is not one the keys move to
        s.focusable = true;
        s.selectable = true;
        s.selected = m_view->currentRow() == m_index - 1;
        s.focused = s.selected && m_view->hasFocus();
        return s;
    }

private:
    QPointer<TopologyView> m_view;
    int m_index;
};

QAccessibleInterface *topologyFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String(TopologyView::staticMetaObject.className()) && object &&
        object->isWidgetType())
        return new TopologyAccessible(static_cast<TopologyView *>(object));
    return nullptr;
}

} // namespace

TopologyAccessible::TopologyAccessible(TopologyView *view)
    : QAccessibleWidget(view, QAccessible::List)
{}

TopologyAccessible::~TopologyAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_children))
        QAccessible::deleteAccessibleInterface(id);
}

void TopologyAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(topologyFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

TopologyView *TopologyAccessible::view() const
{
    return static_cast<TopologyView *>(widget());
}

QString TopologyAccessible::text(QAccessible::Text t) const
{
    const QString own = QAccessibleWidget::text(t);
    if (!own.isEmpty())
        return own;
    // Named for what it is unless the window gave it another name.
    if (t == QAccessible::Name)
        return TopologyView::tr("Media server topology");
    if (t == QAccessible::Description)
        return TopologyView::tr(
            "The UCServer host and its media servers. Arrow keys choose a server, Enter shows "
            "its properties, Delete removes it, Ctrl+Up and Ctrl+Down move it in the list.");
    return {};
}

int TopologyAccessible::childCount() const
{
    return view()->model() ? 1 + view()->model()->rowCount() : 0;
}

QAccessibleInterface *TopologyAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    if (const QAccessible::Id id = m_children.value(index))
        return QAccessible::accessibleInterface(id);
    auto *card = new CardAccessible(view(), index);
    m_children.insert(index, QAccessible::registerAccessibleInterface(card));
    return card;
}

int TopologyAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    for (auto it = m_children.cbegin(); it != m_children.cend(); ++it) {
        if (QAccessible::accessibleInterface(it.value()) == child)
            return it.key();
    }
    return -1;
}

QAccessibleInterface *TopologyAccessible::childAt(int x, int y) const
{
    const QPoint local = view()->mapFromGlobal(QPoint(x, y));
    if (view()->hostCardRect().contains(local))
        return child(0);
    const int row = view()->rowAt(local);
    return row >= 0 ? child(childIndexOfRow(row)) : nullptr;
}

QAccessibleInterface *TopologyAccessible::focusChild() const
{
    const int row = view()->currentRow();
    return view()->hasFocus() && row >= 0 ? child(childIndexOfRow(row)) : nullptr;
}

} // namespace ucmc
