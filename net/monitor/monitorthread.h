#pragma once

#include <QThread>

#include <memory>

namespace ucmc {

class ProbeScheduler;

// The one thread all monitors of the process probe in, with its one ProbeScheduler: a fleet of
// two hundred watched sites wakes one thread on one timer, not two hundred. Shared by every
// MediaServerMonitor alive; it starts with the first and stops after the last is gone.
class MonitorThread
{
public:
    // The running thread, started now if no monitor holds it. Call from the GUI (main) thread.
    static std::shared_ptr<MonitorThread> shared();
    ~MonitorThread();

    QThread *thread() { return &m_thread; }
    // Lives in thread(); use it only there.
    ProbeScheduler *scheduler() const { return m_scheduler; }

    MonitorThread(const MonitorThread &) = delete;
    MonitorThread &operator=(const MonitorThread &) = delete;

private:
    MonitorThread();

    QThread m_thread;
    ProbeScheduler *m_scheduler = nullptr;
};

} // namespace ucmc
