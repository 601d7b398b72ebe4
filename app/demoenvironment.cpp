#include "demoenvironment.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QDateTime>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QUuid>

namespace ucmc {

namespace {
constexpr int kStartTimeoutMs = 10000;
// Loopback addresses only: the demo never reaches beyond this machine. A demo takes 127.0.B.10
// (the UCServer host) to 127.0.B.15 (five media servers) for the first block B whose ports are
// free, so a second demo (or one beside the tests) runs next to the first.
constexpr int kBlocks = 10;

QString demoAddress(int block, int last)
{
    return QStringLiteral("127.0.%1.%2").arg(block).arg(last);
}

// Whether something already listens on address:port (another demo): a bind says so at once.
bool inUse(const QString &address, quint16 port)
{
    QTcpServer probe;
    if (probe.listen(QHostAddress(address), port))
        return false;
    return probe.serverError() == QAbstractSocket::AddressInUseError;
}
} // namespace

DemoEnvironment::DemoEnvironment(QObject *parent)
    : QObject(parent)
{
}

DemoEnvironment::~DemoEnvironment()
{
    for (QProcess *process : {&m_mediaServers, &m_fleetServers, &m_ucServerHost}) {
        if (process->state() == QProcess::NotRunning)
            continue;
        process->closeWriteChannel(); // the simulators end when their stdin closes
        if (!process->waitForFinished(2000)) {
            process->kill();
            process->waitForFinished(1000);
        }
    }
}

QString DemoEnvironment::ucServerHost() const
{
    return demoAddress(m_block, 10);
}

bool DemoEnvironment::chooseAddressBlock()
{
    for (int block = 0; block < kBlocks; ++block) {
        const bool taken = inUse(demoAddress(block, 10), 7222) || inUse(demoAddress(block, 10), 5985)
                           || inUse(demoAddress(block, 11), 8888) || inUse(demoAddress(block, 12), 8433)
                           || inUse(demoAddress(block, 21), 8888);
        if (!taken) {
            m_block = block;
            return true;
        }
    }
    m_error = tr("Could not start the demo: the loopback addresses 127.0.0.10 to 127.0.%1.15 are all in use, "
                 "probably by %2 demos that are still running. Close one of them and try again.")
                  .arg(kBlocks - 1)
                  .arg(kBlocks);
    return false;
}

bool DemoEnvironment::start()
{
    if (!m_dir.isValid()) {
        m_error = tr("Could not create a temporary folder for the demo: %1").arg(m_dir.errorString());
        return false;
    }
    if (!chooseAddressBlock())
        return false;
    const QString pem = m_dir.filePath(QStringLiteral("demo-cert+key.pem"));
    if (!makeCertificate(pem, demoAddress(m_block, 12)))
        return false;

    // Five media servers on 127.0.B.11 ... 127.0.B.15: ws, wss, an older version, one that flaps,
    // one that is down.
    const QStringList arguments{
        QStringLiteral("--count"), QStringLiteral("5"),
        QStringLiteral("--address"), demoAddress(m_block, 11),
        QStringLiteral("--port"), QStringLiteral("8888"),
        QStringLiteral("--wss-index"), QStringLiteral("1"),
        QStringLiteral("--certificate"), pem,
        QStringLiteral("--version"), QStringLiteral("7.3.0"),
        QStringLiteral("--version"), QStringLiteral("2=7.2.1"),
        QStringLiteral("--fault"), QStringLiteral("3=flap:8000"),
        QStringLiteral("--fault"), QStringLiteral("4=refuse"),
    };
    QList<QStringList> listening;
    if (!startSimulator(m_mediaServers, QStringLiteral("kms-sim"), arguments, &listening))
        return false;
    QStringList urls;
    for (const QStringList &words : std::as_const(listening))
        urls << words.value(1); // "listening <index> <url>"
    // The UCServer host on 127.0.B.10: UCServer port 7222, UC WebServer HTTP 7224 and HTTPS 7225
    // (self-signed, as the real one by default), and WinRM, so that
    // applying a change (restarting the UC WebServer) works in the demo too. Its services are as
    // an estos update leaves them (all automatic), so the Hosts tab has a drift to show.
    m_winRmPassword = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("WINRM_SIM_PASSWORD"), m_winRmPassword); // never on a command line
    m_ucServerHost.setProcessEnvironment(environment);
    QList<QStringList> hostPorts;
    if (!startSimulator(m_ucServerHost, QStringLiteral("winrm-sim"),
                        {QStringLiteral("--address"), ucServerHost(), QStringLiteral("--hostname"),
                         QStringLiteral("WINSERVER1"), QStringLiteral("--user"), winRmUser(),
                         QStringLiteral("--role"), QStringLiteral("fresh"), QStringLiteral("--http-port"),
                         QStringLiteral("5985"), QStringLiteral("--webserver-port"), QStringLiteral("7224"),
                         QStringLiteral("--webserver-https-port"), QStringLiteral("7225"),
                         QStringLiteral("--ucserver-port"), QStringLiteral("7222")},
                        &hostPorts))
        return false;
    for (const QStringList &words : std::as_const(hostPorts)) {
        if (words.value(0) == QLatin1String("http"))
            m_winRmUrl = QUrl(words.value(1));
    }
    return writeConfig(urls) && startFleet();
}

