// Host roles from the estos article "UCServer and UC MediaServer on distributed systems": which
// hosts a site has (the UCServer host plus the distinct hosts of kurentoservers), which startup
// types each one's services should have (example 1, example 2, the default installation, the local
// media server spelled in every way), the differences to what discovery found (the reset after an
// update), the fixes, and software versions across hosts.
#include "models/configdocument.h"
#include "models/hostroles.h"

#include <QTest>

using namespace ucmc;

namespace {

ServiceInfo service(ServiceRole role, const QString &name, StartupType type, ServiceState state,
                    const QString &version = QStringLiteral("9.1.0.3456"))
{
    ServiceInfo s;
    s.role = role;
    s.name = name;
    s.startupType = type;
    s.state = state;
    s.productVersion = version;
    s.fileVersion = version;
    return s;
}

// Discovery as a host with the given startup types would report it (Automatic = running).
QList<ServiceInfo> host(StartupType uc, StartupType web, StartupType media,
                        const QString &version = QStringLiteral("9.1.0.3456"))
{
    const auto state = [](StartupType t) {
        return t == StartupType::Automatic ? ServiceState::Running : ServiceState::Stopped;
    };
    return {service(ServiceRole::UcServer, QStringLiteral("eucsrv"), uc, state(uc), version),
            service(ServiceRole::WebServer, QStringLiteral("UCWebSrv"), web, state(web), version),
            service(ServiceRole::MediaServer, QStringLiteral("UCMediaSrv"), media, state(media), version)};
}

constexpr auto Auto = StartupType::Automatic;
constexpr auto Off = StartupType::Disabled;

QList<StartupType> startupTypes(const SiteHost &h)
{
    return {h.expectedFor(ServiceRole::UcServer).startupType, h.expectedFor(ServiceRole::WebServer).startupType,
            h.expectedFor(ServiceRole::MediaServer).startupType};
}

} // namespace

class TestHostRoles : public QObject
{
    Q_OBJECT
private slots:
    void example1TwoRemoteMediaServers()
    {
        // WinServer 1 only controls, WinServer 2 and 3 stream.
        const SiteLayout layout = HostRoles::layout(
            QStringLiteral("10.21.3.10"),
            {QStringLiteral("ws://10.21.3.11:8888/kurento"), QStringLiteral("ws://10.21.3.12:8888/kurento")});
        QCOMPARE(layout.hosts.size(), 3);
        QVERIFY(!layout.usesLocalMediaServer);
        const SiteHost &uc = layout.hosts[0];
        QCOMPARE(uc.host, QStringLiteral("10.21.3.10"));
        QVERIFY(uc.isUcServerHost);
        QVERIFY(!uc.runsMediaServer);
        QCOMPARE(startupTypes(uc), (QList<StartupType>{Auto, Auto, Off}));
        QCOMPARE(uc.expectedFor(ServiceRole::MediaServer).state, ServiceState::Stopped); // "disabled and stopped"
        for (int i : {1, 2}) {
            const SiteHost &media = layout.hosts[i];
            QVERIFY(!media.isUcServerHost);
            QVERIFY(media.runsMediaServer);
            QCOMPARE(startupTypes(media), (QList<StartupType>{Off, Off, Auto}));
            QCOMPARE(media.expectedFor(ServiceRole::WebServer).state, ServiceState::Stopped);
        }
        QCOMPARE(layout.hosts[1].host, QStringLiteral("10.21.3.11"));
        QCOMPARE(layout.hosts[2].mediaServerUrls, QStringList{QStringLiteral("ws://10.21.3.12:8888/kurento")});
    }

    void example2AdditionalStreamingHost()
    {
        // WinServer 1 keeps its own media server, WinServer 2 relieves it.
        const SiteLayout layout = HostRoles::layout(
            QStringLiteral("WinServer1"),
            {QStringLiteral("ws://127.0.0.1:8888/kurento"), QStringLiteral("ws://10.21.3.11:8888/kurento")});
        QCOMPARE(layout.hosts.size(), 2);
        QVERIFY(layout.usesLocalMediaServer);
        QCOMPARE(layout.hosts[0].host, QStringLiteral("winserver1"));
        QCOMPARE(startupTypes(layout.hosts[0]), (QList<StartupType>{Auto, Auto, Auto}));
        QCOMPARE(layout.hosts[0].mediaServerUrls, QStringList{QStringLiteral("ws://127.0.0.1:8888/kurento")});
        QCOMPARE(startupTypes(layout.hosts[1]), (QList<StartupType>{Off, Off, Auto}));
    }

