#pragma once

#include "models/serverhealth.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace ucmc {

// The frames a WebSocket server sends to its client (RFC 6455 5.2), read one at a time from the
// bytes received so far, without a socket: KurentoSocket keeps the buffer, this class knows the
// frames. Server frames are unmasked; text and binary messages, fragmented or not; PING, PONG and
// CLOSE between fragments; messages over the limit are refused on their header, before the payload
// has arrived. Every violation is an Error with the close code the client answers with.
class WebSocketFrameReader
{
    // The texts were and are the socket's (translations/uc-media-console_de.ts).
    Q_DECLARE_TR_FUNCTIONS(ucmc::KurentoSocket)
public:
    enum class Kind : quint8 {
        NeedMore, // the input holds no complete frame yet; frameSize says how much one needs if known
        Message,  // a complete text or binary message
        Fragment, // a frame of a fragmented message, kept until its last one
        Ping,
        Pong,
        Close,    // the peer's close frame, valid
        Error,    // a protocol violation: close with closeCode; the reader is of no further use
    };

    struct Frame
    {
        Kind kind = Kind::NeedMore;
        // Bytes of the input the frame took (Message, Fragment, Ping, Pong, Close); 0 otherwise.
        qsizetype consumed = 0;
        // NeedMore: the size of the whole frame once its header is complete, otherwise 0.
        qsizetype frameSize = 0;
        // Message: the message (into the input, or into `assembled` for a fragmented one). Ping:
        // its payload (to answer with). Close: what to echo (the code alone).
        QByteArrayView payload;
        // A fragmented message put together: owned by the frame, so that it outlives whatever the
        // receiver does to the reader or the input while handling it, and is freed with the frame.
        QByteArray assembled;
        bool text = false; // Message: a text (valid UTF-8) message
        // Close: the peer's code (1005: none in the frame). Error: the code to close with.
        int closeCode = 0;
        QString detail;                               // Close: the reason; Error: what was wrong
        FailureCode failure = FailureCode::NotKurento; // Error: NotKurento or MessageTooLarge
    };

    explicit WebSocketFrameReader(qint64 maxMessageBytes) : m_maxMessageBytes(maxMessageBytes) {}

    // The next frame at the start of `input`; the caller drops `consumed` bytes and calls again.
    Frame next(QByteArrayView input);
    // Forgets a fragmented message (a new connection).
    void reset();
    bool inFragments() const { return m_inFragments; }
    // Bytes of the fragmented message being put together.
    qsizetype fragmentBytes() const { return m_fragments.size(); }
    qint64 maxMessageBytes() const { return m_maxMessageBytes; }

    static bool isValidUtf8(QByteArrayView text);
    // RFC 6455 7.4: the codes a peer may send in a close frame.
    static bool isValidReceivedCloseCode(int code);

private:
    Frame error(int closeCode, const QString &detail, FailureCode failure = FailureCode::NotKurento) const;

    qint64 m_maxMessageBytes;
    QByteArray m_fragments; // the fragmented message being put together
    bool m_inFragments = false;
    bool m_fragmentsText = false;
};

} // namespace ucmc
