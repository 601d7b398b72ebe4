#pragma once

#include "models/hosthealth.h"
#include "models/probesettings.h"
#include "net/monitor/probescheduler.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTcpSocket>
#include <QTimer>

namespace ucmc {

// One check of one TCP service: connect (and for HTTP, read the status line of GET /), then
// close. Reports once per run, within the timeout.
//
// Https: a TLS handshake, then the same GET /. The certificate is verified as usual, but a
// verification error (the UC WebServer's default certificate is self-signed) does not make the
// port closed: the check sends nothing secret and only asks whether the WebServer answers. The
// problem is never silent, though: it ends up in PortHealth::detail ("answers (HTTP 200);
// certificate not trusted: self-signed"). A handshake that fails for another reason (not TLS at
// all, no common protocol) is Closed.
class PortCheck : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Tcp, Http, Https };
    PortCheck(Kind kind, QObject *parent = nullptr);

    void run(const QString &host, quint16 port, int timeoutMs);

signals:
    void finished(const ucmc::PortHealth &result);

private:
    void finish(PortHealth::State state, const QString &detail, int httpStatus = 0);
    void onReadyRead();
    void onSocketError(QAbstractSocket::SocketError error);
    void sendRequest();
    // What is wrong with the certificate, "" when it was trusted (or this is not HTTPS).
    QString certificateProblem() const;

    Kind m_kind;
    QPointer<QTcpSocket> m_socket;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    QByteArray m_response;
    QString m_host;
    quint16 m_port = 0;
    bool m_encrypted = false;
    QList<QSslError> m_sslErrors; // verification errors of this run's handshake
};

// Checks the UCServer host periodically: the UCServer's client port and the UC WebServer's HTTP
// and HTTPS ports (they always run on the same host), in parallel. A TLS handshake costs both ends
// far more than a connect (about 1.5 ms of CPU here against 40 µs; 200 hosts every 5 s spent
// 1-2 % of a core on handshakes, see README), and the HTTPS port only ever makes a warning while
// the same UC WebServer answers HTTP: HTTPS is checked in the first round, then in the first round
// at least ProbeSettings::httpsIntervalMs after its last check, and in the round after the HTTP
// port changed.
class HostProbe : public QObject
{
    Q_OBJECT
public:
    // Rounds start on the scheduler's grid for periodic work, so with many sites they share the
    // wake-ups of the ping bursts instead of each waking the monitor thread on a timer of its own.
    explicit HostProbe(ProbeScheduler *scheduler, QObject *parent = nullptr);

    // An empty host stops probing and reports an empty HostHealth.
    void setTarget(const QString &host, const ProbeSettings &settings);
    const HostHealth &health() const { return m_health; }

signals:
    void healthChanged(const ucmc::HostHealth &health);

private:
    void runRound();
    void publish();

    PortCheck m_ucServerCheck{PortCheck::Kind::Tcp};
    PortCheck m_webServerCheck{PortCheck::Kind::Http};
    PortCheck m_webServerHttpsCheck{PortCheck::Kind::Https};
    struct NextRound : ProbeScheduler::Client
    {
        explicit NextRound(HostProbe *p) : probe(p) {}
        ~NextRound() override { probe->m_scheduler->remove(this); }
        void due() override { probe->runRound(); }
        HostProbe *probe;
    };
    ProbeScheduler *m_scheduler; // outlives the probe
    NextRound m_nextRound{this};
    ProbeSettings m_settings;
    HostHealth m_health;
    HostHealth m_round; // results of the round under way
    int m_outstanding = 0;
    qint64 m_nextHttpsMs = 0; // the first round at or after this checks HTTPS too
};

} // namespace ucmc
