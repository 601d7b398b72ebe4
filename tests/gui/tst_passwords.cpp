// A mistyped WinRM password is not kept forever: through the window, against the WinRM simulator,
// a stored password the host rejects makes the console ask again (saying so) and try again; the
// keychain gets the new one only once it worked; a wrong answer leaves the stored one alone; the
// prompts are bounded and Cancel stops; "Forget password" on the Hosts tab removes it. The apply
// asks again too instead of failing.
//
// The keychain parts need the throw-away gnome-keyring of tests/support/with-keyring.sh (ctest runs
// the suite inside it, see scripts/test.sh); they are skipped without it so that a real user's
// keyring is never touched.
#include "core/credentialstore.h"
#include "core/documentsession.h"
#include "core/sitesession.h"
#include "models/eventlog.h"
#include "models/servertablemodel.h"
#include "simulatedmediaserver.h"
#include "ui/applydialog.h"
#include "ui/dialogs.h"
#include "ui/hostsview.h"
#include "ui/mainwindow.h"
#include "ui/messagebanner.h"
#include "ui/passwordprovider.h"
#include "ui/serverediting.h"
#include "winrmsimulator.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

using namespace ucmc;

namespace {
const QString kHost = QStringLiteral("127.0.7.40");
const QString kUser = QStringLiteral("Administrator");
const QString kRight = QStringLiteral("Gui-Pw-Right-5c1d");
const QString kWrong = QStringLiteral("Gui-Pw-Wrong-77a0");
const QString kWrongToo = QStringLiteral("Gui-Pw-Typo-0e93");
const QString kWebService = QStringLiteral("UCWebSrvSim");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool waitFor(CredentialJob *job)
{
    return QTest::qWaitFor([job] { return job->isFinished(); }, 20000);
}
} // namespace

