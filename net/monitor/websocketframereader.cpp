#include "net/monitor/websocketframereader.h"

#include <QLocale>

#include <cstring>
#include <utility>

namespace ucmc {

namespace {
enum Opcode : quint8 { Continuation = 0x0, Text = 0x1, Binary = 0x2, Close = 0x8, Ping = 0x9, Pong = 0xA };
} // namespace

bool WebSocketFrameReader::isValidReceivedCloseCode(int code)
{
    // RFC 6455 7.4: 1004-1006 and 1015 must never be sent; 1012-1014 are registered since.
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) || (code >= 3000 && code <= 4999);
}

bool WebSocketFrameReader::isValidUtf8(QByteArrayView text)
{
    const auto *p = reinterpret_cast<const uchar *>(text.data());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        // ASCII runs eight bytes at a time: replies are nearly all ASCII.
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra;
        uchar low = 0x80, high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            if (c == 0xE0)
                low = 0xA0; // overlong
            else if (c == 0xED)
                high = 0x9F; // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            if (c == 0xF0)
                low = 0x90; // overlong
            else if (c == 0xF4)
                high = 0x8F; // above U+10FFFF
        } else {
            return false;
        }
        if (i + extra >= n)
            return false;
        if (p[i + 1] < low || p[i + 1] > high)
            return false;
        for (int k = 2; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        }
        i += extra + 1;
    }
    return true;
}

void WebSocketFrameReader::reset()
{
    m_fragments = QByteArray();
    m_inFragments = false;
    m_fragmentsText = false;
}

WebSocketFrameReader::Frame WebSocketFrameReader::error(int closeCode, const QString &detail, FailureCode failure) const
{
    Frame frame;
    frame.kind = Kind::Error;
    frame.closeCode = closeCode;
    frame.detail = detail;
    frame.failure = failure;
    return frame;
}

WebSocketFrameReader::Frame WebSocketFrameReader::next(QByteArrayView input)
{
    Frame frame;
    const qsizetype available = input.size();
    if (available < 2)
        return frame;
    const auto *p = reinterpret_cast<const uchar *>(input.data());
    const bool fin = p[0] & 0x80;
    const int reserved = p[0] & 0x70;
    const quint8 opcode = p[0] & 0x0F;
    const bool masked = p[1] & 0x80;
    quint64 length = p[1] & 0x7F;
    qsizetype header = 2;
    if (reserved)
        return error(1002, tr("a frame with reserved bits set"));
    if (masked)
        return error(1002, tr("a masked frame from the server"));
    if (opcode >= Close) {
        if (opcode > Pong)
            return error(1002, tr("a frame with the unknown opcode %1").arg(opcode));
        if (!fin || length > 125)
            return error(1002, tr("a fragmented or oversized control frame"));
    } else if (opcode > Binary) {
        return error(1002, tr("a frame with the unknown opcode %1").arg(opcode));
    } else if (opcode == Continuation && !m_inFragments) {
        return error(1002, tr("a continuation frame without a message"));
    } else if (opcode != Continuation && m_inFragments) {
        return error(1002, tr("a new message inside a fragmented one"));
    }
    if (length == 126) {
        if (available < 4)
            return frame;
        header = 4;
        length = (quint64(p[2]) << 8) | p[3];
    } else if (length == 127) {
        if (available < 10)
            return frame;
        header = 10;
        length = 0;
        for (int i = 2; i < 10; ++i)
            length = (length << 8) | p[i];
        if (length >> 63)
            return error(1002, tr("a frame with an invalid length"));
    }
    if (opcode < Close) {
        // Refused on the header, before any of the payload is read or kept.
        const quint64 total = length + quint64(opcode == Continuation ? m_fragments.size() : 0);
        if (total > quint64(m_maxMessageBytes))
            return error(1009, QLocale().formattedDataSize(m_maxMessageBytes), FailureCode::MessageTooLarge);
    }
    const qsizetype frameSize = header + qsizetype(length);
    if (available < frameSize) {
        frame.frameSize = frameSize;
        return frame;
    }
    const char *payload = input.data() + header;
    const qsizetype size = qsizetype(length);
    frame.consumed = frameSize;
    switch (opcode) {
    case Text:
    case Binary:
        if (fin) {
            if (opcode == Text && !isValidUtf8(QByteArrayView(payload, size)))
                return error(1007, tr("a text message that is not UTF-8"));
            frame.kind = Kind::Message;
            frame.payload = QByteArrayView(payload, size);
            frame.text = opcode == Text;
        } else {
            m_inFragments = true;
            m_fragmentsText = opcode == Text;
            m_fragments = QByteArray(payload, size);
            frame.kind = Kind::Fragment;
        }
        return frame;
    case Continuation:
        m_fragments.append(payload, size);
        if (!fin) {
            frame.kind = Kind::Fragment;
            return frame;
        }
        m_inFragments = false;
        frame.assembled = std::exchange(m_fragments, QByteArray());
        if (m_fragmentsText && !isValidUtf8(frame.assembled))
            return error(1007, tr("a text message that is not UTF-8"));
        frame.kind = Kind::Message;
        frame.payload = frame.assembled;
        frame.text = m_fragmentsText;
        return frame;
    case Close: {
        if (size == 1)
            return error(1002, tr("a close frame with a one-byte payload"));
        frame.closeCode = 1005; // no status code in the frame
        if (size >= 2) {
            frame.closeCode = (uchar(payload[0]) << 8) | uchar(payload[1]);
            const QByteArrayView text(payload + 2, size - 2);
            if (!isValidReceivedCloseCode(frame.closeCode))
                return error(1002, tr("the invalid close code %1").arg(frame.closeCode));
            if (!isValidUtf8(text))
                return error(1007, tr("a close reason that is not UTF-8"));
            frame.detail = QString::fromUtf8(text);
        }
        // Answered with its code alone.
        frame.kind = Kind::Close;
        frame.payload = QByteArrayView(payload, qMin<qsizetype>(size, 2));
        return frame;
    }
    case Ping:
        frame.kind = Kind::Ping;
        frame.payload = QByteArrayView(payload, size);
        return frame;
    default: // Pong
        frame.kind = Kind::Pong;
        return frame;
    }
}

} // namespace ucmc
