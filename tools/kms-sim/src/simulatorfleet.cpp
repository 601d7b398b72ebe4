#include "simulatorfleet.h"

#include <QRegularExpression>

namespace kmssim {

namespace {

const QString HelpText = QStringLiteral(
    "commands: status [which] | fault <which> <mode> [arg] | clear <which> | restart <which> [downtime_ms] | "
    "pipelines <which> <n> [endpoints] | unload <which> | version <which> <V> | quit; "
    "<which> = index, a-b, list a,b or all");

QString stateOf(SimulatedMediaServer &server)
{
    if (!server.isRunning())
        return QStringLiteral("stopped");
    if (server.fault().mode == FaultMode::Stall)
        return QStringLiteral("stalled");
    return server.isListening() ? QStringLiteral("up") : QStringLiteral("down");
}

} // namespace

SimulatorFleet::SimulatorFleet(const QList<ServerConfig> &configs, int threads, QObject *parent)
    : QObject(parent)
{
    for (int t = 0; t < std::min(threads, int(configs.size())); ++t) {
        auto thread = std::make_unique<QThread>();
        thread->setObjectName(QStringLiteral("kms-sim-%1").arg(t));
        auto *context = new QObject;
        context->moveToThread(thread.get());
        connect(thread.get(), &QThread::finished, context, &QObject::deleteLater);
        thread->start();
        m_contexts.push_back(context);
        m_threads.push_back(std::move(thread));
    }
    m_servers.resize(std::size_t(configs.size()), nullptr);
    for (int i = 0; i < configs.size(); ++i) // each server is made in its thread, timers and all
        runIn(i, [&] { m_servers[std::size_t(i)] = new SimulatedMediaServer(configs[i]); });
}

SimulatorFleet::~SimulatorFleet()
{
    for (int i = 0; i < size(); ++i)
        runIn(i, [&] { delete std::exchange(m_servers[std::size_t(i)], nullptr); });
    for (auto &thread : m_threads) {
        thread->quit();
        thread->wait();
    }
}

void SimulatorFleet::runIn(int index, const std::function<void()> &function)
{
    if (m_contexts.empty()) {
        function();
        return;
    }
    QObject *context = m_contexts[std::size_t(index) % m_contexts.size()];
    QMetaObject::invokeMethod(context, function, Qt::BlockingQueuedConnection);
}

std::unique_ptr<SimulatorFleet> SimulatorFleet::fromOptions(const FleetOptions &options, QString *error)
{
    const auto configs = options.serverConfigs(error);
    if (!configs)
        return nullptr;
    auto fleet = std::make_unique<SimulatorFleet>(*configs, options.effectiveThreads());
    for (const auto &[index, fault] : options.faults) {
        for (int i = 0; i < fleet->size(); ++i) {
            if (index < 0 || index == i)
                fleet->invoke(i, [f = fault](SimulatedMediaServer &s) { s.setFault(f); });
        }
    }
    for (const auto &[index, count] : options.pipelines) {
        for (int i = 0; i < fleet->size(); ++i) {
            if (index < 0 || index == i)
                fleet->invoke(i, [n = count](SimulatedMediaServer &s) { s.createPipelines(n); });
        }
    }
    return fleet;
}

bool SimulatorFleet::start(QString *error)
{
    for (int i = 0; i < size(); ++i) {
        QString reason;
        if (!invoke(i, [&](SimulatedMediaServer &s) { return s.start(&reason); })) {
            if (error)
                *error = QStringLiteral("server %1: %2").arg(i).arg(reason);
            stop();
            return false;
        }
    }
    return true;
}

void SimulatorFleet::stop()
{
    for (int i = 0; i < size(); ++i)
        invoke(i, [](SimulatedMediaServer &s) { s.stop(); });
}

SimulatedMediaServer *SimulatorFleet::server(int index) const
{
    return index >= 0 && index < size() ? m_servers[std::size_t(index)] : nullptr;
}

QStringList SimulatorFleet::listeningLines() const
{
    QStringList lines;
    for (int i = 0; i < size(); ++i) {
        // The ports are fixed once started; reading them from here is safe.
        for (const QUrl &url : m_servers[std::size_t(i)]->urls())
            lines << QStringLiteral("listening %1 %2").arg(i).arg(url.toString());
    }
    return lines;
}

QString SimulatorFleet::statusLine(int index)
{
    return invoke(index, [index](SimulatedMediaServer &s) {
        QString line = QStringLiteral("server %1 state=%2 fault=%3 connections=%4 sessions=%5 pipelines=%6 "
                                      "serverId=%7 version=%8")
                           .arg(index)
                           .arg(stateOf(s), s.fault().toString())
                           .arg(s.connectionCount())
                           .arg(s.sessionCount())
                           .arg(s.pipelineCount())
                           .arg(s.serverId(), s.version());
        for (const QUrl &url : s.urls())
            line += QStringLiteral(" url=") + url.toString();
        return line;
    });
}

QList<int> SimulatorFleet::targets(const QString &which, QString *error) const
{
    QList<int> out;
    if (which == QLatin1String("all")) {
        for (int i = 0; i < size(); ++i)
            out << i;
        return out;
    }
    static const QRegularExpression range(QStringLiteral("^(\\d+)(?:-(\\d+))?$"));
    for (const QString &part : which.split(QLatin1Char(','))) {
        const auto match = range.match(part);
        const int from = match.hasMatch() ? match.captured(1).toInt() : -1;
        const int to = match.hasMatch() && match.hasCaptured(2) ? match.captured(2).toInt() : from;
        if (from < 0 || to < from || to >= size()) {
            *error = QStringLiteral("no server '%1' (there are %2)").arg(part).arg(size());
            return {};
        }
        for (int i = from; i <= to; ++i)
            out << i;
    }
    return out;
}

QStringList SimulatorFleet::execute(const QString &command)
{
    const QStringList words = command.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {QStringLiteral("error empty command")};
    const QString &verb = words.front();
    QString error;
    const auto errorReply = [](const QString &message) {
        return QStringList{QStringLiteral("error ") + message};
    };

    if (verb == QLatin1String("help"))
        return {HelpText, QStringLiteral("ok")};
    if (verb == QLatin1String("quit")) {
        emit quitRequested();
        return {QStringLiteral("ok")};
    }
    if (verb == QLatin1String("status")) {
        const QList<int> which = targets(words.value(1, QStringLiteral("all")), &error);
        if (!error.isEmpty())
            return errorReply(error);
        QStringList lines;
        for (int i : which)
            lines << statusLine(i);
        lines << QStringLiteral("ok");
        return lines;
    }

    if (words.size() < 2)
        return errorReply(QStringLiteral("%1 needs a server (index, a-b, a,b or all)").arg(verb));
    const QList<int> which = targets(words[1], &error);
    if (!error.isEmpty())
        return errorReply(error);

    if (verb == QLatin1String("fault")) {
        if (words.size() < 3 || words.size() > 4)
            return errorReply(QStringLiteral("usage: fault <which> <mode> [arg]"));
        const auto fault = Fault::parse(words[2], words.value(3), &error);
        if (!fault)
            return errorReply(error);
        for (int i : which)
            invoke(i, [f = *fault](SimulatedMediaServer &s) { s.setFault(f); });
    } else if (verb == QLatin1String("clear")) {
        for (int i : which)
            invoke(i, [](SimulatedMediaServer &s) { s.clearFault(); });
    } else if (verb == QLatin1String("restart")) {
        bool ok = true;
        const qint64 downtime = words.size() > 2 ? words[2].toLongLong(&ok) : 0;
        if (!ok || downtime < 0 || downtime > 3600000)
            return errorReply(QStringLiteral("usage: restart <which> [downtime_ms]"));
        for (int i : which)
            invoke(i,
                   [downtime](SimulatedMediaServer &s) { s.restart(std::chrono::milliseconds(downtime)); });
    } else if (verb == QLatin1String("pipelines")) {
        bool ok = words.size() >= 3;
        const int count = ok ? words[2].toInt(&ok) : 0;
        bool ok2 = true;
        const int endpoints = words.size() > 3 ? words[3].toInt(&ok2) : 0;
        if (!ok || !ok2 || count < 0 || count > 100000 || endpoints < 0 || endpoints > 1000)
            return errorReply(QStringLiteral("usage: pipelines <which> <n> [endpoints]"));
        for (int i : which)
            invoke(i, [count, endpoints](SimulatedMediaServer &s) { s.createPipelines(count, endpoints); });
    } else if (verb == QLatin1String("unload")) {
        for (int i : which)
            invoke(i, [](SimulatedMediaServer &s) { s.releasePipelines(); });
    } else if (verb == QLatin1String("version")) {
        if (words.size() != 3)
            return errorReply(QStringLiteral("usage: version <which> <V>"));
        for (int i : which)
            invoke(i, [v = words[2]](SimulatedMediaServer &s) { s.setVersion(v); });
    } else {
        return errorReply(QStringLiteral("unknown command '%1'; %2").arg(verb, HelpText));
    }
    return {QStringLiteral("ok")};
}

} // namespace kmssim
