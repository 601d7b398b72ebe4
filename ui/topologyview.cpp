#include "ui/topologyview.h"

#include "models/fleetsummary.h"
#include "models/servertablemodel.h"
#include "ui/statuspalette.h"
#include "ui/topologyaccessible.h"

#include <QAccessible>
#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QToolTip>

namespace ucmc {

namespace {
constexpr int kMargin = 16;
constexpr int kHostWidth = 360;
constexpr int kHostHeight = 124; // title, subtitle, one line per port (3 x 20), margins
constexpr int kCardWidth = 270; // at least; wider when a language's longest detail needs it
constexpr int kCardHeight = 58;
constexpr int kColumnGap = 34;
constexpr int kRowGap = 10;
constexpr int kBusOffset = 16; // the vertical line of a column runs this far left of its cards
constexpr int kTrunkGap = 28;  // between the host card and the horizontal trunk

void drawLock(QPainter &p, const QPointF &at, const QColor &color)
{
    // A small padlock: body and shackle, drawn so it needs no icon font.
    p.save();
    p.setPen(QPen(color, 1.4));
    p.setBrush(Qt::NoBrush);
    p.drawArc(QRectF(at.x() + 1.5, at.y(), 6, 7), 0, 180 * 16);
    p.setBrush(color);
    p.drawRoundedRect(QRectF(at.x(), at.y() + 4, 9, 7), 1.5, 1.5);
    p.restore();
}

// A card's title: host and port, or the URL when it has no host.
QString cardAddress(const ServerRow &server)
{
    QString address = server.host.isEmpty() ? server.url : server.host;
    if (server.port >= 0 && !server.host.isEmpty())
        address += QLatin1Char(':') + QString::number(server.port);
    return address;
}
} // namespace

TopologyView::TopologyView(ServerTableModel *model, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("topologyView"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus); // Tab into the overview, arrows between the cards
    TopologyAccessible::install();
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setModel(model);
}

void TopologyView::setModel(ServerTableModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    const auto changed = [this] {
        relayout();
        update();
    };
    connect(model, &QAbstractItemModel::modelReset, this, changed);
    connect(model, &QAbstractItemModel::rowsInserted, this, changed);
    connect(model, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(model, &QAbstractItemModel::dataChanged, this, &TopologyView::onDataChanged);
    m_host = HostHealth{};
    changed();
}

void TopologyView::setHostHealth(const HostHealth &health)
{
    m_host = health;
    if (hostCardWidth() != m_hostRect.width()) {
        // A longer line (an untrusted HTTPS certificate, a long error) widens the card.
        const QRect before = m_hostRect;
        relayout();
        update(before.united(m_hostRect).adjusted(-2, -2, 2, 2));
        return;
    }
    update(m_hostRect.adjusted(-2, -2, 2, 2));
}

int TopologyView::hostCardWidth() const
{
    // As wide as its longest port line needs (dot and padding included), at least kHostWidth, at
    // most the view's width; what still does not fit is elided, and the tooltip has it whole.
    int text = 0;
    if (!m_host.host.isEmpty()) {
        for (const QString &line : hostCardLines())
            text = qMax(text, fontMetrics().horizontalAdvance(line));
    }
    return qBound(kHostWidth, text + 28 + 16 + 2, qMax(kHostWidth, width() - 2 * kMargin));
}

int TopologyView::cardWidth() const
{
    // The longest detail an up server shows (state, version, round trip and the "differs" mark),
    // with a wide version and round trip, fits without eliding.
    const QString longest = healthStateText(HealthState::Up) + QStringLiteral(" · 10.10.10 · ")
                            + tr("%1 ms").arg(QLocale().toString(999.9, 'f', 1)) + QStringLiteral("  ")
                            + tr("(differs)");
    return qBound(kCardWidth, 46 + 8 + fontMetrics().horizontalAdvance(longest), 2 * kCardWidth);
}

void TopologyView::setConfigurationOnly(bool on)
{
    m_configurationOnly = on;
    update();
}

int TopologyView::layOutFor(int width, int columns)
{
    // Hidden, a resize does not reach resizeEvent(): lay out here, first for where the cards
    // start, then for a height that holds `columns` columns (fewer when the width has no room).
    const int n = m_model->rowCount();
    const int rows = qMax(1, (n + qMax(1, columns) - 1) / qMax(1, columns));
    resize(width, 1);
    relayout();
    const int cardsTop = m_trunkY + kTrunkGap / 2;
    resize(width, cardsTop + rows * (kCardHeight + kRowGap) - kRowGap + kMargin);
    relayout();
    return qMax(height(), minimumHeight());
}

void TopologyView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    update();
}

QSize TopologyView::sizeHint() const
{
    return {kMargin * 2 + 2 * (cardWidth() + kColumnGap) + kBusOffset, 360};
}

QSize TopologyView::minimumSizeHint() const
{
    return {kMargin * 2 + qMax(kHostWidth, cardWidth() + kBusOffset), kMargin * 2 + kHostHeight};
}

void TopologyView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void TopologyView::relayout()
{
    const int n = m_model->rowCount();
    const int card = cardWidth();
    const int hostWidth = hostCardWidth();
    m_hostRect = QRect(qMax(kMargin, (width() - hostWidth) / 2), kMargin, hostWidth, kHostHeight);
    m_trunkY = m_hostRect.bottom() + kTrunkGap;
    const int cardsTop = m_trunkY + kTrunkGap / 2;

    // As few columns as the visible height allows, as many as the width allows: a short list
    // reads top-down, a long one spreads out before it needs scrolling.
    const int usableWidth = qMax(width() - 2 * kMargin - kBusOffset, card);
    const int maxColumns = qMax(1, qMin(n, (usableWidth + kColumnGap) / (card + kColumnGap)));
    const int visibleHeight = parentWidget() ? parentWidget()->height() : height();
    const int rowsFit = qMax(1, (visibleHeight - cardsTop - kMargin + kRowGap) / (kCardHeight + kRowGap));
    int rows = 0;
    m_columns = 1;
    if (n > 0) {
        m_columns = qBound(1, (n + rowsFit - 1) / rowsFit, maxColumns);
        rows = (n + m_columns - 1) / m_columns;
        m_columns = (n + rows - 1) / rows; // balance: no nearly empty last column
    }
    const int blockWidth = m_columns * card + (m_columns - 1) * kColumnGap + kBusOffset;
    const int left = qMax(kMargin, (width() - blockWidth) / 2);

    m_cardRects.clear();
    m_shownDetail.assign(size_t(n), QString()); // all painted anew
    m_cardRects.reserve(n);
    // Column-major: the round-robin order reads down each column, then on to the next.
    for (int i = 0; i < n; ++i) {
        const int x = left + kBusOffset + (i / rows) * (card + kColumnGap);
        const int y = cardsTop + (i % rows) * (kCardHeight + kRowGap);
        m_cardRects.append(QRect(x, y, card, kCardHeight));
    }
    if (m_currentRow >= n)
        m_currentRow = -1; // the page selects again after the list changed
    const int contentHeight = n == 0 ? m_trunkY + 60 : cardsTop + rows * (kCardHeight + kRowGap);
    setMinimumHeight(contentHeight + kMargin);
}

int TopologyView::rowAt(const QPoint &pos) const
{
    for (int i = 0; i < m_cardRects.size(); ++i) {
        if (m_cardRects[i].contains(pos))
            return i;
    }
    return -1;
}

QString TopologyView::hostLine(const QString &service, const PortHealth &port, Protocol protocol) const
{
    QString state;
    switch (port.state) {
    case PortHealth::State::Unknown:
        state = m_host.host.isEmpty() || m_configurationOnly ? tr("not checked") : tr("checking…");
        break;
    case PortHealth::State::Open:
        state = !port.detail.isEmpty()           ? port.detail
                : protocol != Protocol::Tcp && port.httpStatus > 0 ? tr("answers (HTTP %1)").arg(port.httpStatus)
                                              : tr("reachable");
        break;
    case PortHealth::State::Closed:
        state = port.detail.isEmpty() ? tr("not reachable") : port.detail;
        break;
    }
    const QString scheme = protocol == Protocol::Https  ? QStringLiteral("HTTPS")
                           : protocol == Protocol::Http ? QStringLiteral("HTTP")
                                                        : QStringLiteral("TCP");
    return tr("%1 (%2 %3): %4").arg(service, scheme).arg(port.port).arg(state);
}

QStringList TopologyView::hostCardLines() const
{
    return {hostLine(tr("UCServer"), m_host.ucServer, Protocol::Tcp),
            hostLine(tr("UC WebServer"), m_host.webServer, Protocol::Http),
            hostLine(tr("UC WebServer"), m_host.webServerHttps, Protocol::Https)};
}

void TopologyView::paintHost(QPainter &p) const
{
    const QRect r = m_hostRect;
    const QPalette &colors = palette();
    p.setPen(QPen(StatusPalette::cardBorder(colors), 1));
    p.setBrush(StatusPalette::hostCard(colors));
    p.drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);

    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(font().pointSizeF() * 1.1);
    p.setFont(titleFont);
    p.setPen(palette().color(QPalette::Text));
    const QRect inner = r.adjusted(14, 10, -14, -10);
    const QString hostName = m_host.host.isEmpty() ? tr("UCServer host not set") : m_host.host;
    p.drawText(QRect(inner.left(), inner.top(), inner.width(), 22), Qt::AlignLeft | Qt::AlignVCenter,
               p.fontMetrics().elidedText(hostName, Qt::ElideMiddle, inner.width()));