class TestPasswords : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Never touch a real user's keyring: this test runs in with-keyring.sh's throw-away session
        // (scripts/test.sh and CI always do); anywhere else it fails instead of skipping.
        QVERIFY2(QDir::homePath().contains(QLatin1String("ucmc-test-"))
                     && qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run this test through tests/support/with-keyring.sh (scripts/test.sh does)");
    }

    void init()
    {
        winrmsim::SimConfig config;
        config.address = QHostAddress(kHost);
        config.password = kRight;
        config.transitionMs = 150;
        config.webServerPort = 0;
        config.services = winrmsim::SimConfig::defaultServices(winrmsim::SimConfig::Role::UcServer,
                                                               QStringLiteral("9.1.0.3456"));
        m_sim = std::make_unique<winrmsim::WinRmSimulator>(config);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
        m_webStates.clear();
        connect(m_sim.get(), &winrmsim::WinRmSimulator::serviceChanged, this,
                [this](const QString &name, const QString &state) {
                    if (name == kWebService)
                        m_webStates << state;
                });

        kmssim::ServerConfig media;
        media.address = QHostAddress(QStringLiteral("127.0.7.41"));
        media.wsPort = 0;
        m_media = std::make_unique<kmssim::SimulatedMediaServer>(media);
        QVERIFY(m_media->start());

        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("eucwebconfig.json"));
        m_original = "{\r\n   \"kurentoservers\" : [\r\n      {\r\n         \"url\" : \"" + m_media->url().toString().toUtf8()
                     + "\"\r\n      }\r\n   ]\r\n}\r\n";
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(m_original) == m_original.size());
        f.close();

        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_window = std::make_unique<MainWindow>(*m_settings);
        // A keychain service of this test run alone.
        m_service = QStringLiteral("ucmc-test-passwords-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_window->credentials()->setServiceName(m_service);
        m_window->show();
        m_window->openFile(m_path);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->document().entries().size(), size_t(1), 3000);

        Site site = m_window->currentSite();
        site.ucServerHost = kHost;
        site.probe.webServerHttpPort = m_sim->webServerPort();
        site.probe.intervalMs = 300;
        site.probe.timeoutMs = 500;
        site.apply.restartTimeoutMs = 4000;
        site.apply.webServerTimeoutMs = 8000;
        site.apply.pollIntervalMs = 200;
        site.apply.watchMs = 0;
        HostControlSettings control;
        control.host = kHost;
        control.kind = HostControlSettings::Kind::WinRm;
        control.user = kUser;
        control.port = quint16(m_sim->httpUrl().port());
        setHostControl(site, control);
        m_window->applySiteSettings(site);
        m_key = {site.id, kHost, kUser};

        m_prompts.clear();
        m_answers.clear();
        m_remember = true;
        m_applyDialogs = 0;
        m_promptDelayMs = 0;
        Dialogs::setCustomHandler([this](QDialog *dialog) { return answer(dialog); });
    }

    void cleanup()
    {
        Dialogs::setCustomHandler({});
        Dialogs::clearPendingAnswers();
        if (m_window) {
            CredentialJob *job = m_window->credentials()->remove(m_key);
            waitFor(job);
            job->deleteLater();
            if (m_window->session()->isModified()) {
                Dialogs::setNextAnswer(QMessageBox::Discard);
                m_window->close();
            }
        }
        m_window.reset();
        m_settings.reset();
        m_media.reset();
        m_sim.reset();
        m_dir.reset();
    }

    // A wrong password kept for the session: the check asks again, saying it was rejected; the
    // right one with "Remember" works and goes to the keychain (not before: it is tried first).
    void rejectedSessionPasswordIsAskedForAgainAndRememberedOnceItWorks()
    {
        MainWindow &w = *m_window;
        w.credentials()->keepForSession(m_key, kWrong);
        m_answers = {kRight};
        m_remember = true;
        HostsView *hosts = w.hostsView();
        hosts->checkAll();
        QTRY_VERIFY_WITH_TIMEOUT(!hosts->isChecking(), 20000);
        QCOMPARE(m_prompts.size(), 1);
        QCOMPARE(m_prompts.first(),
                 QStringLiteral("The password stored for Administrator on %1 was rejected. Enter it again.").arg(kHost));
        QVERIFY(!hosts->services(kHost).isEmpty());
        // Written once it worked; the session copy is dropped then.
        QTRY_VERIFY_WITH_TIMEOUT(w.credentials()->isStored(m_key) && !w.credentials()->session().contains(m_key), 20000);
        QCOMPARE(keychainSecret(), kRight);

        // From now on it just works: no prompt.
        hosts->checkAll();
        QTRY_VERIFY_WITH_TIMEOUT(!hosts->isChecking(), 20000);
        QCOMPARE(m_prompts.size(), 1);
        QVERIFY(!hosts->services(kHost).isEmpty());
        verifyNoSecretInEvents();
    }

    // A wrong password in the keychain and wrong answers: asked kMaxPrompts times at most, the
    // keychain entry is not replaced and no typed password stays behind; Cancel stops at once;
    // "Forget password" removes it and is logged.
    void wrongAnswersLeaveTheStoredPasswordAndForgetRemovesIt()
    {
        MainWindow &w = *m_window;
        CredentialJob *write = w.credentials()->write(m_key, kWrong);
        QVERIFY(waitFor(write));
        QVERIFY2(write->ok(), qPrintable(write->errorMessage()));
        write->deleteLater();
        HostsView *hosts = w.hostsView();

        m_answers = {kWrongToo, kWrongToo, kWrongToo, kRight};
        hosts->checkAll();
        QTRY_VERIFY_WITH_TIMEOUT(!hosts->isChecking(), 30000);
        QCOMPARE(m_prompts.size(), PasswordProvider::kMaxPrompts);
        QVERIFY2(m_prompts[0].contains(QLatin1String("stored for Administrator")), qPrintable(m_prompts[0]));
        for (const QString &prompt : m_prompts)
            QVERIFY2(prompt.contains(QLatin1String("was rejected")), qPrintable(prompt));
        QVERIFY(hosts->services(kHost).isEmpty());
        QVERIFY(!w.credentials()->session().contains(m_key));
        QVERIFY(w.credentials()->isStored(m_key));
        QTest::qWait(200); // a keychain write would have been under way by now
        QCOMPARE(keychainSecret(), kWrong);

        // Cancel: one prompt, then the check ends; still nothing replaced.
        m_prompts.clear();
        m_answers = {QString()};
        hosts->checkAll();
        QTRY_VERIFY_WITH_TIMEOUT(!hosts->isChecking(), 20000);
        QCOMPARE(m_prompts.size(), 1);
        QVERIFY(hosts->services(kHost).isEmpty());
        QCOMPARE(keychainSecret(), kWrong);

        // Forget Password on the host's row: the keychain entry goes, and the event log says so.
        hosts->tree()->topLevelItem(0)->setSelected(true);
        auto *forget = hosts->findChild<QPushButton *>(QStringLiteral("forgetPassword"));
        QVERIFY(forget);
        QVERIFY(forget->isEnabled());
        const qsizetype eventsBefore = w.eventLog()->events().size();
        forget->click();
        QTRY_VERIFY_WITH_TIMEOUT(!w.credentials()->isStored(m_key), 20000);
        QVERIFY(!w.credentials()->session().contains(m_key));
        QVERIFY(keychainSecret().isNull());
        QTRY_VERIFY(!forget->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(loggedSince(eventsBefore, QStringLiteral("removed")), 10000);

        // Nothing stored now: a plain prompt (no "rejected"); the right one without "Remember"
        // stays for this session only.
        m_prompts.clear();
        m_answers = {kRight};
        m_remember = false;
        hosts->checkAll();
        QTRY_VERIFY_WITH_TIMEOUT(!hosts->isChecking(), 20000);
        QCOMPARE(m_prompts.size(), 1);
        QVERIFY(m_prompts.first().isEmpty());
        QVERIFY(!hosts->services(kHost).isEmpty());
        QCOMPARE(w.credentials()->session().value(m_key), std::optional<QString>(kRight));
        QTest::qWait(200);
        QVERIFY(!w.credentials()->isStored(m_key));
        verifyNoSecretInEvents();
    }

    // Two checks of the same host rejected at once: one prompt, and both go on with its answer.
    void concurrentRejectionsShareOnePrompt()
    {
        MainWindow &w = *m_window;
        w.credentials()->keepForSession(m_key, kWrong);
        m_answers = {kRight, kRight};
        m_remember = false;
        m_promptDelayMs = 1500; // the user takes a while: the other check is rejected meanwhile
        HostsView *hosts = w.hostsView();
        hosts->checkAll();
        hosts->checkAll();
        QTRY_VERIFY_WITH_TIMEOUT(!hosts->isChecking(), 30000);
        QCOMPARE(m_prompts.size(), 1);
        QVERIFY(!hosts->services(kHost).isEmpty());
        QCOMPARE(w.credentials()->session().value(m_key), std::optional<QString>(kRight));
        verifyNoSecretInEvents();
    }

    // A password kept for this session only: Forget Password drops it, and says so.
    void forgetRemovesTheSessionCopy()
    {
        MainWindow &w = *m_window;
        w.credentials()->keepForSession(m_key, kRight);
        HostsView *hosts = w.hostsView();
        const qsizetype eventsBefore = w.eventLog()->events().size();
        hosts->forgetPassword(kHost);
        QVERIFY(!w.credentials()->session().contains(m_key));
        QTRY_VERIFY_WITH_TIMEOUT(loggedSince(eventsBefore, QStringLiteral("forgotten")), 10000);
        QVERIFY(!w.credentials()->isStored(m_key));
        verifyNoSecretInEvents();
    }

    // Apply with a wrong session password: the check of the host fails before anything is written,
    // the console asks again, and the apply goes on with the new password (no second confirmation).
    void applyAsksAgainAfterARejectedPassword()
    {
        MainWindow &w = *m_window;
        w.credentials()->keepForSession(m_key, kWrong);
        w.editing()->addServerUrl(QStringLiteral("ws://127.0.7.42:8888/kurento"));
        const QByteArray edited = w.session()->document().bytes();
        m_answers = {kRight};
        m_remember = false;
        w.startApply();
        QTRY_VERIFY_WITH_TIMEOUT(w.fileBanner()->title().startsWith(QStringLiteral("Applied")), 30000);
        QCOMPARE(m_prompts.size(), 1);
        QVERIFY2(m_prompts.first().contains(QLatin1String("was rejected")), qPrintable(m_prompts.first()));
        QCOMPARE(m_applyDialogs, 2);
        QCOMPARE(readFile(m_path), edited);
        QVERIFY(m_webStates.contains(QStringLiteral("Stopped")));
        QCOMPARE(m_webStates.last(), QStringLiteral("Running"));
        QCOMPARE(w.credentials()->session().value(m_key), std::optional<QString>(kRight));
        QVERIFY(!w.credentials()->isStored(m_key));
        verifyNoSecretInEvents();
    }

    // Cancel after the rejection: the apply ends as failed, nothing was written, and the session
    // keeps what it had.
    void applyCancelledAfterARejectionChangesNothing()
    {
        MainWindow &w = *m_window;
        w.credentials()->keepForSession(m_key, kWrong);
        w.editing()->addServerUrl(QStringLiteral("ws://127.0.7.42:8888/kurento"));
        m_answers = {QString()};
        w.startApply();
        QTRY_VERIFY_WITH_TIMEOUT(w.fileBanner()->title().startsWith(QStringLiteral("Applying failed")), 30000);
        QCOMPARE(m_prompts.size(), 1);
        QCOMPARE(m_applyDialogs, 1);
        QCOMPARE(readFile(m_path), m_original);
        QVERIFY(m_webStates.isEmpty());
        QCOMPARE(w.credentials()->session().value(m_key), std::optional<QString>(kWrong));
        verifyNoSecretInEvents();
    }

private:
    // Answers the password prompt with the next of m_answers (a null string: Cancel) and drives
    // the apply dialog like a user.
    int answer(QDialog *dialog)
    {
        if (dialog->objectName() == QLatin1String("passwordDialog")) {
            if (m_promptDelayMs > 0)
                QTest::qWait(m_promptDelayMs);
            const auto *reason = dialog->findChild<QLabel *>(QStringLiteral("reason"));
            m_prompts << (reason ? reason->text() : QString());
            if (m_answers.isEmpty() || m_answers.first().isNull()) {
                if (!m_answers.isEmpty())
                    m_answers.removeFirst();
                return QDialog::Rejected;
            }
            auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("password"));
            auto *remember = dialog->findChild<QCheckBox *>(QStringLiteral("remember"));
            if (!password || !remember)
                return QDialog::Rejected;
            password->setText(m_answers.takeFirst());
            remember->setChecked(m_remember);
            return QDialog::Accepted;
        }
        if (auto *apply = qobject_cast<ApplyDialog *>(dialog)) {
            ++m_applyDialogs;
            if (!QTest::qWaitFor([apply] { return apply->isFinished() || apply->applyButton()->isEnabled(); }, 20000))
                return QDialog::Rejected;
            if (!apply->isFinished())
                apply->applyButton()->click();
            return QTest::qWaitFor([apply] { return apply->isFinished(); }, 30000) ? QDialog::Accepted
                                                                                  : QDialog::Rejected;
        }
        return QDialog::Rejected;
    }

    // What the keychain holds for the host (a null string when nothing), read past the session.
    QString keychainSecret()
    {
        QSettings scratch(m_dir->filePath(QStringLiteral("probe.ini")), QSettings::IniFormat);
        CredentialStore store(scratch);
        store.setServiceName(m_service);
        CredentialJob *job = store.read(m_key);
        if (!waitFor(job))
            return QStringLiteral("<timeout>");
        QString secret = job->ok() ? job->secret() : QString();
        job->wipeSecret();
        return secret;
    }

    // A console action about the host was logged since event number `from`, its text containing `word`.
    bool loggedSince(qsizetype from, const QString &word) const
    {
        const auto events = m_window->eventLog()->events();
        for (qsizetype i = from; i < events.size(); ++i) {
            const ServerEvent &e = events.at(i);
            if (e.kind == ServerEvent::Kind::ConsoleAction && e.server == kHost && e.text.contains(word))
                return true;
        }
        return false;
    }

    void verifyNoSecretInEvents()
    {
        for (const ServerEvent &e : m_window->eventLog()->events()) {
            for (const QString &secret : {kRight, kWrong, kWrongToo})
                QVERIFY2(!e.text.contains(secret), qPrintable(e.text));
        }
        const QByteArray settings = readFile(m_dir->filePath(QStringLiteral("settings.ini")));
        for (const QString &secret : {kRight, kWrong, kWrongToo})
            QVERIFY(!settings.contains(secret.toUtf8()));
    }

    std::unique_ptr<winrmsim::WinRmSimulator> m_sim;
    std::unique_ptr<kmssim::SimulatedMediaServer> m_media;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QString m_service;
    CredentialKey m_key;
    QString m_path;
    QByteArray m_original;
    QStringList m_webStates;
    QStringList m_prompts;     // the reason each prompt gave (empty: none)
    QStringList m_answers;     // what to type at each prompt; a null string: Cancel
    bool m_remember = true;
    int m_applyDialogs = 0;
    int m_promptDelayMs = 0;   // how long the "user" takes to answer a prompt (the event loop runs)
};

QTEST_MAIN(TestPasswords)
#include "tst_passwords.moc"
