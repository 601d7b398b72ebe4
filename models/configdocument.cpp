#include "models/configdocument.h"

#include <algorithm>
#include <array>

namespace ucmc {

struct ConfigDocument::Data
{
    QByteArray bytes;
    JsonParseResult parsed;
    TextPositionIndex index;
    FormatStyle format;
    int kurentoServersMemberIndex = -1; // into root->members
    int kurentoServersKeyCount = 0;
    std::vector<MediaServerEntry> entries;
    std::vector<DocumentProblem> problems;

    const JsonNode *root() const { return parsed.root ? &*parsed.root : nullptr; }
};

namespace {

// Votes with a first-seen tie-break. Holds views into the document's bytes.
class Tally
{
public:
    void add(QByteArrayView value)
    {
        for (auto &entry : m_entries) {
            if (entry.first == value) {
                ++entry.second;
                return;
            }
        }
        m_entries.emplace_back(value, 1);
    }
    bool isEmpty() const { return m_entries.empty(); }
    QString winner() const
    {
        const auto it = std::max_element(m_entries.begin(), m_entries.end(),
                                          [](const auto &a, const auto &b) { return a.second < b.second; });
        return it == m_entries.end() ? QString() : QString::fromLatin1(it->first);
    }

private:
    std::vector<std::pair<QByteArrayView, int>> m_entries;
};

bool isLineBreak(char c)
{
    return c == '\n' || c == '\r';
}

void detectLineEndings(const QByteArray &bytes, FormatStyle &format)
{
    qsizetype crlf = 0, lf = 0, cr = 0;
    const char *data = bytes.constData();
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i] == '\n') {
            ++lf;
        } else if (data[i] == '\r') {
            if (i + 1 < size && data[i + 1] == '\n') {
                ++crlf;
                ++i;
            } else {
                ++cr;
            }
        }
    }
    format.hasLineBreaks = crlf + lf + cr > 0;
    format.mixedLineEndings = (crlf > 0) + (lf > 0) + (cr > 0) > 1;
    format.lineEnding = crlf > lf + cr ? LineEnding::CrLf : LineEnding::Lf;
    format.finalNewline = size > 0 && isLineBreak(data[size - 1]);
}

struct IndentVotes
{
    std::array<int, 17> tabs{};   // tabs[n]: votes for an n-tab unit, 1..16
    std::array<int, 17> spaces{}; // spaces[n]: votes for an n-space unit, 1..16

    void vote(const char *lineStart, qsizetype width, int depth)
    {
        if (width <= 0 || depth <= 0 || width % depth != 0 || width / depth > 16)
            return;
        const auto unit = size_t(width / depth);
        if (std::all_of(lineStart, lineStart + width, [](char c) { return c == '\t'; }))
            ++tabs[unit];
        else if (std::all_of(lineStart, lineStart + width, [](char c) { return c == ' '; }))
            ++spaces[unit];
    }

    // The unit with the most votes; on a tie the smaller unit, spaces before tabs.
    QString winner() const
    {
        int best = 0;
        QString unit;
        for (int n = 1; n <= 16; ++n) {
            if (spaces[size_t(n)] > best) {
                best = spaces[size_t(n)];
                unit = QString(n, u' ');
            }
        }
        for (int n = 1; n <= 16; ++n) {
            if (tabs[size_t(n)] > best) {
                best = tabs[size_t(n)];
                unit = QString(n, u'\t');
            }
        }
        return unit;
    }
};

// Indentation of the token at begin if it is the first thing on its line.
void voteForToken(const QByteArray &bytes, qsizetype contentStart, qsizetype begin, int depth,
                  IndentVotes &votes)
{
    const char *data = bytes.constData();
    qsizetype p = begin;
    while (p > contentStart && (data[p - 1] == ' ' || data[p - 1] == '\t'))
        --p;
    if (p > contentStart && !isLineBreak(data[p - 1]))
        return; // something else precedes it on its line
    if (p == contentStart && contentStart == begin)
        return;
    votes.vote(data + p, begin - p, depth);
}

void collectIndentVotes(const QByteArray &bytes, qsizetype contentStart, const JsonNode &node, int depth,
                        IndentVotes &votes)
{
    if (node.isObject()) {
        for (const auto &member : node.members) {
            voteForToken(bytes, contentStart, member.keySpan.begin, depth + 1, votes);
            collectIndentVotes(bytes, contentStart, member.value, depth + 1, votes);
        }
    } else if (node.isArray()) {
        for (const auto &element : node.elements) {
            voteForToken(bytes, contentStart, element.span.begin, depth + 1, votes);
            collectIndentVotes(bytes, contentStart, element, depth + 1, votes);
        }
    }
}

