#pragma once

// How a document writes the entries of its kurentoservers list, learnt from the entries it
// already has (or, for an empty list, from the rest of the file), so that text the console adds
// looks as if the same person had written it: the same indentation, the same spacing around ':'
// (the article writes "url" : but "candkillipv6": ), the same line endings, one line per entry
// in a compact file.
//
// Every gap below is copied from the file where the file has an example of it; only an empty
// list in a file without any example falls back to FormatStyle's indentation unit and newline.

#include "models/configdocument.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>
#include <vector>

namespace ucmc {

// text as a JSON string literal with quotes: ", \ and control characters escaped, UTF-8.
QByteArray jsonString(QStringView text);

class EntryStyle
{
public:
    // The document must be valid JSON with a kurentoservers list (ConfigEditor checks that).
    static EntryStyle of(const ConfigDocument &document);

    QByteArray listLeadIn;    // '[' to the first entry, used when the list is empty now
    QByteArray listLeadOut;   // the last entry to ']', idem
    QByteArray entryGap;      // between two entries, comma included: ",\r\n      "
    QByteArray inlineComma;   // between items that share a line: ", " or ","
    QByteArray objectOpen;    // '{' to the first member: "\r\n         "
    QByteArray memberGap;     // between two members, comma included
    QByteArray objectClose;   // the last member to '}'
    QByteArray urlSeparator;  // "url" to its value, colon included: " : "
    QByteArray flagSeparator; // any other key to its value: ": "
    FlagValue::Type flagType = FlagValue::Type::Number; // how this file writes flags: 0/1 or false/true

    // "key" + separator + value (value is JSON text, e.g. a jsonString() or "1").
    QByteArray member(const QString &key, QByteArrayView jsonValue) const;
    // { members } in this file's layout.
    QByteArray entry(const std::vector<QByteArray> &members) const;
    // [ entries ] for a list that is empty now.
    QByteArray list(const std::vector<QByteArray> &entries) const;
    // The gap between members inside one existing entry: its own if it has one, else the
    // file's. The entry must be an object with at least one member.
    QByteArray memberGapIn(const ConfigDocument &document, const JsonNode &entry) const;
    // The gap between members of an object that has one member, opened with open ('{' to key).
    QByteArray gapAfterOpen(const QByteArray &open) const;
    // A flag's value as JSON text: 0/1 for Number, false/true for Bool.
    static QByteArray flagText(bool on, FlagValue::Type type);
};

} // namespace ucmc
