// File > Export Topology… from the real window, offscreen, with a simulated media server up, one
// refused (down) and a simulated UCServer host: PNG, SVG and PDF written and read back.
#include "configfiles.h"
#include "models/servertablemodel.h"
#include "simulatedmediaserver.h"
#include "simulatedprocallhost.h"
#include "ui/dialogs.h"
#include "ui/mainwindow.h"
#include "ui/topologyexport.h"
#include "ui/topologyview.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMenuBar>
#include <QPainter>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ucmc;
using kmssim::SimulatedMediaServer;

namespace {
const QString kDownUrl = QStringLiteral("ws://127.0.12.19:9/kurento");

QByteArray configWith(const QStringList &urls)
{
    return testsupport::estosConfigWith(urls, R"("candkillipv6": 0)");
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Pixels in `rect` that are not the white page.
int inkIn(const QImage &image, const QRect &rect)
{
    int ink = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            if (image.pixelColor(x, y).lightness() < 200)
                ++ink;
        }
    }
    return ink;
}
} // namespace

class TestExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        kmssim::ServerConfig config;
        config.address = QHostAddress(QStringLiteral("127.0.12.11"));
        config.wsPort = 0;
        config.version = QStringLiteral("7.3.0");
        m_server = std::make_unique<SimulatedMediaServer>(config);
        QVERIFY(m_server->start());
        m_host = std::make_unique<procallsim::SimulatedProcallHost>(QHostAddress(QStringLiteral("127.0.12.10")));
        QVERIFY2(m_host->start(0, 0, 0), qPrintable(m_host->errorString()));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    }

    void cleanup() { TopologyExport::setPathProvider({}); }

    void exportsPngSvgAndPdf()
    {
        const QString config = m_dir.filePath(QStringLiteral("eucwebconfig.json"));
        QVERIFY(writeFile(config, configWith({m_server->url().toString(), kDownUrl})));
        MainWindow window(*m_settings);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openFile(config);
        Site site = window.currentSite();
        site.probe.ucServerPort = m_host->ucServerPort();
        site.probe.webServerHttpPort = m_host->webServerPort();
        site.probe.webServerHttpsPort = m_host->webServerHttpsPort();
        site.probe.intervalMs = 300;
        site.probe.timeoutMs = 500;
        site.probe.backoffMaxMs = 600;
        window.applySiteSettings(site);
        window.setUcServerHost(QStringLiteral("127.0.12.10"));
        QTRY_VERIFY_WITH_TIMEOUT(window.isSettled(), 8000);
        ServerTableModel *model = window.serverModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->index(0, ServerTableModel::Version).data().toString(),
                                  QStringLiteral("7.3.0"), 5000);
        QCOMPARE(model->index(1, ServerTableModel::Status).data().toString(), QStringLiteral("Down"));

        QAction *action = nullptr;
        for (QAction *candidate : window.findChildren<QAction *>()) {
            if (candidate->text() == QStringLiteral("E&xport Topology…"))
                action = candidate;
        }
        QVERIFY(action);
        QVERIFY(action->isEnabled());

        const QString upAddress = QStringLiteral("127.0.12.11:%1").arg(m_server->url().port());
        const QString downAddress = QStringLiteral("127.0.12.19:9");
        QString suggested;
        QString answer;
        TopologyExport::setPathProvider([&](const QString &suggestion) {
            suggested = suggestion;
            return answer;
        });

        // Cancelled: nothing written.
        answer.clear();
        action->trigger();
        QVERIFY(suggested.endsWith(QStringLiteral(".png")));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.png")}, QDir::Files).size(), 0);

        // PNG: twice the page's size, ink on the host card and on both server cards.
        answer = m_dir.filePath(QStringLiteral("topology.png"));
        action->trigger();
        QImage image(answer);
        QVERIFY2(!image.isNull(), "the PNG does not load");
        const TopologyExport page(model, window.topologyView()->hostHealth(), {QString(), config, QDateTime()}, false);
        QCOMPARE(image.size(), page.size() * 2);
        QVERIFY(image.width() >= 1000);
        // The page's lower part holds the cards: the overview below the title and legend.
        const QRect lower(0, image.height() / 3, image.width(), image.height() * 2 / 3 - 1);
        QVERIFY(inkIn(image, lower) > 2000);
        QVERIFY(inkIn(image, QRect(0, 0, image.width(), image.height() / 6)) > 500); // the title
        // The colours of the states are there: an up stripe (green) and a down one (red).
        bool green = false, red = false;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2) {
                const QColor c = image.pixelColor(x, y);
                green = green || (c.green() > 120 && c.red() < 60 && c.blue() < 120);
                red = red || (c.red() > 170 && c.green() < 70 && c.blue() < 70);
            }
        }
        QVERIFY(green);
        QVERIFY(red);

        // SVG: valid, the addresses as text.
        answer = m_dir.filePath(QStringLiteral("topology.svg"));
        action->trigger();
        const QByteArray svg = readFile(answer);
        QVERIFY(QSvgRenderer(svg).isValid());
        QVERIFY(svg.contains(upAddress.toUtf8()));
        QVERIFY(svg.contains(downAddress.toUtf8()));
        QVERIFY(svg.contains("127.0.12.10"));
        // Drawn by Qt's own SVG renderer, it has the PNG's page: ink in the cards' part.
        QSvgRenderer renderer(svg);
        QCOMPARE(renderer.viewBox().size(), page.size());
        QImage drawn(page.size() * 2, QImage::Format_ARGB32);
        drawn.fill(Qt::white);
        {
            QPainter painter(&drawn);
            renderer.render(&painter);
        }
        QVERIFY(inkIn(drawn, lower) > 2000);

        // PDF: a PDF, and its text has the addresses (pdftotext: poppler-utils, scripts/deps.sh).
        answer = m_dir.filePath(QStringLiteral("topology.pdf"));
        action->trigger();
        const QByteArray pdf = readFile(answer);
        QVERIFY(pdf.startsWith("%PDF"));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext is missing: scripts/deps.sh installs poppler-utils");
        QProcess process;
        process.start(pdftotext, {answer, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(20000));
        const QByteArray text = process.readAllStandardOutput();
        QVERIFY2(text.contains(upAddress.toUtf8()), text.constData());
        QVERIFY(text.contains(downAddress.toUtf8()));
        QVERIFY(text.contains("Up"));

        // To look at them: UCMC_EXPORT_SHOTS=DIR keeps the files (and the SVG as drawn).
        const QString keep = qEnvironmentVariable("UCMC_EXPORT_SHOTS");
        if (!keep.isEmpty()) {
            drawn.save(QDir(keep).filePath(QStringLiteral("gui-svg-drawn.png")));
            for (const QString &name : {QStringLiteral("topology.png"), QStringLiteral("topology.svg"),
                                        QStringLiteral("topology.pdf")}) {
                QFile::remove(QDir(keep).filePath(QStringLiteral("gui-") + name));
                QFile::copy(m_dir.filePath(name), QDir(keep).filePath(QStringLiteral("gui-") + name));
            }
        }

        // A name without an extension gets the PNG's; a folder that does not exist is a warning.
        answer = m_dir.filePath(QStringLiteral("plain"));
        action->trigger();
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("plain.png"))));
        Dialogs::setNextAnswer(QMessageBox::Ok);
        answer = m_dir.filePath(QStringLiteral("missing/folder/topology.pdf"));
        action->trigger();
        QVERIFY(Dialogs::lastAnsweredQuestion().contains(QStringLiteral("could not be written")));
        QVERIFY(!QFile::exists(answer));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SimulatedMediaServer> m_server;
    std::unique_ptr<procallsim::SimulatedProcallHost> m_host;
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
