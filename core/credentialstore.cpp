#include "core/credentialstore.h"

#include "models/hostroles.h"

#include <qt6keychain/keychain.h>

#include <QDateTime>
#include <QLoggingCategory>
#include <QSettings>
#include <QTimer>

Q_LOGGING_CATEGORY(lcCredentials, "ucmc.credentials", QtInfoMsg)

namespace ucmc {

namespace {

const QString kRecordsGroup = QStringLiteral("credentials");

QString encodePart(const QString &part)
{
    QString out = part;
    out.replace(QLatin1Char('%'), QLatin1String("%25"));
    out.replace(QLatin1Char(':'), QLatin1String("%3A"));
    return out;
}

QString decodePart(const QString &part)
{
    QString out = part;
    out.replace(QLatin1String("%3A"), QLatin1String(":"), Qt::CaseInsensitive);
    out.replace(QLatin1String("%25"), QLatin1String("%"));
    return out;
}

QString normalizedUser(const QString &user)
{
    return user.trimmed().toLower();
}

QString operationName(CredentialJob::Operation operation)
{
    switch (operation) {
    case CredentialJob::Operation::Read: return QStringLiteral("read");
    case CredentialJob::Operation::Write: return QStringLiteral("write");
    case CredentialJob::Operation::Delete: return QStringLiteral("delete");
    }
    return {};
}

} // namespace

// ---- key ------------------------------------------------------------------------------------

QString CredentialKey::recordEntry() const
{
    return encodePart(HostRoles::normalizedHost(host)) + QLatin1Char(':') + encodePart(normalizedUser(user));
}

QString CredentialKey::keychainKey() const
{
    return encodePart(siteId) + QLatin1Char(':') + recordEntry();
}

std::optional<CredentialKey> CredentialKey::fromRecordEntry(const QString &siteId, const QString &entry)
{
    const QStringList parts = entry.split(QLatin1Char(':'));
    if (parts.size() != 2)
        return std::nullopt;
    CredentialKey key{siteId, decodePart(parts[0]), decodePart(parts[1])};
    if (!key.isValid())
        return std::nullopt;
    return key;
}

QString CredentialKey::displayName() const
{
    return CredentialStore::tr("%1 on %2").arg(user, host);
}

size_t qHash(const CredentialKey &key, size_t seed)
{
    return qHash(key.keychainKey(), seed);
}

bool zeroString(QString &text)
{
    if (text.isEmpty() || !text.isDetached())
        return false;
    // data() does not reallocate a buffer this string owns alone
    volatile char16_t *p = reinterpret_cast<char16_t *>(text.data());
    for (qsizetype i = 0; i < text.size(); ++i)
        p[i] = 0;
    return true;
}

void wipeString(QString &text)
{
    zeroString(text);
    text = QString();
}

// ---- session ----------------------------------------------------------------------------------

SessionCredentials::~SessionCredentials()
{
    clearAll();
}

void SessionCredentials::set(const CredentialKey &key, const QString &secret)
{
    clear(key);
    // A private deep copy that no one else shares, so that clear() can wipe it.
    m_secrets.insert(key, QString(secret.constData(), secret.size()));
}

std::optional<QString> SessionCredentials::value(const CredentialKey &key) const
{
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.cend())
        return std::nullopt;
    // A deep copy, so the stored one stays the only owner of its buffer (and can be wiped).
    return QString(it->constData(), it->size());
}

void SessionCredentials::clear(const CredentialKey &key)
{
    auto it = m_secrets.find(key);
    if (it == m_secrets.end())
        return;
    wipeString(it.value());
    m_secrets.erase(it);
}

void SessionCredentials::clearSite(const QString &siteId)
{
    for (auto it = m_secrets.begin(); it != m_secrets.end();) {
        if (it.key().siteId == siteId) {
            wipeString(it.value());
            it = m_secrets.erase(it);
        } else {
            ++it;
        }
    }
}

void SessionCredentials::clearAll()
{
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
        wipeString(it.value());
    m_secrets.clear();
}

// ---- job --------------------------------------------------------------------------------------