// For broken files: the smallest indentation made of spaces, or a tab if most indented lines
// start with one.
QString guessIndentFromLines(const QByteArray &bytes, qsizetype contentStart)
{
    const char *data = bytes.constData();
    const qsizetype size = bytes.size();
    int tabLines = 0, spaceLines = 0;
    qsizetype smallest = 0;
    qsizetype p = contentStart;
    while (p < size) {
        qsizetype q = p;
        while (q < size && (data[q] == ' ' || data[q] == '\t'))
            ++q;
        if (q > p && q < size && !isLineBreak(data[q])) {
            if (data[p] == '\t') {
                ++tabLines;
            } else if (std::all_of(data + p, data + q, [](char c) { return c == ' '; })) {
                ++spaceLines;
                if (smallest == 0 || q - p < smallest)
                    smallest = q - p;
            }
        }
        while (q < size && !isLineBreak(data[q]))
            ++q;
        while (q < size && isLineBreak(data[q]))
            ++q;
        p = q;
    }
    if (tabLines > spaceLines)
        return QStringLiteral("\t");
    return smallest > 0 ? QString(smallest, u' ') : QString();
}

// The separator between a member's key and value, if it is simple (no line break).
std::optional<QByteArrayView> separatorOf(const QByteArray &bytes, const JsonNode::Member &member)
{
    const QByteArrayView between(bytes.constData() + member.keySpan.end,
                                 member.value.span.begin - member.keySpan.end);
    for (char c : between) {
        if (c != ' ' && c != '\t' && c != ':')
            return std::nullopt;
    }
    return between;
}

void collectSeparators(const QByteArray &bytes, const JsonNode &node, Tally &tally)
{
    if (node.isObject()) {
        for (const auto &member : node.members) {
            if (auto separator = separatorOf(bytes, member))
                tally.add(*separator);
            collectSeparators(bytes, member.value, tally);
        }
    } else if (node.isArray()) {
        for (const auto &element : node.elements)
            collectSeparators(bytes, element, tally);
    }
}

// The two URL problems with a rule of their own; every other parse failure is "url-invalid".
QLatin1StringView urlProblemId(UrlProblem problem)
{
    switch (problem) {
    case UrlProblem::NoHost:
        return ProblemId::UrlNoHost;
    case UrlProblem::PortOutOfRange:
        return ProblemId::UrlPortOutOfRange;
    default:
        return ProblemId::UrlInvalid;
    }
}

QString entryName(int index)
{
    return QString::number(index + 1);
}

} // namespace

ConfigDocument::ConfigDocument()
    : ConfigDocument(fromBytes(QByteArray()))
{
}

ConfigDocument::ConfigDocument(std::shared_ptr<const Data> data)
    : d(std::move(data))
{
}

