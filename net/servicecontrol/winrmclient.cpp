#include "net/servicecontrol/winrmclient.h"

#include "net/servicecontrol/winrmsoap.h"

#include <QLoggingCategory>

namespace ucmc {

Q_DECLARE_LOGGING_CATEGORY(lcWinRm)

// ---- job --------------------------------------------------------------------------------------

WinRmCommandJob::WinRmCommandJob(WinRmClient *client)
    : QObject(client)
    , m_client(client)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_outputComplete) { // only the shell's clean-up is late: the result stands
            finish({});
            return;
        }
        finish(WinRmError::make(WinRmError::Kind::Timeout,
                                QStringLiteral("the command did not finish within %1 ms").arg(m_timeoutMs)));
    });
}

WinRmCommandJob::~WinRmCommandJob() = default;

void WinRmCommandJob::cancel()
{
    finish(WinRmError::make(WinRmError::Kind::Cancelled));
}

void WinRmCommandJob::finish(const WinRmError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_deadline.stop();
    if (error.isError() && m_client)
        m_client->jobStopped(this);
    emit finished();
}

WinRmError WinRmCommandJob::powerShellError() const
{
    const QString errorText = winrm::clixmlErrorText(m_stderr);
    const bool clixml = m_stderr.trimmed().startsWith("#< CLIXML");
    if (m_exitCode == 0 && (errorText.isEmpty() || !clixml))
        return {};
    WinRmError error = WinRmError::make(WinRmError::Kind::PowerShellError);
    QString detail = errorText.isEmpty() ? winrm::firstLines(QString::fromUtf8(m_stdout)) : errorText;
    if (detail.isEmpty())
        detail = QStringLiteral("exit code %1").arg(m_exitCode);
    error.detail = detail;
    error.message = WinRmError::tr("The PowerShell command on the host failed: %1")
                        .arg(winrm::firstLines(detail, 2));
    return error;
}

// ---- client -----------------------------------------------------------------------------------

