#include "simprocess.h"

#include "wait.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QTest>

namespace simtest {

QString simulatorExecutable()
{
    return QStringLiteral(UCMC_BIN_DIR "/kms-sim");
}

SimProcess::SimProcess()
{
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &process,
                     [this] { m_buffer.append(process.readAllStandardOutput()); });
}

SimProcess::~SimProcess()
{
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(3000);
    }
}

QString SimProcess::readLine(int timeoutMs)
{
    (void)simtest::waitFor([&] { return m_buffer.contains('\n') || process.state() == QProcess::NotRunning; },
                           timeoutMs);
    m_buffer.append(process.readAllStandardOutput());
    const qsizetype newline = m_buffer.indexOf('\n');
    if (newline < 0)
        return {};
    const QString line = QString::fromUtf8(m_buffer.left(newline));
    m_buffer.remove(0, newline + 1);
    return line;
}

bool SimProcess::start(const QStringList &arguments, int timeoutMs)
{
    process.start(simulatorExecutable(), arguments);
    if (!process.waitForStarted(5000)) {
        errorText = process.errorString();
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("^listening (\\d+) (\\S+)$"));
    static const QRegularExpression control(QStringLiteral("^control 127\\.0\\.0\\.1:(\\d+)$"));
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const QString line = readLine(int(deadline.remainingTime()));
        if (line.isEmpty() && process.state() == QProcess::NotRunning)
            break;
        startLines << line;
        if (line == QLatin1String("ready"))
            return true;
        if (const auto m = listening.match(line); m.hasMatch())
            urls[m.captured(1).toInt()].append(QUrl(m.captured(2)));
        else if (const auto c = control.match(line); c.hasMatch())
            controlPort = quint16(c.captured(1).toUInt());
    }
    errorText = QString::fromUtf8(process.readAllStandardError()) + startLines.join(QLatin1Char('\n'));
    return false;
}

QStringList SimProcess::command(const QString &line, int timeoutMs)
{
    process.write(line.toUtf8() + '\n');
    QStringList reply;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const QString l = readLine(int(deadline.remainingTime()));
        if (l.isEmpty() && process.state() == QProcess::NotRunning)
            break;
        reply << l;
        if (l == QLatin1String("ok") || l.startsWith(QLatin1String("error")))
            break;
    }
    return reply;
}

bool SimProcess::waitForExit(int timeoutMs)
{
    return simtest::waitFor([&] { return process.state() == QProcess::NotRunning; }, timeoutMs);
}

} // namespace simtest
