#pragma once

// Searches files for a secret in the encodings a program could write it in (UTF-8, UTF-16 in both
// byte orders, Base64 and hex of the UTF-8 bytes). For the tests that prove a password never
// reaches a settings file, a log, the event log or anything else under the test's HOME.

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QString>
#include <QStringList>

namespace secretsearch {

struct Hit
{
    QString file;
    QString encoding;
};

inline QList<QPair<QString, QByteArray>> encodings(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    QByteArray utf16le, utf16be;
    for (QChar c : secret) {
        utf16le += char(c.unicode() & 0xff);
        utf16le += char(c.unicode() >> 8);
        utf16be += char(c.unicode() >> 8);
        utf16be += char(c.unicode() & 0xff);
    }
    return {{QStringLiteral("utf-8"), utf8},
            {QStringLiteral("utf-16le"), utf16le},
            {QStringLiteral("utf-16be"), utf16be},
            {QStringLiteral("base64"), utf8.toBase64()},
            {QStringLiteral("hex"), utf8.toHex()}};
}

// Every regular file under the roots (recursively, hidden ones too, symlinks not followed) and the
// single files given; returns where the secret was found. *filesSearched counts the files read.
inline QList<Hit> find(const QStringList &paths, const QString &secret, int *filesSearched = nullptr)
{
    QList<Hit> hits;
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isFile()) {
            files << info.absoluteFilePath();
            continue;
        }
        if (!info.isDir())
            continue;
        QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.removeDuplicates();
    const auto patterns = encodings(secret);
    int searched = 0;
    for (const QString &file : std::as_const(files)) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.read(64 * 1024 * 1024);
        ++searched;
        for (const auto &[name, pattern] : patterns)
            if (bytes.contains(pattern))
                hits << Hit{file, name};
    }
    if (filesSearched)
        *filesSearched = searched;
    return hits;
}

inline QString describe(const QList<Hit> &hits)
{
    QStringList parts;
    for (const Hit &h : hits)
        parts << h.file + QLatin1String(" (") + h.encoding + QLatin1Char(')');
    return parts.join(QLatin1String(", "));
}

} // namespace secretsearch
