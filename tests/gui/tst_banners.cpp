// The notification area above the dashboard: at most two messages on screen (the most severe)
// with "n more", each dismissable, and a dismissed one keeps its place while the pointer is there,
// so no other button moves under it.
#include "ui/messagebanner.h"
#include "ui/sessionbanners.h"

#include <QPushButton>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace ucmc;

class TestBanners : public QObject
{
    Q_OBJECT

private slots:
    void atMostTwoWithMoreAndEachDismissable()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *banners = new SessionBanners(&window);
        layout->addWidget(banners);
        layout->addStretch();
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        banners->versionBanner()->showMessage(MessageBanner::Level::Warning, QStringLiteral("versions"));
        banners->certificateBanner()->showMessage(MessageBanner::Level::Warning, QStringLiteral("certificate"));
        banners->fileBanner()->showMessage(MessageBanner::Level::Error, QStringLiteral("file"));
        banners->alertBanner()->showMessage(MessageBanner::Level::Error, QStringLiteral("alert"));
        QCoreApplication::processEvents();
        // The two errors are shown; the two warnings wait behind "2 more".
        QVERIFY(banners->alertBanner()->isVisible());
        QVERIFY(banners->fileBanner()->isVisible());
        QVERIFY(!banners->certificateBanner()->isVisible());
        QVERIFY(!banners->versionBanner()->isVisible());
        QVERIFY(banners->moreButton()->isVisible());
        QCOMPARE(banners->moreButton()->text(), QStringLiteral("Show 2 more"));

        // "n more" shows them all, and back.
        banners->moreButton()->click();
        QVERIFY(banners->certificateBanner()->isVisible() && banners->versionBanner()->isVisible());
        banners->moreButton()->click();
        QVERIFY(!banners->certificateBanner()->isVisible());

        // Dismissing the top one: the banner below keeps its place while the pointer is there.
        QCoreApplication::processEvents();
        const QPoint fileButton = banners->fileBanner()->dismissButton()->mapTo(&window, QPoint(0, 0));
        QTest::mouseClick(banners->alertBanner()->dismissButton(), Qt::LeftButton);
        QCoreApplication::processEvents();
        QVERIFY(!banners->alertBanner()->isVisible());
        QVERIFY(!banners->alertBanner()->isWanted());
        QCOMPARE(banners->fileBanner()->dismissButton()->mapTo(&window, QPoint(0, 0)), fileButton);
        QVERIFY(!banners->certificateBanner()->isVisible()); // nothing appears under the pointer either

        // The pointer leaves: the area closes up and the next message moves in.
        QEvent leave(QEvent::Leave);
        QCoreApplication::sendEvent(banners, &leave);
        QCoreApplication::processEvents();
        QVERIFY(banners->fileBanner()->isVisible());
        QVERIFY(banners->certificateBanner()->isVisible()); // a warning moves up to the second place
        QVERIFY(!banners->versionBanner()->isVisible());
        QVERIFY(banners->moreButton()->text().contains(QLatin1Char('1')));

        // Resolved by state: hidden by the program, the last one waiting shows.
        banners->fileBanner()->hide();
        QVERIFY(banners->versionBanner()->isVisible());
        QVERIFY(!banners->moreButton()->isVisible());
        banners->clear();
        QVERIFY(!banners->certificateBanner()->isVisible() && !banners->versionBanner()->isVisible());
    }
};

QTEST_MAIN(TestBanners)
#include "tst_banners.moc"
