#include "models/configeditor.h"

#include "models/entrystyle.h"

#include <algorithm>

namespace ucmc {

namespace {

using EditError = Error<EditProblem>;

QString schemeName(bool encrypted)
{
    return encrypted ? QStringLiteral("wss") : QStringLiteral("ws");
}

// Structured edits need valid JSON with a kurentoservers list.
std::optional<EditError> checkEditable(const ConfigDocument &document)
{
    if (!document.isValidJson()) {
        const JsonSyntaxError &error = *document.syntaxError();
        return EditError{
            EditProblem::InvalidJson,
            ConfigEditor::tr("The file is not valid JSON at line %1, column %2: %3 Repair the text first; "
                             "until then only the text can be edited.")
                .arg(QString::number(error.position.line), QString::number(error.position.column),
                     error.message())};
    }
    const JsonNode *list = document.kurentoServers();
    if (!list)
        return EditError{
            EditProblem::NoServerList,
            ConfigEditor::tr("The file has no \"kurentoservers\" list. Add it in the text first.")};
    if (!list->isArray())
        return EditError{
            EditProblem::NoServerList,
            ConfigEditor::tr("\"kurentoservers\" is not a list [ … ]. Repair it in the text first.")};
    return std::nullopt;
}

std::optional<EditError> checkIndex(const ConfigDocument &document, int index)
{
    if (index < 0 || size_t(index) >= document.entries().size())
        return EditError{EditProblem::NoSuchServer,
                         document.entries().empty()
                             ? ConfigEditor::tr("There is no media server no. %1: the list is empty.").arg(index + 1)
                             : ConfigEditor::tr("There is no media server no. %1: the list ends at no. %2.")
                                   .arg(QString::number(index + 1), QString::number(document.entries().size()))};
    return std::nullopt;
}

std::optional<EditError> checkObjectEntry(const ConfigDocument &document, int index)
{
    if (auto error = checkEditable(document))
        return error;
    if (auto error = checkIndex(document, index))
        return error;
    if (!document.entries()[size_t(index)].isObject)
        return EditError{EditProblem::EntryNotObject,
                         ConfigEditor::tr("Media server %1 is not an object { … }, so it has no settings to "
                                          "change. Repair it in the text or remove it.")
                             .arg(index + 1)};
    return std::nullopt;
}

// The members of an object named key, in source order: more than one when the key is duplicated.
std::vector<const JsonNode::Member *> membersNamed(const JsonNode &object, QLatin1StringView key)
{
    std::vector<const JsonNode::Member *> found;
    for (const JsonNode::Member &member : object.members) {
        if (member.key == key)
            found.push_back(&member);
    }
    return found;
}

// Address edits refuse an entry with more than one "url" (lint rule entry-duplicate-member): the
// occurrences may name different servers, and programs differ in which one they read, so no edit
// can know which one the user means. Removing the extra one first settles it.
std::optional<EditError> checkUrlNotDuplicated(const ConfigDocument &document, int index)
{
    if (!document.entries()[size_t(index)].duplicateMembers.contains(EntryKey::Url))
        return std::nullopt;
    return EditError{
        EditProblem::DuplicateMember,
        ConfigEditor::tr("Media server %1 contains \"url\" more than once, and programs differ in "
                         "which one they use, so its address is not changed. Remove the extra "
                         "\"url\" first (fix: \"Remove this extra member\"), then try again.")
            .arg(index + 1)};
}

Result<MediaServerUrl, EditProblem> parseNewUrl(const QString &url)
{
    auto parsed = MediaServerUrl::parse(url);
    if (!parsed.ok())
        return EditError{
            EditProblem::InvalidUrl,
            ConfigEditor::tr("The address \"%1\" cannot be used: %2").arg(url, parsed.error().message)};
    return std::move(parsed).value();
}

EditError noChange(const QString &message)
{
    return EditError{EditProblem::NoChange, message};
}

// Applies the splice and checks the promises: the change stays inside the list (when within is
// given) and the result is valid JSON. Anything else is a bug, and the document is kept.
EditResult finish(const ConfigDocument &document, const TextSplice &splice, const QString &description,
                  std::optional<SourceSpan> within, bool mayBreakJson = false)
{
    if (!splice.fits(document.bytes().size()) ||
        (within && (splice.span.begin < within->begin || splice.span.end > within->end)))
        return EditError{EditProblem::Internal,
                         ConfigEditor::tr("The change was not made: it would have touched text outside the "
                                          "media server list. Please report this.")};
    QByteArray bytes = splice.applyTo(document.bytes());
    if (bytes == document.bytes())
        return noChange(ConfigEditor::tr("Nothing to change."));
    ConfigDocument next = ConfigDocument::fromBytes(std::move(bytes));
    if (!mayBreakJson && document.isValidJson() && !next.isValidJson())
        return EditError{
            EditProblem::Internal,
            ConfigEditor::tr(
                "The change was not made: it would have made the file invalid (%1). Please report this.")
                .arg(next.syntaxError()->message())};
    return DocumentEdit{std::move(next), description, splice};
}

EditResult finishInList(const ConfigDocument &document, const TextSplice &splice, const QString &description)
{
    return finish(document, splice, description, document.kurentoServers()->span);
}

// The type a flag gets when it is written anew: like the entry's other flags, else like the file.
FlagValue::Type flagTypeFor(const MediaServerEntry &entry, ServerFlag except, FlagValue::Type fileType)
{
    for (ServerFlag flag : {ServerFlag::CandKillIpv6, ServerFlag::CandKillTcp, ServerFlag::CandOnlyTurn}) {
        const FlagValue &value = flagOf(entry, flag);
        if (flag != except && (value.type == FlagValue::Type::Number || value.type == FlagValue::Type::Bool))
            return value.type;
    }
    return fileType;
}

} // namespace

QLatin1StringView serverFlagKey(ServerFlag flag)
{
    switch (flag) {
    case ServerFlag::CandKillIpv6:
        return EntryKey::CandKillIpv6;
    case ServerFlag::CandKillTcp:
        return EntryKey::CandKillTcp;
    case ServerFlag::CandOnlyTurn:
        return EntryKey::CandOnlyTurn;
    }
    return EntryKey::CandKillIpv6;
}

std::optional<ServerFlag> serverFlagFromKey(QStringView key)
{
    for (ServerFlag flag : {ServerFlag::CandKillIpv6, ServerFlag::CandKillTcp, ServerFlag::CandOnlyTurn}) {
        if (key == serverFlagKey(flag))
            return flag;
    }
    return std::nullopt;
}

const FlagValue &flagOf(const MediaServerEntry &entry, ServerFlag flag)
{
    switch (flag) {
    case ServerFlag::CandKillIpv6:
        return entry.candkillipv6;
    case ServerFlag::CandKillTcp:
        return entry.candkilltcp;
    case ServerFlag::CandOnlyTurn:
        return entry.candonlyturn;
    }
    return entry.candkillipv6;
}

QString composeUrl(const MediaServerUrl &url)
{
    QString text = url.scheme + QStringLiteral("://");
    if (!url.userInfo.isEmpty())
        text += url.userInfo + u'@';
    text += url.hostKind == HostKind::IPv6 || url.host.contains(u':') ? u'[' + url.host + u']' : url.host;
    if (url.portExplicit)
        text += u':' + QString::number(url.port);
    text += url.path;
    if (!url.query.isEmpty())
        text += u'?' + url.query;
    if (!url.fragment.isEmpty())
        text += u'#' + url.fragment;
    return text;
}

std::optional<Error<EditProblem>> ConfigEditor::reasonNotEditable(const ConfigDocument &document)
{
    return checkEditable(document);
}

QString ConfigEditor::serverName(const MediaServerEntry &entry)
{
    if (entry.hasValidEndpoint())
        return entry.endpoint.host;
    if (entry.urlIsString && !entry.url.isEmpty())
        return entry.url;
    return tr("media server no. %1").arg(entry.index + 1);
}

Result<QString, EditProblem> ConfigEditor::newServerUrl(const QString &typed, bool secure)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return EditError{EditProblem::InvalidUrl,
                         tr("Enter the media server's IPv4 address (e.g. 10.21.3.12) or a full ws:// URL.")};
    QString url = text;
    if (!text.contains(QLatin1String("://"))) {
        // "10.21.3.13:8888" or "kms1:8433": a host with its port (exactly one colon, no brackets).
        const qsizetype colon = text.indexOf(u':');
        const bool hostWithPort = colon > 0 && text.count(u':') == 1 && !text.startsWith(u'[');
        const bool bracketedWithPort = text.startsWith(u'[') && text.contains(QLatin1String("]:"));
        if (hostWithPort || bracketedWithPort)
            url = (secure ? QStringLiteral("wss://") : QStringLiteral("ws://")) + text + KurentoDefaults::path();
        else
            url = KurentoDefaults::url(text.startsWith(u'[') && text.endsWith(u']') ? text.mid(1, text.size() - 2)
                                                                                   : text,
                                       secure);
    }
    auto parsed = MediaServerUrl::parse(url);
    if (!parsed.ok())
        return EditError{EditProblem::InvalidUrl,
                         tr("The address \"%1\" cannot be used: %2").arg(text, parsed.error().message)};
    if (!parsed.value().isWebSocket())
        return EditError{EditProblem::InvalidUrl,
                         tr("The address \"%1\" cannot be used: a media server is reached with ws:// or wss://.")
                             .arg(text)};
    return url;
}

