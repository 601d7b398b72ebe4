#include "net/servicecontrol/commandservicecontrol.h"

#include "net/servicecontrol/servicecontrolwinrm.h"
#include "net/servicecontrol/winrmsoap.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

Q_LOGGING_CATEGORY(lcCommandControl, "ucmc.control", QtInfoMsg)

namespace ucmc {

namespace {

constexpr char kResultMarker[] = "UCMC-RESULT ";

// The placeholder names (models/commandtemplate.h).
const QString kHost = CommandTemplate::kHost;
const QString kUser = CommandTemplate::kUser;
const QString kService = CommandTemplate::kService;
const QString kStartup = CommandTemplate::kStartup;
const QString kStartupSc = CommandTemplate::kStartupSc;
const QString kTimeout = CommandTemplate::kTimeout;
const QString kPsEncoded = CommandTemplate::kPsEncoded;

ServiceControlError makeError(ServiceControlError::Kind kind, const QString &message, const QString &detail = {})
{
    ServiceControlError error;
    error.kind = kind;
    error.message = message;
    error.detail = detail;
    return error;
}

QString operationText(ServiceJob::Operation operation)
{
    switch (operation) {
    case ServiceJob::Operation::Discover: return ServiceControlError::tr("discover");
    case ServiceJob::Operation::Stop: return ServiceControlError::tr("stop");
    case ServiceJob::Operation::Start: return ServiceControlError::tr("start");
    case ServiceJob::Operation::Restart: return ServiceControlError::tr("restart");
    case ServiceJob::Operation::SetStartupType: return ServiceControlError::tr("set startup type");
    }
    return {};
}

QString actionName(ServiceJob::Operation operation)
{
    switch (operation) {
    case ServiceJob::Operation::Discover: return QStringLiteral("Discover");
    case ServiceJob::Operation::Stop: return QStringLiteral("Stop");
    case ServiceJob::Operation::Start: return QStringLiteral("Start");
    case ServiceJob::Operation::Restart: return QStringLiteral("Restart");
    case ServiceJob::Operation::SetStartupType: return QStringLiteral("SetStartupType");
    }
    return {};
}

QString scStartupName(StartupType type)
{
    switch (type) {
    case StartupType::Automatic: return QStringLiteral("auto");
    case StartupType::Manual: return QStringLiteral("demand");
    case StartupType::Disabled: return QStringLiteral("disabled");
    default: return {};
    }
}

QString firstLine(const QByteArray &bytes)
{
    const QStringList lines = QString::fromLocal8Bit(bytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines)
        if (!line.trimmed().isEmpty())
            return line.trimmed();
    return {};
}

QString programBaseName(const QString &program)
{
    QString name = QFileInfo(program).fileName().toLower();
    // sc.exe given with a Windows path on a Linux workstation is unusual, but handle both separators
    const qsizetype backslash = name.lastIndexOf(QLatin1Char('\\'));
    if (backslash >= 0)
        name = name.mid(backslash + 1);
    if (name.endsWith(QLatin1String(".exe")))
        name.chop(4);
    return name;
}

// The UCMC-RESULT JSON, if stdout has that line.
std::optional<QJsonValue> resultJson(const QByteArray &standardOutput, bool *present)
{
    *present = false;
    for (const QByteArray &raw : standardOutput.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (!line.startsWith(kResultMarker))
            continue;
        *present = true;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson("[" + line.mid(int(qstrlen(kResultMarker))) + "]", &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray())
            return std::nullopt;
        return doc.array().at(0);
    }
    return std::nullopt;
}

// Runs the commands of one job one after the other, each bounded by what is left of the timeout.
class CommandRun : public QObject
{
public:
    using Done = std::function<void(int exitCode, const QByteArray &out, const QByteArray &err)>;

    CommandRun(ServiceJob *job, const QString &host, const QList<QStringList> &commands,
               const QProcessEnvironment &environment, std::chrono::milliseconds timeout)
        : QObject(job)
        , m_job(job)
        , m_host(host)
        , m_commands(commands)
        , m_environment(environment)
        , m_deadline(timeout)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &CommandRun::onTimeout);
        job->setCancelHandler([this] { abortProcess(); });
    }

    ~CommandRun() override { abortProcess(); }

