// The credential store against a real Secret Service: a throw-away gnome-keyring in a private D-Bus
// session (tests/support/with-keyring.sh, which also gives this test its own HOME and XDG dirs).
// Write, read, overwrite, delete, a missing entry, keys scoped per site/host/user, the QSettings
// records that never hold the secret, the session-only holder, and finally a search of every file
// this process wrote (settings, log, event log, the keyring folder) for a known secret.
#include "core/credentialstore.h"

#include "models/eventlog.h"
#include "secretsearch.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace ucmc;

namespace {

QFile *g_log = nullptr;
QtMessageHandler g_previous = nullptr;

// Every log line of the process also goes to a file under HOME, which the leak search reads.
void logToFile(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_log && g_log->isOpen()) {
        g_log->write(QByteArray(context.category ? context.category : "default") + ": " + message.toUtf8() + '\n');
        g_log->flush();
    }
    if (g_previous)
        g_previous(type, context, message);
}

bool waitFor(CredentialJob *job, int ms = 20000)
{
    if (job->isFinished())
        return true;
    QSignalSpy spy(job, &CredentialJob::finished);
    return spy.wait(ms);
}

QString describe(const CredentialJob *job)
{
    return CredentialJob::problemId(job->problem()) + QLatin1String(": ") + job->errorMessage();
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void writeReadDelete();
    void overwrite();
    void missingEntry();
    void keysAreScopedPerSiteHostAndUser();
    void recordsNeverHoldTheSecret();
    void sessionCredentials();
    void wipeString();
    void invalidKey();
    void secretAppearsNowhere();

private:
    CredentialKey key(const QString &host = QStringLiteral("winserver1"),
                      const QString &user = QStringLiteral("EXAMPLE\\Administrator")) const
    {
        return CredentialKey{m_siteId, host, user};
    }

    QString m_home;
    QString m_siteId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<EventLog> m_events;
    QString m_eventFolder;
    QString m_logPath;
};

void TestCredentialStore::initTestCase()
{
    // Never touch a real user's keyring: this test must run in with-keyring.sh's throw-away session.
    m_home = QDir::homePath();
    QVERIFY2(m_home.contains(QLatin1String("ucmc-test-")) && qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "run this test through tests/support/with-keyring.sh (ctest does)");
    QCoreApplication::setOrganizationName(QStringLiteral("ucmc-test"));
    QCoreApplication::setApplicationName(QStringLiteral("uc-media-console"));

    m_logPath = QDir(m_home).filePath(QStringLiteral("console.log"));
    g_log = new QFile(m_logPath);
    QVERIFY(g_log->open(QIODevice::WriteOnly | QIODevice::Append));
    g_previous = qInstallMessageHandler(logToFile);

    m_settings = std::make_unique<QSettings>(); // native format under XDG_CONFIG_HOME
    m_store = std::make_unique<CredentialStore>(*m_settings);
    m_store->setRetryDelay(std::chrono::milliseconds(200));
    m_events = std::make_unique<EventLog>();
    m_eventFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/events");
    QVERIFY(QDir().mkpath(m_eventFolder));
    m_events->openStore(m_eventFolder);
    connect(m_store.get(), &CredentialStore::eventOccurred, m_events.get(),
            qOverload<const ServerEvent &>(&EventLog::append));
}

void TestCredentialStore::cleanupTestCase()
{
    qInstallMessageHandler(g_previous);
    delete g_log;
    g_log = nullptr;
}

void TestCredentialStore::writeReadDelete()
{
    const CredentialKey k = key();
    QSignalSpy events(m_store.get(), &CredentialStore::eventOccurred);
    CredentialJob *write = m_store->write(k, QStringLiteral("Pässwörd-1 with spaces"));
    QVERIFY(!write->isFinished()); // asynchronous
    QVERIFY(waitFor(write));
    QVERIFY2(write->ok(), qPrintable(describe(write)));
    QCOMPARE(write->attempts(), 1);
    QVERIFY(write->secret().isEmpty()); // a written secret is not kept in the job
    QVERIFY(m_store->isStored(k));
    QCOMPARE(events.size(), 1);

    CredentialJob *read = m_store->read(k);
    QVERIFY(waitFor(read));
    QVERIFY2(read->ok(), qPrintable(describe(read)));
    QVERIFY(!read->fromSession());
    QCOMPARE(read->secret(), QStringLiteral("Pässwörd-1 with spaces"));
    read->wipeSecret();
    QVERIFY(read->secret().isEmpty());

    CredentialJob *remove = m_store->remove(k);
    QVERIFY(waitFor(remove));
    QVERIFY2(remove->ok(), qPrintable(describe(remove)));
    QVERIFY(!m_store->isStored(k));
    QCOMPARE(events.size(), 2);

    CredentialJob *gone = m_store->read(k);
    QVERIFY(waitFor(gone));
    QCOMPARE(gone->problem(), CredentialJob::Problem::NotFound);
    for (CredentialJob *job : {write, read, remove, gone})
        job->deleteLater();
}