    void defaultInstallationIsOneHost()
    {
        const SiteLayout layout = HostRoles::layout(QStringLiteral("WinServer1"),
                                                    {QStringLiteral("ws://127.0.0.1:8888/kurento")});
        QCOMPARE(layout.hosts.size(), 1);
        QCOMPARE(startupTypes(layout.hosts[0]), (QList<StartupType>{Auto, Auto, Auto}));
        QVERIFY(HostRoles::compare(layout.hosts[0], host(Auto, Auto, Auto)).isEmpty());
    }

    void localMediaServerSpellings_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("127.0.0.1") << QStringLiteral("ws://127.0.0.1:8888/kurento");
        QTest::newRow("127.0.1.1") << QStringLiteral("ws://127.0.1.1:8888/kurento");
        QTest::newRow("localhost") << QStringLiteral("ws://LocalHost:8888/kurento");
        QTest::newRow("localhost.") << QStringLiteral("ws://localhost.:8888/kurento");
        QTest::newRow("::1") << QStringLiteral("wss://[::1]:8433/kurento");
        QTest::newRow("own name") << QStringLiteral("ws://WINSERVER1:8888/kurento");
        QTest::newRow("own name with dot") << QStringLiteral("ws://winserver1.:8888/kurento");
        QTest::newRow("alias address") << QStringLiteral("ws://10.21.3.10:8888/kurento");
    }
    void localMediaServerSpellings()
    {
        QFETCH(QString, url);
        const SiteLayout layout =
            HostRoles::layout(QStringLiteral("WinServer1"), {url}, {QStringLiteral("10.21.3.10")});
        QCOMPARE(layout.hosts.size(), 1);
        QVERIFY(layout.usesLocalMediaServer);
        QCOMPARE(layout.hosts[0].expectedFor(ServiceRole::MediaServer).startupType, Auto);
    }

    void ucServerHostByAddress()
    {
        // The UCServer host configured by address; its name in the list cannot be matched without DNS.
        const SiteLayout layout = HostRoles::layout(QStringLiteral("10.21.3.10"),
                                                    {QStringLiteral("ws://10.21.3.10:8888/kurento"),
                                                     QStringLiteral("ws://winserver1:8888/kurento")});
        QCOMPARE(layout.hosts.size(), 2);
        QVERIFY(layout.hosts[0].runsMediaServer);
        QCOMPARE(layout.hosts[1].host, QStringLiteral("winserver1"));
    }

    void distinctHostsAndSpellings()
    {
        const SiteLayout layout = HostRoles::layout(
            QStringLiteral("10.21.3.10"),
            {QStringLiteral("ws://Media1.example.local:8888/kurento"), QStringLiteral("wss://media1.example.local.:8433/kurento"),
             QStringLiteral("ws://[fd00::1]:8888/kurento"), QStringLiteral("wss://[FD00:0:0::01]:8433/kurento"),
             QStringLiteral("not a url"), QStringLiteral("ws://10.21.3.11:8888/kurento")});
        QCOMPARE(layout.hosts.size(), 4);
        QCOMPARE(layout.hosts[1].host, QStringLiteral("media1.example.local"));
        QCOMPARE(layout.hosts[1].mediaServerUrls.size(), 2);
        QCOMPARE(layout.hosts[2].host, QStringLiteral("fd00::1"));
        QCOMPARE(layout.hosts[2].mediaServerUrls.size(), 2);
        QCOMPARE(layout.hosts[3].host, QStringLiteral("10.21.3.11"));
        QCOMPARE(layout.unusableUrls, QStringList{QStringLiteral("not a url")});
        QVERIFY(layout.find(QStringLiteral("MEDIA1.example.local.")));
        QVERIFY(layout.find(QStringLiteral("[fd00:0::1]")));
        QVERIFY(!layout.find(QStringLiteral("10.21.3.99")));
    }

    void unknownUcServerHost()
    {
        const SiteLayout layout = HostRoles::layout(QString(), {QStringLiteral("ws://127.0.0.1:8888/kurento"),
                                                                QStringLiteral("ws://10.21.3.11:8888/kurento")});
        QCOMPARE(layout.hosts.size(), 2);
        QVERIFY(layout.hosts[0].host.isEmpty());
        QVERIFY(layout.hosts[0].isUcServerHost);
        QVERIFY(layout.hosts[0].runsMediaServer);
    }

    void simulatedHostsOnLoopback()
    {
        // Demo and tests: every host is a 127.0.0.x address; only the exact address is "local".
        const SiteLayout layout = HostRoles::layout(QStringLiteral("127.0.0.42"),
                                                    {QStringLiteral("ws://127.0.0.43:8888/kurento"),
                                                     QStringLiteral("ws://127.0.0.42:8888/kurento")});
        QCOMPARE(layout.hosts.size(), 2);
        QVERIFY(layout.hosts[0].runsMediaServer);
        QCOMPARE(layout.hosts[1].host, QStringLiteral("127.0.0.43"));
    }

    void layoutFromDocument()
    {
        const ConfigDocument document = ConfigDocument::fromBytes(
            "{\n  \"kurentoservers\" : [\n    { \"url\" : \"ws://10.21.3.11:8888/kurento\" },\n"
            "    { \"url\": \"ws://127.0.0.1:8888/kurento\" }\n  ]\n}\n");
        const SiteLayout layout = HostRoles::layout(QStringLiteral("10.21.3.10"), document);
        QCOMPARE(layout.hosts.size(), 2);
        QVERIFY(layout.usesLocalMediaServer);
    }

    void matchingHostsHaveNoDifferences()
    {
        const SiteLayout layout = HostRoles::layout(
            QStringLiteral("10.21.3.10"), {QStringLiteral("ws://10.21.3.11:8888/kurento")});
        QVERIFY(HostRoles::compare(layout.hosts[0], host(Auto, Auto, Off)).isEmpty());
        QVERIFY(HostRoles::compare(layout.hosts[1], host(Off, Off, Auto)).isEmpty());
    }

    void mediaHostResetByAnUpdate()
    {
        const SiteLayout layout = HostRoles::layout(
            QStringLiteral("10.21.3.10"), {QStringLiteral("ws://10.21.3.11:8888/kurento")});
        // after an estos update everything is Automatic and running again
        const QList<ServiceDifference> diffs = HostRoles::compare(layout.hosts[1], host(Auto, Auto, Auto));
        QCOMPARE(diffs.size(), 4); // UCServer and WebServer: startup type and state each
        for (const ServiceDifference &d : diffs) {
            QVERIFY(d.role == ServiceRole::UcServer || d.role == ServiceRole::WebServer);
            QCOMPARE(d.host, QStringLiteral("10.21.3.11"));
            QCOMPARE(d.expected.startupType, Off);
            if (d.kind == ServiceDifference::Kind::StartupType) {
                QCOMPARE(d.actualStartupType, Auto);
                QVERIFY2(d.explanation.contains(QLatin1String("reset by an update?")), qPrintable(d.explanation));
            } else {
                QCOMPARE(d.kind, ServiceDifference::Kind::State);
                QCOMPARE(d.actualState, ServiceState::Running);
                QVERIFY(d.explanation.contains(QLatin1String("should be stopped")));
            }
        }
        // the fix: set both to Disabled, then stop them
        const QList<ServiceFix> fixes = HostRoles::fixes(diffs);
        QCOMPARE(fixes.size(), 4);
        QCOMPARE(fixes[0].action, ServiceFix::Action::SetStartupType);
        QCOMPARE(fixes[0].startupType, Off);
        QCOMPARE(fixes[1].action, ServiceFix::Action::SetStartupType);
        QCOMPARE(fixes[2].action, ServiceFix::Action::Stop);
        QCOMPARE(fixes[3].action, ServiceFix::Action::Stop);
        QCOMPARE(fixes[2].serviceName, QStringLiteral("eucsrv"));
    }

    void ucServerHostAfterAnUpdate()
    {
        // Example 1's WinServer 1 after an update: its media server runs again though unused.
        const SiteLayout layout = HostRoles::layout(
            QStringLiteral("10.21.3.10"), {QStringLiteral("ws://10.21.3.11:8888/kurento")});
        const QList<ServiceDifference> diffs = HostRoles::compare(layout.hosts[0], host(Auto, Auto, Auto));
        QCOMPARE(diffs.size(), 2);
        QCOMPARE(diffs[0].role, ServiceRole::MediaServer);
        QCOMPARE(diffs[0].kind, ServiceDifference::Kind::StartupType);
        QVERIFY(diffs[0].explanation.contains(QLatin1String("does not use a media server on the UCServer host")));
        QVERIFY(diffs[0].explanation.contains(QLatin1String("reset by an update?")));
        QCOMPARE(diffs[1].kind, ServiceDifference::Kind::State);
    }

    void localMediaServerDisabledByHand()
    {
        // Example 2, but someone disabled the UCServer host's media server that the list uses.
        const SiteLayout layout = HostRoles::layout(
            QStringLiteral("WinServer1"),
            {QStringLiteral("ws://127.0.0.1:8888/kurento"), QStringLiteral("ws://10.21.3.11:8888/kurento")});
        const QList<ServiceDifference> diffs = HostRoles::compare(layout.hosts[0], host(Auto, Auto, Off));
        QCOMPARE(diffs.size(), 2);
        QCOMPARE(diffs[0].expected.startupType, Auto);
        QCOMPARE(diffs[0].actualStartupType, Off);
        QVERIFY(diffs[0].explanation.contains(QLatin1String("uses the media server on the UCServer host")));
        QCOMPARE(diffs[1].kind, ServiceDifference::Kind::State);
        QVERIFY(diffs[1].explanation.contains(QLatin1String("not running")));
        const QList<ServiceFix> fixes = HostRoles::fixes(diffs);
        QCOMPARE(fixes.size(), 2);
        QCOMPARE(fixes[0].action, ServiceFix::Action::SetStartupType);
        QCOMPARE(fixes[0].startupType, Auto);
        QCOMPARE(fixes[1].action, ServiceFix::Action::Start);
    }

    void manualAndMissing()
    {
        const SiteLayout layout = HostRoles::layout(
            QStringLiteral("10.21.3.10"), {QStringLiteral("ws://10.21.3.11:8888/kurento")});
        QList<ServiceInfo> found = host(Auto, StartupType::Manual, Off);
        found.removeFirst(); // no UCServer service found
        const QList<ServiceDifference> diffs = HostRoles::compare(layout.hosts[0], found);
        QCOMPARE(diffs.size(), 3);
        QCOMPARE(diffs[0].kind, ServiceDifference::Kind::Missing);
        QCOMPARE(diffs[0].role, ServiceRole::UcServer);
        QVERIFY(diffs[0].serviceName.isEmpty());
        QCOMPARE(diffs[1].kind, ServiceDifference::Kind::StartupType);
        QVERIFY(diffs[1].explanation.contains(QLatin1String("does not start after a reboot")));
        QCOMPARE(diffs[2].kind, ServiceDifference::Kind::State); // Manual: stopped
        // a missing service cannot be fixed
        for (const ServiceFix &fix : HostRoles::fixes(diffs))
            QCOMPARE(fix.role, ServiceRole::WebServer);
        // other services are ignored
        found << service(ServiceRole::Other, QStringLiteral("Spooler"), Auto, ServiceState::Running);
        QCOMPARE(HostRoles::compare(layout.hosts[0], found).size(), 3);
    }

    void sameVersionEverywhere()
    {
        const VersionCheck check = HostRoles::compareVersions(
            {{QStringLiteral("10.21.3.10"), host(Auto, Auto, Off)}, {QStringLiteral("10.21.3.11"), host(Off, Off, Auto)}},
            QStringLiteral("10.21.3.10"));
        QVERIFY(check.consistent);
        QCOMPARE(check.version, QStringLiteral("9.1.0.3456"));
        QVERIFY(check.differences.isEmpty());
        QVERIFY(check.message.isEmpty());
    }

    void versionMismatch()
    {
        // a media host that missed the update: every service of it differs from the UCServer host
        const VersionCheck check = HostRoles::compareVersions(
            {{QStringLiteral("10.21.3.11"), host(Off, Off, Auto, QStringLiteral("9.0.2.1000"))},
             {QStringLiteral("10.21.3.12"), host(Off, Off, Auto, QStringLiteral("9.0.2.1000"))},
             {QStringLiteral("10.21.3.10"), host(Auto, Auto, Off)}},
            QStringLiteral("10.21.3.10"));
        QVERIFY(!check.consistent);
        // the UCServer host's UCServer is the reference, even against a majority
        QCOMPARE(check.version, QStringLiteral("9.1.0.3456"));
        QCOMPARE(check.differences.size(), 6);
        QCOMPARE(check.differences[0].host, QStringLiteral("10.21.3.11"));
        QCOMPARE(check.differences[0].version, QStringLiteral("9.0.2.1000"));
        QCOMPARE(check.differences[0].expectedVersion, QStringLiteral("9.1.0.3456"));
        QVERIFY(check.message.contains(QLatin1String("All hosts must run the same estos software version")));
    }

    void versionMismatchWithinOneHostAndUnreadable()
    {
        QList<ServiceInfo> mixed = host(Auto, Auto, Off);
        mixed[1].productVersion = QStringLiteral("9.2.0.100"); // the WebServer was updated alone
        mixed[2].productVersion.clear();
        mixed[2].fileVersion.clear(); // the media server's executable is missing
        const VersionCheck check = HostRoles::compareVersions({{QStringLiteral("winserver1"), mixed}}, QStringLiteral("WinServer1"));
        QVERIFY(!check.consistent);
        QCOMPARE(check.version, QStringLiteral("9.1.0.3456"));
        QCOMPARE(check.differences.size(), 1);
        QCOMPARE(check.differences[0].role, ServiceRole::WebServer);
        QCOMPARE(check.unreadable, QStringList{QStringLiteral("winserver1: UCMediaSrv")});
        QVERIFY(check.message.contains(QLatin1String("could not be read")));
    }

    void versionMajorityWithoutUcServerHost()
    {
        const VersionCheck check = HostRoles::compareVersions(
            {{QStringLiteral("a"), host(Off, Off, Auto, QStringLiteral("9.1.0.1"))},
             {QStringLiteral("b"), host(Off, Off, Auto, QStringLiteral("9.2.0.1"))}},
            QString());
        // a tie goes to the higher version
        QCOMPARE(check.version, QStringLiteral("9.2.0.1"));
        QCOMPARE(check.differences.size(), 3);
        QCOMPARE(check.differences[0].host, QStringLiteral("a"));
    }

    void settingsIds()
    {
        for (auto kind : {HostControlSettings::Kind::None, HostControlSettings::Kind::WinRm, HostControlSettings::Kind::Commands})
            QCOMPARE(HostControlSettings::kindFromId(QString(HostControlSettings::kindId(kind))), kind);
        QCOMPARE(HostControlSettings::kindFromId(u"bogus"), HostControlSettings::Kind::None);
        QCOMPARE(ApplySettings::policyFromId(QString(ApplySettings::policyId(ApplySettings::RollbackPolicy::Automatic))),
                 ApplySettings::RollbackPolicy::Automatic);
        ApplySettings silly;
        silly.webServerTimeoutMs = 0;
        silly.restartTimeoutMs = 1'000'000'000;
        silly.watchMs = -5;
        const ApplySettings bounded = silly.bounded();
        QCOMPARE(bounded.webServerTimeoutMs, ApplySettings::kMinTimeoutMs);
        QCOMPARE(bounded.restartTimeoutMs, ApplySettings::kMaxTimeoutMs);
        QCOMPARE(bounded.watchMs, 0);
        QVERIFY(!CommandTemplates::powerShellOverSsh().isEmpty());
        QVERIFY(CommandTemplates().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHostRoles)
#include "tst_hostroles.moc"
