#include "ntlmacceptor.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QtEndian>

namespace winrmsim {

namespace {

// [MS-NLMP] 2.2.2.5 flag bits used here
constexpr std::uint32_t fUnicode = 0x1, fOem = 0x2, fRequestTarget = 0x4, fSign = 0x10, fSeal = 0x20,
                        fNtlm = 0x200, fAlwaysSign = 0x8000, fTargetServer = 0x20000, fEss = 0x80000,
                        fTargetInfo = 0x800000, fVersion = 0x2000000, f128 = 0x20000000, fKeyExch = 0x40000000,
                        f56 = 0x80000000;

quint16 u16(const QByteArray &b, qsizetype at) { return qFromLittleEndian<quint16>(b.constData() + at); }
quint32 u32(const QByteArray &b, qsizetype at) { return qFromLittleEndian<quint32>(b.constData() + at); }

QByteArray le16(quint16 v)
{
    QByteArray b(2, '\0');
    qToLittleEndian(v, b.data());
    return b;
}

QByteArray le32(quint32 v)
{
    QByteArray b(4, '\0');
    qToLittleEndian(v, b.data());
    return b;
}

QByteArray unicode(const QString &s)
{
    QByteArray b;
    for (QChar c : s)
        b += le16(c.unicode());
    return b;
}

QString fromUnicode(const QByteArray &b)
{
    QString s;
    for (qsizetype i = 0; i + 1 < b.size(); i += 2)
        s += QChar(u16(b, i));
    return s;
}

bool securityBuffer(const QByteArray &msg, qsizetype at, QByteArray *out)
{
    if (msg.size() < at + 8)
        return false;
    const quint16 len = u16(msg, at);
    const quint32 off = u32(msg, at + 4);
    if (len && (off > quint32(msg.size()) || quint32(msg.size()) - off < len))
        return false;
    *out = len ? msg.mid(off, len) : QByteArray();
    return true;
}

QByteArray avPair(quint16 id, const QByteArray &value) { return le16(id) + le16(quint16(value.size())) + value; }

QByteArray md5(const QByteArray &data) { return QCryptographicHash::hash(data, QCryptographicHash::Md5); }

QByteArray derive(const QByteArray &key, const char *constant)
{
    return md5(key + QByteArray(constant) + QByteArray(1, '\0'));
}

} // namespace

Arc4::Arc4(const QByteArray &key)
{
    for (unsigned i = 0; i < 256; ++i)
        m_box[i] = static_cast<unsigned char>(i);
    unsigned j = 0;
    for (unsigned i = 0; i < 256; ++i) {
        j = (j + m_box[i] + static_cast<unsigned char>(key.at(qsizetype(i % unsigned(key.size()))))) & 0xff;
        std::swap(m_box[i], m_box[j]);
    }
}

QByteArray Arc4::apply(const QByteArray &data)
{
    QByteArray out = data;
    for (auto &byte : out) {
        m_x = (m_x + 1) & 0xff;
        m_y = (m_y + m_box[m_x]) & 0xff;
        std::swap(m_box[m_x], m_box[m_y]);
        byte = char(static_cast<unsigned char>(byte) ^ m_box[(m_box[m_x] + m_box[m_y]) & 0xff]);
    }
    return out;
}

NtlmAcceptor::NtlmAcceptor(const QString &user, const QString &password, const QString &computerName)
    : m_user(user)
    , m_password(password)
    , m_computer(computerName.toUpper())
{
}

QByteArray NtlmAcceptor::hmacMd5(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Md5);
}

QByteArray NtlmAcceptor::ntHash(const QString &password)
{
    return QCryptographicHash::hash(unicode(password), QCryptographicHash::Md4);
}

