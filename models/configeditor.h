#pragma once

// Edits of the kurentoservers list as pure functions on the immutable ConfigDocument. Each edit
// returns the new document plus a short translated description for an undo history, or an error
// with a translated message. Nothing here touches a file.
//
// Guarantees (proven by tst_configeditor over every sample and generated formatting variants):
// - Every byte outside the (first) kurentoservers value stays identical; entries that an edit
//   does not change stay byte-identical, a moved entry too.
// - New text follows the file's habits (EntryStyle): indentation, spacing around ':', line
//   endings, one line per entry in a compact file.
// - The result is valid JSON. An edit that would produce anything else is refused.
//
// Decisions:
// - Indices are 0-based positions in kurentoservers; the round-robin order is the list order.
// - A file that is not valid JSON, or has no kurentoservers list, accepts no edit but
//   replaceText(): the administrator must repair it in the text first.
// - Edits that would change nothing return EditProblem::NoChange, so a UI can skip the undo step.
// - Addresses given to addServer()/setUrl() must parse as a MediaServerUrl; whether they are
//   sensible (ws/wss, port, path) is ConfigLint's business, not a reason to refuse.
// - Flags keep their JSON type: 0/1 stays a number, true/false stays a boolean. A flag that is
//   absent or of another type gets the type the file uses elsewhere (numbers, as the article).
// - Switching encryption follows the article: ws:8888 <-> wss:8433. A port that is not the
//   default of the current scheme (8888 for ws, 8433 for wss, or no port at all) is custom:
//   PortPolicy decides whether it stays; hasCustomPort() lets a UI ask the user first.
// - A member that occurs more than once in an entry (lint rule entry-duplicate-member) is never
//   left ambiguous by an edit: programs differ in which occurrence they read (this console the
//   first, a last-wins parser the last), so after an edit every reader must see the same.
//   * clearFlag() removes every occurrence: "not set" means absent for every reader.
//   * setFlag() writes the value into every occurrence that does not already say it (each keeps
//     its JSON type, as a single flag does). It removes nothing the user did not ask to remove;
//     the lint fix "Remove this extra member" stays available for tidying up.
//   * setUrl(), changeUrl(), setEncrypted() and setAllEncrypted() refuse an entry whose "url"
//     occurs more than once (EditProblem::DuplicateMember): the occurrences may name different
//     servers, so which one the user means is unknown. The message says to remove the extra
//     "url" first. setAllEncrypted() refuses only when such an entry has an occurrence it would
//     have to switch.

#include "models/configdocument.h"
#include "models/documentproblem.h"
#include "models/result.h"
#include "models/textsplice.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace ucmc {

enum class ServerFlag { CandKillIpv6, CandKillTcp, CandOnlyTurn };

// "candkillipv6", … and back (nullopt for other names).
QLatin1StringView serverFlagKey(ServerFlag flag);
std::optional<ServerFlag> serverFlagFromKey(QStringView key);
const FlagValue &flagOf(const MediaServerEntry &entry, ServerFlag flag);

enum class PortPolicy {
    KeepCustom, // a custom port stays; only the default port moves (8888 <-> 8433)
    UseDefault, // the new scheme's default port in any case
};

enum class EditProblem {
    InvalidJson,     // the text must be repaired first (only replaceText() works)
    NoServerList,    // kurentoservers missing or not a list
    NoSuchServer,    // index out of range
    EntryNotObject,  // the entry is not { … }, so it has no members to change
    InvalidUrl,      // the new address does not parse
    NotWebSocketUrl, // encryption can only be switched on ws:// and wss:// addresses
    NoChange,        // the edit would change nothing
    DuplicateMember, // the entry has "url" more than once (entry-duplicate-member): remove one first
    InvalidFix,      // the fix does not fit the document
    Internal,        // the result would not be valid JSON (a bug; the document is kept)
};

struct DocumentEdit
{
    ConfigDocument document; // after the edit
    QString description;     // translated, for an undo history: "Add media server 10.21.3.13"
    TextSplice splice;       // the change, relative to the bytes before
};

