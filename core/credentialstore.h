#pragma once

// Passwords for the hosts' service control (WinRM), kept only in the operating system's keychain
// through QtKeychain: Windows Credential Manager, macOS Keychain, the Secret Service on Linux
// (gnome-keyring, KWallet). Follows Nextcloud desktop's credential manager:
//
//   - Every keychain operation is an asynchronous QtKeychain job; nothing here blocks.
//   - Entries are keyed per site, host and user: service "uc-media-console", key
//     "<site id>:<host>:<user>" (host and user lower-cased, ':' and '%' percent-encoded), so the
//     full name is "uc-media-console:<site id>:<host>:<user>".
//   - setInsecureFallback(false): QtKeychain never falls back to a plaintext file.
//   - QSettings records only THAT a credential exists (group "credentials", one list of
//     "<host>:<user>" per site), never the secret.
//   - When the Secret Service is not up yet (NoBackendAvailable or OtherError, as on a Linux
//     session whose keyring daemon starts late), the job is retried once after retryDelay().
//   - When no keychain is available the job fails with KeychainUnavailable: errorMessage() says
//     why (with QtKeychain's own text in keychainError()), and the caller may keep the password
//     for this session only (SessionCredentials, in memory, wiped on clear).
//   - A secret never appears in a settings file, a log line, an event, or an error message.

#include "models/serverevent.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <optional>

class QSettings;
class QTimer;

namespace QKeychain {
class Job;
}

namespace ucmc {

struct CredentialKey
{
    QString siteId;
    QString host;
    QString user; // as typed ("DOMAIN\\admin", "admin@example.local", "Administrator")

    bool isValid() const { return !siteId.isEmpty() && !host.trimmed().isEmpty() && !user.trimmed().isEmpty(); }
    // "<site id>:<host>:<user>" (normalised and encoded, see above): the QtKeychain key.
    QString keychainKey() const;
    // "<host>:<user>" (normalised and encoded): the record in QSettings.
    QString recordEntry() const;
    static std::optional<CredentialKey> fromRecordEntry(const QString &siteId, const QString &entry);
    // "admin on winserver1", for messages.
    QString displayName() const;

    // Same site, same host and user after normalising (case).
    bool operator==(const CredentialKey &other) const { return keychainKey() == other.keychainKey(); }
};
size_t qHash(const CredentialKey &key, size_t seed = 0);

// Overwrites the characters of text with zeros and empties it, when text is the only owner of its
// buffer (a copy that shares the buffer keeps it: Qt's implicit sharing gives no safe way to reach
// every copy). Best effort: earlier reallocations may have left copies in freed memory.
void wipeString(QString &text);
// The first half of wipeString(): zeroes the characters in place and returns true, or returns false
// (and changes nothing) when the buffer is shared or static.
bool zeroString(QString &text);

// Passwords kept for this session only, in memory, when the keychain is not available. Each is
// stored as a private deep copy, which is wiped when cleared or when the holder is destroyed.
class SessionCredentials
{
public:
    SessionCredentials() = default;
    ~SessionCredentials();
    SessionCredentials(const SessionCredentials &) = delete;
    SessionCredentials &operator=(const SessionCredentials &) = delete;

    void set(const CredentialKey &key, const QString &secret);
    std::optional<QString> value(const CredentialKey &key) const;
    bool contains(const CredentialKey &key) const { return m_secrets.contains(key); }
    void clear(const CredentialKey &key);
    void clearSite(const QString &siteId);
    void clearAll();
    qsizetype size() const { return m_secrets.size(); }

private:
    QHash<CredentialKey, QString> m_secrets;
};

// One read, write or delete. finished() is emitted exactly once, never from inside the call that
// created the job. The job is parented to the store; deleteLater() it when done (its secret is
// wiped when it is destroyed).
class CredentialJob : public QObject
{
    Q_OBJECT
public:
    enum class Operation { Read, Write, Delete };
    enum class Problem {
        None,
        NotFound,             // no entry for this key (read, delete)
        KeychainUnavailable,  // no keychain (no Secret Service, locked collection that cannot be opened...)
        AccessDenied,         // the keychain refused (the user denied access, a locked keyring)
        Timeout,              // the keychain did not answer in time (waiting for an unlock prompt?)
        InvalidKey,           // site, host or user missing
        Failed,               // any other keychain error
    };
    Q_ENUM(Problem)

