#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <variant>
#include <vector>

namespace kmssim {

// A JSON value with jsoncpp's data model: integers and doubles stay distinct (so 0.0 is written
// as "0.0" like KMS does), object keys are sorted byte-wise (std::map, like jsoncpp), and the
// conversion helpers follow jsoncpp's isConvertibleTo()/asString() rules, because KMS parameter
// checks are built on them. QJsonValue cannot be used: it turns 2.0 into the integer 2.
class JsonValue
{
public:
    enum class Type { Null, Bool, Int, UInt, Double, String, Array, Object };
    using Array = std::vector<JsonValue>;
    using Object = std::map<std::string, JsonValue>;

    JsonValue() = default;
    JsonValue(std::nullptr_t) {}
    JsonValue(bool b)
        : m_v(b)
    {}
    JsonValue(int i)
        : m_v(std::int64_t(i))
    {}
    JsonValue(unsigned u)
        : m_v(std::int64_t(u))
    {}
    JsonValue(std::int64_t i)
        : m_v(i)
    {}
    JsonValue(std::uint64_t u);
    JsonValue(double d)
        : m_v(d)
    {}
    JsonValue(const char *s)
        : m_v(std::string(s))
    {}
    JsonValue(std::string s)
        : m_v(std::move(s))
    {}
    JsonValue(Array a)
        : m_v(std::move(a))
    {}
    JsonValue(Object o)
        : m_v(std::move(o))
    {}

    static JsonValue array() { return JsonValue(Array{}); }
    static JsonValue object() { return JsonValue(Object{}); }

    Type type() const { return Type(m_v.index()); }
    bool isNull() const { return type() == Type::Null; }
    bool isBool() const { return type() == Type::Bool; }
    bool isString() const { return type() == Type::String; }
    bool isArray() const { return type() == Type::Array; }
    bool isObject() const { return type() == Type::Object; }
    bool isIntegral() const { return type() == Type::Int || type() == Type::UInt; }
    bool isNumeric() const { return isIntegral() || type() == Type::Double; }

    // jsoncpp semantics: a string parameter also accepts numbers, booleans and null.
    bool isConvertibleToString() const;
    bool isConvertibleToInt() const;
    bool isConvertibleToUInt() const;
    bool isConvertibleToBool() const;
    std::string asString() const;
    std::int64_t asInt() const;
    bool asBool() const;

    bool boolValue() const { return std::get<bool>(m_v); }
    std::int64_t intValue() const { return std::get<std::int64_t>(m_v); }
    std::uint64_t uintValue() const { return std::get<std::uint64_t>(m_v); }
    double doubleValue() const { return std::get<double>(m_v); }
    const std::string &stringValue() const { return std::get<std::string>(m_v); }
    const Array &arrayValue() const { return std::get<Array>(m_v); }
    Array &arrayValue() { return std::get<Array>(m_v); }
    const Object &objectValue() const { return std::get<Object>(m_v); }
    Object &objectValue() { return std::get<Object>(m_v); }

    // Object access. contains()/get() require an object (callers check isObject() first);
    // set() turns null into an object, as jsoncpp's operator[] does.
    bool contains(const std::string &key) const;
    const JsonValue &get(const std::string &key) const; // null value when absent
    void set(const std::string &key, JsonValue value);
    void append(JsonValue value);
    std::size_t size() const; // members or elements; 0 for scalars

    bool operator==(const JsonValue &other) const = default;

private:
    std::variant<std::nullptr_t, bool, std::int64_t, std::uint64_t, double, std::string, Array, Object> m_v;
};

} // namespace kmssim
