#include "tlsidentity.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QSslSocket>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>

namespace kmssim {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// The first "... PRIVATE KEY" PEM block of a combined certificate+key file.
QByteArray privateKeyBlock(const QByteArray &pem)
{
    const qsizetype begin = pem.indexOf("-----BEGIN ");
    for (qsizetype at = begin; at >= 0; at = pem.indexOf("-----BEGIN ", at + 1)) {
        const qsizetype lineEnd = pem.indexOf('\n', at);
        if (lineEnd < 0 || !pem.mid(at, lineEnd - at).contains("PRIVATE KEY"))
            continue;
        const qsizetype end = pem.indexOf("-----END ", lineEnd);
        const qsizetype endLine = end < 0 ? -1 : pem.indexOf("-----", end + 9);
        if (endLine < 0)
            return {};
        return pem.mid(at, endLine + 5 - at) + '\n';
    }
    return {};
}

} // namespace

TlsIdentity::~TlsIdentity() = default;

std::shared_ptr<const TlsIdentity> TlsIdentity::fromPemFile(const QString &path, const QByteArray &password,
                                                            QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, QStringLiteral("cannot read certificate file %1: %2").arg(path, file.errorString()));
        return nullptr;
    }
    const QByteArray pem = file.readAll();
    std::shared_ptr<TlsIdentity> identity(new TlsIdentity);
    identity->m_pemPath = path;
    identity->m_chain = QSslCertificate::fromData(pem, QSsl::Pem);
    if (identity->m_chain.isEmpty()) {
        fail(error, QStringLiteral("no certificate in %1").arg(path));
        return nullptr;
    }
    const QByteArray keyPem = privateKeyBlock(pem);
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey, password);
        if (!key.isNull()) {
            identity->m_key = key;
            return identity;
        }
    }
    fail(error, QStringLiteral("no usable private key in %1 (it must hold the certificate chain and the key)")
                    .arg(path));
    return nullptr;
}

std::shared_ptr<const TlsIdentity> TlsIdentity::generateSelfSigned(const QList<QHostAddress> &addresses,
                                                                   QString *error)
{
    return generateSelfSigned(addresses, CertificateOptions(), error);
}

std::shared_ptr<const TlsIdentity> TlsIdentity::generateSelfSigned(const QList<QHostAddress> &addresses,
                                                                   const CertificateOptions &options,
                                                                   QString *error)
{
    if (addresses.isEmpty()) {
        fail(error, QStringLiteral("no address for the certificate"));
        return nullptr;
    }
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        fail(error, QStringLiteral("--self-signed needs the openssl command line tool"));
        return nullptr;
    }
    auto folder = std::make_shared<QTemporaryDir>();
    if (!folder->isValid()) {
        fail(error, QStringLiteral("cannot create a temporary folder: %1").arg(folder->errorString()));
        return nullptr;
    }
    QStringList altNames;
    QString commonName;
    if (options.hostName.isEmpty()) {
        for (const QHostAddress &address : addresses)
            altNames << QStringLiteral("IP:") + address.toString();
        commonName = addresses.front().toString();
    } else {
        altNames << QStringLiteral("DNS:") + options.hostName;
        commonName = options.hostName;
    }
    const QString keyPath = folder->filePath(QStringLiteral("key.pem"));
    const QString certPath = folder->filePath(QStringLiteral("cert.pem"));
    const auto run = [&](const QStringList &arguments) {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setWorkingDirectory(folder->path());
        process.start(openssl, arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            process.kill();
            fail(error,
                 QStringLiteral("openssl failed: %1").arg(QString::fromLocal8Bit(process.readAll()).trimmed()));
            return false;
        }
        return true;
    };
    const QString subject = QStringLiteral("/CN=") + commonName;
    const QString subjectAltName = QStringLiteral("subjectAltName=") + altNames.join(QLatin1Char(','));
    if (!options.expired) {
        // The same kind of certificate as the captured server's (07-wss.jsonl), plus subjectAltName.
        if (!run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                  QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                  subject, QStringLiteral("-addext"), subjectAltName, QStringLiteral("-keyout"), keyPath,
                  QStringLiteral("-out"), certPath}))
            return nullptr;
    } else {
        // `req -x509` cannot date a certificate back (OpenSSL 3.0): a request, then `ca -selfsign`
        // with explicit dates, from a minimal CA configuration in the same folder.
        QFile config(folder->filePath(QStringLiteral("ca.cnf")));
        QFile index(folder->filePath(QStringLiteral("index.txt")));
        if (!config.open(QIODevice::WriteOnly) || !index.open(QIODevice::WriteOnly)) {
            fail(error, QStringLiteral("cannot write the CA configuration in %1").arg(folder->path()));
            return nullptr;
        }
        config.write("[ ca ]\ndefault_ca = sim\n[ sim ]\ndir = .\ndatabase = $dir/index.txt\nnew_certs_dir = $dir\n"
                     "serial = $dir/serial\ndefault_md = sha256\npolicy = anything\ncopy_extensions = copy\n"
                     "unique_subject = no\n[ anything ]\ncommonName = supplied\n");
        config.close();
        index.close();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto stamp = [](const QDateTime &t) -> QString { return t.toString(QStringLiteral("yyyyMMddHHmmss")) + QLatin1Char('Z'); };
        const QString requestPath = folder->filePath(QStringLiteral("request.pem"));
        if (!run({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                  QStringLiteral("-nodes"), QStringLiteral("-subj"), subject, QStringLiteral("-addext"), subjectAltName,
                  QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), requestPath}) ||
            !run({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), config.fileName(),
                  QStringLiteral("-selfsign"), QStringLiteral("-keyfile"), keyPath, QStringLiteral("-in"), requestPath,
                  QStringLiteral("-out"), certPath, QStringLiteral("-create_serial"), QStringLiteral("-notext"),
                  QStringLiteral("-startdate"), stamp(now.addDays(-31)), QStringLiteral("-enddate"),
                  stamp(now.addDays(-1))}))
            return nullptr;
    }
    QFile cert(certPath), key(keyPath);
    QFile combined(folder->filePath(QStringLiteral("cert+key.pem")));
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly) ||
        !combined.open(QIODevice::WriteOnly)) {
        fail(error, QStringLiteral("cannot assemble cert+key.pem in %1").arg(folder->path()));
        return nullptr;
    }
    combined.write(cert.readAll() + key.readAll()); // one file, chain then key, as KMS expects
    combined.close();
    auto loaded = fromPemFile(combined.fileName(), {}, error);
    if (!loaded)
        return nullptr;
    auto identity = std::const_pointer_cast<TlsIdentity>(loaded);
    identity->m_folder = std::move(folder);
    return identity;
}

QSslConfiguration TlsIdentity::serverConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(m_chain);
    configuration.setPrivateKey(m_key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    configuration.setProtocol(QSsl::SecureProtocols); // TLS 1.2 and 1.3, as the captured server
    return configuration;
}

} // namespace kmssim
