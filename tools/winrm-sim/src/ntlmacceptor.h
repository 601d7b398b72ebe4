#pragma once

// The server ("acceptor") side of NTLMv2 for the simulator, written from [MS-NLMP] independently of
// the console's client (net/ntlm*): its own message parsing, Qt's MD4/MD5/HMAC, its own RC4. It
// verifies the NTLMv2 response against the configured password, checks the MIC when the client
// announces one, checks channel bindings when the client sends them, and seals/unseals messages.

#include <QByteArray>
#include <QString>

#include <array>
#include <cstdint>

namespace winrmsim {

class Arc4
{
public:
    Arc4() = default;
    explicit Arc4(const QByteArray &key);
    QByteArray apply(const QByteArray &data);

private:
    std::array<unsigned char, 256> m_box{};
    unsigned m_x = 0, m_y = 0;
};

class NtlmAcceptor
{
public:
    enum class Result { Challenge, Accepted, Rejected, Malformed };

    NtlmAcceptor(const QString &user, const QString &password, const QString &computerName);

    // Feeds a client token (NEGOTIATE or AUTHENTICATE). After Challenge, challengeToken() is the
    // answer; after Accepted, the context can seal; Rejected says why in failureReason() (for the
    // simulator's log only, never the password).
    Result step(const QByteArray &token);
    QByteArray challengeToken() const { return m_challenge; }
    QString failureReason() const { return m_failure; }
    QString authenticatedUser() const { return m_authUser; }
    bool isEstablished() const { return m_established; }
    // tls-server-end-point hash of the HTTPS certificate; when set, a client's non-zero
    // MsvAvChannelBindings must match it.
    void setTlsServerEndPoint(const QByteArray &hash) { m_tlsEndPoint = hash; }

    // Server side of session security: unseal what the client sealed, seal answers.
    bool unseal(const QByteArray &sealed, const QByteArray &signature, QByteArray *plain);
    QByteArray seal(const QByteArray &plain, QByteArray *signature);

    static QByteArray hmacMd5(const QByteArray &key, const QByteArray &data);
    static QByteArray ntHash(const QString &password);

private:
    QByteArray makeChallenge(std::uint32_t clientFlags);
    Result accept(const QByteArray &message);
    QByteArray mac(const QByteArray &signKey, Arc4 &handle, std::uint32_t seq, const QByteArray &data) const;

    QString m_user, m_password, m_computer;
    QByteArray m_negotiate, m_challenge, m_serverChallenge;
    std::uint32_t m_flags = 0;
    bool m_established = false;
    QString m_failure, m_authUser;
    QByteArray m_tlsEndPoint;
    QByteArray m_signIn, m_signOut;
    Arc4 m_sealIn, m_sealOut;
    std::uint32_t m_seqIn = 0, m_seqOut = 0;
};

} // namespace winrmsim
