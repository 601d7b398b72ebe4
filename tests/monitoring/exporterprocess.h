#pragma once

// `uc-media-console serve-metrics` as a child process for the tests: started without a display,
// scraped and parsed strictly (expositionparser.h), ended with a signal.

#include "expositionparser.h"
#include "httpclient.h"
#include "monitoringsupport.h"

#include <QDeadlineTimer>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <csignal>
#include <functional>

namespace ucmc::test {

using Labels = QMap<QString, QString>;

// The exporter as a child process; stopped (killed) when it goes out of scope.
class Exporter
{
public:
    ~Exporter()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // Starts it and waits for its "serving http://ADDRESS:PORT/metrics" line.
    bool start(const QStringList &arguments, const QProcessEnvironment &environment = headlessEnvironment())
    {
        m_process.setProcessEnvironment(environment);
        m_process.start(consolePath(), QStringList{QStringLiteral("serve-metrics")} + arguments);
        QDeadlineTimer deadline(15000);
        static const QRegularExpression serving(
            QStringLiteral(R"(^serving http://127\.0\.0\.1:(\d+)/metrics\n)"));
        while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
            m_out += m_process.readAllStandardOutput();
            const auto match = serving.match(QString::fromUtf8(m_out));
            if (match.hasMatch()) {
                m_port = quint16(match.captured(1).toUInt());
                return true;
            }
            QTest::qWait(20);
        }
        qWarning("exporter did not start: %s %s", m_out.constData(),
                 m_process.readAllStandardError().constData());
        return false;
    }

    quint16 port() const { return m_port; }
    QProcess &process() { return m_process; }

    // One scrape, parsed strictly; an invalid text fails the test.
    Exposition scrape()
    {
        const HttpReply reply = httpGet(m_port);
        Exposition exposition;
        [&] {
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.headers.value("content-type"),
                     QByteArray("text/plain; version=0.0.4; charset=utf-8"));
            exposition = parseExposition(reply.body);
            QVERIFY2(exposition.ok(),
                     qPrintable(exposition.error + QLatin1Char('\n') + QString::fromUtf8(reply.body)));
        }();
        return exposition;
    }

    // Scrapes until the predicate holds (true) or the time is up (false, with the last scrape).
    bool waitFor(const std::function<bool(const Exposition &)> &predicate, int timeoutMs = 8000,
                 Exposition *last = nullptr)
    {
        QDeadlineTimer deadline(timeoutMs);
        do {
            const Exposition e = scrape();
            if (QTest::currentTestFailed())
                return false;
            if (last)
                *last = e;
            if (predicate(e))
                return true;
            QTest::qWait(100);
        } while (!deadline.hasExpired());
        return false;
    }

    // Ends it with a signal and returns its exit code (-1: did not end in time or crashed).
    int stop(int signal)
    {
        ::kill(pid_t(m_process.processId()), signal);
        if (!m_process.waitForFinished(5000))
            return -1;
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

private:
    QProcess m_process;
    QByteArray m_out;
    quint16 m_port = 0;
};

inline Labels url(const QString &key)
{
    return {{QStringLiteral("url"), key}};
}

inline double valueOr(const Exposition &e, const QString &name, const Labels &labels, double fallback = -1)
{
    return e.value(name, labels).value_or(fallback);
}

} // namespace ucmc::test