    QFont small = font();
    p.setFont(small);
    p.setPen(StatusPalette::mutedText(colors));
    p.drawText(QRect(inner.left(), inner.top() + 22, inner.width(), 18), Qt::AlignLeft | Qt::AlignVCenter,
               tr("UCServer and UC WebServer"));

    const auto line = [&](int y, const QString &text, const QColor &color) {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(QPointF(inner.left() + 5, y + 9), 5, 5);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(inner.left() + 16, y, inner.width() - 16, 18), Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(text, Qt::ElideRight, inner.width() - 16));
    };
    if (m_host.host.isEmpty()) {
        p.setPen(StatusPalette::mutedText(colors));
        p.drawText(QRect(inner.left(), inner.top() + 44, inner.width(), 36), Qt::AlignLeft | Qt::TextWordWrap,
                   tr("Open the file through its share (\\\\host\\…) or set the host in the site settings."));
        return;
    }
    const QStringList lines = hostCardLines();
    const PortHealth *ports[] = {&m_host.ucServer, &m_host.webServer, &m_host.webServerHttps};
    for (int i = 0; i < 3; ++i) // 20 px apiece below the title and subtitle; kHostHeight leaves room
        line(inner.top() + 44 + 20 * i, lines[i], StatusPalette::forPort(*ports[i], colors));
}

