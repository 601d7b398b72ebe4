#pragma once

#include <QByteArray>

namespace kmssim {

// The HTTP side of the WebSocket opening handshake, answered like websocketpp 0.8.2 in KMS does
// (06-transport.jsonl): 101 with the headers in websocketpp's order, 426 for a GET, HEAD, OPTIONS
// or PUT without upgrade, a bare "400 " for HTTP/1.0 or garbage, "400 Bad Request" for an upgrade
// without Host or Sec-WebSocket-Key or with an unsupported version, silence for POST, and no
// subprotocol or extension negotiated.
class HttpHandshake
{
public:
    enum class Verdict {
        NeedMore,        // the request header is not complete yet
        Upgrade,         // send response, the connection is a WebSocket now
        RespondAndClose, // send response, then close the TCP connection
        Ignore,          // say nothing (the caller's handshake timeout ends it)
    };
    struct Result
    {
        Verdict verdict = Verdict::NeedMore;
        QByteArray response;
        QByteArray resource;    // request target of an accepted upgrade, e.g. "/kurento?x=1"
        qsizetype consumed = 0; // bytes of the request header (the rest is WebSocket data)
    };

    static constexpr qsizetype MaxHeaderBytes = 16000; // websocketpp's max_header_size

    static Result evaluate(const QByteArray &buffer);
    static QByteArray acceptKey(const QByteArray &clientKey);
};

} // namespace kmssim
