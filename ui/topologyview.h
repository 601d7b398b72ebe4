#pragma once

#include "models/hosthealth.h"

#include <QRect>
#include <QWidget>

namespace ucmc {

class ServerTableModel;

// The overview: the UCServer/WebServer host with every media server linked to it, coloured by
// live status, numbered in round-robin order (the picture of the knowledge-base article, alive).
class TopologyView : public QWidget
{
    Q_OBJECT
public:
    explicit TopologyView(ServerTableModel *model, QWidget *parent = nullptr);

    void setHostHealth(const HostHealth &health);
    // Shown instead of the media servers when the list cannot be read.
    void setPlaceholderText(const QString &text);

    // Layout, exposed for tests: the rectangle of the host card and of each server's card.
    QRect hostCardRect() const { return m_hostRect; }
    QList<QRect> serverCardRects() const { return m_cardRects; }
    int rowAt(const QPoint &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void serverActivated(int row);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void relayout();
    void paintHost(QPainter &p) const;
    void paintServer(QPainter &p, int row, const QRect &rect, const QString &commonVersion) const;
    QString hostLine(const QString &service, const PortHealth &port, bool http) const;

    ServerTableModel *m_model;
    HostHealth m_host;
    QString m_placeholder;
    QRect m_hostRect;
    QList<QRect> m_cardRects;
    int m_trunkY = 0;
    int m_columns = 1;
};

} // namespace ucmc
