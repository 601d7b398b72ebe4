#include "jsonvalue.h"

#include "jsonwriter.h"

#include <cmath>
#include <limits>

namespace kmssim {

namespace {

const JsonValue &nullValue()
{
    static const JsonValue null;
    return null;
}

bool inRange(double d, double min, double max)
{
    return d >= min && d <= max;
}

} // namespace

JsonValue::JsonValue(std::uint64_t u)
{
    // jsoncpp keeps values that fit a signed 64-bit integer signed.
    if (u <= std::uint64_t(std::numeric_limits<std::int64_t>::max()))
        m_v = std::int64_t(u);
    else
        m_v = u;
}

bool JsonValue::isConvertibleToString() const
{
    return isNumeric() || isBool() || isString() || isNull();
}

bool JsonValue::isConvertibleToInt() const
{
    switch (type()) {
    case Type::Null:
    case Type::Bool:
        return true;
    case Type::Int:
        return inRange(double(intValue()), std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    case Type::Double:
        return inRange(doubleValue(), std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    default:
        return false;
    }
}

bool JsonValue::isConvertibleToUInt() const
{
    switch (type()) {
    case Type::Null:
    case Type::Bool:
        return true;
    case Type::Int:
        return intValue() >= 0 && intValue() <= std::numeric_limits<unsigned>::max();
    case Type::Double:
        return inRange(doubleValue(), 0, std::numeric_limits<unsigned>::max());
    default:
        return false;
    }
}

bool JsonValue::isConvertibleToBool() const
{
    return isNumeric() || isBool() || isNull();
}

std::string JsonValue::asString() const
{
    switch (type()) {
    case Type::Null:
        return {};
    case Type::Bool:
        return boolValue() ? "true" : "false";
    case Type::Int:
        return std::to_string(intValue());
    case Type::UInt:
        return std::to_string(uintValue());
    case Type::Double:
        return JsonWriter::formatDouble(doubleValue());
    case Type::String:
        return stringValue();
    default:
        return {}; // never reached: callers check isConvertibleToString()
    }
}

std::int64_t JsonValue::asInt() const
{
    switch (type()) {
    case Type::Bool:
        return boolValue() ? 1 : 0;
    case Type::Int:
        return intValue();
    case Type::UInt:
        return std::int64_t(uintValue());
    case Type::Double:
        return std::int64_t(std::trunc(doubleValue()));
    default:
        return 0;
    }
}

bool JsonValue::asBool() const
{
    switch (type()) {
    case Type::Bool:
        return boolValue();
    case Type::Int:
        return intValue() != 0;
    case Type::UInt:
        return uintValue() != 0;
    case Type::Double:
        return doubleValue() != 0.0;
    default:
        return false;
    }
}

bool JsonValue::contains(const std::string &key) const
{
    return isObject() && objectValue().count(key) != 0;
}

const JsonValue &JsonValue::get(const std::string &key) const
{
    if (!isObject())
        return nullValue();
    auto it = objectValue().find(key);
    return it == objectValue().end() ? nullValue() : it->second;
}

void JsonValue::set(const std::string &key, JsonValue value)
{
    if (!isObject())
        m_v = Object{};
    objectValue()[key] = std::move(value);
}

void JsonValue::append(JsonValue value)
{
    if (!isArray())
        m_v = Array{};
    arrayValue().push_back(std::move(value));
}

std::size_t JsonValue::size() const
{
    if (isArray())
        return arrayValue().size();
    if (isObject())
        return objectValue().size();
    return 0;
}

} // namespace kmssim
