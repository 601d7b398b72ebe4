#pragma once

// A strict RFC 8259 JSON parser over a file's raw bytes that remembers where every value sits.
//
// Decisions (later editing steps rely on them):
// - Input is the file's bytes, UTF-8. A leading UTF-8 BOM (EF BB BF) is skipped; spans and
//   offsets still count it, so they are offsets into the bytes exactly as given.
// - Invalid UTF-8 anywhere (overlong forms, encoded surrogates, code points above U+10FFFF,
//   truncated sequences) is an error (RFC 8259 section 8.1: JSON text must be UTF-8).
// - A \u escape that produces a lone surrogate (\uD800 without a following \uDC00..\uDFFF, or
//   a trailing surrogate on its own) is an error (RFC 8259 section 8.2 says such strings do not
//   interoperate; we refuse them rather than guess). \u0000 is accepted.
// - Object members keep source order; duplicate keys are all kept (JsonNode::member() returns
//   the first). Keys are compared after unescaping.
// - Numbers keep their source text (JsonNode::text) next to the double value; a number beyond
//   the double range is accepted (RFC 8259 grammar) and becomes +/-infinity or 0.
// - Any top-level value is accepted (RFC 8259); callers decide whether an object is required.
// - Nesting is limited (default 512 containers) so hostile input cannot overflow the stack.
// - Lines: LF, CRLF and a lone CR each end one line. Columns count Unicode characters (a tab
//   is one), 1-based; the BOM is not counted.

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace ucmc {

// Byte offsets [begin, end) into the parsed bytes.
struct SourceSpan
{
    qsizetype begin = 0;
    qsizetype end = 0;

    qsizetype length() const { return end - begin; }
    bool isEmpty() const { return end <= begin; }
    bool contains(qsizetype offset) const { return offset >= begin && offset < end; }
    friend bool operator==(const SourceSpan &, const SourceSpan &) = default;
};

// 1-based line and column; the column counts Unicode characters. {0, 0} means "no position".
struct TextPosition
{
    int line = 0;
    int column = 0;

    bool isValid() const { return line > 0 && column > 0; }
    friend bool operator==(const TextPosition &, const TextPosition &) = default;
};

struct JsonNode
{
    enum class Kind : quint8 { Null, Bool, Number, String, Array, Object };
    struct Member;

    Kind kind = Kind::Null;
    bool boolean = false;     // Kind::Bool
    SourceSpan span;          // the whole value: "..." with quotes, {...} / [...] with brackets
    QString text;             // Kind::String: the unescaped text; Kind::Number: the source text
    double number = 0.0;      // Kind::Number
    std::vector<Member> members;   // Kind::Object, in source order, duplicates kept
    std::vector<JsonNode> elements; // Kind::Array

    bool isNull() const { return kind == Kind::Null; }
    bool isBool() const { return kind == Kind::Bool; }
    bool isNumber() const { return kind == Kind::Number; }
    bool isString() const { return kind == Kind::String; }
    bool isArray() const { return kind == Kind::Array; }
    bool isObject() const { return kind == Kind::Object; }

    // The value of the first member named key (compared after unescaping), or nullptr.
    const JsonNode *member(QStringView key) const;
    const JsonNode *member(QLatin1StringView key) const;
    // The first member named key (with its key span), or nullptr.
    const Member *findMember(QStringView key) const;
    const Member *findMember(QLatin1StringView key) const;
    // How many members are named key (more than one means duplicated keys).
    int memberCount(QStringView key) const;
    int memberCount(QLatin1StringView key) const;

    // Same JSON value, spans and formatting ignored: numbers compare by value, strings by their
    // unescaped text, objects member by member in order (duplicates included).
    bool valueEquals(const JsonNode &other) const;

    // A short translated phrase for messages: "text", "a number", "a list [ … ]", …
    static QString kindName(Kind kind);

    Q_DECLARE_TR_FUNCTIONS(ucmc::JsonNode)
};

struct JsonNode::Member
{
    QString key;        // unescaped
    SourceSpan keySpan; // the key with its quotes
    JsonNode value;
};

enum class SyntaxProblem {
    EmptyInput,               // nothing but whitespace (and maybe a BOM)
    UnexpectedEnd,            // the text ends inside a list or object
    UnterminatedString,       // a quoted text is not closed on its line / before the end
    UnexpectedCharacter,      // anything not covered by a more specific problem
    TrailingComma,            // a comma right before ] or }
    MissingComma,             // two values or members without a comma between them
    MissingColon,             // a key not followed by :
    MissingValue,             // a : or , followed by no value
    MismatchedBracket,        // [ closed by } or { closed by ]
    TypographicQuotes,        // “ ” „ ‘ ’ « » … instead of "
    SingleQuotes,             // 'text' or `text` instead of "text"
    Comment,                  // // or /* */
    UnquotedKey,              // {url: ...}
    UnusualWhitespace,        // no-break space and friends, usually pasted from a web page
    InvalidEscape,            // a backslash followed by anything but " \ / b f n r t u, or bad \u
    LoneSurrogate,            // \uD800 without its partner
    ControlCharacterInString, // a raw tab or other control character inside quotes
    InvalidNumber,            // 01, 1., .5, +1, 0x10, 1e
    InvalidLiteral,           // True, NULL, undefined, NaN, yes
    ContentAfterEnd,          // something after the top-level value
    InvalidUtf8,              // bytes that are not UTF-8
    NestingTooDeep,           // more nested lists/objects than the parser accepts
};

struct JsonSyntaxError
{
    SyntaxProblem problem = SyntaxProblem::UnexpectedCharacter;
    qsizetype offset = 0;   // byte offset where a human should look
    TextPosition position;  // the same place as line:column
    char32_t character = 0; // the offending character where there is one, else 0
    QString found;          // the offending word (InvalidLiteral, UnquotedKey), shortened
    qsizetype openedAt = -1;    // UnexpectedEnd, UnterminatedString, MismatchedBracket: the
    TextPosition openedPosition; // opening quote/bracket that is not closed, else -1 / {0, 0}
    char openedBy = 0;          // '"', '[' or '{' when openedAt is set

    // A translated, plain-language explanation (without the position; show that separately).
    QString message() const;
    // A stable machine-readable name such as "trailing-comma".
    static QLatin1StringView problemId(SyntaxProblem problem);

    Q_DECLARE_TR_FUNCTIONS(ucmc::JsonSyntaxError)
};

struct JsonParseResult
{
    std::optional<JsonNode> root;         // set when the bytes are valid JSON
    std::optional<JsonSyntaxError> error; // set otherwise; exactly one of the two is set

    bool ok() const { return root.has_value(); }
};

inline constexpr int kDefaultJsonMaxDepth = 512;

// maxDepth is clamped to [1, 1024]: the parser recurses (about 200 bytes of stack per level in a
// release build, several times that with sanitizers), so even a 1 MiB thread stack is safe.
JsonParseResult parseJson(QByteArrayView bytes, int maxDepth = kDefaultJsonMaxDepth);

// The line:column of a byte offset (clamped to [0, bytes.size()]). Linear; for many lookups in
// the same bytes use TextPositionIndex.
TextPosition positionOf(QByteArrayView bytes, qsizetype offset);

// Line starts of a text, for fast offset <-> line:column lookups. Keeps a (shared) copy of the
// bytes.
class TextPositionIndex
{
public:
    TextPositionIndex() = default;
    explicit TextPositionIndex(const QByteArray &bytes);

    TextPosition positionOf(qsizetype offset) const;
    // The byte offset of a line:column; a column past the line's end gives the line's end,
    // a line past the end gives the end of the text.
    qsizetype offsetOf(TextPosition position) const;
    int lineCount() const { return int(m_lineStarts.size()); }
    // Byte offset where line (1-based) starts; the BOM is not part of line 1.
    qsizetype lineStart(int line) const;

private:
    QByteArray m_bytes;
    std::vector<qsizetype> m_lineStarts;
};

} // namespace ucmc