EditResult ConfigEditor::addServer(const ConfigDocument &document, const QString &url, int index,
                                   const NewServerFlags &flags)
{
    if (auto error = checkEditable(document))
        return *error;
    const auto parsed = parseNewUrl(url);
    if (!parsed.ok())
        return parsed.error();
    const JsonNode &list = *document.kurentoServers();
    const int count = int(list.elements.size());
    if (index == AtEnd)
        index = count;
    if (index < 0 || index > count)
        return EditError{EditProblem::NoSuchServer,
                         tr("A media server cannot be added at position %1: the positions go from 1 to %2.")
                             .arg(QString::number(index + 1), QString::number(count + 1))};

    const EntryStyle style = EntryStyle::of(document);
    std::vector<QByteArray> members{style.member(EntryKey::Url, jsonString(url))};
    const std::pair<ServerFlag, std::optional<bool>> wanted[] = {
        {ServerFlag::CandKillIpv6, flags.candkillipv6},
        {ServerFlag::CandKillTcp, flags.candkilltcp},
        {ServerFlag::CandOnlyTurn, flags.candonlyturn}};
    for (const auto &[flag, on] : wanted) {
        if (on)
            members.push_back(style.member(serverFlagKey(flag), EntryStyle::flagText(*on, style.flagType)));
    }
    const QByteArray entry = style.entry(members);

    TextSplice splice;
    if (count == 0) {
        splice = {list.span, style.list({entry})};
    } else if (index == count) {
        const qsizetype end = list.elements.back().span.end;
        splice = {{end, end}, style.entryGap + entry};
    } else {
        const qsizetype begin = list.elements[size_t(index)].span.begin;
        splice = {{begin, begin}, entry + style.entryGap};
    }
    return finishInList(document, splice, tr("Add media server %1").arg(parsed.value().host));
}

