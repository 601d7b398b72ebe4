#pragma once

// WS-Management SOAP envelopes for the Windows Remote Shell ([MS-WSMV] 3.1.4.14) and parsing of the
// answers: ShellId, CommandId, output streams, command state, faults; PowerShell helpers (the
// -EncodedCommand line, CLIXML error text). Pure functions, no network.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace ucmc::winrm {

namespace ns {
inline constexpr char soap[] = "http://www.w3.org/2003/05/soap-envelope";
inline constexpr char addressing[] = "http://schemas.xmlsoap.org/ws/2004/08/addressing";
inline constexpr char wsman[] = "http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd";
inline constexpr char msWsman[] = "http://schemas.microsoft.com/wbem/wsman/1/wsman.xsd";
inline constexpr char shell[] = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell";
inline constexpr char transfer[] = "http://schemas.xmlsoap.org/ws/2004/09/transfer";
inline constexpr char wsmanFault[] = "http://schemas.microsoft.com/wbem/wsman/1/wsmanfault";
} // namespace ns

inline constexpr char kShellResourceUri[] = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell/cmd";
inline constexpr char kSignalTerminate[] = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell/signal/terminate";
inline constexpr char kTimedOutCode[] = "2150858793"; // 0x80338029, Receive had nothing within OperationTimeout

struct EnvelopeOptions
{
    QString to;                    // the endpoint URL (servers do not check it)
    int maxEnvelopeSize = 153600;
    int operationTimeoutSeconds = 20;
    QString locale = QStringLiteral("en-US");
    int codePage = 65001;          // UTF-8 output
};

QString newMessageId(); // "uuid:..."

QByteArray createShellEnvelope(const EnvelopeOptions &options, const QString &messageId);
QByteArray commandEnvelope(const EnvelopeOptions &options, const QString &messageId, const QString &shellId,
                           const QString &command, const QStringList &arguments = {});
QByteArray receiveEnvelope(const EnvelopeOptions &options, const QString &messageId, const QString &shellId,
                           const QString &commandId);
QByteArray signalEnvelope(const EnvelopeOptions &options, const QString &messageId, const QString &shellId,
                          const QString &commandId, const QString &code = QString::fromLatin1(kSignalTerminate));
QByteArray deleteShellEnvelope(const EnvelopeOptions &options, const QString &messageId, const QString &shellId);

struct Fault
{
    QString code;       // s:Value, e.g. s:Receiver
    QString subcode;    // e.g. w:TimedOut
    QString reason;     // s:Reason/s:Text, trimmed
    QString wsmanCode;  // f:WSManFault/@Code
    QString wsmanMessage;
    bool isTimedOut() const;
    bool isAccessDenied() const;
};

// nullopt when the body is not a SOAP envelope with a Fault.
std::optional<Fault> parseFault(const QByteArray &body);
// Text content of a header/body element by namespace and local name; empty when missing.
QString elementText(const QByteArray &body, const char *namespaceUri, const QString &localName);
QString parseShellId(const QByteArray &body);   // Selector Name="ShellId"
QString parseCommandId(const QByteArray &body); // rsp:CommandId
QString parseRelatesTo(const QByteArray &body);
bool isSoapEnvelope(const QByteArray &body);

struct ReceiveResult
{
    QByteArray standardOutput;
    QByteArray standardError;
    bool done = false;
    std::optional<int> exitCode;
};
// nullopt when the body is not a ReceiveResponse (or a stream is not base64).
std::optional<ReceiveResult> parseReceive(const QByteArray &body);

// PowerShell
QString encodePowerShell(const QString &script); // base64 of UTF-16LE
QString powerShellCommandLine(const QString &script);
// The error text of a "#< CLIXML" stderr (S="Error" records joined, _xHHHH_ escapes decoded);
// empty when it has no error records (progress records only). Non-CLIXML text is returned trimmed.
QString clixmlErrorText(const QByteArray &standardError);
// The first `lines` non-empty lines of a text, each cut to 200 characters, for "unexpected output".
QString firstLines(const QString &text, int lines = 3);

} // namespace ucmc::winrm
