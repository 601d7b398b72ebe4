// libFuzzer target: the strict JSON parser (models/jsonparser) on arbitrary bytes.
// Oracle: exactly one of root/error; the error's offset and position lie inside the input; every
// span of the tree lies inside the input and a node's text starts with what its kind says; a
// lower nesting limit never accepts what the default refuses.

#include "fuzzsupport.h"
#include "models/jsonparser.h"

#include <cstddef>
#include <cstdint>

using namespace ucmc;

namespace {

void checkNode(const JsonNode &node, QByteArrayView bytes)
{
    FUZZ_CHECK(node.span.begin >= 0 && node.span.begin < node.span.end && node.span.end <= bytes.size());
    const char first = bytes[node.span.begin];
    switch (node.kind) {
    case JsonNode::Kind::Object:
        FUZZ_CHECK(first == '{' && bytes[node.span.end - 1] == '}');
        for (const JsonNode::Member &member : node.members) {
            FUZZ_CHECK(member.keySpan.begin > node.span.begin && member.keySpan.end <= member.value.span.begin);
            FUZZ_CHECK(bytes[member.keySpan.begin] == '"');
            checkNode(member.value, bytes);
            FUZZ_CHECK(member.value.span.end < node.span.end);
        }
        break;
    case JsonNode::Kind::Array:
        FUZZ_CHECK(first == '[' && bytes[node.span.end - 1] == ']');
        for (const JsonNode &element : node.elements) {
            checkNode(element, bytes);
            FUZZ_CHECK(element.span.begin > node.span.begin && element.span.end < node.span.end);
        }
        break;
    case JsonNode::Kind::String:
        FUZZ_CHECK(first == '"' && bytes[node.span.end - 1] == '"');
        break;
    case JsonNode::Kind::Number:
        FUZZ_CHECK(first == '-' || (first >= '0' && first <= '9'));
        break;
    case JsonNode::Kind::Bool:
        FUZZ_CHECK(first == (node.boolean ? 't' : 'f'));
        break;
    case JsonNode::Kind::Null:
        FUZZ_CHECK(first == 'n');
        break;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const JsonParseResult result = parseJson(bytes);
    FUZZ_CHECK(result.root.has_value() != result.error.has_value());
    if (result.error) {
        const JsonSyntaxError &error = *result.error;
        FUZZ_CHECK(error.offset >= 0 && error.offset <= bytes.size());
        FUZZ_CHECK(error.position == positionOf(bytes, error.offset));
        FUZZ_CHECK(!error.message().isEmpty());
        FUZZ_CHECK(!JsonSyntaxError::problemId(error.problem).isEmpty());
        FUZZ_CHECK(error.openedAt < bytes.size());
        FUZZ_CHECK(!parseJson(bytes, 4).ok());
    } else {
        checkNode(*result.root, bytes);
        FUZZ_CHECK(result.root->valueEquals(*result.root));
    }
    const TextPositionIndex index{bytes.toByteArray()};
    for (const qsizetype offset : {qsizetype(0), bytes.size() / 2, bytes.size()})
        FUZZ_CHECK(index.positionOf(offset) == positionOf(bytes, offset));
    return 0;
}
