#pragma once

#include "models/servertablemodel.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ucmc {

class ConfigDocument;

// A message about the file for the user: where (1-based line and column, 0 when not about a
// place) and what, translated.
struct FileMessage
{
    int line = 0;
    int column = 0;
    QString text;

    // "Line 5, column 7: …" or just the text.
    QString withPosition() const;
    bool operator==(const FileMessage &) const = default;
};

// What the window shows of one eucwebconfig.json at one moment: read from disk, parsed, and
// turned into table rows. Built off the GUI thread (reading a share can take long).
struct ConfigSnapshot
{
    enum class Status {
        Ok,           // parsed; `problems` may still list entries that cannot be probed
        ReadFailed,   // missing, unreadable, empty, not UTF-8 ...: see `error`
        SyntaxError,  // not valid JSON: see `error` (with line and column)
        NoServerList, // valid JSON, but no usable kurentoservers list: see `error`
    };

    QString path;
    Status status = Status::ReadFailed;
    FileMessage error;            // for every status but Ok
    QList<FileMessage> problems;  // further findings, e.g. entries without a usable url
    QList<ServerRow> rows;

    static ConfigSnapshot load(const QString &path);
    static ConfigSnapshot fromBytes(const QString &path, const QByteArray &bytes);
    static ConfigSnapshot fromDocument(const QString &path, const ConfigDocument &document);
};

} // namespace ucmc
