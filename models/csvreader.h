#pragma once

// Reads the CSV files that administrators export from spreadsheets: RFC 4180 and what Excel
// really writes. Qt Core only; knows nothing of sites (models/siteimport.h gives the columns a
// meaning).
//
// Decisions:
// - Text: UTF-8 with or without a byte order mark; UTF-16 with one. Bytes that are not UTF-8 (and
//   have no UTF-8 byte order mark) are read as Windows-1252: Excel's plain "CSV" on a German
//   Windows writes that, and umlauts in site names must not turn into replacement characters.
// - Separator: ';' (Excel in German), ',' (RFC 4180) or a tab, whichever splits most of the first
//   records into the expected number of columns; on a tie ';' before ',' before tab.
// - Quoting: a field that starts with '"' runs to the next lone '"' and may hold separators and
//   line breaks; '""' inside is one '"'. A '"' inside an unquoted field, and text after a closing
//   quote, are taken as written (liberal: a hand-edited file still reads).
// - Line ends: CRLF, LF or CR. A line break inside a quoted field becomes "\n".
// - Blank records (nothing, or only empty fields such as Excel's ";;") are left out.
// - A quoted field that the file never closes swallows the rest of the file: its record is kept
//   and marked, so the caller can say so instead of losing rows silently.

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace ucmc {

struct CsvRecord
{
    int line = 0; // the line of the file where the record starts, from 1 (a spreadsheet's row)
    QStringList fields;
    bool unterminatedQuote = false;

    bool operator==(const CsvRecord &) const = default;
};

class CsvReader
{
public:
    static QString decode(const QByteArray &bytes);
    static QChar detectSeparator(QStringView text, int expectedColumns);
    // Stops after maxRecords + 1 records when maxRecords >= 0, so that an oversized file costs
    // little to refuse.
    static QList<CsvRecord> parse(QStringView text, QChar separator, int maxRecords = -1);
};

} // namespace ucmc
