#pragma once

// ServiceControl through user-editable command templates, for workstations that prefer their own
// tools: `sc.exe \\{host} stop {service}`, or
// `ssh {user}@{host} powershell -NoProfile -Command "Restart-Service -Name '{service}'"`.
// Each operation runs one program through QProcess with an argument list, never through a shell.
//
// Template syntax (CommandTemplate::split):
//   - Arguments are separated by unquoted spaces or tabs. Line breaks are not allowed.
//   - "double quotes" group text into one argument; inside them \" is a quote and \\ a
//     backslash, any other backslash is literal.
//   - 'single quotes' group text literally (no escapes at all).
//   - Outside quotes every character is literal, backslashes too (so \\{host} stays \\HOST).
//   - Quoted and unquoted parts that touch form one argument: a"b c"d is `ab cd`; "" is an
//     empty argument. An unterminated quote is an error.
//   - Placeholders {name} are replaced AFTER splitting, inside the argument they are in, so a
//     value never adds, removes or splits arguments. {{ and }} are literal braces (for
//     PowerShell script blocks). A { without a matching } is an error.
//   - The first argument is the program (looked up in PATH by QProcess).
//
// Placeholders (an unknown one is an error before anything runs):
//   {host}        the host, validated as a DNS name, an IPv4 or an IPv6 address
//   {user}        the user from the host's settings (letters, digits, . _ - @ and one \)
//   {service}     the service name (letters, digits, . _ -); not in the discover template
//   {startup}     Automatic | Manual | Disabled (Set-Service); only in the startup-type template
//   {startup_sc}  auto | demand | disabled (sc.exe config start=); only in the startup-type template
//   {timeout}     seconds the command may wait for the service state
//   {ps_encoded}  the console's own PowerShell script for the operation (the one WinRM runs),
//                 UTF-16LE base64 for `powershell -EncodedCommand`: it waits for the state and
//                 prints the UCMC-RESULT line (see CommandTemplates::powerShellOverSsh())
// There is no {password}, and a template that names it is refused: the command backend relies on
// the tool's own authentication (ssh keys or agent, the Windows logon for sc.exe). Host, service
// and user names containing whitespace, quotes or shell metacharacters are refused, because
// tools like ssh hand their arguments to a remote shell.
//
// Results: exit code 0 is success. When stdout holds a line "UCMC-RESULT <json>" it is read as
// the WinRM scripts' result (discovery: the list of services; control: {outcome, message,
// service}). A non-zero exit code becomes a clear error with the first line of stderr; a few exit
// codes are recognised (ssh 255: cannot connect or log in; sc.exe 1060: no such service, 5: access
// denied, 1053: no answer in time, 1722: host unreachable).
//
// Discovery: supported only with a discover template whose command prints the UCMC-RESULT line of
// the WinRM discovery script ({ps_encoded} over ssh does). Without one, discover() fails with
// InvalidRequest "not supported: fill in the service names by hand", and the service names come
// from the host's ServiceNameOverrides.

#include "models/commandtemplate.h"
#include "models/hostroles.h"
#include "net/servicecontrol/servicecontrol.h"

#include <QCoreApplication>
#include <QHash>
#include <QProcessEnvironment>
#include <QStringList>

#include <optional>

namespace ucmc {

// Validation of the values that go into templates.
bool isValidCommandHost(const QString &host);    // DNS name, IPv4 or IPv6 (no brackets, no zone)
bool isSafeCommandServiceName(const QString &name); // letters, digits, . _ - ; not starting with - or .
bool isSafeCommandUser(const QString &user);     // letters, digits, . _ - @ and at most one '\'

class CommandServiceControl : public ServiceControl
{
    Q_OBJECT
public:
    static constexpr qsizetype kOutputLimit = 1024 * 1024; // per stream; the rest is dropped

    CommandServiceControl(const QString &host, const QString &user, const CommandTemplates &templates,
                          QObject *parent = nullptr);

    QString description() const override;
    ServiceJob *discover(const ServiceNameOverrides &overrides, Duration timeout) override;
    ServiceJob *stop(const QString &serviceName, Duration timeout) override;
    ServiceJob *start(const QString &serviceName, Duration timeout) override;
    ServiceJob *restart(const QString &serviceName, Duration timeout) override;
    ServiceJob *setStartupType(const QString &serviceName, StartupType type, Duration timeout) override;
    // The exact argument lists, one line per command, as the user would type them; the host's
    // password is never part of them (there is no {password}). An invalid template or name gives
    // a line "# refused: <reason>" instead. When {ps_encoded} is used, the decoded script follows
    // as comment lines.
    QString preview(ServiceJob::Operation operation, const QString &serviceName, StartupType type = StartupType::Unknown,
                    const ServiceNameOverrides &overrides = {}) const override;

    bool canDiscover() const { return !m_templates.discover.trimmed().isEmpty(); }
    const CommandTemplates &templates() const { return m_templates; }
    QString host() const { return m_host; }

    // The argument lists an operation runs (restart without a template: stop, then start), or
    // nullopt with *error (InvalidRequest) for an invalid template, host, user or service name.
    std::optional<QList<QStringList>> commandsFor(ServiceJob::Operation operation, const QString &serviceName,
                                                  StartupType type, Duration timeout,
                                                  const ServiceNameOverrides &overrides,
                                                  ServiceControlError *error) const;

    // The environment the commands run in (default: the console's own).
    void setProcessEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }

private:
    ServiceJob *run(ServiceJob::Operation operation, const QString &serviceName, StartupType type, Duration timeout,
                    const ServiceNameOverrides &overrides);
    QString templateFor(ServiceJob::Operation operation) const;

    QString m_host;
    QString m_user;
    CommandTemplates m_templates;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
};

} // namespace ucmc
