#pragma once

#include "jsonvalue.h"

#include <QByteArray>

namespace kmssim {

// Writes JSON the way KMS does (jsoncpp StreamWriterBuilder with indentation ""): compact, keys
// sorted, doubles with 17 significant digits and a ".0" kept on integral values, non-ASCII
// escaped as lower-case \uXXXX. Clients may see these exact bytes, so they are reproduced.
class JsonWriter
{
public:
    static QByteArray write(const JsonValue &value);
    static std::string formatDouble(double value);

private:
    static void writeValue(const JsonValue &value, std::string &out);
    static void writeString(const std::string &s, std::string &out);
};

} // namespace kmssim
