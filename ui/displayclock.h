#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class QWidget;

namespace ucmc {

// The once-a-second tick for what only matters while it can be seen (statistics, time in
// state): it runs while the window is shown and not minimised. Minimised or hidden (to the tray)
// nothing ticks, so the statistics of every ping stay in the model unsignalled and nothing
// repaints; shown again, one tick at once brings everything up to date.
class DisplayClock : public QObject
{
    Q_OBJECT
public:
    DisplayClock(QWidget *window, std::function<void()> tick);
    bool isRunning() const { return m_timer.isActive(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();

    QWidget *m_window;
    std::function<void()> m_tick;
    QTimer m_timer;
};

} // namespace ucmc
