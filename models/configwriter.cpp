#include "models/configwriter.h"

#include "models/backupfiles.h"
#include "models/configlint.h"
#include "models/platform.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStorageInfo>
#include <cerrno>

Q_LOGGING_CATEGORY(lcConfig, "ucmc.config", QtInfoMsg)

namespace ucmc {

namespace {

using SaveError = Error<SaveProblem>;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

using platform::FileOwner;
using platform::writeAccessError;

// The read-only mark: no write bit in the file's mode (Qt maps the Windows attribute to it). The
// "User" bits are left out on purpose: they say what the current user may do, and root may.
bool isMarkedReadOnly(QFileDevice::Permissions permissions)
{
    return !(permissions & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther));
}

QString messageFor(SaveProblem problem, const QString &path, const QString &detail)
{
    const QString file = shown(path);
    const QString folder = shown(QFileInfo(path).absolutePath());
    switch (problem) {
    case SaveProblem::ReadOnlyFile:
        return ConfigWriter::tr("%1 is marked read-only. Remove the read-only mark in the file's properties, "
                                "or save to another place. The file was not changed.")
            .arg(file);
    case SaveProblem::ReadOnlyLocation:
        return ConfigWriter::tr("%1 is on a drive or share that can only be read. Save to another place. The "
                                "file was not changed.")
            .arg(file);
    case SaveProblem::PermissionDenied:
        return ConfigWriter::tr("You do not have permission to change %1; saving needs the right to create "
                                "files in the folder %2. Run the console as an administrator, or save to "
                                "another place. The file was not changed.")
            .arg(file, folder);
    case SaveProblem::MissingFolder:
        return ConfigWriter::tr("The folder %1 does not exist. Choose an existing folder.").arg(folder);
    case SaveProblem::FolderGone:
        return ConfigWriter::tr(
                   "The folder %1 can no longer be reached. Is the network share disconnected, or was the "
                   "folder removed? Your changes are kept; save them to another place.")
            .arg(folder);
    case SaveProblem::DiskFull:
        return ConfigWriter::tr("There is not enough free space on the drive to write %1. Free some space, "
                                "or save to another place. The file was not changed.")
            .arg(file);
    case SaveProblem::WriteFailed:
        return ConfigWriter::tr("%1 could not be written (%2). The file was not changed.").arg(file, detail);
    case SaveProblem::DocumentHasErrors:
    case SaveProblem::ChangedOnDisk:
        break;
    }
    return detail;
}

// The file a path stands for: a symbolic link is followed (links to links too, as QSaveFile does)
// to the real file, which is what gets replaced, so the link stays a link; the backups go next
// to the real file and the folder checks and messages are about its folder. A dangling link
// gives its target (a new file there); a loop gives the path itself.
QString resolvedPath(const QString &path)
{
    QFileInfo info(path);
    for (int depth = 0; info.isSymLink(); ++depth) {
        if (depth == 128)
            return QFileInfo(path).absoluteFilePath();
        info.setFile(info.symLinkTarget());
    }
    return info.absoluteFilePath();
}

SaveError failure(SaveProblem problem, const QString &path, const QString &detail = QString())
{
    return SaveError{problem, messageFor(problem, path, detail)};
}

// A folder where the file should be (replaced by one after loading, or chosen in Save As): no
// write can replace it, and "permission to read" would mislead.
SaveError folderInTheWay(const QString &path, bool wasLoaded)
{
    const QString message =
        wasLoaded
            ? ConfigWriter::tr("%1 is now a folder, not a file, so it was not overwritten. Your changes "
                               "are kept; save them to another place, or move the folder away and save "
                               "again.")
            : ConfigWriter::tr("%1 is a folder, not a file. Save to another place.");
    return SaveError{SaveProblem::WriteFailed, message.arg(shown(path))};
}

// Why writing failed, from the system's error number and what the folder looks like now.
SaveError classifyWriteFailure(int errorNumber, QFileDevice::FileError fileError, const QString &errorString,
                               const QString &path, qint64 needed)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (errorNumber == ENOSPC || errorNumber == EDQUOT || fileError == QFileDevice::ResourceError)
        return failure(SaveProblem::DiskFull, path);
    if (errorNumber == EROFS)
        return failure(SaveProblem::ReadOnlyLocation, path);
    if (errorNumber == EACCES || errorNumber == EPERM)
        return failure(SaveProblem::PermissionDenied, path);
    if (!QFileInfo(folder).isDir())
        return failure(SaveProblem::FolderGone, path);
    const QStorageInfo storage(folder);
    if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < needed + 4096)
        return failure(SaveProblem::DiskFull, path);
    return failure(SaveProblem::WriteFailed, path, errorString);
}