void TopologyView::paintServer(QPainter &p, int row, const QRect &r, int callOrder, const QString &commonVersion) const
{
    const ServerRow &server = m_model->rows().at(row);
    const ServerHealth &health = m_model->health(server.url);
    const HealthState state = server.problem.isEmpty() ? health.state : HealthState::NotMonitored;
    const QPalette &colors = palette();
    const QColor color = StatusPalette::forState(state, colors);
    const QColor muted = StatusPalette::mutedText(colors);

    QPainterPath card;
    card.addRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    p.setPen(QPen(StatusPalette::cardBorder(colors), 1));
    p.setBrush(palette().color(QPalette::Base));
    p.drawPath(card);
    // Status stripe on the left edge, clipped to the rounded card.
    p.save();
    p.setClipPath(card);
    p.fillRect(QRect(r.left(), r.top(), 5, r.height()), color);
    p.restore();

    // Round-robin badge: the place in the order new calls are handed out; down servers are skipped
    // and get a hollow badge.
    const QRectF badge(r.left() + 13, r.center().y() - 12, 24, 24);
    QFont badgeFont = font();
    badgeFont.setBold(true);
    p.setFont(badgeFont);
    if (callOrder > 0) {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(badge);
        p.setPen(StatusPalette::badgeText(color));
        p.drawText(badge, Qt::AlignCenter, QString::number(callOrder));
    } else {
        p.setPen(QPen(color, 2));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(badge.adjusted(1, 1, -1, -1));
        p.drawText(badge, Qt::AlignCenter, QStringLiteral("–"));
    }

    const int textLeft = r.left() + 46;
    const int textWidth = r.right() - textLeft - 8;
    QFont titleFont = font();
    titleFont.setBold(true);
    p.setFont(titleFont);
    p.setPen(palette().color(QPalette::Text));
    const QString address = cardAddress(server);
    const bool secure = server.scheme == QLatin1String("wss");
    const int lockSpace = secure ? 16 : 0;
    const QString title = p.fontMetrics().elidedText(address, Qt::ElideMiddle, textWidth - lockSpace);
    p.drawText(QRect(textLeft, r.top() + 8, textWidth, 20), Qt::AlignLeft | Qt::AlignVCenter, title);
    if (secure)
        drawLock(p, QPointF(textLeft + p.fontMetrics().horizontalAdvance(title) + 6, r.top() + 11), muted);

    paintDetail(p, row, r, commonVersion);
}

