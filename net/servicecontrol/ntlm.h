#pragma once

// NTLM (NT LAN Manager) authentication and session security, client side, written from [MS-NLMP]:
// NTLMv2 responses (3.3.2), key exchange, MIC, SIGNKEY/SEALKEY (3.4.5), and sealing/signing with
// extended session security (3.4.3, 3.4.4.2). Verified against the spec's test vectors (4.2) in
// tests/winrm/tst_ntlm.cpp.
//
// Crypto choices: every primitive comes from Qt: MD4 and MD5 from QCryptographicHash (Qt's own
// implementations, independent of the TLS backend and of OpenSSL's legacy provider), HMAC-MD5
// from QMessageAuthenticationCode, random bytes from QRandomGenerator::system() (the OS CSPRNG).
// Only RC4 is implemented here (class Rc4): Qt provides no stream cipher at all, and OpenSSL 3
// keeps RC4 in its "legacy" provider, which is not loaded by default and whose loading changes
// process-wide state that Qt's TLS backend shares. RC4 is a few lines and is checked against
// well-known vectors and the [MS-NLMP] 4.2.4.4 sealing example.

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace ucmc::ntlm {

// ---- primitives -------------------------------------------------------------------------------
QByteArray md4(const QByteArray &data);
QByteArray md5(const QByteArray &data);
QByteArray hmacMd5(const QByteArray &key, const QByteArray &data);
QByteArray randomBytes(int count);
QByteArray utf16le(const QString &text);
// Equality whose running time does not depend on the contents (for MACs and signatures).
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

// RC4 with a state that continues across calls (NTLM keeps one handle per direction).
class Rc4
{
public:
    Rc4() = default;
    explicit Rc4(const QByteArray &key);
    QByteArray process(const QByteArray &data);
    bool isValid() const { return m_valid; }

private:
    std::array<std::uint8_t, 256> m_s{};
    std::uint8_t m_i = 0;
    std::uint8_t m_j = 0;
    bool m_valid = false;
};

// ---- flags (2.2.2.5) --------------------------------------------------------------------------
enum Flag : std::uint32_t {
    NegotiateUnicode = 0x00000001,
    NegotiateOem = 0x00000002,
    RequestTarget = 0x00000004,
    NegotiateSign = 0x00000010,
    NegotiateSeal = 0x00000020,
    NegotiateLmKey = 0x00000080,
    NegotiateNtlm = 0x00000200,
    NegotiateAlwaysSign = 0x00008000,
    TargetTypeDomain = 0x00010000,
    TargetTypeServer = 0x00020000,
    TargetTypeShare = 0x00040000,
    NegotiateExtendedSessionSecurity = 0x00080000,
    NegotiateTargetInfo = 0x00800000,
    NegotiateVersion = 0x02000000,
    Negotiate128 = 0x20000000,
    NegotiateKeyExchange = 0x40000000,
    Negotiate56 = 0x80000000,
};

// What this client asks for: NTLMv2 with extended session security, 128-bit keys, key exchange,
// sign and seal.
constexpr std::uint32_t kClientFlags = NegotiateUnicode | NegotiateOem | RequestTarget | NegotiateSign |
                                       NegotiateSeal | NegotiateNtlm | NegotiateAlwaysSign |
                                       NegotiateExtendedSessionSecurity | NegotiateTargetInfo |
                                       NegotiateVersion | Negotiate128 | NegotiateKeyExchange | Negotiate56;

// AV_PAIR ids (2.2.2.1)
enum AvId : std::uint16_t {
    MsvAvEOL = 0,
    MsvAvNbComputerName = 1,
    MsvAvNbDomainName = 2,
    MsvAvDnsComputerName = 3,
    MsvAvDnsDomainName = 4,
    MsvAvDnsTreeName = 5,
    MsvAvFlags = 6,
    MsvAvTimestamp = 7,
    MsvAvSingleHost = 8,
    MsvAvTargetName = 9,
    MsvAvChannelBindings = 10,
};

// ---- NTLMv2 (3.3.2) ---------------------------------------------------------------------------
QByteArray ntowfV1(const QString &password);                                             // MD4(UTF-16LE)
QByteArray ntowfV2(const QString &password, const QString &user, const QString &domain); // ResponseKeyNT

struct Ntlmv2Response
{
    QByteArray ntChallengeResponse; // NTProofStr + temp
    QByteArray lmChallengeResponse; // LMv2: HMAC_MD5(key, server + client challenge) + client challenge
    QByteArray ntProofStr;
    QByteArray sessionBaseKey;
};
// time: 8 bytes little-endian FILETIME; targetInfo: AV pairs ending with MsvAvEOL.
Ntlmv2Response computeNtlmv2Response(const QByteArray &responseKeyNt, const QByteArray &serverChallenge,
                                     const QByteArray &clientChallenge, const QByteArray &time,
                                     const QByteArray &targetInfo);

// ---- AV pairs ---------------------------------------------------------------------------------
struct AvPair
{
    std::uint16_t id = 0;
    QByteArray value;
};
std::optional<QList<AvPair>> parseAvPairs(const QByteArray &data);
QByteArray serializeAvPairs(const QList<AvPair> &pairs); // appends MsvAvEOL

// ---- messages (2.2.1) -------------------------------------------------------------------------
QByteArray negotiateMessage(std::uint32_t flags = kClientFlags);

struct ChallengeMessage
{
    std::uint32_t flags = 0;
    QByteArray serverChallenge;
    QByteArray targetInfo; // raw AV pairs
    QString targetName;
    QByteArray raw;
    static std::optional<ChallengeMessage> parse(const QByteArray &message);
};

struct AuthenticateInput
{
    QString user;
    QString domain;
    QString workstation;
    QByteArray responseKeyNt;      // ntowfV2(password, user, domain)
    QByteArray clientChallenge;    // 8 bytes; random when empty
    QByteArray exportedSessionKey; // 16 bytes; random when empty (only used with key exchange)
    QByteArray time;               // 8 bytes; MsvAvTimestamp of the challenge or now when empty
    QByteArray channelBindingHash; // 16-byte MD5 of gss_channel_bindings_struct, HTTPS only
    std::optional<std::uint32_t> flags; // NegotiateFlags to send; negotiatedFlags() when unset
    QByteArray version;                 // 8-byte VERSION; ours when empty
};

struct AuthenticateResult
{
    QByteArray message;
    std::uint32_t flags = 0;       // the negotiated flags (sent in the AUTHENTICATE)
    QByteArray exportedSessionKey; // the key session security derives its keys from
};

// The NegotiateFlags of the AUTHENTICATE: what the NEGOTIATE asked for, the CHALLENGE offered and
// this client supports, without the server-only flags (target types, TARGET_INFO); Unicode wins
// over OEM.
std::uint32_t negotiatedFlags(std::uint32_t negotiateFlags, std::uint32_t challengeFlags);

// Builds the AUTHENTICATE_MESSAGE for a CHALLENGE. When the challenge carries MsvAvTimestamp (every
// Windows server), the LM response is Z(24), MsvAvFlags announces a MIC and the MIC over
// NEGOTIATE+CHALLENGE+AUTHENTICATE is filled in (3.1.5.1.2; bit 0x2 is OR-ed into the server's
// MsvAvFlags when it sent one); otherwise the message has no MIC field
// and carries the LMv2 response, as in the 4.2.4.3 example.
AuthenticateResult authenticateMessage(const QByteArray &negotiate, const ChallengeMessage &challenge,
                                       const AuthenticateInput &input);

QByteArray fileTimeNow();
// MD5 of a gss_channel_bindings_struct whose application data is "tls-server-end-point:" + hash.
QByteArray channelBindingHash(const QByteArray &tlsServerEndPoint);
// RFC 5929 tls-server-end-point of a DER certificate: its hash with the hash function of the
// certificate's signature algorithm when that is SHA-384 or SHA-512 (RSA PKCS#1 v1.5, RSASSA-PSS,
// ECDSA, DSA), otherwise SHA-256 (also for MD5/SHA-1 signatures, as the RFC says).
QByteArray tlsServerEndPoint(const QByteArray &certificateDer);

// ---- session security (3.4) -------------------------------------------------------------------
QByteArray signKey(const QByteArray &exportedSessionKey, bool clientToServer);
QByteArray sealKey(const QByteArray &exportedSessionKey, std::uint32_t flags, bool clientToServer);

// Seals, signs, unseals and verifies messages of one NTLM context with extended session security.
// One RC4 handle per direction, continued across messages; sequence numbers per direction from 0.
class SessionSecurity
{
public:
    enum class Role { Client, Server };
    SessionSecurity() = default;
    SessionSecurity(std::uint32_t flags, const QByteArray &exportedSessionKey, Role role = Role::Client);

    bool isValid() const { return m_valid; }
    // GSS_WrapEx: returns the sealed message; *signature receives the 16-byte signature.
    QByteArray wrap(const QByteArray &message, QByteArray *signature);
    // GSS_UnwrapEx: false when the signature does not match (tampering, wrong key, wrong order).
    bool unwrap(const QByteArray &sealed, const QByteArray &signature, QByteArray *message);

    std::uint32_t outgoingSequence() const { return m_outSeq; }
    std::uint32_t incomingSequence() const { return m_inSeq; }

private:
    QByteArray signature(const QByteArray &key, Rc4 &handle, std::uint32_t seq, const QByteArray &message);

    std::uint32_t m_flags = 0;
    QByteArray m_outSignKey, m_inSignKey;
    Rc4 m_outSeal, m_inSeal;
    std::uint32_t m_outSeq = 0, m_inSeq = 0;
    bool m_valid = false;
};

} // namespace ucmc::ntlm
