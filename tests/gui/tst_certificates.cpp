// The certificate workflow of the window, end to end against simulated wss media servers on
// 127.0.9.x, driven the way a user does it: the certificate banner, the certificate dialog, the
// "Trust This Certificate…" confirmation. Issue requirement: trust on first use for a self-signed
// certificate only after the user confirms, pinned by fingerprint per server; a changed
// certificate is an alarm, never silently accepted; a warning 30 days before expiry; TLS errors
// never ignored silently.
#include "configfiles.h"
#include "models/eventlog.h"
#include "models/servertablemodel.h"
#include "models/site.h"
#include "simulatedmediaserver.h"
#include "tlsidentity.h"
#include "ui/alertcenter.h"
#include "ui/certificatedialog.h"
#include "ui/dialogs.h"
#include "ui/mainwindow.h"
#include "ui/messagebanner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ucmc;
using kmssim::SimulatedMediaServer;
using kmssim::TlsIdentity;

namespace {
const QString kBannerButton = QStringLiteral("Show Certificate…");

QHostAddress address(int last)
{
    return QHostAddress(QStringLiteral("127.0.9.%1").arg(last));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray configWith(const QStringList &urls)
{
    return testsupport::compactConfigWith(urls);
}

std::shared_ptr<const TlsIdentity> selfSigned(const QHostAddress &host, const TlsIdentity::CertificateOptions &options = {})
{
    QString error;
    auto identity = TlsIdentity::generateSelfSigned({host}, options, &error);
    if (!identity)
        qWarning("no certificate for %s: %s", qPrintable(host.toString()), qPrintable(error));
    return identity;
}

// A certificate valid for 400 days, made with the openssl command line tool (kms-sim's own are
// valid for 30 days): the control case for the expiry warning.
std::shared_ptr<const TlsIdentity> longLived(const QHostAddress &host, const QTemporaryDir &dir)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        return nullptr;
    const QString key = dir.filePath(QStringLiteral("long.key"));
    const QString cert = dir.filePath(QStringLiteral("long.crt"));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                            QStringLiteral("400"), QStringLiteral("-subj"),
                            QStringLiteral("/CN=%1").arg(host.toString()), QStringLiteral("-addext"),
                            QStringLiteral("subjectAltName=IP:%1").arg(host.toString()), QStringLiteral("-keyout"),
                            key, QStringLiteral("-out"), cert});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning("openssl failed: %s", process.readAll().constData());
        return nullptr;
    }
    QFile c(cert), k(key);
    if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly))
        return nullptr;
    const QString pem = dir.filePath(QStringLiteral("long.pem"));
    if (!writeFile(pem, c.readAll() + k.readAll()))
        return nullptr;
    QString error;
    auto identity = TlsIdentity::fromPemFile(pem, {}, &error);
    if (!identity)
        qWarning("%s", qPrintable(error));
    return identity;
}

// A wss-only server, like a UC MediaServer with only its secure port enabled.
std::unique_ptr<SimulatedMediaServer> startSecure(const QHostAddress &host, std::shared_ptr<const TlsIdentity> tls,
                                                  quint16 port = 0)
{
    kmssim::ServerConfig config;
    config.address = host;
    config.wsPort.reset();
    config.wssPort = port;
    config.tls = std::move(tls);
    auto server = std::make_unique<SimulatedMediaServer>(config);
    QString error;
    if (!server->start(&error)) {
        qWarning("simulator did not start on %s: %s", qPrintable(host.toString()), qPrintable(error));
        return nullptr;
    }
    return server;
}

QByteArray sha256Of(const TlsIdentity &identity)
{
    return identity.chain().first().digest(QCryptographicHash::Sha256);
}

QString fingerprintOf(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

int countEvents(const EventLog &log, const QString &server, ServerEvent::Kind kind, const QString &containing = {})
{
    int n = 0;
    for (const ServerEvent &e : log.events())
        n += e.server == server && e.kind == kind && e.text.contains(containing) ? 1 : 0;
    return n;
}

QPushButton *buttonIn(QWidget *parent, const QString &text)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>()) {
        if (b->text() == text && !b->isHidden())
            return b;
    }
    return nullptr;
}