NtlmAcceptor::Result NtlmAcceptor::step(const QByteArray &token)
{
    if (token.size() < 12 || !token.startsWith(QByteArray("NTLMSSP\0", 8)))
        return Result::Malformed;
    const quint32 type = u32(token, 8);
    if (type == 1) {
        if (token.size() < 16)
            return Result::Malformed;
        m_established = false;
        m_negotiate = token;
        m_challenge = makeChallenge(u32(token, 12));
        return Result::Challenge;
    }
    if (type == 3) {
        if (m_challenge.isEmpty()) {
            m_failure = QStringLiteral("AUTHENTICATE without a CHALLENGE on this connection");
            return Result::Rejected;
        }
        return accept(token);
    }
    return Result::Malformed;
}

QByteArray NtlmAcceptor::makeChallenge(std::uint32_t clientFlags)
{
    const std::uint32_t supported = fUnicode | fRequestTarget | fSign | fSeal | fNtlm | fAlwaysSign | fEss |
                                    fTargetInfo | fVersion | f128 | fKeyExch | f56;
    m_flags = (clientFlags & supported) | fTargetInfo | fTargetServer | fNtlm;
    if (!(clientFlags & fUnicode))
        m_flags |= fOem;
    m_serverChallenge.resize(8);
    QRandomGenerator::system()->generate(m_serverChallenge.begin(), m_serverChallenge.end());
    const quint64 now = quint64(QDateTime::currentMSecsSinceEpoch()) * 10000ull + 116444736000000000ull;
    QByteArray timestamp(8, '\0');
    qToLittleEndian(now, timestamp.data());
    const QByteArray targetName = unicode(m_computer);
    const QByteArray info = avPair(2, unicode(m_computer)) + avPair(1, unicode(m_computer)) +
                            avPair(4, unicode(m_computer.toLower())) + avPair(3, unicode(m_computer.toLower())) +
                            avPair(7, timestamp) + avPair(0, {});
    const quint32 payload = 56;
    QByteArray m("NTLMSSP\0", 8);
    m += le32(2);
    m += le16(quint16(targetName.size())) + le16(quint16(targetName.size())) + le32(payload);
    m += le32(m_flags);
    m += m_serverChallenge;
    m += QByteArray(8, '\0');
    m += le16(quint16(info.size())) + le16(quint16(info.size())) + le32(payload + quint32(targetName.size()));
    m += QByteArray::fromHex("0a00637c0000000f"); // Windows Server 2022 (10.0.20348), revision 15
    m += targetName + info;
    return m;
}

