// `uc-media-console services` as an administrator runs it: the real executable (QProcess, no
// display) on a site remembered in QSettings, with its WinRM password in a real (throw-away)
// keychain, against tools/winrm-sim on loopback. Runs inside tests/support/with-keyring.sh, which
// gives this test and the executable one private HOME, settings folder and keyring.

#include "consolecommand.h"
#include "core/credentialstore.h"
#include "models/site.h"
#include "simulatedprocallhost.h"
#include "winrmsimulator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ucmc;

namespace {

const QString kAddress = QStringLiteral("127.0.0.63");
const QString kPassword = QStringLiteral("Cli-Secret-4711");
const QString kWebService = QStringLiteral("UCWebSrvSim");
const QString kMediaService = QStringLiteral("UCMediaSrvSim");
const QByteArray kConfig = "{\n  \"kurentoservers\": [\n    {\"url\": \"ws://10.21.3.11:8888/kurento\"},\n"
                           "    {\"url\": \"ws://10.21.3.12:8888/kurento\"}\n  ]\n}\n";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

class TestServicesCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listShowsTheServicesAndAPendingRestart();
    void listAsText();
    void restartWebServerPutsTheFileInEffect();
    void restartThatDoesNotComeBackRollsBack();
    void fixStartupTypes();
    void badInput();
    void noPasswordStoredAndNoTerminal();
    void rejectedPassword();
    void german();

private:
    Run run(QStringList arguments) const;
    void storePassword(const QString &password);
    void writeSite(const QString &user = QStringLiteral("Administrator"));

    std::unique_ptr<winrmsim::WinRmSimulator> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    Site m_site;
};

void TestServicesCli::initTestCase()
{
    // The executable's settings: same organisation and application as the console's.
    QCoreApplication::setOrganizationName(QStringLiteral("UC Media Console"));
    QCoreApplication::setApplicationName(QStringLiteral("uc-media-console"));
    QVERIFY2(qEnvironmentVariableIsSet("UCMC_TEST_KEYRING"),
             "run inside tests/support/with-keyring.sh (a throw-away keyring and settings folder)");
}

void TestServicesCli::init()
{
    winrmsim::SimConfig config;
    config.address = QHostAddress(kAddress);
    config.password = kPassword;
    config.transitionMs = 150;
    config.webServerPort = 0;
    config.services = winrmsim::SimConfig::defaultServices(winrmsim::SimConfig::Role::UcServer, QStringLiteral("9.1.0.3456"));
    m_sim = std::make_unique<winrmsim::WinRmSimulator>(config);
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    // The UC WebServer has run for an hour; the file is written now: a restart is pending.
    m_sim->setStartedAt(kWebService, QDateTime::currentDateTimeUtc().addSecs(-3600));
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("eucwebconfig.json"));
    QFile f(m_path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kConfig);
    f.close();
    writeSite();
    storePassword(kPassword);
}

void TestServicesCli::cleanup()
{
    QSettings settings;
    settings.clear();
    settings.sync();
    m_sim.reset();
    m_dir.reset();
}

void TestServicesCli::writeSite(const QString &user)
{
    QSettings settings;
    SiteStore store(settings);
    Site site = store.open(m_path);
    site.name = QStringLiteral("Hamburg");
    site.ucServerHost = kAddress;
    site.probe.webServerHttpPort = m_sim->webServerPort();
    site.apply.webServerTimeoutMs = 3000;
    site.apply.restartTimeoutMs = 8000;
    site.apply.pollIntervalMs = 100;
    site.apply.watchMs = 0;
    HostControlSettings control;
    control.host = kAddress;
    control.kind = HostControlSettings::Kind::WinRm;
    control.user = user;
    control.port = quint16(m_sim->httpUrl().port());
    setHostControl(site, control);
    store.save(site);
    settings.sync();
    m_site = site;
}

void TestServicesCli::storePassword(const QString &password)
{
    QSettings settings;
    CredentialStore store(settings);
    CredentialJob *job = store.write({m_site.id, kAddress, QStringLiteral("Administrator")}, password);
    if (!job->isFinished())
        QVERIFY(QSignalSpy(job, &CredentialJob::finished).wait(30000));
    QVERIFY2(job->ok(), qPrintable(job->errorMessage()));
    delete job;
    settings.sync();
}

Run TestServicesCli::run(QStringList arguments) const
{
    arguments.prepend(QStringLiteral("services"));
    test::ConsoleCommand how;
    how.closeStdin = true; // stdin is a pipe, never a terminal
    how.limitMs = 60000;
    const test::ConsoleRun r = test::runConsoleCommand(arguments, how);
    return {r.exitCode, r.out, r.err};
}