    void start(std::function<void(const QByteArray &out)> onSuccess)
    {
        m_onSuccess = std::move(onSuccess);
        QTimer::singleShot(0, this, &CommandRun::runNext);
    }

private:
    void runNext()
    {
        if (m_job->isFinished())
            return;
        if (m_index >= m_commands.size()) {
            m_onSuccess(m_lastOut);
            return;
        }
        const QStringList command = m_commands[m_index];
        m_current = command;
        m_out.clear();
        m_err.clear();
        m_process = new QProcess(this);
        m_process->setProgram(command.first());
        m_process->setArguments(command.mid(1));
        m_process->setProcessEnvironment(m_environment);
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        connect(m_process, &QProcess::readyReadStandardOutput, this, [this] { append(m_out, m_process->readAllStandardOutput()); });
        connect(m_process, &QProcess::readyReadStandardError, this, [this] { append(m_err, m_process->readAllStandardError()); });
        connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
            if (error != QProcess::FailedToStart)
                return; // crashes and the like arrive as finished()
            const QString program = m_current.first();
            const QString reason = m_process->errorString();
            dropProcess();
            m_timer.stop();
            m_job->fail(makeError(ServiceControlError::Kind::InvalidRequest,
                                  ServiceControlError::tr("The program \"%1\" could not be started (%2). Is it "
                                                          "installed, and in the PATH?")
                                      .arg(program, reason),
                                  CommandTemplate::render(m_current)));
        });
        connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
            append(m_out, m_process->readAllStandardOutput());
            append(m_err, m_process->readAllStandardError());
            dropProcess();
            m_timer.stop();
            if (m_job->isFinished())
                return;
            if (status == QProcess::CrashExit) {
                m_job->fail(makeError(ServiceControlError::Kind::RemoteError,
                                      ServiceControlError::tr("The command \"%1\" crashed.").arg(m_current.first()),
                                      CommandTemplate::render(m_current)));
                return;
            }
            if (exitCode != 0) {
                failWithExitCode(exitCode);
                return;
            }
            m_lastOut = m_out;
            ++m_index;
            runNext();
        });
        qCInfo(lcCommandControl, "running %s", qPrintable(CommandTemplate::render(command)));
        m_process->start(QIODevice::ReadWrite);
        m_process->closeWriteChannel(); // nothing to read: a prompt must not wait for ever
        m_timer.start(std::max<qint64>(1, m_deadline.remainingTime()));
    }

    void append(QByteArray &buffer, const QByteArray &data)
    {
        if (buffer.size() < CommandServiceControl::kOutputLimit)
            buffer += data.left(CommandServiceControl::kOutputLimit - buffer.size());
    }

    void failWithExitCode(int exitCode)
    {
        using K = ServiceControlError::Kind;
        const QString program = programBaseName(m_current.first());
        QString what = firstLine(m_err);
        if (what.isEmpty())
            what = firstLine(m_out);
        if (what.isEmpty())
            what = ServiceControlError::tr("no output");
        K kind = K::RemoteError;
        QString message = ServiceControlError::tr("The command \"%1\" for %2 failed with exit code %3: %4")
                              .arg(m_current.first(), m_host)
                              .arg(exitCode)
                              .arg(what);
        if (program == QLatin1String("ssh") && exitCode == 255) {
            const bool denied = QString::fromLocal8Bit(m_err).contains(QLatin1String("Permission denied"));
            kind = denied ? K::AuthenticationFailed : K::Unreachable;
            message = denied ? ServiceControlError::tr("ssh could not log in on %1: %2").arg(m_host, what)
                             : ServiceControlError::tr("ssh could not connect to %1: %2").arg(m_host, what);
        } else if (program == QLatin1String("sc")) {
            if (exitCode == 1060)
                kind = K::ServiceNotFound;
            else if (exitCode == 5)
                kind = K::AccessDenied;
            else if (exitCode == 1053)
                kind = K::ServiceTimeout;
            else if (exitCode == 1722 || exitCode == 1726 || exitCode == 53)
                kind = K::Unreachable;
        }
        const QString detail = CommandTemplate::render(m_current) + QLatin1Char('\n') +
                               winrm::firstLines(QString::fromLocal8Bit(m_err + m_out), 5);
        m_job->fail(makeError(kind, message, detail));
    }

    void onTimeout()
    {
        const QString command = CommandTemplate::render(m_current);
        abortProcess();
        m_job->fail(makeError(ServiceControlError::Kind::Timeout,
                              ServiceControlError::tr("The command \"%1\" for %2 did not finish in time and was "
                                                      "stopped.")
                                  .arg(m_current.value(0), m_host),
                              command));
    }

    void dropProcess()
    {
        if (!m_process)
            return;
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process = nullptr;
    }

    void abortProcess()
    {
        m_timer.stop();
        if (!m_process)
            return;
        QProcess *process = m_process;
        process->disconnect(this);
        m_process = nullptr;
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            // reap it without blocking: delete once it has ended
            process->setParent(nullptr);
            connect(process, &QProcess::finished, process, &QObject::deleteLater);
            QTimer::singleShot(5000, process, &QObject::deleteLater);
        } else {
            process->deleteLater();
        }
    }

    ServiceJob *m_job;
    QString m_host;
    QList<QStringList> m_commands;
    QProcessEnvironment m_environment;
    QDeadlineTimer m_deadline;
    qsizetype m_index = 0;
    QStringList m_current;
    QProcess *m_process = nullptr;
    QByteArray m_out, m_err, m_lastOut;
    QTimer m_timer;
    std::function<void(const QByteArray &)> m_onSuccess;
};

} // namespace