// Writes bytes to path through a temporary file renamed over it, with the given permissions and
// owner (those of the file it replaces, or of the file it backs up).
std::optional<SaveError> writeAtomicallyAs(const QString &path, QByteArrayView bytes,
                                           std::optional<QFileDevice::Permissions> permissions,
                                           std::optional<FileOwner> owner, const ConfigWriteHook &beforeWrite)
{
    if (QFileInfo(path).isDir())
        return folderInTheWay(path, true);
    if (beforeWrite)
        beforeWrite(path);
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly)) {
        const int errorNumber = errno;
        return classifyWriteFailure(errorNumber, file.error(), file.errorString(), path, bytes.size());
    }
    if (permissions)
        file.setPermissions(*permissions);
    // Root editing another user's file: the new file keeps that user as owner. Best effort.
    if (owner && !platform::restoreOwner(file.handle(), *owner))
        qCWarning(lcConfig, "could not give %s back to its owner %u", qPrintable(path), owner->user);
    if (auto error = ConfigWriter::writeAll(file, bytes, path)) {
        file.cancelWriting();
        return error;
    }
    errno = 0;
    if (!file.commit()) {
        const int errorNumber = errno;
        return classifyWriteFailure(errorNumber, file.error(), file.errorString(), path, bytes.size());
    }
    // The rename is done; flush the folder so that a crash now does not undo it. The new bytes are
    // in place either way, so a folder that cannot be flushed is only logged.
    if (!platform::syncFolder(QFileInfo(path).absolutePath()))
        qCWarning(lcConfig, "could not flush the folder of %s to the disk", qPrintable(path));
    return std::nullopt;
}

} // namespace