void TestCredentialStore::overwrite()
{
    const CredentialKey k = key(QStringLiteral("10.21.3.11"), QStringLiteral("admin"));
    CredentialJob *first = m_store->write(k, QStringLiteral("first"));
    QVERIFY(waitFor(first));
    QVERIFY2(first->ok(), qPrintable(describe(first)));
    CredentialJob *second = m_store->write(k, QStringLiteral("second"));
    QVERIFY(waitFor(second));
    QVERIFY2(second->ok(), qPrintable(describe(second)));
    CredentialJob *read = m_store->read(k);
    QVERIFY(waitFor(read));
    QCOMPARE(read->secret(), QStringLiteral("second"));
    QCOMPARE(m_store->storedKeys(m_siteId).size(), 1); // one record, not two
    CredentialJob *remove = m_store->remove(k);
    QVERIFY(waitFor(remove));
    QVERIFY(remove->ok());
}

void TestCredentialStore::missingEntry()
{
    const CredentialKey k = key(QStringLiteral("never-stored.example.local"), QStringLiteral("nobody"));
    CredentialJob *read = m_store->read(k);
    QVERIFY(waitFor(read));
    QCOMPARE(read->problem(), CredentialJob::Problem::NotFound);
    QCOMPARE(read->attempts(), 1); // not found is an answer, no retry
    QVERIFY(read->secret().isEmpty());
    QVERIFY(read->errorMessage().contains(QLatin1String("nobody on never-stored.example.local")));
    // deleting what is not there: libsecret reports success, other keychains "not found"; either
    // way nothing is logged as removed
    QSignalSpy events(m_store.get(), &CredentialStore::eventOccurred);
    CredentialJob *remove = m_store->remove(k);
    QVERIFY(waitFor(remove));
    QVERIFY(remove->problem() == CredentialJob::Problem::None || remove->problem() == CredentialJob::Problem::NotFound);
    QVERIFY(!m_store->isStored(k));
    QCOMPARE(events.size(), 0);

    // a record whose keychain entry was deleted elsewhere is forgotten on the next read
    m_settings->setValue(QStringLiteral("credentials/") + m_siteId, QStringList{k.recordEntry()});
    QVERIFY(m_store->isStored(k));
    CredentialJob *stale = m_store->read(k);
    QVERIFY(waitFor(stale));
    QCOMPARE(stale->problem(), CredentialJob::Problem::NotFound);
    QVERIFY(!m_store->isStored(k));
}

