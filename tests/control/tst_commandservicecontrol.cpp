// Command templates: splitting with the documented quoting rules, placeholders (unknown ones,
// ones not allowed in a template, {password}, braces), the round trip of the preview rendering,
// validation of host, service and user names against shell metacharacters, and real runs of
// harmless programs (/bin/echo and tests/control/fake-tool.sh) through QProcess: the exact argument
// list arrives, exit codes and stderr become clear errors, timeouts and cancel kill the process,
// UCMC-RESULT lines are read, discovery without a template is "not supported".
#include "net/servicecontrol/commandservicecontrol.h"
#include "net/servicecontrol/servicecontrolwinrm.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>

using namespace ucmc;
using namespace std::chrono_literals;
using Op = ServiceJob::Operation;

namespace {

bool waitFor(ServiceJob *job, int ms = 15000)
{
    if (job->isFinished())
        return true;
    QSignalSpy spy(job, &ServiceJob::finished);
    return spy.wait(ms);
}

QString fakeTool()
{
    return QStringLiteral(UCMC_TEST_SOURCE_DIR "/fake-tool.sh");
}

} // namespace

class TestCommandServiceControl : public QObject
{
    Q_OBJECT
private slots:
    void split_data();
    void split();
    void splitErrors_data();
    void splitErrors();
    void placeholderChecks_data();
    void placeholderChecks();
    void renderRoundTrip();
    void hostNames_data();
    void hostNames();
    void serviceAndUserNames();
    void refusedBeforeAnythingRuns();
    void echoRuns();
    void exactArgumentListNoShell();
    void exitCodeAndStderr();
    void sshExitCodes();
    void timeoutKillsTheCommand();
    void cancelKillsTheCommand();
    void programNotFound();
    void resultLines();
    void discovery();
    void restartWithoutTemplateIsStopThenStart();
    void startupTypePlaceholders();
    void psEncodedIsTheWinRmScript();
    void preview();

private:
    QProcessEnvironment environment(const QString &mode = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FAKE_LOG"), m_dir.filePath(QStringLiteral("calls.log")));
        env.insert(QStringLiteral("FAKE_MODE"), mode);
        return env;
    }
    QStringList takeLog()
    {
        QFile f(m_dir.filePath(QStringLiteral("calls.log")));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        f.close();
        f.remove();
        return lines;
    }
    CommandServiceControl *control(const CommandTemplates &t, const QString &mode = {},
                                   const QString &host = QStringLiteral("winserver1"),
                                   const QString &user = QStringLiteral("EXAMPLE\\admin"))
    {
        auto *c = new CommandServiceControl(host, user, t, this);
        c->setProcessEnvironment(environment(mode));
        return c;
    }

    QTemporaryDir m_dir;
};

void TestCommandServiceControl::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("sc.exe") << QStringLiteral(R"(sc.exe \\{host} stop "{service}")")
                            << QStringList{QStringLiteral("sc.exe"), QStringLiteral(R"(\\{host})"), QStringLiteral("stop"),
                                           QStringLiteral("{service}")};
    QTest::newRow("ssh powershell")
        << QStringLiteral(R"(ssh {user}@{host} powershell -NoProfile -Command "Restart-Service -Name '{service}'")")
        << QStringList{QStringLiteral("ssh"), QStringLiteral("{user}@{host}"), QStringLiteral("powershell"),
                       QStringLiteral("-NoProfile"), QStringLiteral("-Command"),
                       QStringLiteral("Restart-Service -Name '{service}'")};
    QTest::newRow("touching parts") << QStringLiteral(R"(a"b c"d'e f')") << QStringList{QStringLiteral("ab cde f")};
    QTest::newRow("empty argument") << QStringLiteral(R"(prog "" '' x)")
                                    << QStringList{QStringLiteral("prog"), QString(), QString(), QStringLiteral("x")};
    QTest::newRow("escapes in double quotes")
        << QStringLiteral(R"("a \" b \\ c \x \\\\host")") << QStringList{QStringLiteral(R"(a " b \ c \x \\host)")};
    QTest::newRow("single quotes are literal") << QStringLiteral(R"('a "b" \\ c')")
                                               << QStringList{QStringLiteral(R"(a "b" \\ c)")};
    QTest::newRow("whitespace") << QStringLiteral("  prog\t\targ   x  ")
                                << QStringList{QStringLiteral("prog"), QStringLiteral("arg"), QStringLiteral("x")};
    QTest::newRow("shell characters are just characters")
        << QStringLiteral("echo a;b $(id) | `x` > y")
        << QStringList{QStringLiteral("echo"), QStringLiteral("a;b"), QStringLiteral("$(id)"), QStringLiteral("|"),
                       QStringLiteral("`x`"), QStringLiteral(">"), QStringLiteral("y")};
    QTest::newRow("nothing") << QStringLiteral("   ") << QStringList{};
}

