#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

namespace winrmsim {

class WinRmSimulator;

// A running command: output is appended by its script and handed out by Receive.
class SimCommand : public QObject
{
    Q_OBJECT
public:
    explicit SimCommand(QObject *parent = nullptr) : QObject(parent) {}
    void writeOut(const QString &text);
    void writeErr(const QByteArray &bytes);
    void finish(int exitCode);
    void terminate();

    int codePage = 437;
    QByteArray out, err;
    bool done = false;
    bool terminated = false;
    int exitCode = 0;

signals:
    void changed();
};

// Windows Remote Shell semantics: Create, Command, Receive (with w:TimedOut when nothing happens
// within OperationTimeout), Signal, Delete. Answers SOAP bodies (plaintext) asynchronously.
class ShellHost : public QObject
{
    Q_OBJECT
public:
    using Reply = std::function<void(int status, const QByteArray &soap)>;
    explicit ShellHost(WinRmSimulator *simulator);
    ~ShellHost() override;

    void handle(const QByteArray &request, const QString &endpoint, Reply reply);
    int openShells() const { return int(m_shells.size()); }

    static QByteArray faultEnvelope(const QString &relatesTo, const QString &code, const QString &subcode,
                                    const QString &reason, const QString &wsmanCode);

private:
    struct Command
    {
        QPointer<SimCommand> process;
        std::unique_ptr<QTimer> receiveTimer;
        Reply pendingReply;
        QString pendingRelatesTo;
    };
    struct Shell
    {
        int codePage = 437;
        QHash<QString, std::shared_ptr<Command>> commands;
    };

    void startCommand(SimCommand *process, const QString &commandLine);
    void runCmd(SimCommand *process, const QString &line);
    void runPowerShell(SimCommand *process, const QString &script);
    void runSimpleScript(SimCommand *process, QStringList statements, bool hadError);
    void runDiscovery(SimCommand *process, const QString &script);
    void runControl(SimCommand *process, const QString &script);
    void answerReceive(const QString &shellId, const QString &commandId, const std::shared_ptr<Command> &command);

    WinRmSimulator *m_sim;
    QHash<QString, Shell> m_shells;
};

// CLIXML error text as powershell.exe writes it to a redirected stderr.
QByteArray clixmlError(const QStringList &lines);
QByteArray clixmlProgress(const QString &activity);

} // namespace winrmsim