// Every state and failure a row went through, as the table saw it.
class RowHistory : public QObject
{
public:
    RowHistory(ServerTableModel *model, const QString &key)
        : m_model(model)
        , m_key(key)
    {
        connect(model, &QAbstractItemModel::dataChanged, this, &RowHistory::note);
        connect(model, &QAbstractItemModel::modelReset, this, &RowHistory::note);
        note();
    }
    void note()
    {
        const ServerHealth &h = m_model->health(m_key);
        if (states.isEmpty() || states.last() != h.state)
            states << h.state;
        if (failures.isEmpty() || failures.last() != h.failure)
            failures << h.failure;
    }
    bool sawUp() const { return states.contains(HealthState::Up); }
    // Up again after having been down (the row was up before the trouble began).
    bool cameBackUp() const
    {
        const qsizetype down = states.indexOf(HealthState::Down);
        return down >= 0 && states.indexOf(HealthState::Up, down) >= 0;
    }
    void clear()
    {
        states.clear();
        failures.clear();
        note();
    }
    QString describe() const
    {
        QStringList parts;
        for (HealthState s : states)
            parts << healthStateText(s);
        QStringList codes;
        for (FailureCode f : failures)
            codes << (f == FailureCode::None ? QStringLiteral("none") : QString(failureCodeId(f)));
        return parts.join(QStringLiteral(" > ")) + QStringLiteral(" | ") + codes.join(QStringLiteral(" > "));
    }

    QList<HealthState> states;
    QList<FailureCode> failures;

private:
    ServerTableModel *m_model;
    QString m_key;
};

// What the user does in the certificate dialog.
enum class Choice { Trust, TrustThenNo, Close, Forget };

struct DialogVisit
{
    QString title;
    QString details;
    bool trustOffered = false;
    bool forgetOffered = false;
    int result = -1;
};
} // namespace

