// NTLM primitives against published vectors: MD4 (RFC 1320), RC4 (well-known vectors), and the
// [MS-NLMP] section 4.2 values (4.2.1 common values; 4.2.2/4.2.3 NTOWFv1; 4.2.4 NTLMv2: NTOWFv2,
// LMv2/NTLMv2 responses, session base key, encrypted session key, CHALLENGE/AUTHENTICATE messages,
// SEALKEY/SIGNKEY and GSS_WrapEx), plus sealing/signing round trips and tamper detection, the
// negotiated flags and MsvAvFlags of the AUTHENTICATE (3.1.5.1.2), the constant-time MAC compare
// and the RFC 5929 tls-server-end-point hash choice.
#include "net/servicecontrol/ntlm.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace ucmc::ntlm;

namespace {
QByteArray hex(const char *text) { return QByteArray::fromHex(QByteArray(text).replace(' ', "")); }

// [MS-NLMP] 4.2.1
const QString kUser = QStringLiteral("User");
const QString kDomain = QStringLiteral("Domain");
const QString kPassword = QStringLiteral("Password");
const QByteArray kRandomSessionKey = QByteArray(16, char(0x55));
const QByteArray kTime = QByteArray(8, '\0');
const QByteArray kClientChallenge = QByteArray(8, char(0xaa));
const QByteArray kServerChallenge = hex("0123456789abcdef");

// 4.2.4.3 CHALLENGE_MESSAGE
const QByteArray kChallengeV2 = hex("4e544c4d53535000020000000c000c003800000033828ae20123456789abcdef"
                                    "00000000000000002400240044000000060070170000000f5300650072007600"
                                    "6500720002000c0044006f006d00610069006e0001000c005300650072007600"
                                    "6500720000000000");
// 4.2.4.3 AUTHENTICATE_MESSAGE
const QByteArray kAuthenticateV2 = hex("4e 54 4c 4d 53 53 50 00 03 00 00 00 18 00 18 00"
                                       "6c 00 00 00 54 00 54 00 84 00 00 00 0c 00 0c 00"
                                       "48 00 00 00 08 00 08 00 54 00 00 00 10 00 10 00"
                                       "5c 00 00 00 10 00 10 00 d8 00 00 00 35 82 88 e2"
                                       "05 01 28 0a 00 00 00 0f 44 00 6f 00 6d 00 61 00"
                                       "69 00 6e 00 55 00 73 00 65 00 72 00 43 00 4f 00"
                                       "4d 00 50 00 55 00 54 00 45 00 52 00 86 c3 50 97"
                                       "ac 9c ec 10 25 54 76 4a 57 cc cc 19 aa aa aa aa"
                                       "aa aa aa aa 68 cd 0a b8 51 e5 1c 96 aa bc 92 7b"
                                       "eb ef 6a 1c 01 01 00 00 00 00 00 00 00 00 00 00"
                                       "00 00 00 00 aa aa aa aa aa aa aa aa 00 00 00 00"
                                       "02 00 0c 00 44 00 6f 00 6d 00 61 00 69 00 6e 00"
                                       "01 00 0c 00 53 00 65 00 72 00 76 00 65 00 72 00"
                                       "00 00 00 00 00 00 00 00 c5 da d2 54 4f c9 79 90"
                                       "94 ce 1c e9 0b c9 d0 3e");
// The 4.2.4.3 CHALLENGE header with other AV pairs (and, when given, other NegotiateFlags).
QByteArray challengeWith(const QList<AvPair> &pairs, std::optional<quint32> flags = std::nullopt)
{
    QByteArray challengeBytes = kChallengeV2.left(40);
    if (flags)
        qToLittleEndian(*flags, challengeBytes.data() + 20);
    const QByteArray info = serializeAvPairs(pairs);
    QByteArray fields;
    fields += char(info.size() & 0xff);
    fields += char(info.size() >> 8);
    fields += char(info.size() & 0xff);
    fields += char(info.size() >> 8);
    fields += hex("38000000");
    challengeBytes += fields + hex("060070170000000f");
    challengeBytes += info;
    return challengeBytes;
}

// The AV pairs the client put into its NTLMv2 response (after NTProofStr and the fixed blob header).
QList<AvPair> clientAvPairs(const QByteArray &authenticate)
{
    const quint32 ntOffset = qFromLittleEndian<quint32>(authenticate.constData() + 24);
    const quint16 ntLength = qFromLittleEndian<quint16>(authenticate.constData() + 20);
    return parseAvPairs(authenticate.mid(ntOffset, ntLength).mid(16 + 28)).value_or(QList<AvPair>());
}
} // namespace

