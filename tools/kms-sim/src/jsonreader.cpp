#include "jsonreader.h"

#include <charconv>
#include <cstring>
#include <limits>

namespace kmssim {

namespace {

// jsoncpp's Reader aborts deeper documents (stackLimit); KMS then drops the connection.
constexpr int MaxDepth = 1000;

void appendUtf8(unsigned cp, std::string &out)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xc0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
        out += char(0xe0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3f));
        out += char(0x80 | (cp & 0x3f));
    } else {
        out += char(0xf0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3f));
        out += char(0x80 | ((cp >> 6) & 0x3f));
        out += char(0x80 | (cp & 0x3f));
    }
}

} // namespace

JsonReader::JsonReader(const QByteArray &text)
    : m_data(text.constData())
    , m_end(text.size())
{}

std::optional<JsonValue> JsonReader::parse(const QByteArray &text)
{
    JsonReader reader(text);
    JsonValue value;
    if (!reader.readValue(value, 1))
        return std::nullopt;
    return value;
}

void JsonReader::skipSpaceAndComments()
{
    while (!atEnd()) {
        const char c = m_data[m_pos];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            ++m_pos;
        } else if (c == '/' && m_pos + 1 < m_end && m_data[m_pos + 1] == '/') {
            while (!atEnd() && m_data[m_pos] != '\n' && m_data[m_pos] != '\r')
                ++m_pos;
        } else if (c == '/' && m_pos + 1 < m_end && m_data[m_pos + 1] == '*') {
            m_pos += 2;
            while (m_pos + 1 < m_end && !(m_data[m_pos] == '*' && m_data[m_pos + 1] == '/'))
                ++m_pos;
            if (m_pos + 1 >= m_end) { // unterminated comment: nothing more can be read
                m_pos = m_end;
                return;
            }
            m_pos += 2;
        } else {
            return;
        }
    }
}

bool JsonReader::readValue(JsonValue &out, int depth)
{
    if (depth > MaxDepth)
        return false;
    skipSpaceAndComments();
    if (atEnd())
        return false;
    switch (m_data[m_pos]) {
    case '{':
        return readObject(out, depth);
    case '[':
        return readArray(out, depth);
    case '"': {
        std::string s;
        if (!readString(s))
            return false;
        out = JsonValue(std::move(s));
        return true;
    }
    case 't':
        return readLiteral("true", true, out);
    case 'f':
        return readLiteral("false", false, out);
    case 'n':
        return readLiteral("null", nullptr, out);
    default:
        if (m_data[m_pos] == '-' || (m_data[m_pos] >= '0' && m_data[m_pos] <= '9'))
            return readNumber(out);
        return false;
    }
}

bool JsonReader::readLiteral(const char *word, JsonValue value, JsonValue &out)
{
    const qsizetype length = qsizetype(std::strlen(word));
    if (m_end - m_pos < length || std::memcmp(m_data + m_pos, word, size_t(length)) != 0)
        return false;
    m_pos += length;
    out = std::move(value);
    return true;
}

bool JsonReader::readObject(JsonValue &out, int depth)
{
    ++m_pos; // '{'
    out = JsonValue::object();
    bool first = true;
    for (;;) {
        skipSpaceAndComments();
        if (atEnd())
            return false;
        if (first && m_data[m_pos] == '}') {
            ++m_pos;
            return true;
        }
        first = false;
        if (m_data[m_pos] != '"') // no trailing commas, no numeric keys
            return false;
        std::string key;
        if (!readString(key))
            return false;
        skipSpaceAndComments();
        if (atEnd() || m_data[m_pos] != ':')
            return false;
        ++m_pos;
        JsonValue member;
        if (!readValue(member, depth + 1))
            return false;
        out.set(key, std::move(member)); // duplicate keys: the last one wins
        skipSpaceAndComments();
        if (atEnd())
            return false;
        if (m_data[m_pos] == '}') {
            ++m_pos;
            return true;
        }
        if (m_data[m_pos] != ',')
            return false;
        ++m_pos;
    }
}

