#pragma once

#include "jsonvalue.h"

#include <string>

namespace kmssim {

// KMS error codes (KurentoException.hpp) and JSON-RPC codes (JsonRpcException.hpp).
namespace ErrorCode {
constexpr int ParseError = -32700;
constexpr int InvalidRequest = -32600;
constexpr int MethodNotFound = -32601;
constexpr int InvalidParams = -32602;
constexpr int InternalError = -32603;
constexpr int ServerErrorInit = -32000;
constexpr int MarshallError = 40001;
constexpr int InvalidSession = 40007;
constexpr int MalformedTransaction = 40008;
constexpr int MediaObjectNotFound = 40101;
constexpr int EventNotSupported = 40106;
constexpr int NotAvailable = 40108;
constexpr int NotFoundTransactionNoCommit = 40109;
constexpr int TagKeyNotFound = 40110;
constexpr int KmdNotFound = 40500;
} // namespace ErrorCode

// A JSON-RPC error reply ({code, message, data}); thrown inside the request handler and turned
// into the "error" member, as KMS does with JsonRpc::CallException.
struct RpcError
{
    int code;
    std::string message;
    JsonValue data;
};

// Any other exception inside a method: KMS answers -32603 "Unexpected error while processing
// method: <what>" (for example jsoncpp's assertion when params is an array).
struct InternalError
{
    std::string what;
};

// An exception that escapes KMS's message handler: the server drops the TCP connection without
// a close frame and without a reply (malformed JSON, see 05-errors.jsonl).
struct DropConnection
{
};

// A KurentoException seen through ServerMethods: data carries {"type": <name>}.
RpcError kurentoError(int code, std::string message);

// The "'x' parameter is required" / "should be a ..." errors of JsonRpcUtils.
RpcError missingParameter(const std::string &name);
RpcError wrongParameterType(const std::string &name, const char *typeName);

// jsoncpp's assertion text when a member is looked up on a non-object.
inline const char *const NotAnObjectMessage =
    "in Json::Value::find(begin, end): requires objectValue or nullValue";

} // namespace kmssim