class TestNtlm : public QObject
{
    Q_OBJECT
private slots:
    void md4Rfc1320_data();
    void md4Rfc1320();
    void hmacMd5LongKey();
    void randomBytesFromSystem();
    void constantTimeCompare();
    void rc4Vectors_data();
    void rc4Vectors();
    void rc4ContinuesState();
    void hmacMd5Rfc2202();
    void ntowfV1Vector();
    void ntowfV2Vector();
    void ntlmv2ResponseVectors();
    void encryptedSessionKeyVector();
    void challengeMessageVector();
    void authenticateMessageVector();
    void authenticateWithTimestampHasMic();
    void serverMsvAvFlagsAreKept();
    void negotiatedFlagsDropServerOnly();
    void authenticateSendsNegotiatedFlags();
    void sealAndSignKeysVector();
    void gssWrapExVector();
    void sealRoundTrip();
    void tamperedMessageFails();
    void outOfOrderFails();
    void negotiateMessageShape();
    void tlsServerEndPointHash_data();
    void tlsServerEndPointHash();
    void tlsServerEndPointMalformed();
};

void TestNtlm::md4Rfc1320_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("digest");
    QTest::newRow("empty") << QByteArray() << hex("31d6cfe0d16ae931b73c59d7e0c089c0");
    QTest::newRow("a") << QByteArray("a") << hex("bde52cb31de33e46245e05fbdbd6fb24");
    QTest::newRow("abc") << QByteArray("abc") << hex("a448017aaf21d8525fc10ae87aa6729d");
    QTest::newRow("message digest") << QByteArray("message digest") << hex("d9130a8164549fe818874806e1c7014b");
    QTest::newRow("alphabet") << QByteArray("abcdefghijklmnopqrstuvwxyz") << hex("d79e1c308aa5bbcdeea8ed63df412da9");
    QTest::newRow("80 digits") << QByteArray("1234567890").repeated(8) << hex("e33b4ddc9c38f2199c3e7b164fcc0536");
}

void TestNtlm::md4Rfc1320()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, digest);
    QCOMPARE(md4(input).toHex(), digest.toHex());
}

void TestNtlm::hmacMd5LongKey()
{
    // RFC 2202 test cases 6 and 7: keys longer than the 64-byte block are hashed first
    const QByteArray key(80, char(0xaa));
    QCOMPARE(hmacMd5(key, "Test Using Larger Than Block-Size Key - Hash Key First").toHex(),
             QByteArray("6b1ab7fe4bd7bf8f0b62e6ce61b9d0cd"));
    QCOMPARE(hmacMd5(key, "Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data").toHex(),
             QByteArray("6f630fad67cda0ee1fb1f562db3aa53e"));
}

void TestNtlm::randomBytesFromSystem()
{
    const QByteArray a = randomBytes(16), b = randomBytes(16);
    QCOMPARE(a.size(), 16);
    QCOMPARE(randomBytes(0).size(), 0);
    QVERIFY(a != b);
    QVERIFY(a != QByteArray(16, '\0'));
}

void TestNtlm::constantTimeCompare()
{
    const QByteArray mac = hex("010000007fb38ec5c55d497600000000");
    QVERIFY(constantTimeEquals(mac, mac));
    QVERIFY(constantTimeEquals(QByteArray(), QByteArray()));
    for (int i = 0; i < mac.size(); ++i) {
        for (int bit = 0; bit < 8; ++bit) {
            QByteArray other = mac;
            other[i] = char(other[i] ^ (1 << bit));
            QVERIFY(!constantTimeEquals(mac, other));
            QVERIFY(!constantTimeEquals(other, mac));
        }
    }
    QVERIFY(!constantTimeEquals(mac, mac.left(15)));
    QVERIFY(!constantTimeEquals(mac, mac + '\0'));
    // unwrap refuses a signature that differs only in its last byte (the sequence number's top byte)
    const QByteArray key = randomBytes(16);
    SessionSecurity client(kClientFlags, key, SessionSecurity::Role::Client);
    SessionSecurity server(kClientFlags, key, SessionSecurity::Role::Server);
    QByteArray sig;
    const QByteArray sealed = client.wrap("<s:Envelope/>", &sig);
    sig[15] = char(sig[15] ^ 0x80);
    QByteArray plain;
    QVERIFY(!server.unwrap(sealed, sig, &plain));
}