ConfigDocument ConfigDocument::fromBytes(QByteArray bytes)
{
    auto data = std::make_shared<Data>();
    Data &x = *data;
    x.bytes = std::move(bytes);
    x.parsed = parseJson(x.bytes);
    x.index = TextPositionIndex(x.bytes);

    auto addProblem = [&x](QLatin1StringView id, Severity severity, QString message, SourceSpan span,
                           int entry = -1) {
        DocumentProblem problem;
        problem.ruleId = id;
        problem.severity = severity;
        problem.message = std::move(message);
        problem.span = span;
        problem.position = x.index.positionOf(span.begin);
        problem.entryIndex = entry;
        x.problems.push_back(std::move(problem));
    };

    // --- format
    FormatStyle &format = x.format;
    format.utf8Bom = x.bytes.startsWith("\xEF\xBB\xBF");
    const qsizetype contentStart = format.utf8Bom ? 3 : 0;
    detectLineEndings(x.bytes, format);
    const JsonNode *root = x.root();
    if (root) {
        IndentVotes votes;
        collectIndentVotes(x.bytes, contentStart, *root, 0, votes);
        format.indentUnit = votes.winner();
    } else {
        format.indentUnit = guessIndentFromLines(x.bytes, contentStart);
    }

    // --- syntax
    if (!root) {
        const JsonSyntaxError &error = *x.parsed.error;
        qsizetype end = error.offset;
        if (end < x.bytes.size()) {
            ++end;
            while (end < x.bytes.size() && (uchar(x.bytes[end]) & 0xC0) == 0x80)
                ++end;
        }
        DocumentProblem problem;
        problem.ruleId = ProblemId::Syntax;
        problem.severity = Severity::Error;
        problem.message = error.message();
        problem.span = {error.offset, end};
        problem.position = error.position;
        x.problems.push_back(std::move(problem));
        return ConfigDocument(std::move(data));
    }

    // --- structure
    if (!root->isObject()) {
        addProblem(ProblemId::TopLevelNotObject, Severity::Error,
                   tr("The file must contain a JSON object { … } at the top level, but it contains %1.")
                       .arg(JsonNode::kindName(root->kind)),
                   root->span);
    } else {
        for (int i = 0; i < int(root->members.size()); ++i) {
            const auto &member = root->members[size_t(i)];
            if (member.key != EntryKey::KurentoServers)
                continue;
            ++x.kurentoServersKeyCount;
            if (x.kurentoServersMemberIndex < 0) {
                x.kurentoServersMemberIndex = i;
                continue;
            }
            const auto &first = root->members[size_t(x.kurentoServersMemberIndex)];
            addProblem(ProblemId::KurentoServersDuplicate, Severity::Error,
                       tr("\"kurentoservers\" appears more than once. Programs differ in which one they "
                          "use; this console shows the first one (line %1). Remove the extra list.")
                           .arg(x.index.positionOf(first.keySpan.begin).line),
                       member.keySpan);
        }
        if (x.kurentoServersMemberIndex < 0)
            addProblem(ProblemId::KurentoServersMissing, Severity::Error,
                       tr("The file has no \"kurentoservers\" list, so no media server is configured."),
                       SourceSpan{root->span.begin, root->span.begin + 1});
    }

    Tally entrySeparators;
    Tally urlSeparators;
    if (x.kurentoServersMemberIndex >= 0) {
        const JsonNode &list = root->members[size_t(x.kurentoServersMemberIndex)].value;
        if (!list.isArray()) {
            addProblem(ProblemId::KurentoServersNotArray, Severity::Error,
                       tr("\"kurentoservers\" must be a list in square brackets [ … ], but it is %1.")
                           .arg(JsonNode::kindName(list.kind)),
                       list.span);
        } else if (list.elements.empty()) {
            addProblem(ProblemId::KurentoServersEmpty, Severity::Warning,
                       tr("The \"kurentoservers\" list is empty. The UC WebServer has no media server "
                          "for softphone calls."),
                       list.span);
        }
        const int count = list.isArray() ? int(list.elements.size()) : 0;
        x.entries.reserve(size_t(count));
        for (int i = 0; i < count; ++i) {
            const JsonNode &node = list.elements[size_t(i)];
            MediaServerEntry &entry = x.entries.emplace_back(); // reserved: the reference stays valid
            entry.index = i;
            entry.span = node.span;
            entry.isObject = node.isObject();
            if (!entry.isObject) {
                addProblem(ProblemId::EntryNotObject, Severity::Error,
                           tr("Media server %1 is %2, not an object like { \"url\" : \"ws://…\" }.")
                               .arg(entryName(i), JsonNode::kindName(node.kind)),
                           node.span, i);
                continue;
            }
            for (size_t m = 0; m < node.members.size(); ++m) {
                const auto &member = node.members[m];
                if (auto separator = separatorOf(x.bytes, member)) {
                    entrySeparators.add(*separator);
                    if (member.key == EntryKey::Url)
                        urlSeparators.add(*separator);
                }
                const bool known = member.key == EntryKey::Url || member.key == EntryKey::CandKillIpv6
                                   || member.key == EntryKey::CandKillTcp
                                   || member.key == EntryKey::CandOnlyTurn;
                const bool seenBefore = std::any_of(node.members.begin(), node.members.begin() + qsizetype(m),
                                                    [&](const auto &other) { return other.key == member.key; });
                if (seenBefore) {
                    if (!entry.duplicateMembers.contains(member.key)) {
                        entry.duplicateMembers.append(member.key);
                        addProblem(ProblemId::EntryDuplicateMember, Severity::Warning,
                                   tr("Media server %1 contains \"%2\" more than once. This console uses "
                                      "the first one; other programs may use another. Remove the extra one.")
                                       .arg(entryName(i), member.key),
                                   member.keySpan, i);
                    }
                } else if (!known) {
                    entry.unknownMembers.append(member.key);
                }
            }

            auto readFlag = [&](QLatin1StringView key, FlagValue &flag) {
                const JsonNode::Member *member = node.findMember(key);
                if (!member)
                    return;
                const JsonNode &value = member->value;
                flag.jsonKind = value.kind;
                flag.keySpan = member->keySpan;
                flag.valueSpan = value.span;
                if (value.isNumber()) {
                    flag.type = FlagValue::Type::Number;
                    flag.number = value.number;
                    flag.sourceText = value.text; // the number's source text, shared
                } else if (value.isBool()) {
                    flag.type = FlagValue::Type::Bool;
                    flag.boolean = value.boolean;
                    flag.sourceText = value.boolean ? QStringLiteral("true") : QStringLiteral("false");
                } else {
                    flag.type = FlagValue::Type::Other;
                    flag.sourceText = QString::fromUtf8(x.bytes.constData() + value.span.begin, value.span.length());
                }
            };
            readFlag(EntryKey::CandKillIpv6, entry.candkillipv6);
            readFlag(EntryKey::CandKillTcp, entry.candkilltcp);
            readFlag(EntryKey::CandOnlyTurn, entry.candonlyturn);

            const JsonNode::Member *url = node.findMember(EntryKey::Url);
            if (!url) {
                addProblem(ProblemId::EntryUrlMissing, Severity::Error,
                           tr("Media server %1 has no \"url\".").arg(entryName(i)),
                           SourceSpan{node.span.begin, node.span.begin + 1}, i);
            } else {
                entry.hasUrl = true;
                entry.urlKeySpan = url->keySpan;
                entry.urlValueSpan = url->value.span;
                if (!url->value.isString()) {
                    addProblem(ProblemId::UrlNotString, Severity::Error,
                               tr("The \"url\" of media server %1 must be text in double quotes, but it is %2.")
                                   .arg(entryName(i), JsonNode::kindName(url->value.kind)),
                               url->value.span, i);
                } else {
                    entry.urlIsString = true;
                    entry.url = url->value.text;
                    auto parsed = MediaServerUrl::parse(entry.url);
                    if (parsed.ok()) {
                        entry.endpoint = std::move(parsed).value();
                    } else {
                        entry.urlError = parsed.error();
                        addProblem(urlProblemId(parsed.error().code), Severity::Error,
                                   tr("The address of media server %1 cannot be used: %2")
                                       .arg(entryName(i), parsed.error().message),
                                   url->value.span, i);
                    }
                }
            }
        }
    }

    // --- separators: the entries decide; without entries, the whole document does
    if (entrySeparators.isEmpty())
        collectSeparators(x.bytes, *root, entrySeparators);
    if (!entrySeparators.isEmpty()) {
        format.separatorDetected = true;
        format.keyValueSeparator = entrySeparators.winner();
        format.urlKeyValueSeparator = urlSeparators.isEmpty() ? format.keyValueSeparator : urlSeparators.winner();
    }

    std::stable_sort(x.problems.begin(), x.problems.end(),
                     [](const DocumentProblem &a, const DocumentProblem &b) { return a.span.begin < b.span.begin; });
    return ConfigDocument(std::move(data));
}

