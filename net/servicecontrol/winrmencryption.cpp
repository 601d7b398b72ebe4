#include "net/servicecontrol/winrmencryption.h"

#include <QtEndian>

#include <cctype>

namespace ucmc::winrm {

namespace {
constexpr char kBoundary[] = "--Encrypted Boundary";
constexpr char kProtocol[] = "application/HTTP-SPNEGO-session-encrypted";
} // namespace

bool isEncryptedContentType(const QByteArray &contentType)
{
    const QByteArray lower = contentType.toLower();
    return lower.startsWith("multipart/encrypted") &&
           lower.contains(QByteArray(QByteArray("protocol=\"") + QByteArray(kProtocol).toLower() + '"'));
}

QByteArray encryptMessage(ntlm::SessionSecurity &session, const QByteArray &soap)
{
    QByteArray signature;
    const QByteArray sealed = session.wrap(soap, &signature);
    QByteArray body;
    body += QByteArray(kBoundary) + "\r\n";
    body += QByteArray("\tContent-Type: ") + kProtocol + "\r\n";
    body += "\tOriginalContent: type=application/soap+xml;charset=UTF-8;Length=" + QByteArray::number(soap.size()) +
            "\r\n";
    body += QByteArray(kBoundary) + "\r\n";
    body += "\tContent-Type: application/octet-stream\r\n";
    char length[4];
    qToLittleEndian<quint32>(quint32(signature.size()), length);
    body.append(length, 4);
    body += signature;
    body += sealed;
    body += QByteArray(kBoundary) + "--\r\n";
    return body;
}

std::optional<QByteArray> decryptMessage(ntlm::SessionSecurity &session, const QByteArray &body, QString *why)
{
    auto fail = [why](const QString &text) -> std::optional<QByteArray> {
        if (why)
            *why = text;
        return std::nullopt;
    };
    const QByteArray separator = QByteArray(kBoundary) + "\r\n";
    // part 1: headers with OriginalContent
    if (!body.startsWith(separator))
        return fail(QStringLiteral("encrypted body does not start with the boundary"));
    const qsizetype second = body.indexOf(separator, separator.size());
    if (second < 0)
        return fail(QStringLiteral("encrypted body has no second part"));
    const QByteArray headers = body.mid(separator.size(), second - separator.size());
    if (!headers.contains(kProtocol))
        return fail(QStringLiteral("encrypted body is not HTTP-SPNEGO-session-encrypted"));
    const qsizetype lengthAt = headers.indexOf("Length=");
    if (lengthAt < 0)
        return fail(QStringLiteral("encrypted body has no OriginalContent length"));
    qsizetype lengthEnd = lengthAt + 7;
    while (lengthEnd < headers.size() && std::isdigit(static_cast<unsigned char>(headers[lengthEnd])))
        ++lengthEnd;
    bool ok = false;
    const qsizetype originalLength = headers.mid(lengthAt + 7, lengthEnd - lengthAt - 7).toLongLong(&ok);
    if (!ok)
        return fail(QStringLiteral("encrypted body has a bad OriginalContent length"));
    // part 2: octet-stream header line, then the binary payload
    qsizetype at = second + separator.size();
    const qsizetype lineEnd = body.indexOf("\r\n", at);
    if (lineEnd < 0 || !body.mid(at, lineEnd - at).contains("application/octet-stream"))
        return fail(QStringLiteral("encrypted body has no octet-stream part"));
    at = lineEnd + 2;
    const QByteArray closing = QByteArray(kBoundary) + "--";
    qsizetype end = body.lastIndexOf(closing);
    if (end < at)
        return fail(QStringLiteral("encrypted body has no closing boundary"));
    const QByteArray payload = body.mid(at, end - at);
    if (payload.size() < 4)
        return fail(QStringLiteral("encrypted payload is too short"));
    const quint32 signatureLength = qFromLittleEndian<quint32>(payload.constData());
    if (signatureLength != 16 || payload.size() < 4 + 16)
        return fail(QStringLiteral("encrypted payload has an unexpected signature length"));
    const QByteArray signature = payload.mid(4, 16);
    const QByteArray sealed = payload.mid(20);
    if (sealed.size() != originalLength)
        return fail(QStringLiteral("encrypted payload length %1 differs from OriginalContent %2")
                        .arg(sealed.size())
                        .arg(originalLength));
    QByteArray plain;
    if (!session.unwrap(sealed, signature, &plain))
        return fail(QStringLiteral("the message signature does not verify"));
    return plain;
}

} // namespace ucmc::winrm
