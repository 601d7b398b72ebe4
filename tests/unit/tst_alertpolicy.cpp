// The alert policy with a fake clock: coalescing, the dependency on the UCServer host, maintenance,
// the rate limit for flapping servers, recovery alerts, and the tray summary.
#include "models/alertpolicy.h"

#include <QTest>

using namespace ucmc;

namespace {

const QString kA = QStringLiteral("ws://10.21.3.11:8888/kurento");
const QString kB = QStringLiteral("ws://10.21.3.12:8888/kurento");
const QString kC = QStringLiteral("wss://10.21.3.13:8433/kurento");
const QString kD = QStringLiteral("ws://10.21.3.14:8888/kurento");
const QString kE = QStringLiteral("ws://10.21.3.15:8888/kurento");
const QString kHost = QStringLiteral("10.21.3.1");

ServerHealth health(HealthState state, FailureCode failure = FailureCode::None, const QString &version = {})
{
    ServerHealth h;
    h.state = state;
    h.failure = failure;
    h.version = version.isEmpty() && state == HealthState::Up ? QStringLiteral("7.3.0") : version;
    return h;
}

HealthUpdates update(const QString &key, HealthState state, FailureCode failure = FailureCode::None)
{
    return {HealthUpdate{key, health(state, failure)}};
}

HostHealth host(PortHealth::State ucServer, PortHealth::State webServer, int httpStatus = 0,
               PortHealth::State webServerHttps = PortHealth::State::Unknown)
{
    HostHealth h;
    h.host = kHost;
    h.ucServer.state = ucServer;
    h.ucServer.port = 7222;
    h.webServer.state = webServer;
    h.webServer.port = 7224;
    h.webServer.httpStatus = httpStatus;
    h.webServerHttps.state = webServerHttps;
    h.webServerHttps.port = 7225;
    h.webServerHttps.httpStatus = webServerHttps == PortHealth::State::Open ? httpStatus : 0;
    return h;
}

constexpr auto Open = PortHealth::State::Open;
constexpr auto Closed = PortHealth::State::Closed;

// Collects every alert while the fake clock runs from `from` to `to` in steps.
QList<Alert> run(AlertPolicy &policy, qint64 from, qint64 to, qint64 step = 100)
{
    QList<Alert> alerts;
    for (qint64 t = from; t <= to; t += step)
        alerts.append(policy.takeAlerts(t));
    return alerts;
}

} // namespace

