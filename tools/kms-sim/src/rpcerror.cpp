#include "rpcerror.h"

namespace kmssim {

namespace {

const char *typeName(int code)
{
    switch (code) {
    case ErrorCode::MarshallError:
        return "MARSHALL_ERROR";
    case ErrorCode::InvalidSession:
        return "INVALID_SESSION";
    case ErrorCode::MalformedTransaction:
        return "MALFORMED_TRANSACTION";
    case ErrorCode::MediaObjectNotFound:
        return "MEDIA_OBJECT_NOT_FOUND";
    case ErrorCode::EventNotSupported:
        return "MEDIA_OBJECT_EVENT_NOT_SUPPORTED";
    case ErrorCode::NotAvailable:
        return "MEDIA_OBJECT_NOT_AVAILABLE";
    case ErrorCode::NotFoundTransactionNoCommit:
        return "MEDIA_OBJECT_NOT_FOUND_TRANSACTION_NO_COMMIT";
    case ErrorCode::TagKeyNotFound:
        return "MEDIA_OBJECT_TAG_KEY_NOT_FOUND";
    default:
        // 40500 really comes back as "UNDEFINED" (03-servermanager.jsonl, 3m).
        return "UNDEFINED";
    }
}

} // namespace

RpcError kurentoError(int code, std::string message)
{
    JsonValue data;
    data.set("type", typeName(code));
    return RpcError{code, std::move(message), std::move(data)};
}

RpcError missingParameter(const std::string &name)
{
    return RpcError{ErrorCode::ServerErrorInit, "'" + name + "' parameter is required", {}};
}

RpcError wrongParameterType(const std::string &name, const char *typeName)
{
    return RpcError{ErrorCode::ServerErrorInit, "'" + name + "' parameter should be " + typeName, {}};
}

} // namespace kmssim