void TestServicesCli::listShowsTheServicesAndAPendingRestart()
{
    const Run r = run({QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 1, QByteArray(r.out + r.err).constData()); // a warning: the restart is pending
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("WARNING"));
    QCOMPARE(o.value(QStringLiteral("site")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Hamburg"));
    const QJsonObject restart = o.value(QStringLiteral("restart")).toObject();
    QCOMPARE(restart.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QVERIFY(QDateTime::fromString(restart.value(QStringLiteral("webServerStarted")).toString(), Qt::ISODate)
            < QDateTime::currentDateTimeUtc().addSecs(-3000));
    const QJsonArray hosts = o.value(QStringLiteral("hosts")).toArray();
    QCOMPARE(hosts.size(), 1);
    const QJsonObject host = hosts.first().toObject();
    QCOMPARE(host.value(QStringLiteral("host")).toString(), kAddress);
    QVERIFY(host.value(QStringLiteral("ucServerHost")).toBool());
    QVERIFY(host.value(QStringLiteral("differences")).toArray().isEmpty());
    QStringList roles;
    for (const QJsonValue &s : host.value(QStringLiteral("services")).toArray()) {
        roles << s.toObject().value(QStringLiteral("role")).toString();
        if (s.toObject().value(QStringLiteral("name")).toString() == kWebService) {
            QCOMPARE(s.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("Running"));
            QCOMPARE(s.toObject().value(QStringLiteral("version")).toString(), QStringLiteral("9.1.0.3456"));
        }
    }
    QCOMPARE(roles.size(), 3);
    QVERIFY(!QByteArray(r.out + r.err).contains(kPassword.toUtf8()));
}

void TestServicesCli::listAsText()
{
    const Run r = run({QStringLiteral("list")});
    QCOMPARE(r.exitCode, 1);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QLatin1String("UC WebServer")) && out.contains(kWebService), qPrintable(out));
    QVERIFY(out.contains(QLatin1String("(UCServer host)")));
    QVERIFY(out.contains(QLatin1String("the change is not in effect yet")));
    QVERIFY(out.contains(QLatin1String("services restart-webserver")));
}

void TestServicesCli::restartWebServerPutsTheFileInEffect()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const Run r = run({QStringLiteral("restart-webserver"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("applied"));
    QCOMPARE(o.value(QStringLiteral("restartBefore")).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("pending"));
    QCOMPARE(o.value(QStringLiteral("webServerService")).toString(), kWebService);
    QVERIFY(m_sim->service(kWebService)->startedAt >= before);
    QStringList steps;
    for (const QJsonValue &s : o.value(QStringLiteral("steps")).toArray())
        steps << s.toObject().value(QStringLiteral("step")).toString() + QLatin1Char('=')
                     + s.toObject().value(QStringLiteral("status")).toString();
    QVERIFY2(steps.contains(QLatin1String("save=skipped")) && steps.contains(QLatin1String("restart=done")),
             qPrintable(steps.join(QLatin1Char(' '))));
    QCOMPARE(QFile(m_path).size(), qint64(kConfig.size()));
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("*.bak")}).isEmpty());
    // Now the UC WebServer runs with the file as it is: nothing to warn about.
    const Run after = run({QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(after.exitCode == 0, QByteArray(after.out + after.err).constData());
    QCOMPARE(after.json().value(QStringLiteral("restart")).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("in-effect"));
}

void TestServicesCli::restartThatDoesNotComeBackRollsBack()
{
    // The file was saved by the console (the version before is in its backup) after the service
    // started, and the UC WebServer does not come up with it: the version before goes back.
    const QByteArray previous = "{\n  \"kurentoservers\": [\n    {\"url\": \"ws://10.21.3.11:8888/kurento\"}\n  ]\n}\n";
    QFile backup(m_path + QStringLiteral(".2026-12-01T080000.bak"));
    QVERIFY(backup.open(QIODevice::WriteOnly));
    backup.write(previous);
    backup.close();
    int starts = 0;
    connect(m_sim.get(), &winrmsim::WinRmSimulator::serviceChanged, this, [&](const QString &name, const QString &state) {
        if (name == kWebService && state == QLatin1String("Running") && ++starts == 1)
            m_sim->webServerHost()->setWebServerState(procallsim::SimulatedProcallHost::WebServerState::Stopped);
    });
    const Run r = run({QStringLiteral("restart-webserver")});
    QVERIFY2(r.exitCode == 1, QByteArray(r.out + r.err).constData()); // rolled back: a warning
    QCOMPARE(starts, 2);
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), previous);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QLatin1String("Rolled back")), qPrintable(out));
    // the version that did not come up is kept
    const QStringList kept = QDir(m_dir->path()).entryList({QStringLiteral("*.bak")}, QDir::Files, QDir::Name);
    QCOMPARE(kept.size(), 2);
    QFile failed(m_dir->filePath(kept.last()));
    QVERIFY(failed.open(QIODevice::ReadOnly));
    QCOMPARE(failed.readAll(), kConfig);
}