void TestCommandServiceControl::split()
{
    QFETCH(QString, text);
    QFETCH(QStringList, arguments);
    TemplateError error;
    const auto result = CommandTemplate::split(text, &error);
    QVERIFY2(result, qPrintable(error.message));
    QCOMPARE(*result, arguments);
}

void TestCommandServiceControl::splitErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("says");
    QTest::newRow("open double quote") << QStringLiteral(R"(sc.exe "stop)") << 7 << QStringLiteral("never closed");
    QTest::newRow("open single quote") << QStringLiteral("sc.exe 'stop") << 7 << QStringLiteral("never closed");
    QTest::newRow("escaped closing quote") << QStringLiteral(R"(x "a\")") << 2 << QStringLiteral("never closed");
    QTest::newRow("line break") << QStringLiteral("sc.exe stop\nrm x") << 11 << QStringLiteral("one line");
}

void TestCommandServiceControl::splitErrors()
{
    QFETCH(QString, text);
    QFETCH(int, position);
    QFETCH(QString, says);
    TemplateError error;
    QVERIFY(!CommandTemplate::split(text, &error));
    QCOMPARE(error.position, position);
    QVERIFY2(error.message.contains(says), qPrintable(error.message));
}

void TestCommandServiceControl::placeholderChecks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("operation");
    QTest::addColumn<QString>("says"); // empty: valid
    QTest::newRow("valid stop") << QStringLiteral(R"(sc.exe \\{host} stop {service})") << int(Op::Stop) << QString();
    QTest::newRow("unknown") << QStringLiteral("sc.exe \\\\{hots} stop {service}") << int(Op::Stop)
                             << QStringLiteral("Unknown placeholder {hots}");
    QTest::newRow("case matters") << QStringLiteral("sc.exe {Host} stop") << int(Op::Stop)
                                  << QStringLiteral("Unknown placeholder {Host}");
    QTest::newRow("password") << QStringLiteral("winrs -r:{host} -p:{password} net stop {service}") << int(Op::Stop)
                              << QStringLiteral("cannot contain {password}");
    QTest::newRow("password in quotes") << QStringLiteral("x '{Password}'") << int(Op::Stop)
                                        << QStringLiteral("cannot contain {password}");
    QTest::newRow("service in discover") << QStringLiteral("x {service}") << int(Op::Discover)
                                         << QStringLiteral("cannot be used in this template");
    QTest::newRow("startup in stop") << QStringLiteral("x {startup}") << int(Op::Stop)
                                     << QStringLiteral("cannot be used in this template");
    QTest::newRow("startup in startup template") << QStringLiteral("sc.exe config {service} start= {startup_sc}")
                                                 << int(Op::SetStartupType) << QString();
    QTest::newRow("open brace") << QStringLiteral("x {host") << int(Op::Stop) << QStringLiteral("without a matching");
    QTest::newRow("lone closing brace") << QStringLiteral("x host}") << int(Op::Stop)
                                        << QStringLiteral("without a matching");
    QTest::newRow("literal braces") << QStringLiteral(R"(powershell -Command "Get-Service | Where {{ $_.Name -eq '{service}' }}")")
                                    << int(Op::Stop) << QString();
    QTest::newRow("program placeholder") << QStringLiteral("{host} stop") << int(Op::Stop)
                                         << QStringLiteral("program itself");
    QTest::newRow("no program") << QStringLiteral("   ") << int(Op::Stop) << QStringLiteral("no program");
}

