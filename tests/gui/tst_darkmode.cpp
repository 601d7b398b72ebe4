// Dark mode: with Fusion and a dark palette (as a desktop in dark mode gives it) every text keeps
// WCAG AA contrast (4.5:1) against what it is drawn on: the UCServer host card and the media
// server cards of the overview, each kind of banner, the server table with its status column.
// Measured twice: on the pixels of the grabbed window (the colours as painted), and on the colours
// the widgets take from the palette and the status palette. Light is measured the same way, and
// the topology export stays light (it is paper) even when the application is dark, and a switch
// between light and dark while the window is open is followed. With UCMC_SCREENSHOT_DIR set, the
// window is kept there as darkmode-<light|dark>[-<banner kind>].png, the export as darkmode-export.png.
#include "configfiles.h"
#include "models/servertablemodel.h"
#include "simulatedmediaserver.h"
#include "simulatedprocallhost.h"
#include "ui/addserverdialog.h"
#include "ui/darkpalette.h"
#include "ui/mainwindow.h"
#include "ui/messagebanner.h"
#include "ui/statuspalette.h"
#include "ui/topologyexport.h"
#include "ui/topologyview.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <memory>

using namespace ucmc;
using kmssim::SimulatedMediaServer;

namespace {

// WCAG 2.x relative luminance and contrast ratio.
double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
double luminance(const QColor &color)
{
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

struct Measured
{
    QColor background;
    QColor text;
    double ratio = 0;
    QString describe() const
    {
        return QStringLiteral("text %1 on %2: %3:1")
            .arg(text.name(), background.name())
            .arg(ratio, 0, 'f', 2);
    }
};

// The most frequent colour of `area` is taken as its background, the pixel that stands out most
// from it as the text (the cores of the glyphs; their antialiased edges stand out less).
Measured measure(const QImage &image, const QRect &area)
{
    QHash<QRgb, int> counts;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            ++counts[image.pixel(x, y) | 0xff000000];
    }
    Measured m;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            m.background = QColor(it.key());
        }
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const double ratio = contrast(QColor(it.key()), m.background);
        if (ratio > m.ratio) {
            m.ratio = ratio;
            m.text = QColor(it.key());
        }
    }
    return m;
}

