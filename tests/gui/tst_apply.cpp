// End to end through the window: an edit is applied by restarting the UC WebServer through the
// WinRM simulator (HTTP, NTLM, message encryption), and health comes back; a restart that never
// completes is rolled back and the previous file is restored byte for byte.
#include "models/eventlog.h"
#include "models/servertablemodel.h"
#include "core/credentialstore.h"
#include "simulatedmediaserver.h"
#include "simulatedprocallhost.h"
#include "core/configfilewatcher.h"
#include "core/sitesession.h"
#include "ui/applydialog.h"
#include "ui/dialogs.h"
#include "core/documentsession.h"
#include "ui/hostcontroldialog.h"
#include "ui/hostsview.h"
#include "ui/mainwindow.h"
#include "ui/messagebanner.h"
#include "core/restartwatch.h"
#include "ui/saveflow.h"
#include "ui/serverediting.h"
#include "winrmsimulator.h"

#include <QDir>
#include <QLabel>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ucmc;

namespace {
const QString kHost = QStringLiteral("127.0.7.30");
const QString kPassword = QStringLiteral("Gui-Apply-Secret-2b7e");
const QString kWebService = QStringLiteral("UCWebSrvSim");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Drives the apply dialog like a user: waits for the summary, applies, and answers the rollback
// question with `rollback`.
int driveApplyDialog(QDialog *dialog, bool rollback, const std::function<void()> &beforeAnswer = {})
{
    auto *apply = qobject_cast<ApplyDialog *>(dialog);
    if (!apply)
        return QDialog::Rejected;
    if (!QTest::qWaitFor([apply] { return apply->applyButton()->isEnabled(); }, 20000))
        return QDialog::Rejected;
    apply->applyButton()->click();
    if (!QTest::qWaitFor([apply] { return apply->isFinished() || !apply->rollbackButton()->isHidden(); }, 30000))
        return QDialog::Rejected;
    if (!apply->rollbackButton()->isHidden() && beforeAnswer)
        beforeAnswer();
    if (!apply->rollbackButton()->isHidden())
        (rollback ? apply->rollbackButton() : apply->keepButton())->click();
    return QTest::qWaitFor([apply] { return apply->isFinished(); }, 30000) ? QDialog::Accepted : QDialog::Rejected;
}
} // namespace

