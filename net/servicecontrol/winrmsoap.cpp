#include "net/servicecontrol/winrmsoap.h"

#include <QRegularExpression>
#include <QUuid>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace ucmc::winrm {

namespace {

constexpr char kActionCreate[] = "http://schemas.xmlsoap.org/ws/2004/09/transfer/Create";
constexpr char kActionDelete[] = "http://schemas.xmlsoap.org/ws/2004/09/transfer/Delete";
constexpr char kActionCommand[] = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Command";
constexpr char kActionReceive[] = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Receive";
constexpr char kActionSignal[] = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Signal";
constexpr char kAnonymous[] = "http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous";

struct Option
{
    QString name;
    QString value;
};

// Writes the whole envelope; `body` writes the children of s:Body.
template<typename BodyWriter>
QByteArray envelope(const EnvelopeOptions &options, const QString &messageId, const char *action,
                    const QString &shellId, const QList<Option> &optionSet, BodyWriter body)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeNamespace(QString::fromLatin1(ns::soap), QStringLiteral("s"));
    w.writeNamespace(QString::fromLatin1(ns::addressing), QStringLiteral("a"));
    w.writeNamespace(QString::fromLatin1(ns::wsman), QStringLiteral("w"));
    w.writeNamespace(QString::fromLatin1(ns::msWsman), QStringLiteral("p"));
    w.writeNamespace(QString::fromLatin1(ns::shell), QStringLiteral("rsp"));
    const QString s = QString::fromLatin1(ns::soap), a = QString::fromLatin1(ns::addressing),
                  wm = QString::fromLatin1(ns::wsman), p = QString::fromLatin1(ns::msWsman);
    w.writeStartElement(s, QStringLiteral("Envelope"));
    w.writeStartElement(s, QStringLiteral("Header"));
    w.writeTextElement(a, QStringLiteral("To"), options.to);
    w.writeStartElement(a, QStringLiteral("ReplyTo"));
    w.writeStartElement(a, QStringLiteral("Address"));
    w.writeAttribute(s, QStringLiteral("mustUnderstand"), QStringLiteral("true"));
    w.writeCharacters(QString::fromLatin1(kAnonymous));
    w.writeEndElement();
    w.writeEndElement();
    w.writeStartElement(wm, QStringLiteral("MaxEnvelopeSize"));
    w.writeAttribute(s, QStringLiteral("mustUnderstand"), QStringLiteral("true"));
    w.writeCharacters(QString::number(options.maxEnvelopeSize));
    w.writeEndElement();
    w.writeTextElement(a, QStringLiteral("MessageID"), messageId);
    w.writeStartElement(wm, QStringLiteral("Locale"));
    w.writeAttribute(s, QStringLiteral("mustUnderstand"), QStringLiteral("false"));
    w.writeAttribute(QStringLiteral("xml:lang"), options.locale);
    w.writeEndElement();
    w.writeStartElement(p, QStringLiteral("DataLocale"));
    w.writeAttribute(s, QStringLiteral("mustUnderstand"), QStringLiteral("false"));
    w.writeAttribute(QStringLiteral("xml:lang"), options.locale);
    w.writeEndElement();
    w.writeTextElement(wm, QStringLiteral("OperationTimeout"),
                       QStringLiteral("PT%1S").arg(options.operationTimeoutSeconds));
    w.writeStartElement(wm, QStringLiteral("ResourceURI"));
    w.writeAttribute(s, QStringLiteral("mustUnderstand"), QStringLiteral("true"));
    w.writeCharacters(QString::fromLatin1(kShellResourceUri));
    w.writeEndElement();
    w.writeStartElement(a, QStringLiteral("Action"));
    w.writeAttribute(s, QStringLiteral("mustUnderstand"), QStringLiteral("true"));
    w.writeCharacters(QString::fromLatin1(action));
    w.writeEndElement();
    if (!shellId.isEmpty()) {
        w.writeStartElement(wm, QStringLiteral("SelectorSet"));
        w.writeStartElement(wm, QStringLiteral("Selector"));
        w.writeAttribute(QStringLiteral("Name"), QStringLiteral("ShellId"));
        w.writeCharacters(shellId);
        w.writeEndElement();
        w.writeEndElement();
    }
    if (!optionSet.isEmpty()) {
        w.writeStartElement(wm, QStringLiteral("OptionSet"));
        for (const Option &option : optionSet) {
            w.writeStartElement(wm, QStringLiteral("Option"));
            w.writeAttribute(QStringLiteral("Name"), option.name);
            w.writeCharacters(option.value);
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeEndElement(); // Header
    w.writeStartElement(s, QStringLiteral("Body"));
    body(w);
    w.writeEndElement(); // Body
    w.writeEndElement(); // Envelope
    w.writeEndDocument();
    return out;
}

const QString kRsp = QString::fromLatin1(ns::shell);

// Walks the document and calls `visit` for each start element; stops when it returns true.
template<typename Visitor>
bool walk(const QByteArray &body, Visitor visit)
{
    QXmlStreamReader r(body);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && visit(r))
            return true;
    }
    return false;
}

