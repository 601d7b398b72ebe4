#include "net/servicecontrol/ntlm.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QList>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QtEndian>

#include <cstring>

namespace ucmc::ntlm {

namespace {

constexpr char kSignature[] = "NTLMSSP"; // with its NUL: 8 bytes

void putLe16(QByteArray &out, std::uint16_t v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void putLe32(QByteArray &out, std::uint32_t v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

QByteArray le32(std::uint32_t v)
{
    QByteArray out;
    putLe32(out, v);
    return out;
}

std::uint16_t getLe16(const QByteArray &data, qsizetype at)
{
    return qFromLittleEndian<std::uint16_t>(data.constData() + at);
}

std::uint32_t getLe32(const QByteArray &data, qsizetype at)
{
    return qFromLittleEndian<std::uint32_t>(data.constData() + at);
}

// A security buffer (len, maxlen, offset) of a message; nullopt when it points outside.
std::optional<QByteArray> field(const QByteArray &message, qsizetype at)
{
    if (message.size() < at + 8)
        return std::nullopt;
    const std::uint16_t length = getLe16(message, at);
    const std::uint32_t offset = getLe32(message, at + 4);
    if (length == 0)
        return QByteArray();
    if (offset > std::uint32_t(message.size()) || std::uint32_t(message.size()) - offset < length)
        return std::nullopt;
    return message.mid(offset, length);
}

// Our VERSION field: Windows 10 build 19041, NTLM revision 15, as modern clients send.
QByteArray versionField()
{
    QByteArray v;
    v.append(char(10));
    v.append(char(0));
    putLe16(v, 19041);
    v.append(3, '\0');
    v.append(char(0x0f));
    return v;
}

QByteArray magic(const char *text)
{
    return QByteArray(text, qsizetype(std::strlen(text) + 1)); // with the terminating NUL
}

} // namespace

// ---- primitives -------------------------------------------------------------------------------

QByteArray md4(const QByteArray &data) { return QCryptographicHash::hash(data, QCryptographicHash::Md4); }

QByteArray md5(const QByteArray &data) { return QCryptographicHash::hash(data, QCryptographicHash::Md5); }

QByteArray hmacMd5(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Md5);
}

QByteArray randomBytes(int count)
{
    // QRandomGenerator::system() is the operating system's CSPRNG (getrandom(2) on Linux).
    QByteArray out(count, '\0');
    QRandomGenerator::system()->generate(out.begin(), out.end());
    return out;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // The time depends on the lengths only (public: a MAC is always 16 bytes), never on where the
    // first differing byte is, so a forger learns nothing from how fast a wrong MAC is refused.
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    // Through a volatile read, so the compiler cannot turn the loop into an early exit.
    volatile unsigned char result = difference;
    return result == 0;
}

QByteArray utf16le(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() * 2);
    for (QChar c : text)
        putLe16(out, c.unicode());
    return out;
}

Rc4::Rc4(const QByteArray &key)
{
    if (key.isEmpty())
        return;
    for (int i = 0; i < 256; ++i)
        m_s[size_t(i)] = std::uint8_t(i);
    std::uint8_t j = 0;
    for (int i = 0; i < 256; ++i) {
        j = std::uint8_t(j + m_s[size_t(i)] + std::uint8_t(key[i % key.size()]));
        std::swap(m_s[size_t(i)], m_s[j]);
    }
    m_valid = true;
}

QByteArray Rc4::process(const QByteArray &data)
{
    QByteArray out(data.size(), '\0');
    for (qsizetype n = 0; n < data.size(); ++n) {
        m_i = std::uint8_t(m_i + 1);
        m_j = std::uint8_t(m_j + m_s[m_i]);
        std::swap(m_s[m_i], m_s[m_j]);
        const std::uint8_t k = m_s[std::uint8_t(m_s[m_i] + m_s[m_j])];
        out[n] = char(std::uint8_t(data[n]) ^ k);
    }
    return out;
}

// ---- NTLMv2 -----------------------------------------------------------------------------------

QByteArray ntowfV1(const QString &password) { return md4(utf16le(password)); }

QByteArray ntowfV2(const QString &password, const QString &user, const QString &domain)
{
    return hmacMd5(ntowfV1(password), utf16le(user.toUpper() + domain));
}

Ntlmv2Response computeNtlmv2Response(const QByteArray &responseKeyNt, const QByteArray &serverChallenge,
                                     const QByteArray &clientChallenge, const QByteArray &time,
                                     const QByteArray &targetInfo)
{
    QByteArray temp;
    temp.append(char(1));      // Responserversion
    temp.append(char(1));      // HiResponserversion
    temp.append(6, '\0');      // Z(6)
    temp.append(time);         // Time
    temp.append(clientChallenge);
    temp.append(4, '\0');      // Z(4)
    temp.append(targetInfo);   // ServerName (AV pairs with MsvAvEOL)
    temp.append(4, '\0');      // Z(4)
    Ntlmv2Response r;
    r.ntProofStr = hmacMd5(responseKeyNt, serverChallenge + temp);
    r.ntChallengeResponse = r.ntProofStr + temp;
    r.lmChallengeResponse = hmacMd5(responseKeyNt, serverChallenge + clientChallenge) + clientChallenge;
    r.sessionBaseKey = hmacMd5(responseKeyNt, r.ntProofStr);
    return r;
}

// ---- AV pairs ---------------------------------------------------------------------------------

std::optional<QList<AvPair>> parseAvPairs(const QByteArray &data)
{
    QList<AvPair> pairs;
    qsizetype at = 0;
    while (at + 4 <= data.size()) {
        const std::uint16_t id = getLe16(data, at);
        const std::uint16_t length = getLe16(data, at + 2);
        at += 4;
        if (id == MsvAvEOL)
            return pairs;
        if (at + length > data.size())
            return std::nullopt;
        pairs.append({id, data.mid(at, length)});
        at += length;
    }
    return std::nullopt; // no MsvAvEOL
}

QByteArray serializeAvPairs(const QList<AvPair> &pairs)
{
    QByteArray out;
    for (const AvPair &pair : pairs) {
        putLe16(out, pair.id);
        putLe16(out, std::uint16_t(pair.value.size()));
        out.append(pair.value);
    }
    putLe32(out, 0); // MsvAvEOL
    return out;
}

// ---- messages ---------------------------------------------------------------------------------

QByteArray negotiateMessage(std::uint32_t flags)
{
    QByteArray m(kSignature, 8);
    putLe32(m, 1);
    putLe32(m, flags);
    m.append(16, '\0'); // DomainNameFields, WorkstationFields: empty
    m.append(versionField());
    return m;
}

std::optional<ChallengeMessage> ChallengeMessage::parse(const QByteArray &message)
{
    if (message.size() < 32 || !message.startsWith(QByteArray(kSignature, 8)) || getLe32(message, 8) != 2)
        return std::nullopt;
    ChallengeMessage c;
    c.raw = message;
    c.flags = getLe32(message, 20);
    c.serverChallenge = message.mid(24, 8);
    const auto name = field(message, 12);
    if (!name)
        return std::nullopt;
    if (c.flags & NegotiateUnicode) {
        QString text;
        for (qsizetype i = 0; i + 1 < name->size(); i += 2)
            text.append(QChar(getLe16(*name, i)));
        c.targetName = text;
    } else {
        c.targetName = QString::fromLatin1(*name);
    }
    if (message.size() >= 48) {
        const auto info = field(message, 40);
        if (!info)
            return std::nullopt;
        c.targetInfo = *info;
    }
    return c;
}

QByteArray fileTimeNow()
{
    // 100 ns intervals since 1601-01-01 UTC
    const quint64 ticks = quint64(QDateTime::currentMSecsSinceEpoch()) * 10000ull + 116444736000000000ull;
    QByteArray out(8, '\0');
    qToLittleEndian(ticks, out.data());
    return out;
}

QByteArray channelBindingHash(const QByteArray &tlsServerEndPoint)
{
    const QByteArray application = "tls-server-end-point:" + tlsServerEndPoint;
    QByteArray s(16, '\0'); // initiator addrtype + length, acceptor addrtype + length: all zero
    putLe32(s, std::uint32_t(application.size()));
    s.append(application);
    return md5(s);
}

namespace {

// A minimal DER reader, just enough to find a certificate's signature algorithm: one TLV at a time.
struct Der
{
    QByteArray data;
    qsizetype at = 0;