bool DemoEnvironment::startFleet()
{
    // Ten more media servers on 127.0.B.21 ... 127.0.B.30, shared out among five watched sites:
    // one with a server down, one whose servers disagree on the version, one whose file is
    // broken, two that are fine.
    const QStringList arguments{
        QStringLiteral("--count"), QStringLiteral("10"),
        QStringLiteral("--address"), demoAddress(m_block, 21),
        QStringLiteral("--port"), QStringLiteral("8888"),
        QStringLiteral("--version"), QStringLiteral("7.3.0"),
        QStringLiteral("--version"), QStringLiteral("6=7.2.1"),
        QStringLiteral("--fault"), QStringLiteral("4=refuse"),
    };
    QList<QStringList> listening;
    if (!startSimulator(m_fleetServers, QStringLiteral("kms-sim"), arguments, &listening))
        return false;
    QStringList urls;
    for (const QStringList &words : std::as_const(listening))
        urls << words.value(1);
    struct Demo
    {
        const char *folder;
        QString name;
        QStringList urls; // none: a broken file
    };
    const QList<Demo> demos{
        {"hamburg", tr("Hamburg"), urls.mid(0, 2)},
        {"munich", tr("Munich"), urls.mid(2, 3)},
        {"berlin", tr("Berlin"), urls.mid(5, 3)},
        {"vienna", tr("Vienna"), urls.mid(8, 2)},
        {"zurich", tr("Zurich"), {}},
    };
    for (const Demo &demo : demos) {
        const QString folder = m_dir.filePath(QStringLiteral("fleet/") + QLatin1String(demo.folder));
        const QString path = QDir(folder).filePath(QStringLiteral("eucwebconfig.json"));
        // No servers: a file cut off mid-list, as by an editor that crashed.
        const QByteArray json = demo.urls.isEmpty() ? QByteArray("{\r\n   \"kurentoservers\" : [\r\n")
                                                    : configJson(demo.urls);
        const bool written = QDir().mkpath(folder) && writeFile(path, json);
        if (!written) {
            m_error = tr("Could not write the demo configuration to %1").arg(path);
            return false;
        }
        Site site;
        site.id = QStringLiteral("demo-") + QLatin1String(demo.folder);
        site.name = demo.name;
        site.configPath = path;
        site.ucServerHost = ucServerHost();
        site.watchAlways = true;
        // Every demo site probes the same simulated UCServer host at once: patience, so the
        // host's TLS handshakes under that burst do not read as an outage.
        site.probe.timeoutMs = 4000;
        m_fleetSites.append(site);
    }
    return true;
}