QRect TopologyView::detailRect(const QRect &card)
{
    const int textLeft = card.left() + 46;
    return QRect(textLeft, card.top() + 30, card.right() - textLeft - 8, 20);
}

void TopologyView::paintDetail(QPainter &p, int row, const QRect &card, const QString &commonVersion) const
{
    const QRect r = detailRect(card);
    p.setFont(font());
    bool versionDiffers = false;
    QString detail = cardDetail(row, commonVersion, &versionDiffers);
    if (size_t(row) < m_shownDetail.size())
        m_shownDetail[size_t(row)] = detail;
    p.setPen(versionDiffers ? StatusPalette::warningText(palette()) : StatusPalette::mutedText(palette()));
    p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, p.fontMetrics().elidedText(detail, Qt::ElideRight, r.width()));
}

QString TopologyView::cardDetail(int row, const QString &commonVersion, bool *versionDiffersOut) const
{
    const ServerRow &server = m_model->rows().at(row);
    const ServerHealth &health = m_model->health(server.url);
    const HealthState state = server.problem.isEmpty() ? health.state : HealthState::NotMonitored;
    QString detail;
    bool versionDiffers = false;
    if (!server.problem.isEmpty()) {
        detail = server.problem;
    } else if (m_configurationOnly) {
        detail = server.scheme == QLatin1String("wss") ? tr("Encrypted (wss), not checked") : tr("Not checked");
    } else if (state == HealthState::Up) {
        QStringList parts{healthStateText(state)};
        if (!health.version.isEmpty()) {
            parts << health.version;
            versionDiffers = !commonVersion.isEmpty() && health.version != commonVersion;
        }
        if (health.rttMs >= 0)
            parts << tr("%1 ms").arg(QLocale().toString(health.rttMs, 'f', 1));
        detail = parts.join(QStringLiteral(" · "));
    } else {
        const QString reason = healthReasonText(health);
        const QString label = healthStateLabel(health);
        detail = reason.isEmpty() ? label : label + QStringLiteral(" · ") + reason;
    }
    if (versionDiffers)
        detail += QStringLiteral("  ") + tr("(differs)");
    if (versionDiffersOut)
        *versionDiffersOut = versionDiffers;
    return detail;
}

void TopologyView::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    const auto covers = [&](int column) { return topLeft.column() <= column && column <= bottomRight.column(); };
    if (covers(ServerTableModel::Status) || covers(ServerTableModel::Reason) || covers(ServerTableModel::Version)) {
        update();
        for (int row = topLeft.row(); QAccessible::isActive() && row <= bottomRight.row(); ++row) {
            QAccessibleEvent renamed(this, QAccessible::NameChanged); // a screen reader re-reads the card
            renamed.setChild(TopologyAccessible::childIndexOfRow(row));
            QAccessible::updateAccessibility(&renamed);
        }
        return;
    }
    if (!covers(ServerTableModel::RoundTrip) || !isVisible())
        return; // hidden: painted from scratch when shown
    // A new round trip changes one line of a card: only that line of the cards that can be seen is
    // repainted (paintEvent() draws just those lines then). At rest this is most of what the
    // overview paints, once a second.
    const QRect visible = visibleRegion().boundingRect();
    const QString commonVersion = m_model->summary().commonVersion();
    QRegion dirty;
    for (int row = topLeft.row(); row <= bottomRight.row() && row < m_cardRects.size(); ++row) {
        if (!m_cardRects[row].intersects(visible))
            continue;
        if (size_t(row) >= m_shownDetail.size() || cardDetail(row, commonVersion) != m_shownDetail[size_t(row)])
            dirty += detailRect(m_cardRects[row]);
    }
    if (!dirty.isEmpty())
        update(dirty);
}

