#include "models/mediaserverurl.h"

#include <QSet>
#include <QTest>

using namespace ucmc;

Q_DECLARE_METATYPE(ucmc::HostKind)
Q_DECLARE_METATYPE(ucmc::UrlProblem)

class TestMediaServerUrl : public QObject
{
    Q_OBJECT

private slots:
    void validUrls_data();
    void validUrls();
    void invalidUrls_data();
    void invalidUrls();
    void messagesAreDistinctAndMentionTheInput();
    void defaultPorts();
    void kurentoDefaults();
    void authorityAndHostForUrl();
    void hostAlone_data();
    void hostAlone();
};

void TestMediaServerUrl::validUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("host");
    QTest::addColumn<HostKind>("hostKind");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("portExplicit");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("secure");

    auto row = [](const char *url, const char *scheme, const char *host, HostKind kind, int port, bool portExplicit,
                  const char *path, bool secure) {
        QTest::newRow(url) << QString::fromUtf8(url) << QString::fromUtf8(scheme) << QString::fromUtf8(host) << kind
                           << port << portExplicit << QString::fromUtf8(path) << secure;
    };
    using H = HostKind;
    // The article's forms.
    row("ws://127.0.0.1:8888/kurento", "ws", "127.0.0.1", H::IPv4, 8888, true, "/kurento", false);
    row("ws://10.21.3.11:8888/kurento", "ws", "10.21.3.11", H::IPv4, 8888, true, "/kurento", false);
    row("wss://10.21.3.11:8433/kurento", "wss", "10.21.3.11", H::IPv4, 8433, true, "/kurento", true);
    // Scheme kept as written; http reported, not rejected.
    row("WSS://10.0.0.1:8433/kurento", "WSS", "10.0.0.1", H::IPv4, 8433, true, "/kurento", true);
    row("http://10.21.3.13:8888/kurento", "http", "10.21.3.13", H::IPv4, 8888, true, "/kurento", false);
    row("https://host:1/", "https", "host", H::Hostname, 1, true, "/", true);
    // Default ports of the scheme (not the media server's).
    row("ws://10.0.0.1/kurento", "ws", "10.0.0.1", H::IPv4, 80, false, "/kurento", false);
    row("wss://10.0.0.1/kurento", "wss", "10.0.0.1", H::IPv4, 443, false, "/kurento", true);
    row("tcp://10.0.0.1", "tcp", "10.0.0.1", H::IPv4, -1, false, "", false);
    // Host names and IPv6.
    row("ws://media-7.example.com:8888/kms", "ws", "media-7.example.com", H::Hostname, 8888, true, "/kms", false);
    row("ws://WINSERVER2:8888/kurento", "ws", "WINSERVER2", H::Hostname, 8888, true, "/kurento", false);
    row("ws://win_server_2:8888/kurento", "ws", "win_server_2", H::Hostname, 8888, true, "/kurento", false);
    row("ws://media.example.com.:8888/kurento", "ws", "media.example.com.", H::Hostname, 8888, true, "/kurento",
        false);
    row("ws://localhost:8888", "ws", "localhost", H::Hostname, 8888, true, "", false);
    row("ws://[::1]:8888/kurento", "ws", "::1", H::IPv6, 8888, true, "/kurento", false);
    row("wss://[fd00:10:21::11]:8433/kurento", "wss", "fd00:10:21::11", H::IPv6, 8433, true, "/kurento", true);
    row("ws://[2001:db8:0:0:0:0:0:1]/kurento", "ws", "2001:db8:0:0:0:0:0:1", H::IPv6, 80, false, "/kurento", false);
    row("ws://[::ffff:10.0.0.1]:8888/kurento", "ws", "::ffff:10.0.0.1", H::IPv6, 8888, true, "/kurento", false);
    row("ws://[fe80::1%25eth0]:8888/kurento", "ws", "fe80::1%25eth0", H::IPv6, 8888, true, "/kurento", false);
    row("ws://[::]:8888", "ws", "::", H::IPv6, 8888, true, "", false);
    // Edge ports, queries, fragments.
    row("ws://10.0.0.1:65535/kurento", "ws", "10.0.0.1", H::IPv4, 65535, true, "/kurento", false);
    row("ws://10.0.0.1:08888/kurento", "ws", "10.0.0.1", H::IPv4, 8888, true, "/kurento", false);
    row("ws://10.0.0.1:8888/kurento?x=1#top", "ws", "10.0.0.1", H::IPv4, 8888, true, "/kurento", false);
    row("ws://10.0.0.1:8888?x=1", "ws", "10.0.0.1", H::IPv4, 8888, true, "", false);
    row("ws://0.0.0.0:8888/kurento", "ws", "0.0.0.0", H::IPv4, 8888, true, "/kurento", false);
    row("ws://255.255.255.255:8888/", "ws", "255.255.255.255", H::IPv4, 8888, true, "/", false);
}

