#pragma once

#include <QObject>
#include <QPointer>
#include <QWidget>

#include <functional>

namespace ucmc {

// Runs `apply` again when the palette around a widget turns from light to dark or back (the desktop
// switched themes, or a parent was given another palette), for colours computed once from it:
// style sheets and item colours. Lives as long as the widget.
class PaletteFollower : public QObject
{
    Q_OBJECT
public:
    // Calls `apply` on every such change from now on (not now: the caller has just set its colours).
    static void follow(QWidget *widget, std::function<void()> apply);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    PaletteFollower(QWidget *widget, std::function<void()> apply);
    void check();

    QPointer<QWidget> m_surrounding; // the widget, or its parent when it is not a window
    std::function<void()> m_apply;
    bool m_dark;
    bool m_pending = false;
};

} // namespace ucmc
