#pragma once

#include "orderedjson.h"
#include "rawwsclient.h"
#include "shapematcher.h"

#include <QHostAddress>
#include <QMap>
#include <QString>
#include <functional>
#include <memory>

namespace simtest {

struct TranscriptLine
{
    int number = 0; // 1-based line in the file
    OrderedJson json;
    QString note() const { return json.str(QStringLiteral("note")); }
    QString socket() const { return json.str(QStringLiteral("socket")); }
    bool hasSend() const;
};

// Reads a file of tests/data/kms-transcripts (UCMC_TEST_DATA_DIR).
QList<TranscriptLine> loadTranscript(const QString &fileName, QString *error);

// Plays transcript steps against a simulator: sends each "send" on the named socket and compares
// what comes back with "recv_raw" (or "recv") through a ShapeMatcher shared by the whole replay.
class Replayer
{
public:
    Replayer(QHostAddress address, quint16 wsPort, quint16 wssPort, ShapeMatcher &matcher);
    ~Replayer();

    // Special lines are handled by the caller's handler first; everything else must be a step.
    bool replay(const QList<TranscriptLine> &lines,
                const std::function<bool(const TranscriptLine &)> &special);
    bool step(const TranscriptLine &line, const QString &socketName = {});
    bool compareFrames(const QList<OrderedJson> &expected, const QList<QByteArray> &actual,
                       const QString &operation);
    static QList<OrderedJson> expectedFrames(const OrderedJson &line);
    QByteArray translateIds(const QByteArray &captured) const;

    RawWsClient *client(const QString &name); // opens a socket on first use
    void forget(const QString &name);
    void closeAll(); // close handshake (1000) on every open socket
    QString error() const { return m_error; }

    int lingerMs = 25; // how long to listen for extra frames after the expected ones
    int quietMs = 200; // stands for the capture's 10 s "nothing arrives" windows
    int replyTimeoutMs = 3000;

private:
    bool fail(const QString &message);

    QHostAddress m_address;
    quint16 m_wsPort;
    quint16 m_wssPort;
    ShapeMatcher &m_matcher;
    QMap<QString, std::shared_ptr<RawWsClient>> m_clients;
    QString m_lastSocket;
    QString m_error;
};

} // namespace simtest
