#pragma once

#include <QByteArray>
#include <optional>
#include <string>

namespace kmssim {

// Turns the JSON of the config's "metadata" node into what getMetadata returns: KMS reads the
// config into a boost property tree and writes it back with write_json, so member order is kept,
// every number and boolean becomes a string, and the text is pretty-printed (03b-metadata.jsonl).
class MetadataFormatter
{
public:
    // nullopt when the text is not valid JSON; "" when the node is empty or a scalar.
    static std::optional<std::string> format(const QByteArray &json);
};

} // namespace kmssim
