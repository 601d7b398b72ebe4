// Drives the real main window offscreen against simulated media servers and a simulated
// UCServer host: opening files (command line API, recent sites, drag and drop), live status in
// table, overview and status bar, every kind of bad file, and that the file is never written.
#include "configfiles.h"
#include "models/servertablemodel.h"
#include "simulatedmediaserver.h"
#include "simulatedprocallhost.h"
#include "ui/mainwindow.h"
#include "ui/messagebanner.h"
#include "ui/problemslist.h"
#include "ui/sitesettingsdialog.h"
#include "ui/topologyview.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ucmc;
using kmssim::SimulatedMediaServer;

namespace {
QByteArray configWith(const QStringList &urls)
{
    return testsupport::estosConfigWith(urls, R"("candkillipv6": 0)");
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

std::unique_ptr<SimulatedMediaServer> startServer(const QString &address, const QString &version = QStringLiteral("7.3.0"))
{
    kmssim::ServerConfig config;
    config.address = QHostAddress(address);
    config.wsPort = 0;
    config.version = version;
    auto server = std::make_unique<SimulatedMediaServer>(config);
    if (!server->start())
        qFatal("simulator did not start on %s", qPrintable(address));
    return server;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_servers.push_back(startServer(QStringLiteral("127.0.5.11")));
        m_servers.push_back(startServer(QStringLiteral("127.0.5.12")));
        m_servers.push_back(startServer(QStringLiteral("127.0.5.13"), QStringLiteral("7.2.1")));
        m_host = std::make_unique<procallsim::SimulatedProcallHost>(QHostAddress(QStringLiteral("127.0.5.10")));
        QVERIFY2(m_host->start(0, 0, 0), qPrintable(m_host->errorString()));
    }

    void init()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    }
    void cleanup()
    {
        m_settings.reset();
    }