void TestServicesCli::fixStartupTypes()
{
    // The UC MediaServer on the UCServer host is Automatic and running (as after an update); the
    // article wants it Disabled there, because the list uses media servers on other hosts.
    m_sim->setStartMode(kMediaService, QStringLiteral("Auto"));
    QString error;
    QVERIFY(m_sim->requestStart(kMediaService, &error));
    QTRY_COMPARE(m_sim->service(kMediaService)->state, QStringLiteral("Running"));
    const Run dry = run({QStringLiteral("fix-startup-types"), QStringLiteral("--dry-run")});
    QVERIFY2(dry.exitCode == 1, QByteArray(dry.out + dry.err).constData());
    QVERIFY(dry.out.contains(QByteArray("would Set " + kMediaService.toUtf8() + " to Disabled")));
    QVERIFY(dry.out.contains(QByteArray("would Stop " + kMediaService.toUtf8())));
    QCOMPARE(m_sim->service(kMediaService)->startMode, QStringLiteral("Auto"));

    const Run r = run({QStringLiteral("fix-startup-types"), QStringLiteral("--host"), kAddress, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    const QJsonArray fixes = r.json().value(QStringLiteral("hosts")).toArray().first().toObject()
                                 .value(QStringLiteral("fixes")).toArray();
    QCOMPARE(fixes.size(), 2);
    for (const QJsonValue &fix : fixes)
        QVERIFY(fix.toObject().value(QStringLiteral("done")).toBool());
    QCOMPARE(m_sim->service(kMediaService)->startMode, QStringLiteral("Disabled"));
    QCOMPARE(m_sim->service(kMediaService)->state, QStringLiteral("Stopped"));
    const Run again = run({QStringLiteral("fix-startup-types")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains("nothing to fix"));
}

void TestServicesCli::badInput()
{
    const Run action = run({QStringLiteral("reboot")});
    QCOMPARE(action.exitCode, 3);
    QVERIFY(action.err.contains("list|restart-webserver|fix-startup-types"));
    const Run site = run({QStringLiteral("list"), QStringLiteral("--site"), QStringLiteral("Berlin")});
    QCOMPARE(site.exitCode, 3);
    QVERIFY2(site.err.contains("\"Berlin\"") && site.err.contains("Hamburg"), site.err.constData());
    // A password is never an argument.
    const Run password = run({QStringLiteral("list"), QStringLiteral("--password"), kPassword});
    QCOMPARE(password.exitCode, 3);
    QVERIFY(password.err.contains("password"));
    QVERIFY(!password.err.contains(kPassword.toUtf8()));
    const Run host = run({QStringLiteral("list"), QStringLiteral("--host"), QStringLiteral("127.0.0.99")});
    QCOMPARE(host.exitCode, 3);
    QVERIFY(host.err.contains("not managed"));
    const Run restartElsewhere = run({QStringLiteral("restart-webserver"), QStringLiteral("--host"), QStringLiteral("127.0.0.99")});
    QCOMPARE(restartElsewhere.exitCode, 3);
    QVERIFY(restartElsewhere.err.contains(QByteArray("UCServer host " + kAddress.toUtf8())));
    const Run json = run({QStringLiteral("list"), QStringLiteral("--site"), QStringLiteral("Berlin"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 3);
    QCOMPARE(json.json().value(QStringLiteral("status")).toString(), QStringLiteral("UNKNOWN"));
    QVERIFY(m_sim->commandLog().isEmpty()); // nothing of that reached the host
}

void TestServicesCli::noPasswordStoredAndNoTerminal()
{
    writeSite(QStringLiteral("OtherAdmin")); // no password stored for this user
    const Run r = run({QStringLiteral("restart-webserver")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("No password is stored") && r.err.contains("terminal"), r.err.constData());
    QVERIFY(m_sim->commandLog().isEmpty());
    QCOMPARE(m_sim->authenticationsAccepted() + m_sim->authenticationsRejected(), 0);
}

void TestServicesCli::rejectedPassword()
{
    storePassword(QStringLiteral("wrong-password"));
    const Run r = run({QStringLiteral("restart-webserver")});
    QVERIFY2(r.exitCode == 2, QByteArray(r.out + r.err).constData());
    QVERIFY(r.err.contains("Correct the stored password"));
    QCOMPARE(m_sim->service(kWebService)->state, QStringLiteral("Running"));
    QVERIFY(m_sim->authenticationsRejected() > 0);
    const Run list = run({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 2);
    QVERIFY(!list.json().value(QStringLiteral("hosts")).toArray().first().toObject()
                 .value(QStringLiteral("error")).toString().isEmpty());
}

void TestServicesCli::german()
{
    const Run r = run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 1);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QLatin1String("UCServer-Host")) || out.contains(QLatin1String("Neustart")), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestServicesCli)
#include "tst_services_cli.moc"