EditResult ConfigEditor::removeServer(const ConfigDocument &document, int index)
{
    if (auto error = checkEditable(document))
        return *error;
    if (auto error = checkIndex(document, index))
        return *error;
    const TextSplice splice = JsonSplice::removeItem(*document.kurentoServers(), index);
    return finishInList(document, splice,
                        tr("Remove %1").arg(serverName(document.entries()[size_t(index)])));
}

EditResult ConfigEditor::moveServer(const ConfigDocument &document, int from, int to)
{
    if (auto error = checkEditable(document))
        return *error;
    if (auto error = checkIndex(document, from))
        return *error;
    if (auto error = checkIndex(document, to))
        return *error;
    if (from == to)
        return noChange(tr("The media server is already at position %1.").arg(to + 1));

    // The entries between from and to change places; the gaps between them stay where they are,
    // so every entry keeps its own bytes and the list keeps its layout.
    const auto &elements = document.kurentoServers()->elements;
    const int low = std::min(from, to);
    const int high = std::max(from, to);
    std::vector<int> order;
    for (int i = low; i <= high; ++i)
        order.push_back(i);
    order.erase(order.begin() + (from - low));
    order.insert(order.begin() + (to - low), from);
    TextSplice splice;
    splice.span = {elements[size_t(low)].span.begin, elements[size_t(high)].span.end};
    for (int k = 0; k <= high - low; ++k) {
        if (k > 0) {
            const size_t position = size_t(low + k);
            splice.replacement +=
                document.textOf({elements[position - 1].span.end, elements[position].span.begin});
        }
        splice.replacement += document.textOf(elements[size_t(order[size_t(k)])].span);
    }
    return finishInList(document, splice,
                        tr("Move %1 to position %2")
                            .arg(serverName(document.entries()[size_t(from)]), QString::number(to + 1)));
}