// ---- validation -------------------------------------------------------------------------------

bool isValidCommandHost(const QString &host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    static const QRegularExpression ipv4(QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$"));
    if (const auto m = ipv4.match(host); m.hasMatch()) {
        for (int i = 1; i <= 4; ++i)
            if (m.captured(i).toInt() > 255)
                return false;
        return true;
    }
    if (host.contains(QLatin1Char(':'))) {
        static const QRegularExpression ipv6Chars(QStringLiteral("^[0-9A-Fa-f:.]+$"));
        if (!ipv6Chars.match(host).hasMatch())
            return false;
        const QHostAddress address(host);
        return address.protocol() == QAbstractSocket::IPv6Protocol;
    }
    QString name = host;
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$"));
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    const QStringList labels = name.split(QLatin1Char('.'));
    bool allDigits = true;
    for (const QString &l : labels) {
        if (!label.match(l).hasMatch())
            return false;
        allDigits = allDigits && digits.match(l).hasMatch();
    }
    return !allDigits; // numbers only must be a valid IPv4 address (checked above)
}

bool isSafeCommandServiceName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,255}$"));
    return pattern.match(name).hasMatch();
}

bool isSafeCommandUser(const QString &user)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9_.@][A-Za-z0-9_.@-]*(\\\\[A-Za-z0-9_.@][A-Za-z0-9_.@-]*)?$"));
    return user.size() <= 256 && pattern.match(user).hasMatch();
}

// ---- control ----------------------------------------------------------------------------------

CommandServiceControl::CommandServiceControl(const QString &host, const QString &user,
                                             const CommandTemplates &templates, QObject *parent)
    : ServiceControl(parent)
    , m_host(host)
    , m_user(user)
    , m_templates(templates)
{
}

QString CommandServiceControl::description() const
{
    return m_user.isEmpty() ? tr("commands on this workstation for %1").arg(m_host)
                            : tr("commands on this workstation for %1 as %2").arg(m_host, m_user);
}

QString CommandServiceControl::templateFor(ServiceJob::Operation operation) const
{
    switch (operation) {
    case ServiceJob::Operation::Discover: return m_templates.discover;
    case ServiceJob::Operation::Stop: return m_templates.stop;
    case ServiceJob::Operation::Start: return m_templates.start;
    case ServiceJob::Operation::Restart: return m_templates.restart;
    case ServiceJob::Operation::SetStartupType: return m_templates.setStartupType;
    }
    return {};
}