QByteArray ConfigWriter::hashOf(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

std::optional<Error<SaveProblem>> ConfigWriter::writeAtomically(const QString &path, QByteArrayView bytes,
                                                                const ConfigWriteHook &beforeWrite)
{
    const QFileInfo info(resolvedPath(path));
    std::optional<QFileDevice::Permissions> permissions;
    std::optional<FileOwner> owner;
    if (info.exists()) {
        permissions = info.permissions();
        owner = FileOwner{info.ownerId(), info.groupId()};
    }
    return writeAtomicallyAs(info.absoluteFilePath(), bytes, permissions, owner, beforeWrite);
}

Result<RestoreReport, RestoreProblem> ConfigWriter::restore(const QString &path, const QByteArray &bytes,
                                                            const QByteArray &expectedHash,
                                                            const ConfigWriteHook &beforeWrite)
{
    using RestoreError = Error<RestoreProblem>;
    QFile current(path);
    if (current.open(QIODevice::ReadOnly)) {
        const QByteArray onDisk = current.readAll();
        current.close();
        if (onDisk == bytes)
            return RestoreReport{false};
        if (!expectedHash.isEmpty() && hashOf(onDisk) != expectedHash)
            return RestoreError{
                RestoreProblem::ChangedOnDisk,
                tr("%1 was changed by another program, so it was not overwritten.").arg(shown(path))};
    }
    if (auto error = writeAtomically(path, bytes, beforeWrite))
        return RestoreError{RestoreProblem::WriteFailed, error->message};
    QFile check(path);
    if (!check.open(QIODevice::ReadOnly) || check.readAll() != bytes)
        return RestoreError{RestoreProblem::ReadBackDiffers,
                            tr("%1 does not read back as the bytes written to it.").arg(shown(path))};
    return RestoreReport{true};
}

std::optional<Error<SaveProblem>> ConfigWriter::writeAll(QFileDevice &device, QByteArrayView bytes,
                                                         const QString &shownPath)
{
    qsizetype written = 0;
    while (written < bytes.size()) {
        errno = 0;
        const qint64 n = device.write(bytes.data() + written, bytes.size() - written);
        if (n <= 0) {
            const int errorNumber = errno;
            return classifyWriteFailure(errorNumber, device.error(), device.errorString(), shownPath,
                                        bytes.size());
        }
        written += qsizetype(n);
    }
    errno = 0;
    if (!device.flush()) {
        const int errorNumber = errno;
        return classifyWriteFailure(errorNumber, device.error(), device.errorString(), shownPath,
                                    bytes.size());
    }
    return std::nullopt;
}

Result<SaveReport, SaveProblem> ConfigWriter::save(const SaveRequest &request)
{
    // A symbolic link: everything below is about the real file and its folder.
    const QString path = resolvedPath(request.path);
    const QString folder = QFileInfo(path).absolutePath();
    const QByteArray &bytes = request.document.bytes();

    // 1. Never save errors.
    const std::vector<DocumentProblem> problems = ConfigLint::check(request.document);
    const auto firstError = std::find_if(problems.begin(), problems.end(), [](const DocumentProblem &p) {
        return p.severity == Severity::Error;
    });
    if (firstError != problems.end()) {
        const auto count = std::count_if(problems.begin(), problems.end(), [](const DocumentProblem &p) {
            return p.severity == Severity::Error;
        });
        return SaveError{SaveProblem::DocumentHasErrors,
                         tr("The file was not saved because it has errors (%1 in all). The first one, at "
                            "line %2, column %3: %4")
                             .arg(QString::number(count), QString::number(firstError->position.line),
                                  QString::number(firstError->position.column), firstError->message)};
    }

    // 2. The folder.
    if (!QFileInfo(folder).isDir())
        return failure(request.loadedHash.isEmpty() ? SaveProblem::MissingFolder : SaveProblem::FolderGone,
                       path);

    // 3. Is the file on disk still the one that was loaded?
    const bool exists = QFileInfo::exists(path);
    QByteArray onDisk;
    if (exists && QFileInfo(path).isDir())
        return folderInTheWay(path, !request.loadedHash.isEmpty());
    if (exists) {
        QFile current(path);
        if (!current.open(QIODevice::ReadOnly)) {
            if (!QFileInfo(folder).isDir())
                return failure(SaveProblem::FolderGone, path);
            return SaveError{SaveProblem::PermissionDenied,
                             tr("You do not have permission to read %1, so the console cannot check whether "
                                "another program changed it. The file was not changed.")
                                 .arg(shown(path))};
        }
        onDisk = current.readAll();
    }
    if (!request.loadedHash.isEmpty() && !request.overwriteChanges) {
        if (!exists)
            return SaveError{SaveProblem::ChangedOnDisk,
                             tr("%1 was deleted or renamed after it was loaded. Save again to write it anew, "
                                "or save to another place.")
                                 .arg(shown(path))};
        if (hashOf(onDisk) != request.loadedHash)
            return SaveError{SaveProblem::ChangedOnDisk,
                             tr("%1 was changed by another program after it was loaded. Reload it, compare "
                                "it with your version, or overwrite it.")
                                 .arg(shown(path))};
    }
    SaveReport report;
    report.path = QFileInfo(request.path).absoluteFilePath(); // the link itself when it is one
    report.savedHash = hashOf(bytes);
    if (exists && onDisk == bytes) {
        report.unchanged = true;
        return report;
    }

    // 4. May we replace it?
    std::optional<QFileDevice::Permissions> permissions;
    std::optional<FileOwner> owner;
    if (exists) {
        const QFileInfo file(path);
        permissions = file.permissions();
        owner = FileOwner{file.ownerId(), file.groupId()};
        if (isMarkedReadOnly(*permissions))
            return failure(SaveProblem::ReadOnlyFile, path);
        if (const int error = writeAccessError(path))
            return failure(error == EROFS ? SaveProblem::ReadOnlyLocation : SaveProblem::PermissionDenied,
                           path);
    }
    if (const int error = writeAccessError(folder)) {
        if (error == ENOENT || error == ENOTDIR)
            return failure(SaveProblem::FolderGone, path);
        return failure(error == EROFS ? SaveProblem::ReadOnlyLocation : SaveProblem::PermissionDenied, path);
    }

    // Leftovers of a save that was killed just before its rename.
    report.removedTemporaries = BackupFiles::removeStaleTemporaries(path);

    // 5. Backup of what is on disk now, unless the newest backup already holds exactly these bytes
    // (a save killed between its backup and its replace): an identical copy would only push an
    // older, distinct version out.
    bool madeBackup = false;
    if (exists) {
        const QStringList backups = BackupFiles::existing(path);
        if (!backups.isEmpty() && QFileInfo(backups.last()).size() == onDisk.size()) {
            QFile newest(backups.last());
            if (newest.open(QIODevice::ReadOnly) && newest.readAll() == onDisk)
                report.backupPath = backups.last();
        }
    }
    if (exists && report.backupPath.isEmpty()) {
        const QDateTime now = request.now.isValid() ? request.now : QDateTime::currentDateTime();
        report.backupPath = BackupFiles::nextPath(path, now);
        madeBackup = true;
        if (auto error =
                writeAtomicallyAs(report.backupPath, onDisk, permissions, owner, request.beforeWrite)) {
            QFile::remove(report.backupPath);
            error->message = tr("Before saving, the console writes a backup copy, and that failed: %1")
                                 .arg(error->message);
            return *error;
        }
    }

    // 6. The new bytes.
    if (auto error = writeAtomicallyAs(path, bytes, permissions, owner, request.beforeWrite)) {
        if (madeBackup)
            QFile::remove(report.backupPath);
        return *error;
    }

    // 7. Old backups.
    if (exists)
        report.removedBackups = BackupFiles::prune(path, request.keepBackups, report.backupPath);
    return report;
}

} // namespace ucmc