std::vector<int> TopologyView::detailRowsOnly(const QRegion &region) const
{
    // The rows whose detail line holds each rectangle of the region; empty when any rectangle is
    // more than a detail line (then the cards are painted whole).
    std::vector<int> rows;
    if (m_dragging)
        return rows;
    for (const QRect &r : region) {
        const int row = rowAt(r.topLeft());
        if (row < 0 || !detailRect(m_cardRects[row]).contains(r))
            return {};
        rows.push_back(row);
    }
    return rows;
}

void TopologyView::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const std::vector<int> detailRows = detailRowsOnly(event->region());
    if (!detailRows.empty()) {
        const QString commonVersion = m_model->summary().commonVersion();
        for (int row : detailRows) // on the view's own background, which is the cards' (Base)
            paintDetail(p, row, m_cardRects[row], commonVersion);
    } else {
        // Only what is exposed (in a scroll area, a few dozen of a thousand cards).
        paintTo(p, event->rect());
    }

    const int n = int(m_cardRects.size());
    if (m_dragging && m_pressedRow >= 0 && m_pressedRow < n) {
        // The dragged card is dimmed; a bar shows where it would go.
        p.fillRect(m_cardRects[m_pressedRow], StatusPalette::dimmed(palette()));
        if (m_dropIndex >= 0 && m_dropIndex != m_pressedRow) {
            const QRect &target = m_cardRects[m_dropIndex];
            const int y = m_dropIndex > m_pressedRow ? target.bottom() + kRowGap / 2 : target.top() - kRowGap / 2;
            p.setPen(QPen(palette().color(QPalette::Highlight), 3));
            p.drawLine(target.left(), y, target.right(), y);
        }
    }
    if (m_currentRow >= 0 && m_currentRow < n) {
        // The selected card, in the selection colour; bolder while the keyboard is here. Not part
        // of paintTo(): an export shows no selection.
        p.setPen(QPen(palette().color(QPalette::Highlight), hasFocus() ? 2.5 : 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(m_cardRects[m_currentRow]).adjusted(-2.5, -2.5, 2.5, 2.5), 8, 8);
    } else if (hasFocus()) {
        // Focused before a card is chosen (the window's first control): the visible part is framed.
        p.setPen(QPen(palette().color(QPalette::Highlight), 1.5, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(visibleRegion().boundingRect()).adjusted(1, 1, -1, -1));
    }
}

void TopologyView::paintTo(QPainter &p, const QRect &exposed) const
{
    const int n = int(m_cardRects.size());
    const QString commonVersion = m_model->summary().commonVersion();

    // Links first, so cards sit on top of them: host -> trunk -> one bus per column -> cards.
    const QColor link = StatusPalette::link(palette());
    if (n > 0) {
        p.setPen(QPen(link, 2));
        const int hostX = m_hostRect.center().x();
        p.drawLine(hostX, m_hostRect.bottom(), hostX, m_trunkY);
        const int firstBus = m_cardRects.first().left() - kBusOffset;
        const int lastBus = m_cardRects.last().left() - kBusOffset;
        p.drawLine(qMin(firstBus, hostX), m_trunkY, qMax(lastBus, hostX), m_trunkY);
        for (int i = 0; i < n; ++i) {
            const QRect &r = m_cardRects[i];
            const int bus = r.left() - kBusOffset;
            const bool lastInColumn = i + 1 == n || m_cardRects[i + 1].left() != r.left();
            if (lastInColumn) {
                p.setPen(QPen(link, 2));
                p.drawLine(bus, m_trunkY, bus, r.center().y());
            }
            if (r.center().y() < exposed.top() - 2 || r.center().y() > exposed.bottom() + 2)
                continue;
            const ServerRow &server = m_model->rows().at(i);
            const HealthState state =
                server.problem.isEmpty() ? m_model->health(server.url).state : HealthState::NotMonitored;
            QPen branch(StatusPalette::forState(state, palette()), 2.5);
            if (state != HealthState::Up && !m_configurationOnly)
                branch.setStyle(Qt::DashLine);
            p.setPen(branch);
            p.drawLine(bus, r.center().y(), r.left(), r.center().y());
        }
    }

    if (m_hostRect.intersects(exposed))
        paintHost(p);
    const std::vector<int> orders = callOrders();
    for (int i = 0; i < n; ++i) {
        if (m_cardRects[i].intersects(exposed))
            paintServer(p, i, m_cardRects[i], orders[size_t(i)], commonVersion);
    }

    if (n == 0) {
        p.setPen(StatusPalette::mutedText(palette()));
        const QString text = m_placeholder.isEmpty() ? tr("No media servers listed.") : m_placeholder;
        p.drawText(QRect(kMargin, m_trunkY, width() - 2 * kMargin, 48), Qt::AlignCenter | Qt::TextWordWrap, text);
    }
}

bool TopologyView::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && handlesKey(*static_cast<QKeyEvent *>(event))) {
        event->accept(); // Delete removes the card's server here, not the window's selection
        return true;
    }
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row >= 0) {
            const ServerRow &server = m_model->rows().at(row);
            const ServerHealth &health = m_model->health(server.url);
            QString text = QStringLiteral("<b>%1</b><br>%2").arg(server.url.toHtmlEscaped(),
                                                                  healthStateText(health.state).toHtmlEscaped());
            const QString reason = server.problem.isEmpty() ? healthReasonText(health) : server.problem;
            if (!reason.isEmpty())
                text += QStringLiteral("<br>") + reason.toHtmlEscaped();
            const QString hint = server.problem.isEmpty() ? healthReasonHint(health) : QString();
            if (!hint.isEmpty())
                text += QStringLiteral("<br><i>%1</i>").arg(hint.toHtmlEscaped());
            QToolTip::showText(help->globalPos(), text, this, m_cardRects[row]);
        } else if (m_hostRect.contains(help->pos()) && !m_host.host.isEmpty()) {
            // The card elides long lines (an untrusted HTTPS certificate, a long error): all of it here.
            const QStringList lines = hostCardLines();
            QString text = QStringLiteral("<b>%1</b>").arg(m_host.host.toHtmlEscaped());
            for (const QString &line : lines)
                text += QStringLiteral("<br>") + line.toHtmlEscaped();
            QToolTip::showText(help->globalPos(), text, this, m_hostRect);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

std::vector<int> TopologyView::callOrders() const
{
    std::vector<int> orders(size_t(m_model->rowCount()), 0);
    int order = 0;
    for (int i = 0; i < int(orders.size()); ++i) {
        const ServerRow &server = m_model->rows().at(i);
        const HealthState state = m_model->health(server.url).state;
        // Servers the UCServer still hands calls to: up, and those not yet declared down (without
        // states: the order of the list, every usable entry).
        if (server.problem.isEmpty()
            && (m_configurationOnly || state == HealthState::Up || state == HealthState::GoingDown))
            orders[size_t(i)] = ++order;
    }
    return orders;
}

void TopologyView::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    m_editable = editable;
    m_dragging = false;
    m_pressedRow = -1;
    update();
}

