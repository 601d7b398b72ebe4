#include "models/configlint.h"

#include "models/configeditor.h"
#include "models/entrystyle.h"
#include "models/serveraddress.h"
#include "models/textsplice.h"

#include <QHash>
#include <QStringList>
#include <algorithm>
#include <optional>
#include <unordered_map>

namespace ucmc {

namespace {

const QLatin1StringView kKnownMembers[] = {EntryKey::Url, EntryKey::CandKillIpv6, EntryKey::CandKillTcp,
                                           EntryKey::CandOnlyTurn};

// Optimal string alignment distance (Levenshtein plus swapped neighbours), case ignored.
int editDistance(QStringView a, QStringView b)
{
    const QString x = a.toString().toLower();
    const QString y = b.toString().toLower();
    const qsizetype n = x.size(), m = y.size();
    std::vector<std::vector<int>> d(size_t(n + 1), std::vector<int>(size_t(m + 1)));
    for (qsizetype i = 0; i <= n; ++i)
        d[size_t(i)][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = x[i - 1] == y[j - 1] ? 0 : 1;
            int best = std::min({d[size_t(i - 1)][size_t(j)] + 1, d[size_t(i)][size_t(j - 1)] + 1,
                                 d[size_t(i - 1)][size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
                best = std::min(best, d[size_t(i - 2)][size_t(j - 2)] + 1);
            d[size_t(i)][size_t(j)] = best;
        }
    }
    return d[size_t(n)][size_t(m)];
}

// The known member a name is probably a typo of.
std::optional<QLatin1StringView> likelyMeant(QStringView name)
{
    std::optional<QLatin1StringView> best;
    int bestDistance = 1000;
    for (QLatin1StringView known : kKnownMembers) {
        const int allowed = known.size() >= 6 ? 2 : 1;
        const int distance = editDistance(name, QString(known));
        if (distance <= allowed && distance < bestDistance) {
            best = known;
            bestDistance = distance;
        }
    }
    return best;
}

bool isWs(const MediaServerUrl &url)
{
    return url.scheme.compare(u"ws", Qt::CaseInsensitive) == 0;
}

bool isWss(const MediaServerUrl &url)
{
    return url.scheme.compare(u"wss", Qt::CaseInsensitive) == 0;
}

// "1, 4, 5" (1-based); a long list is cut after a few numbers so the message stays readable.
QString numberList(const QList<int> &indices)
{
    constexpr qsizetype shown = 8;
    QStringList numbers;
    for (qsizetype i = 0; i < std::min(indices.size(), shown); ++i)
        numbers << QString::number(indices[i] + 1);
    if (indices.size() > shown)
        numbers << QStringLiteral("…");
    return numbers.join(QStringLiteral(", "));
}

// Where the parts of an address sit in its text, as character ranges [begin, end).
struct UrlLayout
{
    qsizetype schemeEnd = 0;
    qsizetype hostBegin = 0;
    qsizetype hostEnd = 0;
    qsizetype portBegin = -1; // after the ':', -1 when there is no port
    qsizetype portEnd = -1;
    qsizetype pathBegin = 0;
    qsizetype end = 0;

    static UrlLayout of(const QString &url)
    {
        UrlLayout layout;
        layout.end = url.size();
        layout.schemeEnd = std::max<qsizetype>(0, url.indexOf(u"://"));
        const qsizetype authority = layout.schemeEnd + 3;
        qsizetype authorityEnd = url.size();
        for (qsizetype i = authority; i < url.size(); ++i) {
            if (url[i] == u'/' || url[i] == u'?' || url[i] == u'#') {
                authorityEnd = i;
                break;
            }
        }
        layout.pathBegin = authorityEnd;
        const qsizetype at = url.lastIndexOf(u'@', authorityEnd - 1);
        layout.hostBegin = at >= authority ? at + 1 : authority;
        qsizetype colon = -1;
        if (layout.hostBegin < url.size() && url[layout.hostBegin] == u'[') {
            const qsizetype close = url.indexOf(u']', layout.hostBegin);
            layout.hostEnd = close >= 0 && close < authorityEnd ? close + 1 : authorityEnd;
            if (layout.hostEnd < authorityEnd && url[layout.hostEnd] == u':')
                colon = layout.hostEnd;
        } else {
            colon = url.indexOf(u':', layout.hostBegin);
            if (colon >= authorityEnd)
                colon = -1;
            layout.hostEnd = colon >= 0 ? colon : authorityEnd;
        }
        if (colon >= 0) {
            layout.portBegin = colon + 1;
            layout.portEnd = authorityEnd;
        }
        return layout;
    }
};

class Linter
{
public:
    explicit Linter(const ConfigDocument &document)
        : m_document(document)
    {}

    std::vector<DocumentProblem> run()
    {
        for (const DocumentProblem &problem : m_document.problems())
            m_problems.push_back(withFix(problem));
        const JsonNode *list = m_document.kurentoServers();
        if (list && list->isArray()) {
            for (const MediaServerEntry &entry : m_document.entries()) {
                if (!entry.isObject)
                    continue;
                checkMembers(entry);
                checkFlags(entry);
                if (entry.hasValidEndpoint())
                    checkAddress(entry);
            }
            checkDuplicates();
            checkEncryptionMix();
        }
        std::stable_sort(
            m_problems.begin(), m_problems.end(),
            [](const DocumentProblem &a, const DocumentProblem &b) { return a.span.begin < b.span.begin; });
        return std::move(m_problems);
    }

private:
    DocumentProblem &add(QLatin1StringView id, Severity severity, QString message, SourceSpan span, int entry)
    {
        // One shared QString per rule id: a large file can have thousands of the same problem.
        QString &sharedId = m_ids[id.data()];
        if (sharedId.isEmpty())
            sharedId = id;
        DocumentProblem problem;
        problem.ruleId = sharedId;
        problem.severity = severity;
        problem.message = std::move(message);
        problem.span = span;
        problem.position = m_document.positionOf(span.begin);
        problem.entryIndex = entry;
        m_problems.push_back(std::move(problem));
        return m_problems.back();
    }

    const EntryStyle &style()
    {
        if (!m_style)
            m_style = EntryStyle::of(m_document);
        return *m_style;
    }

    // The bytes of part of an address (characters [begin, end) of entry.url), or the whole
    // value when the text has escapes and characters and bytes do not line up.
    SourceSpan spanInUrl(const MediaServerEntry &entry, qsizetype begin, qsizetype end) const
    {
        const SourceSpan value = entry.urlValueSpan;
        const QByteArrayView raw = m_document.textOf({value.begin + 1, value.end - 1});
        // As many bytes as characters and no escape: plain ASCII, so they line up one to one.
        if (raw.size() != entry.url.size() || raw.contains('\\') || begin < 0 || end < begin)
            return value;
        return {value.begin + 1 + begin, value.begin + 1 + std::max(end, begin + 1)};
    }

    static QString number(const MediaServerEntry &entry) { return QString::number(entry.index + 1); }

    static TextFix urlFix(const MediaServerEntry &entry, const MediaServerUrl &changed,
                          const QString &description)
    {
        return TextFix{description, entry.urlValueSpan, jsonString(composeUrl(changed))};
    }

    // --- fixes for the document's own problems

    DocumentProblem withFix(DocumentProblem problem) const
    {
        if (problem.ruleId == ProblemId::Syntax)
            problem.fix = syntaxFix();
        else if (problem.ruleId == ProblemId::KurentoServersDuplicate)
            problem.fix = removeMemberFix(*m_document.root(), problem.span.begin,
                                          ConfigLint::tr("Remove this extra \"kurentoservers\" list"));
        else if (problem.ruleId == ProblemId::EntryDuplicateMember && problem.entryIndex >= 0)
            problem.fix = removeMemberFix(*m_document.entryNode(problem.entryIndex), problem.span.begin,
                                          ConfigLint::tr("Remove this extra member"));
        return problem;
    }

    static std::optional<TextFix> removeMemberFix(const JsonNode &object, qsizetype keyBegin,
                                                  const QString &description)
    {
        for (int i = 0; i < int(object.members.size()); ++i) {
            if (object.members[size_t(i)].keySpan.begin == keyBegin) {
                const TextSplice splice = JsonSplice::removeItem(object, i);
                return TextFix{description, splice.span, splice.replacement};
            }
        }
        return std::nullopt;
    }

    std::optional<TextFix> syntaxFix() const
    {
        const JsonSyntaxError &error = *m_document.syntaxError();
        const QByteArray &bytes = m_document.bytes();
        switch (error.problem) {
        case SyntaxProblem::TrailingComma:
            return TextFix{
                ConfigLint::tr("Remove the comma"), {error.offset, error.offset + 1}, QByteArray()};
        case SyntaxProblem::MissingComma: {
            qsizetype p = error.offset;
            while (p > 0 && (bytes[p - 1] == ' ' || bytes[p - 1] == '\t' || bytes[p - 1] == '\n' ||
                             bytes[p - 1] == '\r'))
                --p;
            return TextFix{ConfigLint::tr("Insert a comma"), {p, p}, QByteArray(",")};
        }
        case SyntaxProblem::TypographicQuotes:
            return typographicQuotesFix(error);
        case SyntaxProblem::Comment:
            return commentFix(error);
        case SyntaxProblem::UnusualWhitespace: {
            qsizetype end = error.offset + 1;
            while (end < bytes.size() && (uchar(bytes[end]) & 0xC0) == 0x80)
                ++end;
            return TextFix{ConfigLint::tr("Replace the special space with a normal space"),
                           {error.offset, end},
                           QByteArray(" ")};
        }
        default:
            return std::nullopt;
        }
    }

    // Removes the comment; a comment alone on its line goes with its line, so no blank line stays.
    // An unclosed /* comment has no safe end and gets no fix.
    std::optional<TextFix> commentFix(const JsonSyntaxError &error) const
    {
        const QByteArray &bytes = m_document.bytes();
        const qsizetype begin = error.offset;
        if (begin + 1 >= bytes.size())
            return std::nullopt;
        qsizetype end = 0;
        if (bytes[begin + 1] == '/') {
            end = begin + 2;
            while (end < bytes.size() && bytes[end] != '\n' && bytes[end] != '\r')
                ++end;
        } else {
            const qsizetype close = bytes.indexOf("*/", begin + 2);
            if (close < 0)
                return std::nullopt;
            end = close + 2;
        }
        const qsizetype lineBegin = m_document.positionIndex().lineStart(error.position.line);
        auto blank = [&](qsizetype from, qsizetype to) {
            for (qsizetype i = from; i < to; ++i) {
                if (bytes[i] != ' ' && bytes[i] != '\t')
                    return false;
            }
            return true;
        };
        qsizetype lineEnd = end;
        while (lineEnd < bytes.size() && (bytes[lineEnd] == ' ' || bytes[lineEnd] == '\t'))
            ++lineEnd;
        const bool aloneOnLine = blank(lineBegin, begin) &&
                                 (lineEnd == bytes.size() || bytes[lineEnd] == '\n' || bytes[lineEnd] == '\r');
        qsizetype from = begin;
        qsizetype to = end;
        if (aloneOnLine && lineEnd < bytes.size()) {
            from = lineBegin;
            to = lineEnd + (bytes[lineEnd] == '\r' && lineEnd + 1 < bytes.size() && bytes[lineEnd + 1] == '\n'
                                ? 2
                                : 1);
        } else {
            while (from > lineBegin && (bytes[from - 1] == ' ' || bytes[from - 1] == '\t'))
                --from;
        }
        return TextFix{ConfigLint::tr("Remove the comment"), {from, to}, QByteArray()};
    }

    // Replaces the typographic quotes of the line with the error by straight ones: pasted from a
    // web page, the whole line has them. Single ones (‘ ’) only if the error is at one of those.
    std::optional<TextFix> typographicQuotesFix(const JsonSyntaxError &error) const
    {
        const TextPositionIndex &index = m_document.positionIndex();
        const qsizetype lineBegin = index.lineStart(error.position.line);
        qsizetype lineEnd = lineBegin;
        const QByteArray &bytes = m_document.bytes();
        while (lineEnd < bytes.size() && bytes[lineEnd] != '\n' && bytes[lineEnd] != '\r')
            ++lineEnd;
        const QByteArray line = bytes.sliced(lineBegin, lineEnd - lineBegin);
        QString text = QString::fromUtf8(line);
        if (text.toUtf8() != line)
            return std::nullopt;
        const bool singles = error.character == 0x2018 || error.character == 0x2019 ||
                             error.character == 0x201A || error.character == 0x201B ||
                             error.character == 0x2039 || error.character == 0x203A;
        static const char16_t doubles[] = {0x201C, 0x201D, 0x201E, 0x201F, 0x2033,
                                           0x00AB, 0x00BB, 0x301D, 0x301E, 0xFF02};
        static const char16_t singleQuotes[] = {0x2018, 0x2019, 0x201A, 0x201B, 0x2039, 0x203A};
        for (QChar &c : text) {
            if (std::find(std::begin(doubles), std::end(doubles), c.unicode()) != std::end(doubles) ||
                (singles && std::find(std::begin(singleQuotes), std::end(singleQuotes), c.unicode()) !=
                                std::end(singleQuotes)))
                c = u'"';
        }
        return TextFix{ConfigLint::tr("Replace the typographic quotes with straight quotes \""),
                       {lineBegin, lineEnd},
                       text.toUtf8()};
    }

    // --- entries

    void checkMembers(const MediaServerEntry &entry)
    {
        const JsonNode &node = *m_document.entryNode(entry.index);
        for (const QString &name : entry.unknownMembers) {
            const JsonNode::Member *member = node.findMember(QStringView(name));
            const auto meant = likelyMeant(name);
            if (!meant) {
                add(ProblemId::UnknownMember, Severity::Info,
                    ConfigLint::tr("Media server %1 has the setting \"%2\", which this console does not "
                                   "know. It is kept as it is.")
                        .arg(QString::number(entry.index + 1), name),
                    member->keySpan, entry.index);
                continue;
            }
            const QString correct(*meant);
            if (node.findMember(QStringView(correct))) {
                add(ProblemId::MemberTypo, Severity::Warning,
                    ConfigLint::tr("Media server %1 has the unknown setting \"%2\" next to \"%3\". Is \"%2\" "
                                   "a misspelt copy? The UC WebServer ignores it.")
                        .arg(QString::number(entry.index + 1), name, correct),
                    member->keySpan, entry.index);
                continue;
            }
            DocumentProblem &problem =
                add(ProblemId::MemberTypo, Severity::Warning,
                    ConfigLint::tr("Media server %1 has the unknown setting \"%2\". Did you mean \"%3\"? As "
                                   "written, the UC WebServer ignores it.")
                        .arg(QString::number(entry.index + 1), name, correct),
                    member->keySpan, entry.index);
            problem.fix = TextFix{ConfigLint::tr("Rename \"%1\" to \"%2\"").arg(name, correct),
                                  member->keySpan, jsonString(correct)};
        }
    }

    void checkFlags(const MediaServerEntry &entry)
    {
        for (ServerFlag flag :
             {ServerFlag::CandKillIpv6, ServerFlag::CandKillTcp, ServerFlag::CandOnlyTurn}) {
            const FlagValue &value = flagOf(entry, flag);
            if (value.type == FlagValue::Type::Absent || value.type == FlagValue::Type::Bool)
                continue;
            if (value.type == FlagValue::Type::Number && (value.number == 0.0 || value.number == 1.0))
                continue;
            const QString key(serverFlagKey(flag));
            DocumentProblem &problem =
                add(ProblemId::FlagValueInvalid, Severity::Warning,
                    ConfigLint::tr("\"%1\" of media server %2 is %3. It must be 0 or 1 (or false or true); "
                                   "what the UC WebServer makes of anything else is unknown.")
                        .arg(key, QString::number(entry.index + 1), value.sourceText),
                    value.valueSpan, entry.index);
            if (value.type == FlagValue::Type::Other && value.jsonKind == JsonNode::Kind::String) {
                const QString text =
                    m_document.entryNode(entry.index)->member(QStringView(key))->text.trimmed().toLower();
                std::optional<bool> on;
                if (text == u"1" || text == u"true" || text == u"yes" || text == u"on")
                    on = true;
                else if (text == u"0" || text == u"false" || text == u"no" || text == u"off")
                    on = false;
                if (on) {
                    const QByteArray fixed = EntryStyle::flagText(*on, flagTypeFor(entry));
                    problem.fix = TextFix{
                        ConfigLint::tr("Write %1 as %2").arg(value.sourceText, QString::fromLatin1(fixed)),
                        value.valueSpan, fixed};
                }
            }
        }
    }

    FlagValue::Type flagTypeFor(const MediaServerEntry &entry)
    {
        for (const FlagValue *flag : {&entry.candkillipv6, &entry.candkilltcp, &entry.candonlyturn}) {
            if (flag->type == FlagValue::Type::Number || flag->type == FlagValue::Type::Bool)
                return flag->type;
        }
        return style().flagType;
    }

    void checkAddress(const MediaServerEntry &entry)
    {
        const UrlLayout layout = UrlLayout::of(entry.url);
        if (entry.endpoint.isWebSocket()) {
            checkPort(entry, layout);
            checkPath(entry, layout);
        } else {
            // http:// and friends: the scheme is the problem; their ports and paths mean other things.
            checkScheme(entry, layout);
        }
        checkHost(entry, layout);
    }

    void checkScheme(const MediaServerEntry &entry, const UrlLayout &layout)
    {
        const MediaServerUrl &url = entry.endpoint;
        DocumentProblem &problem =
            add(ProblemId::UrlScheme, Severity::Error,
                ConfigLint::tr("Media server %1 uses \"%2://\". The UC WebServer talks to media servers over "
                               "WebSocket: use ws:// (or wss:// for an encrypted connection).")
                    .arg(number(entry), url.scheme),
                spanInUrl(entry, 0, layout.schemeEnd), entry.index);
        if (url.scheme.compare(u"http", Qt::CaseInsensitive) == 0 ||
            url.scheme.compare(u"https", Qt::CaseInsensitive) == 0) {
            MediaServerUrl fixed = url;
            fixed.scheme = url.secure ? QStringLiteral("wss") : QStringLiteral("ws");
            problem.fix = urlFix(entry, fixed, ConfigLint::tr("Use %1://").arg(fixed.scheme));
        }
    }

    void checkPort(const MediaServerEntry &entry, const UrlLayout &layout)
    {
        const MediaServerUrl &url = entry.endpoint;
        const SourceSpan portSpan = layout.portBegin >= 0 ? spanInUrl(entry, layout.portBegin, layout.portEnd)
                                                          : spanInUrl(entry, layout.hostEnd, layout.hostEnd);
        if (!url.portExplicit) {
            MediaServerUrl fixed = url;
            fixed.port = KurentoDefaults::portFor(url.secure);
            fixed.portExplicit = true;
            DocumentProblem &problem =
                add(ProblemId::UrlPortMissing, Severity::Warning,
                    ConfigLint::tr("The address of media server %1 has no port, so the connection goes to "
                                   "port %2. The UC MediaServer listens on %3 for %4.")
                        .arg(number(entry), QString::number(url.port), QString::number(fixed.port),
                             url.scheme.toLower()),
                    portSpan, entry.index);
            problem.fix = urlFix(entry, fixed, ConfigLint::tr("Use port %1").arg(fixed.port));
        } else if (url.port == KurentoDefaults::UsualWrongWssPort) {
            DocumentProblem &problem =
                add(ProblemId::UrlPort8443, Severity::Warning,
                    ConfigLint::tr("Media server %1 uses port 8443, the usual secure port of Kurento. The UC "
                                   "MediaServer uses 8433 for wss.")
                        .arg(number(entry)),
                    portSpan, entry.index);
            if (isWss(url)) {
                MediaServerUrl fixed = url;
                fixed.port = KurentoDefaults::WssPort;
                problem.fix = urlFix(entry, fixed, ConfigLint::tr("Use port 8433"));
            }
        } else if ((isWss(url) && url.port == KurentoDefaults::WsPort) ||
                   (isWs(url) && url.port == KurentoDefaults::WssPort)) {
            MediaServerUrl fixed = url;
            fixed.port = KurentoDefaults::portFor(url.secure);
            DocumentProblem &problem = add(
                ProblemId::UrlPortSchemeMismatch, Severity::Warning,
                url.secure
                    ? ConfigLint::tr("Media server %1 uses wss (encrypted) on port 8888, the port for "
                                     "unencrypted ws. An encrypted UC MediaServer listens on 8433: use "
                                     "wss://…:8433, or ws:// if the server is not encrypted.")
                          .arg(number(entry))
                    : ConfigLint::tr("Media server %1 uses ws (unencrypted) on port 8433, the port for "
                                     "encrypted wss. Use ws://…:8888, or wss:// if the server is encrypted.")
                          .arg(number(entry)),
                portSpan, entry.index);
            problem.fix = urlFix(entry, fixed, ConfigLint::tr("Use port %1").arg(fixed.port));
        }
    }

    void checkPath(const MediaServerEntry &entry, const UrlLayout &layout)
    {
        const MediaServerUrl &url = entry.endpoint;
        const QStringView pathAndRest = QStringView(entry.url).mid(layout.pathBegin);
        if (pathAndRest != KurentoDefaults::path()) {
            MediaServerUrl fixed = url;
            fixed.path = KurentoDefaults::path();
            fixed.query.clear();
            fixed.fragment.clear();
            DocumentProblem &problem = add(
                ProblemId::UrlPath, Severity::Warning,
                pathAndRest.isEmpty()
                    ? ConfigLint::tr(
                          "The address of media server %1 has no path. The UC MediaServer expects /kurento.")
                          .arg(number(entry))
                    : ConfigLint::tr(
                          "Media server %1 uses the path \"%2\". The UC MediaServer expects /kurento.")
                          .arg(number(entry), pathAndRest.toString()),
                spanInUrl(entry, layout.pathBegin, layout.end), entry.index);
            problem.fix = urlFix(entry, fixed, ConfigLint::tr("Use the path /kurento"));
        }
    }

    void checkHost(const MediaServerEntry &entry, const UrlLayout &layout)
    {
        const MediaServerUrl &url = entry.endpoint;
        auto hostSpan = [&] { return spanInUrl(entry, layout.hostBegin, layout.hostEnd); };
        const AddressScope scope = ServerAddress::scopeOf(url);
        if (url.hostKind != HostKind::IPv4) {
            DocumentProblem &problem =
                add(ProblemId::UrlHostNotIpv4, Severity::Warning,
                    url.hostKind == HostKind::IPv6
                        ? ConfigLint::tr("Media server %1 is addressed by the IPv6 address %2. The estos "
                                         "article asks for direct IPv4 communication between the servers: "
                                         "use the media server's IPv4 address.")
                              .arg(number(entry), url.host)
                        : ConfigLint::tr("Media server %1 is addressed by the host name \"%2\". The estos "
                                         "article asks for direct IPv4 communication between the servers: "
                                         "use the media server's IPv4 address.")
                              .arg(number(entry), url.host),
                    hostSpan(), entry.index);
            if (scope == AddressScope::Loopback) {
                MediaServerUrl fixed = url;
                fixed.host = QStringLiteral("127.0.0.1");
                fixed.hostKind = HostKind::IPv4;
                problem.fix = urlFix(entry, fixed, ConfigLint::tr("Use 127.0.0.1"));
            }
        }
        if (scope == AddressScope::Unusable) {
            add(ProblemId::UrlHostUnusable, Severity::Error,
                ConfigLint::tr("%1 cannot be the address of media server %2: it is not the address of a "
                               "single computer (an unspecified, multicast, broadcast or reserved address).")
                    .arg(url.host, number(entry)),
                hostSpan(), entry.index);
        } else if (scope == AddressScope::Public) {
            add(ProblemId::UrlHostPublic, Severity::Warning,
                ConfigLint::tr("Media server %1 has the public address %2. The estos server components must "
                               "run in the same LAN; a public address means routing, NAT or a firewall in "
                               "between, which the article rules out.")
                    .arg(number(entry), url.host),
                hostSpan(), entry.index);
        }
        if (isWs(url) && scope != AddressScope::Loopback) {
            add(ProblemId::UnencryptedRemote, Severity::Info,
                ConfigLint::tr(
                    "The connection to media server %1 (%2) is not encrypted, although it crosses the "
                    "network. If the media server is set up for encryption, use wss:// on port 8433.")
                    .arg(number(entry), url.host),
                entry.urlValueSpan, entry.index);
        }
    }

    // --- the list as a whole

    void checkDuplicates()
    {
        QHash<QString, int> first; // identity -> index of its first entry
        const auto &entries = m_document.entries();
        for (const MediaServerEntry &entry : entries) {
            if (!entry.hasValidEndpoint())
                continue;
            const QString identity = ServerAddress::identity(entry.endpoint);
            const auto found = first.constFind(identity);
            if (found == first.constEnd()) {
                first.insert(identity, entry.index);
                continue;
            }
            const int original = found.value();
            DocumentProblem &problem =
                add(ProblemId::DuplicateServer, Severity::Warning,
                    ConfigLint::tr("Media server %1 is the same server as media server %2 (%3). Round robin "
                                   "would hand it twice as many calls; remove one of them.")
                        .arg(QString::number(entry.index + 1), QString::number(original + 1),
                             entry.endpoint.authority()),
                    entry.urlValueSpan, entry.index);
            const JsonNode &list = *m_document.kurentoServers();
            if (list.elements[size_t(entry.index)].valueEquals(list.elements[size_t(original)])) {
                const TextSplice splice = JsonSplice::removeItem(list, entry.index);
                problem.fix = TextFix{ConfigLint::tr("Remove media server %1").arg(entry.index + 1),
                                      splice.span, splice.replacement};
            }
        }
    }

    void checkEncryptionMix()
    {
        QList<int> encrypted, plain;
        for (const MediaServerEntry &entry : m_document.entries()) {
            if (!entry.hasValidEndpoint() || ServerAddress::isLoopback(entry.endpoint))
                continue;
            if (isWss(entry.endpoint))
                encrypted << entry.index;
            else if (isWs(entry.endpoint))
                plain << entry.index;
        }
        if (encrypted.isEmpty() || plain.isEmpty())
            return;
        add(ProblemId::MixedEncryption, Severity::Warning,
            ConfigLint::tr(
                "Some remote media servers are encrypted (wss: %1) and some are not (ws: %2). Usually all of "
                "them use the same setting; check whether the unencrypted ones were forgotten.")
                .arg(numberList(encrypted), numberList(plain)),
            m_document.kurentoServersMember()->keySpan, -1);
    }

    const ConfigDocument &m_document;
    std::vector<DocumentProblem> m_problems;
    std::optional<EntryStyle> m_style;
    std::unordered_map<const char *, QString> m_ids;
};

} // namespace

std::vector<DocumentProblem> ConfigLint::check(const ConfigDocument &document)
{
    return Linter(document).run();
}

bool ConfigLint::hasErrors(const std::vector<DocumentProblem> &problems)
{
    return std::any_of(problems.begin(), problems.end(),
                       [](const DocumentProblem &p) { return p.severity == Severity::Error; });
}

std::vector<LintRule> ConfigLint::rules()
{
    using namespace ProblemId;
    const Severity E = Severity::Error, W = Severity::Warning, I = Severity::Info;
    return {
        {Syntax, E, tr("The file is not valid JSON.")},
        {TopLevelNotObject, E, tr("The file does not contain a JSON object { … } at the top level.")},
        {KurentoServersMissing, E, tr("The file has no \"kurentoservers\" list.")},
        {KurentoServersNotArray, E, tr("\"kurentoservers\" is not a list [ … ].")},
        {KurentoServersEmpty, W, tr("The \"kurentoservers\" list is empty.")},
        {KurentoServersDuplicate, E, tr("\"kurentoservers\" appears more than once.")},
        {EntryNotObject, E, tr("A media server entry is not an object { … }.")},
        {EntryUrlMissing, E, tr("A media server has no \"url\".")},
        {EntryDuplicateMember, W, tr("A media server has the same setting twice.")},
        {UrlNotString, E, tr("A \"url\" is not text in quotes.")},
        {UrlInvalid, E, tr("An address cannot be read.")},
        {UrlNoHost, E, tr("An address has no host.")},
        {UrlPortOutOfRange, E, tr("A port is outside 1 to 65535.")},
        {UrlScheme, E, tr("An address does not start with ws:// or wss://.")},
        {UrlPortSchemeMismatch, W, tr("wss on port 8888 or ws on port 8433.")},
        {UrlPort8443, W, tr("Port 8443 (Kurento's usual secure port) where the UC MediaServer uses 8433.")},
        {UrlPortMissing, W, tr("An address without a port (the UC MediaServer listens on 8888 or 8433).")},
        {UrlPath, W, tr("A path other than /kurento.")},
        {UrlHostNotIpv4, W, tr("A host name or IPv6 address where the article asks for direct IPv4.")},
        {UrlHostPublic, W, tr("A public IPv4 address where the article requires the same LAN.")},
        {UrlHostUnusable, E,
         tr("An address that no single computer can have (0.0.0.0, multicast, broadcast).")},
        {DuplicateServer, W, tr("The same media server (host and port) appears twice.")},
        {FlagValueInvalid, W, tr("candkillipv6, candkilltcp or candonlyturn is not 0/1 or false/true.")},
        {MemberTypo, W, tr("An unknown setting that looks like a misspelt known one.")},
        {UnknownMember, I, tr("A setting this console does not know (kept as it is).")},
        {MixedEncryption, W, tr("Some remote media servers use wss and some ws.")},
        {UnencryptedRemote, I, tr("An unencrypted (ws) connection to a remote media server.")},
    };
}

} // namespace ucmc
