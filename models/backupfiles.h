#pragma once

// The timestamped backups the console writes next to a configuration file before it replaces
// it: "eucwebconfig.json.2026-11-26T071500.bak" (local time), with "-2", "-3", … when several
// are made within one second. Only files of exactly this pattern are ever deleted, so other
// copies an administrator made (eucwebconfig.json.bak, eucwebconfig.old.json) are safe.

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace ucmc {

class BackupFiles
{
public:
    // The first free backup path for file at time.
    static QString nextPath(const QString &filePath, const QDateTime &time);
    // Whether fileName is a backup of configFileName (both without folder).
    static bool isBackupOf(const QString &fileName, const QString &configFileName);
    // The existing backups of file, oldest first (by the time in their names).
    static QStringList existing(const QString &filePath);
    // Deletes the oldest backups so that at most keep remain, never `protect`; returns the
    // deleted paths.
    static QStringList prune(const QString &filePath, int keep, const QString &protect);

    // QSaveFile's temporary files for file: "eucwebconfig.json.AbCdEf" (the name, a dot, six random
    // letters). A save killed just before its final rename leaves one behind, full size. Only names
    // with both upper- and lower-case letters count, so a hand-made "eucwebconfig.json.backup" is
    // never taken for one (a leftover has all six letters in one case once in 32 times; it stays).
    static bool isTemporaryOf(const QString &fileName, const QString &configFileName);
    // Deletes the temporary files of file (regular files only) last modified more than
    // minimumAgeSeconds ago, so that a save running at the same time keeps its own; returns the
    // deleted paths.
    static QStringList removeStaleTemporaries(const QString &filePath, int minimumAgeSeconds = 60);
};

} // namespace ucmc