std::optional<QList<QStringList>> CommandServiceControl::commandsFor(ServiceJob::Operation operation,
                                                                     const QString &serviceName, StartupType type,
                                                                     Duration timeout,
                                                                     const ServiceNameOverrides &overrides,
                                                                     ServiceControlError *error) const
{
    using K = ServiceControlError::Kind;
    const auto refuse = [error](const QString &message) {
        *error = makeError(K::InvalidRequest, message);
        return std::nullopt;
    };
    if (operation == ServiceJob::Operation::Restart && m_templates.restart.trimmed().isEmpty()) {
        // no restart template: stop, then start
        auto stop = commandsFor(ServiceJob::Operation::Stop, serviceName, type, timeout, overrides, error);
        if (!stop)
            return std::nullopt;
        auto start = commandsFor(ServiceJob::Operation::Start, serviceName, type, timeout, overrides, error);
        if (!start)
            return std::nullopt;
        return *stop + *start;
    }
    const QString text = templateFor(operation);
    if (text.trimmed().isEmpty()) {
        if (operation == ServiceJob::Operation::Discover)
            return refuse(tr("Discovery is not supported by this host's command templates: fill in the service names "
                             "by hand (or add a discover template that prints a UCMC-RESULT line)."));
        return refuse(tr("This host has no command template for \"%1\".").arg(operationText(operation)));
    }
    if (const auto problem = CommandTemplate::check(text, operation))
        return refuse(tr("The %1 template cannot be used: %2").arg(operationText(operation), problem->message));

    TemplateError splitError;
    const QStringList used = CommandTemplate::placeholdersIn(CommandTemplate::split(text, &splitError).value_or(QStringList()));
    QHash<QString, QString> values;
    if (!isValidCommandHost(m_host))
        return refuse(tr("\"%1\" is not a valid host name or address (letters, digits, dots and hyphens, or an IP "
                         "address; no spaces or shell characters).")
                          .arg(m_host));
    values.insert(kHost, m_host);
    if (used.contains(kUser)) {
        if (m_user.isEmpty())
            return refuse(tr("The %1 template uses {user}, but no user is set for %2.").arg(operationText(operation), m_host));
        if (!isSafeCommandUser(m_user))
            return refuse(tr("The user name \"%1\" cannot be put into a command (only letters, digits, . _ - @ and "
                             "one backslash).")
                              .arg(m_user));
        values.insert(kUser, m_user);
    }
    const int waitSeconds = WinRmServiceControl::scriptWaitSeconds(timeout);
    values.insert(kTimeout, QString::number(waitSeconds));
    if (operation != ServiceJob::Operation::Discover) {
        if (!isSafeCommandServiceName(serviceName))
            return refuse(tr("The service name \"%1\" cannot be put into a command (only letters, digits, . _ and "
                             "-; no spaces or shell characters).")
                              .arg(serviceName));
        values.insert(kService, serviceName);
    }
    if (operation == ServiceJob::Operation::SetStartupType) {
        if (type != StartupType::Automatic && type != StartupType::Manual && type != StartupType::Disabled)
            return refuse(ServiceControlError::tr("Only the startup types Automatic, Manual and Disabled can be set."));
        values.insert(kStartup, startupTypeName(type));
        values.insert(kStartupSc, scStartupName(type));
    }
    if (used.contains(kPsEncoded)) {
        for (const QString &name : {overrides.ucServer, overrides.webServer, overrides.mediaServer})
            if (!name.isEmpty() && !isSafeCommandServiceName(name))
                return refuse(tr("The service name \"%1\" cannot be put into a command (only letters, digits, . _ "
                                 "and -; no spaces or shell characters).")
                                  .arg(name));
        const QString script = operation == ServiceJob::Operation::Discover
                                   ? WinRmServiceControl::discoveryScript(overrides)
                                   : WinRmServiceControl::controlScript(actionName(operation), serviceName, type,
                                                                         waitSeconds);
        values.insert(kPsEncoded, winrm::encodePowerShell(script));
    }
    TemplateError expandError;
    const auto arguments = CommandTemplate::expand(text, operation, values, &expandError);
    if (!arguments)
        return refuse(tr("The %1 template cannot be used: %2").arg(operationText(operation), expandError.message));
    return QList<QStringList>{*arguments};
}