QPalette darkDesktopPalette()
{
    // A desktop's dark theme as Fusion would get it (not the console's own --dark palette).
    QPalette p(QColor(0x35, 0x35, 0x35), QColor(0x2b, 0x2b, 0x2b));
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        p.setColor(group, QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        p.setColor(group, QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        p.setColor(group, QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        p.setColor(group, QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        p.setColor(group, QPalette::Button, QColor(0x35, 0x35, 0x35));
        p.setColor(group, QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        p.setColor(group, QPalette::ToolTipBase, QColor(0x2b, 0x2b, 0x2b));
        p.setColor(group, QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
        p.setColor(group, QPalette::Highlight, QColor(0x2a, 0x5d, 0xb0));
        p.setColor(group, QPalette::HighlightedText, Qt::white);
        p.setColor(group, QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    }
    return p;
}

QByteArray configWith(const QStringList &urls)
{
    return testsupport::compactConfigWith(urls);
}

std::unique_ptr<SimulatedMediaServer> startServer(const QString &address, const QString &version)
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

constexpr double kAA = 4.5;

// Colours as the widgets take them: text on background, at least AA.
#define VERIFY_CONTRAST(text, background, what)                                                              \
    do {                                                                                                     \
        const QColor fg_ = (text), bg_ = (background);                                                       \
        const double ratio_ = contrast(fg_, bg_);                                                            \
        QVERIFY2(ratio_ >= kAA, qPrintable(QStringLiteral("%1: %2 on %3: %4:1")                              \
                                               .arg(QLatin1String(what), fg_.name(), bg_.name())             \
                                               .arg(ratio_, 0, 'f', 2)));                                    \
    } while (false)
} // namespace

class TestDarkMode : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QVERIFY(m_dir.isValid());
        m_servers.push_back(startServer(QStringLiteral("127.0.14.11"), QStringLiteral("7.3.0")));
        m_servers.push_back(startServer(QStringLiteral("127.0.14.12"), QStringLiteral("7.3.0")));
        m_servers.push_back(startServer(QStringLiteral("127.0.14.13"), QStringLiteral("7.2.1"))); // differs
        m_host =
            std::make_unique<procallsim::SimulatedProcallHost>(QHostAddress(QStringLiteral("127.0.14.10")));
        QVERIFY2(m_host->start(0, 0, 0), qPrintable(m_host->errorString()));
        m_config = m_dir.filePath(QStringLiteral("eucwebconfig.json"));
        QFile f(m_config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(configWith({m_servers[0]->url().toString(), m_servers[1]->url().toString(),
                            m_servers[2]->url().toString(), QStringLiteral("ws://127.0.14.19:9/kurento")}));
    }

    void cleanup() { QApplication::setPalette(QApplication::style()->standardPalette()); }

    void textKeepsContrast_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void textKeepsContrast()
    {
        QFETCH(bool, dark);
        const QPalette palette = dark ? darkDesktopPalette() : QApplication::style()->standardPalette();
        QApplication::setPalette(palette);
        QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        MainWindow window(settings);
        window.setRememberSites(false);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openFile(m_config);
        configureHost(window);
        QTRY_VERIFY_WITH_TIMEOUT(window.isSettled(), 8000);
        TopologyView *view = window.topologyView();
        QTRY_VERIFY_WITH_TIMEOUT(view->hostHealth().ucServer.state != PortHealth::State::Unknown, 8000);
        QTRY_COMPARE_WITH_TIMEOUT(window.serverModel()->index(2, ServerTableModel::Version).data().toString(),
                                  QStringLiteral("7.2.1"), 5000);
        QCoreApplication::processEvents();
        QVERIFY(view->isVisible());

        // The host card: its name (title) and its port lines (right of the status dots).
        const QImage overview = view->grab().toImage();
        const QRect host = view->hostCardRect();
        const QRect inner = host.adjusted(14, 10, -14, -10);
        const Measured title = measure(overview, QRect(inner.left(), inner.top(), inner.width(), 22));
        QVERIFY2(title.ratio >= kAA, qPrintable(QStringLiteral("host card title: ") + title.describe()));
        const Measured ports =
            measure(overview, QRect(inner.left() + 16, inner.top() + 44, inner.width() - 16, 58));
        QVERIFY2(ports.ratio >= kAA, qPrintable(QStringLiteral("host card ports: ") + ports.describe()));
        // The card stands out from the view (a light card on a dark view was the bug).
        QCOMPARE(luminance(title.background) < 0.2, dark);

        // The same from the colours the view paints with.
        const QPalette &colors = view->palette();
        QCOMPARE(StatusPalette::isDark(colors), dark);
        VERIFY_CONTRAST(colors.color(QPalette::Text), StatusPalette::hostCard(colors), "host card text");
        VERIFY_CONTRAST(StatusPalette::mutedText(colors), StatusPalette::hostCard(colors),
                        "host card subtitle");
        VERIFY_CONTRAST(colors.color(QPalette::Text), colors.color(QPalette::Base), "card address");
        VERIFY_CONTRAST(StatusPalette::mutedText(colors), colors.color(QPalette::Base), "card detail");
        VERIFY_CONTRAST(StatusPalette::warningText(colors), colors.color(QPalette::Base),
                        "card version differs");
        for (const HealthState state : {HealthState::Up, HealthState::GoingDown}) { // the numbered badges
            const QColor badge = StatusPalette::forState(state, colors);
            VERIFY_CONTRAST(StatusPalette::badgeText(badge), badge, "badge number");
        }

        // Each media server's card: address and detail line.
        const QList<QRect> cards = view->serverCardRects();
        QCOMPARE(cards.size(), 4);
        for (const QRect &card : cards) {
            const Measured address =
                measure(overview, QRect(card.left() + 46, card.top() + 8, card.width() - 54, 20));
            QVERIFY2(address.ratio >= kAA, qPrintable(QStringLiteral("card address: ") + address.describe()));
            const Measured detail =
                measure(overview, QRect(card.left() + 46, card.top() + 30, card.width() - 54, 20));
            QVERIFY2(detail.ratio >= kAA, qPrintable(QStringLiteral("card detail: ") + detail.describe()));
        }

        // The server table: every visible cell's text, the status column's right of its dot.
        QTableView *table = window.serverTable();
        table->clearSelection();
        QCoreApplication::processEvents();
        const QImage cells = table->viewport()->grab().toImage();
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            for (int column : {int(ServerTableModel::Status), int(ServerTableModel::Url),
                               int(ServerTableModel::Version)}) {
                const QModelIndex index = table->model()->index(row, column);
                if (index.data().toString().isEmpty())
                    continue;
                QRect cell = table->visualRect(index);
                if (column == ServerTableModel::Status)
                    cell.setLeft(cell.left() + 22);
                const Measured m = measure(cells, cell.adjusted(1, 1, -1, -1));
                QVERIFY2(m.ratio >= kAA,
                         qPrintable(QStringLiteral("table row %1 column %2: ").arg(row).arg(column) +
                                    m.describe()));
            }
        }

        const QPalette &tableColors = table->palette();
        for (const auto background : {QPalette::Base, QPalette::AlternateBase}) {
            VERIFY_CONTRAST(tableColors.color(QPalette::Text), tableColors.color(background), "table text");
            VERIFY_CONTRAST(StatusPalette::warningText(tableColors), tableColors.color(background),
                            "table warning");
            VERIFY_CONTRAST(StatusPalette::errorText(tableColors), tableColors.color(background),
                            "error text");
            const StatusPalette::SyntaxColors syntax = StatusPalette::syntaxColors(tableColors);
            for (const QColor &color :
                 {syntax.key, syntax.string, syntax.number, syntax.literal, syntax.punctuation})
                VERIFY_CONTRAST(color, tableColors.color(background), "JSON syntax");
        }
        // The status bar's "versions differ" (a style sheet from the status palette).
        const auto *versions = window.findChild<QLabel *>(QStringLiteral("versionLabel"));
        QVERIFY(versions);
        QVERIFY(!versions->styleSheet().isEmpty());
        VERIFY_CONTRAST(versions->palette().color(QPalette::WindowText),
                        window.palette().color(QPalette::Window), "versions differ");
        VERIFY_CONTRAST(StatusPalette::successText(window.palette()),
                        window.palette().color(QPalette::Window), "success text");

        // Each kind of banner, shown in turn in the same place.
        MessageBanner *banner = window.fileBanner();
        const struct
        {
            MessageBanner::Level level;
            const char *name;
        } kinds[] = {{MessageBanner::Level::Info, "info"},
                     {MessageBanner::Level::Warning, "warning"},
                     {MessageBanner::Level::Error, "error"}};
        for (const auto &kind : kinds) {
            banner->showMessage(kind.level, QStringLiteral("A %1 banner").arg(QLatin1String(kind.name)),
                                QStringLiteral("Its text, readable on its background."));
            QCoreApplication::processEvents();
            QVERIFY(banner->isVisible());
            const StatusPalette::Banner kindOf =
                kind.level == MessageBanner::Level::Info      ? StatusPalette::Banner::Info
                : kind.level == MessageBanner::Level::Warning ? StatusPalette::Banner::Warning
                                                              : StatusPalette::Banner::Error;
            const StatusPalette::BannerColors bannerColors =
                StatusPalette::bannerColors(kindOf, window.palette());
            VERIFY_CONTRAST(bannerColors.text, bannerColors.background, kind.name);
            const QImage image = banner->grab().toImage();
            for (const QLabel *label : banner->findChildren<QLabel *>()) {
                if (label->text().isEmpty() || !label->isVisible())
                    continue;
                const Measured m = measure(image, label->geometry());
                QVERIFY2(
                    m.ratio >= kAA,
                    qPrintable(QStringLiteral("%1 banner: ").arg(QLatin1String(kind.name)) + m.describe()));
            }
            if (const QString shots = qEnvironmentVariable("UCMC_SCREENSHOT_DIR"); !shots.isEmpty()) {
                QVERIFY(QDir().mkpath(shots));
                QVERIFY(window.grab().save(
                    QStringLiteral("%1/darkmode-%2-%3.png")
                        .arg(shots, QLatin1String(dark ? "dark" : "light"), QLatin1String(kind.name))));
            }
        }
        banner->hide();
        if (const QString shots = qEnvironmentVariable("UCMC_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(window.grab().save(
                QStringLiteral("%1/darkmode-%2.png").arg(shots, QLatin1String(dark ? "dark" : "light"))));
    }

    // The desktop switches between light and dark while the window is open: banners, the status
    // bar's warning and the overview follow.
    void followsThePaletteAtRuntime()
    {
        QApplication::setPalette(QApplication::style()->standardPalette());
        QSettings settings(m_dir.filePath(QStringLiteral("runtime.ini")), QSettings::IniFormat);
        MainWindow window(settings);
        window.setRememberSites(false);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openFile(m_config);
        configureHost(window);
        QTRY_VERIFY_WITH_TIMEOUT(window.isSettled(), 8000);
        QTRY_VERIFY_WITH_TIMEOUT(
            !window.findChild<QLabel *>(QStringLiteral("versionLabel"))->styleSheet().isEmpty(), 5000);
        MessageBanner *banner = window.fileBanner();
        banner->showMessage(MessageBanner::Level::Warning, QStringLiteral("A warning"),
                            QStringLiteral("Its text."));
        QCoreApplication::processEvents();
        // A dialog (a window of its own) with an error in a style sheet colour.
        AddServerDialog add(&window);
        add.show();
        QVERIFY(QTest::qWaitForWindowExposed(&add));
        add.findChild<QLineEdit *>()->setText(QStringLiteral("ws://"));
        QLabel *preview = nullptr;
        for (QLabel *label : add.findChildren<QLabel *>()) {
            if (!label->styleSheet().isEmpty())
                preview = label;
        }
        QVERIFY(preview);

        for (const bool dark : {true, false}) {
            QApplication::setPalette(dark ? darkDesktopPalette() : QApplication::style()->standardPalette());
            QTest::qWait(50); // the widgets look again once the event loop is back
            const QPalette &colors = window.palette();
            QCOMPARE(StatusPalette::isDark(colors), dark);
            const StatusPalette::BannerColors expected =
                StatusPalette::bannerColors(StatusPalette::Banner::Warning, colors);
            QVERIFY2(banner->styleSheet().contains(expected.background.name()),
                     qPrintable(banner->styleSheet()));
            const Measured m =
                measure(banner->grab().toImage(), banner->findChildren<QLabel *>().at(1)->geometry());
            QCOMPARE(m.background.name(), expected.background.name());
            QVERIFY2(m.ratio >= kAA, qPrintable(m.describe()));
            const auto *versions = window.findChild<QLabel *>(QStringLiteral("versionLabel"));
            QCOMPARE(versions->palette().color(QPalette::WindowText), StatusPalette::warningText(colors));
            QCOMPARE(StatusPalette::isDark(add.palette()), dark);
            QCOMPARE(preview->palette().color(QPalette::WindowText), StatusPalette::errorText(add.palette()));
            const QImage overview = window.topologyView()->grab().toImage();
            const QRect host = window.topologyView()->hostCardRect();
            const Measured card = measure(overview, host.adjusted(14, 10, -14, -92));
            QCOMPARE(card.background, StatusPalette::hostCard(colors));
            QVERIFY2(card.ratio >= kAA, qPrintable(card.describe()));
        }
    }

    // `--dark` (README screenshots): the console's own dark palette is dark and readable.
    void ownDarkPaletteIsReadable()
    {
        const QPalette p = darkPalette();
        QVERIFY(StatusPalette::isDark(p));
        VERIFY_CONTRAST(p.color(QPalette::WindowText), p.color(QPalette::Window), "window text");
        VERIFY_CONTRAST(p.color(QPalette::Text), p.color(QPalette::Base), "text");
        VERIFY_CONTRAST(p.color(QPalette::Text), p.color(QPalette::AlternateBase), "text, alternate rows");
        VERIFY_CONTRAST(p.color(QPalette::ButtonText), p.color(QPalette::Button), "button text");
        VERIFY_CONTRAST(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight), "selection");
        VERIFY_CONTRAST(p.color(QPalette::ToolTipText), p.color(QPalette::ToolTipBase), "tooltip");
        VERIFY_CONTRAST(p.color(QPalette::Link), p.color(QPalette::Base), "link");
    }

    // The export is paper: light, with the light status colours, though the application is dark.
    void exportStaysLight()
    {
        QApplication::setPalette(darkDesktopPalette());
        QSettings settings(m_dir.filePath(QStringLiteral("export.ini")), QSettings::IniFormat);
        MainWindow window(settings);
        window.setRememberSites(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openFile(m_config);
        configureHost(window);
        QTRY_VERIFY_WITH_TIMEOUT(window.isSettled(), 8000);
        TopologyView *view = window.topologyView();
        QTRY_VERIFY_WITH_TIMEOUT(view->hostHealth().ucServer.state != PortHealth::State::Unknown, 8000);

        const TopologyExport page(window.serverModel(), view->hostHealth(),
                                  {QStringLiteral("Site"), m_config, QDateTime::currentDateTime()}, false);
        QImage image(page.size(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            page.paint(p);
        }
        const QPalette light = QApplication::style()->standardPalette();
        const QColor lightCard = StatusPalette::hostCard(light);
        const QColor darkCard = StatusPalette::hostCard(darkDesktopPalette());
        QRect card;
        int darkPixels = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QRgb pixel = image.pixel(x, y) | 0xff000000;
                if (pixel == lightCard.rgb())
                    card |= QRect(x, y, 1, 1);
                darkPixels +=
                    pixel == darkCard.rgb() || pixel == darkDesktopPalette().color(QPalette::Base).rgb();
            }
        }
        QVERIFY2(card.width() > 200 && card.height() > 80, "no light host card in the export");
        QCOMPARE(darkPixels, 0);
        const Measured m = measure(image, card.adjusted(14, 10, -14, -10));
        QCOMPARE(m.background, lightCard);
        QVERIFY2(m.ratio >= kAA, qPrintable(m.describe()));
        if (const QString shots = qEnvironmentVariable("UCMC_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(image.save(shots + QStringLiteral("/darkmode-export.png")));
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
        window.setUcServerHost(QStringLiteral("127.0.14.10"));
    }

    QTemporaryDir m_dir;
    QString m_config;
    std::vector<std::unique_ptr<SimulatedMediaServer>> m_servers;
    std::unique_ptr<procallsim::SimulatedProcallHost> m_host;
};

QTEST_MAIN(TestDarkMode)
#include "tst_darkmode.moc"
