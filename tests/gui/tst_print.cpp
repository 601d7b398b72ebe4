// File > Print Topology… (Ctrl+P) from the real window, offscreen: the print dialog is answered
// by the test the way a user would fill it in (print to a PDF file), and the page printed is the
// PDF export's page: read back with pdftotext, it has the title and every server.
#include "configfiles.h"
#include "models/servertablemodel.h"
#include "simulatedmediaserver.h"
#include "ui/dialogs.h"
#include "ui/mainwindow.h"
#include "ui/topologyexport.h"
#include "ui/topologyprint.h"
#include "ui/topologyview.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QPrintDialog>
#include <QPrinter>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace ucmc;
using kmssim::SimulatedMediaServer;

namespace {
const QString kDownUrl = QStringLiteral("ws://127.0.15.19:9/kurento");

QByteArray configWith(const QStringList &urls)
{
    return testsupport::estosConfigWith(urls);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The PDF's text as pdftotext reads it (poppler-utils, scripts/deps.sh); pages end with \f.
QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")), {path, QStringLiteral("-")});
    if (!process.waitForFinished(20000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}
} // namespace

class TestPrint : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext is missing: scripts/deps.sh installs poppler-utils");
        kmssim::ServerConfig config;
        config.address = QHostAddress(QStringLiteral("127.0.15.11"));
        config.wsPort = 0;
        config.version = QStringLiteral("7.3.0");
        m_server = std::make_unique<SimulatedMediaServer>(config);
        QVERIFY(m_server->start());
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        const QString path = m_dir.filePath(QStringLiteral("eucwebconfig.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(configWith({m_server->url().toString(), kDownUrl}));
        file.close();
        m_window = std::make_unique<MainWindow>(*m_settings);
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openFile(path);
        Site site = m_window->currentSite();
        site.name = QStringLiteral("Branch Vienna"); // in the title; no "fi" that a font joins
        site.probe.intervalMs = 300;
        site.probe.timeoutMs = 500;
        site.probe.backoffMaxMs = 600;
        m_window->applySiteSettings(site);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_window->serverModel()->index(0, ServerTableModel::Version).data().toString(),
            QStringLiteral("7.3.0"), 8000);
        m_upAddress = QStringLiteral("127.0.15.11:%1").arg(m_server->url().port());
    }

    void cleanup() { Dialogs::setCustomHandler({}); }

    void cleanupTestCase()
    {
        m_window.reset();
        m_server.reset();
    }

    void printsThePdfExportsPage()
    {
        // The function the action uses, on a printer set up as the dialog would leave it.
        const TopologyView *view = m_window->topologyView();
        const TopologyExport page(view->model(), view->hostHealth(),
                                  {QStringLiteral("Branch Munich"), m_window->currentSite().configPath,
                                   QDateTime::currentDateTime()},
                                  false);
        QPrinter printer(QPrinter::HighResolution);
        TopologyPrint::prepare(printer, page);
        QCOMPARE(printer.docName(), QStringLiteral("Media server topology – Branch Munich"));
        QCOMPARE(printer.pageLayout().orientation(), page.orientation());
        const QString path = m_dir.filePath(QStringLiteral("direct.pdf"));
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        QString error;
        QVERIFY2(TopologyPrint::print(printer, page, &error), qPrintable(error));
        QVERIFY(readFile(path).startsWith("%PDF"));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("Media server topology – Branch Munich")), qPrintable(text));
        QVERIFY(text.contains(m_upAddress));
        QVERIFY(text.contains(QStringLiteral("127.0.15.19:9")));
        QVERIFY(text.contains(QStringLiteral("7.3.0")));
        QCOMPARE(text.count(QLatin1Char('\f')), 1); // one page, as the PDF export

        // The same text as the PDF export writes (one renderer, two targets). DejaVu sets "fi" as a
        // ligature: the names here have none.
        const QString exported = m_dir.filePath(QStringLiteral("exported.pdf"));
        QVERIFY2(page.write(exported, TopologyExport::Format::Pdf, &error), qPrintable(error));
        QCOMPARE(pdfText(exported), text);

        // A printer that cannot start is an error, not a crash.
        QPrinter broken(QPrinter::HighResolution);
        broken.setOutputFormat(QPrinter::PdfFormat);
        broken.setOutputFileName(m_dir.filePath(QStringLiteral("missing/folder/x.pdf")));
        QVERIFY(!TopologyPrint::print(broken, page, &error));
        QVERIFY(!error.isEmpty());
    }

    void ctrlPPrintsFromTheWindow()
    {
        MainWindow &w = *m_window;
        QAction *action = nullptr;
        for (QAction *candidate : w.findChildren<QAction *>()) {
            if (candidate->text() == QStringLiteral("&Print Topology…"))
                action = candidate;
        }
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Print));
        bool inFileMenu = false;
        for (QObject *owner : action->associatedObjects()) {
            if (auto *menu = qobject_cast<QMenu *>(owner))
                inFileMenu = inFileMenu || menu->title() == QStringLiteral("&File");
        }
        QVERIFY(inFileMenu);
        QVERIFY(action->isEnabled());

        // Cancelled in the dialog: nothing printed.
        const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
        int dialogs = 0;
        Dialogs::setCustomHandler([&](QDialog *) {
            ++dialogs;
            return int(QDialog::Rejected);
        });
        QTest::keyClick(&w, Qt::Key_P, Qt::ControlModifier);
        QCOMPARE(dialogs, 1);
        QVERIFY(!QFile::exists(path));

        // The dialog configures the printer (here: print to a PDF file); then it prints.
        Dialogs::setCustomHandler([&](QDialog *dialog) {
            auto *print = qobject_cast<QPrintDialog *>(dialog);
            if (!print)
                return int(QDialog::Rejected);
            print->printer()->setOutputFormat(QPrinter::PdfFormat);
            print->printer()->setOutputFileName(path);
            return int(QDialog::Accepted);
        });
        QTest::keyClick(&w, Qt::Key_P, Qt::ControlModifier);
        QTRY_VERIFY(QFile::exists(path));
        const QString text = pdfText(path);
        QCOMPARE(w.currentSite().name, QStringLiteral("Branch Vienna"));
        QVERIFY2(text.contains(QStringLiteral("Media server topology – Branch Vienna")), qPrintable(text));
        QVERIFY(text.contains(m_upAddress));
        QVERIFY(text.contains(QStringLiteral("127.0.15.19:9")));
        QVERIFY(text.contains(QStringLiteral("Up")));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SimulatedMediaServer> m_server;
    std::unique_ptr<MainWindow> m_window;
    QString m_upAddress;
};

QTEST_MAIN(TestPrint)
#include "tst_print.moc"