EditResult ConfigEditor::setUrl(const ConfigDocument &document, int index, const QString &url)
{
    if (auto error = checkObjectEntry(document, index))
        return *error;
    if (auto error = checkUrlNotDuplicated(document, index))
        return *error;
    const auto parsed = parseNewUrl(url);
    if (!parsed.ok())
        return parsed.error();
    const MediaServerEntry &entry = document.entries()[size_t(index)];
    const QString description = tr("Change the address of %1 to %2").arg(serverName(entry), url);
    if (entry.hasUrl) {
        if (entry.urlIsString && entry.url == url)
            return noChange(tr("The address is already %1.").arg(url));
        return finishInList(document, {entry.urlValueSpan, jsonString(url)}, description);
    }
    // No url yet: it becomes the first member, as in the article.
    const JsonNode &node = *document.entryNode(index);
    const EntryStyle style = EntryStyle::of(document);
    const QByteArray member = style.member(EntryKey::Url, jsonString(url));
    if (node.members.empty())
        return finishInList(document, {node.span, style.entry({member})}, description);
    const qsizetype begin = node.members.front().keySpan.begin;
    return finishInList(document, {{begin, begin}, member + style.memberGapIn(document, node)}, description);
}

EditResult ConfigEditor::changeUrl(const ConfigDocument &document, int index, const UrlChange &change)
{
    if (auto error = checkObjectEntry(document, index))
        return *error;
    if (auto error = checkUrlNotDuplicated(document, index))
        return *error;
    const MediaServerEntry &entry = document.entries()[size_t(index)];
    if (!entry.hasValidEndpoint())
        return EditError{
            EditProblem::InvalidUrl,
            tr("The address of media server %1 cannot be taken apart; enter the whole address instead.")
                .arg(index + 1)};
    MediaServerUrl url = entry.endpoint;
    if (change.scheme)
        url.scheme = *change.scheme;
    if (change.host) {
        url.host = *change.host;
        url.hostKind = url.host.contains(u':') ? HostKind::IPv6 : HostKind::Hostname;
    }
    if (change.port) {
        url.portExplicit = *change.port >= 0;
        url.port = *change.port;
    }
    if (change.path)
        url.path = *change.path;
    return setUrl(document, index, composeUrl(url));
}

bool ConfigEditor::canSwitchEncryption(const MediaServerEntry &entry)
{
    return entry.hasValidEndpoint() && entry.endpoint.isWebSocket();
}

bool ConfigEditor::hasCustomPort(const MediaServerEntry &entry)
{
    if (!canSwitchEncryption(entry))
        return false;
    const MediaServerUrl &url = entry.endpoint;
    return !(url.portExplicit && url.port == KurentoDefaults::portFor(url.secure));
}

