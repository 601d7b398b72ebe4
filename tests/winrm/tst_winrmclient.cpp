// The WinRM client (net/winrm*) against the simulator (tools/winrm-sim) over loopback: HTTP with
// NTLMv2 and message encryption, HTTPS with Basic/NTLM and certificate pinning, the receive loop,
// and every error kind. Also checks that no secret reaches an error or the log.
#include "net/servicecontrol/ntlm.h"
#include "net/servicecontrol/winrmclient.h"
#include "winrmsimulator.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ucmc;

namespace {
const QString kPassword = QStringLiteral("Pa$$w0rd-Sim!9");
QStringList g_log;
QtMessageHandler g_previous = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log << message;
    if (g_previous && type != QtDebugMsg)
        g_previous(type, context, message);
}
} // namespace

class TestWinRmClient : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void httpNtlmRunsCommands();
    void powerShellOutputAndErrors();
    void receiveLoopsOnTimedOut();
    void wrongPassword();
    void rejectedAuthentication();
    void hostUnreachable();
    void basicOverHttpRefused();
    void httpsUntrustedUntilPinned();
    void httpsNtlmWithPin();
    void accessDenied();
    void plainFaultOnSealedSessionRejected();
    void timeoutAndCancel();
    void noSecretInErrorsOrLog();

private:
    WinRmSettings httpSettings(const QString &password = kPassword) const;
    WinRmSettings httpsSettings(WinRmSettings::Authentication auth, const QString &pin) const;
    static bool waitFor(WinRmCommandJob *job, int ms = 20000);

    std::unique_ptr<winrmsim::WinRmSimulator> m_sim;
    QStringList m_errorTexts;
};

WinRmSettings TestWinRmClient::httpSettings(const QString &password) const
{
    WinRmSettings s;
    s.host = m_sim->httpUrl().host();
    s.port = quint16(m_sim->httpUrl().port());
    s.user = QStringLiteral("WINSERVER1\\Administrator");
    s.password = password;
    s.connectTimeoutMs = 3000;
    return s;
}

WinRmSettings TestWinRmClient::httpsSettings(WinRmSettings::Authentication auth, const QString &pin) const
{
    WinRmSettings s;
    s.host = m_sim->httpsUrl().host();
    s.port = quint16(m_sim->httpsUrl().port());
    s.transport = WinRmSettings::Transport::Https;
    s.authentication = auth;
    s.user = QStringLiteral("Administrator");
    s.password = kPassword;
    s.pinnedCertificateSha256 = pin;
    return s;
}

bool TestWinRmClient::waitFor(WinRmCommandJob *job, int ms)
{
    if (job->isFinished())
        return true;
    QSignalSpy spy(job, &WinRmCommandJob::finished);
    return spy.wait(ms);
}

void TestWinRmClient::initTestCase()
{
    g_previous = qInstallMessageHandler(captureMessages);
    QLoggingCategory::setFilterRules(QStringLiteral("ucmc.*=true"));
    winrmsim::SimConfig config;
    config.address = QHostAddress(QStringLiteral("127.0.0.41"));
    config.httpsPort = 0;
    config.password = kPassword;
    config.basicOnHttps = true;
    config.services = winrmsim::SimConfig::defaultServices(winrmsim::SimConfig::Role::UcServer, QStringLiteral("9.1"));
    m_sim = std::make_unique<winrmsim::WinRmSimulator>(config);
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
}

void TestWinRmClient::cleanupTestCase()
{
    m_sim.reset();
    qInstallMessageHandler(g_previous);
}

void TestWinRmClient::httpNtlmRunsCommands()
{
    WinRmClient client(httpSettings());
    const int authBefore = m_sim->authenticationsAccepted();
    WinRmCommandJob *job = client.runCommand(QStringLiteral("echo"), {QStringLiteral("hello from Qt")}, 10000);
    QVERIFY(waitFor(job));
    QVERIFY2(!job->error().isError(), qPrintable(job->error().detail));
    QCOMPARE(job->standardOutput(), QByteArray("hello from Qt\r\n"));
    QCOMPARE(job->exitCode(), 0);
    // a second and third command reuse the authenticated, encrypted connection
    WinRmCommandJob *second = client.runCommand(QStringLiteral("hostname"), {}, 10000);
    WinRmCommandJob *third = client.runCommand(QStringLiteral("exit"), {QStringLiteral("/b"), QStringLiteral("4")}, 10000);
    QVERIFY(waitFor(second));
    QVERIFY(waitFor(third));
    QCOMPARE(second->standardOutput(), QByteArray("WINSERVER1\r\n"));
    QCOMPARE(third->exitCode(), 4);
    QCOMPARE(m_sim->openShells(), 0); // signal + delete before a job reports finished
    QCOMPARE(m_sim->authenticationsAccepted() - authBefore, 1);
    QCOMPARE(client.transport().connectionsOpened(), 1);
    QCOMPARE(m_sim->unencryptedRefused(), 0);
}

