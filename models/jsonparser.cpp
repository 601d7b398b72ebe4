#include "models/jsonparser.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <iterator>
#include <limits>

namespace ucmc {

namespace {

constexpr int kMaxDepthLimit = 1024; // recursion: about 200 bytes of stack per level (release)
constexpr qsizetype kMaxFoundLength = 40;

inline bool isJsonWhitespace(uchar c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

inline bool isAsciiDigit(uchar c)
{
    return c >= '0' && c <= '9';
}

inline bool isAsciiLetter(uchar c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

inline bool isWordByte(uchar c)
{
    return isAsciiLetter(c) || isAsciiDigit(c) || c == '_' || c == '$';
}

inline int hexValue(uchar c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Byte classes inside a string: 0 = plain ASCII, anything else needs a closer look.
constexpr std::array<uchar, 256> makeStringByteClass()
{
    std::array<uchar, 256> table{};
    for (int i = 0; i < 256; ++i) {
        if (i < 0x20)
            table[i] = 1; // control character
        else if (i == '"')
            table[i] = 2;
        else if (i == '\\')
            table[i] = 3;
        else if (i >= 0x80)
            table[i] = 4; // start (or misplaced continuation) of a multi-byte sequence
        else
            table[i] = 0;
    }
    return table;
}
constexpr std::array<uchar, 256> kStringByteClass = makeStringByteClass();

// Strict UTF-8 decoding (Unicode table 3-7). Returns the sequence length (1..4) and the code
// point, or 0 when the bytes at p are not a valid sequence.
int decodeUtf8(const uchar *p, const uchar *end, char32_t &codePoint)
{
    const uchar c0 = p[0];
    if (c0 < 0x80) {
        codePoint = c0;
        return 1;
    }
    int length = 0;
    uchar lo = 0x80, hi = 0xBF;
    if (c0 >= 0xC2 && c0 <= 0xDF) {
        length = 2;
        codePoint = c0 & 0x1F;
    } else if (c0 >= 0xE0 && c0 <= 0xEF) {
        length = 3;
        codePoint = c0 & 0x0F;
        if (c0 == 0xE0)
            lo = 0xA0;
        else if (c0 == 0xED)
            hi = 0x9F;
    } else if (c0 >= 0xF0 && c0 <= 0xF4) {
        length = 4;
        codePoint = c0 & 0x07;
        if (c0 == 0xF0)
            lo = 0x90;
        else if (c0 == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    if (end - p < length)
        return 0;
    const uchar c1 = p[1];
    if (c1 < lo || c1 > hi)
        return 0;
    codePoint = (codePoint << 6) | (c1 & 0x3F);
    for (int i = 2; i < length; ++i) {
        const uchar c = p[i];
        if (c < 0x80 || c > 0xBF)
            return 0;
        codePoint = (codePoint << 6) | (c & 0x3F);
    }
    return length;
}

bool isTypographicQuote(char32_t c)
{
    switch (c) {
    case 0x00AB: // «
    case 0x00BB: // »
    case 0x00B4: // ´
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201A: // ‚
    case 0x201B: // ‛
    case 0x201C: // “
    case 0x201D: // ”
    case 0x201E: // „
    case 0x201F: // ‟
    case 0x2032: // ′
    case 0x2033: // ″
    case 0x2039: // ‹
    case 0x203A: // ›
    case 0x301D: // 〝
    case 0x301E: // 〞
    case 0xFF02: // ＂
    case 0xFF07: // ＇
        return true;
    default:
        return false;
    }
}

bool isUnusualWhitespace(char32_t c)
{
    return c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200D) || c == 0x2028 || c == 0x2029
           || c == 0x202F || c == 0x205F || c == 0x2060 || c == 0x3000 || c == 0xFEFF;
}

bool hasUtf8Bom(QByteArrayView bytes)
{
    return bytes.size() >= 3 && uchar(bytes[0]) == 0xEF && uchar(bytes[1]) == 0xBB && uchar(bytes[2]) == 0xBF;
}

// Shares one QString between equal short keys and number texts ("url", "0"): most of a large
// file's keys repeat, and a shared QString costs no allocation.
class InternCache
{
public:
    QString get(const char *data, qsizetype length)
    {
        if (length > kMaxLength)
            return QString::fromUtf8(data, length);
        quint32 hash = 2166136261u;
        for (qsizetype i = 0; i < length; ++i)
            hash = (hash ^ uchar(data[i])) * 16777619u;
        Slot &slot = m_slots[hash % m_slots.size()];
        if (slot.length == length && slot.data && std::memcmp(slot.data, data, size_t(length)) == 0)
            return slot.string;
        slot.data = data;
        slot.length = length;
        slot.string = QString::fromUtf8(data, length);
        return slot.string;
    }

private:
    static constexpr qsizetype kMaxLength = 48;
    struct Slot
    {
        const char *data = nullptr;
        qsizetype length = -1;
        QString string;
    };
    std::array<Slot, 256> m_slots;
};

double parseDouble(const char *begin, const char *end)
{
    double value = 0.0;
    const auto result = std::from_chars(begin, end, value);
    if (result.ec != std::errc::result_out_of_range)
        return value;
    // Beyond double: decide between overflow and underflow from the decimal magnitude.
    const bool negative = *begin == '-';
    const char *p = negative ? begin + 1 : begin;
    qint64 magnitude = 0; // position of the first significant digit relative to the point
    bool seenSignificant = false;
    bool afterPoint = false;
    qint64 digitsBeforePoint = 0;
    qint64 leadingZerosAfterPoint = 0;
    for (; p < end && *p != 'e' && *p != 'E'; ++p) {
        if (*p == '.') {
            afterPoint = true;
            continue;
        }
        if (!afterPoint) {
            if (seenSignificant || *p != '0')
                ++digitsBeforePoint;
        } else if (!seenSignificant && *p == '0') {
            ++leadingZerosAfterPoint;
        }
        if (*p != '0')
            seenSignificant = true;
    }
    magnitude = digitsBeforePoint > 0 ? digitsBeforePoint : -leadingZerosAfterPoint;
    if (p < end) {
        ++p;
        bool negativeExponent = false;
        if (*p == '+' || *p == '-')
            negativeExponent = *p++ == '-';
        qint64 exponent = 0;
        for (; p < end; ++p)
            exponent = std::min<qint64>(exponent * 10 + (*p - '0'), qint64(1) << 40);
        magnitude += negativeExponent ? -exponent : exponent;
    }
    const double result2 = magnitude > 0 ? std::numeric_limits<double>::infinity() : 0.0;
    return negative ? -result2 : result2;
}

enum class ValueContext {
    TopLevel,
    AfterColon,
    FirstElement,
    AfterComma,
};

class Parser
{
public:
    Parser(QByteArrayView bytes, int maxDepth)
        : m_bytes(bytes)
        , m_data(reinterpret_cast<const uchar *>(bytes.data()))
        , m_size(bytes.size())
        , m_maxDepth(std::clamp(maxDepth, 1, kMaxDepthLimit))
    {
    }

    JsonParseResult run()
    {
        JsonParseResult result;
        if (hasUtf8Bom(m_bytes))
            m_pos = 3;
        skipWhitespace();
        if (m_pos >= m_size) {
            fail(SyntaxProblem::EmptyInput, m_size);
        } else {
            JsonNode root;
            if (parseValue(root, 0, ValueContext::TopLevel)) {
                skipWhitespace();
                if (m_pos < m_size) {
                    const SyntaxProblem specific = classifyCommon(m_pos);
                    fail(specific == SyntaxProblem::UnexpectedCharacter ? SyntaxProblem::ContentAfterEnd
                                                                        : specific,
                         m_pos);
                } else {
                    result.root = std::move(root);
                }
            }
        }
        if (m_error) {
            finishError();
            result.error = std::move(m_error);
        }
        return result;
    }

private:
    uchar at(qsizetype i) const { return m_data[i]; }
    bool atEnd() const { return m_pos >= m_size; }

    void skipWhitespace()
    {
        while (m_pos < m_size && isJsonWhitespace(m_data[m_pos]))
            ++m_pos;
    }

    // Records the error (only the first one counts) and returns false for convenient chaining.
    bool fail(SyntaxProblem problem, qsizetype offset)
    {
        if (!m_error) {
            JsonSyntaxError error;
            error.problem = problem;
            error.offset = offset;
            m_error = error;
        }
        return false;
    }

    bool failEnd()
    {
        fail(SyntaxProblem::UnexpectedEnd, m_size);
        if (!m_open.empty())
            setOpened(m_open.back());
        return false;
    }

    void setOpened(qsizetype offset)
    {
        m_error->openedAt = offset;
        m_error->openedBy = char(m_data[offset]);
    }

    char32_t characterAt(qsizetype offset) const
    {
        char32_t c = 0;
        if (offset >= m_size)
            return 0;
        if (decodeUtf8(m_data + offset, m_data + m_size, c) == 0)
            return 0;
        return c;
    }

    QString wordAt(qsizetype offset) const
    {
        qsizetype end = offset;
        while (end < m_size && isWordByte(m_data[end]) && end - offset < kMaxFoundLength)
            ++end;
        return QString::fromLatin1(reinterpret_cast<const char *>(m_data + offset), end - offset);
    }

    // Problems that look the same wherever they occur outside strings.
    SyntaxProblem classifyCommon(qsizetype offset) const
    {
        const uchar c = m_data[offset];
        if (c == '/' && offset + 1 < m_size && (m_data[offset + 1] == '/' || m_data[offset + 1] == '*'))
            return SyntaxProblem::Comment;
        if (c == '\'' || c == '`')
            return SyntaxProblem::SingleQuotes;
        if (c >= 0x80) {
            char32_t cp = 0;
            if (decodeUtf8(m_data + offset, m_data + m_size, cp) == 0)
                return SyntaxProblem::InvalidUtf8;
            if (isTypographicQuote(cp))
                return SyntaxProblem::TypographicQuotes;
            if (isUnusualWhitespace(cp))
                return SyntaxProblem::UnusualWhitespace;
        }
        return SyntaxProblem::UnexpectedCharacter;
    }

    bool failAtValue(ValueContext context)
    {
        const uchar c = m_data[m_pos];
        SyntaxProblem problem = classifyCommon(m_pos);
        if (problem == SyntaxProblem::UnexpectedCharacter) {
            if (c == '+' || c == '.')
                problem = SyntaxProblem::InvalidNumber;
            else if (isAsciiLetter(c) || c == '_' || c == '$')
                problem = SyntaxProblem::InvalidLiteral;
            else if (c == ',' || (context == ValueContext::AfterColon && (c == '}' || c == ']')))
                problem = SyntaxProblem::MissingValue;
            else if ((c == '}' || c == ']') && !m_open.empty())
                problem = SyntaxProblem::MismatchedBracket;
        }
        fail(problem, m_pos);
        if (problem == SyntaxProblem::InvalidLiteral)
            m_error->found = wordAt(m_pos);
        if (problem == SyntaxProblem::MismatchedBracket)
            setOpened(m_open.back());
        return false;
    }

    // After a value inside a container: expected ',' or the closing bracket, got something else.
    bool failAfterItem(uchar closing)
    {
        const uchar c = m_data[m_pos];
        const uchar otherClosing = closing == ']' ? '}' : ']';
        if (c == otherClosing) {
            fail(SyntaxProblem::MismatchedBracket, m_pos);
            setOpened(m_open.back());
            return false;
        }
        bool startsValue = c == '{' || c == '[' || c == '"' || c == '-' || isAsciiDigit(c);
        if (!startsValue && isAsciiLetter(c)) {
            const QString word = wordAt(m_pos);
            startsValue = word == u"true" || word == u"false" || word == u"null";
        }
        if (startsValue)
            return fail(SyntaxProblem::MissingComma, m_pos);
        return fail(classifyCommon(m_pos), m_pos);
    }

    bool parseValue(JsonNode &node, int depth, ValueContext context)
    {
        skipWhitespace();
        if (atEnd())
            return failEnd();
        const uchar c = m_data[m_pos];
        switch (c) {
        case '{':
            return parseObject(node, depth);
        case '[':
            return parseArray(node, depth);
        case '"':
            node.kind = JsonNode::Kind::String;
            return parseString(node.text, node.span, false);
        case 't':
        case 'f':
        case 'n':
            return parseLiteral(node);
        default:
            if (c == '-' || isAsciiDigit(c))
                return parseNumber(node);
            return failAtValue(context);
        }
    }

    bool openContainer(int depth)
    {
        if (depth >= m_maxDepth)
            return fail(SyntaxProblem::NestingTooDeep, m_pos);
        m_open.push_back(m_pos);
        ++m_pos;
        return true;
    }

    bool parseArray(JsonNode &node, int depth)
    {
        node.kind = JsonNode::Kind::Array;
        node.span.begin = m_pos;
        if (!openContainer(depth))
            return false;
        skipWhitespace();
        if (atEnd())
            return failEnd();
        if (m_data[m_pos] == ']') {
            ++m_pos;
            node.span.end = m_pos;
            m_open.pop_back();
            return true;
        }
        ValueContext context = ValueContext::FirstElement;
        for (;;) {
            node.elements.emplace_back();
            if (!parseValue(node.elements.back(), depth + 1, context))
                return false;
            skipWhitespace();
            if (atEnd())
                return failEnd();
            const uchar c = m_data[m_pos];
            if (c == ',') {
                const qsizetype comma = m_pos++;
                skipWhitespace();
                if (atEnd())
                    return failEnd();
                if (m_data[m_pos] == ']')
                    return fail(SyntaxProblem::TrailingComma, comma);
                context = ValueContext::AfterComma;
                continue;
            }
            if (c == ']') {
                ++m_pos;
                node.span.end = m_pos;
                m_open.pop_back();
                return true;
            }
            return failAfterItem(']');
        }
    }

    bool failAtKey()
    {
        const uchar c = m_data[m_pos];
        SyntaxProblem problem = classifyCommon(m_pos);
        if (problem == SyntaxProblem::UnexpectedCharacter) {
            if (isWordByte(c) || c == '-')
                problem = SyntaxProblem::UnquotedKey;
            else if (c == ']')
                problem = SyntaxProblem::MismatchedBracket;
        }
        fail(problem, m_pos);
        if (problem == SyntaxProblem::UnquotedKey)
            m_error->found = wordAt(m_pos);
        if (problem == SyntaxProblem::MismatchedBracket)
            setOpened(m_open.back());
        return false;
    }

    bool parseObject(JsonNode &node, int depth)
    {
        node.kind = JsonNode::Kind::Object;
        node.span.begin = m_pos;
        if (!openContainer(depth))
            return false;
        skipWhitespace();
        if (atEnd())
            return failEnd();
        if (m_data[m_pos] == '}') {
            ++m_pos;
            node.span.end = m_pos;
            m_open.pop_back();
            return true;
        }
        for (;;) {
            if (m_data[m_pos] != '"')
                return failAtKey();
            if (node.members.empty())
                node.members.reserve(4); // most objects here are small; saves 1->2->4 regrowth
            node.members.emplace_back();
            JsonNode::Member &member = node.members.back();
            if (!parseString(member.key, member.keySpan, true))
                return false;
            skipWhitespace();
            if (atEnd())
                return failEnd();
            if (m_data[m_pos] != ':') {
                const SyntaxProblem specific = classifyCommon(m_pos);
                return fail(specific == SyntaxProblem::UnexpectedCharacter ? SyntaxProblem::MissingColon
                                                                           : specific,
                            m_pos);
            }
            ++m_pos;
            if (!parseValue(member.value, depth + 1, ValueContext::AfterColon))
                return false;
            skipWhitespace();
            if (atEnd())
                return failEnd();
            const uchar c = m_data[m_pos];
            if (c == ',') {
                const qsizetype comma = m_pos++;
                skipWhitespace();
                if (atEnd())
                    return failEnd();
                if (m_data[m_pos] == '}')
                    return fail(SyntaxProblem::TrailingComma, comma);
                continue;
            }
            if (c == '}') {
                ++m_pos;
                node.span.end = m_pos;
                m_open.pop_back();
                return true;
            }
            return failAfterItem('}');
        }
    }

    // Reads 4 hex digits at p (already bounds-checked by the caller); -1 when not hex.
    int readHex4(qsizetype p) const
    {
        int value = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hexValue(m_data[p + i]);
            if (digit < 0)
                return -1;
            value = value * 16 + digit;
        }
        return value;
    }

    // At the opening quote. Validates the whole string first, then builds the QString once.
    bool parseString(QString &out, SourceSpan &span, bool isKey)
    {
        const qsizetype quote = m_pos;
        span.begin = quote;
        qsizetype p = quote + 1;
        const qsizetype contentBegin = p;
        bool hasEscape = false;
        qsizetype typographicQuote = -1;
        for (;;) {
            while (p < m_size && kStringByteClass[m_data[p]] == 0)
                ++p;
            if (p >= m_size)
                return failUnterminated(quote, m_size, typographicQuote);
            const uchar c = m_data[p];
            switch (kStringByteClass[c]) {
            case 2: // closing quote
                goto closed;
            case 1: // control character
                if (c == '\n' || c == '\r')
                    return failUnterminated(quote, p, typographicQuote);
                fail(SyntaxProblem::ControlCharacterInString, p);
                m_error->character = c;
                return false;
            case 3: { // escape
                hasEscape = true;
                if (p + 1 >= m_size)
                    return failUnterminated(quote, m_size, typographicQuote);
                const uchar e = m_data[p + 1];
                if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r'
                    || e == 't') {
                    p += 2;
                    break;
                }
                if (e != 'u' || p + 6 > m_size)
                    return fail(SyntaxProblem::InvalidEscape, p);
                const int unit = readHex4(p + 2);
                if (unit < 0)
                    return fail(SyntaxProblem::InvalidEscape, p);
                if (unit >= 0xDC00 && unit <= 0xDFFF)
                    return fail(SyntaxProblem::LoneSurrogate, p);
                if (unit >= 0xD800 && unit <= 0xDBFF) {
                    const bool pairFollows = p + 12 <= m_size && m_data[p + 6] == '\\' && m_data[p + 7] == 'u';
                    const int low = pairFollows ? readHex4(p + 8) : -1;
                    if (low < 0xDC00 || low > 0xDFFF)
                        return fail(SyntaxProblem::LoneSurrogate, p);
                    p += 12;
                } else {
                    p += 6;
                }
                break;
            }
            default: { // multi-byte UTF-8
                char32_t cp = 0;
                const int length = decodeUtf8(m_data + p, m_data + m_size, cp);
                if (length == 0)
                    return fail(SyntaxProblem::InvalidUtf8, p);
                if (typographicQuote < 0 && isTypographicQuote(cp))
                    typographicQuote = p;
                p += length;
                break;
            }
            }
        }
    closed:
        const qsizetype contentEnd = p;
        m_pos = p + 1;
        span.end = m_pos;
        m_lastStringTypographicQuote = typographicQuote;
        m_lastStringEnd = m_pos;
        const char *content = reinterpret_cast<const char *>(m_data + contentBegin);
        const qsizetype length = contentEnd - contentBegin;
        if (!hasEscape)
            out = isKey ? m_intern.get(content, length) : QString::fromUtf8(content, length);
        else
            out = unescape(contentBegin, contentEnd);
        return true;
    }

    bool failUnterminated(qsizetype quote, qsizetype where, qsizetype typographicQuote)
    {
        if (typographicQuote >= 0) {
            fail(SyntaxProblem::TypographicQuotes, typographicQuote);
            m_error->character = characterAt(typographicQuote);
            return false;
        }
        fail(SyntaxProblem::UnterminatedString, where);
        setOpened(quote);
        return false;
    }

    // Builds the text of an already validated string with escapes. UTF-16 never needs more code
    // units than the UTF-8 (or escaped) form has bytes, so one allocation is enough.
    QString unescape(qsizetype begin, qsizetype end) const
    {
        QString result(end - begin, Qt::Uninitialized);
        QChar *out = result.data();
        qsizetype p = begin;
        while (p < end) {
            const uchar c = m_data[p];
            if (c < 0x80 && c != '\\') {
                *out++ = QChar(char16_t(c));
                ++p;
            } else if (c == '\\') {
                const uchar e = m_data[p + 1];
                switch (e) {
                case 'b':
                    *out++ = QChar(u'\b');
                    p += 2;
                    break;
                case 'f':
                    *out++ = QChar(u'\f');
                    p += 2;
                    break;
                case 'n':
                    *out++ = QChar(u'\n');
                    p += 2;
                    break;
                case 'r':
                    *out++ = QChar(u'\r');
                    p += 2;
                    break;
                case 't':
                    *out++ = QChar(u'\t');
                    p += 2;
                    break;
                case 'u':
                    *out++ = QChar(char16_t(readHex4(p + 2)));
                    p += 6;
                    break;
                default: // " \ /
                    *out++ = QChar(char16_t(e));
                    p += 2;
                    break;
                }
            } else {
                char32_t cp = 0;
                const int length = decodeUtf8(m_data + p, m_data + end, cp);
                if (cp > 0xFFFF) {
                    *out++ = QChar(QChar::highSurrogate(cp));
                    *out++ = QChar(QChar::lowSurrogate(cp));
                } else {
                    *out++ = QChar(char16_t(cp));
                }
                p += length;
            }
        }
        result.truncate(out - result.constData());
        return result;
    }

    bool parseNumber(JsonNode &node)
    {
        const qsizetype start = m_pos;
        qsizetype p = m_pos;
        auto bad = [&] { return fail(SyntaxProblem::InvalidNumber, start); };
        if (m_data[p] == '-')
            ++p;
        if (p >= m_size || !isAsciiDigit(m_data[p]))
            return bad();
        if (m_data[p] == '0') {
            ++p;
            if (p < m_size && isAsciiDigit(m_data[p]))
                return bad(); // leading zero
        } else {
            while (p < m_size && isAsciiDigit(m_data[p]))
                ++p;
        }
        if (p < m_size && m_data[p] == '.') {
            ++p;
            if (p >= m_size || !isAsciiDigit(m_data[p]))
                return bad();
            while (p < m_size && isAsciiDigit(m_data[p]))
                ++p;
        }
        if (p < m_size && (m_data[p] == 'e' || m_data[p] == 'E')) {
            ++p;
            if (p < m_size && (m_data[p] == '+' || m_data[p] == '-'))
                ++p;
            if (p >= m_size || !isAsciiDigit(m_data[p]))
                return bad();
            while (p < m_size && isAsciiDigit(m_data[p]))
                ++p;
        }
        if (p < m_size && (isWordByte(m_data[p]) || m_data[p] == '.'))
            return bad(); // 0x10, 1.2.3, 12px
        const char *text = reinterpret_cast<const char *>(m_data + start);
        node.kind = JsonNode::Kind::Number;
        node.span = {start, p};
        node.text = m_intern.get(text, p - start);
        node.number = parseDouble(text, text + (p - start));
        m_pos = p;
        return true;
    }

    bool parseLiteral(JsonNode &node)
    {
        const qsizetype start = m_pos;
        qsizetype end = start;
        while (end < m_size && isWordByte(m_data[end]))
            ++end;
        const QByteArrayView word(m_data + start, end - start);
        if (word == "true") {
            node.kind = JsonNode::Kind::Bool;
            node.boolean = true;
        } else if (word == "false") {
            node.kind = JsonNode::Kind::Bool;
            node.boolean = false;
        } else if (word == "null") {
            node.kind = JsonNode::Kind::Null;
        } else {
            fail(SyntaxProblem::InvalidLiteral, start);
            m_error->found = wordAt(start);
            return false;
        }
        node.span = {start, end};
        m_pos = end;
        return true;
    }

    // Final touches. When the error sits right behind a string (not even a space between) and
    // that string contains a typographic quote, the string most likely swallowed what was meant
    // as its end ("url” : "ws://…"): report the typographic quote instead.
    void finishError()
    {
        JsonSyntaxError &error = *m_error;
        if (m_lastStringTypographicQuote >= 0 && error.problem != SyntaxProblem::TypographicQuotes
            && error.offset == m_lastStringEnd) {
            error = JsonSyntaxError{};
            error.problem = SyntaxProblem::TypographicQuotes;
            error.offset = m_lastStringTypographicQuote;
        }
        if (error.character == 0 && error.offset < m_size) {
            switch (error.problem) {
            case SyntaxProblem::UnexpectedCharacter:
            case SyntaxProblem::TypographicQuotes:
            case SyntaxProblem::UnusualWhitespace:
            case SyntaxProblem::SingleQuotes:
            case SyntaxProblem::MismatchedBracket:
            case SyntaxProblem::MissingColon:
            case SyntaxProblem::ContentAfterEnd:
                error.character = characterAt(error.offset);
                break;
            default:
                break;
            }
        }
        error.position = positionOf(m_bytes, error.offset);
        if (error.openedAt >= 0)
            error.openedPosition = positionOf(m_bytes, error.openedAt);
    }

    QByteArrayView m_bytes;
    const uchar *m_data;
    qsizetype m_size;
    int m_maxDepth;
    qsizetype m_pos = 0;
    std::vector<qsizetype> m_open; // offsets of the currently open [ and {
    std::optional<JsonSyntaxError> m_error;
    qsizetype m_lastStringTypographicQuote = -1;
    qsizetype m_lastStringEnd = -1;
    InternCache m_intern;
};

int countColumns(const uchar *data, qsizetype from, qsizetype to)
{
    int column = 1;
    for (qsizetype i = from; i < to; ++i) {
        if ((data[i] & 0xC0) != 0x80)
            ++column;
    }
    return column;
}

} // namespace

// --- JsonNode ------------------------------------------------------------------------------

namespace {

template<typename Key>
const JsonNode::Member *findMemberImpl(const JsonNode &node, Key key)
{
    for (const JsonNode::Member &member : node.members) {
        if (member.key == key)
            return &member;
    }
    return nullptr;
}

template<typename Key>
int memberCountImpl(const JsonNode &node, Key key)
{
    return int(std::count_if(node.members.begin(), node.members.end(),
                             [&](const JsonNode::Member &m) { return m.key == key; }));
}

} // namespace

const JsonNode::Member *JsonNode::findMember(QStringView key) const
{
    return findMemberImpl(*this, key);
}

const JsonNode::Member *JsonNode::findMember(QLatin1StringView key) const
{
    return findMemberImpl(*this, key);
}

const JsonNode *JsonNode::member(QStringView key) const
{
    const Member *found = findMember(key);
    return found ? &found->value : nullptr;
}

const JsonNode *JsonNode::member(QLatin1StringView key) const
{
    const Member *found = findMember(key);
    return found ? &found->value : nullptr;
}

int JsonNode::memberCount(QStringView key) const
{
    return memberCountImpl(*this, key);
}

int JsonNode::memberCount(QLatin1StringView key) const
{
    return memberCountImpl(*this, key);
}

bool JsonNode::valueEquals(const JsonNode &other) const
{
    if (kind != other.kind)
        return false;
    switch (kind) {
    case Kind::Null:
        return true;
    case Kind::Bool:
        return boolean == other.boolean;
    case Kind::Number:
        return number == other.number;
    case Kind::String:
        return text == other.text;
    case Kind::Array:
        return std::equal(elements.begin(), elements.end(), other.elements.begin(), other.elements.end(),
                          [](const JsonNode &a, const JsonNode &b) { return a.valueEquals(b); });
    case Kind::Object:
        return std::equal(members.begin(), members.end(), other.members.begin(), other.members.end(),
                          [](const Member &a, const Member &b) {
                              return a.key == b.key && a.value.valueEquals(b.value);
                          });
    }
    return false;
}

QString JsonNode::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Null:
        return tr("null");
    case Kind::Bool:
        return tr("true or false");
    case Kind::Number:
        return tr("a number");
    case Kind::String:
        return tr("text in quotes");
    case Kind::Array:
        return tr("a list [ … ]");
    case Kind::Object:
        return tr("an object { … }");
    }
    return {};
}

// --- JsonSyntaxError ---------------------------------------------------------------------

QLatin1StringView JsonSyntaxError::problemId(SyntaxProblem problem)
{
    switch (problem) {
    case SyntaxProblem::EmptyInput:
        return QLatin1StringView("empty-input");
    case SyntaxProblem::UnexpectedEnd:
        return QLatin1StringView("unexpected-end");
    case SyntaxProblem::UnterminatedString:
        return QLatin1StringView("unterminated-string");
    case SyntaxProblem::UnexpectedCharacter:
        return QLatin1StringView("unexpected-character");
    case SyntaxProblem::TrailingComma:
        return QLatin1StringView("trailing-comma");
    case SyntaxProblem::MissingComma:
        return QLatin1StringView("missing-comma");
    case SyntaxProblem::MissingColon:
        return QLatin1StringView("missing-colon");
    case SyntaxProblem::MissingValue:
        return QLatin1StringView("missing-value");
    case SyntaxProblem::MismatchedBracket:
        return QLatin1StringView("mismatched-bracket");
    case SyntaxProblem::TypographicQuotes:
        return QLatin1StringView("typographic-quotes");
    case SyntaxProblem::SingleQuotes:
        return QLatin1StringView("single-quotes");
    case SyntaxProblem::Comment:
        return QLatin1StringView("comment");
    case SyntaxProblem::UnquotedKey:
        return QLatin1StringView("unquoted-key");
    case SyntaxProblem::UnusualWhitespace:
        return QLatin1StringView("unusual-whitespace");
    case SyntaxProblem::InvalidEscape:
        return QLatin1StringView("invalid-escape");
    case SyntaxProblem::LoneSurrogate:
        return QLatin1StringView("lone-surrogate");
    case SyntaxProblem::ControlCharacterInString:
        return QLatin1StringView("control-character");
    case SyntaxProblem::InvalidNumber:
        return QLatin1StringView("invalid-number");
    case SyntaxProblem::InvalidLiteral:
        return QLatin1StringView("invalid-literal");
    case SyntaxProblem::ContentAfterEnd:
        return QLatin1StringView("content-after-end");
    case SyntaxProblem::InvalidUtf8:
        return QLatin1StringView("invalid-utf8");
    case SyntaxProblem::NestingTooDeep:
        return QLatin1StringView("nesting-too-deep");
    }
    return QLatin1StringView("unknown");
}

namespace {

QString codePointName(char32_t c)
{
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

QString quotedCharacter(char32_t c)
{
    if (c < 0x20 || c == 0x7F || isUnusualWhitespace(c))
        return codePointName(c);
    return QStringLiteral("%1 (%2)").arg(QString::fromUcs4(&c, 1), codePointName(c));
}

} // namespace

QString JsonSyntaxError::message() const
{
    const QString line = QString::number(openedPosition.line);
    const QString column = QString::number(openedPosition.column);
    switch (problem) {
    case SyntaxProblem::EmptyInput:
        return tr("The file is empty. It must contain a JSON object, starting with { and ending with }.");
    case SyntaxProblem::UnexpectedEnd:
        if (openedBy == '{')
            return tr("The file ends too early: the { at line %1, column %2 is never closed with }.")
                .arg(line, column);
        if (openedBy == '[')
            return tr("The file ends too early: the [ at line %1, column %2 is never closed with ].")
                .arg(line, column);
        return tr("The file ends too early: a value is missing.");
    case SyntaxProblem::UnterminatedString:
        return tr("The text in quotes that starts at line %1, column %2 has no closing quote \".")
            .arg(line, column);
    case SyntaxProblem::UnexpectedCharacter:
        return tr("The character %1 is not allowed here.").arg(quotedCharacter(character));
    case SyntaxProblem::TrailingComma:
        return tr("There is a comma after the last entry. Remove this comma: JSON allows no comma "
                  "before ] or }.");
    case SyntaxProblem::MissingComma:
        return tr("A comma is missing before this entry. Separate entries with a comma.");
    case SyntaxProblem::MissingColon:
        return tr("A colon : is missing after the name in quotes.");
    case SyntaxProblem::MissingValue:
        return tr("A value is missing here.");
    case SyntaxProblem::MismatchedBracket:
        if (openedBy == '[')
            return tr("This bracket does not match the [ at line %1, column %2: a list opened with [ "
                      "must be closed with ].")
                .arg(line, column);
        return tr("This bracket does not match the { at line %1, column %2: an object opened with { "
                  "must be closed with }.")
            .arg(line, column);
    case SyntaxProblem::TypographicQuotes:
        return tr("Typographic quotes such as “ ” or „ “ (often copied from a web page or a word "
                  "processor) are used here. JSON needs straight double quotes \".");
    case SyntaxProblem::SingleQuotes:
        return tr("Single quotes are used here. JSON needs straight double quotes \" around names "
                  "and texts.");
    case SyntaxProblem::Comment:
        return tr("A comment (// or /* */) is here. JSON does not allow comments; remove it.");
    case SyntaxProblem::UnquotedKey:
        return tr("The name %1 must be in double quotes, for example \"%1\".").arg(found);
    case SyntaxProblem::UnusualWhitespace:
        return tr("An invisible special space (%1, often copied from a web page) is here. Replace it "
                  "with a normal space.")
            .arg(codePointName(character));
    case SyntaxProblem::InvalidEscape:
        return tr("A backslash \\ inside quotes must be followed by \", \\, /, b, f, n, r, t or u and "
                  "four hex digits. For a backslash in a Windows path write two: C:\\\\Program Files.");
    case SyntaxProblem::LoneSurrogate:
        return tr("The escape \\u here is half of a surrogate pair without its other half; it is not a "
                  "valid character.");
    case SyntaxProblem::ControlCharacterInString:
        if (character == '\t')
            return tr("A tab character is inside quotes. Write it as \\t or use spaces.");
        return tr("The control character %1 is inside quotes. Remove it.").arg(codePointName(character));
    case SyntaxProblem::InvalidNumber:
        return tr("This number is not valid JSON. Write numbers with digits, an optional minus sign and "
                  "a dot for decimals, without leading zeros: 0, 8888, -1, 2.5.");
    case SyntaxProblem::InvalidLiteral:
        return tr("The word %1 is not a JSON value. Use true, false, null, a number, or text in double "
                  "quotes.")
            .arg(found);
    case SyntaxProblem::ContentAfterEnd:
        return tr("There is more text after the end of the JSON data. Is there one } or ] too many?");
    case SyntaxProblem::InvalidUtf8:
        return tr("The file contains bytes that are not UTF-8 text here. Save the file as UTF-8.");
    case SyntaxProblem::NestingTooDeep:
        return tr("Lists and objects are nested too deeply here.");
    }
    return {};
}

// --- parsing and positions ---------------------------------------------------------------

JsonParseResult parseJson(QByteArrayView bytes, int maxDepth)
{
    Parser parser(bytes, maxDepth);
    return parser.run();
}

TextPosition positionOf(QByteArrayView bytes, qsizetype offset)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype size = bytes.size();
    offset = std::clamp<qsizetype>(offset, 0, size);
    const qsizetype start = hasUtf8Bom(bytes) ? 3 : 0;
    if (offset <= start)
        return {1, 1};
    int line = 1;
    qsizetype lineStart = start;
    for (qsizetype i = start; i < offset; ++i) {
        const uchar c = data[i];
        if (c == '\n') {
            ++line;
            lineStart = i + 1;
        } else if (c == '\r' && !(i + 1 < size && data[i + 1] == '\n')) {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, countColumns(data, lineStart, offset)};
}

TextPositionIndex::TextPositionIndex(const QByteArray &bytes)
    : m_bytes(bytes)
{
    const char *data = m_bytes.constData();
    const qsizetype size = m_bytes.size();
    const qsizetype start = hasUtf8Bom(m_bytes) ? 3 : 0;
    m_lineStarts.reserve(size_t(size / 40 + 1));
    m_lineStarts.push_back(start);
    // memchr is much faster than a byte loop; lone CRs are rare and merged in afterwards.
    const char *end = data + size;
    for (const char *p = data + start; p < end;) {
        const auto *lf = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!lf)
            break;
        m_lineStarts.push_back(lf - data + 1);
        p = lf + 1;
    }
    std::vector<qsizetype> loneCr;
    for (const char *p = data + start; p < end;) {
        const auto *cr = static_cast<const char *>(std::memchr(p, '\r', size_t(end - p)));
        if (!cr)
            break;
        if (cr + 1 == end || cr[1] != '\n')
            loneCr.push_back(cr - data + 1);
        p = cr + 1;
    }
    if (!loneCr.empty()) {
        std::vector<qsizetype> merged;
        merged.reserve(m_lineStarts.size() + loneCr.size());
        std::merge(m_lineStarts.begin(), m_lineStarts.end(), loneCr.begin(), loneCr.end(),
                   std::back_inserter(merged));
        m_lineStarts = std::move(merged);
    }
}

TextPosition TextPositionIndex::positionOf(qsizetype offset) const
{
    if (m_lineStarts.empty())
        return {1, 1};
    offset = std::clamp<qsizetype>(offset, m_lineStarts.front(), m_bytes.size());
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    const auto lineIndex = qsizetype(it - m_lineStarts.begin()) - 1;
    const qsizetype lineStart = m_lineStarts[size_t(lineIndex)];
    const auto *data = reinterpret_cast<const uchar *>(m_bytes.constData());
    return {int(lineIndex + 1), countColumns(data, lineStart, offset)};
}

qsizetype TextPositionIndex::lineStart(int line) const
{
    if (m_lineStarts.empty())
        return 0;
    if (line < 1)
        return m_lineStarts.front();
    if (size_t(line) > m_lineStarts.size())
        return m_bytes.size();
    return m_lineStarts[size_t(line - 1)];
}

qsizetype TextPositionIndex::offsetOf(TextPosition position) const
{
    if (m_lineStarts.empty())
        return 0;
    if (position.line < 1)
        return m_lineStarts.front();
    if (size_t(position.line) > m_lineStarts.size())
        return m_bytes.size();
    const qsizetype start = m_lineStarts[size_t(position.line - 1)];
    // The line ends before its line break.
    qsizetype end = size_t(position.line) < m_lineStarts.size() ? m_lineStarts[size_t(position.line)]
                                                                 : m_bytes.size();
    const auto *data = reinterpret_cast<const uchar *>(m_bytes.constData());
    while (end > start && (data[end - 1] == '\n' || data[end - 1] == '\r'))
        --end;
    int column = 1;
    qsizetype p = start;
    while (p < end && column < position.column) {
        ++p;
        while (p < end && (data[p] & 0xC0) == 0x80)
            ++p;
        ++column;
    }
    return p;
}

} // namespace ucmc