QList<int> ConfigEditor::serversWithCustomPort(const ConfigDocument &document, bool encrypted)
{
    QList<int> found;
    for (const MediaServerEntry &entry : document.entries()) {
        if (canSwitchEncryption(entry) && entry.endpoint.secure != encrypted && hasCustomPort(entry))
            found.append(entry.index);
    }
    return found;
}

QString ConfigEditor::switchedUrl(const MediaServerUrl &url, bool encrypted, PortPolicy policy)
{
    MediaServerUrl switched = url;
    const bool upperCase = url.scheme == url.scheme.toUpper();
    switched.scheme = upperCase ? schemeName(encrypted).toUpper() : schemeName(encrypted);
    switched.secure = encrypted;
    const bool defaultPort = url.portExplicit && url.port == KurentoDefaults::portFor(url.secure);
    if (defaultPort || policy == PortPolicy::UseDefault) {
        switched.port = KurentoDefaults::portFor(encrypted);
        switched.portExplicit = true;
    }
    return composeUrl(switched);
}

EditResult ConfigEditor::setEncrypted(const ConfigDocument &document, int index, bool encrypted,
                                      PortPolicy policy)
{
    if (auto error = checkObjectEntry(document, index))
        return *error;
    if (auto error = checkUrlNotDuplicated(document, index))
        return *error;
    const MediaServerEntry &entry = document.entries()[size_t(index)];
    if (!canSwitchEncryption(entry))
        return EditError{EditProblem::NotWebSocketUrl,
                         tr("Encryption can only be switched for an address that starts with ws:// or "
                            "wss://; correct the address of media server %1 first.")
                             .arg(index + 1)};
    if (entry.endpoint.secure == encrypted)
        return noChange(tr("%1 already uses %2.").arg(serverName(entry), schemeName(encrypted)));
    const QString url = switchedUrl(entry.endpoint, encrypted, policy);
    return finishInList(document, {entry.urlValueSpan, jsonString(url)},
                        tr("Switch %1 to %2").arg(serverName(entry), schemeName(encrypted)));
}

EditResult ConfigEditor::setAllEncrypted(const ConfigDocument &document, bool encrypted, PortPolicy policy)
{
    if (auto error = checkEditable(document))
        return *error;
    std::vector<TextSplice> parts;
    for (const MediaServerEntry &entry : document.entries()) {
        // An entry with more than one "url" refuses the whole switch when any of them would have
        // to change: switching only the first would leave a last-wins reader on the old scheme.
        if (entry.duplicateMembers.contains(EntryKey::Url)) {
            for (const JsonNode::Member *url :
                 membersNamed(*document.entryNode(entry.index), EntryKey::Url)) {
                if (!url->value.isString())
                    continue;
                const auto parsed = MediaServerUrl::parse(url->value.text);
                if (parsed.ok() && parsed.value().isWebSocket() && parsed.value().secure != encrypted)
                    return EditError{
                        EditProblem::DuplicateMember,
                        tr("Media server %1 contains \"url\" more than once, and programs differ in which "
                           "one they use, so no address is switched. Remove the extra \"url\" first (fix: "
                           "\"Remove this extra member\"), then try again.")
                            .arg(entry.index + 1)};
            }
        }
        if (canSwitchEncryption(entry) && entry.endpoint.secure != encrypted)
            parts.push_back({entry.urlValueSpan, jsonString(switchedUrl(entry.endpoint, encrypted, policy))});
    }
    if (parts.empty())
        return noChange(tr("No media server needs to be switched to %1.").arg(schemeName(encrypted)));
    return finishInList(document, TextSplice::merge(document.bytes(), parts),
                        tr("Switch all media servers to %1").arg(schemeName(encrypted)));
}

