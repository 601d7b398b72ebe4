#pragma once

// Test support: a scriptable WebSocket peer on loopback for the cases kms-sim does not make (a
// real KMS would not either): frames of any shape, JSON-RPC errors to a ping, replies with other
// ids, a handshake with a wrong Sec-WebSocket-Accept. By default it answers like a KMS (compact
// JSON, keys sorted) and records every request, so tests can check what the console sends.

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUuid>

#include <cstring>

#include <functional>
#include <memory>
#include <vector>

namespace ucmc::test {

struct ClientFrame
{
    bool fin = true;
    quint8 opcode = 0;
    bool masked = false;
    QByteArray payload; // unmasked
};

// One client connection as the fake server sees it.
class FakePeer : public QObject
{
public:
    explicit FakePeer(QTcpSocket *socket)
        : m_socket(socket)
    {
        m_socket->setParent(this);
    }

    QTcpSocket *socket() const { return m_socket; }
    bool isOpen() const { return m_open; }
    const std::vector<ClientFrame> &frames() const { return m_frames; }
    QByteArray sessionId;

    void sendRaw(const QByteArray &bytes)
    {
        m_socket->write(bytes);
        m_socket->flush();
    }
    // A frame as a server writes it (unmasked); `lengthOverride` announces another length.
    static QByteArray frame(quint8 opcode, const QByteArray &payload, bool fin = true, quint8 rsv = 0,
                            bool masked = false, qint64 lengthOverride = -1)
    {
        QByteArray out;
        out.append(char((fin ? 0x80 : 0) | (rsv << 4) | opcode));
        const quint64 length = lengthOverride >= 0 ? quint64(lengthOverride) : quint64(payload.size());
        const char maskBit = masked ? char(0x80) : char(0);
        if (length < 126) {
            out.append(char(maskBit | char(length)));
        } else if (length <= 0xFFFF) {
            out.append(char(maskBit | 126));
            out.append(char(length >> 8)).append(char(length & 0xFF));
        } else {
            out.append(char(maskBit | 127));
            for (int shift = 56; shift >= 0; shift -= 8)
                out.append(char((length >> shift) & 0xFF));
        }
        if (masked)
            out.append("\x01\x02\x03\x04", 4); // masked with a key; the payload below is not
        return out + payload;
    }
    void sendFrame(quint8 opcode, const QByteArray &payload, bool fin = true) { sendRaw(frame(opcode, payload, fin)); }
    void sendText(const QByteArray &text) { sendFrame(0x1, text); }
    void sendClose(quint16 code, const QByteArray &reason = {})
    {
        QByteArray payload;
        payload.append(char(code >> 8)).append(char(code & 0xFF)).append(reason);
        sendFrame(0x8, payload);
    }

