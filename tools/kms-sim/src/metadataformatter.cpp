#include "metadataformatter.h"

#include <QString>
#include <memory>
#include <utility>
#include <vector>

namespace kmssim {

namespace {

// A property-tree node: data or ordered children (arrays are children with empty keys).
// A child is a named Node; std::pair<std::string, Node> would need Node complete inside Node
// itself, which libstdc++'s pair checks reject under clang.
struct Child;

struct Node
{
    std::string data;
    std::vector<Child> children;
    bool isArray = false;
};

struct Child
{
    std::string first; // the key
    Node second;
};

class OrderedParser
{
public:
    explicit OrderedParser(const QByteArray &text)
        : m_text(text)
    {}

    bool parse(Node &root)
    {
        if (!value(root, 0))
            return false;
        skipSpace();
        return m_pos == m_text.size();
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size() && std::string(" \t\r\n").find(m_text[m_pos]) != std::string::npos)
            ++m_pos;
    }

    bool value(Node &node, int depth)
    {
        if (depth > 256)
            return false;
        skipSpace();
        if (m_pos >= m_text.size())
            return false;
        const char c = m_text[m_pos];
        if (c == '{' || c == '[') {
            const bool array = c == '[';
            const char close = array ? ']' : '}';
            node.isArray = array;
            ++m_pos;
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == close) {
                ++m_pos;
                return true;
            }
            for (;;) {
                std::string key;
                if (!array) {
                    skipSpace();
                    if (!string(key))
                        return false;
                    skipSpace();
                    if (m_pos >= m_text.size() || m_text[m_pos] != ':')
                        return false;
                    ++m_pos;
                }
                Node child;
                if (!value(child, depth + 1))
                    return false;
                node.children.push_back(Child{std::move(key), std::move(child)});
                skipSpace();
                if (m_pos >= m_text.size())
                    return false;
                if (m_text[m_pos] == close) {
                    ++m_pos;
                    return true;
                }
                if (m_text[m_pos] != ',')
                    return false;
                ++m_pos;
            }
        }
        if (c == '"')
            return string(node.data);
        // Numbers, true, false and null are kept as their literal text, as the ptree does.
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && std::string(",]} \t\r\n").find(m_text[m_pos]) == std::string::npos)
            ++m_pos;
        node.data = m_text.mid(start, m_pos - start).toStdString();
        return !node.data.empty();
    }

    bool string(std::string &out)
    {
        if (m_pos >= m_text.size() || m_text[m_pos] != '"')
            return false;
        ++m_pos;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos++];
            if (c == '"')
                return true;
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_pos >= m_text.size())
                return false;
            const char e = m_text[m_pos++];
            switch (e) {
            case 'n':
                out += '\n';
                break;
            case 't':
                out += '\t';
                break;
            case 'r':
                out += '\r';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'u': {
                if (m_pos + 4 > m_text.size())
                    return false;
                bool ok = false;
                const unsigned cp = m_text.mid(m_pos, 4).toUInt(&ok, 16);
                if (!ok)
                    return false;
                m_pos += 4;
                out += QString(QChar(char16_t(cp))).toUtf8().toStdString();
                break;
            }
            default:
                out += e;
            }
        }
        return false;
    }

    const QByteArray &m_text;
    qsizetype m_pos = 0;
};

std::string escape(const std::string &s)
{
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    for (const char ch : s) {
        const auto b = static_cast<unsigned char>(ch);
        if (b == 0x20 || b == 0x21 || (b >= 0x23 && b <= 0x2E) || (b >= 0x30 && b <= 0x5B) ||
            (b >= 0x5D && b <= 0x7E)) {
            out += ch;
        } else if (ch == '\b') {
            out += "\\b";
        } else if (ch == '\f') {
            out += "\\f";
        } else if (ch == '\n') {
            out += "\\n";
        } else if (ch == '\r') {
            out += "\\r";
        } else if (ch == '\t') {
            out += "\\t";
        } else if (ch == '/') {
            out += "\\/";
        } else if (ch == '"') {
            out += "\\\"";
        } else if (ch == '\\') {
            out += "\\\\";
        } else { // boost escapes each byte outside ASCII on its own
            out += "\\u00";
            out += hex[b >> 4];
            out += hex[b & 0xf];
        }
    }
    return out;
}

void write(const Node &node, int indent, std::string &out)
{
    const std::string pad(std::size_t(4 * (indent + 1)), ' ');
    const std::string closePad(std::size_t(4 * indent), ' ');
    if (indent > 0 && node.children.empty()) {
        out += "\"" + escape(node.data) + "\"";
        return;
    }
    out += node.isArray ? "[\n" : "{\n";
    for (std::size_t i = 0; i < node.children.size(); ++i) {
        out += pad;
        if (!node.isArray)
            out += "\"" + escape(node.children[i].first) + "\": ";
        write(node.children[i].second, indent + 1, out);
        if (i + 1 < node.children.size())
            out += ",";
        out += "\n";
    }
    out += closePad + (node.isArray ? "]" : "}");
}

} // namespace

std::optional<std::string> MetadataFormatter::format(const QByteArray &json)
{
    Node root;
    OrderedParser parser(json);
    if (!parser.parse(root))
        return std::nullopt;
    if (root.children.empty())
        return std::string();
    std::string out;
    write(root, 0, out);
    out += "\n";
    return out;
}

} // namespace kmssim
