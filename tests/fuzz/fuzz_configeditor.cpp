// libFuzzer target: every ConfigEditor edit on arbitrary documents.
//
// Input: a 6-byte header, then the document's bytes.
//   [0] which edit   [1] index a   [2] index b   [3] bits: flag, on/off, encrypted, policy, flags
//   [4] which address (from kUrls; 255: the bytes after the header up to the first newline)
//   [5] which UrlChange parts are set (changeUrl)
// Oracle for every edit that succeeds:
// - the result parses and is the splice applied to the bytes before;
// - list edits: the splice lies inside the kurentoservers list and every byte outside it is
//   identical; entries the edit does not touch stay byte-identical;
// - the edit did what it said (address set, flag set or gone, scheme switched, order moved, ...).
// An edit that fails must fail for a reason (never EditProblem::Internal: that is a bug).

#include "fuzzsupport.h"
#include "models/configdocument.h"
#include "models/configeditor.h"
#include "models/configlint.h"

#include <QByteArrayList>

#include <cstddef>
#include <cstdint>

using namespace ucmc;

namespace {

const char *const kUrls[] = {
    "ws://10.21.3.13:8888/kurento", "wss://10.21.3.14:8433/kurento", "ws://media.example.com/kurento",
    "wss://[fd00::1]:8433/kurento",  "ws://127.0.0.1:9000",           "WSS://Host:1/x?y#z",
    "http://10.0.0.1:8888/kurento",  "ws://",                          "",
    "ws://a\"b\\c\u00e9:8888/kurento",
};
constexpr int kUrlCount = int(sizeof kUrls / sizeof *kUrls);

QByteArrayList entryTexts(const ConfigDocument &document)
{
    QByteArrayList texts;
    for (const MediaServerEntry &entry : document.entries())
        texts.append(document.textOf(entry.span).toByteArray());
    return texts;
}

bool flagIsOn(const FlagValue &value)
{
    return (value.type == FlagValue::Type::Bool && value.boolean)
        || (value.type == FlagValue::Type::Number && value.number != 0.0);
}

bool flagIsOff(const FlagValue &value)
{
    return (value.type == FlagValue::Type::Bool && !value.boolean)
        || (value.type == FlagValue::Type::Number && value.number == 0.0);
}

// Every byte outside the kurentoservers list is identical, and the splice lies inside it.
void checkOnlyListChanged(const ConfigDocument &before, const DocumentEdit &edit)
{
    const SourceSpan list = before.kurentoServers()->span;
    const QByteArray &old = before.bytes();
    const QByteArray &now = edit.document.bytes();
    FUZZ_CHECK(edit.splice.span.begin >= list.begin && edit.splice.span.end <= list.end);
    const qsizetype tail = old.size() - list.end;
    FUZZ_CHECK(now.size() >= list.begin + tail);
    FUZZ_CHECK(now.first(list.begin) == old.first(list.begin));
    FUZZ_CHECK(now.last(tail) == old.last(tail));
    FUZZ_CHECK(edit.document.kurentoServers() && edit.document.kurentoServers()->isArray());
    FUZZ_CHECK(edit.document.kurentoServers()->span.begin == list.begin);
}

// Entries other than index stay byte-identical (same count).
void checkOthersUnchanged(const QByteArrayList &before, const QByteArrayList &after, int index)
{
    FUZZ_CHECK(before.size() == after.size());
    for (int i = 0; i < before.size(); ++i)
        FUZZ_CHECK(i == index || before[i] == after[i]);
}

bool schemeIs(const MediaServerEntry &entry, bool secure)
{
    return entry.hasValidEndpoint() && entry.endpoint.isWebSocket() && entry.endpoint.secure == secure;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    constexpr size_t kHeader = 6;
    if (size < kHeader)
        return 0;
    const int op = data[0] % 11;
    const int a = data[1];
    const int b = data[2];
    const uint8_t bits = data[3];
    const ServerFlag flag = ServerFlag(bits % 3);
    const bool on = bits & 0x04;
    const bool encrypted = bits & 0x08;
    const PortPolicy policy = (bits & 0x10) ? PortPolicy::UseDefault : PortPolicy::KeepCustom;
    QByteArray body(reinterpret_cast<const char *>(data + kHeader), qsizetype(size - kHeader));
    QString url;
    if (data[4] == 255) {
        const qsizetype newline = body.indexOf('\n');
        url = QString::fromUtf8(body.first(newline < 0 ? 0 : newline));
        body.remove(0, newline < 0 ? 0 : newline + 1);
    } else {
        url = QString::fromUtf8(kUrls[data[4] % kUrlCount]);
    }

    const ConfigDocument before = ConfigDocument::fromBytes(body);
    const int count = int(before.entries().size());
    // Mostly valid indices, sometimes one past the end or far off.
    const auto pick = [count](int raw) { return raw >= 250 ? raw * 1000 - 300000 : raw % (count + 1); };
    const int index = pick(a);
    const int other = pick(b);
    const QByteArrayList oldEntries = entryTexts(before);
    const bool editable = !ConfigEditor::reasonNotEditable(before).has_value();

    std::optional<EditResult> result;
    switch (op) {
    case 0: {
        NewServerFlags flags;
        if (bits & 0x20)
            flags.candkillipv6 = on;
        if (bits & 0x40)
            flags.candkilltcp = !on;
        if (bits & 0x80)
            flags.candonlyturn = on;
        const int at = (bits & 0x01) ? ConfigEditor::AtEnd : index;
        result = ConfigEditor::addServer(before, url, at, flags);
        if (result->ok()) {
            const ConfigDocument &after = result->value().document;
            FUZZ_CHECK(int(after.entries().size()) == count + 1);
            const int where = at == ConfigEditor::AtEnd ? count : at;
            const MediaServerEntry &added = after.entries()[size_t(where)];
            FUZZ_CHECK(added.urlIsString && added.url == url);
            if (flags.candkillipv6)
                FUZZ_CHECK(*flags.candkillipv6 ? flagIsOn(added.candkillipv6) : flagIsOff(added.candkillipv6));
            if (flags.candkilltcp)
                FUZZ_CHECK(*flags.candkilltcp ? flagIsOn(added.candkilltcp) : flagIsOff(added.candkilltcp));
            if (flags.candonlyturn)
                FUZZ_CHECK(*flags.candonlyturn ? flagIsOn(added.candonlyturn) : flagIsOff(added.candonlyturn));
            QByteArrayList expected = oldEntries;
            QByteArrayList now = entryTexts(after);
            now.removeAt(where);
            FUZZ_CHECK(now == expected);
        }
        break;
    }
    case 1:
        result = ConfigEditor::removeServer(before, index);
        if (result->ok()) {
            QByteArrayList expected = oldEntries;
            expected.removeAt(index);
            FUZZ_CHECK(entryTexts(result->value().document) == expected);
        }
        break;
    case 2:
        result = ConfigEditor::moveServer(before, index, other);
        if (result->ok()) {
            QByteArrayList expected = oldEntries;
            expected.move(index, other);
            FUZZ_CHECK(entryTexts(result->value().document) == expected);
        }
        break;
    case 3:
        result = ConfigEditor::setUrl(before, index, url);
        if (result->ok()) {
            const ConfigDocument &after = result->value().document;
            FUZZ_CHECK(after.entries()[size_t(index)].urlIsString && after.entries()[size_t(index)].url == url);
            checkOthersUnchanged(oldEntries, entryTexts(after), index);
        }
        break;
    case 4: {
        UrlChange change;
        const uint8_t parts = data[5];
        const auto parsed = MediaServerUrl::parse(url);
        if (parsed.ok()) {
            if (parts & 0x01)
                change.scheme = parsed.value().scheme;
            if (parts & 0x02)
                change.host = parsed.value().host;
            if (parts & 0x04)
                change.port = parsed.value().portExplicit ? parsed.value().port : -1;
            if (parts & 0x08)
                change.path = parsed.value().path;
        }
        result = ConfigEditor::changeUrl(before, index, change);
        if (result->ok()) {
            const ConfigDocument &after = result->value().document;
            const MediaServerEntry &entry = after.entries()[size_t(index)];
            FUZZ_CHECK(entry.hasValidEndpoint());
            if (change.scheme)
                FUZZ_CHECK(entry.endpoint.scheme.compare(*change.scheme, Qt::CaseInsensitive) == 0);
            if (change.host)
                FUZZ_CHECK(entry.endpoint.host.compare(*change.host, Qt::CaseInsensitive) == 0);
            if (change.port)
                FUZZ_CHECK(*change.port == -1 ? !entry.endpoint.portExplicit : entry.endpoint.port == *change.port);
            if (change.path)
                FUZZ_CHECK(entry.endpoint.path == *change.path);
            checkOthersUnchanged(oldEntries, entryTexts(after), index);
        }
        break;
    }
    case 5:
        result = ConfigEditor::setEncrypted(before, index, encrypted, policy);
        if (result->ok()) {
            const ConfigDocument &after = result->value().document;
            FUZZ_CHECK(schemeIs(after.entries()[size_t(index)], encrypted));
            checkOthersUnchanged(oldEntries, entryTexts(after), index);
        }
        break;
    case 6:
        result = ConfigEditor::setAllEncrypted(before, encrypted, policy);
        if (result->ok()) {
            const ConfigDocument &after = result->value().document;
            FUZZ_CHECK(int(after.entries().size()) == count);
            for (int i = 0; i < count; ++i) {
                const MediaServerEntry &was = before.entries()[size_t(i)];
                if (ConfigEditor::canSwitchEncryption(was))
                    FUZZ_CHECK(schemeIs(after.entries()[size_t(i)], encrypted));
                else
                    FUZZ_CHECK(entryTexts(after)[i] == oldEntries[i]);
            }
        }
        break;
    case 7:
        result = ConfigEditor::setFlag(before, index, flag, on);
        if (result->ok()) {
            const ConfigDocument &after = result->value().document;
            const FlagValue &value = flagOf(after.entries()[size_t(index)], flag);
            FUZZ_CHECK(on ? flagIsOn(value) : flagIsOff(value));
            checkOthersUnchanged(oldEntries, entryTexts(after), index);
        }
        break;
    case 8:
        result = ConfigEditor::clearFlag(before, index, flag);
        if (result->ok()) {
            const ConfigDocument &after = result->value().document;
            const MediaServerEntry &entry = after.entries()[size_t(index)];
            FUZZ_CHECK(!flagOf(entry, flag).isPresent());
            const JsonNode *node = after.entryNode(index);
            FUZZ_CHECK(node && node->memberCount(serverFlagKey(flag)) == 0);
            checkOthersUnchanged(oldEntries, entryTexts(after), index);
        }
        break;
    case 9: {
        // The raw text editor: the bytes of another input cut at b (any bytes, valid or not).
        const QByteArray replacement = body.left(b * 16) + url.toUtf8();
        result = ConfigEditor::replaceText(before, replacement);
        if (result->ok())
            FUZZ_CHECK(result->value().document.bytes() == replacement);
        else
            FUZZ_CHECK(result->error().code == EditProblem::NoChange && replacement == body);
        break;
    }
    case 10: {
        std::vector<TextFix> fixes;
        for (const DocumentProblem &problem : ConfigLint::check(before))
            if (problem.fix)
                fixes.push_back(*problem.fix);
        if (fixes.empty())
            return 0;
        const TextFix &fix = fixes[size_t(a) % fixes.size()];
        result = ConfigEditor::applyFix(before, fix);
        if (result->ok()) {
            const QByteArray expected = body.first(fix.span.begin) + fix.replacement + body.sliced(fix.span.end);
            FUZZ_CHECK(result->value().document.bytes() == expected);
            if (before.isValidJson())
                FUZZ_CHECK(result->value().document.isValidJson());
        }
        break;
    }
    }

    FUZZ_CHECK(result.has_value());
    if (!result->ok()) {
        FUZZ_CHECK(result->error().code != EditProblem::Internal);
        FUZZ_CHECK(!result->error().message.isEmpty());
        return 0;
    }
    const DocumentEdit &edit = result->value();
    FUZZ_CHECK(!edit.description.isEmpty());
    FUZZ_CHECK(edit.splice.fits(body.size()));
    FUZZ_CHECK(edit.splice.applyTo(body) == edit.document.bytes());
    FUZZ_CHECK(edit.document.bytes() != body);
    if (op <= 8) {
        // Structured edits: only on an editable document, only inside the list, valid JSON after.
        FUZZ_CHECK(editable);
        FUZZ_CHECK(edit.document.isValidJson());
        checkOnlyListChanged(before, edit);
    }
    return 0;
}