CredentialJob::CredentialJob(Operation operation, const CredentialKey &key, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_key(key)
{
}

CredentialJob::~CredentialJob()
{
    wipeString(m_secret);
}

QString CredentialJob::problemId(Problem problem)
{
    switch (problem) {
    case Problem::None: return QStringLiteral("none");
    case Problem::NotFound: return QStringLiteral("not-found");
    case Problem::KeychainUnavailable: return QStringLiteral("keychain-unavailable");
    case Problem::AccessDenied: return QStringLiteral("access-denied");
    case Problem::Timeout: return QStringLiteral("timeout");
    case Problem::InvalidKey: return QStringLiteral("invalid-key");
    case Problem::Failed: return QStringLiteral("failed");
    }
    return {};
}

void CredentialJob::finish(Problem problem, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_problem = problem;
    m_errorMessage = message;
    if (m_timeout)
        m_timeout->stop();
    if (m_operation != Operation::Read || problem != Problem::None)
        wipeString(m_secret); // a written secret is no longer needed here
    emit finished();
}

// ---- store ------------------------------------------------------------------------------------

CredentialStore::CredentialStore(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

CredentialStore::~CredentialStore() = default;

CredentialJob *CredentialStore::read(const CredentialKey &key)
{
    auto *job = new CredentialJob(CredentialJob::Operation::Read, key, this);
    if (const auto secret = m_session.value(key)) {
        job->m_secret = *secret;
        job->m_fromSession = true;
        QTimer::singleShot(0, job, [job] { job->finish(CredentialJob::Problem::None); });
        return job;
    }
    startAttempt(job);
    return job;
}

CredentialJob *CredentialStore::write(const CredentialKey &key, const QString &secret)
{
    auto *job = new CredentialJob(CredentialJob::Operation::Write, key, this);
    job->m_secret = QString(secret.constData(), secret.size());
    startAttempt(job);
    return job;
}

CredentialJob *CredentialStore::remove(const CredentialKey &key)
{
    m_session.clear(key);
    auto *job = new CredentialJob(CredentialJob::Operation::Delete, key, this);
    startAttempt(job);
    return job;
}

void CredentialStore::startAttempt(CredentialJob *job)
{
    if (!job->key().isValid()) {
        QTimer::singleShot(0, job, [job] {
            job->finish(CredentialJob::Problem::InvalidKey,
                        tr("A password needs a site, a host and a user name."));
        });
        return;
    }
    ++job->m_attempts;
    QKeychain::Job *keychainJob = nullptr;
    switch (job->operation()) {
    case CredentialJob::Operation::Read:
        keychainJob = new QKeychain::ReadPasswordJob(m_service);
        break;
    case CredentialJob::Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(job->m_secret);
        keychainJob = write;
        break;
    }
    case CredentialJob::Operation::Delete:
        keychainJob = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false);
    keychainJob->setKey(job->key().keychainKey());
    qCDebug(lcCredentials, "%s %s:%s (attempt %d)", qPrintable(operationName(job->operation())),
            qPrintable(m_service), qPrintable(job->key().keychainKey()), job->m_attempts);

    QPointer<CredentialJob> guard(job);
    connect(keychainJob, &QKeychain::Job::finished, this, [this, guard](QKeychain::Job *finishedJob) {
        if (guard && !guard->isFinished())
            onKeychainFinished(guard, finishedJob);
    });
    if (!job->m_timeout) {
        job->m_timeout = new QTimer(job);
        job->m_timeout->setSingleShot(true);
    }
    job->m_timeout->disconnect();
    QPointer<QKeychain::Job> keychainGuard(keychainJob);
    connect(job->m_timeout, &QTimer::timeout, job, [this, job, keychainGuard] {
        // The QtKeychain job may still finish later; it deletes itself then and is ignored.
        if (keychainGuard)
            keychainGuard->disconnect(this);
        qCWarning(lcCredentials, "%s %s: the keychain did not answer in time",
                  qPrintable(operationName(job->operation())), qPrintable(job->key().keychainKey()));
        job->finish(CredentialJob::Problem::Timeout,
                    tr("The system keychain did not answer within %1 seconds. Is it waiting for you to unlock "
                       "it?")
                        .arg(qMax<qint64>(1, m_jobTimeout.count() / 1000)));
    });
    job->m_timeout->start(m_jobTimeout);
    keychainJob->start();
}

void CredentialStore::onKeychainFinished(CredentialJob *job, QKeychain::Job *keychainJob)
{
    const QKeychain::Error error = keychainJob->error();
    job->m_keychainErrorCode = int(error);
    job->m_keychainError = error == QKeychain::NoError ? QString() : keychainJob->errorString();
    const QString what = operationName(job->operation());
    qCDebug(lcCredentials, "%s %s: QtKeychain error %d", qPrintable(what), qPrintable(job->key().keychainKey()),
            int(error));

    if (error == QKeychain::NoError) {
        switch (job->operation()) {
        case CredentialJob::Operation::Read:
            job->m_secret = static_cast<QKeychain::ReadPasswordJob *>(keychainJob)->textData();
            addRecord(job->key()); // stored by an earlier version or another console: remember it
            break;
        case CredentialJob::Operation::Write:
            addRecord(job->key());
            m_session.clear(job->key());
            emitEvent(job->key(), tr("The password for %1 was stored in the system keychain.")
                                      .arg(job->key().displayName()));
            break;
        case CredentialJob::Operation::Delete:
            // libsecret reports success for an entry that is not there: only what was recorded is
            // logged as removed.
            if (isStored(job->key())) {
                removeRecord(job->key());
                emitEvent(job->key(), tr("The password for %1 was removed from the system keychain.")
                                          .arg(job->key().displayName()));
            }
            break;
        }
        job->finish(CredentialJob::Problem::None);
        return;
    }

    // Nextcloud's rule: the Secret Service may not be up yet right after login; try once more.
    if ((error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError) && job->m_attempts < 2) {
        qCInfo(lcCredentials, "%s %s: keychain not available (yet?), retrying in %lld ms", qPrintable(what),
               qPrintable(job->key().keychainKey()), qlonglong(m_retryDelay.count()));
        if (job->m_timeout)
            job->m_timeout->stop();
        QPointer<CredentialJob> guard(job);
        QTimer::singleShot(m_retryDelay, this, [this, guard] {
            if (guard && !guard->isFinished())
                startAttempt(guard);
        });
        return;
    }

    const QString keychainText = job->m_keychainError.isEmpty() ? tr("no details") : job->m_keychainError;
    switch (error) {
    case QKeychain::EntryNotFound:
        if (job->operation() != CredentialJob::Operation::Write)
            removeRecord(job->key()); // the entry was deleted elsewhere: forget the stale record
        job->finish(CredentialJob::Problem::NotFound,
                    tr("No password for %1 is stored in the system keychain.").arg(job->key().displayName()));
        return;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        job->finish(CredentialJob::Problem::AccessDenied,
                    tr("The system keychain refused access (%1). Unlock the keychain, or enter the password for "
                       "this session only.")
                        .arg(keychainText));
        return;
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
    case QKeychain::NotImplemented:
        qCWarning(lcCredentials, "%s %s: no keychain: %s", qPrintable(what), qPrintable(job->key().keychainKey()),
                  qPrintable(keychainText));
        job->finish(CredentialJob::Problem::KeychainUnavailable,
                    tr("The system keychain is not available (%1). Passwords are never written to a file: you "
                       "can enter the password for this session only, and it is forgotten when the console "
                       "closes.")
                        .arg(keychainText));
        return;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NoError:
        break;
    }
    job->finish(CredentialJob::Problem::Failed,
                tr("The system keychain reported an error: %1").arg(keychainText));
}

bool CredentialStore::isStored(const CredentialKey &key) const
{
    if (!key.isValid())
        return false;
    m_settings.beginGroup(kRecordsGroup);
    const QStringList entries = m_settings.value(encodePart(key.siteId)).toStringList();
    m_settings.endGroup();
    return entries.contains(key.recordEntry());
}

QList<CredentialKey> CredentialStore::storedKeys(const QString &siteId) const
{
    m_settings.beginGroup(kRecordsGroup);
    const QStringList entries = m_settings.value(encodePart(siteId)).toStringList();
    m_settings.endGroup();
    QList<CredentialKey> keys;
    for (const QString &entry : entries)
        if (const auto key = CredentialKey::fromRecordEntry(siteId, entry))
            keys << *key;
    return keys;
}

QList<CredentialJob *> CredentialStore::removeSite(const QString &siteId)
{
    QList<CredentialJob *> jobs;
    for (const CredentialKey &key : storedKeys(siteId))
        jobs << remove(key);
    m_session.clearSite(siteId); // copies that never reached the keychain
    m_settings.beginGroup(kRecordsGroup);
    m_settings.remove(encodePart(siteId));
    m_settings.endGroup();
    return jobs;
}

void CredentialStore::addRecord(const CredentialKey &key)
{
    m_settings.beginGroup(kRecordsGroup);
    const QString name = encodePart(key.siteId);
    QStringList entries = m_settings.value(name).toStringList();
    if (!entries.contains(key.recordEntry())) {
        entries << key.recordEntry();
        m_settings.setValue(name, entries);
    }
    m_settings.endGroup();
}

void CredentialStore::removeRecord(const CredentialKey &key)
{
    m_settings.beginGroup(kRecordsGroup);
    const QString name = encodePart(key.siteId);
    QStringList entries = m_settings.value(name).toStringList();
    if (entries.removeAll(key.recordEntry()) > 0) {
        if (entries.isEmpty())
            m_settings.remove(name);
        else
            m_settings.setValue(name, entries);
    }
    m_settings.endGroup();
}

void CredentialStore::emitEvent(const CredentialKey &key, const QString &text)
{
    ServerEvent event;
    event.time = QDateTime::currentDateTimeUtc();
    event.kind = ServerEvent::Kind::ConsoleAction;
    event.server = key.host;
    event.text = text;
    emit eventOccurred(event);
}

} // namespace ucmc
