#include "shellhost.h"

#include "winrmsimulator.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>
#include <QXmlStreamReader>

namespace winrmsim {

namespace {

const QString nsSoap = QStringLiteral("http://www.w3.org/2003/05/soap-envelope");
const QString nsAddr = QStringLiteral("http://schemas.xmlsoap.org/ws/2004/08/addressing");
const QString nsWsman = QStringLiteral("http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd");
const QString nsShell = QStringLiteral("http://schemas.microsoft.com/wbem/wsman/1/windows/shell");
const QString kResourceCmd = QStringLiteral("http://schemas.microsoft.com/wbem/wsman/1/windows/shell/cmd");
const QString kActCreate = QStringLiteral("http://schemas.xmlsoap.org/ws/2004/09/transfer/Create");
const QString kActDelete = QStringLiteral("http://schemas.xmlsoap.org/ws/2004/09/transfer/Delete");
const QString kActCommand = QStringLiteral("http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Command");
const QString kActReceive = QStringLiteral("http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Receive");
const QString kActSignal = QStringLiteral("http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Signal");

struct Request
{
    QString action, messageId, resourceUri, shellId;
    int operationTimeoutMs = 60000;
    QHash<QString, QString> options;
    QString command;
    QStringList arguments;
    QString receiveCommandId, signalCommandId, signalCode;
    bool sawEnvelope = false;
};

int parseDuration(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^PT(?:(\\d+)H)?(?:(\\d+)M)?(?:([\\d.]+)S)?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    return int((m.captured(1).toDouble() * 3600 + m.captured(2).toDouble() * 60 + m.captured(3).toDouble()) * 1000);
}

bool parseRequest(const QByteArray &xml, Request *req, QString *error)
{
    QXmlStreamReader r(xml);
    QString currentOption;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        const QString ns = r.namespaceUri().toString();
        const QString name = r.name().toString();
        if (ns == nsSoap && name == QLatin1String("Envelope"))
            req->sawEnvelope = true;
        else if (ns == nsAddr && name == QLatin1String("Action"))
            req->action = r.readElementText().trimmed();
        else if (ns == nsAddr && name == QLatin1String("MessageID"))
            req->messageId = r.readElementText().trimmed();
        else if (ns == nsWsman && name == QLatin1String("ResourceURI"))
            req->resourceUri = r.readElementText().trimmed();
        else if (ns == nsWsman && name == QLatin1String("OperationTimeout"))
            req->operationTimeoutMs = parseDuration(r.readElementText());
        else if (ns == nsWsman && name == QLatin1String("Selector") &&
                 r.attributes().value(QStringLiteral("Name")) == QLatin1String("ShellId"))
            req->shellId = r.readElementText().trimmed();
        else if (ns == nsWsman && name == QLatin1String("Option")) {
            const QString optionName = r.attributes().value(QStringLiteral("Name")).toString();
            req->options.insert(optionName, r.readElementText().trimmed());
        } else if (ns == nsShell && name == QLatin1String("Command"))
            req->command = r.readElementText();
        else if (ns == nsShell && name == QLatin1String("Arguments"))
            req->arguments << r.readElementText();
        else if (ns == nsShell && name == QLatin1String("DesiredStream"))
            req->receiveCommandId = r.attributes().value(QStringLiteral("CommandId")).toString();
        else if (ns == nsShell && name == QLatin1String("Signal"))
            req->signalCommandId = r.attributes().value(QStringLiteral("CommandId")).toString();
        else if (ns == nsShell && name == QLatin1String("Code"))
            req->signalCode = r.readElementText().trimmed();
    }
    if (r.hasError()) {
        *error = r.errorString();
        return false;
    }
    if (!req->sawEnvelope) {
        *error = QStringLiteral("not a SOAP 1.2 envelope");
        return false;
    }
    return true;
}

QString esc(const QString &s) { return s.toHtmlEscaped(); }

QByteArray envelope(const QString &action, const QString &relatesTo, const QString &body)
{
    const QString messageId = QStringLiteral("uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
    QString x = QStringLiteral(
                    "<s:Envelope xml:lang=\"en-US\" xmlns:s=\"%1\" xmlns:a=\"%2\" xmlns:x=\"http://schemas.xmlsoap.org/"
                    "ws/2004/09/transfer\" xmlns:w=\"%3\" xmlns:rsp=\"%4\" xmlns:p=\"http://schemas.microsoft.com/"
                    "wbem/wsman/1/wsman.xsd\"><s:Header><a:Action>%5</a:Action><a:MessageID>%6</a:MessageID>"
                    "<a:To>http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous</a:To>"
                    "<a:RelatesTo>%7</a:RelatesTo></s:Header><s:Body>")
                    .arg(nsSoap, nsAddr, nsWsman, nsShell, esc(action), messageId, esc(relatesTo));
    x += body;
    x += QStringLiteral("</s:Body></s:Envelope>");
    return x.toUtf8();
}

QString newGuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper(); }

QString psUnquote(const QString &quoted)
{
    QString inner = quoted.mid(1, quoted.size() - 2);
    return inner.replace(QStringLiteral("''"), QStringLiteral("'"));
}

QString paramString(const QString &script, const QString &variable, bool *found)
{
    const QRegularExpression re(QStringLiteral("^\\$%1 = ('(?:[^']|'')*')\\s*$").arg(variable),
                                QRegularExpression::MultilineOption);
    const auto m = re.match(script);
    *found = m.hasMatch();
    return m.hasMatch() ? psUnquote(m.captured(1)) : QString();
}

// Executable path of a Win32_Service PathName, like the console's discovery script does it.
QString executableOf(const QString &pathName)
{
    static const QRegularExpression quoted(QStringLiteral("^\\s*\"([^\"]+)\""));
    static const QRegularExpression plain(QStringLiteral("^\\s*(.+?\\.exe)(\\s|$)"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (const auto m = quoted.match(pathName); m.hasMatch())
        return m.captured(1);
    if (const auto m = plain.match(pathName); m.hasMatch())
        return m.captured(1);
    return {};
}

QString clixmlEscape(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(QStringLiteral("\r\n"), QStringLiteral("_x000D__x000A_"));
    out.replace(QStringLiteral("\n"), QStringLiteral("_x000A_"));
    return out;
}

// Splits a script into statements: lines, and ';' outside quotes.
QStringList statementsOf(const QString &script)
{
    QStringList out;
    for (const QString &rawLine : script.split(QLatin1Char('\n'))) {
        QString current;
        QChar quote;
        for (QChar c : rawLine) {
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
                quote = c;
            } else if (c == QLatin1Char(';')) {
                out << current.trimmed();
                current.clear();
                continue;
            } else if (c == QLatin1Char('#')) {
                break; // comment
            }
            current += c;
        }
        out << current.trimmed();
    }
    out.removeAll(QString());
    return out;
}

// The value of a PowerShell expression the stand-in understands: a quoted string or a number.
std::optional<QString> literal(const QString &expr)
{
    const QString e = expr.trimmed();
    if (e.size() >= 2 && e.startsWith(QLatin1Char('\'')) && e.endsWith(QLatin1Char('\'')))
        return psUnquote(e);
    if (e.size() >= 2 && e.startsWith(QLatin1Char('"')) && e.endsWith(QLatin1Char('"')))
        return e.mid(1, e.size() - 2);
    bool ok = false;
    e.toLongLong(&ok);
    if (ok)
        return e;
    return std::nullopt;
}

} // namespace

// ---- command ----------------------------------------------------------------------------------

void SimCommand::writeOut(const QString &text)
{
    if (terminated)
        return;
    out += codePage == 65001 ? text.toUtf8() : text.toLatin1();
    emit changed();
}

void SimCommand::writeErr(const QByteArray &bytes)
{
    if (terminated)
        return;
    err += bytes;
    emit changed();
}

void SimCommand::finish(int code)
{
    if (done)
        return;
    exitCode = code;
    done = true;
    emit changed();
}

void SimCommand::terminate()
{
    terminated = true;
    if (!done) {
        done = true;
        exitCode = -1073741510; // STATUS_CONTROL_C_EXIT as a signed DWORD
    }
}

QByteArray clixmlError(const QStringList &lines)
{
    QString x = QStringLiteral("#< CLIXML\r\n<Objs Version=\"1.1.0.1\" "
                               "xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">");
    for (const QString &line : lines)
        x += QStringLiteral("<S S=\"Error\">") + clixmlEscape(line + QStringLiteral("\r\n")) + QStringLiteral("</S>");
    x += QStringLiteral("</Objs>");
    return x.toUtf8();
}

QByteArray clixmlProgress(const QString &activity)
{
    return QStringLiteral("#< CLIXML\r\n<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/"
                          "2004/04\"><Obj S=\"progress\" RefId=\"0\"><TN RefId=\"0\"><T>System.Management.Automation."
                          "PSCustomObject</T><T>System.Object</T></TN><MS><I64 N=\"SourceId\">1</I64><PR N=\"Record\">"
                          "<AV>%1</AV><AI>0</AI><Nil /><PI>-1</PI><PC>-1</PC><T>Completed</T><SR>-1</SR><SD> </SD>"
                          "</PR></MS></Obj></Objs>")
        .arg(activity.toHtmlEscaped())
        .toUtf8();
}

// ---- shell host -------------------------------------------------------------------------------

ShellHost::ShellHost(WinRmSimulator *simulator)
    : QObject(simulator)
    , m_sim(simulator)
{
}

ShellHost::~ShellHost() = default;

QByteArray ShellHost::faultEnvelope(const QString &relatesTo, const QString &code, const QString &subcode,
                                    const QString &reason, const QString &wsmanCode)
{
    const QString body =
        QStringLiteral("<s:Fault><s:Code><s:Value>%1</s:Value><s:Subcode><s:Value>%2</s:Value></s:Subcode></s:Code>"
                       "<s:Reason><s:Text xml:lang=\"en-US\">%3</s:Text></s:Reason><s:Detail>"
                       "<f:WSManFault xmlns:f=\"http://schemas.microsoft.com/wbem/wsman/1/wsmanfault\" Code=\"%4\" "
                       "Machine=\"%5\"><f:Message>%3</f:Message></f:WSManFault></s:Detail></s:Fault>")
            .arg(esc(code), esc(subcode), esc(reason), esc(wsmanCode), QStringLiteral("simulated-host"));
    return envelope(QStringLiteral("http://schemas.dmtf.org/wbem/wsman/1/wsman/fault"), relatesTo, body);
}

void ShellHost::handle(const QByteArray &xml, const QString &endpoint, Reply reply)
{
    Request req;
    QString error;
    if (!parseRequest(xml, &req, &error)) {
        reply(500, faultEnvelope({}, QStringLiteral("s:Sender"), QStringLiteral("w:SchemaValidationError"),
                                 QStringLiteral("The SOAP XML in the message does not match the corresponding XML "
                                                "schema definition. %1")
                                     .arg(error),
                                 QStringLiteral("2150858817")));
        return;
    }
    auto fault = [&](const QString &code, const QString &subcode, const QString &reason, const QString &wsmanCode) {
        reply(500, faultEnvelope(req.messageId, code, subcode, reason, wsmanCode));
    };
    if (req.resourceUri != kResourceCmd) {
        fault(QStringLiteral("s:Sender"), QStringLiteral("w:DestinationUnreachable"),
              QStringLiteral("The WS-Management service cannot process the request. The resource URI is not "
                             "supported by this simulator: %1")
                  .arg(req.resourceUri),
              QStringLiteral("2150858770"));
        return;
    }
    if (req.operationTimeoutMs <= 0)
        req.operationTimeoutMs = 60000;
    req.operationTimeoutMs = std::min(req.operationTimeoutMs, m_sim->config().maxOperationTimeoutMs);

    auto shellMissing = [&] {
        fault(QStringLiteral("s:Sender"), QStringLiteral("w:InvalidSelectors"),
              QStringLiteral("The request for the Windows Remote Shell with ShellId %1 failed because the shell was "
                             "not found on the server. Possible causes are: the specified ShellId is incorrect or the "
                             "shell no longer exists on the server. Provide the correct ShellId or create a new shell "
                             "and retry the operation.")
                  .arg(req.shellId),
              QStringLiteral("2150858843"));
    };

    if (req.action == kActCreate) {
        if (m_sim->faults().accessDenied) {
            fault(QStringLiteral("s:Sender"), QStringLiteral("w:AccessDenied"), QStringLiteral("Access is denied. "),
                  QStringLiteral("5"));
            return;
        }
        const QString shellId = newGuid();
        Shell shell;
        shell.codePage = req.options.value(QStringLiteral("WINRS_CODEPAGE"), QStringLiteral("437")).toInt();
        m_shells.insert(shellId, std::move(shell));
        m_sim->log(QStringLiteral("shell %1 created").arg(shellId));
        reply(200, envelope(kActCreate + QStringLiteral("Response"), req.messageId,
                            QStringLiteral("<x:ResourceCreated><a:Address>%1</a:Address><a:ReferenceParameters>"
                                           "<w:ResourceURI>%2</w:ResourceURI><w:SelectorSet><w:Selector "
                                           "Name=\"ShellId\">%3</w:Selector></w:SelectorSet></a:ReferenceParameters>"
                                           "</x:ResourceCreated>")
                                .arg(esc(endpoint), kResourceCmd, shellId)));
        return;
    }
    if (!m_shells.contains(req.shellId)) {
        shellMissing();
        return;
    }
    Shell &shell = m_shells[req.shellId];
    if (req.action == kActDelete) {
        for (const auto &command : std::as_const(shell.commands))
            if (command->process)
                command->process->terminate();
        m_shells.remove(req.shellId);
        m_sim->log(QStringLiteral("shell %1 deleted").arg(req.shellId));
        reply(200, envelope(kActDelete + QStringLiteral("Response"), req.messageId, {}));
        return;
    }
    if (req.action == kActCommand) {
        const QString line = (QStringList{req.command} + req.arguments).join(QLatin1Char(' ')).trimmed();
        const QString commandId = newGuid();
        auto command = std::make_shared<Command>();
        auto *process = new SimCommand(this);
        process->codePage = shell.codePage;
        command->process = process;
        shell.commands.insert(commandId, command);
        const QString shellId = req.shellId;
        connect(process, &SimCommand::changed, this, [this, shellId, commandId] {
            const auto s = m_shells.find(shellId);
            if (s == m_shells.end())
                return;
            const auto c = s->commands.value(commandId);
            if (c && c->pendingReply && c->process && (c->process->done || !c->process->out.isEmpty() ||
                                                       !c->process->err.isEmpty()))
                answerReceive(shellId, commandId, c);
        });
        QTimer::singleShot(0, process, [this, process, line] { startCommand(process, line); });
        reply(200, envelope(kActCommand + QStringLiteral("Response"), req.messageId,
                            QStringLiteral("<rsp:CommandResponse><rsp:CommandId>%1</rsp:CommandId>"
                                           "</rsp:CommandResponse>")
                                .arg(commandId)));
        return;
    }
    if (req.action == kActReceive || req.action == kActSignal) {
        const QString commandId = req.action == kActReceive ? req.receiveCommandId : req.signalCommandId;
        const auto command = shell.commands.value(commandId);
        if (!command) {
            fault(QStringLiteral("s:Sender"), QStringLiteral("w:InvalidParameter"),
                  QStringLiteral("The WS-Management service cannot process the request because the CommandId %1 is "
                                 "not valid.")
                      .arg(commandId),
                  QStringLiteral("2150858843"));
            return;
        }
        if (req.action == kActSignal) {
            if (command->process) {
                command->process->terminate();
                command->process->deleteLater();
            }
            command->receiveTimer.reset();
            command->pendingReply = {};
            shell.commands.remove(commandId);
            reply(200, envelope(kActSignal + QStringLiteral("Response"), req.messageId,
                                QStringLiteral("<rsp:SignalResponse/>")));
            return;
        }
        command->pendingReply = reply;
        command->pendingRelatesTo = req.messageId;
        SimCommand *p = command->process;
        if (p && (p->done || !p->out.isEmpty() || !p->err.isEmpty())) {
            answerReceive(req.shellId, commandId, command);
            return;
        }
        command->receiveTimer = std::make_unique<QTimer>();
        command->receiveTimer->setSingleShot(true);
        std::weak_ptr<Command> weak = command;
        connect(command->receiveTimer.get(), &QTimer::timeout, this, [weak] {
            const auto c = weak.lock();
            if (!c || !c->pendingReply)
                return;
            Reply r = std::move(c->pendingReply);
            c->pendingReply = {};
            r(500, faultEnvelope(c->pendingRelatesTo, QStringLiteral("s:Receiver"), QStringLiteral("w:TimedOut"),
                                 QStringLiteral("The WS-Management service cannot complete the operation within the "
                                                "time specified in OperationTimeout.  "),
                                 QStringLiteral("2150858793")));
        });
        command->receiveTimer->start(req.operationTimeoutMs);
        return;
    }
    fault(QStringLiteral("s:Sender"), QStringLiteral("w:ActionNotSupported"),
          QStringLiteral("The action is not supported by the service: %1").arg(req.action), QStringLiteral("2150858771"));
}

void ShellHost::answerReceive(const QString &shellId, const QString &commandId, const std::shared_ptr<Command> &command)
{
    Q_UNUSED(shellId);
    if (!command->pendingReply || !command->process)
        return;
    SimCommand *p = command->process;
    command->receiveTimer.reset();
    QString body = QStringLiteral("<rsp:ReceiveResponse>");
    auto streams = [&](const QString &name, QByteArray &data) {
        // several Stream elements for longer output, as Windows sends them
        for (qsizetype at = 0; at < data.size(); at += 1024)
            body += QStringLiteral("<rsp:Stream Name=\"%1\" CommandId=\"%2\">%3</rsp:Stream>")
                        .arg(name, commandId, QString::fromLatin1(data.mid(at, 1024).toBase64()));
        data.clear();
    };
    streams(QStringLiteral("stdout"), p->out);
    streams(QStringLiteral("stderr"), p->err);
    if (p->done) {
        body += QStringLiteral("<rsp:Stream Name=\"stdout\" CommandId=\"%1\" End=\"true\"></rsp:Stream>"
                               "<rsp:Stream Name=\"stderr\" CommandId=\"%1\" End=\"true\"></rsp:Stream>"
                               "<rsp:CommandState CommandId=\"%1\" State=\"http://schemas.microsoft.com/wbem/wsman/1/"
                               "windows/shell/CommandState/Done\"><rsp:ExitCode>%2</rsp:ExitCode></rsp:CommandState>")
                    .arg(commandId)
                    .arg(qint64(quint32(p->exitCode)));
    } else {
        body += QStringLiteral("<rsp:CommandState CommandId=\"%1\" State=\"http://schemas.microsoft.com/wbem/wsman/1/"
                               "windows/shell/CommandState/Running\"></rsp:CommandState>")
                    .arg(commandId);
    }
    body += QStringLiteral("</rsp:ReceiveResponse>");
    Reply r = std::move(command->pendingReply);
    command->pendingReply = {};
    r(200, envelope(kActReceive + QStringLiteral("Response"), command->pendingRelatesTo, body));
}

// ---- the cmd.exe / PowerShell stand-in ----------------------------------------------------------

void ShellHost::startCommand(SimCommand *process, const QString &commandLine)
{
    runCmd(process, commandLine);
}

void ShellHost::runCmd(SimCommand *process, const QString &lineIn)
{
    const QString line = lineIn.trimmed();
    const QString first = line.section(QLatin1Char(' '), 0, 0).toLower();
    const QString rest = line.section(QLatin1Char(' '), 1).trimmed();
    if (first == QLatin1String("powershell") || first == QLatin1String("powershell.exe")) {
        const QStringList words = rest.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (int i = 0; i < words.size(); ++i) {
            const QString w = words[i].toLower();
            if ((w == QLatin1String("-encodedcommand") || w == QLatin1String("-enc") || w == QLatin1String("-e") ||
                 w == QLatin1String("-ec")) &&
                i + 1 < words.size()) {
                const QByteArray utf16 = QByteArray::fromBase64(words[i + 1].toLatin1());
                QString script;
                for (qsizetype k = 0; k + 1 < utf16.size(); k += 2)
                    script += QChar(char16_t(quint8(utf16[k]) | (quint8(utf16[k + 1]) << 8)));
                m_sim->m_commandLog << QStringLiteral("powershell: ") + script;
                runPowerShell(process, script);
                return;
            }
            if (w == QLatin1String("-command") || w == QLatin1String("-c")) {
                const QString script = words.mid(i + 1).join(QLatin1Char(' '));
                m_sim->m_commandLog << QStringLiteral("powershell: ") + script;
                runPowerShell(process, script);
                return;
            }
        }
        process->writeErr(QByteArray("The simulator only runs PowerShell given with -EncodedCommand or -Command.\r\n"));
        process->finish(1);
        return;
    }
    m_sim->m_commandLog << QStringLiteral("cmd: ") + line;
    if (first == QLatin1String("cmd") || first == QLatin1String("cmd.exe")) {
        if (rest.startsWith(QLatin1String("/c "), Qt::CaseInsensitive)) {
            runCmd(process, rest.mid(3));
            return;
        }
    }
    if (first == QLatin1String("echo")) {
        process->writeOut(rest + QStringLiteral("\r\n"));
        process->finish(0);
    } else if (first == QLatin1String("hostname")) {
        process->writeOut(m_sim->config().hostname + QStringLiteral("\r\n"));
        process->finish(0);
    } else if (first == QLatin1String("whoami")) {
        process->writeOut(m_sim->config().hostname.toLower() + QLatin1Char('\\') +
                          m_sim->config().user.section(QLatin1Char('\\'), -1).toLower() + QStringLiteral("\r\n"));
        process->finish(0);
    } else if (first == QLatin1String("ipconfig")) {
        process->writeOut(QStringLiteral("\r\nWindows IP Configuration\r\n\r\n\r\nEthernet adapter Ethernet:\r\n\r\n"
                                         "   IPv4 Address. . . . . . . . . . . : %1\r\n")
                              .arg(m_sim->config().address.toString()));
        process->finish(0);
    } else if (first == QLatin1String("exit")) {
        QString code = rest;
        if (code.startsWith(QLatin1String("/b "), Qt::CaseInsensitive))
            code = code.mid(3);
        process->finish(code.trimmed().toInt());
    } else if (first == QLatin1String("timeout") || first == QLatin1String("sleep")) {
        // "timeout /t N" or "sleep N": wait, print nothing
        const QString seconds = rest.section(QLatin1Char(' '), -1);
        QTimer::singleShot(int(seconds.toDouble() * 1000), process, [process] { process->finish(0); });
    } else {
        process->writeErr(QStringLiteral("'%1' is not recognized as an internal or external command,\r\noperable "
                                         "program or batch file.\r\n")
                              .arg(line.section(QLatin1Char(' '), 0, 0))
                              .toLatin1());
        process->finish(1);
    }
}

void ShellHost::runPowerShell(SimCommand *process, const QString &script)
{
    const Faults &faults = m_sim->faults();
    if (faults.progress)
        process->writeErr(clixmlProgress(QStringLiteral("Preparing modules for first use.")));
    if (faults.psError) {
        QTimer::singleShot(20, process, [process] {
            process->writeErr(clixmlError({QStringLiteral("Simulated failure (fault ps-error): the WMI repository "
                                                          "cannot be read."),
                                           QStringLiteral("    + CategoryInfo          : NotSpecified: (:) [], "
                                                          "RuntimeException"),
                                           QStringLiteral("    + FullyQualifiedErrorId : SimulatedFailure")}));
            process->finish(1);
        });
        return;
    }
    if (faults.garbage) {
        QTimer::singleShot(20, process, [process] {
            process->writeOut(QStringLiteral("Windows PowerShell\r\nCopyright (C) Microsoft Corporation. All rights "
                                             "reserved.\r\n\r\n<<< simulated garbage output >>>\r\n{\"not\": "
                                             "\"what you asked for\"}\r\n"));
            process->finish(0);
        });
        return;
    }
    if (script.contains(QLatin1String("Get-CimInstance -ClassName Win32_Service")) &&
        script.contains(QLatin1String("$extraNames = @(")) && !script.contains(QLatin1String("$action = "))) {
        runDiscovery(process, script);
        return;
    }
    if (script.contains(QLatin1String("$action = ")) && script.contains(QLatin1String("$timeoutSeconds = ")) &&
        script.contains(QLatin1String("WaitForStatus"))) {
        runControl(process, script);
        return;
    }
    runSimpleScript(process, statementsOf(script), false);
}

void ShellHost::runSimpleScript(SimCommand *process, QStringList statements, bool hadError)
{
    static const QRegularExpression assignPreference(
        QStringLiteral("^\\$(ProgressPreference|ErrorActionPreference|VerbosePreference|WarningPreference)\\s*="),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sleep(QStringLiteral("^Start-Sleep(?:\\s+-(Seconds|Milliseconds|s|m))?\\s+([\\d.]+)$"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression writeOutput(QStringLiteral("^(?:Write-Output|Write-Host|echo)\\s+(.+)$"),
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression writeError(QStringLiteral("^Write-Error\\s+(.+)$"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression exitStatement(QStringLiteral("^exit\\s+(-?\\d+)$"),
                                                  QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression throwStatement(QStringLiteral("^throw\\s+(.+)$"),
                                                   QRegularExpression::CaseInsensitiveOption);
    while (!statements.isEmpty()) {
        const QString s = statements.takeFirst();
        if (process->terminated)
            return;
        if (assignPreference.match(s).hasMatch())
            continue;
        if (const auto m = sleep.match(s); m.hasMatch()) {
            const bool ms = m.captured(1).startsWith(QLatin1Char('m'), Qt::CaseInsensitive);
            const int delay = int(m.captured(2).toDouble() * (ms ? 1 : 1000));
            QTimer::singleShot(delay, process, [this, process, statements, hadError] {
                runSimpleScript(process, statements, hadError);
            });
            return;
        }
        if (const auto m = writeOutput.match(s); m.hasMatch()) {
            if (const auto value = literal(m.captured(1))) {
                process->writeOut(*value + QStringLiteral("\r\n"));
                continue;
            }
        }
        if (const auto value = literal(s)) {
            process->writeOut(*value + QStringLiteral("\r\n"));
            continue;
        }
        if (s.compare(QLatin1String("hostname"), Qt::CaseInsensitive) == 0 ||
            s.compare(QLatin1String("$env:COMPUTERNAME"), Qt::CaseInsensitive) == 0 ||
            s.compare(QLatin1String("[Environment]::MachineName"), Qt::CaseInsensitive) == 0) {
            process->writeOut(m_sim->config().hostname + QStringLiteral("\r\n"));
            continue;
        }
        if (const auto m = writeError.match(s); m.hasMatch()) {
            const QString text = literal(m.captured(1)).value_or(m.captured(1));
            process->writeErr(clixmlError({QStringLiteral("%1 : %2").arg(s, text),
                                           QStringLiteral("    + CategoryInfo          : NotSpecified: (:) "
                                                          "[Write-Error], WriteErrorException"),
                                           QStringLiteral("    + FullyQualifiedErrorId : "
                                                          "Microsoft.PowerShell.Commands.WriteErrorException")}));
            hadError = true;
            continue;
        }
        if (const auto m = exitStatement.match(s); m.hasMatch()) {
            process->finish(m.captured(1).toInt());
            return;
        }
        if (const auto m = throwStatement.match(s); m.hasMatch()) {
            const QString text = literal(m.captured(1)).value_or(m.captured(1));
            process->writeErr(clixmlError({text, QStringLiteral("    + CategoryInfo          : OperationStopped: "
                                                                "(%1:String) [], RuntimeException")
                                                     .arg(text),
                                           QStringLiteral("    + FullyQualifiedErrorId : %1").arg(text)}));
            process->finish(1);
            return;
        }
        const QString word = s.section(QLatin1Char(' '), 0, 0);
        process->writeErr(clixmlError(
            {QStringLiteral("%1 : The term '%1' is not recognized as the name of a cmdlet, function, script file, or "
                            "operable program (winrm-sim understands only a few statements; see its README).")
                 .arg(word),
             QStringLiteral("    + CategoryInfo          : ObjectNotFound: (%1:String) [], CommandNotFoundException")
                 .arg(word),
             QStringLiteral("    + FullyQualifiedErrorId : CommandNotFoundException")}));
        process->finish(1);
        return;
    }
    process->finish(hadError ? 1 : 0);
}

namespace {
// (Get-Process).StartTime.ToUniversalTime().ToString('o'): seven fraction digits and a Z; empty
// when the service's process does not run.
QString startTimeText(const SimService &service)
{
    if (!service.startedAt.isValid() || service.state == QLatin1String("Stopped"))
        return {};
    return service.startedAt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'0000Z'"));
}
} // namespace

void ShellHost::runDiscovery(SimCommand *process, const QString &script)
{
    static const QRegularExpression extraLine(QStringLiteral("^\\$extraNames = @\\((.*)\\)\\s*$"),
                                              QRegularExpression::MultilineOption);
    static const QRegularExpression quoted(QStringLiteral("'((?:[^']|'')*)'"));
    static const QRegularExpression estosExe(QStringLiteral("(^|[\\\\/\"])(EUCWeb|uc-media-server)\\.exe([\"\\s]|$)"),
                                             QRegularExpression::CaseInsensitiveOption);
    QStringList extra;
    const auto line = extraLine.match(script);
    auto it = quoted.globalMatch(line.captured(1));
    while (it.hasNext())
        extra << it.next().captured(1).replace(QStringLiteral("''"), QStringLiteral("'"));
    QJsonArray result;
    for (const SimService &s : m_sim->services()) {
        const bool match = s.name.compare(QLatin1String("eucsrv"), Qt::CaseInsensitive) == 0 ||
                           extra.contains(s.name, Qt::CaseInsensitive) || estosExe.match(s.pathName).hasMatch();
        if (!match)
            continue;
        const QString exe = executableOf(s.pathName);
        const bool exists = !s.productVersion.isEmpty();
        QJsonObject o;
        o.insert(QStringLiteral("name"), s.name);
        o.insert(QStringLiteral("displayName"), s.displayName);
        o.insert(QStringLiteral("state"), s.state);
        o.insert(QStringLiteral("startMode"), s.startMode);
        o.insert(QStringLiteral("pathName"), s.pathName);
        o.insert(QStringLiteral("executable"), exe);
        o.insert(QStringLiteral("productVersion"), exists ? s.productVersion : QString());
        o.insert(QStringLiteral("fileVersion"), exists ? s.fileVersion : QString());
        o.insert(QStringLiteral("startedAt"), startTimeText(s));
        result.append(o);
    }
    // Get-CimInstance over all services takes a moment on a real host
    QTimer::singleShot(50, process, [process, result] {
        process->writeOut(QStringLiteral("UCMC-RESULT ") +
                          QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) +
                          QStringLiteral("\r\n"));
        process->finish(0);
    });
}

namespace {
// Emulates the control script: waits like ServiceController.WaitForStatus.
class ControlRun : public QObject
{
public:
    ControlRun(WinRmSimulator *sim, SimCommand *process, QString name, QString action, QString startupType,
               int timeoutSeconds)
        : QObject(process)
        , m_sim(sim)
        , m_process(process)
        , m_name(std::move(name))
        , m_action(std::move(action))
        , m_startupType(std::move(startupType))
        , m_deadline(qint64(timeoutSeconds) * 1000)
    {
        m_poll.setInterval(25);
        connect(&m_poll, &QTimer::timeout, this, &ControlRun::step);
    }

    void begin()
    {
        SimService *svc = m_sim->service(m_name);
        if (!svc) {
            finish(QStringLiteral("notfound"), {});
            return;
        }
        if (m_action == QLatin1String("SetStartupType")) {
            const QString mode = m_startupType == QLatin1String("Automatic") ? QStringLiteral("Auto") : m_startupType;
            if (!m_sim->setStartMode(m_name, mode)) {
                finish(QStringLiteral("error"),
                       QStringLiteral("Cannot bind parameter 'StartupType'. Cannot convert value \"%1\" to type "
                                      "\"System.ServiceProcess.ServiceStartMode\".")
                           .arg(m_startupType));
                return;
            }
            finish(QStringLiteral("ok"), {});
            return;
        }
        m_phase = (m_action == QLatin1String("Stop") || m_action == QLatin1String("Restart")) ? Phase::Stopping
                                                                                              : Phase::Starting;
        if (m_action != QLatin1String("Stop") && m_action != QLatin1String("Start") &&
            m_action != QLatin1String("Restart")) {
            finish(QStringLiteral("ok"), {}); // the script does nothing for other actions
            return;
        }
        enterPhase();
    }

private:
    enum class Phase { Stopping, Starting };

    void enterPhase()
    {
        SimService *svc = m_sim->service(m_name);
        if (m_phase == Phase::Stopping) {
            if (svc->state != QLatin1String("Stopped") && svc->state != QLatin1String("Stop Pending"))
                m_sim->requestStop(m_name);
        } else {
            if (svc->state != QLatin1String("Running") && svc->state != QLatin1String("Start Pending")) {
                QString error;
                if (!m_sim->requestStart(m_name, &error)) {
                    finish(QStringLiteral("error"), error);
                    return;
                }
            }
        }
        m_poll.start();
        step();
    }

    void step()
    {
        if (m_process->terminated) {
            m_poll.stop();
            return;
        }
        SimService *svc = m_sim->service(m_name);
        const QString wanted = m_phase == Phase::Stopping ? QStringLiteral("Stopped") : QStringLiteral("Running");
        if (svc && svc->state == wanted) {
            m_poll.stop();
            if (m_phase == Phase::Stopping && m_action == QLatin1String("Restart")) {
                m_phase = Phase::Starting;
                enterPhase();
                return;
            }
            finish(QStringLiteral("ok"), {});
            return;
        }
        if (m_deadline.hasExpired()) {
            m_poll.stop();
            finish(QStringLiteral("timeout"), QStringLiteral("Time out has expired and the operation has not been "
                                                             "completed."));
        }
    }

    void finish(const QString &outcome, const QString &message)
    {
        QJsonObject result;
        result.insert(QStringLiteral("outcome"), outcome);
        result.insert(QStringLiteral("message"), message);
        if (SimService *svc = m_sim->service(m_name)) {
            QJsonObject s;
            s.insert(QStringLiteral("name"), svc->name);
            s.insert(QStringLiteral("displayName"), svc->displayName);
            s.insert(QStringLiteral("state"), svc->state);
            s.insert(QStringLiteral("startMode"), svc->startMode);
            s.insert(QStringLiteral("pathName"), svc->pathName);
            s.insert(QStringLiteral("startedAt"), startTimeText(*svc));
            result.insert(QStringLiteral("service"), s);
        } else {
            result.insert(QStringLiteral("service"), QJsonValue::Null);
        }
        m_process->writeOut(QStringLiteral("UCMC-RESULT ") +
                            QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) +
                            QStringLiteral("\r\n"));
        m_process->finish(0);
        deleteLater();
    }

    WinRmSimulator *m_sim;
    SimCommand *m_process;
    QString m_name, m_action, m_startupType;
    QDeadlineTimer m_deadline;
    QTimer m_poll;
    Phase m_phase = Phase::Stopping;
};
} // namespace

void ShellHost::runControl(SimCommand *process, const QString &script)
{
    bool hasName = false, hasAction = false, hasType = false;
    const QString name = paramString(script, QStringLiteral("name"), &hasName);
    const QString action = paramString(script, QStringLiteral("action"), &hasAction);
    const QString startupType = paramString(script, QStringLiteral("startupType"), &hasType);
    static const QRegularExpression timeoutLine(QStringLiteral("^\\$timeoutSeconds = (\\d+)\\s*$"),
                                                QRegularExpression::MultilineOption);
    const auto timeout = timeoutLine.match(script);
    if (!hasName || !hasAction || !hasType || !timeout.hasMatch()) {
        process->writeErr(clixmlError({QStringLiteral("winrm-sim: the service control script's parameter lines are "
                                                      "not in the expected form.")}));
        process->finish(1);
        return;
    }
    auto *run = new ControlRun(m_sim, process, name, action, startupType, timeout.captured(1).toInt());
    QTimer::singleShot(20, run, [run] { run->begin(); });
}

} // namespace winrmsim