void TestCommandServiceControl::placeholderChecks()
{
    QFETCH(QString, text);
    QFETCH(int, operation);
    QFETCH(QString, says);
    const auto problem = CommandTemplate::check(text, Op(operation));
    if (says.isEmpty()) {
        QVERIFY2(!problem, qPrintable(problem ? problem->message : QString()));
        return;
    }
    QVERIFY(problem);
    QVERIFY2(problem->message.contains(says), qPrintable(problem->message));
}

void TestCommandServiceControl::renderRoundTrip()
{
    const QList<QStringList> cases{
        {QStringLiteral("sc.exe"), QStringLiteral(R"(\\winserver1)"), QStringLiteral("stop"), QStringLiteral("UCWeb")},
        {QStringLiteral("ssh"), QStringLiteral("a@b"), QStringLiteral("Restart-Service -Name 'X'")},
        {QStringLiteral("x"), QString(), QStringLiteral("two words"), QStringLiteral(R"(quote " inside)"),
         QStringLiteral(R"(both ' and ")"), QStringLiteral(R"(back\slash\\ and "quote" \)"), QStringLiteral("tab\there")},
        {QStringLiteral(R"(C:\Program Files\x.exe)"), QStringLiteral("{literal}")},
    };
    for (const QStringList &arguments : cases) {
        const QString line = CommandTemplate::render(arguments);
        TemplateError error;
        const auto back = CommandTemplate::split(line, &error);
        QVERIFY2(back, qPrintable(line + QLatin1String(": ") + error.message));
        QCOMPARE(*back, arguments);
    }
    QCOMPARE(CommandTemplate::render({QStringLiteral("sc.exe"), QStringLiteral(R"(\\winserver1)"), QStringLiteral("stop"),
                                      QStringLiteral("UCWeb")}),
             QStringLiteral(R"(sc.exe \\winserver1 stop UCWeb)"));
    QCOMPARE(CommandTemplate::render({QStringLiteral("ssh"), QStringLiteral("Restart-Service -Name 'X'")}),
             QStringLiteral(R"(ssh "Restart-Service -Name 'X'")"));
}

void TestCommandServiceControl::hostNames_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("valid");
    QTest::newRow("name") << QStringLiteral("WinServer1") << true;
    QTest::newRow("fqdn") << QStringLiteral("win-server.example.local.") << true;
    QTest::newRow("netbios underscore") << QStringLiteral("WIN_SRV") << true;
    QTest::newRow("ipv4") << QStringLiteral("10.21.3.11") << true;
    QTest::newRow("ipv6") << QStringLiteral("fd00::1") << true;
    QTest::newRow("ipv4 out of range") << QStringLiteral("300.1.1.1") << false;
    QTest::newRow("numbers that are no address") << QStringLiteral("1.2.3") << false;
    QTest::newRow("semicolon") << QStringLiteral("host;rm -rf /") << false;
    QTest::newRow("space") << QStringLiteral("win server") << false;
    QTest::newRow("option") << QStringLiteral("-oProxyCommand=calc") << false;
    QTest::newRow("command substitution") << QStringLiteral("$(id)") << false;
    QTest::newRow("backtick") << QStringLiteral("`id`") << false;
    QTest::newRow("pipe") << QStringLiteral("a|b") << false;
    QTest::newRow("ampersand") << QStringLiteral("a&b") << false;
    QTest::newRow("quote") << QStringLiteral("a\"b") << false;
    QTest::newRow("ipv6 with zone") << QStringLiteral("fe80::1%eth0") << false;
    QTest::newRow("ipv6 in brackets") << QStringLiteral("[fd00::1]") << false;
    QTest::newRow("leading hyphen label") << QStringLiteral("a.-b") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("label too long") << QString(64, QLatin1Char('a')) << false;
}

void TestCommandServiceControl::hostNames()
{
    QFETCH(QString, host);
    QFETCH(bool, valid);
    QCOMPARE(isValidCommandHost(host), valid);
}

