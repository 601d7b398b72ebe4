#pragma once

// Reads eucwebconfig.json from disk (a local path or a UNC path on Windows). Never writes.
//
// Decisions:
// - Only regular files are read: a directory, device, pipe or socket is refused before opening
//   (a pipe or /dev/zero would block or never end).
// - The size is capped (32 MiB by default; the real file is a few KiB). A file that grows while
//   being read is cut off at the cap + 1 byte and refused as too large.
// - Encoding: UTF-16 and UTF-32 (recognised by their BOM, or by the zero bytes of UTF-16 text
//   without BOM) and files containing zero bytes are refused with NotUtf8. Other invalid UTF-8
//   (for example a file saved as ANSI / Windows-1252) is NOT refused here: the JSON parser
//   reports it as InvalidUtf8 with line and column, which helps more.
// - A UTF-8 BOM is kept in the bytes (ConfigDocument detects and preserves it).

#include "models/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace ucmc {

enum class FileReadProblem {
    NotFound,
    IsDirectory,
    NotRegularFile,
    PermissionDenied,
    ReadFailed,
    Empty,
    TooLarge,
    NotUtf8,
};

struct ConfigFileContents
{
    QString path;           // absolute, as given but cleaned
    QByteArray bytes;       // exactly the file's bytes
    QDateTime lastModified; // of the file when it was opened
};

class ConfigFileReader
{
    Q_DECLARE_TR_FUNCTIONS(ucmc::ConfigFileReader)

public:
    static constexpr qint64 DefaultMaxSize = 32 * 1024 * 1024;

    static Result<ConfigFileContents, FileReadProblem> read(const QString &path, qint64 maxSize = DefaultMaxSize);

    // "UTF-16 LE", "UTF-16 BE", "UTF-32 LE", "UTF-32 BE", or an empty string when the bytes do
    // not look like one of them.
    static QString detectWideEncoding(QByteArrayView bytes);
};

} // namespace ucmc