void TestWinRmClient::powerShellOutputAndErrors()
{
    WinRmClient client(httpSettings());
    WinRmCommandJob *ok = client.runPowerShell(QStringLiteral("$ProgressPreference = 'SilentlyContinue'\n"
                                                              "Write-Output 'Grüße aus PowerShell'\n'line two'"),
                                               10000);
    QVERIFY(waitFor(ok));
    QVERIFY(!ok->error().isError());
    QCOMPARE(QString::fromUtf8(ok->standardOutput()), QStringLiteral("Grüße aus PowerShell\r\nline two\r\n"));
    QVERIFY(!ok->powerShellError().isError());
    QVERIFY(m_sim->commandLog().last().contains(QStringLiteral("Write-Output 'Grüße aus PowerShell'")));

    WinRmCommandJob *failing = client.runPowerShell(QStringLiteral("Write-Error \"The service is on fire\""), 10000);
    QVERIFY(waitFor(failing));
    QVERIFY(!failing->error().isError());
    QCOMPARE(failing->exitCode(), 1);
    const WinRmError psError = failing->powerShellError();
    QCOMPARE(psError.kind, WinRmError::Kind::PowerShellError);
    QVERIFY2(psError.detail.contains(QStringLiteral("The service is on fire")), qPrintable(psError.detail));
    QVERIFY(!psError.detail.contains(QStringLiteral("CLIXML")));
    QVERIFY(psError.message.contains(QStringLiteral("The service is on fire")));

    // progress records alone on stderr are no error
    QString error;
    QVERIFY(m_sim->faults().apply(QStringLiteral("progress"), &error));
    WinRmCommandJob *progress = client.runPowerShell(QStringLiteral("'done'"), 10000);
    QVERIFY(waitFor(progress));
    QVERIFY(m_sim->faults().apply(QStringLiteral("no-progress"), &error));
    QVERIFY(progress->standardError().contains("progress"));
    QVERIFY(!progress->powerShellError().isError());
}

void TestWinRmClient::receiveLoopsOnTimedOut()
{
    WinRmSettings settings = httpSettings();
    settings.operationTimeoutSeconds = 1;
    WinRmClient client(settings);
    WinRmCommandJob *job = client.runPowerShell(QStringLiteral("Start-Sleep -Seconds 2.5\n'after the wait'"), 15000);
    QVERIFY(waitFor(job));
    QVERIFY2(!job->error().isError(), qPrintable(job->error().detail));
    QCOMPARE(job->standardOutput(), QByteArray("after the wait\r\n"));
}

void TestWinRmClient::wrongPassword()
{
    WinRmClient client(httpSettings(QStringLiteral("not-the-password")));
    WinRmCommandJob *job = client.runCommand(QStringLiteral("hostname"), {}, 10000);
    QVERIFY(waitFor(job));
    QCOMPARE(job->error().kind, WinRmError::Kind::AuthenticationFailed);
    QCOMPARE(job->error().httpStatus, 401);
    QVERIFY(!job->error().message.isEmpty());
    m_errorTexts << job->error().message << job->error().detail;
}

void TestWinRmClient::rejectedAuthentication()
{
    QString error;
    QVERIFY(m_sim->faults().apply(QStringLiteral("reject-auth"), &error));
    WinRmClient client(httpSettings());
    WinRmCommandJob *job = client.runCommand(QStringLiteral("hostname"), {}, 10000);
    QVERIFY(waitFor(job));
    QVERIFY(m_sim->faults().apply(QStringLiteral("no-reject-auth"), &error));
    QCOMPARE(job->error().kind, WinRmError::Kind::AuthenticationFailed);
    m_errorTexts << job->error().message << job->error().detail;
}