void TestCommandServiceControl::serviceAndUserNames()
{
    for (const QString &good : {QStringLiteral("eucsrv"), QStringLiteral("UCWebSrvSim"), QStringLiteral("MSSQL.1"),
                                QStringLiteral("estos_web-2")})
        QVERIFY2(isSafeCommandServiceName(good), qPrintable(good));
    for (const QString &bad : {QStringLiteral("estos UC WebServer"), QStringLiteral("x\"y"), QStringLiteral("x;y"),
                               QStringLiteral("$x"), QStringLiteral("-x"), QStringLiteral("a&b"), QStringLiteral("a|b"),
                               QStringLiteral("name'"), QStringLiteral("a\\b"), QString(), QStringLiteral("MSSQL$X")})
        QVERIFY2(!isSafeCommandServiceName(bad), qPrintable(bad));
    for (const QString &good : {QStringLiteral("admin"), QStringLiteral("EXAMPLE\\admin"),
                                QStringLiteral("admin@example.local"), QStringLiteral(".\\admin")})
        QVERIFY2(isSafeCommandUser(good), qPrintable(good));
    for (const QString &bad : {QStringLiteral("ad min"), QStringLiteral("a;b"), QStringLiteral("-oX"),
                               QStringLiteral("a\\b\\c"), QStringLiteral("a$"), QStringLiteral("a'b")})
        QVERIFY2(!isSafeCommandUser(bad), qPrintable(bad));
}

void TestCommandServiceControl::refusedBeforeAnythingRuns()
{
    takeLog();
    CommandTemplates t;
    t.stop = fakeTool() + QStringLiteral(" stop {service} on {host}");
    struct Case
    {
        QString host, user, service, templ, says;
    };
    const QList<Case> cases{
        {QStringLiteral("host;reboot"), {}, QStringLiteral("UCWeb"), t.stop, QStringLiteral("not a valid host")},
        {QStringLiteral("winserver1"), {}, QStringLiteral("UC Web"), t.stop, QStringLiteral("cannot be put into a command")},
        {QStringLiteral("winserver1"), {}, QStringLiteral("x$(reboot)"), t.stop, QStringLiteral("cannot be put into")},
        {QStringLiteral("winserver1"), {}, QStringLiteral("UCWeb"), fakeTool() + QStringLiteral(" {hots}"),
         QStringLiteral("Unknown placeholder {hots}")},
        {QStringLiteral("winserver1"), {}, QStringLiteral("UCWeb"), fakeTool() + QStringLiteral(" -p {password}"),
         QStringLiteral("cannot contain {password}")},
        {QStringLiteral("winserver1"), {}, QStringLiteral("UCWeb"), fakeTool() + QStringLiteral(" {user}@{host}"),
         QStringLiteral("no user is set")},
        {QStringLiteral("winserver1"), QStringLiteral("evil;user"), QStringLiteral("UCWeb"),
         fakeTool() + QStringLiteral(" {user}@{host}"), QStringLiteral("user name")},
    };
    for (const Case &c : cases) {
        CommandTemplates templates;
        templates.stop = c.templ;
        CommandServiceControl *ctl = control(templates, {}, c.host, c.user);
        ServiceJob *job = ctl->stop(c.service, 5s);
        QVERIFY(!job->isFinished()); // reported from the event loop, like every result
        QVERIFY(waitFor(job));
        QCOMPARE(job->error().kind, ServiceControlError::Kind::InvalidRequest);
        QVERIFY2(job->error().message.contains(c.says), qPrintable(job->error().message));
        QVERIFY2(ctl->preview(Op::Stop, c.service).startsWith(QLatin1String("# ")), qPrintable(ctl->preview(Op::Stop, c.service)));
    }
    QVERIFY(takeLog().isEmpty()); // nothing ran
    // no template for an operation
    ServiceJob *job = control(CommandTemplates{})->start(QStringLiteral("UCWeb"), 5s);
    QVERIFY(waitFor(job));
    QCOMPARE(job->error().kind, ServiceControlError::Kind::InvalidRequest);
}

