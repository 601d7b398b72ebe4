#pragma once

// The one place for what Qt does not abstract: file-system rights and ownership, and the signals a
// terminal sends to a console program. Every function has a Unix and a Windows branch behind Q_OS_*;
// nothing else in the product includes a system header.

#include <QString>
#include <QtGlobal>
#include <functional>
#include <optional>

namespace ucmc::platform {

// 0 when the current user may write path (a file or a folder), else an errno value that says why
// (EACCES, EROFS, ENOENT, ENOTDIR). Qt only; it stands here beside the other file-system question.
int writeAccessError(const QString &path);

// Owner and group ids of a file (Unix); on Windows there is nothing to hand back.
struct FileOwner
{
    uint user = 0;
    uint group = 0;
};

// Root editing another user's file: the new file (open, by its handle) gets that owner back. Returns
// false when it could not; true when there was nothing to do (not root, or Windows).
bool restoreOwner(int fileHandle, const FileOwner &owner);

// Makes a rename inside folder durable: after QSaveFile renamed the new file over the old one, the
// folder's entry is only in memory until the folder itself is flushed, and a crash or power loss
// could bring back the old file (or none). Unix: fsync on the folder opened read-only. Returns false
// when the folder cannot be opened or flushed; true on Windows, which has nothing to flush.
bool syncFolder(const QString &folder);

// A subcommand that draws (export-topology) but shows nothing needs a GUI platform: on X11 and
// Wayland systems without a display it must be Qt's "offscreen" one. True there, when
// QT_QPA_PLATFORM is not set; false on Windows and macOS, whose platform needs no display.
bool needsOffscreenPlatform();

// A password typed on the terminal, not shown while typed (the prompt goes to stderr). nullopt when
// stdin is not a terminal (a script, a pipe: passwords are never read from there) or it ended.
std::optional<QString> readSecretFromTerminal(const QString &prompt);

// Calls onTerminate once, in the GUI/main thread, when the terminal asks the program to end (Ctrl+C,
// SIGTERM; on Windows Ctrl+C, Ctrl+Break and closing the console). Ends with the returned object.
class TerminationWatch
{
public:
    explicit TerminationWatch(std::function<void()> onTerminate);
    ~TerminationWatch();
    TerminationWatch(const TerminationWatch &) = delete;
    TerminationWatch &operator=(const TerminationWatch &) = delete;

private:
    struct Private;
    Private *d = nullptr;
};

} // namespace ucmc::platform
