// libFuzzer target: what a WinRM host answers, read by net/servicecontrol: the HTTP response
// (HttpResponse::read), the message-encryption multipart body (decryptMessage) and the SOAP
// answers (parseFault, parseReceive, parseShellId, ..., clixmlErrorText).
// Input: one byte selects the reader (0 SOAP, 1 encrypted body, 2 encrypt + damage + decrypt,
// 3 HTTP), one byte of parameters, then the data.
// Oracle: SOAP: a fault and a receive result written back as SOAP read the same; a fault is only
// found in an envelope that has one; firstLines keeps its limits. Encrypted: what decrypts has
// the announced length; our own sealed message decrypts to itself, and no truncated or altered
// copy decrypts to anything else. HTTP: a complete response consumed only what it was given, is
// not complete one byte short, keeps the body limit, has well-formed chunks, and written back
// plainly (Content-Length) reads the same.

#include "fuzzsupport.h"
#include "net/servicecontrol/winrmencryption.h"
#include "net/servicecontrol/winrmsoap.h"
#include "net/servicecontrol/winrmtransport.h"

#include <QXmlStreamWriter>

#include <cstddef>
#include <cstdint>

using namespace ucmc;
using namespace ucmc::winrm;

namespace {

const QByteArray kKey = QByteArrayLiteral("0123456789abcdef");

QByteArray writeFault(const Fault &fault)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeNamespace(QString::fromLatin1(ns::soap), QStringLiteral("s"));
    w.writeNamespace(QString::fromLatin1(ns::wsmanFault), QStringLiteral("f"));
    w.writeStartElement(QString::fromLatin1(ns::soap), QStringLiteral("Envelope"));
    w.writeStartElement(QString::fromLatin1(ns::soap), QStringLiteral("Body"));
    w.writeStartElement(QString::fromLatin1(ns::soap), QStringLiteral("Fault"));
    w.writeStartElement(QString::fromLatin1(ns::soap), QStringLiteral("Code"));
    w.writeTextElement(QString::fromLatin1(ns::soap), QStringLiteral("Value"), fault.code);
    w.writeStartElement(QString::fromLatin1(ns::soap), QStringLiteral("Subcode"));
    w.writeTextElement(QString::fromLatin1(ns::soap), QStringLiteral("Value"), fault.subcode);
    w.writeEndElement();
    w.writeEndElement();
    w.writeStartElement(QString::fromLatin1(ns::soap), QStringLiteral("Reason"));
    w.writeTextElement(QString::fromLatin1(ns::soap), QStringLiteral("Text"), fault.reason);
    w.writeEndElement();
    w.writeStartElement(QString::fromLatin1(ns::soap), QStringLiteral("Detail"));
    w.writeStartElement(QString::fromLatin1(ns::wsmanFault), QStringLiteral("WSManFault"));
    w.writeAttribute(QStringLiteral("Code"), fault.wsmanCode);
    w.writeTextElement(QString::fromLatin1(ns::wsmanFault), QStringLiteral("Message"), fault.wsmanMessage);
    w.writeEndDocument();
    return out;
}

QByteArray writeReceive(const ReceiveResult &result)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeNamespace(QString::fromLatin1(ns::soap), QStringLiteral("s"));
    w.writeNamespace(QString::fromLatin1(ns::shell), QStringLiteral("rsp"));
    w.writeStartElement(QString::fromLatin1(ns::soap), QStringLiteral("Envelope"));
    w.writeStartElement(QString::fromLatin1(ns::soap), QStringLiteral("Body"));
    w.writeStartElement(QString::fromLatin1(ns::shell), QStringLiteral("ReceiveResponse"));
    w.writeStartElement(QString::fromLatin1(ns::shell), QStringLiteral("Stream"));
    w.writeAttribute(QStringLiteral("Name"), QStringLiteral("stdout"));
    w.writeCharacters(QString::fromLatin1(result.standardOutput.toBase64()));
    w.writeEndElement();
    w.writeStartElement(QString::fromLatin1(ns::shell), QStringLiteral("Stream"));
    w.writeAttribute(QStringLiteral("Name"), QStringLiteral("stderr"));
    w.writeCharacters(QString::fromLatin1(result.standardError.toBase64()));
    w.writeEndElement();
    w.writeStartElement(QString::fromLatin1(ns::shell), QStringLiteral("CommandState"));
    w.writeAttribute(QStringLiteral("State"), QString::fromLatin1(ns::shell)
                                                  + (result.done ? QStringLiteral("/CommandState/Done")
                                                                 : QStringLiteral("/CommandState/Running")));
    if (result.exitCode)
        w.writeTextElement(QString::fromLatin1(ns::shell), QStringLiteral("ExitCode"), QString::number(*result.exitCode));
    w.writeEndDocument();
    return out;
}

bool sameFault(const Fault &a, const Fault &b)
{
    return a.code == b.code && a.subcode == b.subcode && a.reason == b.reason && a.wsmanCode == b.wsmanCode
        && a.wsmanMessage == b.wsmanMessage;
}

