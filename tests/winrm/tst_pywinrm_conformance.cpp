// The conformance test the issue asks for: Debian's python3-winrm (pywinrm 0.3.0) drives the
// winrm-sim executable over HTTP with NTLM and message encryption (tests/winrm/pywinrm_conformance.py),
// running cmd commands and PowerShell scripts and checking stdout and exit codes. Also checks the
// executable's start lines and that it ends when its stdin closes.
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kPython = QStringLiteral("/usr/bin/python3"); // Debian's, where python3-winrm lives
}

class TestPywinrmConformance : public QObject
{
    Q_OBJECT
private slots:
    void pywinrmDrivesTheSimulator();
};

void TestPywinrmConformance::pywinrmDrivesTheSimulator()
{
    QVERIFY2(QFile::exists(kPython), "Debian's /usr/bin/python3 is needed (scripts/deps.sh installs python3-winrm)");
    QProcess probe;
    probe.start(kPython, {QStringLiteral("-c"), QStringLiteral("import winrm, requests_ntlm, ntlm_auth")});
    QVERIFY(probe.waitForFinished(30000));
    QVERIFY2(probe.exitCode() == 0, "python3-winrm is not installed (scripts/deps.sh installs it)");

    QProcess sim;
    sim.setProcessChannelMode(QProcess::SeparateChannels);
    // the password through the environment, not the command line
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WINRM_SIM_PASSWORD"), QStringLiteral("Conformance-Pa55"));
    sim.setProcessEnvironment(env);
    sim.start(QStringLiteral(UCMC_BIN_DIR "/winrm-sim"),
              {QStringLiteral("--address"), QStringLiteral("127.0.0.43"), QStringLiteral("--hostname"),
               QStringLiteral("CONFORMANCE1"), QStringLiteral("--user"), QStringLiteral("Administrator"),
               QStringLiteral("--lifetime"), QStringLiteral("110")});
    QVERIFY(sim.waitForStarted(10000));
    QString url;
    QStringList lines;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 15000) {
        if (!sim.canReadLine() && !sim.waitForReadyRead(1000))
            continue;
        while (sim.canReadLine()) {
            const QString line = QString::fromUtf8(sim.readLine()).trimmed();
            lines << line;
            if (line.startsWith(QStringLiteral("listening http ")))
                url = line.section(QLatin1Char(' '), 2);
        }
        if (lines.contains(QStringLiteral("ready")))
            break;
    }
    QVERIFY2(lines.contains(QStringLiteral("ready")), qPrintable(lines.join(QLatin1Char('\n')) + sim.readAllStandardError()));
    QVERIFY(url.startsWith(QStringLiteral("http://127.0.0.43:")));

    QTemporaryDir dir;
    QProcess python;
    QProcessEnvironment pyEnv = QProcessEnvironment::systemEnvironment();
    pyEnv.remove(QStringLiteral("OPENSSL_CONF")); // the script writes its own (default + legacy providers)
    pyEnv.insert(QStringLiteral("TMPDIR"), dir.path());
    python.setProcessEnvironment(pyEnv);
    python.setProcessChannelMode(QProcess::MergedChannels);
    python.start(kPython, {QStringLiteral(UCMC_SOURCE_DIR "/pywinrm_conformance.py"), url,
                           QStringLiteral("Administrator"), QStringLiteral("Conformance-Pa55"),
                           QStringLiteral("CONFORMANCE1")});
    QVERIFY(python.waitForFinished(90000));
    const QString output = QString::fromUtf8(python.readAll());
    qInfo().noquote() << output;
    QCOMPARE(python.exitStatus(), QProcess::NormalExit);
    QVERIFY2(python.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(QRegularExpression(QStringLiteral("pywinrm checks: passed 13, failed 0"))), qPrintable(output));

    // the simulator ends when its parent closes stdin
    sim.closeWriteChannel();
    QVERIFY(sim.waitForFinished(10000));
    QCOMPARE(sim.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestPywinrmConformance)
#include "tst_pywinrm_conformance.moc"