QString decodeClixmlEscapes(QString text)
{
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString out;
    qsizetype last = 0;
    auto it = escape.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        out += QChar(char16_t(m.captured(1).toUShort(nullptr, 16)));
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

} // namespace

QString newMessageId()
{
    return QStringLiteral("uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
}

QByteArray createShellEnvelope(const EnvelopeOptions &options, const QString &messageId)
{
    return envelope(options, messageId, kActionCreate, {},
                    {{QStringLiteral("WINRS_NOPROFILE"), QStringLiteral("TRUE")},
                     {QStringLiteral("WINRS_CODEPAGE"), QString::number(options.codePage)}},
                    [](QXmlStreamWriter &w) {
                        w.writeStartElement(kRsp, QStringLiteral("Shell"));
                        w.writeTextElement(kRsp, QStringLiteral("InputStreams"), QStringLiteral("stdin"));
                        w.writeTextElement(kRsp, QStringLiteral("OutputStreams"), QStringLiteral("stdout stderr"));
                        w.writeEndElement();
                    });
}

QByteArray commandEnvelope(const EnvelopeOptions &options, const QString &messageId, const QString &shellId,
                           const QString &command, const QStringList &arguments)
{
    return envelope(options, messageId, kActionCommand, shellId,
                    {{QStringLiteral("WINRS_CONSOLEMODE_STDIN"), QStringLiteral("TRUE")},
                     {QStringLiteral("WINRS_SKIP_CMD_SHELL"), QStringLiteral("FALSE")}},
                    [&](QXmlStreamWriter &w) {
                        w.writeStartElement(kRsp, QStringLiteral("CommandLine"));
                        w.writeTextElement(kRsp, QStringLiteral("Command"), command);
                        for (const QString &argument : arguments)
                            w.writeTextElement(kRsp, QStringLiteral("Arguments"), argument);
                        w.writeEndElement();
                    });
}

QByteArray receiveEnvelope(const EnvelopeOptions &options, const QString &messageId, const QString &shellId,
                           const QString &commandId)
{
    return envelope(options, messageId, kActionReceive, shellId, {}, [&](QXmlStreamWriter &w) {
        w.writeStartElement(kRsp, QStringLiteral("Receive"));
        w.writeStartElement(kRsp, QStringLiteral("DesiredStream"));
        w.writeAttribute(QStringLiteral("CommandId"), commandId);
        w.writeCharacters(QStringLiteral("stdout stderr"));
        w.writeEndElement();
        w.writeEndElement();
    });
}

QByteArray signalEnvelope(const EnvelopeOptions &options, const QString &messageId, const QString &shellId,
                          const QString &commandId, const QString &code)
{
    return envelope(options, messageId, kActionSignal, shellId, {}, [&](QXmlStreamWriter &w) {
        w.writeStartElement(kRsp, QStringLiteral("Signal"));
        w.writeAttribute(QStringLiteral("CommandId"), commandId);
        w.writeTextElement(kRsp, QStringLiteral("Code"), code);
        w.writeEndElement();
    });
}

QByteArray deleteShellEnvelope(const EnvelopeOptions &options, const QString &messageId, const QString &shellId)
{
    return envelope(options, messageId, kActionDelete, shellId, {}, [](QXmlStreamWriter &) {});
}

bool Fault::isTimedOut() const
{
    return wsmanCode == QLatin1String(kTimedOutCode) || subcode.endsWith(QLatin1String(":TimedOut")) ||
           subcode == QLatin1String("TimedOut");
}

bool Fault::isAccessDenied() const
{
    return wsmanCode == QLatin1String("5") || wsmanCode == QLatin1String("2147942405") ||
           subcode.endsWith(QLatin1String(":AccessDenied"));
}

std::optional<Fault> parseFault(const QByteArray &body)
{
    QXmlStreamReader r(body);
    Fault fault;
    bool inFault = false, inSubcode = false, found = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            const auto name = r.name();
            const auto nsUri = r.namespaceUri();
            if (nsUri == QLatin1String(ns::soap) && name == QLatin1String("Fault")) {
                inFault = found = true;
            } else if (!inFault) {
                continue;
            } else if (nsUri == QLatin1String(ns::soap) && name == QLatin1String("Subcode")) {
                inSubcode = true;
            } else if (nsUri == QLatin1String(ns::soap) && name == QLatin1String("Value")) {
                const QString value = r.readElementText().trimmed();
                (inSubcode ? fault.subcode : fault.code) = value;
            } else if (nsUri == QLatin1String(ns::soap) && name == QLatin1String("Text")) {
                if (fault.reason.isEmpty())
                    fault.reason = r.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            } else if (name == QLatin1String("WSManFault")) {
                fault.wsmanCode = r.attributes().value(QStringLiteral("Code")).toString();
            } else if (nsUri == QLatin1String(ns::wsmanFault) && name == QLatin1String("Message")) {
                fault.wsmanMessage = r.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            }
        } else if (r.isEndElement() && r.name() == QLatin1String("Subcode")) {
            inSubcode = false;
        }
    }
    if (!found || (r.hasError() && fault.reason.isEmpty() && fault.code.isEmpty()))
        return std::nullopt;
    if (fault.reason.isEmpty())
        fault.reason = fault.wsmanMessage;
    return fault;
}