void soap(const QByteArray &body)
{
    if (const std::optional<Fault> fault = parseFault(body)) {
        const std::optional<Fault> again = parseFault(writeFault(*fault));
        FUZZ_CHECK(again && sameFault(*fault, *again));
        (void)fault->isTimedOut();
        (void)fault->isAccessDenied();
    }
    if (const std::optional<ReceiveResult> result = parseReceive(body)) {
        const std::optional<ReceiveResult> again = parseReceive(writeReceive(*result));
        FUZZ_CHECK(again && again->standardOutput == result->standardOutput
                   && again->standardError == result->standardError && again->done == result->done
                   && again->exitCode == result->exitCode);
    }
    (void)isSoapEnvelope(body);
    (void)parseShellId(body);
    (void)parseCommandId(body);
    (void)parseRelatesTo(body);
    const QString error = clixmlErrorText(body);
    const QString lines = firstLines(error, 3);
    const QStringList split = lines.split(QLatin1Char('\n'));
    FUZZ_CHECK(split.size() <= 3);
    for (const QString &line : split)
        FUZZ_CHECK(line.size() <= 201);
}

void decrypt(const QByteArray &body)
{
    ntlm::SessionSecurity server(ntlm::kClientFlags, kKey, ntlm::SessionSecurity::Role::Server);
    QString why;
    const std::optional<QByteArray> plain = decryptMessage(server, body, &why);
    FUZZ_CHECK(plain.has_value() == why.isEmpty());
    if (plain)
        FUZZ_CHECK(plain->size() <= body.size());
    (void)isEncryptedContentType(body);
}

void roundTrip(const QByteArray &soapText, quint8 parameter)
{
    ntlm::SessionSecurity client(ntlm::kClientFlags, kKey, ntlm::SessionSecurity::Role::Client);
    const QByteArray body = encryptMessage(client, soapText);
    const auto decryptFresh = [](const QByteArray &bytes) {
        ntlm::SessionSecurity server(ntlm::kClientFlags, kKey, ntlm::SessionSecurity::Role::Server);
        return decryptMessage(server, bytes, nullptr);
    };
    const std::optional<QByteArray> plain = decryptFresh(body);
    FUZZ_CHECK(plain && *plain == soapText);
    // Cut short: refused, except for the line end after the closing boundary (the epilogue).
    const qsizetype cut = body.size() * parameter / 256;
    const std::optional<QByteArray> truncated = decryptFresh(body.left(cut));
    FUZZ_CHECK(!truncated || (cut >= body.size() - 2 && *truncated == soapText));
    // One byte changed: refused, or (a byte of the framing nobody reads) the same message.
    QByteArray altered = body;
    const qsizetype at = (body.size() - 1) * (255 - parameter) / 255;
    altered[at] = char(altered[at] ^ (1 | parameter));
    const std::optional<QByteArray> damaged = decryptFresh(altered);
    FUZZ_CHECK(!damaged || *damaged == soapText);
}

// The chunked body of a complete response, read again strictly: size line, data, CRLF.
bool chunksWellFormed(QByteArrayView bytes)
{
    qsizetype at = bytes.indexOf(QByteArrayView("\r\n\r\n")) + 4;
    for (;;) {
        const qsizetype lineEnd = bytes.indexOf(QByteArrayView("\r\n"), at);
        if (lineEnd < 0)
            return false;
        bool ok = false;
        const qsizetype size =
            bytes.sliced(at, lineEnd - at).toByteArray().split(';').value(0).trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return false;
        if (size == 0)
            return true;
        if (lineEnd + 2 + size + 2 > bytes.size() || bytes.sliced(lineEnd + 2 + size, 2) != QByteArrayView("\r\n"))
            return false;
        at = lineEnd + 2 + size + 2;
    }
}

void http(const QByteArray &input)
{
    QByteArray buffer = input;
    HttpResponse response;
    const HttpResponse::Read read = HttpResponse::read(buffer, &response);
    if (read != HttpResponse::Read::Complete) {
        FUZZ_CHECK(buffer == input);
        return;
    }
    const qsizetype consumed = input.size() - buffer.size();
    FUZZ_CHECK(consumed > 0 && input.endsWith(buffer));
    FUZZ_CHECK(response.body.size() <= HttpResponse::kMaxBodyBytes && response.body.size() < consumed);
    QByteArray shorter = input.left(consumed - 1);
    HttpResponse ignored;
    FUZZ_CHECK(HttpResponse::read(shorter, &ignored) != HttpResponse::Read::Complete);
    const bool chunked = response.header("transfer-encoding").toLower().contains("chunked");
    if (chunked)
        FUZZ_CHECK(chunksWellFormed(QByteArrayView(input).first(consumed)));
    // Written back with the body by Content-Length: the same status, headers and body.
    QByteArray plain = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\n";
    QList<QPair<QByteArray, QByteArray>> kept;
    for (const auto &header : response.headers) {
        if (header.first == "transfer-encoding" || header.first == "content-length")
            continue;
        kept.append(header);
        plain += header.first + ": " + header.second + "\r\n";
    }
    plain += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n" + response.body;
    HttpResponse again;
    FUZZ_CHECK(HttpResponse::read(plain, &again) == HttpResponse::Read::Complete && plain.isEmpty());
    again.headers.removeIf([](const QPair<QByteArray, QByteArray> &h) { return h.first == "content-length"; });
    FUZZ_CHECK(again.status == response.status && again.headers == kept && again.body == response.body);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const QByteArray rest(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    switch (data[0] % 4) {
    case 0:
        soap(rest);
        break;
    case 1:
        decrypt(rest);
        break;
    case 2:
        roundTrip(rest, data[1]);
        break;
    default:
        http(rest);
        break;
    }
    return 0;
}
