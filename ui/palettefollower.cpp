#include "ui/palettefollower.h"

#include "ui/statuspalette.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace ucmc {

namespace {
// What the widget sits on: its own palette may have been recoloured by its style sheet, and a
// widget with a style sheet is not told when the application's palette changes.
QWidget *surrounding(QWidget *widget)
{
    return widget->isWindow() || !widget->parentWidget() ? widget : widget->parentWidget();
}
} // namespace

PaletteFollower::PaletteFollower(QWidget *widget, std::function<void()> apply)
    : QObject(widget)
    , m_surrounding(surrounding(widget))
    , m_apply(std::move(apply))
    , m_dark(StatusPalette::isDark(m_surrounding->palette()))
{
    m_surrounding->installEventFilter(this);
}

void PaletteFollower::follow(QWidget *widget, std::function<void()> apply)
{
    new PaletteFollower(widget, std::move(apply));
}

bool PaletteFollower::eventFilter(QObject *watched, QEvent *event)
{
    // Looked at once the event loop is back, when every widget has taken the new palette.
    if (watched == m_surrounding && !m_pending
        && (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)) {
        m_pending = true;
        QTimer::singleShot(0, this, &PaletteFollower::check);
    }
    return QObject::eventFilter(watched, event);
}

void PaletteFollower::check()
{
    m_pending = false;
    if (!m_surrounding)
        return;
    // Only a change between light and dark matters: the colours depend on nothing else.
    const bool dark = StatusPalette::isDark(m_surrounding->palette());
    if (dark != m_dark) {
        m_dark = dark;
        m_apply();
    }
}

} // namespace ucmc