void TestNtlm::rc4Vectors_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("plain");
    QTest::addColumn<QByteArray>("cipher");
    QTest::newRow("Key") << QByteArray("Key") << QByteArray("Plaintext") << hex("bbf316e8d940af0ad3");
    QTest::newRow("Wiki") << QByteArray("Wiki") << QByteArray("pedia") << hex("1021bf0420");
    QTest::newRow("Secret") << QByteArray("Secret") << QByteArray("Attack at dawn")
                            << hex("45a01f645fc35b383552544b9bf5");
    // RFC 6229, 40-bit key 0x0102030405, keystream bytes 0..15
    QTest::newRow("rfc6229") << hex("0102030405") << QByteArray(16, '\0') << hex("b2396305f03dc027ccc3524a0a1118a8");
}

void TestNtlm::rc4Vectors()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, plain);
    QFETCH(QByteArray, cipher);
    Rc4 rc4(key);
    QCOMPARE(rc4.process(plain).toHex(), cipher.toHex());
}

void TestNtlm::rc4ContinuesState()
{
    Rc4 whole(QByteArray("Secret"));
    Rc4 parts(QByteArray("Secret"));
    const QByteArray text("Attack at dawn");
    const QByteArray first = parts.process(text.left(5));
    const QByteArray second = parts.process(text.mid(5));
    QCOMPARE(first + second, whole.process(text));
}

void TestNtlm::hmacMd5Rfc2202()
{
    QCOMPARE(hmacMd5(QByteArray(16, char(0x0b)), "Hi There").toHex(), QByteArray("9294727a3638bb1c13f48ef8158bfc9d"));
    QCOMPARE(hmacMd5("Jefe", "what do ya want for nothing?").toHex(), QByteArray("750c783e6ab0b503eaa86e310a5db738"));
}

void TestNtlm::ntowfV1Vector()
{
    // [MS-NLMP] 4.2.2.1.2 / 4.2.3.1.1
    QCOMPARE(ntowfV1(kPassword).toHex(), QByteArray("a4f49c406510bdcab6824ee7c30fd852"));
}

void TestNtlm::ntowfV2Vector()
{
    // [MS-NLMP] 4.2.4.1.1
    QCOMPARE(ntowfV2(kPassword, kUser, kDomain).toHex(), QByteArray("0c868a403bfd7a93a3001ef22ef02e3f"));
}

void TestNtlm::ntlmv2ResponseVectors()
{
    const auto challenge = ChallengeMessage::parse(kChallengeV2);
    QVERIFY(challenge);
    const Ntlmv2Response r = computeNtlmv2Response(ntowfV2(kPassword, kUser, kDomain), kServerChallenge,
                                                   kClientChallenge, kTime, challenge->targetInfo);
    // 4.2.4.2.1 LMv2 response
    QCOMPARE(r.lmChallengeResponse.toHex(), hex("86c35097ac9cec102554764a57cccc19aaaaaaaaaaaaaaaa").toHex());
    // 4.2.4.2.2 NTProofStr
    QCOMPARE(r.ntProofStr.toHex(), QByteArray("68cd0ab851e51c96aabc927bebef6a1c"));
    // 4.2.4.1.2 session base key
    QCOMPARE(r.sessionBaseKey.toHex(), QByteArray("8de40ccadbc14a82f15cb0ad0de95ca3"));
    // 4.2.4.1.3 temp (after NTProofStr)
    QCOMPARE(r.ntChallengeResponse.mid(16).toHex(),
             hex("01010000000000000000000000000000aaaaaaaaaaaaaaaa00000000"
                 "02000c0044006f006d00610069006e0001000c00530065007200760065007200"
                 "0000000000000000")
                 .toHex());
}

void TestNtlm::encryptedSessionKeyVector()
{
    // 4.2.4.2.3: RC4(KeyExchangeKey = SessionBaseKey, RandomSessionKey)
    Rc4 rc4(hex("8de40ccadbc14a82f15cb0ad0de95ca3"));
    QCOMPARE(rc4.process(kRandomSessionKey).toHex(), QByteArray("c5dad2544fc9799094ce1ce90bc9d03e"));
}

