#include "models/entrystyle.h"

namespace ucmc {

namespace {

bool isLineBreak(char c)
{
    return c == '\n' || c == '\r';
}

bool containsLineBreak(QByteArrayView text)
{
    return text.contains('\n') || text.contains('\r');
}

QByteArray between(const ConfigDocument &document, qsizetype begin, qsizetype end)
{
    return document.textOf({begin, end}).toByteArray();
}

// The spaces and tabs that start the line holding offset.
QByteArray indentOfLineAt(const ConfigDocument &document, qsizetype offset)
{
    const QByteArray &bytes = document.bytes();
    const qsizetype contentStart = document.format().utf8Bom ? 3 : 0;
    qsizetype lineStart = offset;
    while (lineStart > contentStart && !isLineBreak(bytes[lineStart - 1]))
        --lineStart;
    qsizetype p = lineStart;
    while (p < offset && (bytes[p] == ' ' || bytes[p] == '\t'))
        ++p;
    return bytes.sliced(lineStart, p - lineStart);
}

// The indentation of offset if only spaces and tabs precede it on its line.
std::optional<QByteArray> indentBefore(const ConfigDocument &document, qsizetype offset)
{
    const QByteArray &bytes = document.bytes();
    const qsizetype contentStart = document.format().utf8Bom ? 3 : 0;
    qsizetype p = offset;
    while (p > contentStart && (bytes[p - 1] == ' ' || bytes[p - 1] == '\t'))
        --p;
    if (p > contentStart && !isLineBreak(bytes[p - 1]))
        return std::nullopt;
    return bytes.sliced(p, offset - p);
}

const JsonNode *firstObjectWithMembers(const JsonNode &list, size_t atLeast)
{
    for (const JsonNode &element : list.elements) {
        if (element.isObject() && element.members.size() >= atLeast)
            return &element;
    }
    return nullptr;
}

// The layout when the file has no entry to copy: one member per line, indented one level deeper
// than the "kurentoservers" key, or everything on one line like the top-level object.
void styleFromFile(const ConfigDocument &document, const JsonNode::Member &listMember, EntryStyle &style)
{
    const JsonNode &root = *document.root();
    const QByteArray unit = document.format().indentUnit.toUtf8();
    const QByteArray newline = document.format().newline();
    const QByteArrayView listText = document.textOf(listMember.value.span);
    const QByteArray rootOpen =
        root.members.empty() ? QByteArray()
                             : between(document, root.span.begin + 1, root.members.front().keySpan.begin);
    const bool multiLine = containsLineBreak(listText) || containsLineBreak(rootOpen);
    if (multiLine) {
        const QByteArray keyIndent = indentOfLineAt(document, listMember.keySpan.begin);
        const QByteArray entryIndent = keyIndent + unit;
        const QByteArray memberIndent = entryIndent + unit;
        style.listLeadIn = newline + entryIndent;
        style.listLeadOut = newline + keyIndent;
        style.entryGap = ',' + newline + entryIndent;
        style.objectOpen = newline + memberIndent;
        style.memberGap = ',' + newline + memberIndent;
        style.objectClose = newline + entryIndent;
        return;
    }
    // One line: pad inside brackets like the top-level object does ("{ " or "{").
    const QByteArray pad = rootOpen;
    style.listLeadIn = pad;
    style.listLeadOut = pad;
    style.entryGap = style.inlineComma;
    style.objectOpen = pad;
    style.memberGap = style.inlineComma;
    style.objectClose = pad;
}

// How the file separates items that share a line (", " or ","): from the entries, else from
// the top-level object, else guessed from the colon (": " goes with ", ").
QByteArray inlineCommaOf(const ConfigDocument &document, const JsonNode &list, const QByteArray &separator)
{
    std::vector<QByteArray> evidence;
    if (list.elements.size() >= 2)
        evidence.push_back(between(document, list.elements[0].span.end, list.elements[1].span.begin));
    if (const JsonNode *entry = firstObjectWithMembers(list, 2))
        evidence.push_back(
            between(document, entry->members[0].value.span.end, entry->members[1].keySpan.begin));
    const JsonNode &root = *document.root();
    if (root.members.size() >= 2)
        evidence.push_back(between(document, root.members[0].value.span.end, root.members[1].keySpan.begin));
    for (const QByteArray &gap : evidence) {
        if (!containsLineBreak(gap))
            return gap;
    }
    return separator.endsWith(' ') ? QByteArray(", ") : QByteArray(",");
}

FlagValue::Type preferredFlagType(const ConfigDocument &document)
{
    int numbers = 0;
    int booleans = 0;
    for (const MediaServerEntry &entry : document.entries()) {
        for (const FlagValue *flag : {&entry.candkillipv6, &entry.candkilltcp, &entry.candonlyturn}) {
            numbers += flag->type == FlagValue::Type::Number;
            booleans += flag->type == FlagValue::Type::Bool;
        }
    }
    // The article writes numbers; only a file that mostly uses true/false gets booleans.
    return booleans > numbers ? FlagValue::Type::Bool : FlagValue::Type::Number;
}

} // namespace

QByteArray jsonString(QStringView text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (uchar(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[uchar(c) >> 4];
                out += hex[uchar(c) & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

EntryStyle EntryStyle::of(const ConfigDocument &document)
{
    EntryStyle style;
    const JsonNode::Member *listMember = document.kurentoServersMember();
    Q_ASSERT(listMember && listMember->value.isArray());
    const JsonNode &list = listMember->value;

    style.urlSeparator = document.format().urlKeyValueSeparator.toUtf8();
    style.flagSeparator = document.format().keyValueSeparator.toUtf8();
    style.flagType = preferredFlagType(document);
    style.inlineComma = inlineCommaOf(document, list, style.flagSeparator);
    styleFromFile(document, *listMember, style);
    if (list.elements.empty())
        return style;

    // Entries exist: copy what they show.
    const auto &elements = list.elements;
    style.listLeadIn = between(document, list.span.begin + 1, elements.front().span.begin);
    style.listLeadOut = between(document, elements.back().span.end, list.span.end - 1);
    if (elements.size() >= 2)
        style.entryGap = between(document, elements[0].span.end, elements[1].span.begin);
    else
        style.entryGap = containsLineBreak(style.listLeadIn) ? ',' + style.listLeadIn : style.inlineComma;
    if (containsLineBreak(style.listLeadIn)) {
        // Deeper levels follow the entries' own indentation, not the key's.
        if (const auto entryIndent = indentBefore(document, elements.front().span.begin)) {
            const QByteArray newline = document.format().newline();
            const QByteArray memberIndent = *entryIndent + document.format().indentUnit.toUtf8();
            style.objectOpen = newline + memberIndent;
            style.memberGap = ',' + newline + memberIndent;
            style.objectClose = newline + *entryIndent;
        }
    } else {
        // Entries share a line with the brackets: keep new ones on one line too.
        style.objectOpen = style.objectClose = QByteArray();
        style.memberGap = style.inlineComma;
    }
    if (const JsonNode *example = firstObjectWithMembers(list, 1)) {
        style.objectOpen = between(document, example->span.begin + 1, example->members.front().keySpan.begin);
        style.objectClose = between(document, example->members.back().value.span.end, example->span.end - 1);
        style.memberGap = style.gapAfterOpen(style.objectOpen);
    }
    if (const JsonNode *example = firstObjectWithMembers(list, 2))
        style.memberGap =
            between(document, example->members[0].value.span.end, example->members[1].keySpan.begin);
    return style;
}

QByteArray EntryStyle::member(const QString &key, QByteArrayView jsonValue) const
{
    const QByteArray &separator = key == EntryKey::Url ? urlSeparator : flagSeparator;
    return jsonString(key) + separator + jsonValue.toByteArray();
}

QByteArray EntryStyle::entry(const std::vector<QByteArray> &members) const
{
    if (members.empty())
        return QByteArray("{}");
    QByteArray out = '{' + objectOpen;
    for (size_t i = 0; i < members.size(); ++i) {
        if (i > 0)
            out += memberGap;
        out += members[i];
    }
    return out + objectClose + '}';
}

QByteArray EntryStyle::list(const std::vector<QByteArray> &entries) const
{
    if (entries.empty())
        return QByteArray("[]");
    QByteArray out = '[' + listLeadIn;
    for (size_t i = 0; i < entries.size(); ++i) {
        if (i > 0)
            out += entryGap;
        out += entries[i];
    }
    return out + listLeadOut + ']';
}

QByteArray EntryStyle::memberGapIn(const ConfigDocument &document, const JsonNode &entry) const
{
    Q_ASSERT(entry.isObject() && !entry.members.empty());
    if (entry.members.size() >= 2)
        return between(document, entry.members[0].value.span.end, entry.members[1].keySpan.begin);
    return gapAfterOpen(between(document, entry.span.begin + 1, entry.members.front().keySpan.begin));
}

QByteArray EntryStyle::gapAfterOpen(const QByteArray &open) const
{
    if (containsLineBreak(open))
        return ',' + open; // one member per line, at the first member's indentation
    return inlineComma;
}

QByteArray EntryStyle::flagText(bool on, FlagValue::Type type)
{
    if (type == FlagValue::Type::Bool)
        return on ? QByteArray("true") : QByteArray("false");
    return on ? QByteArray("1") : QByteArray("0");
}

} // namespace ucmc
