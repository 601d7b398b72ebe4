#include "jsonwriter.h"

#include <charconv>
#include <cmath>

namespace kmssim {

namespace {

void appendHex4(unsigned cp, std::string &out)
{
    static const char digits[] = "0123456789abcdef";
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4)
        out += digits[(cp >> shift) & 0xf];
}

// Decodes one UTF-8 sequence like jsoncpp does: anything malformed becomes U+FFFD.
unsigned decodeUtf8(const std::string &s, std::size_t &i)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned c = byte(i);
    if (c < 0x80)
        return c;
    int extra = 0;
    unsigned cp = 0;
    if ((c & 0xe0) == 0xc0) {
        extra = 1;
        cp = c & 0x1f;
    } else if ((c & 0xf0) == 0xe0) {
        extra = 2;
        cp = c & 0x0f;
    } else if ((c & 0xf8) == 0xf0) {
        extra = 3;
        cp = c & 0x07;
    } else {
        return 0xfffd;
    }
    if (i + extra >= s.size())
        return 0xfffd;
    for (int k = 1; k <= extra; ++k) {
        const unsigned cc = byte(i + k);
        if ((cc & 0xc0) != 0x80)
            return 0xfffd;
        cp = (cp << 6) | (cc & 0x3f);
    }
    i += extra;
    return cp;
}

} // namespace

QByteArray JsonWriter::write(const JsonValue &value)
{
    std::string out;
    out.reserve(128);
    writeValue(value, out);
    return QByteArray(out.data(), qsizetype(out.size()));
}

std::string JsonWriter::formatDouble(double value)
{
    if (std::isnan(value))
        return "null";
    if (std::isinf(value))
        return value < 0 ? "-1e+9999" : "1e+9999";
    // Same as printf("%.17g") but independent of the process locale.
    char buffer[40];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 17);
    std::string s(buffer, result.ptr);
    // jsoncpp keeps a double recognisable as one: 0 is written "0.0".
    if (s.find('.') == std::string::npos && s.find('e') == std::string::npos)
        s += ".0";
    return s;
}

void JsonWriter::writeValue(const JsonValue &value, std::string &out)
{
    switch (value.type()) {
    case JsonValue::Type::Null:
        out += "null";
        break;
    case JsonValue::Type::Bool:
        out += value.boolValue() ? "true" : "false";
        break;
    case JsonValue::Type::Int:
        out += std::to_string(value.intValue());
        break;
    case JsonValue::Type::UInt:
        out += std::to_string(value.uintValue());
        break;
    case JsonValue::Type::Double:
        out += formatDouble(value.doubleValue());
        break;
    case JsonValue::Type::String:
        writeString(value.stringValue(), out);
        break;
    case JsonValue::Type::Array: {
        out += '[';
        bool first = true;
        for (const JsonValue &element : value.arrayValue()) {
            if (!first)
                out += ',';
            first = false;
            writeValue(element, out);
        }
        out += ']';
        break;
    }
    case JsonValue::Type::Object: {
        out += '{';
        bool first = true;
        for (const auto &[key, member] : value.objectValue()) {
            if (!first)
                out += ',';
            first = false;
            writeString(key, out);
            out += ':';
            writeValue(member, out);
        }
        out += '}';
        break;
    }
    }
}

void JsonWriter::writeString(const std::string &s, std::string &out)
{
    out += '"';
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        switch (c) {
        case '"':
            out += "\\\"";
            continue;
        case '\\':
            out += "\\\\";
            continue;
        case '\b':
            out += "\\b";
            continue;
        case '\f':
            out += "\\f";
            continue;
        case '\n':
            out += "\\n";
            continue;
        case '\r':
            out += "\\r";
            continue;
        case '\t':
            out += "\\t";
            continue;
        default:
            break;
        }
        const unsigned cp = decodeUtf8(s, i);
        if (cp >= 0x20 && cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x10000) {
            appendHex4(cp, out);
        } else {
            const unsigned v = cp - 0x10000;
            appendHex4(0xd800 + (v >> 10), out);
            appendHex4(0xdc00 + (v & 0x3ff), out);
        }
    }
    out += '"';
}

} // namespace kmssim