void TestNtlm::challengeMessageVector()
{
    const auto challenge = ChallengeMessage::parse(kChallengeV2);
    QVERIFY(challenge);
    QCOMPARE(challenge->flags, 0xe28a8233u);
    QCOMPARE(challenge->serverChallenge, kServerChallenge);
    QCOMPARE(challenge->targetName, QStringLiteral("Server"));
    const auto pairs = parseAvPairs(challenge->targetInfo);
    QVERIFY(pairs);
    QCOMPARE(pairs->size(), 2);
    QCOMPARE(pairs->at(0).id, std::uint16_t(MsvAvNbDomainName));
    QCOMPARE(pairs->at(0).value, utf16le(kDomain));
    QCOMPARE(pairs->at(1).id, std::uint16_t(MsvAvNbComputerName));
    QCOMPARE(serializeAvPairs(*pairs), challenge->targetInfo);
    QVERIFY(!ChallengeMessage::parse(kChallengeV2.left(20)));
    QVERIFY(!ChallengeMessage::parse(QByteArray("garbage garbage garbage garbage garbage")));
}

void TestNtlm::authenticateMessageVector()
{
    // The whole 4.2.4.3 AUTHENTICATE_MESSAGE, byte for byte (no MsvAvTimestamp: LMv2 and no MIC).
    const auto challenge = ChallengeMessage::parse(kChallengeV2);
    QVERIFY(challenge);
    AuthenticateInput input;
    input.user = kUser;
    input.domain = kDomain;
    input.workstation = QStringLiteral("COMPUTER");
    input.responseKeyNt = ntowfV2(kPassword, kUser, kDomain);
    input.clientChallenge = kClientChallenge;
    input.exportedSessionKey = kRandomSessionKey;
    input.time = kTime;
    input.flags = 0xe2888235u;
    input.version = hex("0501280a0000000f");
    const AuthenticateResult result = authenticateMessage(negotiateMessage(), *challenge, input);
    QCOMPARE(result.message.toHex(), kAuthenticateV2.toHex());
    QCOMPARE(result.exportedSessionKey, kRandomSessionKey);
}

void TestNtlm::authenticateWithTimestampHasMic()
{
    // A Windows-like challenge with MsvAvTimestamp: LM response is Z(24), MsvAvFlags=2, and the MIC
    // at offset 72 is HMAC_MD5(ExportedSessionKey, NEGOTIATE + CHALLENGE + AUTHENTICATE(MIC=0)).
    QList<AvPair> pairs{{MsvAvNbDomainName, utf16le(kDomain)},
                        {MsvAvNbComputerName, utf16le(QStringLiteral("Server"))},
                        {MsvAvTimestamp, hex("0090d336b734c301")}};
    QByteArray challengeBytes = kChallengeV2.left(40);
    const QByteArray info = serializeAvPairs(pairs);
    QByteArray fields;
    fields += char(info.size() & 0xff);
    fields += char(info.size() >> 8);
    fields += char(info.size() & 0xff);
    fields += char(info.size() >> 8);
    fields += hex("38000000");
    challengeBytes += fields + hex("060070170000000f");
    challengeBytes += info;
    const auto challenge = ChallengeMessage::parse(challengeBytes);
    QVERIFY(challenge);
    AuthenticateInput input;
    input.user = kUser;
    input.domain = kDomain;
    input.responseKeyNt = ntowfV2(kPassword, kUser, kDomain);
    const QByteArray negotiate = negotiateMessage();
    const AuthenticateResult result = authenticateMessage(negotiate, *challenge, input);
    const QByteArray &m = result.message;
    QCOMPARE(m.mid(12, 2), hex("1800")); // LM length 24
    const quint32 lmOffset = qFromLittleEndian<quint32>(m.constData() + 16);
    QCOMPARE(m.mid(lmOffset, 24), QByteArray(24, '\0'));
    QByteArray zeroed = m;
    zeroed.replace(72, 16, QByteArray(16, '\0'));
    QCOMPARE(m.mid(72, 16), hmacMd5(result.exportedSessionKey, negotiate + challengeBytes + zeroed));
    // NT response: the timestamp of the challenge is used as Time, and MsvAvFlags is set
    const quint32 ntOffset = qFromLittleEndian<quint32>(m.constData() + 24);
    const quint16 ntLength = qFromLittleEndian<quint16>(m.constData() + 20);
    const QByteArray nt = m.mid(ntOffset, ntLength);
    QCOMPARE(nt.mid(16 + 8, 8), hex("0090d336b734c301"));
    const auto clientPairs = parseAvPairs(nt.mid(16 + 28));
    QVERIFY(clientPairs);
    bool hasFlags = false;
    for (const AvPair &p : *clientPairs)
        hasFlags |= p.id == MsvAvFlags && p.value == hex("02000000");
    QVERIFY(hasFlags);
    // the server side can verify it with the same primitives
    const QByteArray key = ntowfV2(kPassword, kUser, kDomain);
    QCOMPARE(hmacMd5(key, challenge->serverChallenge + nt.mid(16)), nt.left(16));
}