void TestCommandServiceControl::echoRuns()
{
    CommandTemplates t;
    t.stop = QStringLiteral("/bin/echo stopping {service} on {host}");
    ServiceJob *job = control(t)->stop(QStringLiteral("UCWebSrvSim"), 5s);
    QVERIFY(waitFor(job));
    QVERIFY2(job->ok(), qPrintable(job->error().message));
    QCOMPARE(job->services().size(), 1);
    QCOMPARE(job->services().first().name, QStringLiteral("UCWebSrvSim"));
    QCOMPARE(job->services().first().state, ServiceState::Unknown); // no result line: state not known
}

void TestCommandServiceControl::exactArgumentListNoShell()
{
    takeLog();
    CommandTemplates t;
    t.restart = fakeTool() + QStringLiteral(R"( \\{host} "a b" 'c "d"' {user}@{host} ; $(id) `x` | > * {{lit}} "Restart-Service -Name '{service}'")");
    ServiceJob *job = control(t)->restart(QStringLiteral("UCWebSrvSim"), 5s);
    QVERIFY(waitFor(job));
    QVERIFY2(job->ok(), qPrintable(job->error().message + job->error().detail));
    QCOMPARE(takeLog(), (QStringList{QStringLiteral("--- fake-tool.sh"), QStringLiteral(R"(\\winserver1)"),
                                     QStringLiteral("a b"), QStringLiteral(R"(c "d")"),
                                     QStringLiteral(R"(EXAMPLE\admin@winserver1)"), QStringLiteral(";"),
                                     QStringLiteral("$(id)"), QStringLiteral("`x`"), QStringLiteral("|"),
                                     QStringLiteral(">"), QStringLiteral("*"), QStringLiteral("{lit}"),
                                     QStringLiteral("Restart-Service -Name 'UCWebSrvSim'")}));
}

void TestCommandServiceControl::exitCodeAndStderr()
{
    CommandTemplates t;
    t.stop = fakeTool() + QStringLiteral(" stop {service}");
    ServiceJob *job = control(t, QStringLiteral("fail"))->stop(QStringLiteral("NoSuchService"), 5s);
    QVERIFY(waitFor(job));
    QVERIFY(!job->ok());
    QCOMPARE(job->error().kind, ServiceControlError::Kind::RemoteError);
    QVERIFY2(job->error().message.contains(QLatin1String("exit code 5")), qPrintable(job->error().message));
    QVERIFY(job->error().message.contains(QLatin1String("does not exist as an installed service")));
    QVERIFY(job->error().detail.contains(QLatin1String("stop NoSuchService")));

    // the same exit code from sc.exe means "access denied" (ERROR_ACCESS_DENIED; 1060 would be "no such
    // service", but a Linux exit code has 8 bits)
    QTemporaryDir bin;
    QVERIFY(QFile::copy(fakeTool(), bin.filePath(QStringLiteral("sc.exe"))));
    t.stop = bin.filePath(QStringLiteral("sc.exe")) + QStringLiteral(" \\\\{host} stop {service}");
    ServiceJob *sc = control(t, QStringLiteral("fail"))->stop(QStringLiteral("NoSuchService"), 5s);
    QVERIFY(waitFor(sc));
    QCOMPARE(sc->error().kind, ServiceControlError::Kind::AccessDenied);
}

void TestCommandServiceControl::sshExitCodes()
{
    QTemporaryDir bin;
    QVERIFY(QFile::copy(fakeTool(), bin.filePath(QStringLiteral("ssh"))));
    CommandTemplates t;
    t.stop = bin.filePath(QStringLiteral("ssh")) + QStringLiteral(" -o BatchMode=yes {user}@{host} net stop {service}");
    ServiceJob *unreachable = control(t, QStringLiteral("unreachable"))->stop(QStringLiteral("UCWeb"), 5s);
    QVERIFY(waitFor(unreachable));
    QCOMPARE(unreachable->error().kind, ServiceControlError::Kind::Unreachable);
    QVERIFY(unreachable->error().message.contains(QLatin1String("Connection refused")));
    ServiceJob *denied = control(t, QStringLiteral("denied"))->stop(QStringLiteral("UCWeb"), 5s);
    QVERIFY(waitFor(denied));
    QCOMPARE(denied->error().kind, ServiceControlError::Kind::AuthenticationFailed);
}

