#include "net/metrics/metricsserver.h"

#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <charconv>
#include <cmath>

Q_LOGGING_CATEGORY(lcMetrics, "ucmc.metrics", QtInfoMsg)

namespace ucmc {

// --- PrometheusWriter ----------------------------------------------------------------------------

namespace {
void appendEscapedByte(QByteArray &out, char c)
{
    if (c == '\\')
        out += "\\\\";
    else if (c == '"')
        out += "\\\"";
    else if (c == '\n')
        out += "\\n";
    else
        out += c;
}
} // namespace

// Appended in place, without a temporary per value: a fleet's scrape writes some 40,000 labels.
void PrometheusWriter::appendLabelValue(QByteArray &out, QStringView value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value[i].unicode();
        if (c >= 0x80) { // the rest as UTF-8 (escaping works on its bytes: < 0x80 only in ASCII)
            const QByteArray utf8 = value.mid(i).toUtf8();
            for (const char b : utf8)
                appendEscapedByte(out, b);
            return;
        }
        appendEscapedByte(out, char(c));
    }
}

QByteArray PrometheusWriter::escapeLabelValue(const QString &value)
{
    QByteArray out;
    out.reserve(value.size());
    appendLabelValue(out, value);
    return out;
}

QByteArray PrometheusWriter::escapeHelp(const QString &help)
{
    const QByteArray utf8 = help.toUtf8();
    QByteArray out;
    out.reserve(utf8.size());
    for (const char c : utf8) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

void PrometheusWriter::appendValue(QByteArray &out, double value)
{
    if (std::isnan(value)) {
        out += "NaN";
    } else if (std::isinf(value)) {
        out += value > 0 ? "+Inf" : "-Inf";
    } else {
        // The shortest text that reads back as the same double (plain or with an exponent,
        // whichever is shorter), written into the output without a temporary.
        char digits[32];
        const auto written = std::to_chars(digits, digits + sizeof digits, value);
        out.append(digits, written.ptr - digits);
    }
}

QByteArray PrometheusWriter::formatValue(double value)
{
    QByteArray out;
    appendValue(out, value);
    return out;
}

void PrometheusWriter::family(const QByteArray &name, const QString &help, Type type)
{
    const auto known = m_index.constFind(name);
    if (known != m_index.cend()) {
        m_current = known.value();
        return;
    }
    m_current = m_families.size();
    m_index.insert(name, m_current);
    QByteArray text = "# HELP " + name + ' ' + escapeHelp(help) + '\n';
    text += "# TYPE " + name + ' ';
    switch (type) {
    case Type::Gauge:
        text += "gauge\n";
        break;
    case Type::Counter:
        text += "counter\n";
        break;
    case Type::Untyped:
        text += "untyped\n";
        break;
    }
    m_families.append(Family{name, text});
}

void PrometheusWriter::sample(const QByteArray &name, const Labels &labels, double value)
{
    Q_ASSERT_X(m_current >= 0, "PrometheusWriter::sample", "a sample before any family");
    if (m_current < 0)
        return;
    QByteArray &text = m_families[m_current].text;
    text += name;
    if (!m_commonText.isEmpty() || !labels.isEmpty()) {
        text += '{';
        text += m_commonText;
        for (qsizetype i = 0; i < labels.size(); ++i) {
            if (i > 0 || !m_commonText.isEmpty())
                text += ',';
            text += labels.at(i).first;
            text += "=\"";
            appendLabelValue(text, labels.at(i).second);
            text += '"';
        }
        text += '}';
    }
    text += ' ';
    appendValue(text, value);
    text += '\n';
}

void PrometheusWriter::setCommonLabels(const Labels &labels)
{
    // Rendered once: they are the same in every sample until set again.
    m_commonText.clear();
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (i > 0)
            m_commonText += ',';
        m_commonText += labels.at(i).first;
        m_commonText += "=\"";
        appendLabelValue(m_commonText, labels.at(i).second);
        m_commonText += '"';
    }
}

QByteArray PrometheusWriter::text() const
{
    qsizetype size = 0;
    for (const Family &family : m_families)
        size += family.text.size();
    QByteArray out;
    out.reserve(size);
    for (const Family &family : m_families)
        out += family.text;
    return out;
}

QByteArray PrometheusWriter::take()
{
    QByteArray out = text();
    m_families.clear();
    m_index.clear();
    m_current = -1;
    return out;
}

QByteArrayList PrometheusWriter::takeParts()
{
    QByteArrayList parts;
    parts.reserve(m_families.size());
    for (Family &family : m_families)
        parts.append(std::move(family.text));
    m_families.clear();
    m_index.clear();
    m_current = -1;
    return parts;
}

// --- MetricsServer -------------------------------------------------------------------------------

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 505:
        return QByteArrayLiteral("HTTP Version Not Supported");
    default:
        return QByteArrayLiteral("Error");
    }
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') &&
            !QByteArrayView("!#$%&'*+-.^_`|~").contains(c))
            return false;
    }
    return true;
}

} // namespace

MetricsServer::MetricsServer(Renderer renderer, QObject *parent)
    : QObject(parent)
    , m_renderer(std::move(renderer))
{}

