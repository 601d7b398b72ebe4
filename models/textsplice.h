#pragma once

// A change of a document's bytes as "replace this span with that text". Edits and lint fixes are
// both splices, so a text editor can apply them in place (keeping its cursor and scroll position)
// and tests can check that nothing outside the span moved.

#include "models/jsonparser.h"

#include <QByteArray>
#include <QByteArrayView>
#include <vector>

namespace ucmc {

struct TextSplice
{
    SourceSpan span;        // in the bytes before the change; empty: an insertion at span.begin
    QByteArray replacement; // UTF-8, in the document's own line endings

    bool fits(qsizetype size) const { return span.begin >= 0 && span.begin <= span.end && span.end <= size; }
    QByteArray applyTo(QByteArrayView bytes) const;

    // The smallest splice that turns before into after (common start and end left out).
    static TextSplice between(QByteArrayView before, QByteArrayView after);
    // One splice doing all of parts (sorted by position, not overlapping); the bytes between
    // them are copied from bytes.
    static TextSplice merge(QByteArrayView bytes, const std::vector<TextSplice> &parts);

    friend bool operator==(const TextSplice &, const TextSplice &) = default;
};

// Splices that take items out of JSON containers without breaking the syntax.
namespace JsonSplice {

// Number of items of an array (elements) or object (members); 0 for anything else.
int itemCount(const JsonNode &container);
// An element's span, or a member's from its key to the end of its value.
SourceSpan itemSpan(const JsonNode &container, int index);

// Removes one item with the separator next to it, keeping the layout of the rest: the item and
// the gap after it, or for the last item the gap before it (so no comma is left dangling).
// Removing the only item leaves an empty container: [] or {}.
TextSplice removeItem(const JsonNode &container, int index);

} // namespace JsonSplice

} // namespace ucmc
