#pragma once

#include "rawwsclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace simtest {

// Sends one request and returns the next message parsed (nullopt on timeout or non-JSON).
inline std::optional<QJsonObject> call(RawWsClient &client, const QByteArray &request, int timeoutMs = 3000)
{
    client.sendText(request);
    if (!client.waitForMessages(1, timeoutMs))
        return std::nullopt;
    const QByteArray payload = client.takeMessages().front().payload;
    const QJsonDocument doc = QJsonDocument::fromJson(payload);
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

inline QByteArray invokeRequest(int id, const QString &operation, const QByteArray &extraParams = {})
{
    return "{\"jsonrpc\":\"2.0\",\"id\":" + QByteArray::number(id) +
           ",\"method\":\"invoke\",\"params\":{\"object\":\"manager_ServerManager\",\"operation\":\"" +
           operation.toUtf8() + "\"" + (extraParams.isEmpty() ? QByteArray() : "," + extraParams) + "}}";
}

inline QByteArray pingRequest(int id)
{
    return "{\"jsonrpc\":\"2.0\",\"id\":" + QByteArray::number(id) + ",\"method\":\"ping\"}";
}

} // namespace simtest