MetricsServer::~MetricsServer()
{
    close();
}

bool MetricsServer::listen(const QHostAddress &address, quint16 port)
{
    close();
    m_server = new QTcpServer(this);
    m_server->setMaxPendingConnections(kMaxConnections);
    connect(m_server, &QTcpServer::newConnection, this, &MetricsServer::onNewConnection);
    if (!m_server->listen(address, port)) {
        m_error = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    m_error.clear();
    return true;
}

void MetricsServer::close()
{
    const auto clients = m_clients.keys();
    for (QTcpSocket *socket : clients)
        drop(socket);
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
}

bool MetricsServer::isListening() const
{
    return m_server && m_server->isListening();
}

QHostAddress MetricsServer::serverAddress() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

quint16 MetricsServer::serverPort() const
{
    return m_server ? m_server->serverPort() : 0;
}

void MetricsServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_clients.size() >= kMaxConnections) {
            qCInfo(lcMetrics) << "too many connections; dropping one from"
                              << socket->peerAddress().toString();
            socket->abort();
            socket->deleteLater();
            continue;
        }
        Client client;
        client.deadline = new QTimer(socket);
        client.deadline->setSingleShot(true);
        connect(client.deadline, &QTimer::timeout, this, [this, socket] { drop(socket); });
        client.deadline->start(m_requestTimeoutMs);
        m_clients.insert(socket, client);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { drop(socket); });
        connect(socket, &QTcpSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
            if (error != QAbstractSocket::RemoteHostClosedError)
                drop(socket);
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void MetricsServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    Client &client = it.value();
    if (client.answered) {
        socket->read(socket->bytesAvailable()); // a body we do not want
        return;
    }
    client.buffer += socket->read(kMaxRequestBytes + 1 - client.buffer.size());
    qsizetype headEnd = client.buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        headEnd = client.buffer.indexOf("\n\n");
    if (headEnd < 0) {
        if (client.buffer.size() > kMaxRequestBytes)
            respond(socket, 431, QByteArrayLiteral("HTTP/1.1"), {QByteArrayLiteral("Request too large.\n")});
        return;
    }

    const QByteArray head = client.buffer.left(headEnd);
    qsizetype lineEnd = head.indexOf('\n');
    QByteArray requestLine = lineEnd < 0 ? head : head.left(lineEnd);
    if (requestLine.endsWith('\r'))
        requestLine.chop(1);
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty() ||
        !parts.at(2).startsWith("HTTP/")) {
        respond(socket, 400, QByteArrayLiteral("HTTP/1.1"), {QByteArrayLiteral("Not an HTTP request.\n")});
        return;
    }
    const QByteArray &method = parts.at(0);
    const QByteArray &version = parts.at(2);
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        respond(socket, 505, QByteArrayLiteral("HTTP/1.1"), {QByteArrayLiteral("Use HTTP/1.1 or HTTP/1.0.\n")});
        return;
    }
    QByteArray target = parts.at(1);
    if (target.startsWith("http://") || target.startsWith("https://")) // absolute form
        target = QUrl::fromEncoded(target).path(QUrl::FullyEncoded).toLatin1();
    const qsizetype query = target.indexOf('?');
    const QByteArray path = query < 0 ? target : target.left(query);
    if (path != m_path) {
        respond(socket, 404, version, {QByteArrayLiteral("Not found. The metrics are at ") + m_path + "\n"});
        return;
    }
    if (method != "GET" && method != "HEAD") {
        respond(socket, 405, version, {QByteArrayLiteral("Only GET and HEAD.\n")}, false,
                QByteArrayLiteral("Allow: GET, HEAD\r\n"));
        return;
    }
    const QByteArrayList body = m_renderer ? m_renderer() : QByteArrayList();
    respond(socket, 200, version, body, method == "HEAD");
}

void MetricsServer::respond(QTcpSocket *socket, int status, const QByteArray &httpVersion,
                            const QByteArrayList &body, bool headOnly, const QByteArray &extraHeaders)
{
    auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    it->answered = true;
    it->buffer.clear();
    it->deadline->start(kWriteTimeoutMs);
    const QByteArray contentType =
        status == 200 ? m_contentType : QByteArrayLiteral("text/plain; charset=utf-8");
    QByteArray response =
        httpVersion + ' ' + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    response += "Content-Type: " + contentType + "\r\n";
    qsizetype length = 0;
    for (const QByteArray &part : body)
        length += part.size();
    response += "Content-Length: " + QByteArray::number(length) + "\r\n";
    response += "Connection: close\r\n";
    response += extraHeaders;
    response += "\r\n";
    socket->write(response);
    // A part of 4 kB or more joins the socket's buffer as it is (QIODevice::write shares it).
    if (!headOnly) {
        for (const QByteArray &part : body)
            socket->write(part);
    }
    // Closes once everything is written; the deadline drops a client that never reads it.
    socket->disconnectFromHost();
    emit requestServed(status);
}

void MetricsServer::drop(QTcpSocket *socket)
{
    if (!m_clients.remove(socket))
        return;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

} // namespace ucmc
