#pragma once

// A tiny HTTP server for Prometheus: GET (and HEAD) on one path, nothing else. Built on
// QTcpServer in the calling thread's event loop; never blocks.
//
// - HTTP/1.0 and HTTP/1.1; every response closes the connection (Connection: close).
// - 200 for GET/HEAD on the path (query ignored), 404 for other paths, 405 (Allow: GET, HEAD) for
//   other methods on the path, 400 for what is not an HTTP request, 505 for other HTTP versions,
//   431 for a request head over kMaxRequestBytes (the body of a request is never read).
// - A client has kRequestTimeoutMs to send its request and kWriteTimeoutMs to read the answer,
//   then it is dropped; at most kMaxConnections at once (more are dropped at once). A slow or
//   hostile client cannot hold the exporter, and nothing here ever blocks.
//
// PrometheusWriter builds the text exposition format (version 0.0.4): HELP and TYPE once before all
// the samples of a family, label values and help texts escaped as the format says.

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <functional>
#include <utility>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace ucmc {

class PrometheusWriter
{
public:
    enum class Type { Gauge, Counter, Untyped };
    using Labels = QList<std::pair<QByteArray, QString>>; // name (a valid label name), value

    static constexpr QByteArrayView kContentType = "text/plain; version=0.0.4; charset=utf-8";

    // Starts a metric family ("# HELP name help", "# TYPE name type"), or continues it when the
    // name was declared before (help and type as first declared): the samples that follow join
    // that family's, so that several sources (sites) can write the same families one after the
    // other. Families appear in the order of their first declaration.
    void family(const QByteArray &name, const QString &help, Type type);
    // "name{a="x",b="y"} value" in the current family; a sample name may extend the family's
    // (e.g. _total). The common labels come first.
    void sample(const QByteArray &name, const Labels &labels, double value);
    // Labels put before the own labels of every sample from now on (e.g. site="Hamburg").
    void setCommonLabels(const Labels &labels);

    QByteArray text() const;
    QByteArray take();
    // The text as it was written, one part per family, moved out (nothing copied); starts afresh.
    QByteArrayList takeParts();

    // Backslash, double quote and line feed escaped (\\, \", \n).
    static QByteArray escapeLabelValue(const QString &value);
    // Backslash and line feed escaped (\\, \n).
    static QByteArray escapeHelp(const QString &help);
    // The shortest text that reads back as the same double; NaN, +Inf, -Inf as Prometheus writes them.
    static QByteArray formatValue(double value);
    // The same, appended to out.
    static void appendLabelValue(QByteArray &out, QStringView value);
    static void appendValue(QByteArray &out, double value);

private:
    struct Family
    {
        QByteArray name;
        QByteArray text; // HELP, TYPE and the samples so far
    };
    QList<Family> m_families;             // in the order of first declaration
    QHash<QByteArray, qsizetype> m_index; // name -> position in m_families
    qsizetype m_current = -1;
    QByteArray m_commonText; // the common labels as written: a="x",b="y"
};

class MetricsServer : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxRequestBytes = 8 * 1024;
    static constexpr int kRequestTimeoutMs = 5000; // to send the request
    static constexpr int kWriteTimeoutMs = 30000;  // to read the answer (a big fleet: megabytes)
    static constexpr int kMaxConnections = 32;

    // Called for every GET/HEAD on the path; returns the body (the exposition text) in parts,
    // which are written one after the other: megabytes of a big fleet are never copied into one.
    using Renderer = std::function<QByteArrayList()>;

    explicit MetricsServer(Renderer renderer, QObject *parent = nullptr);
    ~MetricsServer() override;

    void setPath(const QByteArray &path) { m_path = path; }       // default "/metrics"
    void setRequestTimeoutMs(int ms) { m_requestTimeoutMs = ms; } // default kRequestTimeoutMs
    void setContentType(const QByteArray &type) { m_contentType = type; }

    // Port 0 picks a free port (see serverPort()). On failure errorString() says why.
    bool listen(const QHostAddress &address, quint16 port);
    void close();
    bool isListening() const;
    QHostAddress serverAddress() const;
    quint16 serverPort() const;
    QString errorString() const { return m_error; }

    int connectionCount() const { return int(m_clients.size()); }

signals:
    // After each answer: its status code (for logs and tests).
    void requestServed(int status);

private:
    struct Client
    {
        QByteArray buffer;
        QTimer *deadline = nullptr;
        bool answered = false;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int status, const QByteArray &httpVersion, const QByteArrayList &body,
                 bool headOnly = false, const QByteArray &extraHeaders = {});
    void drop(QTcpSocket *socket);

    Renderer m_renderer;
    QByteArray m_path = QByteArrayLiteral("/metrics");
    QByteArray m_contentType =
        QByteArray(PrometheusWriter::kContentType.data(), PrometheusWriter::kContentType.size());
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, Client> m_clients;
    QString m_error;
    int m_requestTimeoutMs = kRequestTimeoutMs;
};

} // namespace ucmc
