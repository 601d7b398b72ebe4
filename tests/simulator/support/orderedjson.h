#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace simtest {

// A JSON value that keeps what a comparison of wire formats needs: member order and the literal
// text of numbers (so 0.0 stays "0.0"). Written for the tests, independent of the simulator.
struct OrderedJson
{
    enum class Type { Null, Bool, Number, String, Array, Object };
    Type type = Type::Null;
    QString text; // number literal, string value, or "true"/"false"
    QList<OrderedJson> items;
    QList<QPair<QString, OrderedJson>> members;

    static std::optional<OrderedJson> parse(const QByteArray &json, QString *error = nullptr);

    bool isObject() const { return type == Type::Object; }
    bool isArray() const { return type == Type::Array; }
    bool isString() const { return type == Type::String; }
    bool isNull() const { return type == Type::Null; }
    const OrderedJson *member(const QString &key) const;
    QString str(const QString &key) const; // string member or ""

    // Compact, members in their order, escaping like jsoncpp (non-ASCII as lower-case \uXXXX).
    QByteArray toCompact() const;
};

} // namespace simtest
