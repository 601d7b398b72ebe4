#include "httphandshake.h"

#include <QCryptographicHash>
#include <QList>

namespace kmssim {

namespace {

const QByteArray ServerHeader = "Server: WebSocket++/0.8.2\r\n";

QByteArray statusOnly(const QByteArray &statusLine)
{
    return statusLine + "\r\n" + ServerHeader + "\r\n";
}

HttpHandshake::Result closeWith(const QByteArray &response)
{
    HttpHandshake::Result result;
    result.verdict = HttpHandshake::Verdict::RespondAndClose;
    result.response = response;
    return result;
}

HttpHandshake::Result badRequest()
{
    // websocketpp writes an empty reason phrase when the request cannot be parsed (HTTP/1.0,
    // garbage): "HTTP/1.1 400 ".
    return closeWith(statusOnly("HTTP/1.1 400 "));
}

HttpHandshake::Result badHandshake()
{
    // A parsed upgrade request that fails websocketpp's checks (no Sec-WebSocket-Key, no Host)
    // gets the full reason phrase, as a real KMS 7.3.0 answered.
    return closeWith(statusOnly("HTTP/1.1 400 Bad Request"));
}

bool containsToken(const QByteArray &headerValue, const QByteArray &token)
{
    return headerValue.toLower().contains(token);
}

} // namespace

QByteArray HttpHandshake::acceptKey(const QByteArray &clientKey)
{
    const QByteArray magic = clientKey + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    return QCryptographicHash::hash(magic, QCryptographicHash::Sha1).toBase64();
}

HttpHandshake::Result HttpHandshake::evaluate(const QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        // Non-HTTP bytes are refused as soon as the first line shows it.
        const qsizetype lineEnd = buffer.indexOf("\r\n");
        if (lineEnd >= 0 && buffer.left(lineEnd).count(' ') < 2)
            return badRequest();
        if (buffer.size() > MaxHeaderBytes)
            return badRequest();
        return {};
    }
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.front().trimmed().split(' ');
    if (requestLine.size() != 3 || requestLine[2] != "HTTP/1.1")
        return badRequest();

    QByteArray upgrade, connection, key, version;
    bool hasHost = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return badRequest();
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "upgrade")
            upgrade = value;
        else if (name == "connection")
            connection = value;
        else if (name == "sec-websocket-key")
            key = value;
        else if (name == "sec-websocket-version")
            version = value;
        else if (name == "host")
            hasHost = true;
    }

    Result result;
    result.consumed = end + 4;
    const QByteArray &method = requestLine[0];
    const bool isUpgrade = containsToken(upgrade, "websocket") && containsToken(connection, "upgrade");
    // GET, HEAD, OPTIONS and PUT without an upgrade got 426 and an immediate close from KMS.
    if (!isUpgrade && (method == "GET" || method == "HEAD" || method == "OPTIONS" || method == "PUT"))
        return closeWith(statusOnly("HTTP/1.1 426 Upgrade Required"));
    if (method != "GET") {
        // A POST got no answer at all from KMS; the handshake timeout closes it later.
        result.verdict = Verdict::Ignore;
        return result;
    }
    if (version != "13" && version != "8" && version != "7") {
        return closeWith("HTTP/1.1 400 Bad Request\r\nSec-WebSocket-Version: 0,7,8,13\r\n" + ServerHeader +
                         "\r\n");
    }
    if (key.isEmpty())
        return badHandshake();
    if (!hasHost) // websocketpp builds the request URI from Host; without one the URI is invalid
        return badHandshake();

    // websocketpp keeps headers in a std::map, so they come out sorted.
    result.verdict = Verdict::Upgrade;
    result.resource = requestLine[1];
    result.response =
        "HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: " + acceptKey(key) +
        "\r\n" + ServerHeader + "Upgrade: websocket\r\n\r\n";
    return result;
}

} // namespace kmssim