void TestCredentialStore::keysAreScopedPerSiteHostAndUser()
{
    const CredentialKey a{m_siteId, QStringLiteral("WinServer1"), QStringLiteral("Admin")};
    const CredentialKey otherSite{QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("WinServer1"),
                                  QStringLiteral("Admin")};
    const CredentialKey otherHost{m_siteId, QStringLiteral("WinServer2"), QStringLiteral("Admin")};
    const CredentialKey otherUser{m_siteId, QStringLiteral("WinServer1"), QStringLiteral("Operator")};
    const CredentialKey sameSpelledOtherwise{m_siteId, QStringLiteral("winserver1."), QStringLiteral("ADMIN")};
    QCOMPARE(a.keychainKey(), m_siteId + QStringLiteral(":winserver1:admin"));
    QCOMPARE(a, sameSpelledOtherwise);
    // an IPv6 host and a user with ':' or '%' cannot run into the next part of the key
    const CredentialKey v6{m_siteId, QStringLiteral("[FD00::1]"), QStringLiteral("a:b%c")};
    QCOMPARE(v6.keychainKey(), m_siteId + QStringLiteral(":fd00%3A%3A1:a%3Ab%25c"));
    QCOMPARE(CredentialKey::fromRecordEntry(m_siteId, v6.recordEntry())->host, QStringLiteral("fd00::1"));

    const QList<QPair<CredentialKey, QString>> entries{
        {a, QStringLiteral("pw-a")}, {otherSite, QStringLiteral("pw-site")},
        {otherHost, QStringLiteral("pw-host")}, {otherUser, QStringLiteral("pw-user")}};
    for (const auto &[k, secret] : entries) {
        CredentialJob *job = m_store->write(k, secret);
        QVERIFY(waitFor(job));
        QVERIFY2(job->ok(), qPrintable(describe(job)));
    }
    for (const auto &[k, secret] : entries) {
        CredentialJob *job = m_store->read(k);
        QVERIFY(waitFor(job));
        QCOMPARE(job->secret(), secret);
    }
    CredentialJob *spelled = m_store->read(sameSpelledOtherwise);
    QVERIFY(waitFor(spelled));
    QCOMPARE(spelled->secret(), QStringLiteral("pw-a"));
    QCOMPARE(m_store->storedKeys(m_siteId).size(), 3);

    // forgetting a site removes its entries only
    const QList<CredentialJob *> removals = m_store->removeSite(m_siteId);
    QCOMPARE(removals.size(), 3);
    for (CredentialJob *job : removals) {
        QVERIFY(waitFor(job));
        QVERIFY2(job->ok(), qPrintable(describe(job)));
    }
    QVERIFY(m_store->storedKeys(m_siteId).isEmpty());
    CredentialJob *survivor = m_store->read(otherSite);
    QVERIFY(waitFor(survivor));
    QCOMPARE(survivor->secret(), QStringLiteral("pw-site"));
    CredentialJob *cleanup = m_store->remove(otherSite);
    QVERIFY(waitFor(cleanup));
}

void TestCredentialStore::recordsNeverHoldTheSecret()
{
    const CredentialKey k = key(QStringLiteral("media-1.example.local"), QStringLiteral("svc-ucmc"));
    CredentialJob *job = m_store->write(k, QStringLiteral("Record-Test-Secret"));
    QVERIFY(waitFor(job));
    QVERIFY2(job->ok(), qPrintable(describe(job)));
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(m_settings->fileName()));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("media-1.example.local:svc-ucmc")); // that it exists ...
    QVERIFY(!bytes.contains("Record-Test-Secret"));              // ... never what it is
    CredentialJob *remove = m_store->remove(k);
    QVERIFY(waitFor(remove));
}

void TestCredentialStore::sessionCredentials()
{
    const CredentialKey k = key(QStringLiteral("session-host"), QStringLiteral("admin"));
    m_store->keepForSession(k, QStringLiteral("only-for-now"));
    QVERIFY(!m_store->isStored(k)); // nothing recorded for a session-only password
    CredentialJob *read = m_store->read(k);
    QVERIFY(waitFor(read));
    QVERIFY(read->ok());
    QVERIFY(read->fromSession());
    QCOMPARE(read->secret(), QStringLiteral("only-for-now"));
    // storing it in the keychain later drops the session copy
    CredentialJob *write = m_store->write(k, QStringLiteral("now-stored"));
    QVERIFY(waitFor(write));
    QVERIFY(write->ok());
    QVERIFY(!m_store->session().contains(k));
    CredentialJob *again = m_store->read(k);
    QVERIFY(waitFor(again));
    QVERIFY(!again->fromSession());
    QCOMPARE(again->secret(), QStringLiteral("now-stored"));
    CredentialJob *remove = m_store->remove(k);
    QVERIFY(waitFor(remove));

    SessionCredentials session;
    session.set(k, QStringLiteral("a"));
    session.set(key(QStringLiteral("other")), QStringLiteral("b"));
    QCOMPARE(session.size(), 2);
    QCOMPARE(session.value(k).value_or(QString()), QStringLiteral("a"));
    session.clear(k);
    QVERIFY(!session.value(k));
    session.clearSite(m_siteId);
    QCOMPARE(session.size(), 0);
}