NtlmAcceptor::Result NtlmAcceptor::accept(const QByteArray &msg)
{
    QByteArray lm, nt, domainBytes, userBytes, workstation, encryptedKey;
    if (msg.size() < 64 || !securityBuffer(msg, 12, &lm) || !securityBuffer(msg, 20, &nt) ||
        !securityBuffer(msg, 28, &domainBytes) || !securityBuffer(msg, 36, &userBytes) ||
        !securityBuffer(msg, 44, &workstation) || !securityBuffer(msg, 52, &encryptedKey))
        return Result::Malformed;
    const quint32 flags = u32(msg, 60);
    const bool wide = flags & fUnicode;
    const QString user = wide ? fromUnicode(userBytes) : QString::fromLatin1(userBytes);
    const QString domain = wide ? fromUnicode(domainBytes) : QString::fromLatin1(domainBytes);
    m_authUser = domain.isEmpty() ? user : domain + QLatin1Char('\\') + user;
    if (nt.size() < 16 + 28 + 4) {
        m_failure = QStringLiteral("not an NTLMv2 response (length %1); NTLMv1 is refused").arg(nt.size());
        return Result::Rejected;
    }
    // The configured user may be written "user", "HOST\\user" or "user@host".
    QString expectedUser = m_user.section(QLatin1Char('\\'), -1);
    if (user.compare(expectedUser, Qt::CaseInsensitive) != 0 && user.compare(m_user, Qt::CaseInsensitive) != 0) {
        m_failure = QStringLiteral("unknown user %1").arg(m_authUser);
        return Result::Rejected;
    }
    // [MS-NLMP] 3.3.2: NTOWFv2 with the user and domain the client sent
    const QByteArray key = hmacMd5(ntHash(m_password), unicode(user.toUpper() + domain));
    const QByteArray proof = nt.left(16);
    const QByteArray blob = nt.mid(16);
    if (hmacMd5(key, m_serverChallenge + blob) != proof) {
        m_failure = QStringLiteral("the NTLMv2 response does not match the password of %1").arg(m_authUser);
        return Result::Rejected;
    }
    const QByteArray sessionBaseKey = hmacMd5(key, proof);
    QByteArray exported = sessionBaseKey;
    if ((flags & fKeyExch) && encryptedKey.size() == 16)
        exported = Arc4(sessionBaseKey).apply(encryptedKey);

    // AV pairs of the client's blob: MIC announcement and channel bindings
    bool micAnnounced = false;
    QByteArray bindings;
    for (qsizetype at = 28; at + 4 <= blob.size();) {
        const quint16 id = u16(blob, at), len = u16(blob, at + 2);
        if (id == 0 || at + 4 + len > blob.size())
            break;
        const QByteArray value = blob.mid(at + 4, len);
        if (id == 6 && len == 4)
            micAnnounced = u32(value, 0) & 0x2;
        if (id == 10)
            bindings = value;
        at += 4 + len;
    }
    if (micAnnounced) {
        if (msg.size() < 88) {
            m_failure = QStringLiteral("MIC announced but missing");
            return Result::Rejected;
        }
        QByteArray zeroed = msg;
        zeroed.replace(72, 16, QByteArray(16, '\0'));
        if (hmacMd5(exported, m_negotiate + m_challenge + zeroed) != msg.mid(72, 16)) {
            m_failure = QStringLiteral("the MIC does not verify");
            return Result::Rejected;
        }
    }
    if (!bindings.isEmpty() && bindings != QByteArray(16, '\0') && !m_tlsEndPoint.isEmpty()) {
        const QByteArray app = "tls-server-end-point:" + m_tlsEndPoint;
        const QByteArray expected = md5(QByteArray(16, '\0') + le32(quint32(app.size())) + app);
        if (bindings != expected) {
            m_failure = QStringLiteral("the channel bindings do not match this TLS certificate");
            return Result::Rejected;
        }
    }
    // session keys ([MS-NLMP] 3.4.5.2, 3.4.5.3); this side receives client-to-server traffic
    QByteArray sealBase = exported;
    if (!(flags & f128))
        sealBase = exported.left((flags & f56) ? 7 : 5);
    m_signIn = derive(exported, "session key to client-to-server signing key magic constant");
    m_signOut = derive(exported, "session key to server-to-client signing key magic constant");
    m_sealIn = Arc4(derive(sealBase, "session key to client-to-server sealing key magic constant"));
    m_sealOut = Arc4(derive(sealBase, "session key to server-to-client sealing key magic constant"));
    m_seqIn = m_seqOut = 0;
    m_flags = flags;
    m_established = true;
    return Result::Accepted;
}

QByteArray NtlmAcceptor::mac(const QByteArray &signKey, Arc4 &handle, std::uint32_t seq, const QByteArray &data) const
{
    QByteArray checksum = hmacMd5(signKey, le32(seq) + data).left(8);
    if (m_flags & fKeyExch)
        checksum = handle.apply(checksum);
    return le32(1) + checksum + le32(seq);
}

bool NtlmAcceptor::unseal(const QByteArray &sealed, const QByteArray &signature, QByteArray *plain)
{
    if (!m_established)
        return false;
    *plain = m_sealIn.apply(sealed);
    const QByteArray expected = mac(m_signIn, m_sealIn, m_seqIn++, *plain);
    return expected == signature;
}

QByteArray NtlmAcceptor::seal(const QByteArray &plain, QByteArray *signature)
{
    const QByteArray sealed = m_sealOut.apply(plain);
    *signature = mac(m_signOut, m_sealOut, m_seqOut++, plain);
    return sealed;
}

} // namespace winrmsim