    // Reads the next TLV; false when it runs past the end or uses a form DER does not allow.
    bool next(std::uint8_t *tag, QByteArray *content)
    {
        if (at + 2 > data.size())
            return false;
        *tag = std::uint8_t(data[at]);
        if ((*tag & 0x1f) == 0x1f)
            return false; // high tag numbers: not in the structures read here
        qsizetype length = std::uint8_t(data[at + 1]);
        at += 2;
        if (length & 0x80) {
            const int bytes = int(length & 0x7f);
            if (bytes == 0 || bytes > 4 || at + bytes > data.size())
                return false;
            length = 0;
            for (int i = 0; i < bytes; ++i)
                length = (length << 8) | std::uint8_t(data[at + i]);
            at += bytes;
        }
        if (length > data.size() - at)
            return false;
        *content = data.mid(at, length);
        at += length;
        return true;
    }
};

// The hash OID in RSASSA-PSS-params (RFC 4055): SEQUENCE { [0] EXPLICIT AlgorithmIdentifier, ... };
// absent means SHA-1.
QByteArray pssHashOid(const QByteArray &parameters)
{
    Der outer{parameters};
    std::uint8_t tag = 0;
    QByteArray sequence;
    if (!outer.next(&tag, &sequence) || tag != 0x30)
        return {};
    Der fields{sequence};
    QByteArray field;
    if (!fields.next(&tag, &field) || tag != 0xa0)
        return {};
    Der explicitTag{field};
    QByteArray algorithm;
    if (!explicitTag.next(&tag, &algorithm) || tag != 0x30)
        return {};
    Der identifier{algorithm};
    QByteArray oid;
    if (!identifier.next(&tag, &oid) || tag != 0x06)
        return {};
    return oid;
}

} // namespace

QByteArray tlsServerEndPoint(const QByteArray &certificateDer)
{
    // Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm AlgorithmIdentifier, signature }
    QCryptographicHash::Algorithm algorithm = QCryptographicHash::Sha256;
    Der certificate{certificateDer};
    std::uint8_t tag = 0;
    QByteArray content, tbs, signatureAlgorithm, oid;
    if (certificate.next(&tag, &content) && tag == 0x30) {
        Der fields{content};
        if (fields.next(&tag, &tbs) && tag == 0x30 && fields.next(&tag, &signatureAlgorithm) && tag == 0x30) {
            Der identifier{signatureAlgorithm};
            if (identifier.next(&tag, &oid) && tag == 0x06) {
                // DER-encoded OID contents
                static const QByteArray rsaPss = QByteArray::fromHex("2a864886f70d01010a");   // 1.2.840.113549.1.1.10
                static const QByteArray sha384Rsa = QByteArray::fromHex("2a864886f70d01010c"); // .12
                static const QByteArray sha512Rsa = QByteArray::fromHex("2a864886f70d01010d"); // .13
                static const QByteArray sha384Ecdsa = QByteArray::fromHex("2a8648ce3d040303"); // 1.2.840.10045.4.3.3
                static const QByteArray sha512Ecdsa = QByteArray::fromHex("2a8648ce3d040304"); // .4
                static const QByteArray sha384Dsa = QByteArray::fromHex("608648016503040303"); // 2.16.840.1.101.3.4.3.3
                static const QByteArray sha512Dsa = QByteArray::fromHex("608648016503040304"); // .4
                static const QByteArray sha384 = QByteArray::fromHex("608648016503040202");    // 2.16.840.1.101.3.4.2.2
                static const QByteArray sha512 = QByteArray::fromHex("608648016503040203");    // .3
                QByteArray hashOid;
                if (oid == rsaPss)
                    hashOid = pssHashOid(signatureAlgorithm.mid(identifier.at));
                if (oid == sha384Rsa || oid == sha384Ecdsa || oid == sha384Dsa || hashOid == sha384)
                    algorithm = QCryptographicHash::Sha384;
                else if (oid == sha512Rsa || oid == sha512Ecdsa || oid == sha512Dsa || hashOid == sha512)
                    algorithm = QCryptographicHash::Sha512;
            }
        }
    }
    return QCryptographicHash::hash(certificateDer, algorithm);
}

std::uint32_t negotiatedFlags(std::uint32_t negotiateFlags, std::uint32_t challengeFlags)
{
    // [MS-NLMP] 3.1.5.1.2: the AUTHENTICATE carries the flags both sides agreed on, not the
    // CHALLENGE's verbatim. A capability counts only when this client asked for it in its NEGOTIATE
    // (and supports it: kClientFlags) and the server offered it in the CHALLENGE.
    std::uint32_t flags = negotiateFlags & challengeFlags & kClientFlags;
    // Server-only flags (2.2.2.5) describe the CHALLENGE itself and are never copied:
    // NTLMSSP_TARGET_TYPE_DOMAIN/SERVER/SHARE (what kind of name TargetName is). The intersection
    // drops them already (this client never asks for them); the mask keeps it so if that changes.
    // NTLMSSP_NEGOTIATE_TARGET_INFO stays when both sides named it: the 4.2.4.3 example
    // AUTHENTICATE and Windows clients carry it, and a real server is what this must satisfy.
    flags &= ~std::uint32_t(TargetTypeDomain | TargetTypeServer | TargetTypeShare);
    // One character set: Unicode when both were offered (2.2.2.5, flags A and B).
    if (flags & NegotiateUnicode)
        flags &= ~std::uint32_t(NegotiateOem);
    return flags;
}

AuthenticateResult authenticateMessage(const QByteArray &negotiate, const ChallengeMessage &challenge,
                                       const AuthenticateInput &input)
{
    // What we asked for is in our own NEGOTIATE_MESSAGE (NegotiateFlags at offset 12).
    const std::uint32_t askedFor =
        negotiate.size() >= 16 && negotiate.startsWith(QByteArray(kSignature, 8)) ? getLe32(negotiate, 12)
                                                                                    : kClientFlags;
    const std::uint32_t flags = input.flags.value_or(negotiatedFlags(askedFor, challenge.flags));
    const QByteArray clientChallenge = input.clientChallenge.isEmpty() ? randomBytes(8) : input.clientChallenge;

    QList<AvPair> pairs = parseAvPairs(challenge.targetInfo).value_or(QList<AvPair>());
    bool hasTimestamp = false;
    QByteArray time = input.time;
    for (const AvPair &pair : pairs) {
        if (pair.id == MsvAvTimestamp && pair.value.size() == 8) {
            hasTimestamp = true;
            if (time.isEmpty())
                time = pair.value;
        }
    }
    if (time.isEmpty())
        time = fileTimeNow();
    const bool withMic = hasTimestamp;
    QByteArray targetInfo = challenge.targetInfo;
    if (withMic || !input.channelBindingHash.isEmpty()) {
        if (withMic) {
            // 3.1.5.1.2: set bit 0x2 (MIC present) in the server's MsvAvFlags, keeping whatever bits
            // the server set (e.g. 0x1, account authentication constrained); add the pair if absent.
            bool flagsFound = false;
            for (AvPair &pair : pairs) {
                if (pair.id != MsvAvFlags)
                    continue;
                const std::uint32_t serverBits = pair.value.size() == 4 ? getLe32(pair.value, 0) : 0;
                pair.value = le32(serverBits | 0x2);
                flagsFound = true;
            }
            if (!flagsFound)
                pairs.append({MsvAvFlags, le32(0x2)});
        }
        if (!input.channelBindingHash.isEmpty()) {
            pairs.removeIf([](const AvPair &p) { return p.id == MsvAvChannelBindings; });
            pairs.append({MsvAvChannelBindings, input.channelBindingHash});
        }
        targetInfo = serializeAvPairs(pairs);
    }

    const Ntlmv2Response response =
        computeNtlmv2Response(input.responseKeyNt, challenge.serverChallenge, clientChallenge, time, targetInfo);
    const QByteArray lmResponse = withMic ? QByteArray(24, '\0') : response.lmChallengeResponse;

    // NTLMv2: KeyExchangeKey = SessionBaseKey (3.4.5.1)
    AuthenticateResult result;
    result.flags = flags;
    QByteArray encryptedRandomSessionKey;
    if (flags & NegotiateKeyExchange) {
        result.exportedSessionKey =
            input.exportedSessionKey.isEmpty() ? randomBytes(16) : input.exportedSessionKey;
        Rc4 rc4(response.sessionBaseKey);
        encryptedRandomSessionKey = rc4.process(result.exportedSessionKey);
    } else {
        result.exportedSessionKey = response.sessionBaseKey;
    }

    const bool unicode = flags & NegotiateUnicode;
    auto encode = [unicode](const QString &s) { return unicode ? utf16le(s) : s.toLatin1(); };
    const QByteArray domain = encode(input.domain);
    const QByteArray user = encode(input.user);
    const QByteArray workstation = encode(input.workstation);

    const int headerSize = withMic ? 88 : 72;
    QByteArray payload;
    QByteArray header(kSignature, 8);
    putLe32(header, 3);
    // Payload order as in the 4.2.4.3 example: domain, user, workstation, LM, NT, session key.
    // The fields in the header keep their fixed order, so record offsets first.
    QByteArray ordered[6] = {lmResponse, response.ntChallengeResponse, domain, user, workstation,
                             encryptedRandomSessionKey};
    std::uint32_t offsets[6];
    {
        std::uint32_t at = std::uint32_t(headerSize);
        for (int index : {2, 3, 4, 0, 1, 5}) {
            offsets[index] = at;
            at += std::uint32_t(ordered[index].size());
        }
    }
    for (int index = 0; index < 6; ++index) {
        putLe16(header, std::uint16_t(ordered[index].size()));
        putLe16(header, std::uint16_t(ordered[index].size()));
        putLe32(header, offsets[index]);
    }
    for (int index : {2, 3, 4, 0, 1, 5})
        payload.append(ordered[index]);
    putLe32(header, flags);
    header.append(input.version.size() == 8 ? input.version : versionField());
    const qsizetype micAt = header.size();
    if (withMic)
        header.append(16, '\0');
    QByteArray message = header + payload;
    if (withMic) {
        const QByteArray mic = hmacMd5(result.exportedSessionKey, negotiate + challenge.raw + message);
        message.replace(micAt, 16, mic);
    }
    result.message = message;
    return result;
}

// ---- session security -------------------------------------------------------------------------

QByteArray signKey(const QByteArray &exportedSessionKey, bool clientToServer)
{
    return md5(exportedSessionKey +
               magic(clientToServer ? "session key to client-to-server signing key magic constant"
                                    : "session key to server-to-client signing key magic constant"));
}

QByteArray sealKey(const QByteArray &exportedSessionKey, std::uint32_t flags, bool clientToServer)
{
    QByteArray key = exportedSessionKey;
    if (!(flags & Negotiate128))
        key = key.left((flags & Negotiate56) ? 7 : 5);
    return md5(key + magic(clientToServer ? "session key to client-to-server sealing key magic constant"
                                          : "session key to server-to-client sealing key magic constant"));
}

SessionSecurity::SessionSecurity(std::uint32_t flags, const QByteArray &exportedSessionKey, Role role)
    : m_flags(flags)
{
    const bool client = role == Role::Client;
    m_outSignKey = signKey(exportedSessionKey, client);
    m_inSignKey = signKey(exportedSessionKey, !client);
    m_outSeal = Rc4(sealKey(exportedSessionKey, flags, client));
    m_inSeal = Rc4(sealKey(exportedSessionKey, flags, !client));
    m_valid = exportedSessionKey.size() == 16;
}

QByteArray SessionSecurity::signature(const QByteArray &key, Rc4 &handle, std::uint32_t seq,
                                      const QByteArray &message)
{
    QByteArray checksum = hmacMd5(key, le32(seq) + message).left(8);
    if (m_flags & NegotiateKeyExchange)
        checksum = handle.process(checksum);
    return le32(1) + checksum + le32(seq);
}

QByteArray SessionSecurity::wrap(const QByteArray &message, QByteArray *signatureOut)
{
    const QByteArray sealed = m_outSeal.process(message);
    const QByteArray sig = signature(m_outSignKey, m_outSeal, m_outSeq, message);
    ++m_outSeq;
    if (signatureOut)
        *signatureOut = sig;
    return sealed;
}

bool SessionSecurity::unwrap(const QByteArray &sealed, const QByteArray &signatureIn, QByteArray *message)
{
    if (signatureIn.size() != 16)
        return false;
    const QByteArray plain = m_inSeal.process(sealed);
    const QByteArray expected = signature(m_inSignKey, m_inSeal, m_inSeq, plain);
    ++m_inSeq;
    if (!constantTimeEquals(expected, signatureIn))
        return false;
    if (message)
        *message = plain;
    return true;
}

} // namespace ucmc::ntlm
