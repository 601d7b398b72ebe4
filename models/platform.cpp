#include "models/platform.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMetaObject>
#include <QObject>
#include <QSocketNotifier>
#include <QStorageInfo>
#include <cerrno>
#include <cstdio>
#include <string>
#include <memory>

#if defined(Q_OS_UNIX)
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <qt_windows.h>
#endif

namespace ucmc::platform {

int writeAccessError(const QString &path)
{
    // Qt's own checks, the same on every platform: QFileInfo asks the system for the current
    // user's rights (access() on Unix, the ACL on Windows), QStorageInfo for a read-only volume.
    const QFileInfo info(path);
    if (!info.exists())
        return info.dir().exists() ? ENOENT : ENOTDIR;
    if (info.isWritable())
        return 0;
    return QStorageInfo(path).isReadOnly() ? EROFS : EACCES;
}

bool restoreOwner(int fileHandle, const FileOwner &owner)
{
#if defined(Q_OS_UNIX)
    if (::geteuid() != 0 || fileHandle < 0)
        return true;
    return ::fchown(fileHandle, owner.user, owner.group) == 0;
#else
    Q_UNUSED(fileHandle);
    Q_UNUSED(owner);
    return true; // a new file on Windows inherits the folder's ACL
#endif
}

bool syncFolder(const QString &folder)
{
#if defined(Q_OS_UNIX)
    const QByteArray native = QFile::encodeName(folder);
    const int fd = ::open(native.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    int result = 0;
    do {
        result = ::fsync(fd);
    } while (result != 0 && errno == EINTR);
    // Some file systems (certain network shares) cannot flush a folder: the rename is as durable
    // as they make it, which is no failure of ours.
    const bool ok = result == 0 || errno == EINVAL || errno == ENOTSUP;
    ::close(fd);
    return ok;
#else
    // Windows has no folder flush: NTFS journals its metadata itself (a rename is either there
    // or not after a crash), and FlushFileBuffers on a folder handle needs backup rights and is not
    // documented to cover the entries. Nothing to do.
    Q_UNUSED(folder);
    return true;
#endif
}

std::optional<QString> readSecretFromTerminal(const QString &prompt)
{
#if defined(Q_OS_UNIX)
    if (!::isatty(STDIN_FILENO))
        return std::nullopt;
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios saved{};
    const bool haveTerminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.push_back(char(c));
    if (haveTerminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    const bool ended = c == EOF && line.empty();
    QString secret = QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    if (ended)
        return std::nullopt;
    return secret;
#elif defined(Q_OS_WIN)
    const HANDLE input = ::GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (input == INVALID_HANDLE_VALUE || !::GetConsoleMode(input, &mode))
        return std::nullopt; // not a console
    const std::wstring text = prompt.toStdWString();
    DWORD written = 0;
    ::WriteConsoleW(::GetStdHandle(STD_ERROR_HANDLE), text.c_str(), DWORD(text.size()), &written, nullptr);
    ::SetConsoleMode(input, (mode & ~DWORD(ENABLE_ECHO_INPUT)) | ENABLE_LINE_INPUT);
    wchar_t buffer[512];
    DWORD read = 0;
    const bool ok = ::ReadConsoleW(input, buffer, DWORD(std::size(buffer) - 1), &read, nullptr);
    ::SetConsoleMode(input, mode);
    ::WriteConsoleW(::GetStdHandle(STD_ERROR_HANDLE), L"\r\n", 2, &written, nullptr);
    if (!ok)
        return std::nullopt;
    QString secret = QString::fromWCharArray(buffer, int(read));
    ::SecureZeroMemory(buffer, sizeof buffer);
    while (secret.endsWith(QLatin1Char('\n')) || secret.endsWith(QLatin1Char('\r')))
        secret.chop(1);
    return secret;
#else
    Q_UNUSED(prompt);
    return std::nullopt;
#endif
}

struct TerminationWatch::Private
{
    std::function<void()> onTerminate;
#if defined(Q_OS_UNIX)
    // The only safe thing in a signal handler is a write: one byte into a socket pair whose other
    // end a QSocketNotifier watches in the main thread.
    static inline int fds[2] = {-1, -1};
    std::unique_ptr<QSocketNotifier> notifier;

    static void onSignal(int)
    {
        const char byte = 1;
        [[maybe_unused]] const auto written = ::write(fds[0], &byte, 1);
    }
#elif defined(Q_OS_WIN)
    static inline Private *current = nullptr;

    // Runs in a thread of its own that Windows starts; the work is queued to the main thread.
    static BOOL WINAPI onConsoleEvent(DWORD type)
    {
        if (type != CTRL_C_EVENT && type != CTRL_BREAK_EVENT && type != CTRL_CLOSE_EVENT)
            return FALSE;
        if (Private *p = current) {
            QMetaObject::invokeMethod(
                QCoreApplication::instance(), [p] { p->onTerminate(); }, Qt::QueuedConnection);
        }
        return TRUE;
    }
#endif
};

TerminationWatch::TerminationWatch(std::function<void()> onTerminate)
    : d(new Private)
{
    d->onTerminate = std::move(onTerminate);
#if defined(Q_OS_UNIX)
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, Private::fds) != 0)
        return;
    d->notifier = std::make_unique<QSocketNotifier>(Private::fds[1], QSocketNotifier::Read);
    Private *p = d;
    QObject::connect(d->notifier.get(), &QSocketNotifier::activated, d->notifier.get(), [p] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(Private::fds[1], &byte, 1);
        p->onTerminate();
    });
    struct sigaction action = {};
    action.sa_handler = Private::onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
#elif defined(Q_OS_WIN)
    Private::current = d;
    ::SetConsoleCtrlHandler(Private::onConsoleEvent, TRUE);
#endif
}

TerminationWatch::~TerminationWatch()
{
#if defined(Q_OS_UNIX)
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    d->notifier.reset();
    for (int &fd : Private::fds) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
#elif defined(Q_OS_WIN)
    ::SetConsoleCtrlHandler(Private::onConsoleEvent, FALSE);
    Private::current = nullptr;
#endif
    delete d;
}

bool needsOffscreenPlatform()
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return false;
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return false;
#endif
}

} // namespace ucmc::platform
