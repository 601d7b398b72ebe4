#include "replyshaper.h"

#include "jsonwriter.h"

#include <algorithm>

namespace kmssim {

QByteArray ReplyShaper::idText(const JsonValue &response)
{
    return JsonWriter::write(response.get("id"));
}

QByteArray ReplyShaper::shape(const Fault &fault, const JsonValue &response)
{
    switch (fault.mode) {
    case FaultMode::Garbage:
        // What a client gets when a proxy in front of KMS answers instead.
        return QByteArrayLiteral("<html><body><h1>502 Bad Gateway</h1></body></html>");
    case FaultMode::WrongId: {
        JsonValue bent = response;
        const JsonValue &id = response.get("id");
        // Clients count ids up from 0, so negative ones were never sent.
        if (id.isNumeric())
            bent.set("id", std::int64_t(-1 - m_wrongIds++));
        else if (id.isString())
            bent.set("id", "wrong-" + std::to_string(m_wrongIds++) + "-" + id.stringValue());
        return response.isNull() ? QByteArray() : JsonWriter::write(bent);
    }
    case FaultMode::Huge: {
        const QByteArray head =
            "{\"id\":" + idText(response) + ",\"jsonrpc\":\"2.0\",\"result\":{\"value\":\"";
        const QByteArray tail = "\"}}";
        const qsizetype fill = std::max<qsizetype>(0, qsizetype(fault.arg) - head.size() - tail.size());
        QByteArray text;
        text.reserve(head.size() + fill + tail.size());
        text.append(head);
        text.append(fill, 'x');
        text.append(tail);
        return text;
    }
    case FaultMode::Deep: {
        const qsizetype depth = qsizetype(fault.arg);
        QByteArray text = "{\"id\":" + idText(response) + ",\"jsonrpc\":\"2.0\",\"result\":{\"value\":";
        text.reserve(text.size() + 2 * depth + 2);
        text.append(depth, '[');
        text.append(depth, ']');
        text.append("}}");
        return text;
    }
    default:
        // A null response (a notification whose method returned nothing) is an empty frame on KMS.
        return response.isNull() ? QByteArray() : JsonWriter::write(response);
    }
}

} // namespace kmssim
