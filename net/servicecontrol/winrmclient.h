#pragma once

#include "net/servicecontrol/winrmerror.h"
#include "net/servicecontrol/winrmsoap.h"
#include "net/servicecontrol/winrmtransport.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QStringList>
#include <QTimer>

namespace ucmc {

class WinRmClient;

// One command run in a remote shell (create shell, command, receive until done, signal terminate,
// delete shell). Emits finished() exactly once. The caller owns the job (parented to the client):
// delete it (deleteLater) when done with it; deleting it early cancels it.
class WinRmCommandJob : public QObject
{
    Q_OBJECT
public:
    ~WinRmCommandJob() override;

    bool isFinished() const { return m_finished; }
    // Transport, authentication, fault, timeout or cancel errors; kind None when the command ran
    // to its end (whatever its exit code).
    const WinRmError &error() const { return m_error; }
    int exitCode() const { return m_exitCode; }
    const QByteArray &standardOutput() const { return m_stdout; }
    const QByteArray &standardError() const { return m_stderr; }
    // For PowerShell: a PowerShellError when the exit code is not 0 or stderr holds error records
    // (CLIXML progress records alone are not errors); kind None otherwise.
    WinRmError powerShellError() const;

    // Stops waiting: finishes with Cancelled at once; the remote command is terminated and the
    // shell deleted in the background.
    void cancel();

signals:
    void finished();

private:
    friend class WinRmClient;
    explicit WinRmCommandJob(WinRmClient *client);
    void finish(const WinRmError &error);

    QPointer<WinRmClient> m_client;
    QString m_command;
    QStringList m_arguments;
    int m_timeoutMs = 0;
    bool m_finished = false;
    bool m_outputComplete = false;
    WinRmError m_error;
    int m_exitCode = -1;
    QByteArray m_stdout, m_stderr;
    QTimer m_deadline;
};

// A WinRM (WS-Management) client for one host: runs commands and PowerShell scripts in remote
// shells, one job at a time on one authenticated connection. Asynchronous: nothing blocks.
class WinRmClient : public QObject
{
    Q_OBJECT
public:
    explicit WinRmClient(const WinRmSettings &settings, QObject *parent = nullptr);
    ~WinRmClient() override;

    const WinRmSettings &settings() const { return m_settings; }

    // A cmd.exe command line (command + arguments as one line).
    WinRmCommandJob *runCommand(const QString &command, const QStringList &arguments, int timeoutMs);
    // PowerShell the way pywinrm's run_ps does: UTF-16LE base64 in -EncodedCommand.
    WinRmCommandJob *runPowerShell(const QString &script, int timeoutMs);

    // SHA-256 fingerprint of the HTTPS certificate seen last (empty on HTTP).
    QString peerCertificateFingerprint() const { return m_transport.peerCertificateFingerprint(); }
    const WinRmTransport &transport() const { return m_transport; }

private:
    friend class WinRmCommandJob;
    enum class Step { None, Create, Command, Receive, Signal, Delete };

    void startNext();
    void post(Step step, const QByteArray &soap, int timeoutMs);
    void onAnswer(Step step, const WinRmError &error, int status, const QByteArray &body);
    void receive();
    void cleanup();   // signal (if a command runs) and delete the shell, then the next job
    void runDone();
    void jobStopped(WinRmCommandJob *job);
    int requestTimeoutMs(Step step) const;
    winrm::EnvelopeOptions envelopeOptions() const;

    WinRmSettings m_settings;
    WinRmTransport m_transport;
    QQueue<QPointer<WinRmCommandJob>> m_queue;
    QPointer<WinRmCommandJob> m_job; // the running job (null when it was deleted)
    bool m_running = false;
    Step m_step = Step::None;
    QString m_shellId, m_commandId;
    bool m_cleanupStarted = false;
    bool m_finishAfterCleanup = false;
};

} // namespace ucmc