bool JsonReader::readArray(JsonValue &out, int depth)
{
    ++m_pos; // '['
    out = JsonValue::array();
    qsizetype probe = m_pos;
    while (probe < m_end &&
           (m_data[probe] == ' ' || m_data[probe] == '\t' || m_data[probe] == '\r' || m_data[probe] == '\n'))
        ++probe;
    if (probe < m_end && m_data[probe] == ']') {
        m_pos = probe + 1;
        return true;
    }
    for (;;) {
        JsonValue element;
        if (!readValue(element, depth + 1))
            return false;
        out.append(std::move(element));
        skipSpaceAndComments();
        if (atEnd())
            return false;
        if (m_data[m_pos] == ']') {
            ++m_pos;
            return true;
        }
        if (m_data[m_pos] != ',')
            return false;
        ++m_pos;
    }
}

bool JsonReader::readHex4(unsigned &out)
{
    if (m_end - m_pos < 4)
        return false;
    out = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = m_data[m_pos++];
        out <<= 4;
        if (c >= '0' && c <= '9')
            out |= unsigned(c - '0');
        else if (c >= 'a' && c <= 'f')
            out |= unsigned(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            out |= unsigned(c - 'A' + 10);
        else
            return false;
    }
    return true;
}

bool JsonReader::readString(std::string &out)
{
    ++m_pos; // opening quote
    for (;;) {
        if (atEnd())
            return false;
        const char c = m_data[m_pos++];
        if (c == '"')
            return true;
        if (c != '\\') {
            out += c; // raw control characters and any bytes are accepted, as jsoncpp does
            continue;
        }
        if (atEnd())
            return false;
        const char e = m_data[m_pos++];
        switch (e) {
        case '"':
        case '/':
        case '\\':
            out += e;
            break;
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'u': {
            unsigned cp = 0;
            if (!readHex4(cp))
                return false;
            if (cp >= 0xd800 && cp <= 0xdbff) { // a high surrogate needs its low half
                if (m_end - m_pos < 6 || m_data[m_pos] != '\\' || m_data[m_pos + 1] != 'u')
                    return false;
                m_pos += 2;
                unsigned low = 0;
                if (!readHex4(low))
                    return false;
                cp = 0x10000 + ((cp & 0x3ff) << 10) + (low & 0x3ff);
            }
            appendUtf8(cp, out);
            break;
        }
        default:
            return false;
        }
    }
}

bool JsonReader::readNumber(JsonValue &out)
{
    // Token shape as jsoncpp scans it: [-]digits[.digits][(e|E)[+|-]digits]
    const qsizetype start = m_pos;
    ++m_pos;
    const auto digits = [&] {
        while (!atEnd() && m_data[m_pos] >= '0' && m_data[m_pos] <= '9')
            ++m_pos;
    };
    digits();
    bool isDouble = false;
    if (!atEnd() && m_data[m_pos] == '.') {
        isDouble = true;
        ++m_pos;
        digits();
    }
    if (!atEnd() && (m_data[m_pos] == 'e' || m_data[m_pos] == 'E')) {
        isDouble = true;
        ++m_pos;
        if (!atEnd() && (m_data[m_pos] == '+' || m_data[m_pos] == '-'))
            ++m_pos;
        digits();
    }
    const std::string token(m_data + start, size_t(m_pos - start));
    const bool negative = token[0] == '-';
    if (!isDouble && token.size() > (negative ? 1u : 0u)) {
        std::uint64_t magnitude = 0;
        bool overflow = false;
        for (std::size_t i = negative ? 1 : 0; i < token.size(); ++i) {
            const unsigned d = unsigned(token[i] - '0');
            if (magnitude > (std::numeric_limits<std::uint64_t>::max() - d) / 10) {
                overflow = true;
                break;
            }
            magnitude = magnitude * 10 + d;
        }
        const std::uint64_t minMagnitude = std::uint64_t(std::numeric_limits<std::int64_t>::max()) + 1;
        if (!overflow && !negative) {
            out = JsonValue(magnitude);
            return true;
        }
        if (!overflow && magnitude <= minMagnitude) {
            out = magnitude == minMagnitude ? JsonValue(std::numeric_limits<std::int64_t>::min())
                                            : JsonValue(-std::int64_t(magnitude));
            return true;
        }
    }
    // Doubles and integers too large for 64 bits.
    // from_chars, not strtod: the decimal point must not depend on the process locale.
    double d = 0;
    const char *first = token.c_str();
    const char *last = first + token.size();
    const auto [end, error] = std::from_chars(first, last, d);
    if (end != last || error != std::errc()) // jsoncpp rejects out-of-range numbers too
        return false;
    out = JsonValue(d);
    return true;
}

} // namespace kmssim