int TopologyView::dropIndexAt(const QPoint &pos, int draggedRow) const
{
    if (m_cardRects.isEmpty() || draggedRow < 0)
        return -1;
    // The nearest card; above its middle means "before it", below means "after it".
    int nearest = 0;
    qint64 best = std::numeric_limits<qint64>::max();
    for (int i = 0; i < m_cardRects.size(); ++i) {
        const QPoint d = m_cardRects[i].center() - pos;
        const qint64 distance = qint64(d.x()) * d.x() + qint64(d.y()) * d.y();
        if (distance < best) {
            best = distance;
            nearest = i;
        }
    }
    const int insertion = pos.y() < m_cardRects[nearest].center().y() ? nearest : nearest + 1;
    return insertion > draggedRow ? insertion - 1 : insertion;
}

void TopologyView::mousePressEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    if (row >= 0 && event->button() == Qt::LeftButton) {
        m_pressedRow = row;
        m_pressPos = event->position().toPoint();
        emit serverActivated(row);
    }
    QWidget::mousePressEvent(event);
}

void TopologyView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_editable || m_pressedRow < 0 || !(event->buttons() & Qt::LeftButton))
        return QWidget::mouseMoveEvent(event);
    const QPoint pos = event->position().toPoint();
    if (!m_dragging && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging) {
        m_dropIndex = dropIndexAt(pos, m_pressedRow);
        update();
    }
}