    void showsEveryServerLive()
    {
        const QString refusedUrl = QStringLiteral("ws://127.0.5.19:9/kurento");
        const QString path = m_dir.filePath(QStringLiteral("live.json"));
        QVERIFY(writeFile(path, configWith({m_servers[0]->url().toString(), m_servers[1]->url().toString(), refusedUrl})));
        const QByteArray before = hashOf(path);

        MainWindow window(*m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openFile(path);
        configureHost(window);
        QTRY_VERIFY_WITH_TIMEOUT(window.isSettled(), 8000);

        ServerTableModel *model = window.serverModel();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(window.serverTable()->model()->rowCount(), 3);
        QCOMPARE(model->index(0, ServerTableModel::Status).data().toString(), QStringLiteral("Up"));
        // The version comes with getInfo, after the first pong: "settled" (every state known)
        // does not wait for it.
        QTRY_COMPARE_WITH_TIMEOUT(model->index(1, ServerTableModel::Version).data().toString(),
                                  QStringLiteral("7.3.0"), 5000);
        QCOMPARE(model->index(2, ServerTableModel::Status).data().toString(), QStringLiteral("Down"));
        QVERIFY(model->index(2, ServerTableModel::Reason).data().toString().contains(QStringLiteral("refused")));
        QCOMPARE(model->index(0, ServerTableModel::CandKillIpv6).data().toString(), QStringLiteral("0"));
        QCOMPARE(window.upSummaryText(), QStringLiteral("Media servers up: 2 of 3"));
        QCOMPARE(window.versionSummaryText(), QStringLiteral("All run version 7.3.0"));
        QVERIFY(window.versionBanner()->isHidden());
        QVERIFY(window.fileBanner()->isHidden());
        QCOMPARE(window.topologyView()->serverCardRects().size(), 3);
        QVERIFY(!window.topologyView()->hostCardRect().intersects(window.topologyView()->serverCardRects().first()));
        // The host card: a line per port, HTTPS answering through its self-signed certificate.
        const QStringList hostLines = window.topologyView()->hostCardLines();
        QCOMPARE(hostLines.size(), 3);
        QCOMPARE(hostLines[1], QStringLiteral("UC WebServer (HTTP %1): answers (HTTP 200)").arg(m_host->webServerPort()));
        QCOMPARE(hostLines[2], QStringLiteral("UC WebServer (HTTPS %1): answers (HTTP 200); certificate not trusted: "
                                              "self-signed")
                                   .arg(m_host->webServerHttpsPort()));
        // The card is as wide as that line needs (when the view allows), so the problem is not elided.
        const QRect hostCard = window.topologyView()->hostCardRect();
        const int needed = QFontMetrics(window.topologyView()->font()).horizontalAdvance(hostLines[2]) + 44;
        QVERIFY2(hostCard.width() >= qMin(needed, window.topologyView()->width() - 32),
                 qPrintable(QStringLiteral("%1 < %2").arg(hostCard.width()).arg(needed)));
        QVERIFY(hostCard.right() < window.topologyView()->width());

        // A click on a card selects its row in the table.
        QTest::mouseClick(window.topologyView(), Qt::LeftButton, {},
                          window.topologyView()->serverCardRects().at(1).center());
        QCOMPARE(window.serverTable()->selectionModel()->selectedRows().constFirst().row(), 1);

        // The server going away shows at once; its row keeps the version it last reported.
        m_servers[1]->setFault(kmssim::Fault{kmssim::FaultMode::Refuse, 0});
        QTRY_COMPARE_WITH_TIMEOUT(model->index(1, ServerTableModel::Status).data().toString(), QStringLiteral("Down"), 2000);
        QTRY_COMPARE_WITH_TIMEOUT(window.upSummaryText(), QStringLiteral("Media servers up: 1 of 3"), 1000);
        m_servers[1]->clearFault();
        QTRY_COMPARE_WITH_TIMEOUT(window.upSummaryText(), QStringLiteral("Media servers up: 2 of 3"), 8000);

        const QImage shot = window.grab().toImage();
        QVERIFY(!shot.isNull() && shot.width() > 600);
        QCOMPARE(hashOf(path), before);
    }

    void differentVersionsAreNamed()
    {
        const QString path = m_dir.filePath(QStringLiteral("versions.json"));
        QVERIFY(writeFile(path, configWith({m_servers[0]->url().toString(), m_servers[2]->url().toString()})));
        MainWindow window(*m_settings);
        window.show();
        window.openFile(path);
        configureHost(window);
        QTRY_VERIFY_WITH_TIMEOUT(window.isSettled(), 8000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.versionBanner()->isHidden(), 3000);
        QVERIFY2(window.versionBanner()->text().contains(QStringLiteral("127.0.5.13 runs 7.2.1")),
                 qPrintable(window.versionBanner()->text()));
        QVERIFY(window.versionSummaryText().startsWith(QStringLiteral("Versions differ")));
    }

    void badFilesExplainThemselves_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syntax") << QByteArray("{\n  \"kurentoservers\": [\n    {\"url\": \"ws://10.0.0.1:8888/kurento\"},\n  ]\n}\n")
                                << QStringLiteral("Line 3, column 42");
        QTest::newRow("no list") << QByteArray("{\"listen\": {}}") << QStringLiteral("kurentoservers");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("utf-16") << QByteArray("\xff\xfe{\0}\0", 6) << QStringLiteral("UTF-16");
    }
    void badFilesExplainThemselves()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(QStringLiteral("bad-%1.json").arg(QTest::currentDataTag()));
        QVERIFY(writeFile(path, bytes));
        MainWindow window(*m_settings);
        window.show();
        window.openFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(!window.fileBanner()->isHidden(), 3000);
        QCOMPARE(window.fileBanner()->level(), MessageBanner::Level::Error);
        const QString message = window.fileBanner()->title() + QLatin1Char(' ') + window.fileBanner()->text();
        QVERIFY2(message.contains(expected, Qt::CaseInsensitive), qPrintable(message));
        QCOMPARE(window.serverModel()->rowCount(), 0);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes); // never touched
    }

    void missingFile()
    {
        MainWindow window(*m_settings);
        window.show();
        window.openFile(m_dir.filePath(QStringLiteral("does-not-exist.json")));
        QTRY_VERIFY_WITH_TIMEOUT(!window.fileBanner()->isHidden(), 3000);
        QVERIFY(window.fileBanner()->title().contains(QStringLiteral("could not be read")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("does-not-exist.json"))));
    }

    void malformedEntriesAreListedNotProbed()
    {
        const QString path = m_dir.filePath(QStringLiteral("malformed.json"));
        QVERIFY(writeFile(path, R"({"kurentoservers":[{"url":"ws://10.21.3.15:99999/kurento"},{"nourl":1},)"
                                 R"({"url":")" + m_servers[0]->url().toString().toUtf8() + R"("}]})"));
        MainWindow window(*m_settings);
        window.show();
        window.openFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(window.isSettled(), 5000);
        ServerTableModel *model = window.serverModel();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(0, ServerTableModel::Status).data().toString(), QStringLiteral("Not monitored"));
        QVERIFY(!model->index(0, ServerTableModel::Reason).data().toString().isEmpty());
        QCOMPARE(model->index(1, ServerTableModel::Status).data().toString(), QStringLiteral("Not monitored"));
        QTRY_COMPARE_WITH_TIMEOUT(model->index(2, ServerTableModel::Status).data().toString(), QStringLiteral("Up"), 3000);
        QVERIFY(window.problemsList()->errorCount() >= 2); // listed with place and rule in the problems list
    }

    void sitesAreRememberedAndSwitchable()
    {
        const QString first = m_dir.filePath(QStringLiteral("site-a/eucwebconfig.json"));
        const QString second = m_dir.filePath(QStringLiteral("site-b/eucwebconfig.json"));
        QVERIFY(QDir().mkpath(QFileInfo(first).path()) && QDir().mkpath(QFileInfo(second).path()));
        QVERIFY(writeFile(first, configWith({m_servers[0]->url().toString()})));
        QVERIFY(writeFile(second, configWith({m_servers[0]->url().toString(), m_servers[1]->url().toString()})));
        {
            MainWindow window(*m_settings);
            window.openFile(first);
            window.openFile(second);
            auto *combo = window.findChild<QComboBox *>(QStringLiteral("siteCombo"));
            QVERIFY(combo);
            QVERIFY(combo->count() >= 2);
            QCOMPARE(combo->currentText(), QStringLiteral("site-b"));
            QTRY_COMPARE_WITH_TIMEOUT(window.serverModel()->rowCount(), 2, 3000);
            const int siteA = combo->findText(QStringLiteral("site-a"));
            QVERIFY(siteA >= 0);
            combo->setCurrentIndex(siteA);
            emit combo->activated(siteA);
            QTRY_COMPARE_WITH_TIMEOUT(window.serverModel()->rowCount(), 1, 3000);
            QCOMPARE(window.currentSite().name, QStringLiteral("site-a"));
        }
        // A new window (the console started again) reopens the last site.
        MainWindow again(*m_settings);
        QVERIFY(again.openLastSite());
        QCOMPARE(again.currentSite().configPath, first);
        QTRY_COMPARE_WITH_TIMEOUT(again.serverModel()->rowCount(), 1, 3000);
    }

    void dropOpensTheFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("dropped.json"));
        QVERIFY(writeFile(path, configWith({m_servers[0]->url().toString()})));
        MainWindow window(*m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QCOMPARE(window.currentSite().configPath, path);
        QTRY_COMPARE_WITH_TIMEOUT(window.serverModel()->rowCount(), 1, 3000);
    }

    void externalChangesAreShown()
    {
        const QString path = m_dir.filePath(QStringLiteral("changing.json"));
        QVERIFY(writeFile(path, configWith({m_servers[0]->url().toString()})));
        MainWindow window(*m_settings);
        window.openFile(path);
        QTRY_COMPARE_WITH_TIMEOUT(window.serverModel()->rowCount(), 1, 3000);
        QVERIFY(writeFile(path, configWith({m_servers[0]->url().toString(), m_servers[1]->url().toString()})));
        QTRY_COMPARE_WITH_TIMEOUT(window.serverModel()->rowCount(), 2, 5000);
    }

    // Every live column the issue names is on screen by default (failures included), the reason
    // right after the status; what the URL and the properties panel show already (host, port,
    // ws/wss, the three flags) is hidden until asked for, so the table fits the window; columns the
    // user hid stay hidden in the next session.
    void columnsShownByDefaultAndRemembered()
    {
        {
            MainWindow window(*m_settings);
            QTableView *table = window.serverTable();
            const QList<int> configColumns{ServerTableModel::Host,         ServerTableModel::Port,
                                           ServerTableModel::Encryption,   ServerTableModel::CandKillIpv6,
                                           ServerTableModel::CandKillTcp,  ServerTableModel::CandOnlyTurn};
            for (int c = 0; c < ServerTableModel::ColumnCount; ++c)
                QVERIFY2(table->isColumnHidden(c) == configColumns.contains(c), qPrintable(QString::number(c)));
            QHeaderView *header = table->horizontalHeader();
            QCOMPARE(header->visualIndex(ServerTableModel::Reason), header->visualIndex(ServerTableModel::Status) + 1);
        }
        m_settings->setValue(QStringLiteral("table/hiddenColumns"), QStringList{QString::number(ServerTableModel::Host)});
        MainWindow again(*m_settings);
        QVERIFY(again.serverTable()->isColumnHidden(ServerTableModel::Host));
        QVERIFY(!again.serverTable()->isColumnHidden(ServerTableModel::Failures));
        m_settings->remove(QStringLiteral("table/hiddenColumns"));
    }

    void siteSettingsDialogEditsTheSite()
    {
        Site site;
        site.configPath = QStringLiteral(R"(\\WinServer1\c$\Program Files\estos\UCServer\config\eucwebconfig.json)");
        site.name = QStringLiteral("WinServer1");
        SiteSettingsDialog dialog(site);
        const QList<QSpinBox *> spins = dialog.findChildren<QSpinBox *>();
        // three ports (UCServer, WebServer HTTP, WebServer HTTPS), interval, timeout, fall, rise, load figures,
        // CPU sample
        QCOMPARE(spins.size(), 9);
        auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("ucServerHost"));
        QVERIFY(host);
        QVERIFY(host->placeholderText().contains(QStringLiteral("WinServer1")));
        host->setText(QStringLiteral("10.21.3.10"));
        QCOMPARE(spins[1]->value(), 7224);
        QCOMPARE(spins[2]->value(), 7225); // HTTPS, right after HTTP
        spins[2]->setValue(8443);
        spins[3]->setValue(2000); // interval
        spins[5]->setValue(5);    // fall
        QCOMPARE(spins[7]->value(), 10); // load figures every 10 s by default
        spins[7]->setValue(30);
        spins[8]->setValue(100); // CPU sample
        // The defaults are shown beside the fields, and the CPU sample says what it costs the server.
        QStringList labels;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            labels << label->text();
        QVERIFY2(labels.contains(QStringLiteral("default: 1000 ms")), qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY(labels.contains(QStringLiteral("default: 10 s")));
        QVERIFY(labels.contains(QStringLiteral("default: 7224")));
        QVERIFY(labels.contains(QStringLiteral("default: 7225")));
        QVERIFY(labels.join(QLatin1Char(' ')).contains(QStringLiteral("blocks one of its threads")));
        // The HTTPS row comes right after the HTTP one, and its label's mnemonic reaches the spin box.
        const auto *form = dialog.findChild<QFormLayout *>();
        QVERIFY(form);
        int httpRow = -1, httpsRow = -1;
        for (int row = 0; row < form->rowCount(); ++row) {
            const auto *label = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)
                                                           ? form->itemAt(row, QFormLayout::LabelRole)->widget()
                                                           : nullptr);
            if (!label)
                continue;
            const QString text = label->text().remove(QLatin1Char('&'));
            if (text == QStringLiteral("UC WebServer HTTP port:"))
                httpRow = row;
            else if (text == QStringLiteral("UC WebServer HTTPS port:")) {
                httpsRow = row;
                QVERIFY(label->buddy());
                QCOMPARE(label->buddy()->focusProxy(), spins[2]);
            }
        }
        QVERIFY(httpRow >= 0);
        QCOMPARE(httpsRow, httpRow + 1);
        const QByteArray screenshots = qgetenv("UCMC_SCREENSHOT_DIR");
        if (!screenshots.isEmpty()) {
            dialog.show();
            QVERIFY(dialog.grab().save(QString::fromLocal8Bit(screenshots) + QStringLiteral("/site-settings.png")));
        }
        const Site edited = dialog.site();
        // The name was the automatic one (the share's host): it follows the UCServer host.
        QCOMPARE(edited.name, QStringLiteral("10.21.3.10"));
        QCOMPARE(edited.probe.metricsIntervalMs, 30'000);
        QCOMPARE(edited.probe.cpuSampleMs, 100);
        QCOMPARE(edited.ucServerHost, QStringLiteral("10.21.3.10"));
        QCOMPARE(edited.probe.intervalMs, 2000);
        QCOMPARE(edited.probe.ucServerPort, quint16(7222));
        QCOMPARE(edited.probe.webServerHttpPort, quint16(7224));
        QCOMPARE(edited.probe.webServerHttpsPort, quint16(8443));
        QCOMPARE(edited.probe.fall, 5);
        // Restore Defaults puts the HTTPS port back too.
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(dialog.site().probe.webServerHttpsPort, quint16(7225));
    }

private:
    void configureHost(MainWindow &window)
    {
        Site site = window.currentSite();
        site.probe.ucServerPort = m_host->ucServerPort();
        site.probe.webServerHttpPort = m_host->webServerPort();
        site.probe.webServerHttpsPort = m_host->webServerHttpsPort();
        site.probe.intervalMs = 300;
        site.probe.timeoutMs = 500;
        site.probe.backoffMaxMs = 600;
        window.applySiteSettings(site);
        window.setUcServerHost(QStringLiteral("127.0.5.10"));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::vector<std::unique_ptr<SimulatedMediaServer>> m_servers;
    std::unique_ptr<procallsim::SimulatedProcallHost> m_host;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
