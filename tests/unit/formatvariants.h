#pragma once

// Writes a JSON tree in a chosen formatting style: the generator of the byte-preservation
// property tests. The same tree written in the same style before and after an edit must give
// exactly what the editor produces from the first text.

#include "models/jsonparser.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ucmc::test {

struct WriteStyle
{
    QString name;
    bool bom = false;
    QByteArray newline = "\n"; // empty: everything on one line
    QByteArray indent = "   ";
    QByteArray separator = " : ";    // between a key and its value
    QByteArray urlSeparator = " : "; // the same for "url" keys (the article mixes them)
    QByteArray comma = ",";          // between items: "," or, on one line, also ", "
    bool finalNewline = true;
};

inline QByteArray quotedJson(const QString &text)
{
    QString out;
    out += u'"';
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\') {
            out += u'\\';
            out += c;
        } else if (c == u'\n') {
            out += QStringLiteral("\\n");
        } else if (c.unicode() < 0x20) {
            out += QStringLiteral("\\u%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    out += u'"';
    return out.toUtf8();
}

inline QByteArray writeJson(const JsonNode &node, const WriteStyle &style, int depth)
{
    const bool multiLine = !style.newline.isEmpty();
    auto indent = [&](int level) { return multiLine ? style.indent.repeated(level) : QByteArray(); };
    switch (node.kind) {
    case JsonNode::Kind::Null:
        return "null";
    case JsonNode::Kind::Bool:
        return node.boolean ? "true" : "false";
    case JsonNode::Kind::Number:
        return node.text.toLatin1();
    case JsonNode::Kind::String:
        return quotedJson(node.text);
    case JsonNode::Kind::Array: {
        if (node.elements.empty())
            return "[]";
        QByteArray out = "[" + style.newline;
        for (size_t i = 0; i < node.elements.size(); ++i) {
            out += indent(depth + 1) + writeJson(node.elements[i], style, depth + 1);
            if (i + 1 < node.elements.size())
                out += style.comma;
            out += style.newline;
        }
        return out + indent(depth) + "]";
    }
    case JsonNode::Kind::Object: {
        if (node.members.empty())
            return "{}";
        QByteArray out = "{" + style.newline;
        for (size_t i = 0; i < node.members.size(); ++i) {
            const auto &member = node.members[i];
            const QByteArray &separator =
                member.key == QLatin1String("url") ? style.urlSeparator : style.separator;
            out += indent(depth + 1) + quotedJson(member.key) + separator +
                   writeJson(member.value, style, depth + 1);
            if (i + 1 < node.members.size())
                out += style.comma;
            out += style.newline;
        }
        return out + indent(depth) + "}";
    }
    }
    return {};
}

inline QByteArray writeDocument(const JsonNode &root, const WriteStyle &style)
{
    QByteArray out = style.bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    out += writeJson(root, style, 0);
    if (style.finalNewline && !style.newline.isEmpty())
        out += style.newline;
    return out;
}

// Every combination the issue names: CRLF/LF, BOM or not, tab/2/3/4-space indentation,
// "url" : / "url": / "url":, the article's mixed habit, final newline or not, one-line compact.
inline QList<WriteStyle> formattingVariants()
{
    QList<WriteStyle> styles;
    const QByteArray newlines[] = {"\r\n", "\n"};
    const QByteArray indents[] = {"\t", "  ", "   ", "    "};
    struct Separators
    {
        const char *name;
        QByteArray other, url;
    };
    const Separators separators[] = {
        {"spaced", " : ", " : "}, {"colon-space", ": ", ": "}, {"tight", ":", ":"}, {"article", ": ", " : "}};
    for (const QByteArray &newline : newlines) {
        for (const QByteArray &indent : indents) {
            for (const Separators &sep : separators) {
                for (int flags = 0; flags < 4; ++flags) {
                    WriteStyle style;
                    style.newline = newline;
                    style.indent = indent;
                    style.separator = sep.other;
                    style.urlSeparator = sep.url;
                    style.bom = flags & 1;
                    style.finalNewline = flags & 2;
                    style.name =
                        QStringLiteral("%1 indent=%2 sep=%3%4%5")
                            .arg(newline == "\r\n" ? QStringLiteral("CRLF") : QStringLiteral("LF"))
                            .arg(indent == "\t" ? QStringLiteral("tab") : QString::number(indent.size()))
                            .arg(QLatin1String(sep.name))
                            .arg(style.bom ? QStringLiteral(" bom") : QString())
                            .arg(style.finalNewline ? QStringLiteral(" final-newline") : QString());
                    styles << style;
                }
            }
        }
    }
    // One line: JSON.stringify writes ":" and ",", Python's json.dumps ": " and ", ".
    for (const char *separator : {":", ": ", " : "}) {
        WriteStyle compact;
        compact.newline.clear();
        compact.indent.clear();
        compact.separator = compact.urlSeparator = separator;
        compact.comma = QByteArray(separator).endsWith(' ') ? ", " : ",";
        compact.finalNewline = false;
        compact.name = QStringLiteral("compact sep='%1'").arg(QLatin1String(separator));
        styles << compact;
    }
    return styles;
}

} // namespace ucmc::test