void TopologyView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging) {
        const int from = m_pressedRow;
        const int to = dropIndexAt(event->position().toPoint(), from);
        m_dragging = false;
        unsetCursor();
        update();
        if (to >= 0 && to != from)
            emit moveRequested(from, to);
    }
    m_pressedRow = -1;
    QWidget::mouseReleaseEvent(event);
}

void TopologyView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    const int row = rowAt(event->pos());
    if (row >= 0) {
        const ServerRow &server = m_model->rows().at(row);
        const bool inMaintenance = m_model->health(server.url).state == HealthState::Maintenance;
        QAction *maintenance = menu.addAction(tr("Maintenance (expected down, no alerts)"), this,
                                              [this, row, inMaintenance] { emit maintenanceRequested(row, !inMaintenance); });
        maintenance->setCheckable(true);
        maintenance->setChecked(inMaintenance);
        maintenance->setEnabled(server.problem.isEmpty());
        menu.addSeparator();
    }
    if (!m_editable) {
        if (row >= 0)
            menu.exec(event->globalPos());
        return;
    }
    if (row >= 0) {
        const ServerRow &server = m_model->rows().at(row);
        const bool secure = server.scheme == QLatin1String("wss");
        QAction *encryption = menu.addAction(secure ? tr("Switch to ws (unencrypted)") : tr("Switch to wss (encrypted)"),
                                             this, [this, row, secure] { emit encryptionRequested(row, !secure); });
        encryption->setEnabled(server.scheme == QLatin1String("ws") || secure);
        menu.addSeparator();
        menu.addAction(tr("Move Up"), this, [this, row] { emit moveRequested(row, row - 1); })->setEnabled(row > 0);
        menu.addAction(tr("Move Down"), this, [this, row] { emit moveRequested(row, row + 1); })
            ->setEnabled(row + 1 < m_model->rowCount());
        menu.addSeparator();
        menu.addAction(tr("Remove %1").arg(server.host.isEmpty() ? server.url : server.host), this,
                       [this, row] { emit removeRequested(row); });
        menu.addSeparator();
    }
    menu.addAction(tr("Add Media Server…"), this, &TopologyView::addRequested);
    menu.exec(event->globalPos());
}

void TopologyView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    if (row >= 0 && event->button() == Qt::LeftButton)
        emit propertiesRequested(row);
    QWidget::mouseDoubleClickEvent(event);
}

void TopologyView::setCurrentRow(int row)
{
    if (row < 0 || row >= m_cardRects.size())
        row = -1;
    if (row == m_currentRow)
        return;
    const auto frame = [this](int r) {
        return r >= 0 && r < m_cardRects.size() ? m_cardRects[r].adjusted(-5, -5, 5, 5) : QRect();
    };
    if (row < 0 || m_currentRow < 0)
        update(); // the dashed frame of "no card" comes or goes
    update(frame(m_currentRow));
    m_currentRow = row;
    update(frame(row));
    if (row >= 0) {
        // In the page's scroll area: the card comes into sight, as a table scrolls to its row.
        QWidget *viewport = parentWidget();
        if (auto *area = viewport ? qobject_cast<QScrollArea *>(viewport->parentWidget()) : nullptr)
            area->ensureVisible(m_cardRects[row].center().x(), m_cardRects[row].center().y(),
                                m_cardRects[row].width() / 2 + kMargin, m_cardRects[row].height() / 2 + kMargin);
    }
    notifyAccessibleFocus();
}

void TopologyView::notifyAccessibleFocus()
{
    if (!hasFocus() || m_currentRow < 0)
        return;
    QAccessibleEvent focus(this, QAccessible::Focus);
    focus.setChild(TopologyAccessible::childIndexOfRow(m_currentRow));
    QAccessible::updateAccessibility(&focus);
}

