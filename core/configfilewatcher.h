#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <functional>

namespace ucmc {

// Tells when the configuration file was changed by someone other than the console. It watches
// the file and its folder, so a replacement by rename (the console's own atomic save, most
// editors) does not lose the watch, and it compares what is on disk with what the console knows
// is there (knownHash): the console's own writes are never reported. The file is read on a worker
// thread, never on the caller's.
class ConfigFileWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ConfigFileWatcher(QObject *parent = nullptr);
    ~ConfigFileWatcher() override;

    // The file to watch (empty: none), and the hash of the bytes the console believes are on disk.
    void watch(const QString &path, const QByteArray &knownHash);
    QString path() const { return m_path; }
    // After the console wrote (or restored) the file itself.
    void setKnownHash(const QByteArray &hash);
    QByteArray knownHash() const { return m_knownHash; }
    // While the console writes the file (save, apply, rollback): changes are not reported; on
    // resume the file is checked once against the known hash.
    void pause();
    void resume();
    bool isPaused() const { return m_paused > 0; }

    static constexpr int kDebounceMs = 300;
    static constexpr int kSettingsPollMs = 10'000;

    // Calls changed (in owner's thread, until owner goes) whenever the console's settings at
    // location (QSettings::fileName()) were written, by this process or another (`sites watch`).
    // Where they are not a file (the registry, on Windows), every kSettingsPollMs instead.
    static void followSettings(const QString &location, QObject *owner, const std::function<void()> &changed);

signals:
    // The file on disk no longer holds the known bytes (hash of what is there now; empty when it
    // cannot be read or is gone).
    void changedOnDisk(const QByteArray &hashOnDisk);

private:
    void onChanged(const QString &path);
    void unwatchAll();
    void check();
    void rearm();

    QString m_path;
    QByteArray m_knownHash;
    QStringList m_watched; // paths this watcher holds in the thread's shared QFileSystemWatcher
    QTimer m_debounce;
    int m_paused = 0;
    quint64 m_generation = 0; // a check started before watch()/setKnownHash() is stale
};

} // namespace ucmc