    // Everything received so far is parsed; returns the complete messages (text or binary).
    QList<QByteArray> take(const QByteArray &bytes)
    {
        m_in += bytes;
        QList<QByteArray> messages;
        if (!m_open) {
            const qsizetype end = m_in.indexOf("\r\n\r\n");
            if (end < 0)
                return messages;
            m_request = m_in.left(end + 4);
            m_in.remove(0, end + 4);
            return {QByteArray()}; // the handshake (an empty marker)
        }
        for (;;) {
            if (m_in.size() < 2)
                break;
            const auto *p = reinterpret_cast<const uchar *>(m_in.constData());
            ClientFrame f;
            f.fin = p[0] & 0x80;
            f.opcode = p[0] & 0x0F;
            f.masked = p[1] & 0x80;
            quint64 length = p[1] & 0x7F;
            qsizetype at = 2;
            if (length == 126) {
                if (m_in.size() < 4)
                    break;
                length = (quint64(p[2]) << 8) | p[3];
                at = 4;
            } else if (length == 127) {
                if (m_in.size() < 10)
                    break;
                length = 0;
                for (int i = 2; i < 10; ++i)
                    length = (length << 8) | p[i];
                at = 10;
            }
            uchar key[4] = {0, 0, 0, 0};
            if (f.masked) {
                if (m_in.size() < at + 4)
                    break;
                std::memcpy(key, p + at, 4);
                at += 4;
            }
            if (quint64(m_in.size() - at) < length)
                break;
            f.payload = m_in.mid(at, qsizetype(length));
            for (qsizetype i = 0; i < f.payload.size(); ++i)
                f.payload[i] = char(f.payload[i] ^ key[i & 3]);
            m_in.remove(0, at + qsizetype(length));
            m_frames.push_back(f);
            if (f.opcode == 0x1 || f.opcode == 0x2)
                messages << f.payload;
        }
        return messages;
    }
    QByteArray request() const { return m_request; }
    void setOpen() { m_open = true; }

private:
    QTcpSocket *m_socket;
    QByteArray m_in;
    QByteArray m_request;
    bool m_open = false;
    std::vector<ClientFrame> m_frames;
};

class FakeKurentoServer : public QObject
{
public:
    explicit FakeKurentoServer(const QHostAddress &address, QObject *parent = nullptr)
        : QObject(parent)
        , m_address(address)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                adopt(socket);
        });
        onMessage = [this](FakePeer &peer, const QByteArray &message) {
            answerLikeKms(peer, message, version, serverId);
        };
    }

    bool listen() { return m_server.listen(m_address, 0); }
    quint16 port() const { return m_server.serverPort(); }
    QString url(const QString &path = QStringLiteral("/kurento")) const
    {
        return QStringLiteral("ws://%1:%2%3").arg(m_address.toString()).arg(port()).arg(path);
    }

    // Scripts. handshake: the HTTP answer for a request (default: a correct 101); empty = silence.
    std::function<QByteArray(const QByteArray &request)> handshake = [](const QByteArray &request) {
        return upgradeResponse(request);
    };
    // Each message a client sends; the default answers like KMS (see answerLikeKms()).
    std::function<void(FakePeer &peer, const QByteArray &message)> onMessage;
    std::function<void(FakePeer &peer)> onOpen;

    int connections() const { return m_accepted; }
    const QList<QJsonObject> &requests() const { return m_requests; }
    QList<QPointer<FakePeer>> peers;
    QString serverId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString version = QStringLiteral("7.3.0");

    static QByteArray acceptKey(const QByteArray &request)
    {
        QByteArray key;
        for (const QByteArray &line : request.split('\n')) {
            if (line.toLower().startsWith("sec-websocket-key:"))
                key = line.mid(18).trimmed();
        }
        return QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"), QCryptographicHash::Sha1)
            .toBase64();
    }
    static QByteArray upgradeResponse(const QByteArray &request)
    {
        return "HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: " + acceptKey(request)
               + "\r\nServer: WebSocket++/0.8.2\r\nUpgrade: websocket\r\n\r\n";
    }
    static QByteArray compact(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact); // Qt sorts keys, like jsoncpp
    }
    // ping, connect, and the ServerManager operations the console uses, like KMS 7.3.0.
    static void answerLikeKms(FakePeer &peer, const QByteArray &message, const QString &version = QStringLiteral("7.3.0"),
                              const QString &serverId = QStringLiteral("fake-server-id"))
    {
        const QJsonObject request = QJsonDocument::fromJson(message).object();
        const QString method = request.value(QLatin1String("method")).toString();
        const QJsonObject params = request.value(QLatin1String("params")).toObject();
        QJsonObject result;
        if (method == QLatin1String("connect")) {
            peer.sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
            result = {{QStringLiteral("serverId"), serverId}, {QStringLiteral("sessionId"), QString::fromLatin1(peer.sessionId)}};
        } else if (method == QLatin1String("ping")) {
            result = {{QStringLiteral("value"), QStringLiteral("pong")}};
            if (!peer.sessionId.isEmpty())
                result.insert(QStringLiteral("sessionId"), QString::fromLatin1(peer.sessionId));
        } else if (method == QLatin1String("invoke")) {
            const QString operation = params.value(QLatin1String("operation")).toString();
            result.insert(QStringLiteral("sessionId"), QString::fromLatin1(peer.sessionId));
            if (operation == QLatin1String("getInfo"))
                result.insert(QStringLiteral("value"),
                              QJsonObject{{QStringLiteral("version"), version},
                                          {QStringLiteral("type"), QStringLiteral("KMS")},
                                          {QStringLiteral("modules"),
                                           QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("core")},
                                                                  {QStringLiteral("version"), version}}}}});
            else if (operation == QLatin1String("getCpuCount"))
                result.insert(QStringLiteral("value"), 4);
            else if (operation == QLatin1String("getUsedMemory"))
                result.insert(QStringLiteral("value"), 30000);
            else if (operation == QLatin1String("getUsedCpu"))
                result.insert(QStringLiteral("value"), 12.5);
            else if (operation == QLatin1String("getSessions"))
                result.insert(QStringLiteral("value"),
                              QJsonArray{QString(), QString(), QString::fromLatin1(peer.sessionId),
                                         QStringLiteral("other-client-session")});
        }
        QJsonObject reply{{QStringLiteral("id"), request.value(QLatin1String("id"))},
                          {QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                          {QStringLiteral("result"), result}};
        peer.sendText(compact(reply));
    }

private:
    void adopt(QTcpSocket *socket)
    {
        ++m_accepted;
        auto *peer = new FakePeer(socket);
        peer->setParent(this);
        peers << peer;
        QObject::connect(socket, &QTcpSocket::readyRead, peer, [this, peer] {
            const QList<QByteArray> messages = peer->take(peer->socket()->readAll());
            for (const QByteArray &message : messages) {
                if (!peer->isOpen()) {
                    const QByteArray answer = handshake(peer->request());
                    if (answer.isEmpty())
                        return;
                    peer->sendRaw(answer);
                    if (answer.startsWith("HTTP/1.1 101")) {
                        peer->setOpen();
                        if (onOpen)
                            onOpen(*peer);
                        const QList<QByteArray> rest = peer->take({}); // frames sent with the request
                        for (const QByteArray &m : rest)
                            deliver(*peer, m);
                    }
                    continue;
                }
                deliver(*peer, message);
            }
        });
    }
    void deliver(FakePeer &peer, const QByteArray &message)
    {
        m_requests << QJsonDocument::fromJson(message).object();
        onMessage(peer, message);
    }

    QHostAddress m_address;
    QTcpServer m_server;
    int m_accepted = 0;
    QList<QJsonObject> m_requests;
};

} // namespace ucmc::test
