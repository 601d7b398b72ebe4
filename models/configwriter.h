#pragma once

// Saves eucwebconfig.json so that it is never broken or lost (Qt Core only; the UI shows the
// messages and offers Reload / Diff / Overwrite / Save As on the distinct problems).
//
// Order of work, each step stopping everything after it on failure:
//   1. refuse a document with lint errors (ConfigLint), nothing is touched;
//   2. the folder must exist (missing folder vs. a folder or share that went away);
//   3. the file on disk must still be what was loaded (SHA-256 of its bytes), unless the user
//      chose to overwrite; a file that was deleted counts as changed;
//   4. the file must be writable: read-only flag, read-only drive/share, permission;
//   5. a timestamped backup of the bytes on disk goes next to the file (BackupFiles), written
//      atomically itself; when the newest backup already holds exactly these bytes (a save that
//      was killed between its backup and its replace), that one is kept and no copy is made;
//   6. the new bytes replace the file atomically (QSaveFile: a temporary file in the same
//      folder, renamed over the original), with the original's permissions and, when running
//      with the rights to, its owner and group;
//   7. backups beyond the newest `keepBackups` of that naming pattern are deleted.
// Before step 5, QSaveFile temporaries of the file that a killed save left behind (older than a
// minute, so a concurrent writer keeps its own) are deleted (BackupFiles::removeStaleTemporaries).
// A symbolic link is followed to the real file: that file is replaced (the link stays a link), the
// backups go next to it, and steps 2 and 4 and the messages are about its folder.
// On any failure the original file is unchanged and a backup made in step 5 is removed again.
// The hash check and the rename are not one atomic step: a program writing the file in the
// same instant can still lose its change (no portable way to lock a file on a share).
//
// Steps 5 and 6, and restore() (the apply transaction's rollback), go through writeAtomically():
// the console's one atomic write. Everything here blocks on the disk: callers on the GUI thread
// run it in a worker (QtConcurrent::run; ui/saveflow.cpp and core/applytransaction.cpp do). Every
// function here is safe to call from any thread (no shared state).

#include "models/configdocument.h"
#include "models/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

class QFileDevice;

namespace ucmc {

enum class SaveProblem {
    DocumentHasErrors, // the new text has errors; nothing was written
    ChangedOnDisk,     // changed, replaced or deleted since it was loaded: reload, diff or overwrite
    ReadOnlyFile,      // the file is marked read-only
    ReadOnlyLocation,  // the drive or share is read-only
    MissingFolder,     // the folder for a new file does not exist
    FolderGone,        // the folder of the loaded file is gone (share disconnected, folder removed)
    PermissionDenied,  // no right to read the file or to create files in its folder
    DiskFull,          // no space left for the backup or the new file
    WriteFailed,       // any other failure while writing or renaming; a folder where the file should be
};

// Tests and benchmarks only (empty in the product): called on the writing thread right before each
// atomic write (a save makes two: the backup, then the file), with the path about to be written. It
// may sleep (slow storage) or record the thread.
using ConfigWriteHook = std::function<void(const QString &path)>;

struct SaveRequest
{
    QString path;
    // ConfigWriter::hashOf(the bytes as loaded). Empty: no check, for Save As to a new place.
    QByteArray loadedHash;
    ConfigDocument document;       // what to write
    bool overwriteChanges = false; // the user chose "Overwrite" after ChangedOnDisk
    int keepBackups = 10;
    QDateTime now;               // names the backup; invalid: the current local time
    ConfigWriteHook beforeWrite; // tests and benchmarks only
};

struct SaveReport
{
    QString path;                   // absolute, as requested (a symbolic link stays the link's path)
    QString backupPath;             // empty when there was no file to back up; may be an existing
                                    // backup that already held exactly the bytes on disk
    QStringList removedBackups;     // old backups deleted in step 7
    QStringList removedTemporaries; // stale temporary files a killed save had left behind
    QByteArray savedHash;           // hashOf(the bytes now on disk): the next save's loadedHash
    bool unchanged = false;         // the file already held exactly these bytes: nothing was written
};

enum class RestoreProblem {
    ChangedOnDisk,   // the file is neither the expected one nor the bytes to restore: not overwritten
    WriteFailed,     // writeAtomically failed; the file is as it was (the message says why)
    ReadBackDiffers, // written, but the file does not read back as the bytes
};

struct RestoreReport
{
    bool written = false; // false: the file already held exactly these bytes
};

class ConfigWriter
{
    Q_DECLARE_TR_FUNCTIONS(ucmc::ConfigWriter)

public:
    static QByteArray hashOf(QByteArrayView bytes); // SHA-256
    static Result<SaveReport, SaveProblem> save(const SaveRequest &request);

    // The console's one atomic write: bytes replace path through a temporary file in the same
    // folder that is renamed over it (QSaveFile), so path holds either the old or the new bytes,
    // never a mix. A symbolic link is followed: its target is replaced. A file already at path keeps its
    // permissions and, when running with the rights to, its owner and group. A failure comes back classified
    // (DiskFull, ReadOnlyLocation, PermissionDenied, FolderGone, WriteFailed) with a message naming path;
    // path is then unchanged.
    static std::optional<Error<SaveProblem>> writeAtomically(const QString &path, QByteArrayView bytes,
                                                             const ConfigWriteHook &beforeWrite = {});

    // Puts bytes (a backup's content) back at path, for a rollback: if path already holds them,
    // nothing is written; if path is readable and its hash is neither expectedHash (what was saved
    // over it; empty: not checked) nor that of bytes, another program changed it and it is not
    // overwritten (ChangedOnDisk). Otherwise writeAtomically(), then the file is read back and must
    // equal bytes (ReadBackDiffers).
    static Result<RestoreReport, RestoreProblem> restore(const QString &path, const QByteArray &bytes,
                                                         const QByteArray &expectedHash,
                                                         const ConfigWriteHook &beforeWrite = {});

    // Writes all of bytes to an open device (and flushes a file); a failure comes back
    // classified (DiskFull or WriteFailed) with a message naming shownPath.
    static std::optional<Error<SaveProblem>> writeAll(QFileDevice &device, QByteArrayView bytes,
                                                      const QString &shownPath);
};

} // namespace ucmc
