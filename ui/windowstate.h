#pragma once

#include <QObject>

class QMainWindow;
class QSettings;

namespace ucmc {

// Remembers how the administrator left the window: its geometry and maximised state, the docks
// and toolbars, every named splitter, the current tab of every named tab widget, and the sort
// order, column widths, order and hidden columns of every named table. Restored when the window
// is built, saved when it closes.
class WindowState : public QObject
{
    Q_OBJECT
public:
    WindowState(QMainWindow *window, QSettings &settings);

    // Before the window is shown. Tables whose model has no columns yet are restored by
    // restoreTables() once it has.
    void restore();
    void restoreTables();
    void save();

private:
    QMainWindow *m_window;
    QSettings &m_settings;
};

} // namespace ucmc