void TestWinRmClient::hostUnreachable()
{
    WinRmSettings settings = httpSettings();
    settings.port = 1; // nothing listens there
    WinRmClient client(settings);
    WinRmCommandJob *job = client.runCommand(QStringLiteral("hostname"), {}, 10000);
    QVERIFY(waitFor(job));
    QCOMPARE(job->error().kind, WinRmError::Kind::HostUnreachable);
    QVERIFY(job->error().detail.contains(QStringLiteral(":1")));
}

void TestWinRmClient::basicOverHttpRefused()
{
    WinRmSettings settings = httpSettings();
    settings.authentication = WinRmSettings::Authentication::Basic;
    WinRmClient client(settings);
    WinRmCommandJob *job = client.runCommand(QStringLiteral("hostname"), {}, 10000);
    QVERIFY(waitFor(job, 2000));
    QCOMPARE(job->error().kind, WinRmError::Kind::InvalidSettings);
    QVERIFY(job->error().message.contains(QStringLiteral("HTTPS")));
}

void TestWinRmClient::httpsUntrustedUntilPinned()
{
    {
        WinRmClient client(httpsSettings(WinRmSettings::Authentication::Basic, {}));
        WinRmCommandJob *job = client.runCommand(QStringLiteral("hostname"), {}, 10000);
        QVERIFY(waitFor(job));
        QCOMPARE(job->error().kind, WinRmError::Kind::TlsUntrusted);
        QCOMPARE(job->error().certificateFingerprint, m_sim->certificateSha256());
        QVERIFY(!job->error().detail.isEmpty());
    }
    {
        // a different pin is still refused
        WinRmClient client(httpsSettings(WinRmSettings::Authentication::Basic, QString(64, QLatin1Char('a'))));
        WinRmCommandJob *job = client.runCommand(QStringLiteral("hostname"), {}, 10000);
        QVERIFY(waitFor(job));
        QCOMPARE(job->error().kind, WinRmError::Kind::TlsUntrusted);
    }
    {
        // the confirmed fingerprint, written in lower case without colons, is accepted
        const QString pin = m_sim->certificateSha256().remove(QLatin1Char(':')).toLower();
        WinRmClient client(httpsSettings(WinRmSettings::Authentication::Basic, pin));
        WinRmCommandJob *job = client.runCommand(QStringLiteral("hostname"), {}, 10000);
        QVERIFY(waitFor(job));
        QVERIFY2(!job->error().isError(), qPrintable(job->error().detail));
        QCOMPARE(job->standardOutput(), QByteArray("WINSERVER1\r\n"));
        QCOMPARE(client.peerCertificateFingerprint(), m_sim->certificateSha256());
    }
    {
        WinRmSettings settings = httpsSettings(WinRmSettings::Authentication::Basic, m_sim->certificateSha256());
        settings.password = QStringLiteral("wrong");
        WinRmClient client(settings);
        WinRmCommandJob *job = client.runCommand(QStringLiteral("hostname"), {}, 10000);
        QVERIFY(waitFor(job));
        QCOMPARE(job->error().kind, WinRmError::Kind::AuthenticationFailed);
    }
}

void TestWinRmClient::httpsNtlmWithPin()
{
    WinRmClient client(httpsSettings(WinRmSettings::Authentication::Ntlm, m_sim->certificateSha256()));
    WinRmCommandJob *job = client.runPowerShell(QStringLiteral("'over TLS'"), 10000);
    QVERIFY(waitFor(job));
    QVERIFY2(!job->error().isError(), qPrintable(job->error().detail));
    QCOMPARE(job->standardOutput(), QByteArray("over TLS\r\n"));
}

void TestWinRmClient::accessDenied()
{
    QString error;
    QVERIFY(m_sim->faults().apply(QStringLiteral("access-denied"), &error));
    WinRmClient client(httpSettings());
    WinRmCommandJob *job = client.runCommand(QStringLiteral("hostname"), {}, 10000);
    QVERIFY(waitFor(job));
    QVERIFY(m_sim->faults().apply(QStringLiteral("no-access-denied"), &error));
    QCOMPARE(job->error().kind, WinRmError::Kind::AccessDenied);
    QCOMPARE(job->error().httpStatus, 500);
    QVERIFY(job->error().detail.contains(QStringLiteral("Access is denied")));
}

