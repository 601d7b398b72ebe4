#pragma once

#include "fleetoptions.h"
#include "serverconfig.h"
#include "simulatedmediaserver.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QThread>
#include <functional>
#include <memory>
#include <type_traits>
#include <utility>
#include <vector>

namespace kmssim {

// Many simulated servers in one process, and the control commands that steer them at run time
// (the same commands arrive on stdin and on the control port; see README.md).
//
// With threads > 0 the servers are spread over that many worker threads, each with its own
// event loop: every wake-up of an event loop polls all of its sockets, so a thousand servers in
// one loop would spend most of their time in poll(). A server then lives in its worker thread;
// call it through invoke(), not directly.
class SimulatorFleet : public QObject
{
    Q_OBJECT

public:
    explicit SimulatorFleet(const QList<ServerConfig> &configs, int threads = 0, QObject *parent = nullptr);
    ~SimulatorFleet() override;

    static std::unique_ptr<SimulatorFleet> fromOptions(const FleetOptions &options, QString *error);

    bool start(QString *error = nullptr); // all or nothing
    void stop();

    int size() const { return int(m_servers.size()); }
    int threadCount() const { return int(m_threads.size()); }
    SimulatedMediaServer *server(int index) const;

    // Runs function(server) in the server's thread and waits for it.
    template<typename Function>
    auto invoke(int index, Function function) -> decltype(function(std::declval<SimulatedMediaServer &>()))
    {
        using Result = decltype(function(std::declval<SimulatedMediaServer &>()));
        SimulatedMediaServer &s = *server(index);
        if constexpr (std::is_void_v<Result>) {
            runIn(index, [&] { function(s); });
        } else {
            Result result{};
            runIn(index, [&] { result = function(s); });
            return result;
        }
    }

    // "listening <index> <url>" per listener, the machine-readable start-up lines.
    QStringList listeningLines() const;

    // Runs one control command; the reply's last line is "ok" or "error <reason>".
    QStringList execute(const QString &command);

signals:
    void quitRequested();

private:
    QList<int> targets(const QString &which, QString *error) const;
    void runIn(int index, const std::function<void()> &function);
    QString statusLine(int index);

    std::vector<std::unique_ptr<QThread>> m_threads;
    std::vector<QObject *> m_contexts;             // one per thread, living in it, to post work to
    std::vector<SimulatedMediaServer *> m_servers; // deleted in their own threads
};

} // namespace kmssim