class TestCertificates : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("eucwebconfig.json"));
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_visits.clear();
        m_unexpectedDialogs = 0;
        Dialogs::clearPendingAnswers();
        Dialogs::setCustomHandler([this](QDialog *dialog) { return answer(dialog); });
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_servers.clear();
        Dialogs::setCustomHandler({});
        Dialogs::clearPendingAnswers();
        QCOMPARE(m_unexpectedDialogs, 0);
    }

    // 1. A self-signed certificate: down and untrusted until the user compares the fingerprint
    // and confirms; then up, and the pin is the site's (it survives a restart of the console).
    void trustOnFirstUseAfterConfirmation()
    {
        const auto identity = selfSigned(address(11));
        QVERIFY(identity);
        QVERIFY(startServer(address(11), identity));
        const QString key = m_servers[0]->url().toString();
        QVERIFY(key.startsWith(QLatin1String("wss://127.0.9.11:")));
        openWindow({key});
        RowHistory history(model(), key);

        QTRY_COMPARE_WITH_TIMEOUT(statusText(0), QStringLiteral("Down"), 8000);
        QCOMPARE(failureCodeId(health(key).failure), QLatin1String("tls-untrusted"));
        QVERIFY2(reasonText(0).startsWith(QStringLiteral("Certificate not trusted")), qPrintable(reasonText(0)));
        QVERIFY(model()->index(0, ServerTableModel::Reason).data(Qt::ToolTipRole).toString().contains(
            QStringLiteral("[tls-untrusted]")));
        QCOMPARE(health(key).certificate.sha256, sha256Of(*identity));
        QVERIFY(health(key).certificate.selfSigned);
        QVERIFY(!health(key).certificate.verificationErrors.isEmpty());
        // Nothing was trusted behind the user's back.
        QVERIFY(m_window->currentSite().pinnedCertificates.isEmpty());

        // The banner names the server and offers the certificate.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->certificateBanner()->isVisible(), 3000);
        QCOMPARE(m_window->certificateBanner()->level(), MessageBanner::Level::Warning);
        QVERIFY2(m_window->certificateBanner()->title().contains(QStringLiteral("does not trust")),
                 qPrintable(m_window->certificateBanner()->title()));
        QVERIFY(m_window->certificateBanner()->text().contains(key));

        // The user opens the certificate, compares subject and fingerprint and confirms.
        m_choice = Choice::Trust;
        clickBannerButton();
        QCOMPARE(m_visits.size(), 1);
        const DialogVisit &visit = m_visits.first();
        QVERIFY2(visit.title.contains(key), qPrintable(visit.title));
        QVERIFY2(visit.details.contains(QStringLiteral("127.0.9.11")), qPrintable(visit.details)); // CN and IP SAN
        QVERIFY2(visit.details.contains(fingerprintOf(sha256Of(*identity))), qPrintable(visit.details));
        QVERIFY(visit.details.contains(QStringLiteral("Self-signed")));
        QVERIFY(!visit.details.contains(QStringLiteral("You trust this certificate")));
        QVERIFY(visit.trustOffered);
        QVERIFY(!visit.forgetOffered);
        QCOMPARE(visit.result, int(CertificateDialog::Trusted));

        // Pinned to exactly this fingerprint, for this server; logged as the user's action.
        QCOMPARE(m_window->currentSite().pinnedCertificates.size(), 1);
        QCOMPARE(m_window->currentSite().pinnedCertificates.value(key), sha256Of(*identity));
        QCOMPARE(countEvents(*m_window->eventLog(), key, ServerEvent::Kind::ConsoleAction,
                             fingerprintOf(sha256Of(*identity))),
                 1);
        QTRY_COMPARE_WITH_TIMEOUT(statusText(0), QStringLiteral("Up"), 5000);
        QCOMPARE(health(key).failure, FailureCode::None);
        QVERIFY(health(key).certificate.verificationErrors.isEmpty()); // the pin stands in for them
        // No longer "not trusted"; the simulator's certificate lives 30 days, so what is left is the
        // warning that it expires soon.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->certificateBanner()->title() == QStringLiteral("A certificate expires soon"), 3000);
        QCOMPARE(m_window->certificateBanner()->level(), MessageBanner::Level::Warning);
        QVERIFY2(history.states.indexOf(HealthState::Down) < history.states.indexOf(HealthState::Up),
                 qPrintable(history.describe()));

        // The console starts again with the same settings: the pin is the site's, the server is up
        // without asking again, and never seen untrusted on the way.
        m_window.reset();
        QCOMPARE(SiteStore(*m_settings).siteForConfigPath(m_path)->pinnedCertificates.value(key), sha256Of(*identity));
        m_window = std::make_unique<MainWindow>(*m_settings);
        m_window->show();
        RowHistory again(model(), key);
        m_window->openFile(m_path);
        QCOMPARE(m_window->currentSite().pinnedCertificates.value(key), sha256Of(*identity));
        QTRY_COMPARE_WITH_TIMEOUT(statusText(0), QStringLiteral("Up"), 8000);
        QVERIFY2(!again.failures.contains(FailureCode::TlsUntrusted), qPrintable(again.describe()));
        QVERIFY2(!again.states.contains(HealthState::Down), qPrintable(again.describe()));
        // Only the reminder that it expires soon, never "not trusted".
        QTRY_VERIFY_WITH_TIMEOUT(m_window->certificateBanner()->isVisible(), 3000);
        QCOMPARE(m_window->certificateBanner()->title(), QStringLiteral("A certificate expires soon"));
        QCOMPARE(m_visits.size(), 1); // no dialog this time
    }

    // 2. The server comes back with another certificate (new key, same address and port): an
    // alarm (down, tls-changed, red banner, event, alert), never accepted until the user trusts the
    // new one explicitly.
    void changedCertificateIsAnAlarm()
    {
        const auto first = selfSigned(address(12));
        QVERIFY(first);
        QVERIFY(startServer(address(12), first));
        const QString key = m_servers[0]->url().toString();
        const quint16 port = m_servers[0]->wssPort();
        openWindow({key});
        QTRY_COMPARE_WITH_TIMEOUT(statusText(0), QStringLiteral("Down"), 8000);
        QTRY_VERIFY_WITH_TIMEOUT(buttonIn(m_window->certificateBanner(), kBannerButton), 3000);
        m_choice = Choice::Trust;
        clickBannerButton();
        QTRY_COMPARE_WITH_TIMEOUT(statusText(0), QStringLiteral("Up"), 5000);
        QCOMPARE(m_window->currentSite().pinnedCertificates.value(key), sha256Of(*first));

        // Restarted with a new key and certificate on the same address and port.
        const auto second = selfSigned(address(12));
        QVERIFY(second);
        QVERIFY(sha256Of(*second) != sha256Of(*first));
        RowHistory history(model(), key);
        m_servers[0]->stop();
        m_servers.clear();
        QVERIFY(startServer(address(12), second, port));
        QCOMPARE(m_servers[0]->url().toString(), key);

        QTRY_COMPARE_WITH_TIMEOUT(health(key).failure, FailureCode::TlsChanged, 8000);
        QTRY_COMPARE_WITH_TIMEOUT(statusText(0), QStringLiteral("Down"), 3000);
        QCOMPARE(health(key).certificate.sha256, sha256Of(*second));
        QCOMPARE(reasonText(0), QStringLiteral("Certificate changed since you trusted it"));
        QVERIFY(model()->index(0, ServerTableModel::Reason).data(Qt::ToolTipRole).toString().contains(
            QStringLiteral("[tls-changed]")));
        // The red banner, and an event naming the new fingerprint.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->certificateBanner()->isVisible(), 3000);
        QCOMPARE(m_window->certificateBanner()->level(), MessageBanner::Level::Error);
        QVERIFY2(m_window->certificateBanner()->title().contains(QStringLiteral("another certificate")),
                 qPrintable(m_window->certificateBanner()->title()));
        QVERIFY(m_window->certificateBanner()->text().contains(key));
        QTRY_COMPARE_WITH_TIMEOUT(countEvents(*m_window->eventLog(), key, ServerEvent::Kind::CertificateChanged,
                                              fingerprintOf(sha256Of(*second))),
                                  1, 3000);
        // An alert (no tray offscreen: the window shows it), after the alert policy's coalescing.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->alertBanner()->isVisible()
                                     && m_window->alertBanner()->text().contains(QStringLiteral("Changed certificate")),
                                 10000);
        QCOMPARE(m_window->alertBanner()->level(), MessageBanner::Level::Error);

        // Not silently accepted: the pin is the old one, and several more attempts stay down.
        QCOMPARE(m_window->currentSite().pinnedCertificates.value(key), sha256Of(*first));
        QCOMPARE(SiteStore(*m_settings).siteForConfigPath(m_path)->pinnedCertificates.value(key), sha256Of(*first));
        waitForMoreChecks(key, 4);
        QCOMPARE(health(key).failure, FailureCode::TlsChanged);
        QVERIFY2(history.states.contains(HealthState::Down) && !history.cameBackUp(), qPrintable(history.describe()));
        // Reported once, not once per attempt.
        QCOMPARE(countEvents(*m_window->eventLog(), key, ServerEvent::Kind::CertificateChanged), 1);

        // The user looks at the new certificate: not the trusted one, trust offered again.
        m_choice = Choice::Trust;
        clickBannerButton();
        QCOMPARE(m_visits.size(), 2);
        QVERIFY(m_visits.last().details.contains(fingerprintOf(sha256Of(*second))));
        QVERIFY(!m_visits.last().details.contains(QStringLiteral("You trust this certificate")));
        QVERIFY(m_visits.last().trustOffered);
        QVERIFY(m_visits.last().details.contains(QStringLiteral("not the certificate you trusted")));
        QVERIFY(m_visits.last().details.contains(fingerprintOf(sha256Of(*first)))); // both, to compare
        QCOMPARE(m_window->currentSite().pinnedCertificates.value(key), sha256Of(*second));
        QTRY_COMPARE_WITH_TIMEOUT(statusText(0), QStringLiteral("Up"), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->certificateBanner()->level() == MessageBanner::Level::Warning, 3000);
    }

    // 3. The user looks but declines: the server stays untrusted, nothing is pinned or stored.
    void declinedTrustPinsNothing()
    {
        const auto identity = selfSigned(address(13));
        QVERIFY(identity);
        QVERIFY(startServer(address(13), identity));
        const QString key = m_servers[0]->url().toString();
        openWindow({key});
        RowHistory history(model(), key);
        QTRY_COMPARE_WITH_TIMEOUT(statusText(0), QStringLiteral("Down"), 8000);
        QCOMPARE(health(key).failure, FailureCode::TlsUntrusted);
        QTRY_VERIFY_WITH_TIMEOUT(buttonIn(m_window->certificateBanner(), kBannerButton), 3000);

        // From the banner: "Trust…", then "No" in the confirmation.
        m_choice = Choice::TrustThenNo;
        clickBannerButton();
        // From the table's context menu ("Certificate…"): just closed.
        m_choice = Choice::Close;
        m_window->showCertificate(key);
        QCOMPARE(m_visits.size(), 2);
        QCOMPARE(m_visits[0].result, int(CertificateDialog::Closed));
        QCOMPARE(m_visits[1].result, int(CertificateDialog::Closed));
        QVERIFY(m_visits[1].trustOffered); // still offered: nothing changed

        QVERIFY(m_window->currentSite().pinnedCertificates.isEmpty());
        QVERIFY(SiteStore(*m_settings).siteForConfigPath(m_path)->pinnedCertificates.isEmpty());
        QCOMPARE(countEvents(*m_window->eventLog(), key, ServerEvent::Kind::ConsoleAction), 0);
        waitForMoreChecks(key, 4);
        QCOMPARE(health(key).failure, FailureCode::TlsUntrusted);
        QCOMPARE(statusText(0), QStringLiteral("Down"));
        QVERIFY2(!history.sawUp(), qPrintable(history.describe()));
        QVERIFY(m_window->certificateBanner()->isVisible());
    }

    // 4. An expired certificate and one issued for another host: tls-untrusted with the reason in
    // the detail, never up. Trusting the expired one does not make it up either: the pin stands
    // in for a CA's signature, not for the validity period.
    void expiredAndOtherHostAreNeverUp()
    {
        const auto expired = selfSigned(address(14), {true, {}});
        const auto otherHost = selfSigned(address(15), {false, QStringLiteral("kms.example.invalid")});
        QVERIFY(expired);
        QVERIFY(otherHost);
        QVERIFY(startServer(address(14), expired));
        QVERIFY(startServer(address(15), otherHost));
        const QString expiredKey = m_servers[0]->url().toString();
        const QString otherKey = m_servers[1]->url().toString();
        openWindow({expiredKey, otherKey});
        RowHistory expiredHistory(model(), expiredKey);
        RowHistory otherHistory(model(), otherKey);

        QTRY_COMPARE_WITH_TIMEOUT(statusText(0), QStringLiteral("Down"), 8000);
        QTRY_COMPARE_WITH_TIMEOUT(statusText(1), QStringLiteral("Down"), 8000);
        for (int row : {0, 1}) {
            const QString key = row == 0 ? expiredKey : otherKey;
            QCOMPARE(failureCodeId(health(key).failure), QLatin1String("tls-untrusted"));
            QVERIFY(model()->index(row, ServerTableModel::Reason).data(Qt::ToolTipRole).toString().contains(
                QStringLiteral("[tls-untrusted]")));
            QVERIFY(!health(key).detail.isEmpty()); // the TLS error is shown, not swallowed
        }
        // Expired: said so in the reason and in the certificate column, marked.
        QVERIFY2(health(expiredKey).detail.contains(QStringLiteral("expired")), qPrintable(health(expiredKey).detail));
        QVERIFY2(reasonText(0).contains(QStringLiteral("expired")), qPrintable(reasonText(0)));
        QVERIFY(health(expiredKey).certificate.daysToExpiry() < 0);
        QCOMPARE(model()->index(0, ServerTableModel::Certificate).data().toString(), QStringLiteral("expired"));
        QVERIFY(model()->index(0, ServerTableModel::Certificate).data(ServerTableModel::WarningRole).toBool());
        // Another host: the name does not match; the certificate names only that host.
        QCOMPARE(health(otherKey).certificate.alternativeNames, QStringList{QStringLiteral("DNS:kms.example.invalid")});
        const QString otherErrors = health(otherKey).certificate.verificationErrors.join(QLatin1Char('\n'));
        QVERIFY2(otherErrors.contains(QStringLiteral("host name"), Qt::CaseInsensitive), qPrintable(otherErrors));
        QVERIFY(model()->index(1, ServerTableModel::Certificate).data(ServerTableModel::WarningRole).toBool());
        // Both in the banner.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->certificateBanner()->isVisible(), 3000);
        QVERIFY(m_window->certificateBanner()->text().contains(expiredKey));
        QVERIFY(m_window->certificateBanner()->text().contains(otherKey));

        // The expired one: the worse of the two, so it makes the banner's title.
        QCOMPARE(m_window->certificateBanner()->title(), QStringLiteral("A media server's certificate has expired"));
        QCOMPARE(m_window->certificateBanner()->level(), MessageBanner::Level::Error);

        // The user wants to trust the expired certificate anyway: not offered; the dialog says why.
        m_choice = Choice::Trust;
        m_window->showCertificate(expiredKey);
        QCOMPARE(m_visits.size(), 1);
        QVERIFY2(m_visits[0].details.contains(QStringLiteral("(expired)")), qPrintable(m_visits[0].details));
        QVERIFY(!m_visits[0].trustOffered);
        QVERIFY(m_visits[0].details.contains(QStringLiteral("cannot be trusted")));
        QVERIFY(!m_window->currentSite().pinnedCertificates.contains(expiredKey));
        // The one for another host may be trusted by its fingerprint (a pin names exactly this
        // certificate), but the user declines here.
        m_choice = Choice::TrustThenNo;
        m_window->showCertificate(otherKey);
        QCOMPARE(m_visits.size(), 2);
        QVERIFY(m_visits[1].trustOffered);
        QVERIFY(!m_window->currentSite().pinnedCertificates.contains(otherKey));
        waitForMoreChecks(expiredKey, 4);
        waitForMoreChecks(otherKey, 4);
        QCOMPARE(health(expiredKey).failure, FailureCode::TlsUntrusted);
        QVERIFY(health(expiredKey).detail.contains(QStringLiteral("expired")));
        QCOMPARE(health(otherKey).failure, FailureCode::TlsUntrusted);
        QVERIFY2(!expiredHistory.sawUp(), qPrintable(expiredHistory.describe()));
        QVERIFY2(!otherHistory.sawUp(), qPrintable(otherHistory.describe()));
        QCOMPARE(statusText(0), QStringLiteral("Down"));
        QCOMPARE(statusText(1), QStringLiteral("Down"));
    }

    // 5. A certificate that expires within 30 days (kms-sim's self-signed ones are valid for 30
    // days), trusted by pin: up, but the certificate cell is marked and the summary names the days
    // left. A certificate valid for 400 days beside it is not marked.
    void expiringCertificateIsUpWithWarning()
    {
        const auto shortLived = selfSigned(address(16));
        const auto longOne = longLived(address(17), *m_dir);
        QVERIFY(shortLived);
        QVERIFY(longOne);
        const int shortDays = int(QDateTime::currentDateTimeUtc().secsTo(shortLived->chain().first().expiryDate()) / 86400);
        QVERIFY2(shortDays >= 28 && shortDays < ServerTableModel::kCertificateWarningDays, qPrintable(QString::number(shortDays)));
        QVERIFY(startServer(address(16), shortLived));
        QVERIFY(startServer(address(17), longOne));
        const QString shortKey = m_servers[0]->url().toString();
        const QString longKey = m_servers[1]->url().toString();
        openWindow({shortKey, longKey});
        QTRY_COMPARE_WITH_TIMEOUT(statusText(0), QStringLiteral("Down"), 8000);
        QTRY_COMPARE_WITH_TIMEOUT(statusText(1), QStringLiteral("Down"), 8000);

        m_choice = Choice::Trust;
        m_window->showCertificate(shortKey);
        m_window->showCertificate(longKey);
        QCOMPARE(m_visits.size(), 2);
        QVERIFY2(m_visits[0].details.contains(QStringLiteral("%1 days left").arg(shortDays)), qPrintable(m_visits[0].details));
        QVERIFY2(m_visits[1].details.contains(QStringLiteral("days left")), qPrintable(m_visits[1].details));
        QCOMPARE(m_window->currentSite().pinnedCertificates.size(), 2);

        QTRY_COMPARE_WITH_TIMEOUT(statusText(0), QStringLiteral("Up"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(statusText(1), QStringLiteral("Up"), 5000);
        // Up, yet marked: the cell names the days left and needs attention.
        const QModelIndex shortCell = model()->index(0, ServerTableModel::Certificate);
        QCOMPARE(shortCell.data().toString(), QStringLiteral("%1 days").arg(shortDays));
        QVERIFY(shortCell.data(ServerTableModel::WarningRole).toBool());
        QVERIFY(health(shortKey).certificate.verificationErrors.isEmpty()); // marked for expiry alone
        QVERIFY(shortCell.data(Qt::ToolTipRole).toString().contains(fingerprintOf(sha256Of(*shortLived))));
        const QModelIndex longCell = model()->index(1, ServerTableModel::Certificate);
        QVERIFY(longCell.data().toString().endsWith(QStringLiteral(" days")));
        QVERIFY(longCell.data(ServerTableModel::SortRole).toInt() >= 398);
        QVERIFY(!longCell.data(ServerTableModel::WarningRole).toBool());
        // The tray summary (the window's tooltip when there is a tray) warns with the days left.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->alertCenter()->summary().toolTip.contains(
                                     QStringLiteral("expires in %1 days").arg(shortDays)),
                                 3000);
        QCOMPARE(m_window->alertCenter()->summary().level, TraySummary::Level::Warning);
        QVERIFY(m_window->alertCenter()->summary().toolTip.contains(QStringLiteral("2 of 2 media servers up")));
        // Said in the window too, and on record once: an event and a warning alert, naming the days.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->certificateBanner()->isVisible(), 3000);
        QCOMPARE(m_window->certificateBanner()->title(), QStringLiteral("A certificate expires soon"));
        QVERIFY(m_window->certificateBanner()->text().contains(shortKey));
        QVERIFY(!m_window->certificateBanner()->text().contains(longKey));
        QTRY_COMPARE_WITH_TIMEOUT(countEvents(*m_window->eventLog(), shortKey, ServerEvent::Kind::CertificateExpiring), 1, 3000);
        QCOMPARE(countEvents(*m_window->eventLog(), longKey, ServerEvent::Kind::CertificateExpiring), 0);
        waitForMoreChecks(shortKey, 2);
        QCOMPARE(countEvents(*m_window->eventLog(), shortKey, ServerEvent::Kind::CertificateExpiring), 1); // once
    }