void TestNtlm::serverMsvAvFlagsAreKept()
{
    // 3.1.5.1.2: a server's MsvAvFlags keeps its bits and gets 0x2 (MIC present) OR-ed in; the pair
    // is not replaced by a bare 0x2 nor duplicated, and the other pairs keep their order.
    const QList<AvPair> pairs{{MsvAvNbDomainName, utf16le(kDomain)},
                              {MsvAvFlags, hex("01000000")}, // account authentication is constrained
                              {MsvAvNbComputerName, utf16le(QStringLiteral("Server"))},
                              {MsvAvTimestamp, hex("0090d336b734c301")}};
    const QByteArray challengeBytes = challengeWith(pairs);
    const auto challenge = ChallengeMessage::parse(challengeBytes);
    QVERIFY(challenge);
    AuthenticateInput input;
    input.user = kUser;
    input.domain = kDomain;
    input.responseKeyNt = ntowfV2(kPassword, kUser, kDomain);
    const QByteArray negotiate = negotiateMessage();
    const AuthenticateResult result = authenticateMessage(negotiate, *challenge, input);
    const QList<AvPair> sent = clientAvPairs(result.message);
    QCOMPARE(sent.size(), 4);
    QCOMPARE(sent.at(0).id, std::uint16_t(MsvAvNbDomainName));
    QCOMPARE(sent.at(1).id, std::uint16_t(MsvAvFlags));
    QCOMPARE(sent.at(1).value.toHex(), QByteArray("03000000"));
    QCOMPARE(sent.at(2).id, std::uint16_t(MsvAvNbComputerName));
    QCOMPARE(sent.at(3).id, std::uint16_t(MsvAvTimestamp));
    // the MIC still verifies
    QByteArray zeroed = result.message;
    zeroed.replace(72, 16, QByteArray(16, '\0'));
    QCOMPARE(result.message.mid(72, 16), hmacMd5(result.exportedSessionKey, negotiate + challengeBytes + zeroed));

    // with channel bindings too: MsvAvFlags 0x3 once, one MsvAvChannelBindings at the end
    input.channelBindingHash = channelBindingHash(QByteArray(32, char(0x5a)));
    const QList<AvPair> bound = clientAvPairs(authenticateMessage(negotiate, *challenge, input).message);
    QCOMPARE(bound.size(), 5);
    QCOMPARE(bound.at(1).value.toHex(), QByteArray("03000000"));
    QCOMPARE(bound.at(4).id, std::uint16_t(MsvAvChannelBindings));
    QCOMPARE(bound.at(4).value, input.channelBindingHash);

    // without a timestamp (no MIC) but with channel bindings, the server's MsvAvFlags stays as sent
    const QList<AvPair> noTime{{MsvAvNbDomainName, utf16le(kDomain)}, {MsvAvFlags, hex("01000000")}};
    const auto old = ChallengeMessage::parse(challengeWith(noTime));
    QVERIFY(old);
    const QList<AvPair> oldSent = clientAvPairs(authenticateMessage(negotiate, *old, input).message);
    QCOMPARE(oldSent.size(), 3);
    QCOMPARE(oldSent.at(1).id, std::uint16_t(MsvAvFlags));
    QCOMPARE(oldSent.at(1).value.toHex(), QByteArray("01000000"));
    QCOMPARE(oldSent.at(2).id, std::uint16_t(MsvAvChannelBindings));
}

