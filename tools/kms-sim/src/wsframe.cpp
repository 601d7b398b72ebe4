#include "wsframe.h"

namespace kmssim {

namespace {

WsFrame::Decoded error(quint16 code, const char *reason)
{
    WsFrame::Decoded d;
    d.status = WsFrame::Status::Error;
    d.closeCode = code;
    d.closeReason = reason;
    return d;
}

} // namespace

WsFrame::Decoded WsFrame::decode(const QByteArray &buffer, qsizetype offset, qint64 maxMessageSize,
                                 qint64 pendingMessageBytes)
{
    const qsizetype available = buffer.size() - offset;
    if (available < 2)
        return {};
    const auto *p = reinterpret_cast<const uchar *>(buffer.constData() + offset);
    const bool fin = p[0] & 0x80;
    const quint8 rsv = p[0] & 0x70;
    const quint8 opcode = p[0] & 0x0f;
    const bool masked = p[1] & 0x80;
    quint64 length = p[1] & 0x7f;
    qsizetype headerSize = 2;
    if (length == 126) {
        if (available < 4)
            return {};
        length = (quint64(p[2]) << 8) | p[3];
        headerSize = 4;
        if (length < 126)
            return error(1002, "Payload length was not minimally encoded");
    } else if (length == 127) {
        if (available < 10)
            return {};
        length = 0;
        for (int i = 2; i < 10; ++i)
            length = (length << 8) | p[i];
        headerSize = 10;
        if (length <= 0xffff)
            return error(1002, "Payload length was not minimally encoded");
    }
    if (rsv)
        return error(1002, "Invalid use of reserved bits");
    const bool control = opcode & 0x08;
    if (opcode != Continuation && opcode != Text && opcode != Binary && opcode != Close && opcode != Ping &&
        opcode != Pong) {
        return error(1002, "invalid opcode");
    }
    if (control && !fin)
        return error(1002, "Control messages cannot be fragmented");
    if (control && length > 125)
        return error(1002, "Control messages are limited to fewer than 125 characters");
    if (!masked)
        return error(1002, "Clients may not send unmasked frames");
    // Checked on the header, before the payload is buffered (websocketpp's max_message_size).
    if (!control && quint64(pendingMessageBytes) + length > quint64(maxMessageSize))
        return error(1009, "A message was too large");

    headerSize += 4;
    if (quint64(available) < quint64(headerSize) + length)
        return {};
    const uchar *mask = p + headerSize - 4;
    Decoded d;
    d.status = Status::Frame;
    d.fin = fin;
    d.opcode = opcode;
    d.payload = QByteArray(reinterpret_cast<const char *>(p + headerSize), qsizetype(length));
    char *data = d.payload.data();
    for (qsizetype i = 0; i < qsizetype(length); ++i)
        data[i] = char(uchar(data[i]) ^ mask[i & 3]);
    d.consumed = headerSize + qsizetype(length);
    return d;
}

QByteArray WsFrame::header(quint8 opcode, qint64 payloadSize)
{
    QByteArray h;
    h.reserve(10);
    h.append(char(0x80 | opcode));
    if (payloadSize < 126) {
        h.append(char(payloadSize));
    } else if (payloadSize <= 0xffff) {
        h.append(char(126));
        h.append(char(payloadSize >> 8));
        h.append(char(payloadSize & 0xff));
    } else {
        h.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            h.append(char((quint64(payloadSize) >> shift) & 0xff));
    }
    return h;
}

QByteArray WsFrame::closePayload(quint16 code, const QByteArray &reason)
{
    QByteArray payload;
    payload.append(char(code >> 8));
    payload.append(char(code & 0xff));
    payload.append(reason);
    return payload;
}

bool WsFrame::isValidUtf8(const QByteArray &data)
{
    const auto *s = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra;
        quint32 cp;
        if (c >= 0xc2 && c <= 0xdf) {
            extra = 1;
            cp = c & 0x1f;
        } else if (c >= 0xe0 && c <= 0xef) {
            extra = 2;
            cp = c & 0x0f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= n)
            return false;
        for (int k = 1; k <= extra; ++k) {
            if ((s[i + k] & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (s[i + k] & 0x3f);
        }
        // No overlong forms, surrogates or code points beyond U+10FFFF.
        if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10ffff)) ||
            (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        i += extra + 1;
    }
    return true;
}

} // namespace kmssim
