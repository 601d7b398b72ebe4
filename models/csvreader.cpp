#include "models/csvreader.h"

#include <QStringDecoder>
#include <array>

namespace ucmc {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80..0x9F; the five unassigned bytes map to
// themselves, as Windows does.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QString fromWindows1252(const QByteArray &bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar b = uchar(bytes[i]);
        text[i] = b >= 0x80 && b <= 0x9F ? QChar(kCp1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return text;
}

bool isBlank(const CsvRecord &record)
{
    for (const QString &field : record.fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

// Fields of a record without the empty ones at its end (Excel pads rows to the widest).
qsizetype usedColumns(const QStringList &fields)
{
    qsizetype n = fields.size();
    while (n > 0 && fields[n - 1].trimmed().isEmpty())
        --n;
    return n;
}

} // namespace

QString CsvReader::decode(const QByteArray &bytes)
{
    if (const auto bom = QStringConverter::encodingForData(bytes); bom && *bom != QStringConverter::Utf8) {
        QStringDecoder decoder(*bom);
        return decoder(bytes);
    }
    QStringDecoder utf8(QStringConverter::Utf8); // skips a byte order mark
    QString text = utf8(bytes);
    const bool declared = bytes.startsWith("\xEF\xBB\xBF"); // a byte order mark says UTF-8: keep to it
    return utf8.hasError() && !declared ? fromWindows1252(bytes) : text;
}

QChar CsvReader::detectSeparator(QStringView text, int expectedColumns)
{
    constexpr int kSample = 20;
    QChar best = u';';
    int bestExact = -1;
    int bestSplit = -1;
    for (const QChar candidate : {QChar(u';'), QChar(u','), QChar(u'\t')}) {
        int exact = 0; // records with the expected number of columns
        int split = 0; // records this separator splits at all
        for (const CsvRecord &record : parse(text, candidate, kSample - 1)) {
            const qsizetype used = usedColumns(record.fields);
            exact += used == expectedColumns ? 1 : 0;
            split += record.fields.size() > 1 ? 1 : 0;
        }
        if (exact > bestExact || (exact == bestExact && split > bestSplit)) {
            best = candidate;
            bestExact = exact;
            bestSplit = split;
        }
    }
    return best;
}

QList<CsvRecord> CsvReader::parse(QStringView text, QChar separator, int maxRecords)
{
    QList<CsvRecord> records;
    CsvRecord record;
    record.line = 1;
    QString field;
    bool quoted = false;  // inside a quoted field
    bool touched = false; // something (even an empty quoted field) was read for this record
    int line = 1;
    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
    };
    const auto endRecord = [&] {
        endField();
        if (!isBlank(record) || record.unterminatedQuote)
            records.append(record);
        record = CsvRecord{};
        record.line = line;
        touched = false;
    };
    const auto full = [&] { return maxRecords >= 0 && records.size() > maxRecords; };

    for (qsizetype i = 0; i < text.size() && !full(); ++i) {
        const QChar c = text[i];
        const bool crlf = c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n';
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (c == u'\n' || c == u'\r') {
                field += u'\n';
                i += crlf ? 1 : 0;
                ++line;
            } else {
                field += c;
            }
            continue;
        }
        touched = true;
        if (c == u'"' && field.isEmpty()) {
            quoted = true;
        } else if (c == separator) {
            endField();
        } else if (c == u'\n' || c == u'\r') {
            i += crlf ? 1 : 0;
            ++line;
            endRecord();
        } else {
            field += c;
        }
    }
    if (quoted)
        record.unterminatedQuote = true;
    if (!full() && (touched || quoted))
        endRecord();
    return records;
}

} // namespace ucmc