void TestNtlm::negotiatedFlagsDropServerOnly()
{
    // The 4.2.4.3 CHALLENGE offers 0xe28a8233: OEM and Unicode, TARGET_TYPE_SERVER, TARGET_INFO.
    const std::uint32_t flags = negotiatedFlags(kClientFlags, 0xe28a8233u);
    QVERIFY(!(flags & TargetTypeServer));
    QVERIFY(!(flags & TargetTypeDomain));
    QVERIFY(flags & NegotiateTargetInfo); // asked for and offered: kept, as Windows clients do
    QVERIFY(!(flags & NegotiateOem));     // Unicode wins
    const std::uint32_t kept = NegotiateUnicode | NegotiateSign | NegotiateSeal | NegotiateNtlm | NegotiateAlwaysSign |
                               NegotiateExtendedSessionSecurity | NegotiateTargetInfo | NegotiateVersion |
                               Negotiate128 | NegotiateKeyExchange | Negotiate56;
    QCOMPARE(flags, kept);
    // nothing the client did not ask for: a server offering LM_KEY, DATAGRAM (0x40) and
    // TARGET_TYPE_DOMAIN does not get them back
    QCOMPARE(negotiatedFlags(kClientFlags, 0xe28a8233u | NegotiateLmKey | 0x40u | TargetTypeDomain), kept);
    // nothing the server did not offer: no 56-bit, no key exchange when the challenge lacks them
    const std::uint32_t modest = negotiatedFlags(kClientFlags, 0xe28a8233u & ~std::uint32_t(Negotiate56 | NegotiateKeyExchange));
    QVERIFY(!(modest & Negotiate56));
    QVERIFY(!(modest & NegotiateKeyExchange));
    QVERIFY(modest & Negotiate128);
    // nothing the client's NEGOTIATE left out, even when the server offers it
    QVERIFY(!(negotiatedFlags(kClientFlags & ~std::uint32_t(NegotiateKeyExchange), 0xe28a8233u) & NegotiateKeyExchange));
    // OEM only when the server chose OEM
    QCOMPARE(negotiatedFlags(kClientFlags, (0xe28a8233u & ~std::uint32_t(NegotiateUnicode))) &
                 (NegotiateOem | NegotiateUnicode),
             std::uint32_t(NegotiateOem));
}

void TestNtlm::authenticateSendsNegotiatedFlags()
{
    // A Windows-like CHALLENGE (0xe28a8235 + TARGET_TYPE_SERVER + TARGET_INFO): the AUTHENTICATE's
    // NegotiateFlags (offset 60) are the negotiated ones, not the CHALLENGE's verbatim, and the
    // result (from which the session keys are derived) says the same.
    const QList<AvPair> pairs{{MsvAvNbDomainName, utf16le(kDomain)}, {MsvAvTimestamp, hex("0090d336b734c301")}};
    const std::uint32_t offered = 0xe28a8235u | TargetTypeServer | NegotiateTargetInfo;
    const auto challenge = ChallengeMessage::parse(challengeWith(pairs, offered));
    QVERIFY(challenge);
    QCOMPARE(challenge->flags, offered);
    AuthenticateInput input;
    input.user = kUser;
    input.domain = kDomain;
    input.responseKeyNt = ntowfV2(kPassword, kUser, kDomain);
    const AuthenticateResult result = authenticateMessage(negotiateMessage(), *challenge, input);
    const quint32 sent = qFromLittleEndian<quint32>(result.message.constData() + 60);
    QCOMPARE(sent, result.flags);
    QCOMPARE(sent, negotiatedFlags(kClientFlags, offered));
    QVERIFY(!(sent & TargetTypeServer));
    QVERIFY(sent & NegotiateTargetInfo);
    QVERIFY(sent & NegotiateSeal);
    QVERIFY(sent & NegotiateKeyExchange);
    // what our NEGOTIATE asked for limits it: a NEGOTIATE without key exchange gets none
    const AuthenticateResult noKex =
        authenticateMessage(negotiateMessage(kClientFlags & ~std::uint32_t(NegotiateKeyExchange)), *challenge, input);
    QVERIFY(!(noKex.flags & NegotiateKeyExchange));
    QCOMPARE(noKex.message.mid(52, 2), hex("0000")); // no EncryptedRandomSessionKey
}

