#include "ui/displayclock.h"

#include <QEvent>
#include <QWidget>

namespace ucmc {

DisplayClock::DisplayClock(QWidget *window, std::function<void()> tick)
    : QObject(window)
    , m_window(window)
    , m_tick(std::move(tick))
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, [this] { m_tick(); });
    window->installEventFilter(this);
    update();
}

bool DisplayClock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window
        && (event->type() == QEvent::Show || event->type() == QEvent::Hide
            || event->type() == QEvent::WindowStateChange))
        update();
    return QObject::eventFilter(watched, event);
}

void DisplayClock::update()
{
    const bool seen = m_window->isVisible() && !m_window->isMinimized();
    if (seen == m_timer.isActive())
        return;
    if (seen) {
        m_timer.start();
        m_tick();
    } else {
        m_timer.stop();
    }
}

} // namespace ucmc