QString elementText(const QByteArray &body, const char *namespaceUri, const QString &localName)
{
    QString text;
    walk(body, [&](QXmlStreamReader &r) {
        if (r.namespaceUri() == QLatin1String(namespaceUri) && r.name() == localName) {
            text = r.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            return true;
        }
        return false;
    });
    return text;
}

QString parseShellId(const QByteArray &body)
{
    QString id;
    walk(body, [&](QXmlStreamReader &r) {
        if (r.name() == QLatin1String("Selector") &&
            r.attributes().value(QStringLiteral("Name")) == QLatin1String("ShellId")) {
            id = r.readElementText().trimmed();
            return true;
        }
        if (r.namespaceUri() == kRsp && r.name() == QLatin1String("ShellId")) { // rsp:Shell/rsp:ShellId
            id = r.readElementText().trimmed();
            return true;
        }
        return false;
    });
    return id;
}

QString parseCommandId(const QByteArray &body)
{
    return elementText(body, ns::shell, QStringLiteral("CommandId"));
}

QString parseRelatesTo(const QByteArray &body)
{
    return elementText(body, ns::addressing, QStringLiteral("RelatesTo"));
}

bool isSoapEnvelope(const QByteArray &body)
{
    QXmlStreamReader r(body);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement())
            return r.namespaceUri() == QLatin1String(ns::soap) && r.name() == QLatin1String("Envelope");
    }
    return false;
}

std::optional<ReceiveResult> parseReceive(const QByteArray &body)
{
    QXmlStreamReader r(body);
    ReceiveResult result;
    bool sawResponse = false;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement() || r.namespaceUri() != kRsp)
            continue;
        if (r.name() == QLatin1String("ReceiveResponse")) {
            sawResponse = true;
        } else if (r.name() == QLatin1String("Stream")) {
            const QString streamName = r.attributes().value(QStringLiteral("Name")).toString();
            const QByteArray text = r.readElementText().trimmed().toLatin1();
            const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return std::nullopt;
            if (streamName == QLatin1String("stdout"))
                result.standardOutput += *decoded;
            else if (streamName == QLatin1String("stderr"))
                result.standardError += *decoded;
        } else if (r.name() == QLatin1String("CommandState")) {
            if (r.attributes().value(QStringLiteral("State")).endsWith(QLatin1String("CommandState/Done")))
                result.done = true;
        } else if (r.name() == QLatin1String("ExitCode")) {
            bool ok = false;
            const qlonglong code = r.readElementText().trimmed().toLongLong(&ok);
            if (ok)
                result.exitCode = int(quint32(code)); // Windows exit codes are DWORDs
        }
    }
    if (r.hasError() || !sawResponse)
        return std::nullopt;
    return result;
}

QString encodePowerShell(const QString &script)
{
    QByteArray utf16;
    utf16.reserve(script.size() * 2);
    for (QChar c : script) {
        utf16.append(char(c.unicode() & 0xff));
        utf16.append(char(c.unicode() >> 8));
    }
    return QString::fromLatin1(utf16.toBase64());
}

QString powerShellCommandLine(const QString &script)
{
    return QStringLiteral("powershell -NoProfile -NonInteractive -EncodedCommand ") + encodePowerShell(script);
}

QString clixmlErrorText(const QByteArray &standardError)
{
    QByteArray data = standardError;
    if (!data.trimmed().startsWith("#< CLIXML"))
        return QString::fromUtf8(data).trimmed();
    data = data.mid(data.indexOf('\n') + 1);
    QStringList parts;
    QXmlStreamReader r(data);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("S") &&
            r.attributes().value(QStringLiteral("S")) == QLatin1String("Error")) {
            parts << decodeClixmlEscapes(r.readElementText(QXmlStreamReader::IncludeChildElements));
        }
    }
    QString text = parts.join(QString());
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return text.trimmed();
}

QString firstLines(const QString &text, int lines)
{
    QStringList out;
    const QStringList all = text.split(QRegularExpression(QStringLiteral("\r?\n")));
    for (const QString &line : all) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        out << (trimmed.size() > 200 ? trimmed.left(200) + QStringLiteral("…") : trimmed);
        if (out.size() == lines)
            break;
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace ucmc::winrm