void TestWinRmClient::plainFaultOnSealedSessionRejected()
{
    // Once NTLM sealing is in place, a plain HTTP 500 SOAP fault (what a man in the middle could
    // inject) is refused with a clear error, and none of its text reaches the user.
    QString error;
    QVERIFY(m_sim->faults().apply(QStringLiteral("plain-fault"), &error));
    const int sentBefore = m_sim->plainFaultsSent();
    WinRmClient client(httpSettings());
    WinRmCommandJob *job = client.runCommand(QStringLiteral("hostname"), {}, 10000);
    QVERIFY(waitFor(job));
    QVERIFY(m_sim->faults().apply(QStringLiteral("no-plain-fault"), &error));
    QVERIFY(m_sim->plainFaultsSent() > sentBefore); // the simulator did answer with a plain fault
    const WinRmError e = job->error();
    m_errorTexts << e.message << e.detail;
    QCOMPARE(e.kind, WinRmError::Kind::ProtocolError);
    QCOMPARE(e.httpStatus, 500);
    QVERIFY2(e.detail.contains(QStringLiteral("without message encryption")), qPrintable(e.detail));
    QVERIFY2(e.message.contains(QStringLiteral("not properly encrypted")), qPrintable(e.message));
    QVERIFY2(!e.message.contains(QStringLiteral("Injected")), qPrintable(e.message));
    QVERIFY2(!e.detail.contains(QStringLiteral("Injected")), qPrintable(e.detail));
    QVERIFY(e.faultCode.isEmpty());
    QVERIFY(e.faultSubcode.isEmpty());
    // the same client works again once the host answers properly (a fresh, sealed connection)
    WinRmCommandJob *again = client.runCommand(QStringLiteral("hostname"), {}, 10000);
    QVERIFY(waitFor(again));
    QVERIFY2(!again->error().isError(), qPrintable(again->error().detail));
    QCOMPARE(again->standardOutput(), QByteArray("WINSERVER1\r\n"));
}

void TestWinRmClient::timeoutAndCancel()
{
    QString error;
    {
        QVERIFY(m_sim->faults().apply(QStringLiteral("slow=1500"), &error));
        WinRmClient client(httpSettings());
        QElapsedTimer clock;
        clock.start();
        WinRmCommandJob *job = client.runCommand(QStringLiteral("hostname"), {}, 700);
        QVERIFY(waitFor(job));
        QCOMPARE(job->error().kind, WinRmError::Kind::Timeout);
        QVERIFY(clock.elapsed() < 1400);
        QVERIFY(m_sim->faults().apply(QStringLiteral("no-slow"), &error));
    }
    {
        const int before = m_sim->openShells();
        WinRmClient client(httpSettings());
        WinRmCommandJob *job = client.runPowerShell(QStringLiteral("Start-Sleep -Seconds 30"), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->openShells(), before + 1, 5000);
        QTest::qWait(100);
        job->cancel();
        QVERIFY(job->isFinished());
        QCOMPARE(job->error().kind, WinRmError::Kind::Cancelled);
        // the command is terminated and the shell deleted in the background
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->openShells(), before, 10000);
    }
}

void TestWinRmClient::noSecretInErrorsOrLog()
{
    // everything said so far (errors, messages, the log at debug level) is free of secrets
    const QString ntHash = QString::fromLatin1(ntlm::ntowfV1(kPassword).toHex());
    const QString ntowfV2 =
        QString::fromLatin1(ntlm::ntowfV2(kPassword, QStringLiteral("Administrator"), QStringLiteral("WINSERVER1")).toHex());
    const QString basic = QString::fromLatin1((QStringLiteral("Administrator:") + kPassword).toUtf8().toBase64());
    QStringList all = m_errorTexts + g_log;
    QVERIFY(!g_log.isEmpty());
    for (const QString &text : all) {
        QVERIFY2(!text.contains(kPassword), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("not-the-password")), qPrintable(text));
        QVERIFY2(!text.contains(ntHash, Qt::CaseInsensitive), qPrintable(text));
        QVERIFY2(!text.contains(ntowfV2, Qt::CaseInsensitive), qPrintable(text));
        QVERIFY2(!text.contains(basic), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("TlRMTVNTUA")), qPrintable(text)); // base64 "NTLMSSP"
    }
}

QTEST_GUILESS_MAIN(TestWinRmClient)
#include "tst_winrmclient.moc"