WinRmClient::WinRmClient(const WinRmSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_transport(settings)
{
}

WinRmClient::~WinRmClient()
{
    m_queue.clear();
}

winrm::EnvelopeOptions WinRmClient::envelopeOptions() const
{
    winrm::EnvelopeOptions options;
    options.to = m_settings.endpoint().toString();
    options.operationTimeoutSeconds = std::max(1, m_settings.operationTimeoutSeconds);
    return options;
}

WinRmCommandJob *WinRmClient::runCommand(const QString &command, const QStringList &arguments, int timeoutMs)
{
    auto *job = new WinRmCommandJob(this);
    job->m_command = command;
    job->m_arguments = arguments;
    job->m_timeoutMs = timeoutMs;
    const WinRmError invalid = m_settings.validate();
    if (invalid.isError()) {
        QTimer::singleShot(0, job, [job, invalid] { job->finish(invalid); });
        return job;
    }
    job->m_deadline.start(std::max(1, timeoutMs));
    m_queue.enqueue(job);
    if (!m_running)
        QTimer::singleShot(0, this, &WinRmClient::startNext);
    return job;
}

WinRmCommandJob *WinRmClient::runPowerShell(const QString &script, int timeoutMs)
{
    return runCommand(winrm::powerShellCommandLine(script), {}, timeoutMs);
}

int WinRmClient::requestTimeoutMs(Step step) const
{
    const int operation = std::max(1, m_settings.operationTimeoutSeconds) * 1000;
    return step == Step::Receive ? operation + 15000 : std::max(30000, operation);
}

void WinRmClient::startNext()
{
    if (m_running)
        return;
    while (!m_queue.isEmpty()) {
        QPointer<WinRmCommandJob> job = m_queue.dequeue();
        if (!job || job->isFinished())
            continue;
        m_job = job;
        m_running = true;
        m_shellId.clear();
        m_commandId.clear();
        m_cleanupStarted = false;
        m_finishAfterCleanup = false;
        post(Step::Create, winrm::createShellEnvelope(envelopeOptions(), winrm::newMessageId()),
             requestTimeoutMs(Step::Create));
        return;
    }
}

void WinRmClient::post(Step step, const QByteArray &soap, int timeoutMs)
{
    m_step = step;
    QPointer<WinRmClient> self(this);
    m_transport.post(soap, timeoutMs, [self, step](const WinRmError &error, int status, const QByteArray &body) {
        if (self)
            self->onAnswer(step, error, status, body);
    });
}

void WinRmClient::receive()
{
    post(Step::Receive, winrm::receiveEnvelope(envelopeOptions(), winrm::newMessageId(), m_shellId, m_commandId),
         requestTimeoutMs(Step::Receive));
}

void WinRmClient::cleanup()
{
    if (!m_cleanupStarted) {
        m_cleanupStarted = true;
        if (!m_commandId.isEmpty()) {
            post(Step::Signal,
                 winrm::signalEnvelope(envelopeOptions(), winrm::newMessageId(), m_shellId, m_commandId),
                 requestTimeoutMs(Step::Signal));
            return;
        }
    }
    if (!m_shellId.isEmpty() && m_step != Step::Delete) {
        post(Step::Delete, winrm::deleteShellEnvelope(envelopeOptions(), winrm::newMessageId(), m_shellId),
             requestTimeoutMs(Step::Delete));
        return;
    }
    runDone();
}

void WinRmClient::jobStopped(WinRmCommandJob *job)
{
    // A cancelled or timed-out job should not wait for an outstanding Receive (up to
    // OperationTimeout): drop that request; the clean-up runs on a new connection.
    if (job == m_job && m_step == Step::Receive)
        QTimer::singleShot(0, this, [this] {
            if (m_step == Step::Receive)
                m_transport.abortCurrent();
        });
}

void WinRmClient::runDone()
{
    if (m_finishAfterCleanup && m_job && !m_job->isFinished())
        m_job->finish({});
    m_finishAfterCleanup = false;
    m_running = false;
    m_step = Step::None;
    m_job.clear();
    m_shellId.clear();
    m_commandId.clear();
    if (!m_queue.isEmpty())
        QTimer::singleShot(0, this, &WinRmClient::startNext);
}

void WinRmClient::onAnswer(Step step, const WinRmError &error, int status, const QByteArray &body)
{
    if (step == Step::Signal || step == Step::Delete) {
        // best effort: whatever the answer, go on with the cleanup
        cleanup();
        return;
    }
    WinRmCommandJob *job = m_job.data();
    if (!job || job->isFinished() || m_finishAfterCleanup) {
        if (step == Step::Create && !error.isError() && status == 200)
            m_shellId = winrm::parseShellId(body);
        if (step == Step::Command && !error.isError() && status == 200)
            m_commandId = winrm::parseCommandId(body);
        cleanup();
        return;
    }
    if (error.isError()) {
        job->finish(error);
        cleanup();
        return;
    }
    if (status == 500) {
        const auto fault = winrm::parseFault(body);
        if (!fault) {
            WinRmError e = WinRmError::make(WinRmError::Kind::ProtocolError,
                                            QStringLiteral("HTTP 500 without a SOAP fault: %1")
                                                .arg(winrm::firstLines(QString::fromUtf8(body), 2)));
            e.httpStatus = 500;
            job->finish(e);
            cleanup();
            return;
        }
        if (step == Step::Receive && fault->isTimedOut()) {
            receive(); // nothing new within OperationTimeout: ask again
            return;
        }
        WinRmError e = WinRmError::make(fault->isAccessDenied() ? WinRmError::Kind::AccessDenied
                                                                : WinRmError::Kind::WsManFault);
        e.httpStatus = 500;
        e.faultCode = fault->wsmanCode;
        e.faultSubcode = fault->subcode;
        e.detail = fault->reason;
        if (!fault->reason.isEmpty() && e.kind == WinRmError::Kind::WsManFault)
            e.message = WinRmError::tr("The host's remote management service reported an error: %1")
                            .arg(fault->reason);
        job->finish(e);
        cleanup();
        return;
    }
    switch (step) {
    case Step::Create:
        m_shellId = winrm::parseShellId(body);
        if (m_shellId.isEmpty()) {
            job->finish(WinRmError::make(WinRmError::Kind::ProtocolError,
                                         QStringLiteral("the Create answer has no ShellId")));
            cleanup();
            return;
        }
        post(Step::Command,
             winrm::commandEnvelope(envelopeOptions(), winrm::newMessageId(), m_shellId, job->m_command,
                                    job->m_arguments),
             requestTimeoutMs(Step::Command));
        return;
    case Step::Command:
        m_commandId = winrm::parseCommandId(body);
        if (m_commandId.isEmpty()) {
            job->finish(WinRmError::make(WinRmError::Kind::ProtocolError,
                                         QStringLiteral("the Command answer has no CommandId")));
            cleanup();
            return;
        }
        receive();
        return;
    case Step::Receive: {
        const auto output = winrm::parseReceive(body);
        if (!output) {
            job->finish(WinRmError::make(WinRmError::Kind::ProtocolError,
                                         QStringLiteral("the Receive answer is not a ReceiveResponse")));
            cleanup();
            return;
        }
        job->m_stdout += output->standardOutput;
        job->m_stderr += output->standardError;
        if (output->done) {
            // finish once the shell is gone, so that a caller may drop the client right away
            // without leaving shells behind (MaxShellsPerUser is 5 by default)
            job->m_exitCode = output->exitCode.value_or(0);
            job->m_outputComplete = true;
            m_finishAfterCleanup = true;
            cleanup();
            return;
        }
        receive();
        return;
    }
    case Step::Signal:
    case Step::Delete:
    case Step::None:
        return;
    }
}

} // namespace ucmc