const QByteArray &ConfigDocument::bytes() const
{
    return d->bytes;
}

const FormatStyle &ConfigDocument::format() const
{
    return d->format;
}

const std::optional<JsonSyntaxError> &ConfigDocument::syntaxError() const
{
    return d->parsed.error;
}

const JsonNode *ConfigDocument::root() const
{
    return d->root();
}

const JsonNode::Member *ConfigDocument::kurentoServersMember() const
{
    if (d->kurentoServersMemberIndex < 0)
        return nullptr;
    return &d->root()->members[size_t(d->kurentoServersMemberIndex)];
}

const JsonNode *ConfigDocument::kurentoServers() const
{
    const JsonNode::Member *member = kurentoServersMember();
    return member ? &member->value : nullptr;
}

int ConfigDocument::kurentoServersKeyCount() const
{
    return d->kurentoServersKeyCount;
}

const std::vector<MediaServerEntry> &ConfigDocument::entries() const
{
    return d->entries;
}

const JsonNode *ConfigDocument::entryNode(int index) const
{
    const JsonNode *list = kurentoServers();
    if (!list || !list->isArray() || index < 0 || size_t(index) >= list->elements.size())
        return nullptr;
    return &list->elements[size_t(index)];
}

const std::vector<DocumentProblem> &ConfigDocument::problems() const
{
    return d->problems;
}

bool ConfigDocument::hasErrors() const
{
    return std::any_of(d->problems.begin(), d->problems.end(),
                       [](const DocumentProblem &p) { return p.severity == Severity::Error; });
}

TextPosition ConfigDocument::positionOf(qsizetype offset) const
{
    return d->index.positionOf(offset);
}

const TextPositionIndex &ConfigDocument::positionIndex() const
{
    return d->index;
}

QByteArrayView ConfigDocument::textOf(SourceSpan span) const
{
    const qsizetype begin = std::clamp<qsizetype>(span.begin, 0, d->bytes.size());
    const qsizetype end = std::clamp<qsizetype>(span.end, begin, d->bytes.size());
    return QByteArrayView(d->bytes.constData() + begin, end - begin);
}

} // namespace ucmc