void TestNtlm::sealAndSignKeysVector()
{
    // 4.2.4.4: client-to-server keys from RandomSessionKey (NEGOTIATE_128)
    QCOMPARE(sealKey(kRandomSessionKey, 0xe28a8233u, true).toHex(), QByteArray("59f600973cc4960a25480a7c196e4c58"));
    QCOMPARE(signKey(kRandomSessionKey, true).toHex(), QByteArray("4788dc861b4782f35d43fd98fe1a2d39"));
    // 4.2.3.4: a 56-bit key is cut to 7 bytes first
    QCOMPARE(sealKey(hex("eb93429a8bd952f8b89c55b87f475edc"), Negotiate56, true).toHex(),
             QByteArray("04dd7f014d8504d265a25cc86a3a7c06"));
    QCOMPARE(signKey(kRandomSessionKey, true), md5(kRandomSessionKey + "session key to client-to-server signing "
                                                                          "key magic constant" + QByteArray(1, '\0')));
}

void TestNtlm::gssWrapExVector()
{
    // 4.2.4.4: seal "Plaintext" (UTF-16LE), seq 0
    SessionSecurity session(0xe28a8233u, kRandomSessionKey, SessionSecurity::Role::Client);
    QByteArray signature;
    const QByteArray sealed = session.wrap(utf16le(QStringLiteral("Plaintext")), &signature);
    QCOMPARE(sealed.toHex(), QByteArray("54e50165bf1936dc996020c1811b0f06fb5f"));
    QCOMPARE(signature.toHex(), QByteArray("010000007fb38ec5c55d497600000000"));
    QCOMPARE(session.outgoingSequence(), 1u);
}

void TestNtlm::sealRoundTrip()
{
    const QByteArray key = randomBytes(16);
    SessionSecurity client(kClientFlags, key, SessionSecurity::Role::Client);
    SessionSecurity server(kClientFlags, key, SessionSecurity::Role::Server);
    for (int i = 0; i < 5; ++i) {
        const QByteArray request = "<s:Envelope>request " + QByteArray::number(i) + "</s:Envelope>";
        QByteArray sig;
        const QByteArray sealed = client.wrap(request, &sig);
        QVERIFY(sealed != request);
        QByteArray plain;
        QVERIFY(server.unwrap(sealed, sig, &plain));
        QCOMPARE(plain, request);
        const QByteArray response = "<s:Envelope>response " + QByteArray::number(i) + "</s:Envelope>";
        const QByteArray sealedResponse = server.wrap(response, &sig);
        QVERIFY(client.unwrap(sealedResponse, sig, &plain));
        QCOMPARE(plain, response);
    }
    QCOMPARE(client.outgoingSequence(), 5u);
    QCOMPARE(client.incomingSequence(), 5u);
}

void TestNtlm::tamperedMessageFails()
{
    const QByteArray key = randomBytes(16);
    SessionSecurity client(kClientFlags, key, SessionSecurity::Role::Client);
    SessionSecurity server(kClientFlags, key, SessionSecurity::Role::Server);
    QByteArray sig;
    QByteArray sealed = client.wrap("<s:Envelope>stop eucsrv</s:Envelope>", &sig);
    sealed[5] = char(sealed[5] ^ 0x01);
    QByteArray plain;
    QVERIFY(!server.unwrap(sealed, sig, &plain));
    // a wrong key fails too
    SessionSecurity other(kClientFlags, randomBytes(16), SessionSecurity::Role::Server);
    SessionSecurity client2(kClientFlags, key, SessionSecurity::Role::Client);
    sealed = client2.wrap("hello", &sig);
    QVERIFY(!other.unwrap(sealed, sig, &plain));
}

void TestNtlm::outOfOrderFails()
{
    const QByteArray key = randomBytes(16);
    SessionSecurity client(kClientFlags, key, SessionSecurity::Role::Client);
    SessionSecurity server(kClientFlags, key, SessionSecurity::Role::Server);
    QByteArray sig1, sig2;
    client.wrap("first", &sig1);
    const QByteArray second = client.wrap("second", &sig2);
    QByteArray plain;
    QVERIFY(!server.unwrap(second, sig2, &plain)); // the server expected sequence 0
}

