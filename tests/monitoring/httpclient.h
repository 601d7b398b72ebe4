#pragma once

// A raw HTTP/1.x client for the tests: sends exactly the bytes given, reads until the server
// closes the connection, and takes the response apart. Spins the event loop while it waits.

#include <QByteArray>
#include <QEventLoop>
#include <QHostAddress>
#include <QMap>
#include <QTcpSocket>
#include <QTimer>

namespace ucmc::test {

struct HttpReply
{
    bool connected = false;
    bool closedByServer = false;
    QByteArray raw;
    QByteArray statusLine; // "HTTP/1.1 200 OK"
    int status = 0;
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
};

inline HttpReply httpExchange(const QHostAddress &address, quint16 port, const QByteArray &request,
                              int timeoutMs = 5000)
{
    HttpReply reply;
    QTcpSocket socket;
    QEventLoop loop;
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] {
        reply.connected = true;
        socket.write(request);
    });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] { reply.raw += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, [&] {
        reply.raw += socket.readAll();
        reply.closedByServer = true;
        loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, [&](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError)
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    socket.connectToHost(address, port);
    loop.exec();

    const qsizetype headEnd = reply.raw.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return reply;
    const QList<QByteArray> lines = reply.raw.left(headEnd).split('\n');
    reply.statusLine = lines.value(0).trimmed();
    reply.status = reply.statusLine.split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            reply.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    reply.body = reply.raw.mid(headEnd + 4);
    return reply;
}

inline HttpReply httpGet(quint16 port, const QByteArray &path = "/metrics", const QByteArray &method = "GET",
                         const QByteArray &version = "HTTP/1.1")
{
    return httpExchange(QHostAddress::LocalHost, port,
                        method + ' ' + path + ' ' + version +
                            "\r\nHost: 127.0.0.1\r\nUser-Agent: test\r\n\r\n");
}

} // namespace ucmc::test
