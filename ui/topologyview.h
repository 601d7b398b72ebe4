#pragma once

#include "models/hosthealth.h"

#include <QRect>
#include <QWidget>

#include <vector>

namespace ucmc {

class ServerTableModel;

// The overview: the UCServer/WebServer host with every media server linked to it, coloured by
// live status, numbered in round-robin order (the picture of the knowledge-base article, alive).
class TopologyView : public QWidget
{
    Q_OBJECT
public:
    explicit TopologyView(ServerTableModel *model, QWidget *parent = nullptr);
    // The servers of the site now open.
    void setModel(ServerTableModel *model);

    ServerTableModel *model() const { return m_model; }
    void setHostHealth(const HostHealth &health);
    // Without states (an export of the configuration alone): nothing reads "checking…", the
    // badges number the list order, every card is grey.
    void setConfigurationOnly(bool on);
    bool isConfigurationOnly() const { return m_configurationOnly; }
    // Shown instead of the media servers when the list cannot be read.
    void setPlaceholderText(const QString &text);

    // Layout, exposed for tests: the rectangle of the host card and of each server's card.
    QRect hostCardRect() const { return m_hostRect; }
    QList<QRect> serverCardRects() const { return m_cardRects; }
    // The host card's port lines as drawn (before eliding): UCServer TCP, WebServer HTTP, HTTPS.
    QStringList hostCardLines() const;
    const HostHealth &hostHealth() const { return m_host; }
    int rowAt(const QPoint &pos) const;
    // The line of a card (of serverCardRects()) with state, version and round trip: what a new
    // round trip repaints.
    static QRect detailRect(const QRect &card);
    // Where a card dropped at `pos` would end up (a final index as for QList::move), -1 if nowhere.
    int dropIndexAt(const QPoint &pos, int draggedRow) const;
    // Editing: context menu, drag to reorder. Off while the JSON text is invalid.
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    // The card the keyboard acts on: the selected server (the page keeps both in step), -1 for none.
    int currentRow() const { return m_currentRow; }
    void setCurrentRow(int row);

    // What assistive technology reads for a server's card (TopologyAccessible): the address and
    // state as the name, the card's second line and its place in the call order as description.
    QString cardAccessibleName(int row) const;
    QString cardAccessibleDescription(int row) const;

    // Paints the overview as the widget shows it (without a drag in progress) onto any painter:
    // the widget's own paint, an image, an SVG or a PDF. `exposed` limits the cards painted.
    void paintTo(QPainter &p, const QRect &exposed) const;
    // Lays the overview out as an export (not shown): `width` wide, the cards in `columns`
    // columns where they fit. Returns the height it needs.
    int layOutFor(int width, int columns);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void serverActivated(int row);
    void addRequested();
    void removeRequested(int row);
    void moveRequested(int from, int to);
    void encryptionRequested(int row, bool encrypted);
    void maintenanceRequested(int row, bool on);
    // Enter or a double click on a card: show the server's properties.
    void propertiesRequested(int row);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void relayout();
    int hostCardWidth() const;
    int cardWidth() const;
    void paintHost(QPainter &p) const;
    void paintServer(QPainter &p, int row, const QRect &rect, int callOrder, const QString &commonVersion) const;
    void paintDetail(QPainter &p, int row, const QRect &card, const QString &commonVersion) const;
    std::vector<int> detailRowsOnly(const QRegion &region) const;
    // The number on each server's badge, in one pass: its place in the order new calls are handed
    // out, counting only servers that are up; 0 for a server that gets no calls now.
    std::vector<int> callOrders() const;
    // The second line of a server's card ("Up · 7.3.0 · 0.4 ms", or the reason), as drawn.
    QString cardDetail(int row, const QString &commonVersion, bool *versionDiffers = nullptr) const;
    // Repaints only what the overview draws and only where it changed: a state, reason or
    // version repaints the view (call orders and links may move); a round trip only the cards
    // whose text changed; the time in state, counters and metrics (the table's) nothing.
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    enum class Protocol { Tcp, Http, Https };
    QString hostLine(const QString &service, const PortHealth &port, Protocol protocol) const;
    // The card an arrow, Home or End key leads to from the current one (column-major layout).
    int rowForKey(int key) const;
    // Whether the view acts on this key itself (before the window's shortcuts, e.g. Delete).
    bool handlesKey(const QKeyEvent &event) const;
    void notifyAccessibleFocus();

    ServerTableModel *m_model = nullptr;
    HostHealth m_host;
    QString m_placeholder;
    QRect m_hostRect;
    QList<QRect> m_cardRects;
    mutable std::vector<QString> m_shownDetail; // per card, the detail last painted
    int m_trunkY = 0;
    int m_columns = 1;
    bool m_editable = false;
    bool m_configurationOnly = false;
    int m_pressedRow = -1;
    int m_currentRow = -1;
    QPoint m_pressPos;
    bool m_dragging = false;
    int m_dropIndex = -1;
};

} // namespace ucmc