ServiceJob *CommandServiceControl::run(ServiceJob::Operation operation, const QString &serviceName, StartupType type,
                                       Duration timeout, const ServiceNameOverrides &overrides)
{
    auto *job = new ServiceJob(operation, serviceName, this);
    ServiceControlError error;
    const auto commands = commandsFor(operation, serviceName, type, timeout, overrides, &error);
    if (!commands) {
        QTimer::singleShot(0, job, [job, error] { job->fail(error); });
        return job;
    }
    auto *run = new CommandRun(job, m_host, *commands, m_environment, timeout);
    run->start([job, operation, overrides, serviceName](const QByteArray &out) {
        using K = ServiceControlError::Kind;
        bool present = false;
        const auto json = resultJson(out, &present);
        if (operation == ServiceJob::Operation::Discover) {
            QString problem;
            const auto services = WinRmServiceControl::parseDiscovery(out, overrides, &problem);
            if (!services) {
                job->fail(makeError(K::UnexpectedOutput,
                                    ServiceControlError::tr("The discover command did not print the UCMC-RESULT line "
                                                            "with the services."),
                                    problem));
                return;
            }
            job->complete(*services);
            return;
        }
        if (!present) {
            // No result line: the exit code is all there is; the state afterwards is unknown.
            ServiceInfo info;
            info.name = serviceName;
            job->complete({info});
            return;
        }
        const QJsonObject o = json ? json->toObject() : QJsonObject();
        const QString outcome = o.value(QStringLiteral("outcome")).toString();
        if (!json || outcome.isEmpty()) {
            job->fail(makeError(K::UnexpectedOutput,
                                ServiceControlError::tr("The host's answer to the service command was not understood."),
                                QStringLiteral("the UCMC-RESULT line has no outcome")));
            return;
        }
        QList<ServiceInfo> services;
        if (o.value(QStringLiteral("service")).isObject()) {
            const QByteArray wrapped =
                QByteArray(kResultMarker) + '[' +
                QJsonDocument(o.value(QStringLiteral("service")).toObject()).toJson(QJsonDocument::Compact) + ']';
            QString ignored;
            if (const auto parsed = WinRmServiceControl::parseDiscovery(wrapped, {}, &ignored))
                services = *parsed;
        }
        const QString message = o.value(QStringLiteral("message")).toString();
        if (outcome == QLatin1String("ok"))
            job->complete(services);
        else if (outcome == QLatin1String("notfound"))
            job->fail(makeError(K::ServiceNotFound,
                                ServiceControlError::tr("The service \"%1\" does not exist on the host.").arg(serviceName)),
                      services);
        else if (outcome == QLatin1String("timeout"))
            job->fail(makeError(K::ServiceTimeout,
                                ServiceControlError::tr("The service \"%1\" did not reach the wanted state in time (it "
                                                        "is: %2).")
                                    .arg(serviceName, services.isEmpty() ? QStringLiteral("?")
                                                                         : serviceStateText(services.first().state)),
                                message),
                      services);
        else
            job->fail(makeError(K::RemoteError,
                                ServiceControlError::operationFailed(int(operation), serviceName, message),
                                message),
                      services);
    });
    return job;
}

ServiceJob *CommandServiceControl::discover(const ServiceNameOverrides &overrides, Duration timeout)
{
    return run(ServiceJob::Operation::Discover, {}, StartupType::Unknown, timeout, overrides);
}

ServiceJob *CommandServiceControl::stop(const QString &serviceName, Duration timeout)
{
    return run(ServiceJob::Operation::Stop, serviceName, StartupType::Unknown, timeout, {});
}

ServiceJob *CommandServiceControl::start(const QString &serviceName, Duration timeout)
{
    return run(ServiceJob::Operation::Start, serviceName, StartupType::Unknown, timeout, {});
}

ServiceJob *CommandServiceControl::restart(const QString &serviceName, Duration timeout)
{
    return run(ServiceJob::Operation::Restart, serviceName, StartupType::Unknown, timeout, {});
}

ServiceJob *CommandServiceControl::setStartupType(const QString &serviceName, StartupType type, Duration timeout)
{
    return run(ServiceJob::Operation::SetStartupType, serviceName, type, timeout, {});
}

QString CommandServiceControl::preview(ServiceJob::Operation operation, const QString &serviceName, StartupType type,
                                       const ServiceNameOverrides &overrides) const
{
    ServiceControlError error;
    const auto commands = commandsFor(operation, serviceName, type, std::chrono::seconds(60), overrides, &error);
    if (!commands)
        return QStringLiteral("# ") + tr("refused: %1").arg(error.message);
    QStringList lines;
    for (const QStringList &command : *commands)
        lines << CommandTemplate::render(command);
    // {ps_encoded} hides the script in base64: show it too
    const bool twoSteps = operation == ServiceJob::Operation::Restart && m_templates.restart.trimmed().isEmpty();
    const QList<ServiceJob::Operation> steps = twoSteps ? QList<ServiceJob::Operation>{ServiceJob::Operation::Stop,
                                                                                       ServiceJob::Operation::Start}
                                                        : QList<ServiceJob::Operation>{operation};
    for (ServiceJob::Operation step : steps) {
        TemplateError ignored;
        const QStringList used =
            CommandTemplate::placeholdersIn(CommandTemplate::split(templateFor(step), &ignored).value_or(QStringList()));
        if (!used.contains(kPsEncoded))
            continue;
        const QString script =
            step == ServiceJob::Operation::Discover
                ? WinRmServiceControl::discoveryScript(overrides)
                : WinRmServiceControl::controlScript(actionName(step), serviceName, type,
                                                     WinRmServiceControl::scriptWaitSeconds(std::chrono::seconds(60)));
        lines << QStringLiteral("# ") + tr("{ps_encoded} of the %1 command is this PowerShell script:").arg(operationText(step));
        for (const QString &line : script.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            lines << QStringLiteral("#   ") + line;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace ucmc
