// Replays the transcripts of the main KMS capture run (01, 02b, 03, 04, 05, 06, 07, then 02, 02c,
// then 08) against one simulated server with a ws:// and a wss:// listener, in capture order, so
// that state carried from file to file (sessions, the "" session, pipeline numbers) is checked too.
#include "replayer.h"
#include "simulatedmediaserver.h"
#include "wait.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCipher>
#include <QTest>

using namespace kmssim;
using namespace simtest;

class TestTranscripts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void ping01();
    void connectIdReuse02b();
    void serverManager03();
    void pipeline04();
    void errors05();
    void transport06();
    void wss07();
    void connect02();
    void requestCache02c();
    void signals08();

private:
    QList<TranscriptLine> load(const QString &file);
    void replay(const QString &file, const std::function<bool(const TranscriptLine &)> &special = {});
    bool checkUpgradeHeaders(RawWsClient &client, const OrderedJson &line);

    static constexpr int CacheTimeoutMs = 2000; // stands for KMS's 20 s
    std::unique_ptr<SimulatedMediaServer> m_server;
    ShapeMatcher m_matcher;
    std::unique_ptr<Replayer> m_replayer;
    QHostAddress m_address{QStringLiteral("127.0.50.1")};
};

void TestTranscripts::initTestCase()
{
    QString error;
    ServerConfig config;
    config.address = m_address;
    config.wsPort = 0;
    config.wssPort = 0;
    config.tls = TlsIdentity::generateSelfSigned({m_address}, &error);
    QVERIFY2(config.tls, qPrintable(error));
    config.cpuCount = 2; // the capture VM had 2 vCPUs
    config.requestCacheTimeout = std::chrono::milliseconds(CacheTimeoutMs);
    m_server = std::make_unique<SimulatedMediaServer>(config);
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_replayer = std::make_unique<Replayer>(m_address, m_server->wsPort(), m_server->wssPort(), m_matcher);
}

void TestTranscripts::cleanupTestCase()
{
    m_replayer.reset();
    m_server.reset();
}

QList<TranscriptLine> TestTranscripts::load(const QString &file)
{
    QString error;
    const auto lines = loadTranscript(file, &error);
    if (lines.isEmpty())
        qWarning() << error;
    return lines;
}

void TestTranscripts::replay(const QString &file, const std::function<bool(const TranscriptLine &)> &special)
{
    const auto lines = load(file);
    QVERIFY2(!lines.isEmpty(), qPrintable(file));
    const bool ok = m_replayer->replay(lines, special);
    m_replayer->closeAll(); // the capture client closed its sockets after each scenario
    QVERIFY2(ok, qPrintable(file + QStringLiteral(": ") + m_replayer->error()));
}

