// The credential store when there is no keychain at all: the session bus address points nowhere,
// as on a workstation without a desktop session. Every job is retried once after the retry delay
// (the Secret Service may just not be up yet), then fails with KeychainUnavailable and a message
// that carries QtKeychain's own reason; nothing is written anywhere (no plaintext fallback); the
// caller can keep the password for this session only. Runs in with-keyring.sh for a fresh HOME.
#include "core/credentialstore.h"

#include "secretsearch.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace ucmc;

namespace {

bool waitFor(CredentialJob *job, int ms = 20000)
{
    if (job->isFinished())
        return true;
    QSignalSpy spy(job, &CredentialJob::finished);
    return spy.wait(ms);
}

} // namespace

class TestCredentialStoreUnavailable : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QDir::homePath().contains(QLatin1String("ucmc-test-")),
                 "run this test through tests/support/with-keyring.sh (ctest does)");
        // No session bus: libsecret cannot reach a Secret Service. No DISPLAY: no D-Bus autolaunch.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/ucmc-test-no-bus");
        qunsetenv("DISPLAY");
        QCoreApplication::setOrganizationName(QStringLiteral("ucmc-test"));
        QCoreApplication::setApplicationName(QStringLiteral("uc-media-console"));
        m_settings = std::make_unique<QSettings>();
        m_store = std::make_unique<CredentialStore>(*m_settings);
        m_store->setRetryDelay(std::chrono::milliseconds(300));
    }

    void writeFailsWithTheReasonAfterOneRetry()
    {
        QSignalSpy events(m_store.get(), &CredentialStore::eventOccurred);
        QElapsedTimer clock;
        clock.start();
        CredentialJob *job = m_store->write(m_key, m_secret);
        QVERIFY(waitFor(job));
        QCOMPARE(job->problem(), CredentialJob::Problem::KeychainUnavailable);
        QCOMPARE(job->attempts(), 2); // one retry
        QVERIFY(clock.elapsed() >= 300);
        QVERIFY(!job->keychainError().isEmpty());
        // the user is told why: our sentence with QtKeychain's own text in it
        QVERIFY2(job->errorMessage().contains(job->keychainError()), qPrintable(job->errorMessage()));
        QVERIFY(job->errorMessage().contains(QLatin1String("this session only")));
        QVERIFY(!job->errorMessage().contains(m_secret));
        QVERIFY(!m_store->isStored(m_key));
        QCOMPARE(events.size(), 0); // nothing stored, nothing to log
    }

    void readAndDeleteFailToo()
    {
        CredentialJob *read = m_store->read(m_key);
        QVERIFY(waitFor(read));
        QCOMPARE(read->problem(), CredentialJob::Problem::KeychainUnavailable);
        QVERIFY(read->secret().isEmpty());
        CredentialJob *remove = m_store->remove(m_key);
        QVERIFY(waitFor(remove));
        QCOMPARE(remove->problem(), CredentialJob::Problem::KeychainUnavailable);
    }

    void sessionOnlyFallback()
    {
        m_store->keepForSession(m_key, m_secret);
        CredentialJob *read = m_store->read(m_key);
        QVERIFY(waitFor(read));
        QVERIFY(read->ok());
        QVERIFY(read->fromSession());
        QCOMPARE(read->attempts(), 0); // the keychain was not asked
        QCOMPARE(read->secret(), m_secret);
        QVERIFY(!m_store->isStored(m_key)); // a session password is not recorded
        // removing it forgets the session copy even though the keychain cannot be reached
        CredentialJob *remove = m_store->remove(m_key);
        QVERIFY(waitFor(remove));
        QVERIFY(!m_store->session().contains(m_key));
        m_store->keepForSession(m_key, m_secret); // for the search below: in memory only
    }

    void secretAppearsNowhere()
    {
        m_settings->sync();
        const QString home = QDir::homePath();
        int searched = 0;
        const QList<secretsearch::Hit> hits =
            secretsearch::find({home, qEnvironmentVariable("XDG_RUNTIME_DIR"), m_settings->fileName()}, m_secret,
                               &searched);
        QVERIFY2(hits.isEmpty(), qPrintable(secretsearch::describe(hits)));
        // (QtKeychain's insecure fallback would have written into QSettings: it is off)
        QVERIFY(!m_store->isStored(m_key));
        Q_UNUSED(searched);
    }

private:
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CredentialStore> m_store;
    const QString m_secret = QStringLiteral("No-Keychain-Canary-") + QUuid::createUuid().toString(QUuid::Id128);
    const CredentialKey m_key{QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("winserver1"),
                              QStringLiteral("Administrator")};
};

QTEST_GUILESS_MAIN(TestCredentialStoreUnavailable)
#include "tst_credentialstore_unavailable.moc"
