#pragma once

#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>
#include <memory>

class QTemporaryDir;

namespace kmssim {

// The certificate chain and private key of a wss:// listener, read from one PEM file like KMS's
// "certificate" setting (cert+key.pem), or made up with the openssl command line tool.
class TlsIdentity
{
public:
    // What a generated certificate is like; the defaults make the one --self-signed always made.
    struct CertificateOptions
    {
        // Valid from 31 days ago until yesterday (--certificate-expired), instead of from now on
        // for 30 days.
        bool expired = false;
        // Issued for this name instead of the fleet's addresses (--certificate-host): CN = the
        // name, subjectAltName = DNS:<name>, so a client connecting by address finds no match.
        QString hostName;
    };

    static std::shared_ptr<const TlsIdentity>
    fromPemFile(const QString &path, const QByteArray &password = {}, QString *error = nullptr);
    // RSA-2048, 30 days, CN = the first address, subjectAltName = IP:<each address>, written into
    // a temporary folder that lives as long as the returned identity.
    static std::shared_ptr<const TlsIdentity> generateSelfSigned(const QList<QHostAddress> &addresses,
                                                                 QString *error = nullptr);
    static std::shared_ptr<const TlsIdentity> generateSelfSigned(const QList<QHostAddress> &addresses,
                                                                 const CertificateOptions &options,
                                                                 QString *error = nullptr);

    ~TlsIdentity();

    const QList<QSslCertificate> &chain() const { return m_chain; }
    const QSslKey &key() const { return m_key; }
    QString pemPath() const { return m_pemPath; }
    QSslConfiguration serverConfiguration() const;

private:
    TlsIdentity() = default;

    QList<QSslCertificate> m_chain;
    QSslKey m_key;
    QString m_pemPath;
    std::shared_ptr<QTemporaryDir> m_folder;
};

} // namespace kmssim
