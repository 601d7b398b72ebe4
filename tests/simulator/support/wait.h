#pragma once

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>
#include <functional>

namespace simtest {

// Runs the event loop until predicate() holds or the time is up. QTest::qWaitFor sleeps in 10 ms
// steps, which makes thousands of round trips slow; this checks every millisecond instead.
inline bool waitFor(const std::function<bool()> &predicate, int timeoutMs)
{
    if (predicate())
        return true;
    QDeadlineTimer deadline(timeoutMs);
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (predicate() || deadline.hasExpired())
            loop.quit();
    });
    poll.start();
    loop.exec();
    return predicate();
}

} // namespace simtest
