#include "orderedjson.h"

namespace simtest {

namespace {

class Parser
{
public:
    explicit Parser(const QByteArray &text)
        : m_s(text)
    {}

    bool parse(OrderedJson &out)
    {
        if (!value(out, 0))
            return false;
        space();
        return m_i == m_s.size();
    }
    qsizetype position() const { return m_i; }

private:
    void space()
    {
        while (m_i < m_s.size() &&
               (m_s[m_i] == ' ' || m_s[m_i] == '\t' || m_s[m_i] == '\n' || m_s[m_i] == '\r'))
            ++m_i;
    }

    bool literal(const char *word)
    {
        const QByteArray w(word);
        if (m_s.mid(m_i, w.size()) != w)
            return false;
        m_i += w.size();
        return true;
    }

    bool value(OrderedJson &out, int depth)
    {
        if (depth > 2000)
            return false;
        space();
        if (m_i >= m_s.size())
            return false;
        const char c = m_s[m_i];
        if (c == '{') {
            out.type = OrderedJson::Type::Object;
            ++m_i;
            space();
            if (m_i < m_s.size() && m_s[m_i] == '}') {
                ++m_i;
                return true;
            }
            for (;;) {
                space();
                OrderedJson key;
                if (m_i >= m_s.size() || m_s[m_i] != '"' || !string(key.text))
                    return false;
                space();
                if (m_i >= m_s.size() || m_s[m_i] != ':')
                    return false;
                ++m_i;
                OrderedJson member;
                if (!value(member, depth + 1))
                    return false;
                out.members.append({key.text, member});
                space();
                if (m_i < m_s.size() && m_s[m_i] == ',') {
                    ++m_i;
                    continue;
                }
                if (m_i < m_s.size() && m_s[m_i] == '}') {
                    ++m_i;
                    return true;
                }
                return false;
            }
        }
        if (c == '[') {
            out.type = OrderedJson::Type::Array;
            ++m_i;
            space();
            if (m_i < m_s.size() && m_s[m_i] == ']') {
                ++m_i;
                return true;
            }
            for (;;) {
                OrderedJson item;
                if (!value(item, depth + 1))
                    return false;
                out.items.append(item);
                space();
                if (m_i < m_s.size() && m_s[m_i] == ',') {
                    ++m_i;
                    continue;
                }
                if (m_i < m_s.size() && m_s[m_i] == ']') {
                    ++m_i;
                    return true;
                }
                return false;
            }
        }
        if (c == '"') {
            out.type = OrderedJson::Type::String;
            return string(out.text);
        }
        if (literal("true")) {
            out.type = OrderedJson::Type::Bool;
            out.text = QStringLiteral("true");
            return true;
        }
        if (literal("false")) {
            out.type = OrderedJson::Type::Bool;
            out.text = QStringLiteral("false");
            return true;
        }
        if (literal("null")) {
            out.type = OrderedJson::Type::Null;
            return true;
        }
        const qsizetype start = m_i;
        while (m_i < m_s.size() && QByteArray("+-0123456789.eE").contains(m_s[m_i]))
            ++m_i;
        if (m_i == start)
            return false;
        out.type = OrderedJson::Type::Number;
        out.text = QString::fromLatin1(m_s.mid(start, m_i - start));
        return true;
    }

    bool string(QString &out)
    {
        ++m_i;
        QByteArray utf8;
        while (m_i < m_s.size()) {
            const char c = m_s[m_i++];
            if (c == '"') {
                out = QString::fromUtf8(utf8);
                return true;
            }
            if (c != '\\') {
                utf8 += c;
                continue;
            }
            if (m_i >= m_s.size())
                return false;
            const char e = m_s[m_i++];
            switch (e) {
            case 'n':
                utf8 += '\n';
                break;
            case 't':
                utf8 += '\t';
                break;
            case 'r':
                utf8 += '\r';
                break;
            case 'b':
                utf8 += '\b';
                break;
            case 'f':
                utf8 += '\f';
                break;
            case 'u': {
                bool ok = false;
                uint cp = m_s.mid(m_i, 4).toUInt(&ok, 16);
                if (!ok)
                    return false;
                m_i += 4;
                if (cp >= 0xd800 && cp <= 0xdbff && m_s.mid(m_i, 2) == "\\u") {
                    const uint low = m_s.mid(m_i + 2, 4).toUInt(&ok, 16);
                    if (!ok)
                        return false;
                    m_i += 6;
                    cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
                }
                utf8 += QString::fromUcs4(reinterpret_cast<const char32_t *>(&cp), 1).toUtf8();
                break;
            }
            default:
                utf8 += e;
            }
        }
        return false;
    }

    const QByteArray &m_s;
    qsizetype m_i = 0;
};

void appendHex4(uint v, QByteArray &out)
{
    out += "\\u" + QByteArray::number(v, 16).rightJustified(4, '0');
}

void writeString(const QString &s, QByteArray &out)
{
    out += '"';
    const QList<uint> codePoints = s.toUcs4();
    for (uint cp : codePoints) {
        switch (cp) {
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
        if (cp >= 0x20 && cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x10000) {
            appendHex4(cp, out);
        } else {
            appendHex4(0xd800 + ((cp - 0x10000) >> 10), out);
            appendHex4(0xdc00 + ((cp - 0x10000) & 0x3ff), out);
        }
    }
    out += '"';
}

void write(const OrderedJson &v, QByteArray &out)
{
    switch (v.type) {
    case OrderedJson::Type::Null:
        out += "null";
        break;
    case OrderedJson::Type::Bool:
    case OrderedJson::Type::Number:
        out += v.text.toLatin1();
        break;
    case OrderedJson::Type::String:
        writeString(v.text, out);
        break;
    case OrderedJson::Type::Array:
        out += '[';
        for (qsizetype i = 0; i < v.items.size(); ++i) {
            if (i)
                out += ',';
            write(v.items[i], out);
        }
        out += ']';
        break;
    case OrderedJson::Type::Object:
        out += '{';
        for (qsizetype i = 0; i < v.members.size(); ++i) {
            if (i)
                out += ',';
            writeString(v.members[i].first, out);
            out += ':';
            write(v.members[i].second, out);
        }
        out += '}';
        break;
    }
}

} // namespace

std::optional<OrderedJson> OrderedJson::parse(const QByteArray &json, QString *error)
{
    OrderedJson out;
    Parser parser(json);
    if (!parser.parse(out)) {
        if (error)
            *error = QStringLiteral("invalid JSON near byte %1").arg(parser.position());
        return std::nullopt;
    }
    return out;
}

const OrderedJson *OrderedJson::member(const QString &key) const
{
    for (const auto &m : members) {
        if (m.first == key)
            return &m.second;
    }
    return nullptr;
}

QString OrderedJson::str(const QString &key) const
{
    const OrderedJson *m = member(key);
    return m && m->isString() ? m->text : QString();
}

QByteArray OrderedJson::toCompact() const
{
    QByteArray out;
    write(*this, out);
    return out;
}

} // namespace simtest
