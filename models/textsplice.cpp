#include "models/textsplice.h"

#include <algorithm>

namespace ucmc {

QByteArray TextSplice::applyTo(QByteArrayView bytes) const
{
    Q_ASSERT(fits(bytes.size()));
    QByteArray out;
    out.reserve(bytes.size() - span.length() + replacement.size());
    out.append(bytes.first(span.begin));
    out.append(replacement);
    out.append(bytes.sliced(span.end));
    return out;
}

TextSplice TextSplice::between(QByteArrayView before, QByteArrayView after)
{
    const qsizetype shorter = std::min(before.size(), after.size());
    qsizetype prefix = 0;
    while (prefix < shorter && before[prefix] == after[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix &&
           before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
        ++suffix;
    TextSplice splice;
    splice.span = {prefix, before.size() - suffix};
    splice.replacement = after.sliced(prefix, after.size() - suffix - prefix).toByteArray();
    return splice;
}

TextSplice TextSplice::merge(QByteArrayView bytes, const std::vector<TextSplice> &parts)
{
    if (parts.empty())
        return {};
    if (parts.size() == 1)
        return parts.front();
    TextSplice merged;
    merged.span = {parts.front().span.begin, parts.back().span.end};
    qsizetype copied = merged.span.begin;
    for (const TextSplice &part : parts) {
        Q_ASSERT(part.span.begin >= copied);
        merged.replacement.append(bytes.sliced(copied, part.span.begin - copied));
        merged.replacement.append(part.replacement);
        copied = part.span.end;
    }
    return merged;
}

namespace JsonSplice {

int itemCount(const JsonNode &container)
{
    if (container.isArray())
        return int(container.elements.size());
    if (container.isObject())
        return int(container.members.size());
    return 0;
}

SourceSpan itemSpan(const JsonNode &container, int index)
{
    if (container.isArray())
        return container.elements[size_t(index)].span;
    const JsonNode::Member &member = container.members[size_t(index)];
    return {member.keySpan.begin, member.value.span.end};
}

TextSplice removeItem(const JsonNode &container, int index)
{
    const int count = itemCount(container);
    Q_ASSERT(index >= 0 && index < count);
    TextSplice splice;
    if (count == 1) {
        // Everything between the brackets goes: "[\r\n   {…}\r\n]" becomes "[]".
        splice.span = {container.span.begin + 1, container.span.end - 1};
    } else if (index + 1 < count) {
        splice.span = {itemSpan(container, index).begin, itemSpan(container, index + 1).begin};
    } else {
        splice.span = {itemSpan(container, index - 1).end, itemSpan(container, index).end};
    }
    return splice;
}

} // namespace JsonSplice

} // namespace ucmc