class TestApply : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        winrmsim::SimConfig config;
        config.address = QHostAddress(kHost);
        config.password = kPassword;
        config.transitionMs = 150;
        config.webServerPort = 0;
        config.services = winrmsim::SimConfig::defaultServices(winrmsim::SimConfig::Role::UcServer,
                                                               QStringLiteral("9.1.0.3456"));
        m_sim = std::make_unique<winrmsim::WinRmSimulator>(config);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
        m_webStates.clear();
        connect(m_sim.get(), &winrmsim::WinRmSimulator::serviceChanged, this,
                [this](const QString &name, const QString &state) {
                    if (name == kWebService)
                        m_webStates << state;
                });

        kmssim::ServerConfig media;
        media.address = QHostAddress(QStringLiteral("127.0.7.11"));
        media.wsPort = 0;
        m_media = std::make_unique<kmssim::SimulatedMediaServer>(media);
        QVERIFY(m_media->start());

        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("eucwebconfig.json"));
        m_original = "{\r\n   \"kurentoservers\" : [\r\n      {\r\n         \"url\" : \"" + m_media->url().toString().toUtf8()
                     + "\"\r\n      }\r\n   ]\r\n}\r\n";
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(m_original) == m_original.size());
        f.close();

        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_window = std::make_unique<MainWindow>(*m_settings);
        m_window->show();
        m_window->openFile(m_path);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->document().entries().size(), size_t(1), 3000);

        Site site = m_window->currentSite();
        site.ucServerHost = kHost;
        site.probe.webServerHttpPort = m_sim->webServerPort();
        site.probe.intervalMs = 300;
        site.probe.timeoutMs = 500;
        site.apply.restartTimeoutMs = 4000;
        site.apply.webServerTimeoutMs = 8000;
        site.apply.pollIntervalMs = 200;
        site.apply.watchMs = 0;
        HostControlSettings control;
        control.host = kHost;
        control.kind = HostControlSettings::Kind::WinRm;
        control.user = QStringLiteral("Administrator");
        control.port = quint16(m_sim->httpUrl().port());
        setHostControl(site, control);
        m_window->applySiteSettings(site);
        // This test's password lives for the session only (the keychain has its own tests).
        m_window->credentials()->keepForSession({site.id, kHost, control.user}, kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->serverModel()->index(0, ServerTableModel::Status).data().toString(),
                                  QStringLiteral("Up"), 5000);
    }

    void cleanup()
    {
        Dialogs::setCustomHandler({});
        Dialogs::clearPendingAnswers();
        if (m_window && m_window->session()->isModified()) {
            Dialogs::setNextAnswer(QMessageBox::Discard);
            m_window->close();
        }
        m_window.reset();
        m_settings.reset();
        m_media.reset();
        m_sim.reset();
        m_dir.reset();
    }

    void applyRestartsTheWebServerAndHealthComesBack()
    {
        MainWindow &w = *m_window;
        w.editing()->addServerUrl(QStringLiteral("ws://127.0.7.12:8888/kurento"));
        const QByteArray edited = w.session()->document().bytes();
        QSignalSpy elsewhere(w.siteSession(), &SiteSession::changedOnDiskWhileEdited);
        Dialogs::setCustomHandler([](QDialog *dialog) { return driveApplyDialog(dialog, true); });
        w.startApply();
        QCOMPARE(readFile(m_path), edited);
        QVERIFY(!w.session()->isModified());
        QVERIFY2(w.fileBanner()->title().startsWith(QStringLiteral("Applied")), qPrintable(w.fileBanner()->title()));
        // The apply's own write is not someone else's change.
        QTest::qWait(ConfigFileWatcher::kDebounceMs * 3);
        QCOMPARE(elsewhere.count(), 0);
        QVERIFY(w.fileBanner()->title().startsWith(QStringLiteral("Applied")));
        QVERIFY(m_webStates.contains(QStringLiteral("Stopped")));
        QCOMPARE(m_webStates.last(), QStringLiteral("Running"));
        const QStringList backups = QDir(m_dir->path()).entryList({QStringLiteral("eucwebconfig.json.*.bak")});
        QCOMPARE(backups.size(), 1);
        QCOMPARE(readFile(m_dir->filePath(backups.first())), m_original);
        // The monitor keeps going: the existing media server is up, the new (absent) one down.
        QTRY_COMPARE_WITH_TIMEOUT(w.serverModel()->index(0, ServerTableModel::Status).data().toString(),
                                  QStringLiteral("Up"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(w.serverModel()->index(1, ServerTableModel::Status).data().toString(),
                                  QStringLiteral("Down"), 5000);
        // Every step went to the event log, and never the password.
        int applyEvents = 0;
        for (const ServerEvent &e : w.eventLog()->events()) {
            QVERIFY(!e.text.contains(kPassword));
            applyEvents += e.kind == ServerEvent::Kind::ConsoleAction ? 1 : 0;
        }
        QVERIFY(applyEvents >= 5);
        // The watch survived the apply: another program's change afterwards shows at once.
        QFile theirs(m_path);
        QVERIFY(theirs.open(QIODevice::WriteOnly) && theirs.write(m_original) == m_original.size());
        theirs.close();
        QTRY_COMPARE_WITH_TIMEOUT(w.session()->document().bytes(), m_original, 3000);
    }

    void aFailedRestartIsRolledBackByteForByte()
    {
        MainWindow &w = *m_window;
        w.editing()->addServerUrl(QStringLiteral("ws://127.0.7.12:8888/kurento"));
        QSignalSpy elsewhere(w.siteSession(), &SiteSession::changedOnDiskWhileEdited);
        m_sim->faults().stuckStop.insert(kWebService.toLower()); // the WebServer does not stop
        // The administrator sees the rollback question; meanwhile the service gets unstuck, so the
        // rollback's restart can work.
        Dialogs::setCustomHandler([this](QDialog *dialog) {
            return driveApplyDialog(dialog, true, [this] {
                m_sim->faults().stuckStop.clear();
                m_sim->setState(kWebService, QStringLiteral("Running"));
            });
        });
        w.startApply();
        QVERIFY2(w.fileBanner()->title().startsWith(QStringLiteral("Rolled back")),
                 qPrintable(w.fileBanner()->title() + QLatin1Char('\n') + w.fileBanner()->text()));
        QCOMPARE(readFile(m_path), m_original); // byte for byte
        QVERIFY(w.session()->isModified()); // the edit is still in the window
        // Neither the apply's write nor the rollback's restore was someone else's change.
        QTest::qWait(ConfigFileWatcher::kDebounceMs * 3);
        QCOMPARE(elsewhere.count(), 0);
    }

    // Issue 11, item 1: Save, then Apply used to fail ("Nothing to apply"). Now the console knows
    // the saved file is not in effect (the UC WebServer started before it was written), says so in
    // a banner and the status bar, and Apply offers the restart, which puts it in effect.
    void saveThenApplyOffersTheRestart()
    {
        MainWindow &w = *m_window;
        auto *banner = w.findChild<MessageBanner *>(QStringLiteral("restartBanner"));
        auto *status = w.findChild<QLabel *>(QStringLiteral("restartStatus"));
        QVERIFY(banner && status);
        // The UC WebServer (re)started after the file was written: up to date.
        m_sim->setStartedAt(kWebService, QDateTime::currentDateTimeUtc().addSecs(1));
        w.siteSession()->restartWatch()->check();
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("UC WebServer up to date"), 10000);
        QVERIFY(!banner->isWanted());

        // Edit and save: the change is not in effect yet.
        m_sim->setStartedAt(kWebService, QDateTime::currentDateTimeUtc().addSecs(-60));
        w.editing()->addServerUrl(QStringLiteral("ws://127.0.7.12:8888/kurento"));
        const QByteArray edited = w.session()->document().bytes();
        Dialogs::setCustomHandler([](QDialog *dialog) {
            return qobject_cast<ApplyDialog *>(dialog) ? driveApplyDialog(dialog, true) : int(QDialog::Accepted);
        });
        QSignalSpy saved(w.saveFlow(), &SaveFlow::saved);
        QVERIFY(w.saveFlow()->save());
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        QCOMPARE(readFile(m_path), edited);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isWanted(), 10000);
        QVERIFY2(banner->title().contains(QStringLiteral("the change is not in effect yet")), qPrintable(banner->title()));
        QVERIFY(banner->isVisible()); // one of the two on screen
        QVERIFY(status->text().contains(QStringLiteral("Restart pending")));
        QVERIFY(status->toolTip().contains(QStringLiteral("not in effect yet")));
        if (const QString shots = qEnvironmentVariable("UCMC_SCREENSHOT_DIR"); !shots.isEmpty())
            w.grab().save(QDir(shots).filePath(QStringLiteral("restart-pending.png"))); // for README

        // Apply with nothing unsaved: not a failure, but the restart, offered.
        Dialogs::setNextAnswer(QMessageBox::Yes);
        w.startApply();
        QVERIFY2(Dialogs::lastAnsweredQuestion().contains(QStringLiteral("not in effect yet")),
                 qPrintable(Dialogs::lastAnsweredQuestion()));
        QVERIFY2(w.fileBanner()->title().startsWith(QStringLiteral("Restarted")),
                 qPrintable(w.fileBanner()->title() + QLatin1Char('\n') + w.fileBanner()->text()));
        QVERIFY(m_webStates.contains(QStringLiteral("Stopped")));
        QCOMPARE(m_webStates.last(), QStringLiteral("Running"));
        QCOMPARE(readFile(m_path), edited); // a restart writes nothing
        QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("eucwebconfig.json.*.bak")}).size(), 1); // the save's
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("UC WebServer up to date"), 10000);
        QVERIFY(!banner->isWanted());
    }

    // The restart on its own, from the Hosts tab, with unsaved edits: the console asks whether to
    // apply them; "No" restarts with the file as saved and keeps the edits in the window.
    void restartFromTheHostsTabKeepsUnsavedEdits()
    {
        MainWindow &w = *m_window;
        w.editing()->removeServer(0);
        auto *button = w.hostsView()->findChild<QPushButton *>(QStringLiteral("restartWebServer"));
        QVERIFY(button);
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 3000);
        Dialogs::setNextAnswer(QMessageBox::No);
        QString title;
        Dialogs::setCustomHandler([&title](QDialog *dialog) {
            title = dialog->windowTitle();
            return driveApplyDialog(dialog, true);
        });
        button->click();
        QCOMPARE(title, QStringLiteral("Restart the UC WebServer"));
        QVERIFY2(w.fileBanner()->title().startsWith(QStringLiteral("Restarted")), qPrintable(w.fileBanner()->title()));
        QCOMPARE(readFile(m_path), m_original);
        QVERIFY(w.session()->isModified());
        QCOMPARE(w.session()->document().entries().size(), size_t(0));
        QCOMPARE(m_webStates.last(), QStringLiteral("Running"));
    }

    // From the UCServer host's Service Control dialog: "Save and Restart UC WebServer…" keeps the
    // settings and restarts.
    void restartFromTheServiceControlDialog()
    {
        MainWindow &w = *m_window;
        bool offered = false;
        Dialogs::setCustomHandler([&offered](QDialog *dialog) {
            if (auto *control = qobject_cast<HostControlDialog *>(dialog)) {
                auto *restart = control->findChild<QPushButton *>(QStringLiteral("restartWebServer"));
                offered = restart != nullptr;
                if (!restart)
                    return int(QDialog::Rejected);
                restart->click();
                return control->result();
            }
            return driveApplyDialog(dialog, true);
        });
        w.hostsView()->configureRequested(kHost);
        QVERIFY(offered);
        QTRY_VERIFY_WITH_TIMEOUT(w.fileBanner()->title().startsWith(QStringLiteral("Restarted")), 20000);
        QCOMPARE(m_webStates.last(), QStringLiteral("Running"));
        QVERIFY(hostControlFor(w.currentSite(), kHost).isManaged());
    }

    void dryRunShowsCommandsAndTouchesNothing()
    {
        MainWindow &w = *m_window;
        w.editing()->removeServer(0);
        QString shown;
        Dialogs::setCustomHandler([&shown](QDialog *dialog) {
            auto *apply = qobject_cast<ApplyDialog *>(dialog);
            if (!QTest::qWaitFor([apply] { return apply->isFinished(); }, 10000))
                return int(QDialog::Rejected);
            shown = apply->summaryText() + apply->findChild<QPlainTextEdit *>()->toPlainText();
            return int(QDialog::Accepted);
        });
        w.startApply(true);
        QVERIFY2(shown.contains(QStringLiteral("Restart")), qPrintable(shown));
        QCOMPARE(readFile(m_path), m_original);
        QVERIFY(m_webStates.isEmpty());
        QVERIFY(!shown.contains(kPassword));
    }

    void hostsViewShowsDriftAndFixesIt()
    {
        MainWindow &w = *m_window;
        // As an estos update leaves it: the UC MediaServer on the UCServer host automatic again.
        const QString media = QStringLiteral("UCMediaSrvSim");
        QVERIFY(m_sim->setStartMode(media, QStringLiteral("Auto")));
        QString error;
        QVERIFY(m_sim->requestStart(media, &error));
        HostsView *hosts = w.hostsView();
        hosts->checkAll();
        QTRY_VERIFY_WITH_TIMEOUT(!hosts->differences(kHost).isEmpty(), 15000);
        QVERIFY(!hosts->isChecking());
        hosts->tree()->topLevelItem(0)->setSelected(true);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        hosts->fixSelectedHost();
        QTRY_VERIFY_WITH_TIMEOUT(!hosts->isChecking() && hosts->differences(kHost).isEmpty(), 20000);
        QCOMPARE(m_sim->service(media)->startMode, QStringLiteral("Disabled"));
        QCOMPARE(m_sim->service(media)->state, QStringLiteral("Stopped"));
    }

    // WinRM over HTTPS with the host's self-signed certificate: the Hosts view shows the
    // fingerprint and asks; declined, nothing is trusted; confirmed, it is pinned in the site and the
    // services are listed; a different certificate later is asked about again, naming the old one.
    void untrustedWinRmCertificateIsTrustedOnlyAfterConfirmation()
    {
        winrmsim::SimConfig config;
        config.address = m_media->url().host() == QLatin1String("127.0.7.11") ? QHostAddress(QStringLiteral("127.0.7.11"))
                                                                              : QHostAddress();
        QVERIFY(!config.address.isNull()); // the media server's host: on the Hosts tab already
        config.password = kPassword;
        config.httpPort = -1;
        config.httpsPort = 0;
        config.services = winrmsim::SimConfig::defaultServices(winrmsim::SimConfig::Role::MediaServer,
                                                               QStringLiteral("9.1.0.3456"));
        auto https = std::make_unique<winrmsim::WinRmSimulator>(config);
        QString error;
        QVERIFY2(https->start(&error), qPrintable(error));
        const QString host = https->httpsUrl().host();
        MainWindow &w = *m_window;
        Site site = w.currentSite();
        HostControlSettings control;
        control.host = host;
        control.kind = HostControlSettings::Kind::WinRm;
        control.transport = HostControlSettings::WinRmTransport::Https;
        control.port = quint16(https->httpsUrl().port());
        control.user = QStringLiteral("Administrator");
        setHostControl(site, control);
        w.applySiteSettings(site);
        w.credentials()->keepForSession({site.id, host, control.user}, kPassword);
        HostsView *hosts = w.hostsView();

        // Declined: an error naming the certificate, nothing pinned.
        Dialogs::setNextAnswer(QMessageBox::No);
        hosts->checkAll();
        QTRY_VERIFY_WITH_TIMEOUT(!hosts->isChecking(), 15000);
        QVERIFY2(Dialogs::lastAnsweredQuestion().contains(https->certificateSha256()),
                 qPrintable(Dialogs::lastAnsweredQuestion()));
        QVERIFY(hostControlFor(w.currentSite(), host).pinnedCertificateSha256.isEmpty());
        QVERIFY(hosts->services(host).isEmpty());

        // Confirmed: pinned (and saved with the site), logged, and the services are there.
        Dialogs::setNextAnswer(QMessageBox::Yes);
        hosts->checkAll();
        QTRY_VERIFY_WITH_TIMEOUT(!hosts->isChecking() && !hosts->services(host).isEmpty(), 15000);
        QCOMPARE(hostControlFor(w.currentSite(), host).pinnedCertificateSha256, https->certificateSha256());
        QCOMPARE(hostControlFor(*SiteStore(*m_settings).siteForConfigPath(m_path), host).pinnedCertificateSha256,
                 https->certificateSha256());
        bool logged = false;
        for (const ServerEvent &e : w.eventLog()->events())
            logged = logged || (e.server == host && e.text.contains(https->certificateSha256()));
        QVERIFY(logged);

        // The host comes back with another certificate: asked again, the old one named; declined.
        const QString oldPin = https->certificateSha256();
        https.reset();
        config.httpsPort = control.port;
        https = std::make_unique<winrmsim::WinRmSimulator>(config);
        QVERIFY2(https->start(&error), qPrintable(error));
        QVERIFY(https->certificateSha256() != oldPin);
        Dialogs::setNextAnswer(QMessageBox::No);
        hosts->checkAll();
        QTRY_VERIFY_WITH_TIMEOUT(!hosts->isChecking(), 15000);
        QVERIFY(Dialogs::lastAnsweredQuestion().contains(https->certificateSha256()));
        QVERIFY(Dialogs::lastAnsweredQuestion().contains(oldPin));
        QCOMPARE(hostControlFor(w.currentSite(), host).pinnedCertificateSha256, oldPin);
        QVERIFY(hosts->services(host).isEmpty());
    }

private:
    std::unique_ptr<winrmsim::WinRmSimulator> m_sim;
    std::unique_ptr<kmssim::SimulatedMediaServer> m_media;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
    QByteArray m_original;
    QStringList m_webStates;
};

QTEST_MAIN(TestApply)
#include "tst_apply.moc"