QString TopologyView::cardAccessibleName(int row) const
{
    if (row < 0 || row >= m_model->rowCount())
        return {};
    const ServerRow &server = m_model->rows().at(row);
    const ServerHealth &health = m_model->health(server.url);
    QString state;
    if (!server.problem.isEmpty())
        state = healthStateText(HealthState::NotMonitored);
    else if (m_configurationOnly)
        state = tr("Not checked");
    else
        state = healthStateLabel(health);
    return cardAddress(server) + QStringLiteral(", ") + state;
}

QString TopologyView::cardAccessibleDescription(int row) const
{
    if (row < 0 || row >= m_model->rowCount())
        return {};
    const int order = callOrders()[size_t(row)];
    QStringList parts{cardDetail(row, m_model->summary().commonVersion())};
    // The badge's number and the padlock, which are only drawn.
    parts << (order > 0 ? tr("Number %1 in the order new calls are handed out").arg(order)
                        : tr("Gets no new calls now"));
    if (m_model->rows().at(row).scheme == QLatin1String("wss"))
        parts << tr("Encrypted (wss)");
    return parts.join(QStringLiteral(". "));
}

bool TopologyView::handlesKey(const QKeyEvent &event) const
{
    if (m_cardRects.isEmpty())
        return false;
    const Qt::KeyboardModifiers modifiers = event.modifiers() & ~Qt::KeypadModifier;
    const int key = event.key();
    if (modifiers == Qt::NoModifier)
        return key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up || key == Qt::Key_Down
               || key == Qt::Key_Home || key == Qt::Key_End || key == Qt::Key_Return || key == Qt::Key_Enter
               || (key == Qt::Key_Delete && m_editable && m_currentRow >= 0);
    if (modifiers == Qt::ControlModifier)
        return (key == Qt::Key_Up || key == Qt::Key_Down) && m_editable && m_currentRow >= 0;
    return false;
}

int TopologyView::rowForKey(int key) const
{
    const int n = int(m_cardRects.size());
    if (n == 0)
        return -1;
    if (m_currentRow < 0 || key == Qt::Key_Home)
        return key == Qt::Key_End ? n - 1 : 0;
    // Column-major: up and down follow the list (on into the next column), left and right go
    // to the card beside, or the last one when the next column is shorter.
    int perColumn = 0;
    while (perColumn < n && m_cardRects[perColumn].left() == m_cardRects.first().left())
        ++perColumn;
    const int row = m_currentRow;
    switch (key) {
    case Qt::Key_Up:
        return qMax(0, row - 1);
    case Qt::Key_Down:
        return qMin(n - 1, row + 1);
    case Qt::Key_Left:
        return row - perColumn >= 0 ? row - perColumn : row;
    case Qt::Key_Right:
        if (row + perColumn < n)
            return row + perColumn;
        return row / perColumn + 1 < (n + perColumn - 1) / perColumn ? n - 1 : row;
    case Qt::Key_End:
        return n - 1;
    default:
        return row;
    }
}

void TopologyView::keyPressEvent(QKeyEvent *event)
{
    if (!handlesKey(*event))
        return QWidget::keyPressEvent(event);
    const int key = event->key();
    const int row = m_currentRow;
    if (event->modifiers() & Qt::ControlModifier) {
        // Reorders as Move Up / Move Down do: one undo step, the moved server stays selected.
        emit moveRequested(row, key == Qt::Key_Up ? row - 1 : row + 1);
    } else if (key == Qt::Key_Delete) {
        emit removeRequested(row);
    } else if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        if (row >= 0)
            emit propertiesRequested(row);
    } else {
        const int next = rowForKey(key);
        if (next != row)
            emit serverActivated(next); // the page selects it, and the selection makes it current
    }
    event->accept();
}

void TopologyView::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    // Tabbed into with nothing selected: the first card, so the keys act at once.
    if (m_currentRow < 0 && !m_cardRects.isEmpty()
        && (event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason))
        emit serverActivated(0);
    update(m_currentRow >= 0 ? m_cardRects[m_currentRow].adjusted(-5, -5, 5, 5) : rect());
    notifyAccessibleFocus();
}

void TopologyView::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update(m_currentRow >= 0 ? m_cardRects[m_currentRow].adjusted(-5, -5, 5, 5) : rect());
}

} // namespace ucmc
