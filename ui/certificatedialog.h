#pragma once

#include "models/serverhealth.h"

#include <QDialog>

namespace ucmc {

// The certificate a wss media server presents: who it is for, who issued it, how long it is
// valid, its SHA-256 fingerprint and what is wrong with it. A certificate the console does not
// trust can be trusted here, for this server only, after the user compared the fingerprint;
// the trust is pinned to exactly this fingerprint. When the server presents another certificate
// than the pinned one, the dialog says so, shows both fingerprints, and lets the user trust the
// new one (after comparing) or drop the pin. An expired certificate cannot be trusted.
class CertificateDialog : public QDialog
{
    Q_OBJECT
public:
    enum Result { Closed = 0, Trusted = 2, Forgotten = 3 };

    // pinnedSha256: the fingerprint the user trusts for this server (empty: none).
    CertificateDialog(const QString &serverUrl, const CertificateInfo &certificate, const QByteArray &pinnedSha256,
                      QWidget *parent = nullptr);

    // The text shown, for tests.
    QString detailsText() const { return m_details; }

private:
    QString m_details;
};

} // namespace ucmc