private:
    bool startServer(const QHostAddress &host, std::shared_ptr<const TlsIdentity> tls, quint16 port = 0)
    {
        auto server = startSecure(host, std::move(tls), port);
        if (!server)
            return false;
        m_servers.push_back(std::move(server));
        return true;
    }

    void openWindow(const QStringList &urls)
    {
        QVERIFY(writeFile(m_path, configWith(urls)));
        m_window = std::make_unique<MainWindow>(*m_settings);
        m_window->show();
        m_window->openFile(m_path);
        // Quick, decisive probing: one failure is down, one answer is up.
        Site site = m_window->currentSite();
        site.probe.intervalMs = 300;
        site.probe.timeoutMs = 2000;
        site.probe.backoffMaxMs = 300;
        site.probe.fall = 1;
        site.probe.rise = 1;
        m_window->applySiteSettings(site);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->serverModel()->rowCount(), int(urls.size()), 3000);
    }

    // Lets the monitor try again `n` more times (every attempt is a check).
    void waitForMoreChecks(const QString &key, quint32 n)
    {
        const quint32 target = health(key).checks + n;
        QTRY_VERIFY_WITH_TIMEOUT(health(key).checks >= target, 10000);
    }

    void clickBannerButton()
    {
        QPushButton *button = buttonIn(m_window->certificateBanner(), kBannerButton);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    int answer(QDialog *dialog)
    {
        auto *certificate = qobject_cast<CertificateDialog *>(dialog);
        if (!certificate) {
            ++m_unexpectedDialogs;
            return QDialog::Rejected;
        }
        DialogVisit visit;
        visit.title = certificate->windowTitle();
        visit.details = certificate->detailsText();
        auto *trust = certificate->findChild<QPushButton *>(QStringLiteral("trustCertificate"));
        auto *forget = certificate->findChild<QPushButton *>(QStringLiteral("forgetCertificate"));
        visit.trustOffered = trust != nullptr;
        visit.forgetOffered = forget != nullptr;
        certificate->setResult(CertificateDialog::Closed);
        switch (m_choice) {
        case Choice::Trust:
            if (trust) {
                Dialogs::setNextAnswer(QMessageBox::Yes);
                trust->click();
            }
            break;
        case Choice::TrustThenNo:
            if (trust) {
                Dialogs::setNextAnswer(QMessageBox::No);
                trust->click();
            }
            break;
        case Choice::Forget:
            if (forget)
                forget->click();
            break;
        case Choice::Close:
            break;
        }
        visit.result = certificate->result();
        m_visits.append(visit);
        return visit.result;
    }

    ServerTableModel *model() const { return m_window->serverModel(); }
    const ServerHealth &health(const QString &key) const { return m_window->serverModel()->health(key); }
    QString statusText(int row) const { return model()->index(row, ServerTableModel::Status).data().toString(); }
    QString reasonText(int row) const { return model()->index(row, ServerTableModel::Reason).data().toString(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<SimulatedMediaServer>> m_servers;
    Choice m_choice = Choice::Close;
    QList<DialogVisit> m_visits;
    int m_unexpectedDialogs = 0;
};

QTEST_MAIN(TestCertificates)
#include "tst_certificates.moc"
