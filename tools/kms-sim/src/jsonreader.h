#pragma once

#include "jsonvalue.h"

#include <QByteArray>
#include <optional>

namespace kmssim {

// Parses request text the way KMS does (jsoncpp's lenient Json::Reader): any value may be the
// root, comments are allowed, and anything after the first complete value is ignored. What it
// rejects is exactly what makes KMS drop the connection, so the rules matter.
class JsonReader
{
public:
    static std::optional<JsonValue> parse(const QByteArray &text);

private:
    explicit JsonReader(const QByteArray &text);

    bool readValue(JsonValue &out, int depth);
    bool readObject(JsonValue &out, int depth);
    bool readArray(JsonValue &out, int depth);
    bool readString(std::string &out);
    bool readNumber(JsonValue &out);
    bool readLiteral(const char *word, JsonValue value, JsonValue &out);
    bool readHex4(unsigned &out);
    void skipSpaceAndComments();
    bool atEnd() const { return m_pos >= m_end; }

    const char *m_data;
    qsizetype m_pos = 0;
    qsizetype m_end;
};

} // namespace kmssim
