#include "net/monitor/monitorthread.h"

#include "net/monitor/probescheduler.h"

#include <QMutex>
#include <QMutexLocker>

namespace ucmc {

std::shared_ptr<MonitorThread> MonitorThread::shared()
{
    static QMutex mutex;
    static std::weak_ptr<MonitorThread> current;
    const QMutexLocker lock(&mutex);
    std::shared_ptr<MonitorThread> thread = current.lock();
    if (!thread) {
        thread.reset(new MonitorThread);
        current = thread;
    }
    return thread;
}

MonitorThread::MonitorThread()
{
    m_thread.setObjectName(QStringLiteral("ucmc-monitor"));
    m_scheduler = new ProbeScheduler;
    m_scheduler->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_scheduler, [] { ProbeScheduler::watchWakeUps(); });
}

MonitorThread::~MonitorThread()
{
    // The scheduler's timer belongs to the thread: delete it there, then stop the thread.
    QMetaObject::invokeMethod(m_scheduler, [s = m_scheduler] { delete s; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace ucmc