void TestCredentialStore::wipeString()
{
    // the only owner of a buffer: its characters are zeroed in place
    QString owned = QString::fromUtf8("wipe-me-please");
    const QChar *buffer = owned.constData();
    QVERIFY(ucmc::zeroString(owned));
    QCOMPARE(owned.constData(), buffer); // no reallocation: the same memory was overwritten
    QCOMPARE(owned.size(), 14);
    for (QChar c : std::as_const(owned))
        QCOMPARE(c.unicode(), char16_t(0));
    // a shared buffer is left alone: the other owner still needs it
    QString first = QString::fromUtf8("shared-secret");
    QString second = first;
    QVERIFY(!ucmc::zeroString(first));
    ucmc::wipeString(first);
    QVERIFY(first.isEmpty());
    QCOMPARE(second, QStringLiteral("shared-secret"));
    // static data (a literal) is not owned either
    QString literal = QStringLiteral("literal");
    QVERIFY(!ucmc::zeroString(literal));
    QCOMPARE(literal, QStringLiteral("literal"));
}

void TestCredentialStore::invalidKey()
{
    CredentialJob *job = m_store->write(CredentialKey{m_siteId, QString(), QStringLiteral("admin")},
                                        QStringLiteral("x"));
    QVERIFY(!job->isFinished());
    QVERIFY(waitFor(job));
    QCOMPARE(job->problem(), CredentialJob::Problem::InvalidKey);
}

void TestCredentialStore::secretAppearsNowhere()
{
    const QString secret = QStringLiteral("Leak-Canary-") + QUuid::createUuid().toString(QUuid::Id128);
    const CredentialKey k = key(QStringLiteral("leak-test.example.local"), QStringLiteral("EXAMPLE\\leak"));
    // through everything a secret passes: write, read, overwrite, session copy, delete, write again
    CredentialJob *write = m_store->write(k, secret);
    QVERIFY(waitFor(write));
    QVERIFY2(write->ok(), qPrintable(describe(write)));
    CredentialJob *read = m_store->read(k);
    QVERIFY(waitFor(read));
    QCOMPARE(read->secret(), secret);
    const QString errorsAndEvents = read->errorMessage() + write->errorMessage();
    QVERIFY(!errorsAndEvents.contains(secret));
    m_store->keepForSession(key(QStringLiteral("leak-session")), secret);
    CredentialJob *remove = m_store->remove(k);
    QVERIFY(waitFor(remove));
    CredentialJob *writeAgain = m_store->write(k, secret);
    QVERIFY(waitFor(writeAgain));
    QVERIFY(writeAgain->ok());
    for (int i = 0; i < m_events->size(); ++i)
        QVERIFY(!m_events->at(i).text.contains(secret));

    m_settings->sync();
    m_events->closeStore();
    g_log->flush();

    // the search itself works: a file with the secret is found
    const QString control = QDir(m_home).filePath(QStringLiteral("positive-control.txt"));
    {
        QFile f(control);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(secret.toUtf8().toBase64());
    }
    QCOMPARE(secretsearch::find({control}, secret).size(), 1);
    QFile::remove(control);

    const QString keyrings = QDir(m_home).filePath(QStringLiteral(".local/share/keyrings"));
    QVERIFY2(QFileInfo(keyrings).isDir(), "the keychain wrote its (encrypted) keyring under HOME");
    QVERIFY(QFileInfo(m_settings->fileName()).isFile());
    QVERIFY(!QDir(m_eventFolder).entryList(QDir::Files).isEmpty());
    QVERIFY(QFileInfo(m_logPath).size() > 0);
    const QStringList roots{m_home,
                            qEnvironmentVariable("XDG_RUNTIME_DIR"),
                            qEnvironmentVariable("XDG_CONFIG_HOME"),
                            m_settings->fileName(),
                            m_eventFolder,
                            m_logPath};
    int searched = 0;
    const QList<secretsearch::Hit> hits = secretsearch::find(roots, secret, &searched);
    QVERIFY2(hits.isEmpty(), qPrintable(secretsearch::describe(hits)));
    QVERIFY2(searched >= 4, qPrintable(QString::number(searched)));
    // the log did record the operations (without the secret)
    QFile log(m_logPath);
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().contains("leak-test.example.local"));

    CredentialJob *cleanup = m_store->remove(k);
    QVERIFY(waitFor(cleanup));
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
