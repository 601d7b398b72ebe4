// libFuzzer target: what a Kurento media server sends the monitor once the WebSocket is open, the
// frames (net/monitor/websocketframereader) and the JSON-RPC messages in them
// (MediaServerConnection::isCompactPong, readReply).
// Input: one byte of parameters (bits 0-2: the message limit, 64 << n bytes; bits 3-7: the size of
// the pieces the stream arrives in, 1-32 bytes), then the bytes of the stream.
// Oracle: the stream read at once and read piece by piece gives the same frames, errors and
// waiting state; no frame is taken from fewer bytes than it consumed (a truncated frame waits);
// consumed and waited-for sizes lie within what was given; messages keep the limit; text messages
// are valid UTF-8 (and the validator agrees with Qt's decoder on every message); close codes are
// ones a peer may send; and
// the allocation-free pong check never accepts what the JSON parser does not read as the pong to
// that very id.

#include "fuzzsupport.h"
#include "net/monitor/mediaserverconnection.h"
#include "net/monitor/websocketframereader.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <vector>

using namespace ucmc;
using Kind = WebSocketFrameReader::Kind;

namespace {

struct Event
{
    Kind kind;
    QByteArray payload;
    bool text;
    int closeCode;
    QString detail;
    qsizetype consumed;
    qsizetype frameSize;
    bool operator==(const Event &) const = default;
};

void checkUtf8(QByteArrayView bytes)
{
    const bool valid = WebSocketFrameReader::isValidUtf8(bytes);
    const bool roundTrips = QString::fromUtf8(bytes).toUtf8() == bytes;
    FUZZ_CHECK(valid == roundTrips);
}

void checkMessage(QByteArrayView message, qint64 otherId)
{
    const MediaServerConnection::RpcReply reply = MediaServerConnection::readReply(message);
    using RpcKind = MediaServerConnection::RpcReply::Kind;
    if (reply.kind == RpcKind::Invalid)
        FUZZ_CHECK(reply.failure != FailureCode::None);
    // The id the message starts with, if it does ({"id":N...): the one a pong check would be asked about.
    qint64 leading = 0;
    constexpr QByteArrayView start = R"({"id":)";
    if (message.startsWith(start))
        std::from_chars(message.data() + start.size(), message.data() + message.size(), leading);
    for (const qint64 id : {qint64(0), qint64(1), otherId, leading, reply.id, reply.id + 1}) {
        if (!MediaServerConnection::isCompactPong(message, id))
            continue;
        FUZZ_CHECK(reply.kind == RpcKind::Reply && reply.id == id);
        FUZZ_CHECK(reply.object.value(QLatin1String("jsonrpc")).toString() == QLatin1String("2.0"));
        FUZZ_CHECK(reply.object.value(QLatin1String("result")).toObject().value(QLatin1String("value")).toString()
                   == QLatin1String("pong"));
    }
}

// The next frame of `input`, checked.
Event readOne(WebSocketFrameReader &reader, QByteArrayView input)
{
    WebSocketFrameReader before = reader; // the same state, for the truncation check
    const WebSocketFrameReader::Frame frame = reader.next(input);
    Event event{frame.kind, frame.payload.toByteArray(), frame.text, frame.closeCode, frame.detail,
                frame.consumed, frame.frameSize};
    switch (frame.kind) {
    case Kind::NeedMore:
        FUZZ_CHECK(frame.consumed == 0);
        FUZZ_CHECK(frame.frameSize == 0 || frame.frameSize > input.size());
        FUZZ_CHECK(frame.frameSize <= 10 + reader.maxMessageBytes() || frame.frameSize <= 2 + 125);
        break;
    case Kind::Error:
        FUZZ_CHECK(frame.consumed == 0);
        FUZZ_CHECK(frame.closeCode == 1002 || frame.closeCode == 1007 || frame.closeCode == 1009);
        FUZZ_CHECK((frame.closeCode == 1009) == (frame.failure == FailureCode::MessageTooLarge));
        FUZZ_CHECK(!frame.detail.isEmpty());
        break;
    default:
        FUZZ_CHECK(frame.consumed >= 2 && frame.consumed <= input.size());
        // The same frame one byte short is not taken: it waits for the rest.
        FUZZ_CHECK(before.next(input.first(frame.consumed - 1)).kind == Kind::NeedMore);
        break;
    }
    switch (frame.kind) {
    case Kind::Message:
        FUZZ_CHECK(frame.payload.size() <= reader.maxMessageBytes());
        FUZZ_CHECK(!reader.inFragments() && reader.fragmentBytes() == 0);
        if (frame.text)
            FUZZ_CHECK(WebSocketFrameReader::isValidUtf8(frame.payload));
        break;
    case Kind::Fragment:
        FUZZ_CHECK(reader.inFragments() && reader.fragmentBytes() <= reader.maxMessageBytes());
        break;
    case Kind::Ping:
        FUZZ_CHECK(frame.payload.size() <= 125 && frame.payload.size() + 2 == frame.consumed);
        break;
    case Kind::Close:
        FUZZ_CHECK(frame.closeCode == 1005 || WebSocketFrameReader::isValidReceivedCloseCode(frame.closeCode));
        FUZZ_CHECK(frame.payload.size() == (frame.closeCode == 1005 ? 0 : 2));
        break;
    default:
        break;
    }
    return event;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qint64 limit = qint64(64) << (data[0] & 7);
    const qsizetype piece = 1 + (data[0] >> 3);
    const QByteArrayView stream(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    // At once.
    std::vector<Event> whole;
    {
        WebSocketFrameReader reader(limit);
        qsizetype at = 0;
        for (;;) {
            whole.push_back(readOne(reader, stream.sliced(at)));
            const Event &event = whole.back();
            if (event.kind == Kind::Message) {
                checkUtf8(event.payload);
                checkMessage(event.payload, qint64(size));
            }
            if (event.kind == Kind::NeedMore || event.kind == Kind::Error || event.kind == Kind::Close)
                break;
            at += event.consumed;
        }
    }
    // Piece by piece, as the socket would get it: the same frames, the same end.
    std::vector<Event> pieces;
    {
        WebSocketFrameReader reader(limit);
        QByteArray buffer;
        qsizetype given = 0;
        bool ended = false;
        while (!ended) {
            const qsizetype more = qMin(piece, stream.size() - given);
            buffer.append(stream.sliced(given, more));
            given += more;
            for (;;) {
                const Event event = readOne(reader, buffer);
                if (event.kind == Kind::NeedMore) {
                    if (given == stream.size()) {
                        pieces.push_back(event);
                        ended = true;
                    }
                    break;
                }
                pieces.push_back(event);
                if (event.kind == Kind::Error || event.kind == Kind::Close) {
                    ended = true;
                    break;
                }
                buffer.remove(0, event.consumed);
            }
        }
    }
    FUZZ_CHECK(whole == pieces);
    return 0;
}