using EditResult = Result<DocumentEdit, EditProblem>;

// Parts of an address to change; unset parts stay as they are.
struct UrlChange
{
    std::optional<QString> scheme;
    std::optional<QString> host; // IPv6 without brackets
    std::optional<int> port;     // -1: no port in the address
    std::optional<QString> path; // with the leading "/"
};

struct NewServerFlags
{
    std::optional<bool> candkillipv6;
    std::optional<bool> candkilltcp;
    std::optional<bool> candonlyturn;
};

// The address as text again: scheme://[userinfo@]host[:port][path][?query][#fragment].
QString composeUrl(const MediaServerUrl &url);

class ConfigEditor
{
    Q_DECLARE_TR_FUNCTIONS(ucmc::ConfigEditor)

public:
    static constexpr int AtEnd = -1;

    // Inserts a server so that it ends up at index (AtEnd: after the last one).
    static EditResult addServer(const ConfigDocument &document, const QString &url, int index = AtEnd,
                                const NewServerFlags &flags = {});
    static EditResult removeServer(const ConfigDocument &document, int index);
    // Moves the server at from so that it ends up at to (like QList::move).
    static EditResult moveServer(const ConfigDocument &document, int from, int to);
    // What the user typed for a new media server, as the URL to write: the Add dialog and `edit add`
    // share it, so both accept and refuse the same and say the same. A bare address is completed the
    // way the article writes it ("10.21.3.13" -> ws://10.21.3.13:8888/kurento, wss://…:8433 when
    // secure); "host:port" keeps its port; a full URL is taken as it is but must be ws:// or wss://.
    static Result<QString, EditProblem> newServerUrl(const QString &typed, bool secure);
    static EditResult setUrl(const ConfigDocument &document, int index, const QString &url);
    // Changes parts of a valid address (the entry must have one).
    static EditResult changeUrl(const ConfigDocument &document, int index, const UrlChange &change);
    static EditResult setEncrypted(const ConfigDocument &document, int index, bool encrypted,
                                   PortPolicy policy = PortPolicy::KeepCustom);
    // Switches every ws/wss server that is not already as wanted; others stay untouched.
    static EditResult setAllEncrypted(const ConfigDocument &document, bool encrypted,
                                      PortPolicy policy = PortPolicy::KeepCustom);
    static EditResult setFlag(const ConfigDocument &document, int index, ServerFlag flag, bool on);
    // Removes the flag's member (absent again).
    static EditResult clearFlag(const ConfigDocument &document, int index, ServerFlag flag);
    // The raw text editor's edit: any bytes, valid JSON or not.
    static EditResult replaceText(const ConfigDocument &document, const QByteArray &bytes);
    // Applies a lint fix (DocumentProblem::fix).
    static EditResult applyFix(const ConfigDocument &document, const TextFix &fix);

    // --- questions a UI asks before an edit

    // Why no structured edit is possible (invalid JSON, no kurentoservers list), as the error
    // every edit would return; nullopt when the document can be edited. Views lock on it.
    static std::optional<Error<EditProblem>> reasonNotEditable(const ConfigDocument &document);

    // True when the entry's port is not its scheme's default (8888 for ws, 8433 for wss, and an
    // address without a port): switching encryption must then ask whether to keep it.
    static bool hasCustomPort(const MediaServerEntry &entry);
    // The servers setAllEncrypted(encrypted) would change that have a custom port.
    static QList<int> serversWithCustomPort(const ConfigDocument &document, bool encrypted);
    // True when setEncrypted() can switch the entry (a valid ws:// or wss:// address).
    static bool canSwitchEncryption(const MediaServerEntry &entry);
    // The address after switching, for a preview.
    static QString switchedUrl(const MediaServerUrl &url, bool encrypted, PortPolicy policy);
    // How descriptions and messages name a server: its host, else "media server 3".
    static QString serverName(const MediaServerEntry &entry);
};

} // namespace ucmc