void TestMediaServerUrl::validUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, scheme);
    QFETCH(QString, host);
    QFETCH(HostKind, hostKind);
    QFETCH(int, port);
    QFETCH(bool, portExplicit);
    QFETCH(QString, path);
    QFETCH(bool, secure);
    const auto result = MediaServerUrl::parse(url);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    const MediaServerUrl &u = result.value();
    QCOMPARE(u.scheme, scheme);
    QCOMPARE(u.host, host);
    QCOMPARE(u.hostKind, hostKind);
    QCOMPARE(u.port, port);
    QCOMPARE(u.portExplicit, portExplicit);
    QCOMPARE(u.path, path);
    QCOMPARE(u.secure, secure);
    QCOMPARE(u.isWebSocket(), scheme.toLower() == u"ws" || scheme.toLower() == u"wss");
}

void TestMediaServerUrl::invalidUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<UrlProblem>("problem");
    auto row = [](const char *name, const char *url, UrlProblem problem) {
        QTest::newRow(name) << QString::fromUtf8(url) << problem;
    };
    using P = UrlProblem;
    row("empty", "", P::Empty);
    row("leading space", " ws://10.0.0.1:8888/kurento", P::Whitespace);
    row("trailing space", "ws://10.0.0.1:8888/kurento ", P::Whitespace);
    row("space before port", "ws://10.0.0.1 :8888/kurento", P::Whitespace);
    row("line break", "ws://10.0.0.1:8888/kurento\n", P::Whitespace);
    row("no-break space", "ws://10.0.0.1:8888/kurento\u00A0", P::Whitespace);
    row("no scheme", "10.21.3.11:8888/kurento", P::NoScheme);
    row("host and port only", "localhost:8888", P::NoScheme);
    row("one slash", "ws:/10.0.0.1:8888/kurento", P::NoScheme);
    row("scheme only colon", "ws:10.0.0.1", P::NoScheme);
    row("starts with ://", "://10.0.0.1:8888", P::NoScheme);
    row("scheme with digit first", "1ws://10.0.0.1:8888", P::InvalidScheme);
    row("scheme with space char", "w_s://10.0.0.1:8888", P::InvalidScheme);
    row("no host", "ws://:8888/kurento", P::NoHost);
    row("nothing after scheme", "ws://", P::NoHost);
    row("only path", "ws:///kurento", P::NoHost);
    row("empty brackets", "ws://[]:8888", P::NoHost);
    row("IPv4 part too big", "ws://10.21.3.256:8888/kurento", P::InvalidHost);
    row("IPv4 three parts", "ws://10.21.3:8888/kurento", P::InvalidHost);
    row("IPv4 five parts", "ws://10.21.3.4.5:8888/kurento", P::InvalidHost);
    row("IPv4 leading zero", "ws://010.21.3.11:8888/kurento", P::InvalidHost);
    row("IPv4 trailing dot", "ws://10.21.3.11.:8888/kurento", P::InvalidHost);
    row("IPv6 without brackets", "ws://fd00::11:8888/kurento", P::InvalidHost);
    row("IPv6 unclosed", "ws://[fd00::11:8888/kurento", P::InvalidHost);
    row("IPv6 two double colons", "ws://[fd00::1::2]:8888", P::InvalidHost);
    row("IPv6 too many groups", "ws://[1:2:3:4:5:6:7:8:9]:8888", P::InvalidHost);
    row("IPv6 bad hex", "ws://[fd00::g1]:8888", P::InvalidHost);
    row("IPv6 group too long", "ws://[fd00::12345]:8888", P::InvalidHost);
    row("IPv6 text after bracket", "ws://[::1]x:8888", P::InvalidHost);
    row("IPv6 empty zone", "ws://[fe80::1%]:8888", P::InvalidHost);
    row("host with comma", "ws://10,21,3,11:8888/kurento", P::InvalidHost);
    row("host with umlaut", "ws://m\u00FCnchen:8888/kurento", P::InvalidHost);
    row("host label starts with hyphen", "ws://-media:8888/kurento", P::InvalidHost);
    row("host empty label", "ws://media..example:8888/kurento", P::InvalidHost);
    row("empty port", "ws://10.0.0.1:/kurento", P::InvalidPort);
    row("port with letters", "ws://10.0.0.1:88a8/kurento", P::InvalidPort);
    row("negative port", "ws://10.0.0.1:-1/kurento", P::InvalidPort);
    row("port 99999", "ws://10.21.3.15:99999/kurento", P::PortOutOfRange);
    row("port 65536", "ws://10.0.0.1:65536/kurento", P::PortOutOfRange);
    row("port 0", "ws://10.0.0.1:0/kurento", P::PortOutOfRange);
    row("huge port", "ws://10.0.0.1:123456789012345678901234567890/kurento", P::PortOutOfRange);
    row("IPv6 port out of range", "ws://[::1]:70000", P::PortOutOfRange);
}

