#pragma once

#include <QObject>
#include <QString>

class QSocketNotifier;
class QTcpServer;

namespace kmssim {

class SimulatorFleet;

// Feeds control commands to a fleet, line by line: from stdin (replies on stdout) and from a TCP
// control port on 127.0.0.1 (replies on that connection). EOF on stdin means the parent process
// is gone, so it asks to quit.
class ControlChannel : public QObject
{
    Q_OBJECT

public:
    explicit ControlChannel(SimulatorFleet &fleet, QObject *parent = nullptr);
    ~ControlChannel() override;

    void readStdin();
    bool listen(quint16 port, QString *error = nullptr);
    quint16 port() const;

signals:
    void quitRequested();

private:
    QString run(const QString &line);
    void onStdinReadable();

    SimulatorFleet &m_fleet;
    QSocketNotifier *m_stdin = nullptr;
    QByteArray m_stdinBuffer;
    QTcpServer *m_server = nullptr;
};

} // namespace kmssim
