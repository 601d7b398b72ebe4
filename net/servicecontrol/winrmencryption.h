#pragma once

// WS-Management message encryption over HTTP with NTLM session security ([MS-WSMV] 2.2.9.1.1):
// the SOAP body sealed and signed, framed as multipart/encrypted with
// protocol="application/HTTP-SPNEGO-session-encrypted".

#include "net/servicecontrol/ntlm.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ucmc::winrm {

inline constexpr char kEncryptedContentType[] =
    "multipart/encrypted;protocol=\"application/HTTP-SPNEGO-session-encrypted\";boundary=\"Encrypted Boundary\"";
inline constexpr char kPlainContentType[] = "application/soap+xml;charset=UTF-8";

bool isEncryptedContentType(const QByteArray &contentType);

// Seals `soap` with the session and returns the complete multipart body.
QByteArray encryptMessage(ntlm::SessionSecurity &session, const QByteArray &soap);

// The plaintext SOAP of a multipart/encrypted body; nullopt with *why on a framing error, a length
// mismatch or a bad signature.
std::optional<QByteArray> decryptMessage(ntlm::SessionSecurity &session, const QByteArray &body, QString *why);

} // namespace ucmc::winrm