void TestCommandServiceControl::timeoutKillsTheCommand()
{
    CommandTemplates t;
    t.stop = fakeTool() + QStringLiteral(" {service}");
    QElapsedTimer clock;
    clock.start();
    ServiceJob *job = control(t, QStringLiteral("sleep"))->stop(QStringLiteral("UCWeb"), 400ms);
    QVERIFY(waitFor(job));
    QCOMPARE(job->error().kind, ServiceControlError::Kind::Timeout);
    QVERIFY(job->error().message.contains(QLatin1String("did not finish in time")));
    QVERIFY(clock.elapsed() < 5000);
}

void TestCommandServiceControl::cancelKillsTheCommand()
{
    CommandTemplates t;
    t.stop = fakeTool() + QStringLiteral(" {service}");
    ServiceJob *job = control(t, QStringLiteral("sleep"))->stop(QStringLiteral("UCWeb"), 30s);
    QTest::qWait(200);
    QVERIFY(!job->isFinished());
    job->cancel();
    QVERIFY(job->isFinished());
    QCOMPARE(job->error().kind, ServiceControlError::Kind::Cancelled);
    delete job; // deleting the job right away must not block or crash
    QTest::qWait(100);
}

void TestCommandServiceControl::programNotFound()
{
    CommandTemplates t;
    t.stop = QStringLiteral("ucmc-no-such-program-here {service}");
    ServiceJob *job = control(t)->stop(QStringLiteral("UCWeb"), 5s);
    QVERIFY(waitFor(job));
    QCOMPARE(job->error().kind, ServiceControlError::Kind::InvalidRequest);
    QVERIFY2(job->error().message.contains(QLatin1String("could not be started")), qPrintable(job->error().message));
}

void TestCommandServiceControl::resultLines()
{
    CommandTemplates t;
    t.restart = fakeTool() + QStringLiteral(" {service}");
    auto *ok = control(t, QStringLiteral("result"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FAKE_MODE"), QStringLiteral("result"));
    env.insert(QStringLiteral("FAKE_RESULT"),
               QStringLiteral(R"({"outcome":"ok","message":"","service":{"name":"UCWeb","state":"Running","startMode":"Auto","pathName":"\"C:\\x\\EUCWeb.exe\" -service"}})"));
    ok->setProcessEnvironment(env);
    ServiceJob *job = ok->restart(QStringLiteral("UCWeb"), 5s);
    QVERIFY(waitFor(job));
    QVERIFY2(job->ok(), qPrintable(job->error().message));
    QCOMPARE(job->services().first().state, ServiceState::Running);
    QCOMPARE(job->services().first().startupType, StartupType::Automatic);

    env.insert(QStringLiteral("FAKE_RESULT"),
               QStringLiteral(R"({"outcome":"timeout","message":"Time out has expired","service":{"name":"UCWeb","state":"Stop Pending","startMode":"Auto","pathName":""}})"));
    ok->setProcessEnvironment(env);
    ServiceJob *stuck = ok->restart(QStringLiteral("UCWeb"), 5s);
    QVERIFY(waitFor(stuck));
    QCOMPARE(stuck->error().kind, ServiceControlError::Kind::ServiceTimeout);
    QVERIFY(stuck->error().message.contains(QLatin1String("Stopping")));

    env.insert(QStringLiteral("FAKE_RESULT"), QStringLiteral("{not json"));
    ok->setProcessEnvironment(env);
    ServiceJob *garbage = ok->restart(QStringLiteral("UCWeb"), 5s);
    QVERIFY(waitFor(garbage));
    QCOMPARE(garbage->error().kind, ServiceControlError::Kind::UnexpectedOutput);
}

void TestCommandServiceControl::discovery()
{
    // without a discover template: not supported, fill in the names by hand
    auto *none = control(CommandTemplates::scExe());
    QVERIFY(!none->canDiscover());
    ServiceJob *unsupported = none->discover({}, 5s);
    QVERIFY(waitFor(unsupported));
    QCOMPARE(unsupported->error().kind, ServiceControlError::Kind::InvalidRequest);
    QVERIFY(unsupported->error().message.contains(QLatin1String("fill in the service names by hand")));

    CommandTemplates t;
    t.discover = fakeTool() + QStringLiteral(" discover {host}");
    auto *c = control(t);
    QVERIFY(c->canDiscover());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FAKE_MODE"), QStringLiteral("result"));
    env.insert(QStringLiteral("FAKE_RESULT"),
               QStringLiteral(R"([{"name":"eucsrv","displayName":"estos UCServer","state":"Running","startMode":"Auto","pathName":"C:\\estos\\eucsrv.exe","executable":"C:\\estos\\eucsrv.exe","productVersion":"9.1.0.3456","fileVersion":"9.1.0.3456"},)"
                              R"({"name":"UCWeb","displayName":"estos UC WebServer","state":"Running","startMode":"Auto","pathName":"\"C:\\estos\\EUCWeb.exe\" -service","executable":"C:\\estos\\EUCWeb.exe","productVersion":"9.1.0.3456","fileVersion":"9.1.0.3456"}])"));
    c->setProcessEnvironment(env);
    ServiceJob *job = c->discover({}, 5s);
    QVERIFY(waitFor(job));
    QVERIFY2(job->ok(), qPrintable(job->error().message + job->error().detail));
    QCOMPARE(job->services().size(), 2);
    QCOMPARE(job->services()[0].role, ServiceRole::UcServer);
    QCOMPARE(job->services()[1].role, ServiceRole::WebServer);
    QCOMPARE(job->services()[1].productVersion, QStringLiteral("9.1.0.3456"));

    env.insert(QStringLiteral("FAKE_MODE"), QString()); // prints nothing
    c->setProcessEnvironment(env);
    ServiceJob *silent = c->discover({}, 5s);
    QVERIFY(waitFor(silent));
    QCOMPARE(silent->error().kind, ServiceControlError::Kind::UnexpectedOutput);
}

