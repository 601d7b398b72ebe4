#pragma once

// A real Prometheus server (Debian's prometheus package) as a child process of a test: on
// loopback only, its configuration and storage in a folder of the test, killed when it goes out
// of scope. Its HTTP API is read with QNetworkAccessManager (never through a proxy).

#include <QByteArray>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <csignal>

namespace ucmc::test {

// A port nobody listens on right now (the caller binds it soon after).
inline quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        qFatal("no free port on 127.0.0.1");
    return probe.serverPort();
}

class PrometheusServer
{
public:
    PrometheusServer() { m_network.setProxy(QNetworkProxy::NoProxy); }
    ~PrometheusServer()
    {
        if (QTest::currentTestFailed()) // its side of the story
            qWarning("prometheus log:\n%s", qPrintable(log()));
        QObject::disconnect(&m_process, nullptr, nullptr, nullptr);
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    PrometheusServer(const PrometheusServer &) = delete;
    PrometheusServer &operator=(const PrometheusServer &) = delete;

    // Starts it on 127.0.0.1:port and waits (bounded) until GET /-/ready answers 200.
    bool start(const QString &binary, const QString &configFile, const QString &dataDir, quint16 port,
               int timeoutMs = 20000)
    {
        m_port = port;
        // Its log (stderr, merged) is read as it comes: a full pipe would block it.
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                         [this] { m_log += m_process.readAllStandardOutput(); });
        m_process.start(binary, {QStringLiteral("--config.file=") + configFile,
                                 QStringLiteral("--storage.tsdb.path=") + dataDir,
                                 QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port)});
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
            if (exchange(QStringLiteral("/-/ready"), nullptr, 1000).status == 200)
                return true;
            QTest::qWait(100);
        }
        return false;
    }

    // Ends it with SIGTERM; its exit code, -1 when it had to be killed or crashed.
    int stop()
    {
        ::kill(pid_t(m_process.processId()), SIGTERM);
        if (!m_process.waitForFinished(10000))
            return -1;
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

    quint16 port() const { return m_port; }
    QString log()
    {
        m_log += m_process.readAllStandardOutput();
        return QString::fromUtf8(m_log);
    }

    // GET of an API path with its query ("/api/v1/alerts"); the JSON answer. Prometheus answers
    // errors (400 for a bad query) with {"status":"error","error":...} too; when there is no JSON
    // at all the object says so the same way.
    QJsonObject get(const QString &pathAndQuery) { return json(exchange(pathAndQuery, nullptr, 5000)); }

    // An instant query, POSTed as a form (no URL-encoding pitfalls with + or &).
    QJsonObject query(const QString &expr)
    {
        const QByteArray form = "query=" + QUrl::toPercentEncoding(expr);
        return json(exchange(QStringLiteral("/api/v1/query"), &form, 5000));
    }

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QString error;
    };

    Reply exchange(const QString &pathAndQuery, const QByteArray *form, int timeoutMs)
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery)));
        request.setTransferTimeout(timeoutMs);
        QNetworkReply *reply = nullptr;
        if (form) {
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArray("application/x-www-form-urlencoded"));
            reply = m_network.post(request, *form);
        } else {
            reply = m_network.get(request);
        }
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        Reply result;
        if (reply->isFinished()) {
            result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            result.body = reply->readAll();
            result.error = reply->errorString();
        } else {
            reply->abort();
            result.error = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
        }
        reply->deleteLater();
        return result;
    }

    static QJsonObject json(const Reply &reply)
    {
        const QJsonDocument document = QJsonDocument::fromJson(reply.body);
        if (document.isObject())
            return document.object();
        return {{QStringLiteral("status"), QStringLiteral("error")},
                {QStringLiteral("error"), QStringLiteral("HTTP %1, no JSON: %2 %3")
                                              .arg(reply.status)
                                              .arg(reply.error, QString::fromUtf8(reply.body.left(200)))}};
    }

    QByteArray m_log;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
    QProcess m_process; // last: ends first
};

} // namespace ucmc::test
