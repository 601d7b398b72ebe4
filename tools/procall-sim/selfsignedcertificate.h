#pragma once

#include <QHostAddress>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

namespace procallsim {

// A self-signed certificate like the UC WebServer's default one (it ships with a self-signed
// certificate for HTTPS), made with the openssl command line tool the same way kms-sim's
// TlsIdentity does (procall-sim stays free of kms-sim's code): EC P-256, 30 days,
// CN = subjectAltName = IP:<address>. Only in memory; the temporary files are gone on return.
struct SelfSignedCertificate
{
    QSslCertificate certificate;
    QSslKey key;

    bool isNull() const { return certificate.isNull() || key.isNull(); }
    // Server side: this certificate and key; the server does not ask for a client certificate.
    QSslConfiguration serverConfiguration() const;

    static SelfSignedCertificate generate(const QHostAddress &address, QString *error);
};

} // namespace procallsim
