#pragma once

#include "models/hosthealth.h"
#include "models/probesettings.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace ucmc {

// One check of one TCP service: connect (and for HTTP, read the status line of GET /), then
// close. Reports once per run.
class PortCheck : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Tcp, Http };
    PortCheck(Kind kind, QObject *parent = nullptr);

    void run(const QString &host, quint16 port, int timeoutMs);

signals:
    void finished(const ucmc::PortHealth &result);

private:
    void finish(PortHealth::State state, const QString &detail, int httpStatus = 0);
    void onReadyRead();

    Kind m_kind;
    QPointer<QTcpSocket> m_socket;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    QByteArray m_response;
    quint16 m_port = 0;
};

// Checks the UCServer host periodically: the UCServer's client port and the UC WebServer's HTTP
// port (they always run on the same host).
class HostProbe : public QObject
{
    Q_OBJECT
public:
    explicit HostProbe(QObject *parent = nullptr);

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
    QTimer m_timer;
    ProbeSettings m_settings;
    HostHealth m_health;
    HostHealth m_round; // results of the round under way
    int m_outstanding = 0;
};

} // namespace ucmc