class TestAlertPolicy : public QObject
{
    Q_OBJECT

private:
    // Five media servers, all up at t=0, and a healthy host.
    AlertPolicy fleet(AlertSettings settings = {})
    {
        AlertPolicy policy(settings);
        policy.setServers({kA, kB, kC, kD, kE});
        policy.setUcServerHost(kHost);
        policy.applyHostHealth(host(Open, Open, 200), 0);
        HealthUpdates all;
        for (const QString &key : {kA, kB, kC, kD, kE})
            all.append(HealthUpdate{key, health(HealthState::Up)});
        policy.applyHealth(all, 0);
        [[maybe_unused]] const auto startup = policy.takeAlerts(10'000); // nothing was down: nothing to say
        return policy;
    }

private slots:
    void startupWithEverythingUpIsQuiet()
    {
        AlertPolicy policy = fleet();
        QCOMPARE(policy.nextDueMs(), -1);
        QVERIFY(run(policy, 10'000, 20'000).isEmpty());
    }

    void oneServerDownAfterTheWindow()
    {
        AlertPolicy policy = fleet();
        policy.applyHealth(update(kB, HealthState::GoingDown, FailureCode::RpcTimeout), 20'000);
        policy.applyHealth(update(kB, HealthState::Down, FailureCode::TcpRefused), 21'000);
        QCOMPARE(policy.nextDueMs(), 24'000); // the window opened with the first change
        QVERIFY(policy.takeAlerts(23'999).isEmpty());
        const QList<Alert> alerts = policy.takeAlerts(24'000);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().severity, Alert::Severity::Critical);
        QCOMPARE(alerts.first().title, QStringLiteral("Media server 10.21.3.12 is down"));
        QCOMPARE(alerts.first().text, QStringLiteral("%1 is down: Connection refused").arg(kB));
        QCOMPARE(alerts.first().servers, QStringList{kB});
        QCOMPARE(policy.nextDueMs(), -1);
        QVERIFY(run(policy, 24'000, 60'000).isEmpty());
    }

    void goingDownAloneIsNotAnAlert()
    {
        AlertPolicy policy = fleet();
        policy.applyHealth(update(kB, HealthState::GoingDown, FailureCode::RpcTimeout), 20'000);
        policy.applyHealth(update(kB, HealthState::Up), 21'000);
        QVERIFY(run(policy, 20'000, 40'000).isEmpty());
    }

    void changesWithinTheWindowBecomeOneNotification()
    {
        AlertPolicy policy = fleet();
        policy.applyHealth(update(kA, HealthState::Down, FailureCode::TcpRefused), 20'000);
        policy.applyHealth(update(kB, HealthState::Down, FailureCode::WsClosed), 20'500);
        policy.applyHealth(update(kD, HealthState::Down, FailureCode::RpcTimeout), 22'900);
        const QList<Alert> alerts = run(policy, 20'000, 40'000);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().title, QStringLiteral("3 media servers are down"));
        QCOMPARE(alerts.first().text, QStringLiteral("Down: 10.21.3.11, 10.21.3.12, 10.21.3.14"));
        QCOMPARE(alerts.first().servers, (QStringList{kA, kB, kD}));

        // Many at once: the names are cut short.
        AlertSettings settings;
        settings.maxNames = 2;
        AlertPolicy few = fleet(settings);
        HealthUpdates downs;
        for (const QString &key : {kA, kB, kC, kD})
            downs.append(update(key, HealthState::Down, FailureCode::TcpRefused));
        few.applyHealth(downs, 20'000);
        const QList<Alert> cut = few.takeAlerts(23'000);
        QCOMPARE(cut.size(), 1);
        QCOMPARE(cut.first().text, QStringLiteral("Down: 10.21.3.11, 10.21.3.12 and 2 more"));
    }

    void aServerBackWithinTheWindowIsNotMentioned()
    {
        AlertPolicy policy = fleet();
        policy.applyHealth(update(kA, HealthState::Down, FailureCode::WsClosed), 20'000);
        policy.applyHealth(update(kA, HealthState::GoingUp), 21'000);
        policy.applyHealth(update(kA, HealthState::Up), 22'000);
        policy.applyHealth(update(kB, HealthState::Down, FailureCode::TcpRefused), 22'500);
        const QList<Alert> alerts = run(policy, 20'000, 40'000);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().servers, QStringList{kB});
    }

    void recoveryIsToldOnlyAfterATold()
    {
        AlertPolicy policy = fleet();
        policy.applyHealth(update(kC, HealthState::Down, FailureCode::TlsUntrusted), 20'000);
        QCOMPARE(run(policy, 20'000, 30'000).size(), 1);
        policy.applyHealth(update(kC, HealthState::GoingUp), 40'000);
        QVERIFY(run(policy, 40'000, 45'000).isEmpty()); // going up is still down
        policy.applyHealth(update(kC, HealthState::Up), 46'000);
        const QList<Alert> alerts = run(policy, 46'000, 60'000);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().severity, Alert::Severity::Info);
        QCOMPARE(alerts.first().title, QStringLiteral("Media server 10.21.3.13 is up again"));
        QCOMPARE(alerts.first().text, QStringLiteral("Up again: 10.21.3.13"));

        // A server that comes up for the first time was never reported down: nothing to say.
        AlertPolicy fresh;
        fresh.setServers({kA});
        fresh.applyHealth(update(kA, HealthState::Connecting), 0);
        fresh.applyHealth(update(kA, HealthState::Up), 500);
        QVERIFY(run(fresh, 0, 10'000).isEmpty());
    }

    void serversDownAtStartAreToldOnce()
    {
        AlertPolicy policy;
        policy.setServers({kA, kB});
        policy.applyHealth(update(kA, HealthState::Down, FailureCode::TcpRefused), 100);
        policy.applyHealth(update(kB, HealthState::Up), 120);
        const QList<Alert> alerts = run(policy, 0, 20'000);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().servers, QStringList{kA});
    }

    void maintenanceNeverAlerts()
    {
        AlertPolicy policy = fleet();
        policy.setMaintenance(kA, true);
        policy.applyHealth(update(kA, HealthState::Down, FailureCode::TcpRefused), 20'000);
        policy.applyHealth(update(kB, HealthState::Maintenance), 20'000); // as the monitor reports it
        ServerEvent restart;
        restart.kind = ServerEvent::Kind::Restarted;
        restart.server = kA;
        policy.applyEvent(restart, 20'100);
        QVERIFY(run(policy, 20'000, 40'000).isEmpty());
        policy.applyHealth(update(kA, HealthState::Up), 50'000);
        QVERIFY(run(policy, 50'000, 60'000).isEmpty());

        // A server told down and then put in maintenance gets no "up again" either.
        policy.applyHealth(update(kD, HealthState::Down, FailureCode::TcpRefused), 70'000);
        QCOMPARE(run(policy, 70'000, 80'000).size(), 1);
        policy.setMaintenance(kD, true);
        policy.applyHealth(update(kD, HealthState::Up), 90'000);
        QVERIFY(run(policy, 90'000, 100'000).isEmpty());

        // Maintenance over while still down: that is news.
        policy.setMaintenance(kA, false);
        policy.applyHealth(update(kA, HealthState::Down, FailureCode::TcpRefused), 110'000);
        QCOMPARE(run(policy, 110'000, 120'000).size(), 1);
    }

    void unreachableHostIsOneAlertForEverything()
    {
        AlertPolicy policy = fleet();
        // The site drops off the network: the host's ports and the media servers, in any order.
        policy.applyHealth(update(kA, HealthState::Down, FailureCode::WsClosed), 20'000);
        policy.applyHostHealth(host(Closed, Closed), 20'300);
        HealthUpdates rest;
        for (const QString &key : {kB, kC, kD, kE})
            rest.append(update(key, HealthState::Down, FailureCode::TcpTimeout));
        policy.applyHealth(rest, 21'000);
        QVERIFY(policy.isHostUnreachable());
        const QList<Alert> alerts = run(policy, 20'000, 60'000);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().severity, Alert::Severity::Critical);
        QCOMPARE(alerts.first().title, QStringLiteral("UCServer host 10.21.3.1 is unreachable"));
        QVERIFY2(alerts.first().text.contains(QLatin1String("5 media servers are down with it")),
                 qPrintable(alerts.first().text));
        QCOMPARE(alerts.first().servers.first(), kHost);

        // It comes back; the media servers reconnect a little later: one "answers again".
        policy.applyHostHealth(host(Open, Open, 200), 100'000);
        HealthUpdates back;
        for (const QString &key : {kA, kB, kC, kD})
            back.append(update(key, HealthState::Up));
        policy.applyHealth(back, 104'000);
        QList<Alert> after = run(policy, 100'000, 114'000);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().severity, Alert::Severity::Info);
        QCOMPARE(after.first().title, QStringLiteral("UCServer host 10.21.3.1 answers again"));

        // One server is still down after the grace period: now it speaks for itself.
        after = run(policy, 114'100, 130'000);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().title, QStringLiteral("Media server 10.21.3.15 is down"));
        QCOMPARE(policy.nextDueMs(), -1);
    }

    void aSiteThatFellWaitsForTheHostsNextCheck()
    {
        AlertPolicy policy = fleet();
        HealthUpdates all;
        for (const QString &key : {kA, kB, kC, kD, kE})
            all.append(update(key, HealthState::Down, FailureCode::WsClosed));
        policy.applyHealth(all, 20'000);
        // The host was last checked before: wait for its word instead of alerting twice.
        QCOMPARE(policy.nextDueMs(), 20'000 + 3'000 + 6'000);
        QVERIFY(policy.takeAlerts(23'000).isEmpty());
        policy.applyHostHealth(host(Closed, Closed), 24'500);
        const QList<Alert> alerts = policy.takeAlerts(24'500);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().title, QStringLiteral("UCServer host 10.21.3.1 is unreachable"));
        QVERIFY(run(policy, 24'600, 60'000).isEmpty());

        // The host answers after all: then the media servers are the news, when its check came in.
        AlertPolicy other = fleet();
        other.applyHealth(all, 20'000);
        other.applyHostHealth(host(Open, Open, 200), 25'000);
        const QList<Alert> down = run(other, 20'000, 40'000);
        QCOMPARE(down.size(), 1);
        QCOMPARE(down.first().title, QStringLiteral("5 media servers are down"));

        // And if the host's check never comes, the wait is bounded.
        AlertPolicy silent = fleet();
        silent.applyHealth(all, 20'000);
        QVERIFY(silent.takeAlerts(28'999).isEmpty());
        QCOMPARE(silent.takeAlerts(29'000).size(), 1);
    }

    void hostMarkedUnreachableBySetting()
    {
        AlertPolicy policy = fleet();
        policy.setHostMarkedUnreachable(true, 20'000);
        policy.applyHealth(update(kA, HealthState::Down, FailureCode::TcpTimeout), 20'500);
        const QList<Alert> alerts = run(policy, 20'000, 40'000);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().title, QStringLiteral("UCServer host 10.21.3.1 is unreachable"));

        // Without the dependency every media server speaks for itself.
        AlertSettings independent;
        independent.hostDependency = false;
        AlertPolicy plain = fleet(independent);
        plain.applyHostHealth(host(Closed, Closed), 20'000);
        plain.applyHealth(update(kA, HealthState::Down, FailureCode::TcpTimeout), 20'500);
        const QList<Alert> both = run(plain, 20'000, 40'000);
        QCOMPARE(both.size(), 1);
        QCOMPARE(both.first().servers, (QStringList{kHost, kA}));
        QVERIFY(both.first().text.contains(kA));
    }

    void hostPortsAlertAndRecover()
    {
        AlertPolicy policy = fleet();
        policy.applyHostHealth(host(Open, Open, 502), 20'000);
        QList<Alert> alerts = run(policy, 20'000, 30'000);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().severity, Alert::Severity::Critical);
        QVERIFY2(alerts.first().text.contains(QLatin1String("UCServer is not connected")),
                 qPrintable(alerts.first().text));

        policy.applyHostHealth(host(Closed, Open, 502), 40'000);
        alerts = run(policy, 40'000, 50'000);
        QCOMPARE(alerts.size(), 1);
        QVERIFY(alerts.first().text.contains(QLatin1String("port 7222")));

        policy.applyHostHealth(host(Open, Open, 200), 60'000);
        alerts = run(policy, 60'000, 70'000);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().severity, Alert::Severity::Info);
        QCOMPARE(alerts.first().title, QStringLiteral("UCServer host 10.21.3.1 answers again"));
        QCOMPARE(alerts.first().text.count(QLatin1String("answers again")), 2);
    }

    void flappingServerIsRateLimited()
    {
        AlertSettings settings;
        settings.serverPeriodMs = 60'000;
        AlertPolicy policy = fleet(settings);
        QList<Alert> alerts;
        qint64 t = 20'000;
        // Down and up every 10 s for two minutes.
        for (int i = 0; i < 12; ++i) {
            policy.applyHealth(update(kA, HealthState::Down, FailureCode::WsClosed), t);
            alerts.append(run(policy, t, t + 4'900));
            policy.applyHealth(update(kA, HealthState::Up), t + 5'000);
            alerts.append(run(policy, t + 5'000, t + 9'900));
            t += 10'000;
        }
        // Down, up again; then held back until the period ended, told with how often; up again.
        QStringList titles;
        for (const Alert &a : alerts)
            titles.append(a.title);
        QCOMPARE(titles.count(QStringLiteral("Media server 10.21.3.11 is down")), 2);
        QVERIFY2(alerts.size() <= 4, qPrintable(titles.join(u'|')));
        QCOMPARE(alerts.first().title, QStringLiteral("Media server 10.21.3.11 is down"));
        QCOMPARE(alerts.at(1).title, QStringLiteral("Media server 10.21.3.11 is up again"));

        // A down that is held back is told at the period's end if the server is still down.
        AlertPolicy held = fleet(settings);
        held.applyHealth(update(kB, HealthState::Down, FailureCode::WsClosed), 20'000);
        QCOMPARE(run(held, 20'000, 25'000).size(), 1);
        held.applyHealth(update(kB, HealthState::Up), 26'000);
        QCOMPARE(run(held, 26'000, 30'000).size(), 1);
        held.applyHealth(update(kB, HealthState::Down, FailureCode::WsClosed), 31'000);
        held.applyHealth(update(kB, HealthState::Up), 35'000);
        held.applyHealth(update(kB, HealthState::Down, FailureCode::WsClosed), 40'000);
        QVERIFY(run(held, 31'000, 79'900).isEmpty());
        QCOMPARE(held.nextDueMs(), 83'000); // 60 s after the first down alert
        const QList<Alert> late = run(held, 80'000, 90'000);
        QCOMPARE(late.size(), 1);
        QCOMPARE(late.first().title, QStringLiteral("Media server 10.21.3.12 is down"));
        QVERIFY2(late.first().text.contains(QLatin1String("went down 2 times")),
                 qPrintable(late.first().text));
    }

    void restartsAndCertificateChangesAreTold()
    {
        AlertPolicy policy = fleet();
        ServerEvent restart;
        restart.kind = ServerEvent::Kind::Restarted;
        restart.server = kD;
        policy.applyEvent(restart, 20'000);
        QList<Alert> alerts = run(policy, 20'000, 30'000);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().severity, Alert::Severity::Warning);
        QCOMPARE(alerts.first().title, QStringLiteral("Media server 10.21.3.14 restarted"));

        ServerEvent certificate;
        certificate.kind = ServerEvent::Kind::CertificateChanged;
        certificate.server = kC;
        policy.applyEvent(certificate, 40'000);
        alerts = run(policy, 40'000, 50'000);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().severity, Alert::Severity::Critical);

        // A certificate that expires soon: a warning with the event's words, once.
        ServerEvent expiring;
        expiring.kind = ServerEvent::Kind::CertificateExpiring;
        expiring.server = kB;
        expiring.text = QStringLiteral("The certificate expires in 12 days");
        policy.applyEvent(expiring, 45'000);
        alerts = run(policy, 45'000, 55'000);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().severity, Alert::Severity::Warning);
        QCOMPARE(alerts.first().title, QStringLiteral("The certificate of 10.21.3.12 expires soon"));
        QVERIFY(alerts.first().text.contains(QStringLiteral("expires in 12 days")));
        QVERIFY(run(policy, 55'000, 65'000).isEmpty());

        // Other kinds and unknown servers are not alerts.
        ServerEvent version;
        version.kind = ServerEvent::Kind::VersionChanged;
        version.server = kA;
        policy.applyEvent(version, 60'000);
        restart.server = QStringLiteral("ws://elsewhere:8888/kurento");
        policy.applyEvent(restart, 60'000);
        QVERIFY(run(policy, 60'000, 70'000).isEmpty());
    }

    void forgottenServersSayNothing()
    {
        AlertPolicy policy = fleet();
        policy.applyHealth(update(kE, HealthState::Down, FailureCode::TcpRefused), 20'000);
        policy.setServers({kA, kB, kC, kD});
        QVERIFY(run(policy, 20'000, 30'000).isEmpty());
        // A late report about the removed server changes nothing either.
        policy.applyHealth(update(kE, HealthState::Down, FailureCode::TcpRefused), 31'000);
        QVERIFY(run(policy, 31'000, 40'000).isEmpty());
        QCOMPARE(policy.traySummary(40'000).toolTip, QStringLiteral("4 of 4 media servers up"));
    }

    void traySummary()
    {
        AlertPolicy policy = fleet();
        TraySummary tray = policy.traySummary(0);
        QCOMPARE(tray.level, TraySummary::Level::Ok);
        QCOMPARE(tray.toolTip, QStringLiteral("5 of 5 media servers up"));

        policy.applyHealth(update(kB, HealthState::Down, FailureCode::TcpRefused), 1000);
        tray = policy.traySummary(1000);
        QCOMPARE(tray.level, TraySummary::Level::Critical);
        QCOMPARE(tray.toolTip, QStringLiteral("4 of 5 media servers up; 1 down: 10.21.3.12"));

        policy.applyHealth(update(kB, HealthState::Up), 2000);
        policy.applyHealth(update(kA, HealthState::GoingDown, FailureCode::RpcTimeout), 2000);
        QCOMPARE(policy.traySummary(2000).level, TraySummary::Level::Warning);

        policy.applyHealth(update(kA, HealthState::Up), 3000);
        policy.applyHealth(
            {HealthUpdate{kE, health(HealthState::Up, FailureCode::None, QStringLiteral("6.18.0"))}}, 3000);
        tray = policy.traySummary(3000);
        QCOMPARE(tray.level, TraySummary::Level::Warning);
        QCOMPARE(tray.toolTip, QStringLiteral("5 of 5 media servers up; versions differ"));

        policy.setMaintenance(kE, true);
        ServerHealth expiring = health(HealthState::Up);
        expiring.certificate.sha256 = QByteArray(32, 'x');
        expiring.certificate.notAfter = QDateTime::fromMSecsSinceEpoch(3000, Qt::UTC).addDays(12).addSecs(60);
        policy.applyHealth({HealthUpdate{kC, expiring}}, 3000);
        tray = policy.traySummary(3000);
        QCOMPARE(tray.level, TraySummary::Level::Warning);
        QCOMPARE(
            tray.toolTip,
            QStringLiteral(
                "4 of 5 media servers up; 1 in maintenance; certificate of 10.21.3.13 expires in 12 days"));

        policy.applyHostHealth(host(Closed, Closed), 4000);
        tray = policy.traySummary(4000);
        QCOMPARE(tray.level, TraySummary::Level::Critical);
        QVERIFY(tray.toolTip.contains(QLatin1String("UCServer host 10.21.3.1 unreachable")));

        AlertPolicy empty;
        QCOMPARE(empty.traySummary(0).toolTip, QStringLiteral("No media servers"));
        QCOMPARE(empty.traySummary(0).level, TraySummary::Level::Ok);
    }

    void httpsClosedIsATrayWarningNotAnAlert()
    {
        AlertPolicy policy = fleet();
        policy.applyHostHealth(host(Open, Open, 200, Open), 1000);
        QVERIFY(run(policy, 1000, 10'000).isEmpty());
        QCOMPARE(policy.traySummary(10'000).level, TraySummary::Level::Ok);

        // HTTPS stops answering while HTTP does: a warning line, no notification, not unreachable.
        policy.applyHostHealth(host(Open, Open, 200, Closed), 11'000);
        QVERIFY(run(policy, 11'000, 30'000).isEmpty());
        QVERIFY(!policy.isHostUnreachable());
        TraySummary tray = policy.traySummary(30'000);
        QCOMPARE(tray.level, TraySummary::Level::Warning);
        QCOMPARE(tray.toolTip, QStringLiteral("5 of 5 media servers up; UC WebServer HTTPS not answering"));

        // With HTTP down too, the WebServer line says it all (critical), without the HTTPS line.
        policy.applyHostHealth(host(Open, Closed, 0, Closed), 31'000);
        tray = policy.traySummary(31'000);
        QCOMPARE(tray.level, TraySummary::Level::Critical);
        QVERIFY2(tray.toolTip.contains(QLatin1String("UC WebServer not answering")), qPrintable(tray.toolTip));
        QVERIFY2(!tray.toolTip.contains(QLatin1String("HTTPS")), qPrintable(tray.toolTip));

        // "Unreachable" is the UCServer and HTTP ports: an answering HTTPS port does not change it.
        policy.applyHostHealth(host(Closed, Closed, 0, Open), 41'000);
        QVERIFY(policy.isHostUnreachable());
        policy.applyHostHealth(host(Closed, Closed, 0, Closed), 42'000);
        QVERIFY(policy.isHostUnreachable());
        QVERIFY(!policy.traySummary(42'000).toolTip.contains(QLatin1String("HTTPS")));

        // Back: the line goes away.
        policy.applyHostHealth(host(Open, Open, 200, Open), 100'000);
        tray = policy.traySummary(100'000);
        QCOMPARE(tray.level, TraySummary::Level::Ok);
        QCOMPARE(tray.toolTip, QStringLiteral("5 of 5 media servers up"));
    }

    void shortNames()
    {
        QCOMPARE(shortServerNames({kA, kB}),
                 (QStringList{QStringLiteral("10.21.3.11"), QStringLiteral("10.21.3.12")}));
        QCOMPARE(shortServerNames({QStringLiteral("ws://127.0.0.1:8888/kurento"),
                                   QStringLiteral("ws://127.0.0.1:8889/kurento"), kA}),
                 (QStringList{QStringLiteral("127.0.0.1:8888"), QStringLiteral("127.0.0.1:8889"),
                              QStringLiteral("10.21.3.11")}));
        QCOMPARE(shortServerNames({QStringLiteral("ws://h:1/a"), QStringLiteral("ws://h:1/b")}),
                 (QStringList{QStringLiteral("ws://h:1/a"), QStringLiteral("ws://h:1/b")}));
        QCOMPARE(shortServerNames({QStringLiteral("not a url")}), QStringList{QStringLiteral("not a url")});
    }
};

QTEST_GUILESS_MAIN(TestAlertPolicy)
#include "tst_alertpolicy.moc"