void TestNtlm::negotiateMessageShape()
{
    const QByteArray m = negotiateMessage();
    QCOMPARE(m.size(), 40);
    QVERIFY(m.startsWith(QByteArray("NTLMSSP\0", 8)));
    QCOMPARE(qFromLittleEndian<quint32>(m.constData() + 8), 1u);
    const quint32 flags = qFromLittleEndian<quint32>(m.constData() + 12);
    QVERIFY(flags & NegotiateSeal);
    QVERIFY(flags & NegotiateSign);
    QVERIFY(flags & NegotiateExtendedSessionSecurity);
    QVERIFY(flags & NegotiateKeyExchange);
    QVERIFY(flags & Negotiate128);
}

void TestNtlm::tlsServerEndPointHash_data()
{
    // openssl req arguments for a self-signed certificate, and the hash RFC 5929 prescribes for it
    QTest::addColumn<QStringList>("keyArguments");
    QTest::addColumn<int>("algorithm");
    const QStringList ec384{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                            QStringLiteral("ec_paramgen_curve:P-384")};
    const QStringList rsa{QStringLiteral("-newkey"), QStringLiteral("rsa:1024")};
    QTest::newRow("ecdsa-sha256") << ec384 + QStringList{QStringLiteral("-sha256")} << int(QCryptographicHash::Sha256);
    QTest::newRow("ecdsa-sha384") << ec384 + QStringList{QStringLiteral("-sha384")} << int(QCryptographicHash::Sha384);
    QTest::newRow("ecdsa-sha512") << ec384 + QStringList{QStringLiteral("-sha512")} << int(QCryptographicHash::Sha512);
    QTest::newRow("ecdsa-sha1") << ec384 + QStringList{QStringLiteral("-sha1")} << int(QCryptographicHash::Sha256);
    QTest::newRow("rsa-sha384") << rsa + QStringList{QStringLiteral("-sha384")} << int(QCryptographicHash::Sha384);
    QTest::newRow("rsa-sha512") << rsa + QStringList{QStringLiteral("-sha512")} << int(QCryptographicHash::Sha512);
    QTest::newRow("rsa-sha256") << rsa + QStringList{QStringLiteral("-sha256")} << int(QCryptographicHash::Sha256);
    QTest::newRow("rsa-pss-sha384") << rsa + QStringList{QStringLiteral("-sha384"), QStringLiteral("-sigopt"),
                                                         QStringLiteral("rsa_padding_mode:pss")}
                                    << int(QCryptographicHash::Sha384);
    QTest::newRow("rsa-pss-sha512") << rsa + QStringList{QStringLiteral("-sha512"), QStringLiteral("-sigopt"),
                                                         QStringLiteral("rsa_padding_mode:pss")}
                                    << int(QCryptographicHash::Sha512);
    QTest::newRow("ed25519") << QStringList{QStringLiteral("-newkey"), QStringLiteral("ed25519")}
                             << int(QCryptographicHash::Sha256);
}

void TestNtlm::tlsServerEndPointHash()
{
    QFETCH(QStringList, keyArguments);
    QFETCH(int, algorithm);
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QVERIFY2(!openssl.isEmpty(), "the openssl command line tool is needed (scripts/deps.sh installs it)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString cert = dir.filePath(QStringLiteral("c.der"));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(openssl, QStringList{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-nodes"),
                                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"),
                                       dir.filePath(QStringLiteral("c.key")), QStringLiteral("-outform"),
                                       QStringLiteral("DER"), QStringLiteral("-out"), cert} +
                               keyArguments);
    QVERIFY(process.waitForFinished(30000));
    QVERIFY2(process.exitCode() == 0, process.readAll().constData());
    QFile file(cert);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray der = file.readAll();
    QVERIFY(der.size() > 100);
    const auto expected = QCryptographicHash::Algorithm(algorithm);
    QCOMPARE(tlsServerEndPoint(der).toHex(), QCryptographicHash::hash(der, expected).toHex());
}

void TestNtlm::tlsServerEndPointMalformed()
{
    // Anything that is not a certificate falls back to SHA-256 of the bytes, without reading past them.
    for (const QByteArray &junk : {QByteArray(), hex("30"), hex("3084ffffffff"), hex("30 05 30 03 06 01"),
                                   hex("30 06 30 00 30 02 06 05"), QByteArray(300, char(0x30))}) {
        QCOMPARE(tlsServerEndPoint(junk), QCryptographicHash::hash(junk, QCryptographicHash::Sha256));
    }
}

QTEST_GUILESS_MAIN(TestNtlm)
#include "tst_ntlm.moc"
