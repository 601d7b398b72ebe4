#include "selfsignedcertificate.h"

#include <QFile>
#include <QProcess>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace procallsim {

QSslConfiguration SelfSignedCertificate::serverConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    configuration.setProtocol(QSsl::SecureProtocols);
    return configuration;
}

SelfSignedCertificate SelfSignedCertificate::generate(const QHostAddress &address, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return SelfSignedCertificate{QSslCertificate(), QSslKey()};
    };
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        return fail(QStringLiteral("the HTTPS port needs the openssl command line tool for its certificate"));
    QTemporaryDir folder;
    if (!folder.isValid())
        return fail(QStringLiteral("cannot create a temporary folder: %1").arg(folder.errorString()));
    const QString keyPath = folder.filePath(QStringLiteral("key.pem"));
    const QString certPath = folder.filePath(QStringLiteral("cert.pem"));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                            QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                            QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                            QStringLiteral("/CN=") + address.toString(), QStringLiteral("-addext"),
                            QStringLiteral("subjectAltName=IP:") + address.toString(), QStringLiteral("-keyout"),
                            keyPath, QStringLiteral("-out"), certPath});
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        process.kill();
        process.waitForFinished(1000);
        return fail(QStringLiteral("openssl failed: %1").arg(QString::fromLocal8Bit(process.readAll()).trimmed()));
    }
    QFile cert(certPath), key(keyPath);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read the certificate openssl made in %1").arg(folder.path()));
    SelfSignedCertificate result;
    result.certificate = QSslCertificate(cert.readAll(), QSsl::Pem);
    result.key = QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (result.isNull())
        return fail(QStringLiteral("the certificate or key openssl made cannot be read"));
    return result;
}

} // namespace procallsim