    CredentialJob(Operation operation, const CredentialKey &key, QObject *parent);
    ~CredentialJob() override;

    Operation operation() const { return m_operation; }
    const CredentialKey &key() const { return m_key; }
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_problem == Problem::None; }
    Problem problem() const { return m_problem; }
    // Translated, for the user; never contains the secret.
    QString errorMessage() const { return m_errorMessage; }
    // QtKeychain's own error text (QKeychain::Job::errorString()), empty when there was none.
    QString keychainError() const { return m_keychainError; }
    int keychainErrorCode() const { return m_keychainErrorCode; } // QKeychain::Error
    int attempts() const { return m_attempts; }
    // Read: the secret came from SessionCredentials, not from the keychain.
    bool fromSession() const { return m_fromSession; }
    // Read: the password. Copy it where it is needed, then call wipeSecret().
    QString secret() const { return m_secret; }
    void wipeSecret() { wipeString(m_secret); }

    static QString problemId(Problem problem); // "not-found", "keychain-unavailable", ...

signals:
    void finished();

private:
    friend class CredentialStore;
    void finish(Problem problem, const QString &message = {});

    Operation m_operation;
    CredentialKey m_key;
    bool m_finished = false;
    Problem m_problem = Problem::None;
    QString m_errorMessage;
    QString m_keychainError;
    int m_keychainErrorCode = 0;
    int m_attempts = 0;
    bool m_fromSession = false;
    QString m_secret; // Write: what to store; Read: what was read
    QPointer<QTimer> m_timeout;
};

class CredentialStore : public QObject
{
    Q_OBJECT
public:
    static constexpr QLatin1StringView kServiceName{"uc-media-console"};

    // settings: where the records (not the secrets) go; must outlive the store.
    explicit CredentialStore(QSettings &settings, QObject *parent = nullptr);
    ~CredentialStore() override;

    // The QtKeychain service name (tests use a unique one).
    void setServiceName(const QString &service) { m_service = service; }
    QString serviceName() const { return m_service; }
    // The wait before the one retry when the keychain is not up yet (default 2 s).
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }
    std::chrono::milliseconds retryDelay() const { return m_retryDelay; }
    // How long one keychain attempt may take (default 30 s; an unlock prompt can wait for ever).
    void setJobTimeout(std::chrono::milliseconds timeout) { m_jobTimeout = timeout; }

    // Read: the session's copy when there is one, else the keychain. A NotFound removes a stale record.
    CredentialJob *read(const CredentialKey &key);
    // Write: the keychain; on success the record is added and a session copy dropped.
    CredentialJob *write(const CredentialKey &key, const QString &secret);
    // Delete: the keychain entry, the record and any session copy. Logged (eventOccurred) when a
    // recorded entry was removed.
    CredentialJob *remove(const CredentialKey &key);

    // What QSettings records (never the secret).
    bool isStored(const CredentialKey &key) const;
    QList<CredentialKey> storedKeys(const QString &siteId) const;
    // Deletes every recorded credential of a site (one job each) and its session copies.
    QList<CredentialJob *> removeSite(const QString &siteId);

    // Passwords kept for this session only (the caller's choice after KeychainUnavailable).
    SessionCredentials &session() { return m_session; }
    void keepForSession(const CredentialKey &key, const QString &secret) { m_session.set(key, secret); }

signals:
    // Console actions for the event log: a password stored or removed (never the secret).
    void eventOccurred(const ucmc::ServerEvent &event);

private:
    void startAttempt(CredentialJob *job);
    void onKeychainFinished(CredentialJob *job, QKeychain::Job *keychainJob);
    void addRecord(const CredentialKey &key);
    void removeRecord(const CredentialKey &key);
    void emitEvent(const CredentialKey &key, const QString &text);

    QSettings &m_settings;
    QString m_service = QString(kServiceName);
    std::chrono::milliseconds m_retryDelay{2000};
    std::chrono::milliseconds m_jobTimeout{30000};
    SessionCredentials m_session;
};

} // namespace ucmc