void TestCommandServiceControl::restartWithoutTemplateIsStopThenStart()
{
    takeLog();
    CommandTemplates t;
    t.stop = fakeTool() + QStringLiteral(" stop {service}");
    t.start = fakeTool() + QStringLiteral(" start {service}");
    auto *c = control(t);
    ServiceJob *job = c->restart(QStringLiteral("UCWeb"), 5s);
    QVERIFY(waitFor(job));
    QVERIFY(job->ok());
    QCOMPARE(takeLog(), (QStringList{QStringLiteral("--- fake-tool.sh"), QStringLiteral("stop"), QStringLiteral("UCWeb"),
                                     QStringLiteral("--- fake-tool.sh"), QStringLiteral("start"), QStringLiteral("UCWeb")}));
    QCOMPARE(c->preview(Op::Restart, QStringLiteral("UCWeb")),
             fakeTool() + QStringLiteral(" stop UCWeb\n") + fakeTool() + QStringLiteral(" start UCWeb"));
    // a failing stop stops the sequence
    takeLog();
    auto *failing = control(t, QStringLiteral("fail"));
    ServiceJob *failed = failing->restart(QStringLiteral("UCWeb"), 5s);
    QVERIFY(waitFor(failed));
    QVERIFY(!failed->ok());
    QCOMPARE(takeLog().size(), 3); // only the stop ran
}

void TestCommandServiceControl::startupTypePlaceholders()
{
    takeLog();
    CommandTemplates t;
    t.setStartupType = fakeTool() + QStringLiteral(" config {service} start= {startup_sc} {startup}");
    auto *c = control(t);
    ServiceJob *job = c->setStartupType(QStringLiteral("UCWeb"), StartupType::Manual, 5s);
    QVERIFY(waitFor(job));
    QVERIFY(job->ok());
    QCOMPARE(takeLog(), (QStringList{QStringLiteral("--- fake-tool.sh"), QStringLiteral("config"), QStringLiteral("UCWeb"),
                                     QStringLiteral("start="), QStringLiteral("demand"), QStringLiteral("Manual")}));
    ServiceJob *boot = c->setStartupType(QStringLiteral("UCWeb"), StartupType::Boot, 5s);
    QVERIFY(waitFor(boot));
    QCOMPARE(boot->error().kind, ServiceControlError::Kind::InvalidRequest);
    QVERIFY(takeLog().isEmpty());
}

