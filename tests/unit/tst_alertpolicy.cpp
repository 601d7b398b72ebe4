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

// One media server's state from `at` on.
struct Step
{
    qint64 at;
    HealthState state;
};

struct Told
{
    qint64 at;
    Alert alert;
    HealthState state; // the server's real state when the alert was told
};

// Runs the clock from `from` to `to` in 100 ms steps, feeding `key` its states as their time comes,
// and records every alert with the server's real state at that moment.
QList<Told> runTimeline(AlertPolicy &policy, const QString &key, const QList<Step> &steps, qint64 from,
                        qint64 to)
{
    QList<Told> told;
    HealthState state = HealthState::Up;
    qsizetype next = 0;
    for (qint64 t = from; t <= to; t += 100) {
        while (next < steps.size() && steps.at(next).at <= t) {
            state = steps.at(next).state;
            policy.applyHealth(
                update(key, state, state == HealthState::Down ? FailureCode::WsClosed : FailureCode::None),
                t);
            ++next;
        }
        for (const Alert &alert : policy.takeAlerts(t))
            told.append({t, alert, state});
    }
    return told;
}

QList<int> kindsOf(const QList<Alert> &alerts)
{
    QList<int> kinds;
    for (const Alert &a : alerts)
        kinds.append(int(a.kind));
    return kinds;
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
        QCOMPARE(alerts.first().kind, Alert::Kind::ServersDown);
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
        QCOMPARE(alerts.first().kind, Alert::Kind::ServersUp);
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
        // Two kinds, two alerts: the host's problem, then the media server.
        const QList<Alert> both = run(plain, 20'000, 40'000);
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.at(0).kind, Alert::Kind::HostProblem);
        QCOMPARE(both.at(0).servers, QStringList{kHost});
        QVERIFY(!both.at(0).text.contains(kA));
        QCOMPARE(both.at(1).kind, Alert::Kind::ServersDown);
        QCOMPARE(both.at(1).servers, QStringList{kA});
        QVERIFY(both.at(1).text.contains(kA));
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
        QList<Alert::Kind> expected; // what each alert must be: the state while it was told
        qint64 t = 20'000;
        // Down and up every 10 s for two minutes.
        for (int i = 0; i < 12; ++i) {
            policy.applyHealth(update(kA, HealthState::Down, FailureCode::WsClosed), t);
            for (const Alert &a : run(policy, t, t + 4'900)) {
                alerts.append(a);
                expected.append(Alert::Kind::ServersDown);
            }
            policy.applyHealth(update(kA, HealthState::Up), t + 5'000);
            for (const Alert &a : run(policy, t + 5'000, t + 9'900)) {
                alerts.append(a);
                expected.append(Alert::Kind::ServersUp);
            }
            t += 10'000;
        }
        // Down, up again, down again (never held back: its told word was "up"); the next "up again"
        // is held back to the end of the period, told with how often it went down; then down.
        QStringList titles;
        for (const Alert &a : alerts)
            titles.append(a.title);
        QCOMPARE(titles, (QStringList{QStringLiteral("Media server 10.21.3.11 is down"),
                                      QStringLiteral("Media server 10.21.3.11 is up again"),
                                      QStringLiteral("Media server 10.21.3.11 is down"),
                                      QStringLiteral("Media server 10.21.3.11 is up again"),
                                      QStringLiteral("Media server 10.21.3.11 is down")}));
        for (qsizetype i = 0; i < alerts.size(); ++i)
            QCOMPARE(alerts.at(i).kind, expected.at(i));
        QVERIFY2(alerts.at(3).text.contains(QLatin1String("went down 6 times")),
                 qPrintable(alerts.at(3).text));
        // It stays up: the held-back "up again" comes, and the last word is the real state.
        const QList<Alert> last = run(policy, t, t + 60'000);
        QCOMPARE(last.size(), 1);
        QCOMPARE(last.first().kind, Alert::Kind::ServersUp);
        QVERIFY(run(policy, t + 60'100, t + 200'000).isEmpty());

        // A down that repeats the told word ("down": its "up again" was held back) is held back and
        // told at the end of the period since the last down alert if the server is still down.
        AlertPolicy held = fleet(settings);
        held.applyHealth(update(kB, HealthState::Down, FailureCode::WsClosed), 20'000);
        QCOMPARE(run(held, 20'000, 25'000).size(), 1);
        held.applyHealth(update(kB, HealthState::Up), 26'000);
        QCOMPARE(run(held, 26'000, 30'000).size(), 1);
        held.applyHealth(update(kB, HealthState::Down, FailureCode::WsClosed), 31'000);
        QList<Alert> again = run(held, 31'000, 34'900);
        QCOMPARE(again.size(), 1); // the old policy held this one back for the rest of the period
        QCOMPARE(again.first().kind, Alert::Kind::ServersDown);
        QVERIFY2(again.first().text.contains(QLatin1String("went down 2 times")),
                 qPrintable(again.first().text));
        held.applyHealth(update(kB, HealthState::Up), 35'000);
        held.applyHealth(update(kB, HealthState::Down, FailureCode::WsClosed), 40'000);
        QVERIFY(run(held, 35'000, 89'900).isEmpty());
        QCOMPARE(held.nextDueMs(), 94'000); // 60 s after the last down alert
        const QList<Alert> late = run(held, 90'000, 100'000);
        QCOMPARE(late.size(), 1);
        QCOMPARE(late.first().kind, Alert::Kind::ServersDown);
        QCOMPARE(late.first().title, QStringLiteral("Media server 10.21.3.12 is down"));
        QVERIFY2(late.first().text.contains(QLatin1String("went down 2 times")),
                 qPrintable(late.first().text));
        QVERIFY(run(held, 100'000, 200'000).isEmpty());
    }

    // (a) down, told; up, "up again" told; down again within the period: told as down, promptly.
    void downAgainAfterUpAgainIsTold()
    {
        AlertPolicy policy = fleet();
        policy.applyHealth(update(kA, HealthState::Down, FailureCode::TcpRefused), 20'000);
        QList<Alert> alerts = run(policy, 20'000, 29'900);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().kind, Alert::Kind::ServersDown);
        policy.applyHealth(update(kA, HealthState::Up), 30'000);
        alerts = run(policy, 30'000, 39'900);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().kind, Alert::Kind::ServersUp);
        policy.applyHealth(update(kA, HealthState::Down, FailureCode::TcpRefused), 40'000);
        QCOMPARE(policy.nextDueMs(), 43'000); // the usual window, not the rate period
        QVERIFY(policy.takeAlerts(42'900).isEmpty());
        alerts = policy.takeAlerts(43'000);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().kind, Alert::Kind::ServersDown);
        QCOMPARE(alerts.first().severity, Alert::Severity::Critical);
        QCOMPARE(alerts.first().title, QStringLiteral("Media server 10.21.3.11 is down"));
        QCOMPARE(alerts.first().servers, QStringList{kA});

        // The second "up again" within the period is a repeat: held back to the period's end,
        // then told because it is still up.
        policy.applyHealth(update(kA, HealthState::Up), 50'000);
        QVERIFY(run(policy, 50'000, 632'900).isEmpty());
        QCOMPARE(policy.nextDueMs(), 33'000 + 600'000);
        alerts = policy.takeAlerts(633'000);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().kind, Alert::Kind::ServersUp);

        // The same for the host's ports: a problem after its "answers again" is told at once.
        policy.applyHostHealth(host(Open, Open, 502), 700'000);
        alerts = run(policy, 700'000, 710'000);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().kind, Alert::Kind::HostProblem);
        policy.applyHostHealth(host(Open, Open, 200), 720'000);
        alerts = run(policy, 720'000, 730'000);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().kind, Alert::Kind::HostRecovered);
        policy.applyHostHealth(host(Open, Closed), 740'000);
        alerts = run(policy, 740'000, 743'000);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().kind, Alert::Kind::HostProblem);
        QVERIFY2(alerts.first().text.contains(QLatin1String("port 7224")), qPrintable(alerts.first().text));
        // And the host as a whole: unreachable, back, unreachable again within the period.
        policy.applyHostHealth(host(Open, Open, 200), 750'000);
        QVERIFY(run(policy, 750'000, 760'000).isEmpty()); // a second "answers again": held back
        policy.applyHostHealth(host(Closed, Closed), 760'000);
        alerts = run(policy, 760'000, 770'000);
        QCOMPARE(alerts.size(), 1); // a new problem: never held back
        QCOMPARE(alerts.first().kind, Alert::Kind::HostProblem);
        QCOMPARE(alerts.first().title, QStringLiteral("UCServer host 10.21.3.1 is unreachable"));
        // Back (held: an "answers again" was told at 723 s), unreachable again: its told word is
        // "unreachable" and it is, so that is a repeat, told at the period's end with the count.
        policy.applyHostHealth(host(Open, Open, 200), 780'000);
        QVERIFY(run(policy, 780'000, 790'000).isEmpty());
        QCOMPARE(policy.nextDueMs(), 723'000 + 600'000);
        policy.applyHostHealth(host(Closed, Closed), 800'000);
        QVERIFY(run(policy, 800'000, 1'362'900).isEmpty());
        alerts = policy.takeAlerts(1'363'000);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().kind, Alert::Kind::HostProblem);
        QCOMPARE(alerts.first().title, QStringLiteral("UCServer host 10.21.3.1 is unreachable"));
        QVERIFY2(alerts.first().text.contains(QLatin1String("had a problem 2 times")),
                 qPrintable(alerts.first().text));
        QCOMPARE(policy.nextDueMs(), -1);
    }

    // (b) Three media servers down and the UC WebServer's port closed at once, one of the servers
    // told down and up again shortly before: every due alert says down, none "up again".
    void serversAndWebServerDownAtOnce()
    {
        AlertPolicy policy = fleet();
        policy.applyHealth(update(kA, HealthState::Down, FailureCode::TcpRefused), 20'000);
        QCOMPARE(run(policy, 20'000, 29'900).size(), 1);
        policy.applyHealth(update(kA, HealthState::Up), 30'000);
        QCOMPARE(run(policy, 30'000, 39'900).size(), 1);

        HealthUpdates downs;
        for (const QString &key : {kA, kB, kC})
            downs.append(update(key, HealthState::Down, FailureCode::TcpRefused));
        policy.applyHealth(downs, 40'000);
        policy.applyHostHealth(host(Open, Closed), 40'000);
        const QList<Alert> alerts = run(policy, 40'000, 60'000);
        QCOMPARE(alerts.size(), 2);
        QCOMPARE(alerts.at(0).kind, Alert::Kind::HostProblem);
        QCOMPARE(alerts.at(0).title, QStringLiteral("UCServer host 10.21.3.1 has a problem"));
        QVERIFY2(alerts.at(0).text.contains(
                     QLatin1String("UC WebServer on 10.21.3.1 does not answer on port 7224")),
                 qPrintable(alerts.at(0).text));
        QCOMPARE(alerts.at(1).kind, Alert::Kind::ServersDown);
        QCOMPARE(alerts.at(1).title, QStringLiteral("3 media servers are down"));
        QCOMPARE(alerts.at(1).servers, (QStringList{kA, kB, kC}));
        for (const Alert &a : alerts)
            QVERIFY2(!a.title.contains(QLatin1String("up again")) &&
                         !a.text.contains(QLatin1String("Up again")),
                     qPrintable(a.title + u'\n' + a.text));
        QVERIFY(alerts.last().kind != Alert::Kind::ServersUp);

        // The same while its "up again" is still in the window: the net effect is "still down".
        AlertPolicy quick = fleet();
        quick.applyHealth(update(kA, HealthState::Down, FailureCode::TcpRefused), 20'000);
        QCOMPARE(run(quick, 20'000, 29'900).size(), 1);
        quick.applyHealth(update(kA, HealthState::Up), 30'000);
        quick.applyHealth(downs, 31'000);
        quick.applyHostHealth(host(Open, Closed), 31'500);
        const QList<Alert> net = run(quick, 30'000, 60'000);
        QCOMPARE(kindsOf(net), (QList<int>{int(Alert::Kind::HostProblem), int(Alert::Kind::ServersDown)}));
        QCOMPARE(net.at(1).servers, (QStringList{kB, kC}));
        QVERIFY2(net.at(1).text.contains(QLatin1String("Still down: 10.21.3.11")),
                 qPrintable(net.at(1).text));
    }

    // (c) A server down and a certificate about to expire in the same window: two alerts.
    void downAndCertificateExpiringAreSeparate()
    {
        AlertPolicy policy = fleet();
        policy.applyHealth(update(kA, HealthState::Down, FailureCode::TcpRefused), 20'000);
        ServerEvent expiring;
        expiring.kind = ServerEvent::Kind::CertificateExpiring;
        expiring.server = kC;
        expiring.text = QStringLiteral("The certificate expires in 12 days");
        policy.applyEvent(expiring, 21'000);
        const QList<Alert> alerts = run(policy, 20'000, 40'000);
        QCOMPARE(alerts.size(), 2);
        QCOMPARE(alerts.at(0).kind, Alert::Kind::ServersDown);
        QCOMPARE(alerts.at(0).severity, Alert::Severity::Critical);
        QCOMPARE(alerts.at(0).servers, QStringList{kA});
        QCOMPARE(alerts.at(0).title, QStringLiteral("Media server 10.21.3.11 is down"));
        QVERIFY2(!alerts.at(0).text.contains(QLatin1String("ertificate")) &&
                     !alerts.at(0).text.contains(QLatin1String("expire")),
                 qPrintable(alerts.at(0).text));
        QCOMPARE(alerts.at(1).kind, Alert::Kind::CertificateExpiring);
        QCOMPARE(alerts.at(1).severity, Alert::Severity::Warning);
        QCOMPARE(alerts.at(1).servers, QStringList{kC});
        QVERIFY(!alerts.at(1).text.contains(kA));

        // A server whose certificate changed (so it is down) and whose new one expires soon: three
        // alerts, the changed certificate first (the cause, and it needs the administrator).
        AlertPolicy changed = fleet();
        ServerHealth tlsChanged = health(HealthState::Down, FailureCode::TlsChanged);
        changed.applyHealth({HealthUpdate{kB, tlsChanged}}, 20'000);
        ServerEvent certificate;
        certificate.kind = ServerEvent::Kind::CertificateChanged;
        certificate.server = kB;
        changed.applyEvent(certificate, 20'000);
        expiring.server = kB;
        changed.applyEvent(expiring, 20'000);
        const QList<Alert> three = run(changed, 20'000, 40'000);
        QCOMPARE(kindsOf(three),
                 (QList<int>{int(Alert::Kind::CertificateChanged), int(Alert::Kind::ServersDown),
                             int(Alert::Kind::CertificateExpiring)}));
        QVERIFY(three.at(0).text.contains(QLatin1String("Changed certificate")));
        QVERIFY(!three.at(1).text.contains(QLatin1String("expire")));
        QVERIFY(!three.at(2).text.contains(QLatin1String("Changed certificate")));
    }

    // (d) A changed certificate and the host answering again in the same window: two alerts.
    void certificateChangedAndHostBackAreSeparate()
    {
        AlertPolicy policy = fleet();
        policy.applyHostHealth(host(Open, Open, 502), 20'000);
        QList<Alert> alerts = run(policy, 20'000, 30'000);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().kind, Alert::Kind::HostProblem);

        policy.applyHostHealth(host(Open, Open, 200), 40'000);
        ServerEvent certificate;
        certificate.kind = ServerEvent::Kind::CertificateChanged;
        certificate.server = kC;
        policy.applyEvent(certificate, 40'500);
        alerts = run(policy, 40'000, 60'000);
        QCOMPARE(alerts.size(), 2);
        QCOMPARE(alerts.at(0).kind, Alert::Kind::CertificateChanged);
        QCOMPARE(alerts.at(0).severity, Alert::Severity::Critical);
        QCOMPARE(alerts.at(0).title, QStringLiteral("Certificate of 10.21.3.13 changed"));
        QCOMPARE(alerts.at(0).servers, QStringList{kC});
        QVERIFY2(!alerts.at(0).text.contains(QLatin1String("answers again")), qPrintable(alerts.at(0).text));
        QCOMPARE(alerts.at(1).kind, Alert::Kind::HostRecovered);
        QCOMPARE(alerts.at(1).severity, Alert::Severity::Info);
        QCOMPARE(alerts.at(1).title, QStringLiteral("UCServer host 10.21.3.1 answers again"));
        QCOMPARE(alerts.at(1).servers, QStringList{kHost});
        QVERIFY2(!alerts.at(1).text.contains(QLatin1String("ertificate")), qPrintable(alerts.at(1).text));
    }

    // (e) Down/up/down/up quickly, inside the rate period: each alert tells the state at the time
    // it is told, and the last one told is the final state.
    void flappingAlertsTellTheStateNow()
    {
        const QList<QList<Step>> timelines = {
            {{20'000, HealthState::Down},
             {25'000, HealthState::Up},
             {30'000, HealthState::Down},
             {35'000, HealthState::Up}},
            {{20'000, HealthState::Down},
             {25'000, HealthState::Up},
             {30'000, HealthState::Down},
             {35'000, HealthState::Up},
             {40'000, HealthState::Down}},
            {{20'000, HealthState::Down},
             {21'000, HealthState::Up},
             {22'000, HealthState::Down},
             {23'500, HealthState::Up},
             {27'000, HealthState::Down},
             {28'000, HealthState::Up},
             {29'000, HealthState::Down},
             {33'000, HealthState::Up}},
            {{20'000, HealthState::Down},
             {25'000, HealthState::Up},
             {30'000, HealthState::Down},
             {35'000, HealthState::Up},
             {40'000, HealthState::Down},
             {45'000, HealthState::Up},
             {50'000, HealthState::Down}},
        };
        for (const QList<Step> &steps : timelines) {
            AlertPolicy policy = fleet();
            const QList<Told> told = runTimeline(policy, kA, steps, 10'000, 1'400'000);
            QVERIFY(!told.isEmpty());
            QString log;
            for (const Told &t : told)
                log += QStringLiteral("%1 %2 | ").arg(t.at).arg(t.alert.title);
            for (const Told &t : told) {
                QCOMPARE(t.alert.servers, QStringList{kA});
                const bool down = t.alert.kind == Alert::Kind::ServersDown;
                QVERIFY2(down || t.alert.kind == Alert::Kind::ServersUp, qPrintable(log));
                QVERIFY2(down == (t.state == HealthState::Down), qPrintable(log));
            }
            const bool finallyDown = steps.last().state == HealthState::Down;
            QVERIFY2((told.last().alert.kind == Alert::Kind::ServersDown) == finallyDown, qPrintable(log));
            QVERIFY2(told.size() <= 5, qPrintable(log));
            QCOMPARE(policy.nextDueMs(), -1);
        }
    }

    void restartsAreRateLimitedAndCounted()
    {
        AlertPolicy policy = fleet();
        ServerEvent restart;
        restart.kind = ServerEvent::Kind::Restarted;
        restart.server = kB;
        policy.applyEvent(restart, 20'000);
        QList<Alert> alerts = run(policy, 20'000, 30'000);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().kind, Alert::Kind::Restarted);
        policy.applyEvent(restart, 40'000);
        policy.applyEvent(restart, 60'000);
        QVERIFY(run(policy, 40'000, 622'900).isEmpty());
        alerts = policy.takeAlerts(623'000);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().kind, Alert::Kind::Restarted);
        QVERIFY2(alerts.first().text.contains(QLatin1String("restarted 3 times")),
                 qPrintable(alerts.first().text));

        // Coming back from a told down with a new serverId: the "up again" is the news.
        policy.applyHealth(update(kD, HealthState::Down, FailureCode::TcpRefused), 700'000);
        QCOMPARE(run(policy, 700'000, 710'000).size(), 1);
        restart.server = kD;
        policy.applyHealth(update(kD, HealthState::Up), 720'000);
        policy.applyEvent(restart, 720'000);
        alerts = run(policy, 720'000, 730'000);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().kind, Alert::Kind::ServersUp);
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
