#include "models/serveraddress.h"

#include <QTest>

using namespace ucmc;

Q_DECLARE_METATYPE(ucmc::AddressScope)

namespace {

MediaServerUrl url(const QString &text)
{
    auto parsed = MediaServerUrl::parse(text);
    if (!parsed.ok())
        qFatal("bad url %s", qPrintable(text));
    return parsed.value();
}

} // namespace

class TestServerAddress : public QObject
{
    Q_OBJECT

private slots:
    void scopes_data();
    void scopes();
    void normalizedIpv6_data();
    void normalizedIpv6();
    void identity_data();
    void identity();
};

void TestServerAddress::scopes_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<AddressScope>("scope");
    auto row = [](const char *address, AddressScope scope) {
        QTest::newRow(address) << QString::fromLatin1(address) << scope;
    };
    row("ws://127.0.0.1:8888", AddressScope::Loopback);
    row("ws://127.255.0.9:8888", AddressScope::Loopback);
    row("ws://localhost:8888", AddressScope::Loopback);
    row("ws://LocalHost.:8888", AddressScope::Loopback);
    row("ws://[::1]:8888", AddressScope::Loopback);
    row("ws://[::ffff:127.0.0.1]:8888", AddressScope::Loopback);
    row("ws://10.0.0.1:8888", AddressScope::PrivateLan);
    row("ws://172.16.0.1:8888", AddressScope::PrivateLan);
    row("ws://192.168.0.1:8888", AddressScope::PrivateLan);
    row("ws://169.254.0.1:8888", AddressScope::PrivateLan);
    row("ws://[fd12:3456::1]:8888", AddressScope::PrivateLan);
    row("ws://[fe80::1%25eth0]:8888", AddressScope::PrivateLan);
    row("ws://8.8.8.8:8888", AddressScope::Public);
    row("ws://[2001:db8::1]:8888", AddressScope::Public);
    row("ws://0.0.0.0:8888", AddressScope::Unusable);
    row("ws://224.0.0.1:8888", AddressScope::Unusable);
    row("ws://255.255.255.255:8888", AddressScope::Unusable);
    row("ws://[::]:8888", AddressScope::Unusable);
    row("ws://[ff02::1]:8888", AddressScope::Unusable);
    row("ws://media.example.com:8888", AddressScope::Unknown);
}

void TestServerAddress::scopes()
{
    QFETCH(QString, address);
    QFETCH(AddressScope, scope);
    QCOMPARE(ServerAddress::scopeOf(url(address)), scope);
    QCOMPARE(ServerAddress::isLoopback(url(address)), scope == AddressScope::Loopback);
}

void TestServerAddress::normalizedIpv6_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    auto row = [](const char *in, const char *out) {
        QTest::newRow(in) << QString::fromLatin1(in) << QString::fromLatin1(out);
    };
    row("::1", "::1");
    row("0:0:0:0:0:0:0:1", "::1");
    row("FD00:0:0::01", "fd00::1");
    row("2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1");
    row("2001:0:0:1:0:0:0:1", "2001:0:0:1::1");
    row("1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8");
    row("1:0:3:4:5:6:7:8", "1:0:3:4:5:6:7:8");
    row("::", "::");
    row("::ffff:10.0.0.1", "10.0.0.1");
    row("fe80::1%eth0", "fe80::1%eth0");
}

void TestServerAddress::normalizedIpv6()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QCOMPARE(ServerAddress::normalizedIpv6(input), normalized);
}

void TestServerAddress::identity_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("identity");
    auto row = [](const char *a, const char *id) {
        QTest::newRow(a) << QString::fromLatin1(a) << QString::fromLatin1(id);
    };
    row("wss://10.21.3.11:8433/kurento", "10.21.3.11:8433");
    row("ws://10.21.3.11/kurento", "10.21.3.11:80");
    row("ws://Media.Example.COM.:8888", "media.example.com:8888");
    row("ws://localhost:8888", "127.0.0.1:8888");
    row("ws://[::1]:8888", "127.0.0.1:8888");
    row("ws://[FD00::0:1]:8888", "fd00::1:8888");
}

void TestServerAddress::identity()
{
    QFETCH(QString, address);
    QFETCH(QString, identity);
    QCOMPARE(ServerAddress::identity(url(address)), identity);
}

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
