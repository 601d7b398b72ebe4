// libFuzzer target: NTLM from the server's side as net/servicecontrol/ntlm reads it: the
// CHALLENGE_MESSAGE, its AV pairs, the AUTHENTICATE built for it, and sealed messages (unwrap).
// Input: one byte selects the reader (0 CHALLENGE, 1 AV pairs, 2 sealed message), one byte of
// parameters (session flags), then the data.
// Oracle: a parsed CHALLENGE is the input, its fields lie inside it, it is refused one byte short
// of its last field, and written back it reads the same; AV pairs written back read the same and
// are the input up to the end marker; the AUTHENTICATE for any accepted CHALLENGE has every field
// inside it; a sealed message is only accepted with the signature our own sealing gives it, our
// own sealed messages unwrap to themselves, once, and not with a changed signature.

#include "fuzzsupport.h"
#include "net/servicecontrol/ntlm.h"

#include <QtEndian>

#include <cstddef>
#include <cstdint>

using namespace ucmc::ntlm;

namespace {

const QByteArray kKey = QByteArrayLiteral("0123456789abcdef");

std::uint16_t le16(const QByteArray &data, qsizetype at)
{
    return qFromLittleEndian<std::uint16_t>(data.constData() + at);
}

std::uint32_t le32(const QByteArray &data, qsizetype at)
{
    return qFromLittleEndian<std::uint32_t>(data.constData() + at);
}

void putField(QByteArray &message, qsizetype at, const QByteArray &value)
{
    qToLittleEndian<std::uint16_t>(std::uint16_t(value.size()), message.data() + at);
    qToLittleEndian<std::uint16_t>(std::uint16_t(value.size()), message.data() + at + 2);
    qToLittleEndian<std::uint32_t>(std::uint32_t(message.size()), message.data() + at + 4);
    message.append(value);
}

// A security buffer at `at` (length, max length, offset) lies inside the message.
void checkField(const QByteArray &message, qsizetype at)
{
    FUZZ_CHECK(message.size() >= at + 8);
    const std::uint16_t length = le16(message, at);
    const std::uint32_t offset = le32(message, at + 4);
    FUZZ_CHECK(length == 0 || qint64(offset) + length <= message.size());
}

void checkAvPairs(const QByteArray &data)
{
    const std::optional<QList<AvPair>> pairs = parseAvPairs(data);
    if (!pairs)
        return;
    const QByteArray written = serializeAvPairs(*pairs);
    FUZZ_CHECK(written.size() <= data.size());
    // The same bytes up to the end marker (whose length field the writer sets to 0).
    FUZZ_CHECK(data.startsWith(written.first(written.size() - 2)));
    const std::optional<QList<AvPair>> again = parseAvPairs(written);
    FUZZ_CHECK(again && again->size() == pairs->size());
    for (qsizetype i = 0; i < pairs->size(); ++i) {
        FUZZ_CHECK(pairs->at(i).id != MsvAvEOL);
        FUZZ_CHECK(again->at(i).id == pairs->at(i).id && again->at(i).value == pairs->at(i).value);
    }
    // Without its end marker the list is refused.
    FUZZ_CHECK(!parseAvPairs(data.first(written.size() - 4)));
}

void challenge(const QByteArray &message)
{
    const std::optional<ChallengeMessage> parsed = ChallengeMessage::parse(message);
    if (!parsed)
        return;
    FUZZ_CHECK(message.size() >= 32 && parsed->raw == message);
    FUZZ_CHECK(parsed->serverChallenge.size() == 8 && parsed->serverChallenge == message.mid(24, 8));
    const std::uint16_t nameLength = le16(message, 12);
    if (parsed->flags & NegotiateUnicode)
        FUZZ_CHECK(parsed->targetName.size() == nameLength / 2);
    else
        FUZZ_CHECK(parsed->targetName.size() == nameLength);
    checkField(message, 12);
    // One byte short of the end of its last field: refused.
    const qint64 nameEnd = nameLength ? qint64(le32(message, 16)) + nameLength : 0;
    qint64 end = nameEnd;
    if (message.size() >= 48) {
        checkField(message, 40);
        FUZZ_CHECK(parsed->targetInfo.size() == le16(message, 40) && message.contains(parsed->targetInfo));
        if (le16(message, 40))
            end = qMax(end, qint64(le32(message, 44)) + le16(message, 40));
    } else {
        FUZZ_CHECK(parsed->targetInfo.isEmpty());
    }
    // (Cut below 48 bytes, a message without TargetInfoFields is complete, as the old ones are.)
    if (end > 32 && end <= message.size() && (end - 1 >= 48 || end == nameEnd))
        FUZZ_CHECK(!ChallengeMessage::parse(message.first(end - 1)));
    // Written back: the same flags, challenge, name and target info.
    QByteArray written = message.left(48);
    if (written.size() < 48)
        written.append(48 - written.size(), '\0');
    const QByteArray name = (parsed->flags & NegotiateUnicode) ? utf16le(parsed->targetName)
                                                                : parsed->targetName.toLatin1();
    putField(written, 12, name);
    putField(written, 40, parsed->targetInfo);
    const std::optional<ChallengeMessage> again = ChallengeMessage::parse(written);
    FUZZ_CHECK(again && again->flags == parsed->flags && again->serverChallenge == parsed->serverChallenge);
    FUZZ_CHECK(again->targetName == parsed->targetName && again->targetInfo == parsed->targetInfo);
    checkAvPairs(parsed->targetInfo);

    // The answer to it: every field inside the message.
    AuthenticateInput input;
    input.user = QStringLiteral("user");
    input.domain = QStringLiteral("DOMAIN");
    input.workstation = QStringLiteral("CONSOLE");
    input.responseKeyNt = ntowfV2(QStringLiteral("password"), input.user, input.domain);
    input.clientChallenge = QByteArray(8, 'c');
    input.exportedSessionKey = kKey;
    input.time = QByteArray(8, 't');
    const AuthenticateResult result = authenticateMessage(negotiateMessage(), *parsed, input);
    FUZZ_CHECK(result.message.startsWith(QByteArray("NTLMSSP\0", 8)) && le32(result.message, 8) == 3);
    for (const qsizetype field : {12, 20, 28, 36, 44, 52})
        checkField(result.message, field);
    FUZZ_CHECK(result.exportedSessionKey.size() == 16);
}

void sealed(const QByteArray &data, quint8 parameter)
{
    std::uint32_t flags = kClientFlags;
    if (parameter & 1)
        flags &= ~std::uint32_t(NegotiateKeyExchange);
    if (parameter & 2)
        flags &= ~std::uint32_t(Negotiate128);
    // The data as signature + sealed message from the host: only our own sealing's signature passes.
    {
        SessionSecurity console(flags, kKey, SessionSecurity::Role::Client);
        QByteArray plain;
        const QByteArray signature = data.left(16);
        const QByteArray message = data.mid(16);
        if (console.unwrap(message, signature, &plain)) {
            SessionSecurity host(flags, kKey, SessionSecurity::Role::Server);
            QByteArray expected;
            FUZZ_CHECK(host.wrap(plain, &expected) == message && expected == signature);
        }
        FUZZ_CHECK(console.incomingSequence() == (signature.size() == 16 ? 1u : 0u));
    }
    // The data as our own message: unwraps to itself once, not again, not with another signature.
    SessionSecurity client(flags, kKey, SessionSecurity::Role::Client);
    SessionSecurity server(flags, kKey, SessionSecurity::Role::Server);
    QByteArray signature;
    const QByteArray message = client.wrap(data, &signature);
    FUZZ_CHECK(signature.size() == 16 && message.size() == data.size());
    QByteArray altered = signature;
    altered[4 + parameter % 12] = char(altered[4 + parameter % 12] ^ 0x01);
    {
        SessionSecurity other(flags, kKey, SessionSecurity::Role::Server);
        FUZZ_CHECK(!other.unwrap(message, altered, nullptr));
    }
    QByteArray plain;
    FUZZ_CHECK(server.unwrap(message, signature, &plain) && plain == data);
    FUZZ_CHECK(!server.unwrap(message, signature, nullptr));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const QByteArray rest(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    switch (data[0] % 3) {
    case 0:
        challenge(rest);
        break;
    case 1:
        checkAvPairs(rest);
        break;
    default:
        sealed(rest, data[1]);
        break;
    }
    return 0;
}