void TestMediaServerUrl::invalidUrls()
{
    QFETCH(QString, url);
    QFETCH(UrlProblem, problem);
    const auto result = MediaServerUrl::parse(url);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, problem);
    QVERIFY(!result.error().message.isEmpty());
}

void TestMediaServerUrl::messagesAreDistinctAndMentionTheInput()
{
    const QStringList urls = {QString(),
                              QStringLiteral("ws:// x"),
                              QStringLiteral("x"),
                              QStringLiteral("1x://y"),
                              QStringLiteral("ws://"),
                              QStringLiteral("ws://10.0.0.300"),
                              QStringLiteral("ws://h:x"),
                              QStringLiteral("ws://h:99999")};
    QSet<QString> messages;
    for (const QString &url : urls) {
        const auto result = MediaServerUrl::parse(url);
        QVERIFY(!result.ok());
        messages.insert(result.error().message);
    }
    QCOMPARE(messages.size(), urls.size());
    QVERIFY(MediaServerUrl::parse(u"ws://10.0.0.300").error().message.contains(QStringLiteral("10.0.0.300")));
    QVERIFY(MediaServerUrl::parse(u"ws://h:99999").error().message.contains(QStringLiteral("99999")));
    QVERIFY(MediaServerUrl::parse(u"1x://y").error().message.contains(QStringLiteral("1x")));
}

void TestMediaServerUrl::defaultPorts()
{
    QCOMPARE(MediaServerUrl::defaultPortForScheme(u"ws"), 80);
    QCOMPARE(MediaServerUrl::defaultPortForScheme(u"WS"), 80);
    QCOMPARE(MediaServerUrl::defaultPortForScheme(u"http"), 80);
    QCOMPARE(MediaServerUrl::defaultPortForScheme(u"wss"), 443);
    QCOMPARE(MediaServerUrl::defaultPortForScheme(u"https"), 443);
    QCOMPARE(MediaServerUrl::defaultPortForScheme(u"ftp"), -1);
}

