#include "models/configfilereader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstring>

namespace ucmc {

QString ConfigFileReader::detectWideEncoding(QByteArrayView bytes)
{
    auto startsWith = [&](std::initializer_list<uchar> prefix) {
        if (bytes.size() < qsizetype(prefix.size()))
            return false;
        qsizetype i = 0;
        for (uchar b : prefix) {
            if (uchar(bytes[i++]) != b)
                return false;
        }
        return true;
    };
    if (startsWith({0xFF, 0xFE, 0x00, 0x00}))
        return QStringLiteral("UTF-32 LE");
    if (startsWith({0x00, 0x00, 0xFE, 0xFF}))
        return QStringLiteral("UTF-32 BE");
    if (startsWith({0xFF, 0xFE}))
        return QStringLiteral("UTF-16 LE");
    if (startsWith({0xFE, 0xFF}))
        return QStringLiteral("UTF-16 BE");
    // Without BOM: JSON starts with an ASCII character, which UTF-16 pairs with a zero byte.
    if (bytes.size() >= 4 && bytes[0] != 0 && bytes[1] == 0 && bytes[2] != 0 && bytes[3] == 0)
        return QStringLiteral("UTF-16 LE");
    if (bytes.size() >= 4 && bytes[0] == 0 && bytes[1] != 0 && bytes[2] == 0 && bytes[3] != 0)
        return QStringLiteral("UTF-16 BE");
    return {};
}

Result<ConfigFileContents, FileReadProblem> ConfigFileReader::read(const QString &path, qint64 maxSize)
{
    using E = Error<FileReadProblem>;
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists())
        return E{FileReadProblem::NotFound, tr("The file %1 does not exist.").arg(shown)};
    if (info.isDir())
        return E{FileReadProblem::IsDirectory, tr("%1 is a folder, not a file.").arg(shown)};
    if (!info.isFile())
        return E{FileReadProblem::NotRegularFile,
                 tr("%1 is not a regular file (it is a device, pipe or socket).").arg(shown)};
    if (info.size() > maxSize)
        return E{FileReadProblem::TooLarge,
                 tr("The file %1 is too large (%2 bytes). A configuration file of more than %3 bytes is "
                    "not read.")
                     .arg(shown, QString::number(info.size()), QString::number(maxSize))};

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        // QFile reports most open failures as OpenError; ask the file system what it was.
        const QFileInfo now(path);
        if (!now.exists())
            return E{FileReadProblem::NotFound, tr("The file %1 does not exist.").arg(shown)};
        if (file.error() == QFileDevice::PermissionsError || !now.isReadable())
            return E{FileReadProblem::PermissionDenied,
                     tr("You do not have permission to read %1. Ask for read access, or open a copy of "
                        "the file.")
                         .arg(shown)};
        return E{FileReadProblem::ReadFailed,
                 tr("The file %1 could not be opened: %2").arg(shown, file.errorString())};
    }
    const QDateTime lastModified = info.lastModified();

    // Read in chunks up to maxSize + 1 bytes: the size reported by the file system may be 0 or
    // out of date (special file systems, a file being written).
    QByteArray bytes;
    bytes.reserve(qsizetype(std::min<qint64>(info.size(), maxSize) + 1));
    constexpr qint64 chunk = 64 * 1024;
    for (;;) {
        const qint64 want = std::min<qint64>(chunk, maxSize + 1 - bytes.size());
        if (want <= 0)
            break;
        const qsizetype before = bytes.size();
        bytes.resize(before + qsizetype(want));
        const qint64 got = file.read(bytes.data() + before, want);
        if (got < 0) {
            return E{FileReadProblem::ReadFailed,
                     tr("The file %1 could not be read: %2").arg(shown, file.errorString())};
        }
        bytes.resize(before + qsizetype(got));
        if (got == 0)
            break;
    }
    if (bytes.size() > maxSize)
        return E{FileReadProblem::TooLarge,
                 tr("The file %1 is too large. A configuration file of more than %2 bytes is not read.")
                     .arg(shown, QString::number(maxSize))};
    if (bytes.isEmpty())
        return E{FileReadProblem::Empty, tr("The file %1 is empty.").arg(shown)};

    const QString wide = detectWideEncoding(bytes);
    if (!wide.isEmpty())
        return E{FileReadProblem::NotUtf8,
                 tr("The file %1 is saved as %2 text. JSON files must be UTF-8: open it in an editor and save "
                    "it with the encoding UTF-8.")
                     .arg(shown, wide)};
    if (std::memchr(bytes.constData(), 0, size_t(bytes.size())) != nullptr)
        return E{FileReadProblem::NotUtf8,
                 tr("The file %1 contains NUL bytes (0x00), so it is not UTF-8 text. Is it the right file?")
                     .arg(shown)};

    ConfigFileContents contents;
    contents.path = info.absoluteFilePath();
    contents.bytes = std::move(bytes);
    contents.lastModified = lastModified;
    return contents;
}

} // namespace ucmc
