#include "core/configfilewatcher.h"

#include "models/configwriter.h"

#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace ucmc {

ConfigFileWatcher::ConfigFileWatcher(QObject *parent)
    : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ConfigFileWatcher::check);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &ConfigFileWatcher::onChanged);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &ConfigFileWatcher::onChanged);
}

void ConfigFileWatcher::watch(const QString &path, const QByteArray &knownHash)
{
    ++m_generation;
    m_debounce.stop();
    const QStringList watched = m_watcher.files() + m_watcher.directories();
    if (!watched.isEmpty())
        m_watcher.removePaths(watched);
    m_path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    m_knownHash = knownHash;
    if (!m_path.isEmpty())
        m_watcher.addPath(QFileInfo(m_path).absolutePath());
    rearm();
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
    // A file replaced by rename is a new file: QFileSystemWatcher drops the old one.
    if (!m_path.isEmpty() && !m_watcher.files().contains(m_path) && QFileInfo::exists(m_path))
        m_watcher.addPath(m_path);
}

void ConfigFileWatcher::onChanged()
{
    if (m_path.isEmpty())
        return;
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

} // namespace ucmc