bool DemoEnvironment::makeCertificate(const QString &pemPath, const QString &address)
{
    // A self-signed certificate for the secure demo server; the console trusts exactly this one,
    // so the demo shows verification working rather than switched off.
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        m_error = tr("The demo needs the openssl command to make a certificate; install the openssl package.");
        return false;
    }
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
    QProcess process;
    process.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                            QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                            QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                            QStringLiteral("/CN=%1").arg(address), QStringLiteral("-addext"),
                            QStringLiteral("subjectAltName=IP:%1").arg(address), QStringLiteral("-keyout"), key,
                            QStringLiteral("-out"), cert});
    if (!process.waitForFinished(kStartTimeoutMs) || process.exitCode() != 0) {
        m_error = tr("openssl could not make the demo certificate: %1")
                      .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        return false;
    }
    QFile certFile(cert);
    QFile keyFile(key);
    QFile pem(pemPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)
        || !pem.open(QIODevice::WriteOnly)) {
        m_error = tr("Could not write the demo certificate to %1").arg(pemPath);
        return false;
    }
    const QByteArray certificate = certFile.readAll();
    pem.write(certificate + keyFile.readAll());
    m_certificates = QSslCertificate::fromData(certificate, QSsl::Pem);
    return !m_certificates.isEmpty();
}

bool DemoEnvironment::startSimulator(QProcess &process, const QString &name, const QStringList &arguments,
                                     QList<QStringList> *listening)
{
    const QString program = QDir(QCoreApplication::applicationDirPath()).filePath(name);
    if (!QFile::exists(program)) {
        m_error = tr("The simulator %1 was not found next to the console.").arg(program);
        return false;
    }
    process.setProgram(program);
    process.setArguments(arguments);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start();
    const QDeadlineTimer deadline(kStartTimeoutMs);
    while (!deadline.hasExpired()) {
        while (process.canReadLine()) {
            const QString line = QString::fromUtf8(process.readLine()).trimmed();
            if (line == QLatin1String("ready"))
                return true;
            QStringList words = line.split(QLatin1Char(' '));
            if (words.size() >= 2 && words.takeFirst() == QLatin1String("listening"))
                listening->append(words);
        }
        if (process.state() == QProcess::NotRunning)
            break;
        process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    m_error = tr("The simulator %1 did not start: %2")
                  .arg(name, QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
    return false;
}

bool DemoEnvironment::writeConfig(const QStringList &urls)
{
    m_configPath = m_dir.filePath(QStringLiteral("eucwebconfig.json"));
    if (!writeFile(m_configPath, configJson(urls))) {
        m_error = tr("Could not write the demo configuration to %1").arg(m_configPath);
        return false;
    }
    // As on a real installation: the file was last edited before the UC WebServer (simulated,
    // started just now) came up, so the change is in effect until the administrator saves.
    QFile written(m_configPath);
    if (written.open(QIODevice::ReadWrite))
        written.setFileTime(QDateTime::currentDateTime().addSecs(-2 * 3600), QFileDevice::FileModificationTime);
    return true;
}

QByteArray DemoEnvironment::configJson(const QStringList &urls)
{
    // Written like the knowledge-base article's examples: 3-space indentation, CRLF.
    QByteArray json = "{\r\n   \"kurentoservers\" : [\r\n";
    for (qsizetype i = 0; i < urls.size(); ++i) {
        json += "      {\r\n         \"url\" : \"" + urls[i].toUtf8() + "\",\r\n"
                "         \"candkillipv6\": 0,\r\n         \"candkilltcp\": 0,\r\n"
                "         \"candonlyturn\": 0\r\n      }";
        json += i + 1 < urls.size() ? ",\r\n" : "\r\n";
    }
    return json + "   ]\r\n}\r\n";
}

bool DemoEnvironment::writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

} // namespace ucmc
