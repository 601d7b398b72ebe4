#include "ui/certificatedialog.h"

#include "ui/dialogs.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ucmc {

CertificateDialog::CertificateDialog(const QString &serverUrl, const CertificateInfo &certificate,
                                     const QByteArray &pinnedSha256, QWidget *parent)
    : QDialog(parent)
{
    const bool pinned = !pinnedSha256.isEmpty() && pinnedSha256 == certificate.sha256;
    const bool changed = !pinnedSha256.isEmpty() && !pinned;
    const bool expired = certificate.daysToExpiry() < 0;
    setObjectName(QStringLiteral("certificateDialog"));
    setWindowTitle(tr("Certificate of %1").arg(serverUrl));
    auto *layout = new QVBoxLayout(this);

    const int days = certificate.daysToExpiry();
    QString validity = tr("%1 to %2")
                           .arg(QLocale().toString(certificate.notBefore.toLocalTime(), QLocale::ShortFormat),
                                QLocale().toString(certificate.notAfter.toLocalTime(), QLocale::ShortFormat));
    validity += QStringLiteral(" (") + (days < 0 ? tr("expired") : tr("%n days left", nullptr, days)) + QLatin1Char(')');
    QStringList rows;
    if (changed) {
        CertificateInfo trusted;
        trusted.sha256 = pinnedSha256;
        rows << tr("<b>This is not the certificate you trusted for this server.</b> If it was not replaced on "
                   "purpose, someone may be in between.")
             << tr("<b>Trusted before:</b><br><tt>%1</tt>").arg(trusted.fingerprintText());
    }
    rows << QStringList{
        tr("<b>Issued to:</b> %1").arg(certificate.subject.toHtmlEscaped()),
        tr("<b>Issued by:</b> %1").arg(certificate.issuer.toHtmlEscaped()),
        tr("<b>Alternative names:</b> %1")
            .arg(certificate.alternativeNames.isEmpty() ? tr("none")
                                                        : certificate.alternativeNames.join(QStringLiteral(", ")).toHtmlEscaped()),
        tr("<b>Valid:</b> %1").arg(validity.toHtmlEscaped()),
        tr("<b>SHA-256 fingerprint:</b><br><tt>%1</tt>").arg(certificate.fingerprintText()),
    };
    if (certificate.selfSigned)
        rows << tr("Self-signed: nobody vouches for it but the server itself. A UC MediaServer uses its own "
                   "defaultCertificate.pem unless another one was installed.");
    if (!certificate.verificationErrors.isEmpty())
        rows << tr("<b>Problems:</b> %1").arg(certificate.verificationErrors.join(QStringLiteral("; ")).toHtmlEscaped());
    if (pinned)
        rows << tr("You trust this certificate for this server (pinned by its fingerprint).");
    if (expired)
        rows << tr("An expired certificate cannot be trusted: renew it on the media server.");
    m_details = rows.join(QStringLiteral("<br>"));
    auto *label = new QLabel(m_details, this);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(label);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // A changed certificate may pass the system's checks and still not be the one the user pinned.
    if (!pinned && !expired && (changed || !certificate.verificationErrors.isEmpty())) {
        QPushButton *trust = buttons->addButton(changed ? tr("Trust the New Certificate…") : tr("Trust This Certificate…"),
                                                QDialogButtonBox::ActionRole);
        trust->setObjectName(QStringLiteral("trustCertificate"));
        connect(trust, &QPushButton::clicked, this, [this, certificate, serverUrl] {
            const auto answer = Dialogs::question(
                this, tr("Trust this certificate?"),
                tr("Compare the fingerprint with the certificate on the media server, for example with\n"
                   "openssl x509 -noout -fingerprint -sha256 -in defaultCertificate.pem\n\n%1\n\nTrust it for %2? "
                   "If the server later presents another certificate, the console raises an alarm.")
                    .arg(certificate.fingerprintText(), serverUrl),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer == QMessageBox::Yes)
                done(Trusted);
        });
    }
    if (pinned || changed) {
        QPushButton *forget = buttons->addButton(tr("Stop Trusting"), QDialogButtonBox::ActionRole);
        forget->setObjectName(QStringLiteral("forgetCertificate"));
        connect(forget, &QPushButton::clicked, this, [this] { done(Forgotten); });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

} // namespace ucmc
