#pragma once

#include <QMenu>

#include <functional>

class QMainWindow;

namespace ucmc {

class AlertCenter;
class FleetController;
class ServerTableModel;

// The tray icon's menu: show or hide the window, the worst problems of the open site (a click
// shows that server in the window), the watched sites that need attention, worst first (a click
// opens that site's dashboard), pause the desktop notifications for an hour, quit. Built anew
// each time it opens, so it says how things are now. A click on the tray icon shows the window.
class TrayMenu : public QMenu
{
    Q_OBJECT
public:
    static constexpr int kMaxProblems = 5;

    TrayMenu(QMainWindow *window, AlertCenter *alerts, std::function<const ServerTableModel *()> servers,
             std::function<void(int entry)> showEntry);

    // The fleet whose sites the menu lists (none: the open site only).
    void setFleet(FleetController *fleet) { m_fleet = fleet; }

    // Fills the menu (what aboutToShow does).
    void rebuild();

private:
    void addSites();

    QMainWindow *m_window;
    AlertCenter *m_alerts;
    std::function<const ServerTableModel *()> m_servers;
    std::function<void(int entry)> m_showEntry;
    FleetController *m_fleet = nullptr;
};

} // namespace ucmc