void TestMediaServerUrl::kurentoDefaults()
{
    QCOMPARE(KurentoDefaults::WsPort, 8888);
    QCOMPARE(KurentoDefaults::WssPort, 8433);
    QCOMPARE(KurentoDefaults::portFor(false), 8888);
    QCOMPARE(KurentoDefaults::portFor(true), 8433);
    QCOMPARE(KurentoDefaults::path(), QStringLiteral("/kurento"));
    QCOMPARE(KurentoDefaults::url(QStringLiteral("10.21.3.11"), false), QStringLiteral("ws://10.21.3.11:8888/kurento"));
    QCOMPARE(KurentoDefaults::url(QStringLiteral("10.21.3.11"), true), QStringLiteral("wss://10.21.3.11:8433/kurento"));
    QCOMPARE(KurentoDefaults::url(QStringLiteral("fd00::11"), true), QStringLiteral("wss://[fd00::11]:8433/kurento"));
    // What KurentoDefaults builds parses back to the same parts.
    const auto parsed = MediaServerUrl::parse(KurentoDefaults::url(QStringLiteral("fd00::11"), true));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value().port, KurentoDefaults::WssPort);
    QCOMPARE(parsed.value().hostKind, HostKind::IPv6);
    QCOMPARE(parsed.value().path, KurentoDefaults::path());
}

void TestMediaServerUrl::authorityAndHostForUrl()
{
    auto parse = [](const char *text) { return MediaServerUrl::parse(QString::fromUtf8(text)).value(); };
    QCOMPARE(parse("ws://10.21.3.11:8888/kurento").authority(), QStringLiteral("10.21.3.11:8888"));
    QCOMPARE(parse("wss://[fd00::1]:8433/kurento").authority(), QStringLiteral("[fd00::1]:8433"));
    QCOMPARE(parse("wss://[fd00::1]:8433/kurento").hostForUrl(), QStringLiteral("[fd00::1]"));
    QCOMPARE(parse("ws://host/kurento").authority(), QStringLiteral("host:80"));
    QCOMPARE(parse("tcp://host").authority(), QStringLiteral("host"));
    const MediaServerUrl u = parse("ws://user:pw@10.0.0.1:8888/kurento?a=b#c");
    QCOMPARE(u.userInfo, QStringLiteral("user:pw"));
    QCOMPARE(u.host, QStringLiteral("10.0.0.1"));
    QCOMPARE(u.query, QStringLiteral("a=b"));
    QCOMPARE(u.fragment, QStringLiteral("c"));
}

// A host without scheme, port or path (the UCServer host of a site import): the URL's rules.
void TestMediaServerUrl::hostAlone_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("valid");
    QTest::newRow("name") << QStringLiteral("ucs-hh.example.local") << true;
    QTest::newRow("windows name") << QStringLiteral("WIN_SRV1") << true;
    QTest::newRow("trailing dot") << QStringLiteral("ucs-hh.") << true;
    QTest::newRow("ipv4") << QStringLiteral("10.21.3.10") << true;
    QTest::newRow("ipv6") << QStringLiteral("fd00::10") << true;
    QTest::newRow("ipv6 brackets") << QStringLiteral("[fd00::10]") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << QStringLiteral("ucs hh") << false;
    QTest::newRow("port") << QStringLiteral("ucs-hh:7222") << false;
    QTest::newRow("ipv4 range") << QStringLiteral("10.21.3.256") << false;
    QTest::newRow("ipv4 leading zero") << QStringLiteral("010.21.3.1") << false;
    QTest::newRow("url") << QStringLiteral("https://ucs-hh") << false;
    QTest::newRow("path") << QStringLiteral("ucs-hh/x") << false;
    QTest::newRow("umlaut") << QStringLiteral("ucs-köln") << false;
}

void TestMediaServerUrl::hostAlone()
{
    QFETCH(QString, host);
    QFETCH(bool, valid);
    QCOMPARE(MediaServerUrl::isValidHost(host), valid);
}

QTEST_GUILESS_MAIN(TestMediaServerUrl)
#include "tst_mediaserverurl.moc"