bool TestTranscripts::checkUpgradeHeaders(RawWsClient &client, const OrderedJson &line)
{
    const OrderedJson *expected = line.member(QStringLiteral("response_headers"));
    if (!expected)
        return true;
    const auto headers = client.headers();
    for (const auto &[name, value] : expected->members) {
        const QByteArray actual = headers.value(name.toUtf8());
        if (name == QLatin1String("sec-websocket-accept")) {
            const QByteArray want =
                QCryptographicHash::hash(QByteArray(client.key() + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
                                         QCryptographicHash::Sha1)
                    .toBase64();
            if (actual != want)
                return false;
        } else if (actual != value.text.toUtf8()) {
            qWarning() << "header" << name << actual << "!=" << value.text;
            return false;
        }
    }
    return headers.size() == expected->members.size();
}

void TestTranscripts::ping01()
{
    replay(QStringLiteral("01-ping.jsonl"), [this](const TranscriptLine &line) {
        const QString note = line.note();
        if (note.startsWith(QLatin1String("opened fresh socket"))) {
            RawWsClient *a = m_replayer->client(QStringLiteral("A"));
            return a && checkUpgradeHeaders(*a, line.json) ? true
                                                           : (qWarning("upgrade headers differ"), false);
        }
        if (note.startsWith(QLatin1String("1i:"))) {
            RawWsClient *a = m_replayer->client(QStringLiteral("A"));
            a->sendPing("are you there");
            const auto pong = a->waitForControl(0xA, 1000);
            return pong && pong->payload == "are you there";
        }
        if (note.startsWith(QLatin1String("client closed sockets"))) {
            m_replayer->closeAll();
            return true;
        }
        return false;
    });
}

void TestTranscripts::connectIdReuse02b()
{
    replay(QStringLiteral("02b-connect-idreuse.jsonl"), [](const TranscriptLine &line) {
        return !line.hasSend() && line.note().startsWith(QLatin1String("READ FIRST"));
    });
}

void TestTranscripts::serverManager03()
{
    replay(QStringLiteral("03-servermanager.jsonl"));
}

void TestTranscripts::pipeline04()
{
    replay(QStringLiteral("04-pipeline.jsonl"));
}

void TestTranscripts::errors05()
{
    replay(QStringLiteral("05-errors.jsonl"), [](const TranscriptLine &line) {
        // 5s/5v/5z assert the dropped socket is gone (step() checked the drop); 5t only renames.
        return !line.hasSend() &&
               (line.note().startsWith(QLatin1String("5s")) || line.note().startsWith(QLatin1String("5v")) ||
                line.note().startsWith(QLatin1String("5z")) || line.note().startsWith(QLatin1String("5t")));
    });
}

void TestTranscripts::transport06()
{
    const quint16 ws = m_server->wsPort();
    const quint16 wss = m_server->wssPort();
    bool ok = true;
    QString why;
    replay(QStringLiteral("06-transport.jsonl"), [&](const TranscriptLine &line) {
        const QString note = line.note();
        const OrderedJson *send = line.json.member(QStringLiteral("send"));
        const OrderedJson *recv = line.json.member(QStringLiteral("recv"));
        static const QRegularExpression pathInNote(
            QStringLiteral("^6: connect ws://[^/]+(/[^: ]*): upgrade succeeded"));
        if (const auto m = pathInNote.match(note); m.hasMatch()) {
            // 101 first, then close 1002 "Invalid path", as in the capture.
            RawWsClient c;
            if (!c.connectTcp(m_address, ws) || !c.handshake(m.captured(1).toUtf8()) ||
                !checkUpgradeHeaders(c, line.json))
                return (why = QStringLiteral("no 101 for ") + m.captured(1), ok = false, true);
            c.waitForControl(0x8, 1000);
            if (!c.closeReceived || c.closeCode != 1002 || c.closeReason != "Invalid path" ||
                !c.waitForDisconnected(1000))
                return (why = QStringLiteral("no close 1002 'Invalid path' for ") + m.captured(1), ok = false,
                        true);
            return true;
        }
        const bool rawTcp = note.startsWith(QLatin1String("6: raw TCP"));
        const bool https = note.startsWith(QLatin1String("6: HTTPS without upgrade"));
        const bool plainToTls = note.startsWith(QLatin1String("6: plaintext to wss port"));
        if (!rawTcp && !https && !plainToTls)
            return false;
        RawWsClient c;
        if (!c.connectTcp(m_address, rawTcp ? ws : wss, https))
            return (why = QStringLiteral("cannot connect for ") + note, ok = false, true);
        const QByteArray request =
            rawTcp ? send->text.toUtf8() : QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        c.sendRaw(request);
        const bool expectClose =
            line.json.member(QStringLiteral("server_closed_tcp")) &&
            line.json.member(QStringLiteral("server_closed_tcp"))->text == QLatin1String("true");
        // The capture waited 3 s; a tenth of it shows the same.
        if (expectClose)
            c.waitForDisconnected(2000);
        else
            QTest::qWait(300);
        if (c.rawReceived() != recv->text.toUtf8() || c.isConnected() == expectClose) {
            why = QStringLiteral("%1: got \"%2\", connected=%3")
                      .arg(note, QString::fromUtf8(c.rawReceived()))
                      .arg(c.isConnected());
            ok = false;
        }
        return true;
    });
    QVERIFY2(ok, qPrintable(why));
}

void TestTranscripts::wss07()
{
    const quint16 wss = m_server->wssPort();
    bool ok = true;
    QString why;
    const auto check = [&](bool condition, const QString &message) {
        if (!condition && ok) {
            ok = false;
            why = message;
        }
        return true;
    };
    replay(QStringLiteral("07-wss.jsonl"), [&](const TranscriptLine &line) {
        const QString note = line.note();
        if (note.startsWith(QLatin1String("7a:"))) {
            RawWsClient *c = m_replayer->client(QStringLiteral("wss"));
            if (!c)
                return check(false, QStringLiteral("no wss connection"));
            const QSslCipher cipher = c->socket()->sessionCipher();
            const QSslCertificate peer = c->socket()->peerCertificate();
            check(c->socket()->sessionProtocol() == QSsl::TlsV1_3, QStringLiteral("not TLS 1.3"));
            check(cipher.name() == QLatin1String("TLS_AES_256_GCM_SHA384"),
                  QStringLiteral("cipher ") + cipher.name());
            check(peer.subjectInfo(QSslCertificate::CommonName).value(0) == m_address.toString(),
                  QStringLiteral("certificate CN"));
            check(peer.issuerInfo(QSslCertificate::CommonName) ==
                      peer.subjectInfo(QSslCertificate::CommonName),
                  QStringLiteral("not self-signed"));
            return check(checkUpgradeHeaders(*c, line.json), QStringLiteral("wss upgrade headers"));
        }
        if (note.startsWith(QLatin1String("7e:"))) {
            RawWsClient c;
            bool selfSigned = false;
            const bool connected = c.connectTcp(m_address, wss, true, 3000, [&](QSslSocket &s) {
                s.setPeerVerifyMode(QSslSocket::VerifyPeer);
                QObject::connect(&s, &QSslSocket::sslErrors, &s, [&](const QList<QSslError> &errors) {
                    for (const QSslError &e : errors)
                        selfSigned = selfSigned || e.error() == QSslError::SelfSignedCertificate;
                });
            });
            return check(!connected && selfSigned,
                         QStringLiteral("a verifying client accepted the certificate"));
        }
        if (note.startsWith(QLatin1String("7f:"))) {
            const bool v12 = note.contains(QLatin1String("TLSv1_2"));
            RawWsClient c;
            const bool connected = c.connectTcp(m_address, wss, true, 3000, [&](QSslSocket &s) {
                s.setProtocol(v12 ? QSsl::TlsV1_2 : QSsl::TlsV1_3);
            });
            const QString expected = line.json.member(QStringLiteral("cipher"))->items.value(0).text;
            return check(
                connected && c.socket()->sessionCipher().name() == expected,
                QStringLiteral("forced %1: cipher %2").arg(note, c.socket()->sessionCipher().name()));
        }
        if (note.startsWith(QLatin1String("7g:"))) {
            // What openssl s_client reports about the handshake (key exchange, signature).
            QProcess sClient;
            sClient.start(QStringLiteral("openssl"),
                          {QStringLiteral("s_client"), QStringLiteral("-connect"),
                           QStringLiteral("%1:%2").arg(m_address.toString()).arg(wss)});
            sClient.closeWriteChannel();
            (void)simtest::waitFor([&] { return sClient.state() == QProcess::NotRunning; }, 10000);
            const QString out =
                QString::fromUtf8(sClient.readAllStandardOutput() + sClient.readAllStandardError());
            for (const char *expected : {"Peer signature type: RSA-PSS", "Server Temp Key: X25519, 253 bits",
                                         "New, TLSv1.3, Cipher is TLS_AES_256_GCM_SHA384",
                                         "Verify return code: 18 (self-signed certificate)"}) {
                check(out.contains(QLatin1String(expected)),
                      QStringLiteral("s_client lacks ") + QLatin1String(expected));
            }
            return true;
        }
        return false;
    });
    QVERIFY2(ok, qPrintable(why));
}

void TestTranscripts::connect02()
{
    replay(QStringLiteral("02-connect.jsonl"), [](const TranscriptLine &line) {
        return !line.hasSend() && line.note().startsWith(QLatin1String("All request ids"));
    });
}

void TestTranscripts::requestCache02c()
{
    replay(QStringLiteral("02c-request-cache.jsonl"), [](const TranscriptLine &line) {
        if (!line.note().startsWith(QLatin1String("cache-h")))
            return false;
        QTest::qWait(CacheTimeoutMs + 150); // "sleeping 21 s (REQUEST_TIMEOUT is 20000 ms)"
        return true;
    });
}

void TestTranscripts::signals08()
{
    bool ok = true;
    QString why;
    std::unique_ptr<RawWsClient> late;
    const auto check = [&](bool condition, const QString &message) {
        if (!condition && ok) {
            ok = false;
            why = message;
        }
        return true;
    };
    replay(QStringLiteral("08-signals.jsonl"), [&](const TranscriptLine &line) {
        const QString note = line.note();
        const auto a = [this] { return m_replayer->client(QStringLiteral("A")); };
        if (note.startsWith(QLatin1String("8b:"))) {
            m_server->setFault(Fault{FaultMode::Stall}); // SIGSTOP
            return true;
        }
        if (note.startsWith(QLatin1String("8d:"))) {
            a()->sendPing("stopped?");
            QTest::qWait(200);
            return check(!a()->waitForControl(0xA, 0), QStringLiteral("a PONG came from a stopped server"));
        }
        if (note.startsWith(QLatin1String("8e:"))) {
            late = std::make_unique<RawWsClient>();
            return check(late->connectTcp(m_address, m_server->wsPort()) &&
                             !late->handshake("/kurento", {}, 300),
                         QStringLiteral("a stopped server answered the handshake"));
        }
        if (note.startsWith(QLatin1String("8f:"))) {
            m_server->clearFault(); // SIGCONT
            return true;
        }
        if (note.startsWith(QLatin1String("8g:"))) {
            a()->waitForMessages(1, 2000);
            QTest::qWait(25);
            QList<QByteArray> frames;
            for (const auto &f : a()->takeMessages())
                frames << f.payload;
            check(m_replayer->compareFrames(Replayer::expectedFrames(line.json), frames, {}),
                  m_replayer->error());
            check(a()->waitForControl(0xA, 1000).has_value(), QStringLiteral("the queued PING got no PONG"));
            return check(
                late->waitForRaw([](const QByteArray &r) { return r.contains("101 Switching"); }, 1000),
                QStringLiteral("the queued handshake was not answered"));
        }
        if (note.startsWith(QLatin1String("8i:")) || note.startsWith(QLatin1String("8j:"))) {
            const QString name =
                note.startsWith(QLatin1String("8i")) ? QStringLiteral("ws") : QStringLiteral("wss");
            return check(m_replayer->step(line, name), m_replayer->error());
        }
        if (note.startsWith(QLatin1String("8k:"))) {
            if (note.contains(QLatin1String("wss"))) {
                const QString before = m_server->serverId();
                m_server->restart(); // SIGTERM (and a supervisor starting a new process)
                for (const char *name : {"ws", "wss"}) {
                    RawWsClient *c = m_replayer->client(QLatin1String(name));
                    check(c->waitForDisconnected(500) && !c->closeReceived,
                          QStringLiteral("%1 did not see a bare TCP drop (1006)").arg(QLatin1String(name)));
                }
                check(m_server->serverId() != before, QStringLiteral("serverId unchanged after a restart"));
                m_replayer->forget(QStringLiteral("ws"));
                m_replayer->forget(QStringLiteral("wss"));
                m_replayer->forget(QStringLiteral("A"));
            }
            return true;
        }
        if (note.startsWith(QLatin1String("8l:"))) {
            m_server->setFault(Fault{FaultMode::Refuse}); // the process is gone
            return true;
        }
        if (note.startsWith(QLatin1String("8m:"))) {
            RawWsClient c;
            const bool connected = c.connectTcp(m_address, m_server->wsPort(), false, 1000);
            check(!connected && c.socket()->error() == QAbstractSocket::ConnectionRefusedError,
                  QStringLiteral("connection not refused"));
            m_server->clearFault();
            return true;
        }
        return false;
    });
    QVERIFY2(ok, qPrintable(why));
}

QTEST_GUILESS_MAIN(TestTranscripts)
#include "tst_sim_transcripts.moc"
