#pragma once

#include <QByteArray>

namespace kmssim {

// RFC 6455 framing for the server side: decodes masked client frames one at a time and encodes
// unmasked server frames. Protocol violations come back with the close code and reason
// websocketpp uses for them.
class WsFrame
{
public:
    enum Opcode : quint8 {
        Continuation = 0x0,
        Text = 0x1,
        Binary = 0x2,
        Close = 0x8,
        Ping = 0x9,
        Pong = 0xA
    };
    enum class Status { NeedMore, Frame, Error };

    struct Decoded
    {
        Status status = Status::NeedMore;
        bool fin = false;
        quint8 opcode = 0;
        QByteArray payload;
        quint16 closeCode = 0; // for Status::Error
        QByteArray closeReason;
        qsizetype consumed = 0;
    };

    // pendingMessageBytes: bytes of the fragmented message so far, for the size limit.
    static Decoded decode(const QByteArray &buffer, qsizetype offset, qint64 maxMessageSize,
                          qint64 pendingMessageBytes);
    static QByteArray header(quint8 opcode, qint64 payloadSize);
    static QByteArray closePayload(quint16 code, const QByteArray &reason);
    static bool isValidUtf8(const QByteArray &data);
};

} // namespace kmssim
