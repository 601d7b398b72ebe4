#include "core/configfilewatcher.h"

#include "models/configwriter.h"

#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHash>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace ucmc {

namespace {
// One QFileSystemWatcher for all ConfigFileWatchers of a thread, each path counted by its users.
// Each QFileSystemWatcher is an inotify instance on Linux, of which a user gets 128; beyond them Qt
// falls back to polling (a stat of every path every second, on the GUI thread). A fleet of 200
// watched sites got there; one shared watcher keeps every site on inotify (or on Windows, on one
// set of change-notification threads).
struct SharedWatch
{
    QFileSystemWatcher watcher;
    QHash<QString, int> users;
    int watchers = 0; // ConfigFileWatchers of the thread

    void add(const QString &path)
    {
        ++users[path];
        rearm(path);
    }
    void remove(const QString &path)
    {
        const auto it = users.find(path);
        if (it == users.end() || --*it > 0)
            return;
        users.erase(it);
        if (isWatched(path))
            watcher.removePath(path);
    }
    // A file replaced by rename is a new file: QFileSystemWatcher drops the old one.
    void rearm(const QString &path)
    {
        if (users.contains(path) && !isWatched(path) && QFileInfo::exists(path))
            watcher.addPath(path);
    }
    bool isWatched(const QString &path) const
    {
        return watcher.files().contains(path) || watcher.directories().contains(path);
    }
};
thread_local SharedWatch *t_shared = nullptr;
} // namespace

ConfigFileWatcher::ConfigFileWatcher(QObject *parent)
    : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ConfigFileWatcher::check);
    if (!t_shared)
        t_shared = new SharedWatch;
    ++t_shared->watchers;
    connect(&t_shared->watcher, &QFileSystemWatcher::fileChanged, this, &ConfigFileWatcher::onChanged);
    connect(&t_shared->watcher, &QFileSystemWatcher::directoryChanged, this, &ConfigFileWatcher::onChanged);
}

ConfigFileWatcher::~ConfigFileWatcher()
{
    unwatchAll();
    if (--t_shared->watchers == 0) {
        delete t_shared;
        t_shared = nullptr;
    }
}

void ConfigFileWatcher::unwatchAll()
{
    for (const QString &path : std::as_const(m_watched))
        t_shared->remove(path);
    m_watched.clear();
}

void ConfigFileWatcher::watch(const QString &path, const QByteArray &knownHash)
{
    ++m_generation;
    m_debounce.stop();
    unwatchAll();
    m_path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    m_knownHash = knownHash;
    if (!m_path.isEmpty()) {
        // The folder sees a replacement by rename; the file itself, changes written in place.
        m_watched = {QFileInfo(m_path).absolutePath(), m_path};
        for (const QString &watched : std::as_const(m_watched))
            t_shared->add(watched);
    }
}

void ConfigFileWatcher::setKnownHash(const QByteArray &hash)
{
    ++m_generation;
    m_knownHash = hash;
}

void ConfigFileWatcher::pause()
{
    ++m_paused;
    m_debounce.stop();
}

void ConfigFileWatcher::resume()
{
    if (m_paused == 0 || --m_paused > 0)
        return;
    rearm();
    m_debounce.start(); // whatever happened meanwhile is compared once
}

void ConfigFileWatcher::rearm()
{
    if (!m_path.isEmpty())
        t_shared->rearm(m_path);
}

void ConfigFileWatcher::onChanged(const QString &path)
{
    if (m_path.isEmpty() || !m_watched.contains(path))
        return; // another site's file or folder
    rearm();
    if (m_paused == 0)
        m_debounce.start();
}

void ConfigFileWatcher::check()
{
    if (m_path.isEmpty() || m_paused > 0)
        return;
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<QByteArray>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        rearm();
        const QByteArray hash = watcher->result();
        if (generation != m_generation || m_paused > 0 || hash == m_knownHash)
            return; // our own write, or the known bytes changed while reading
        emit changedOnDisk(hash);
    });
    watcher->setFuture(QtConcurrent::run([path = m_path] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? ConfigWriter::hashOf(file.readAll()) : QByteArray();
    }));
}

void ConfigFileWatcher::followSettings(const QString &location, QObject *owner,
                                       const std::function<void()> &changed)
{
    if (!QFileInfo(location).isFile()) {
        auto *poll = new QTimer(owner);
        connect(poll, &QTimer::timeout, owner, changed);
        poll->start(kSettingsPollMs);
        return;
    }
    auto *file = new ConfigFileWatcher(owner);
    connect(file, &ConfigFileWatcher::changedOnDisk, owner, [file, changed](const QByteArray &hash) {
        file->setKnownHash(hash); // the next change is reported from here
        changed();
    });
    file->watch(location, {});
}

} // namespace ucmc