void TestCommandServiceControl::psEncodedIsTheWinRmScript()
{
    const CommandTemplates ssh = CommandTemplates::powerShellOverSsh();
    CommandServiceControl c(QStringLiteral("winserver1"), QStringLiteral("EXAMPLE\\admin"), ssh);
    ServiceControlError error;
    const auto commands = c.commandsFor(Op::Restart, QStringLiteral("UCWeb"), StartupType::Unknown, 60s, {}, &error);
    QVERIFY2(commands, qPrintable(error.message));
    QCOMPARE(commands->size(), 1);
    const QStringList &args = commands->first();
    QCOMPARE(args.mid(0, 6), (QStringList{QStringLiteral("ssh"), QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
                                          QStringLiteral("-o"), QStringLiteral("ConnectTimeout=10"),
                                          QStringLiteral("EXAMPLE\\admin@winserver1")}));
    QCOMPARE(args.at(args.size() - 2), QStringLiteral("-EncodedCommand"));
    const QByteArray utf16 = QByteArray::fromBase64(args.last().toLatin1());
    const QString script = QString::fromUtf16(reinterpret_cast<const char16_t *>(utf16.constData()), utf16.size() / 2);
    QCOMPARE(script, WinRmServiceControl::controlScript(QStringLiteral("Restart"), QStringLiteral("UCWeb"),
                                                         StartupType::Unknown, WinRmServiceControl::scriptWaitSeconds(60s)));
    QVERIFY(args.join(QLatin1Char(' ')).size() < 8000); // fits cmd.exe's line on the remote side
    const auto discover = c.commandsFor(Op::Discover, {}, StartupType::Unknown, 60s, {}, &error);
    QVERIFY(discover);
    QVERIFY(c.canDiscover());
}

void TestCommandServiceControl::preview()
{
    CommandTemplates t = CommandTemplates::scExe();
    CommandServiceControl c(QStringLiteral("winserver1"), QStringLiteral("admin"), t);
    QCOMPARE(c.preview(Op::Stop, QStringLiteral("UCWeb")), QStringLiteral(R"(sc.exe \\winserver1 stop UCWeb)"));
    QCOMPARE(c.preview(Op::SetStartupType, QStringLiteral("UCWeb"), StartupType::Disabled),
             QStringLiteral(R"(sc.exe \\winserver1 config UCWeb start= disabled)"));
    QCOMPARE(c.preview(Op::Restart, QStringLiteral("UCWeb")),
             QStringLiteral(R"x(powershell.exe -NoProfile -NonInteractive -Command "Restart-Service -InputObject (Get-Service -ComputerName 'winserver1' -Name 'UCWeb')")x"));
    QVERIFY(c.preview(Op::Discover, {}).startsWith(QLatin1String("# refused: Discovery is not supported")));
    QVERIFY(c.description().contains(QLatin1String("winserver1")));
    // {ps_encoded}: the decoded script follows as comments
    CommandServiceControl ssh(QStringLiteral("winserver1"), QStringLiteral("admin"), CommandTemplates::powerShellOverSsh());
    const QString p = ssh.preview(Op::Restart, QStringLiteral("UCWeb"));
    QVERIFY(p.startsWith(QLatin1String("ssh -o BatchMode=yes")));
    QVERIFY(p.contains(QLatin1String("#   $name = 'UCWeb'")));
    QVERIFY(p.contains(QLatin1String("#   $action = 'Restart'")));
    // a template with {password} never shows one: it is refused
    t.stop = QStringLiteral("winrs -r:{host} -p:{password} net stop {service}");
    CommandServiceControl bad(QStringLiteral("winserver1"), QStringLiteral("admin"), t);
    QVERIFY(bad.preview(Op::Stop, QStringLiteral("UCWeb")).startsWith(QLatin1String("# refused:")));
}

QTEST_GUILESS_MAIN(TestCommandServiceControl)
#include "tst_commandservicecontrol.moc"
