#include "controlchannel.h"

#include "simulatorfleet.h"

#include <QHostAddress>
#include <QPointer>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace kmssim {

namespace {

constexpr qsizetype MaxLineBytes = 64 * 1024; // a control line longer than this is dropped

void writeStdout(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout); // the parent parses line by line
}

// Takes the complete lines out of buffer.
QList<QByteArray> takeLines(QByteArray &buffer)
{
    QList<QByteArray> lines;
    qsizetype newline;
    while ((newline = buffer.indexOf('\n')) >= 0) {
        lines << buffer.left(newline).trimmed();
        buffer.remove(0, newline + 1);
    }
    if (buffer.size() > MaxLineBytes)
        buffer.clear();
    return lines;
}

} // namespace

ControlChannel::ControlChannel(SimulatorFleet &fleet, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
{
    connect(&m_fleet, &SimulatorFleet::quitRequested, this, &ControlChannel::quitRequested);
}

ControlChannel::~ControlChannel() = default;

QString ControlChannel::run(const QString &line)
{
    return m_fleet.execute(line).join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void ControlChannel::readStdin()
{
    if (m_stdin)
        return;
    ::fcntl(STDIN_FILENO, F_SETFL, ::fcntl(STDIN_FILENO, F_GETFL) | O_NONBLOCK);
    m_stdin = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_stdin, &QSocketNotifier::activated, this, &ControlChannel::onStdinReadable);
}

void ControlChannel::onStdinReadable()
{
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n > 0) {
            m_stdinBuffer.append(buffer, qsizetype(n));
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
            break;
        // EOF or a broken stdin: the parent is gone, so is the reason to run.
        m_stdin->setEnabled(false);
        for (const QByteArray &line : takeLines(m_stdinBuffer.append('\n'))) {
            if (!line.isEmpty())
                writeStdout(run(QString::fromUtf8(line)));
        }
        emit quitRequested();
        return;
    }
    for (const QByteArray &line : takeLines(m_stdinBuffer)) {
        if (!line.isEmpty())
            writeStdout(run(QString::fromUtf8(line)));
    }
}

bool ControlChannel::listen(quint16 port, QString *error)
{
    if (!m_server) {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                auto *buffer = new QByteArray;
                connect(socket, &QObject::destroyed, this, [buffer] { delete buffer; });
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    for (const QByteArray &line : takeLines(*buffer)) {
                        if (!line.isEmpty())
                            socket->write(run(QString::fromUtf8(line)).toUtf8());
                    }
                });
            }
        });
    }
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error =
                QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(port).arg(m_server->errorString());
        return false;
    }
    return true;
}

quint16 ControlChannel::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

} // namespace kmssim