EditResult ConfigEditor::setFlag(const ConfigDocument &document, int index, ServerFlag flag, bool on)
{
    if (auto error = checkObjectEntry(document, index))
        return *error;
    const MediaServerEntry &entry = document.entries()[size_t(index)];
    const FlagValue &value = flagOf(entry, flag);
    const QLatin1StringView key = serverFlagKey(flag);
    const EntryStyle style = EntryStyle::of(document);
    const JsonNode &node = *document.entryNode(index);

    FlagValue::Type type = value.type;
    if (type == FlagValue::Type::Other || type == FlagValue::Type::Absent)
        type = flagTypeFor(entry, flag, style.flagType);
    const QByteArray text = EntryStyle::flagText(on, type);
    const QString description =
        tr("Set %1 of %2 to %3").arg(key, serverName(entry), QString::fromLatin1(text));

    if (value.isPresent()) {
        // Every occurrence gets the value (more than one when the flag is duplicated, see the
        // header), so that first-wins and last-wins readers agree. Each keeps its JSON type; one
        // that already says the value stays as it is.
        std::vector<TextSplice> parts;
        for (const JsonNode::Member *member : membersNamed(node, key)) {
            const JsonNode &current = member->value;
            if (current.isNumber() ? current.number == (on ? 1.0 : 0.0)
                                   : current.isBool() && current.boolean == on)
                continue;
            const FlagValue::Type own = current.isNumber() ? FlagValue::Type::Number
                                        : current.isBool() ? FlagValue::Type::Bool
                                                           : type;
            parts.push_back({current.span, EntryStyle::flagText(on, own)});
        }
        if (parts.empty())
            return noChange(tr("%1 is already %2.").arg(key, value.sourceText));
        return finishInList(document, TextSplice::merge(document.bytes(), parts), description);
    }
    const QByteArray member = style.member(key, text);
    if (node.members.empty())
        return finishInList(document, {node.span, style.entry({member})}, description);
    const qsizetype end = node.members.back().value.span.end;
    return finishInList(document, {{end, end}, style.memberGapIn(document, node) + member}, description);
}

EditResult ConfigEditor::clearFlag(const ConfigDocument &document, int index, ServerFlag flag)
{
    if (auto error = checkObjectEntry(document, index))
        return *error;
    const MediaServerEntry &entry = document.entries()[size_t(index)];
    const QLatin1StringView key = serverFlagKey(flag);
    if (!flagOf(entry, flag).isPresent())
        return noChange(tr("%1 has no %2.").arg(serverName(entry), key));
    // Every occurrence goes (more than one when the flag is duplicated, see the header): "not set"
    // must mean absent for every reader. One removal at a time, the last occurrence first, each
    // on the text the previous one left, so that removeItem() always sees its real neighbours.
    QByteArray bytes = document.bytes();
    ConfigDocument current = document;
    for (size_t left = membersNamed(*document.entryNode(index), key).size(); left > 0; --left) {
        const JsonNode *node = current.entryNode(index);
        if (!node)
            break; // the previous removal broke the text: finish() refuses it below
        const auto occurrences = membersNamed(*node, key);
        if (occurrences.empty())
            break;
        const int last = int(occurrences.back() - node->members.data());
        bytes = JsonSplice::removeItem(*node, last).applyTo(current.bytes());
        current = ConfigDocument::fromBytes(bytes);
    }
    return finishInList(document, TextSplice::between(document.bytes(), bytes),
                        tr("Remove %1 from %2").arg(key, serverName(entry)));
}

EditResult ConfigEditor::replaceText(const ConfigDocument &document, const QByteArray &bytes)
{
    if (bytes == document.bytes())
        return noChange(tr("The text is unchanged."));
    // The raw editor passes through invalid text while the user types: kept, never refused.
    return finish(document, TextSplice::between(document.bytes(), bytes), tr("Edit the JSON text"),
                  std::nullopt, true);
}

EditResult ConfigEditor::applyFix(const ConfigDocument &document, const TextFix &fix)
{
    const TextSplice splice{fix.span, fix.replacement};
    if (!splice.fits(document.bytes().size()))
        return EditError{EditProblem::InvalidFix,
                         tr("This fix belongs to another version of the text; check the file again.")};
    return finish(document, splice, fix.description, std::nullopt);
}

} // namespace ucmc
