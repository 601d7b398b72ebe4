#include "models/backupfiles.h"
#include "models/configeditor.h"
#include "models/configwriter.h"
#include "models/platform.h"
#include "testsamples.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace ucmc;

Q_DECLARE_METATYPE(ucmc::SaveProblem)

// The child that drops privileges (root only; anyone else has none to drop) or mounts a private
// tmpfs (root, or anyone in a user namespace of their own) can be set up wherever the tests run:
// failing to is a failure, with the reason.
#define UCMC_REQUIRE_CHILD_SET_UP(code, why)                                                                 \
    do {                                                                                                     \
        if ((code) == kChildCannotSetUp)                                                                     \
            QFAIL(why);                                                                                      \
    } while (false)

namespace {

constexpr int kChildCannotSetUp = 100; // the environment does not allow the scenario
constexpr int kChildSaved = 101;       // the save unexpectedly worked
constexpr int kChildFileChanged = 102; // the original file was touched: the worst outcome
constexpr int kChildWrongStep = 103;   // failed, but not where the scenario meant it to

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("<unreadable>");
    return file.readAll();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

ConfigDocument addedServer(const QByteArray &bytes,
                           const QString &url = QStringLiteral("ws://10.21.3.13:8888/kurento"))
{
    return ConfigEditor::addServer(ConfigDocument::fromBytes(bytes), url).value().document;
}

// Owner, group and other bits (without Qt's "current user" bits).
QFileDevice::Permissions modeOf(const QString &path)
{
    const QFileDevice::Permissions all = QFile::permissions(path);
    return all & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}

#ifdef Q_OS_LINUX
// Runs work in a forked child and returns its exit code (work must not return into QTest).
int inChild(const std::function<int()> &work)
{
    const pid_t child = ::fork();
    if (child < 0)
        return -1;
    if (child == 0)
        ::_exit(work());
    int status = 0;
    if (::waitpid(child, &status, 0) != child || !WIFEXITED(status))
        return -1;
    return WEXITSTATUS(status);
}

bool writeProcFile(const char *file, const QByteArray &text)
{
    const int fd = ::open(file, O_WRONLY);
    const bool ok = fd >= 0 && ::write(fd, text.constData(), size_t(text.size())) == text.size();
    if (fd >= 0)
        ::close(fd);
    return ok;
}

// Without root: a user namespace of this process's own, its user and group mapped to themselves,
// in which it may mount (unprivileged user namespaces, on by default in Debian).
bool enterOwnUserNamespace()
{
    const QByteArray uid = QByteArray::number(::geteuid());
    const QByteArray gid = QByteArray::number(::getegid());
    return ::unshare(CLONE_NEWUSER) == 0 && writeProcFile("/proc/self/setgroups", "deny")
           && writeProcFile("/proc/self/uid_map", uid + ' ' + uid + " 1")
           && writeProcFile("/proc/self/gid_map", gid + ' ' + gid + " 1");
}

// A small tmpfs at dir, visible only to this (child) process: a real, small file system.
bool mountPrivateTmpfs(const QString &dir, const char *options)
{
    if (::geteuid() != 0 && !enterOwnUserNamespace())
        return false;
    return ::unshare(CLONE_NEWNS) == 0 && ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0 &&
           ::mount("tmpfs", QFile::encodeName(dir).constData(), "tmpfs", 0, options) == 0;
}
#endif

} // namespace

class TestConfigWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void hashIsSha256();
    void savesWithBackupAndKeepsPermissions();
    void unchangedBytesWriteNothing();
    void refusesDocumentsWithErrors();
    void changedOnDisk();
    void replacedBehindTheWritersBack();
    void deletedBehindTheWritersBack();
    void keepsTheLastTenBackupsOnly();
    void backupsInTheSameSecond();
    void noBackupIdenticalToTheNewest();
    void staleTemporariesAreRemoved();
    void folderWhereTheFileWas();
#ifdef Q_OS_UNIX
    // Symbolic links as a Unix administrator makes them (Windows needs rights for them).
    void symlinkedFileIsSavedAtItsTarget();
#endif
    void readOnlyFile();
    void missingFolder();
    void folderGone();
    void hookSeesEachAtomicWrite();
    void writeAtomicallyKeepsPermissions();
    void folderIsSyncedAfterTheRename();
    void restorePutsTheBackupBack();
#ifdef Q_OS_LINUX
    // Set up with Linux facilities (privilege drop, /dev/full, a private tmpfs): registered only
    // where they can run, so no platform is left with a skipped test.
    void permissionDenied();
    void diskFullOnDevFull();
    void diskFullOnARealFileSystem();
    void readOnlyFileSystem();
    void symlinkTargetFolderNotWritable();
#endif
    void messagesAreDistinct();

private:
    QString path(const QString &name) const
    {
        return m_dir->filePath(name);
    }
    QString config() const
    {
        return path(QStringLiteral("eucwebconfig.json"));
    }
    QStringList filesInDir() const
    {
        return QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }
    SaveRequest request(const ConfigDocument &document, const QByteArray &loaded) const
    {
        SaveRequest r;
        r.path = config();
        r.loadedHash = ConfigWriter::hashOf(loaded);
        r.document = document;
        return r;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_original;
    QMap<SaveProblem, QString> m_messages;
};

void TestConfigWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_original = test::readSample(QStringLiteral("example1-two-remote.json"));
    QVERIFY(writeBytes(config(), m_original));
}

void TestConfigWriter::hashIsSha256()
{
    QCOMPARE(ConfigWriter::hashOf("abc").toHex(),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void TestConfigWriter::savesWithBackupAndKeepsPermissions()
{
    QVERIFY(QFile::setPermissions(config(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
    const ConfigDocument next = addedServer(m_original);
    SaveRequest r = request(next, m_original);
    r.now = QDateTime(QDate(2026, 11, 26), QTime(7, 15, 0));
    const auto saved = ConfigWriter::save(r);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    QCOMPARE(readAll(config()), next.bytes());
    QCOMPARE(saved.value().path, QFileInfo(config()).absoluteFilePath());
    QCOMPARE(saved.value().backupPath, config() + QStringLiteral(".2026-11-26T071500.bak"));
    QCOMPARE(readAll(saved.value().backupPath), m_original);
    QCOMPARE(saved.value().savedHash, ConfigWriter::hashOf(next.bytes()));
    QVERIFY(!saved.value().unchanged);
    const QFileDevice::Permissions mode =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
    QCOMPARE(modeOf(config()), mode);
    QCOMPARE(modeOf(saved.value().backupPath), mode);
    // Nothing else is left behind (no temporary files).
    QCOMPARE(filesInDir(), (QStringList{QStringLiteral("eucwebconfig.json"),
                                        QStringLiteral("eucwebconfig.json.2026-11-26T071500.bak")}));
    // The saved hash is the next save's "as loaded".
    SaveRequest second =
        request(addedServer(next.bytes(), QStringLiteral("ws://10.21.3.14:8888/kurento")), next.bytes());
    QCOMPARE(second.loadedHash, saved.value().savedHash);
    QVERIFY(ConfigWriter::save(second).ok());
}

void TestConfigWriter::unchangedBytesWriteNothing()
{
    const auto saved = ConfigWriter::save(request(ConfigDocument::fromBytes(m_original), m_original));
    QVERIFY(saved.ok());
    QVERIFY(saved.value().unchanged);
    QVERIFY(saved.value().backupPath.isEmpty());
    QCOMPARE(filesInDir(), QStringList{QStringLiteral("eucwebconfig.json")});
}

void TestConfigWriter::refusesDocumentsWithErrors()
{
    const ConfigDocument broken =
        ConfigDocument::fromBytes(test::readSample(QStringLiteral("lint-mistakes.json")));
    const auto saved = ConfigWriter::save(request(broken, m_original));
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, SaveProblem::DocumentHasErrors);
    QVERIFY(saved.error().message.contains(QStringLiteral("line 11, column 19")));
    const auto invalid =
        ConfigWriter::save(request(ConfigDocument::fromBytes("{\"kurentoservers\": [}"), m_original));
    QCOMPARE(invalid.error().code, SaveProblem::DocumentHasErrors);
    QCOMPARE(readAll(config()), m_original);
    QCOMPARE(filesInDir(), QStringList{QStringLiteral("eucwebconfig.json")});
    m_messages.insert(SaveProblem::DocumentHasErrors, saved.error().message);
}

void TestConfigWriter::changedOnDisk()
{
    const ConfigDocument next = addedServer(m_original);
    QByteArray external = m_original;
    external.replace("10.21.3.12", "10.21.3.99");
    QVERIFY(writeBytes(config(), external)); // another program, same file
    const auto refused = ConfigWriter::save(request(next, m_original));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, SaveProblem::ChangedOnDisk);
    QVERIFY(refused.error().message.contains(QDir::toNativeSeparators(config())));
    QCOMPARE(readAll(config()), external);
    QCOMPARE(filesInDir(), QStringList{QStringLiteral("eucwebconfig.json")});
    m_messages.insert(SaveProblem::ChangedOnDisk, refused.error().message);

    // The user chose "Overwrite": the external version goes to the backup.
    SaveRequest overwrite = request(next, m_original);
    overwrite.overwriteChanges = true;
    const auto saved = ConfigWriter::save(overwrite);
    QVERIFY(saved.ok());
    QCOMPARE(readAll(config()), next.bytes());
    QCOMPARE(readAll(saved.value().backupPath), external);

    // Touching a file without changing its bytes is no change.
    QVERIFY(writeBytes(config(), next.bytes()));
    QVERIFY(
        ConfigWriter::save(
            request(addedServer(next.bytes(), QStringLiteral("ws://10.0.0.1:8888/kurento")), next.bytes()))
            .ok());
}

void TestConfigWriter::replacedBehindTheWritersBack()
{
    // Editors often save by writing a new file and renaming it over the old one.
    const QString other = path(QStringLiteral("new.tmp"));
    QVERIFY(writeBytes(other, test::readSample(QStringLiteral("encrypted.json"))));
    QVERIFY(::rename(QFile::encodeName(other).constData(), QFile::encodeName(config()).constData()) == 0);
    const auto refused = ConfigWriter::save(request(addedServer(m_original), m_original));
    QCOMPARE(refused.error().code, SaveProblem::ChangedOnDisk);
    QCOMPARE(readAll(config()), test::readSample(QStringLiteral("encrypted.json")));
}

void TestConfigWriter::deletedBehindTheWritersBack()
{
    QVERIFY(QFile::remove(config()));
    const ConfigDocument next = addedServer(m_original);
    const auto refused = ConfigWriter::save(request(next, m_original));
    QCOMPARE(refused.error().code, SaveProblem::ChangedOnDisk);
    QVERIFY(!QFile::exists(config()));
    SaveRequest overwrite = request(next, m_original);
    overwrite.overwriteChanges = true;
    const auto saved = ConfigWriter::save(overwrite);
    QVERIFY(saved.ok());
    QVERIFY(saved.value().backupPath.isEmpty()); // nothing to back up
    QCOMPARE(readAll(config()), next.bytes());
}

void TestConfigWriter::keepsTheLastTenBackupsOnly()
{
    // Files an administrator made by hand, or of another file, are never deleted.
    const QStringList foreign = {QStringLiteral("eucwebconfig.json.bak"),
                                 QStringLiteral("eucwebconfig.json.old"),
                                 QStringLiteral("eucwebconfig.json.2020-01-01T000000.bak.txt"),
                                 QStringLiteral("other.json.2020-01-01T000000.bak"),
                                 QStringLiteral("eucwebconfig.json.2020-01-01T0000.bak")};
    for (const QString &name : foreign)
        QVERIFY(writeBytes(path(name), "keep me"));

    QByteArray current = m_original;
    QStringList made;
    for (int i = 0; i < 12; ++i) {
        const ConfigDocument next =
            addedServer(current, QStringLiteral("ws://10.0.1.%1:8888/kurento").arg(i + 1));
        SaveRequest r = request(next, current);
        r.now = QDateTime(QDate(2026, 11, 26), QTime(7, 0, 0)).addSecs(60 * i);
        const auto saved = ConfigWriter::save(r);
        QVERIFY(saved.ok());
        made << saved.value().backupPath;
        QVERIFY(BackupFiles::existing(config()).size() <= 10);
        if (i == 10)
            QCOMPARE(saved.value().removedBackups, QStringList{made[0]});
        current = next.bytes();
    }
    QCOMPARE(BackupFiles::existing(config()), made.mid(2));
    for (const QString &name : foreign)
        QCOMPARE(readAll(path(name)), QByteArray("keep me"));
    // Every backup holds the version before its save.
    QCOMPARE(ConfigDocument::fromBytes(readAll(made.last())).entries().size(), size_t(2 + 11));
}

void TestConfigWriter::backupsInTheSameSecond()
{
    const QDateTime now(QDate(2026, 11, 26), QTime(7, 15, 0));
    QByteArray current = m_original;
    QStringList names;
    for (int i = 0; i < 3; ++i) {
        const ConfigDocument next =
            addedServer(current, QStringLiteral("ws://10.0.2.%1:8888/kurento").arg(i + 1));
        SaveRequest r = request(next, current);
        r.now = now;
        const auto saved = ConfigWriter::save(r);
        QVERIFY(saved.ok());
        names << QFileInfo(saved.value().backupPath).fileName();
        current = next.bytes();
    }
    QCOMPARE(names, (QStringList{QStringLiteral("eucwebconfig.json.2026-11-26T071500.bak"),
                                 QStringLiteral("eucwebconfig.json.2026-11-26T071500-2.bak"),
                                 QStringLiteral("eucwebconfig.json.2026-11-26T071500-3.bak")}));
    QCOMPARE(BackupFiles::existing(config()).size(), 3);
    QCOMPARE(QFileInfo(BackupFiles::existing(config()).last()).fileName(), names.last());
    QVERIFY(BackupFiles::isBackupOf(names[1], QStringLiteral("eucwebconfig.json")));
    QVERIFY(!BackupFiles::isBackupOf(names[1], QStringLiteral("eucwebconfig")));
}

void TestConfigWriter::noBackupIdenticalToTheNewest()
{
    // Two saves: backups of the original, then of the first version.
    const ConfigDocument first = addedServer(m_original);
    SaveRequest r = request(first, m_original);
    r.now = QDateTime(QDate(2026, 11, 26), QTime(7, 0, 0));
    QVERIFY(ConfigWriter::save(r).ok());
    const ConfigDocument second = addedServer(first.bytes(), QStringLiteral("ws://10.0.3.1:8888/kurento"));
    r = request(second, first.bytes());
    r.now = QDateTime(QDate(2026, 11, 26), QTime(7, 1, 0));
    const auto saved = ConfigWriter::save(r);
    QVERIFY(saved.ok());
    const QStringList before = BackupFiles::existing(config());
    QCOMPARE(before.size(), 2);

    // A save killed between its backup and its replace: the file still holds the first version,
    // which is also the newest backup. Saving again reuses that backup; nothing is pushed out.
    QVERIFY(writeBytes(config(), first.bytes()));
    for (int i = 0; i < 3; ++i) {
        r = request(second, first.bytes());
        r.now = QDateTime(QDate(2026, 11, 26), QTime(7, 2 + i, 0));
        r.keepBackups = 2;
        const auto again = ConfigWriter::save(r);
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        QCOMPARE(again.value().backupPath, saved.value().backupPath);
        QVERIFY(again.value().removedBackups.isEmpty());
        QCOMPARE(BackupFiles::existing(config()), before);
        QCOMPARE(readAll(config()), second.bytes());
        QVERIFY(writeBytes(config(), first.bytes()));
    }
    QCOMPARE(readAll(before.first()), m_original); // the older, distinct version is kept
    QCOMPARE(readAll(before.last()), first.bytes());

    // A different file on disk gets its own backup again.
    QVERIFY(writeBytes(config(), second.bytes()));
    r = request(addedServer(second.bytes(), QStringLiteral("ws://10.0.3.2:8888/kurento")), second.bytes());
    r.now = QDateTime(QDate(2026, 11, 26), QTime(7, 9, 0));
    const auto third = ConfigWriter::save(r);
    QVERIFY(third.ok());
    QCOMPARE(BackupFiles::existing(config()).size(), 3);
    QCOMPARE(readAll(third.value().backupPath), second.bytes());
}

void TestConfigWriter::staleTemporariesAreRemoved()
{
    const QDateTime old = QDateTime::currentDateTime().addSecs(-3600);
    auto plant = [&](const QString &name, bool aged) {
        QFile file(path(name));
        if (!file.open(QIODevice::ReadWrite) || file.write(m_original) != m_original.size() || !file.flush())
            return false;
        return !aged || file.setFileTime(old, QFileDevice::FileModificationTime);
    };
    // Left by a save killed just before its rename: QSaveFile's "<name>.<six letters>".
    const QStringList stale = {QStringLiteral("eucwebconfig.json.DBQOng"),
                               QStringLiteral("eucwebconfig.json.aBcDeF")};
    // Not QSaveFile's, not this file's, or too young (a save running right now).
    const QStringList kept = {
        QStringLiteral("eucwebconfig.json.bak"),    QStringLiteral("eucwebconfig.json.backup"),
        QStringLiteral("eucwebconfig.json.BACKUP"), QStringLiteral("eucwebconfig.json.2026-01-01T000000.bak"),
        QStringLiteral("eucwebconfig.json.AbCdE1"), QStringLiteral("eucwebconfig.json.AbCdEfG"),
        QStringLiteral("eucwebconfig.jsonXAbCdEf"), QStringLiteral("other.json.AbCdEf")};
    for (const QString &name : stale + kept)
        QVERIFY(plant(name, true));
    QVERIFY(plant(QStringLiteral("eucwebconfig.json.YoUnGg"), false));
    QVERIFY(BackupFiles::isTemporaryOf(QStringLiteral("eucwebconfig.json.DBQOng"),
                                       QStringLiteral("eucwebconfig.json")));
    QVERIFY(!BackupFiles::isTemporaryOf(QStringLiteral("eucwebconfig.json.backup"),
                                        QStringLiteral("eucwebconfig.json")));

    const auto saved = ConfigWriter::save(request(addedServer(m_original), m_original));
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    QStringList expectedRemoved;
    for (const QString &name : stale) {
        QVERIFY2(!QFile::exists(path(name)), qPrintable(name));
        expectedRemoved << QFileInfo(path(name)).absoluteFilePath();
    }
    QStringList removed = saved.value().removedTemporaries;
    removed.sort();
    expectedRemoved.sort();
    QCOMPARE(removed, expectedRemoved);
    for (const QString &name : kept)
        QVERIFY2(readAll(path(name)) == m_original, qPrintable(name));
    QVERIFY(QFile::exists(path(QStringLiteral("eucwebconfig.json.YoUnGg"))));
}

void TestConfigWriter::folderWhereTheFileWas()
{
    QVERIFY(QFile::remove(config()));
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("eucwebconfig.json")));
    const ConfigDocument next = addedServer(m_original);
    for (const bool overwrite : {false, true}) {
        SaveRequest r = request(next, m_original);
        r.overwriteChanges = overwrite;
        const auto refused = ConfigWriter::save(r);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, SaveProblem::WriteFailed);
        QVERIFY2(refused.error().message.contains(QLatin1String("is now a folder, not a file")),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QDir::toNativeSeparators(config())));
        QVERIFY(!refused.error().message.contains(QLatin1String("permission")));
    }
    // Save As onto a folder.
    SaveRequest saveAs = request(next, m_original);
    saveAs.loadedHash.clear();
    const auto refused = ConfigWriter::save(saveAs);
    QCOMPARE(refused.error().code, SaveProblem::WriteFailed);
    QVERIFY(refused.error().message.contains(QLatin1String("is a folder, not a file")));
    // The atomic write (the rollback's) says the same.
    const auto error = ConfigWriter::writeAtomically(config(), next.bytes());
    QVERIFY(error);
    QVERIFY(error->message.contains(QLatin1String("is now a folder, not a file")));
    QVERIFY(QFileInfo(config()).isDir());
    QCOMPARE(filesInDir(), QStringList{});
}

#ifdef Q_OS_UNIX
void TestConfigWriter::symlinkedFileIsSavedAtItsTarget()
{
    QDir dir(m_dir->path());
    QVERIFY(dir.mkdir(QStringLiteral("real")) && dir.mkdir(QStringLiteral("links")));
    const QString real = path(QStringLiteral("real/eucwebconfig.json"));
    const QString link = path(QStringLiteral("links/eucwebconfig.json"));
    const QString linkToLink = path(QStringLiteral("links/current.json"));
    QVERIFY(QFile::rename(config(), real));
    QVERIFY(QFile::link(real, link));
    QVERIFY(QFile::link(link, linkToLink));

    const ConfigDocument next = addedServer(m_original);
    SaveRequest r = request(next, m_original);
    r.path = link;
    r.now = QDateTime(QDate(2026, 11, 26), QTime(7, 15, 0));
    const auto saved = ConfigWriter::save(r);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    QCOMPARE(saved.value().path, QFileInfo(link).absoluteFilePath());
    QVERIFY(QFileInfo(link).isSymLink()); // still a link, to the same file
    QCOMPARE(QFileInfo(link).symLinkTarget(), QFileInfo(real).absoluteFilePath());
    QCOMPARE(readAll(real), next.bytes());
    // The backup is next to the real file, named after it; nothing lands next to the link.
    QCOMPARE(saved.value().backupPath,
             QFileInfo(real).absoluteFilePath() + QStringLiteral(".2026-11-26T071500.bak"));
    QCOMPARE(readAll(saved.value().backupPath), m_original);
    QCOMPARE(
        QDir(path(QStringLiteral("links"))).entryList(QDir::Files | QDir::System | QDir::Hidden, QDir::Name),
        (QStringList{QStringLiteral("current.json"), QStringLiteral("eucwebconfig.json")}));

    // A link to the link, and the rollback's atomic write, go to the real file as well.
    const ConfigDocument third = addedServer(next.bytes(), QStringLiteral("ws://10.0.4.1:8888/kurento"));
    r = request(third, next.bytes());
    r.path = linkToLink;
    const auto again = ConfigWriter::save(r);
    QVERIFY(again.ok());
    QCOMPARE(readAll(real), third.bytes());
    QCOMPARE(BackupFiles::existing(real).size(), 2);
    QVERIFY(!ConfigWriter::writeAtomically(link, m_original));
    QVERIFY(QFileInfo(link).isSymLink() && QFileInfo(linkToLink).isSymLink());
    QCOMPARE(readAll(real), m_original);
}
#endif

#ifdef Q_OS_LINUX
void TestConfigWriter::symlinkTargetFolderNotWritable()
{
    // The link's folder is writable, the real file's folder is not: refused, and the message
    // names the real file's folder (where the temporary file and the backup would go).
    using P = QFileDevice;
    const bool root = ::geteuid() == 0;
    QDir dir(m_dir->path());
    QVERIFY(dir.mkdir(QStringLiteral("real")) && dir.mkdir(QStringLiteral("links")));
    const QString realFolder = path(QStringLiteral("real"));
    const QString linkFolder = path(QStringLiteral("links"));
    const QString real = path(QStringLiteral("real/eucwebconfig.json"));
    const QString link = path(QStringLiteral("links/eucwebconfig.json"));
    QVERIFY(QFile::rename(config(), real));
    QVERIFY(QFile::link(real, link));
    const P::Permissions all = P::ReadOwner | P::WriteOwner | P::ExeOwner | P::ReadGroup | P::WriteGroup |
                               P::ExeGroup | P::ReadOther | P::WriteOther | P::ExeOther;
    const P::Permissions readOnly =
        P::ReadOwner | P::ExeOwner | P::ReadGroup | P::ExeGroup | P::ReadOther | P::ExeOther;
    // As root, the attempt runs as "nobody" (see permissionDenied).
    QVERIFY(QFile::setPermissions(m_dir->path(), readOnly | P::WriteOwner));
    QVERIFY(QFile::setPermissions(linkFolder, all));
    QVERIFY(QFile::setPermissions(real, P::ReadOwner | P::WriteOwner | P::ReadGroup | P::WriteGroup |
                                            P::ReadOther | P::WriteOther));
    QVERIFY(QFile::setPermissions(realFolder, readOnly));
    auto restore = qScopeGuard([&] {
        QFile::setPermissions(realFolder, P::ReadOwner | P::WriteOwner | P::ExeOwner);
        QFile::setPermissions(m_dir->path(), P::ReadOwner | P::WriteOwner | P::ExeOwner);
    });
    SaveRequest r = request(addedServer(m_original), m_original);
    r.path = link;
    constexpr int kMessageRight = 0;
    constexpr int kMessageWrong = 1;
    auto attempt = [&r, &realFolder, &linkFolder, root] {
        if (root && (::setgid(65534) != 0 || ::setuid(65534) != 0))
            return kChildCannotSetUp;
        const auto result = ConfigWriter::save(r);
        if (result.ok())
            return kChildSaved;
        if (result.error().code != SaveProblem::PermissionDenied)
            return kChildWrongStep;
        const QString message = result.error().message;
        const bool right =
            message.contains(QStringLiteral("folder ") + QDir::toNativeSeparators(realFolder)) &&
            !message.contains(QDir::toNativeSeparators(linkFolder));
        if (!right)
            qWarning("%s", qPrintable(message));
        return right ? kMessageRight : kMessageWrong;
    };
    const int code = root ? inChild(attempt) : attempt();
    UCMC_REQUIRE_CHILD_SET_UP(code, "cannot drop privileges in this environment");
    QCOMPARE(code, kMessageRight);
    QCOMPARE(readAll(real), m_original);
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(QDir(realFolder).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("eucwebconfig.json")});
    QCOMPARE(QDir(linkFolder).entryList(QDir::Files | QDir::Hidden | QDir::System),
             QStringList{QStringLiteral("eucwebconfig.json")});
}
#endif

void TestConfigWriter::readOnlyFile()
{
    // The read-only mark (mode 0444; the Windows attribute maps to it) stops the console even
    // when it runs as root, who could write anyway.
    QVERIFY(QFile::setPermissions(config(),
                                  QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const auto refused = ConfigWriter::save(request(addedServer(m_original), m_original));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, SaveProblem::ReadOnlyFile);
    QCOMPARE(readAll(config()), m_original);
    QCOMPARE(filesInDir(), QStringList{QStringLiteral("eucwebconfig.json")});
    m_messages.insert(SaveProblem::ReadOnlyFile, refused.error().message);
}

void TestConfigWriter::missingFolder()
{
    SaveRequest r;
    r.path = path(QStringLiteral("no/such/folder/eucwebconfig.json"));
    r.document = ConfigDocument::fromBytes(m_original);
    const auto refused = ConfigWriter::save(r);
    QCOMPARE(refused.error().code, SaveProblem::MissingFolder);
    QVERIFY(
        refused.error().message.contains(QDir::toNativeSeparators(path(QStringLiteral("no/such/folder")))));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("no"))));
    m_messages.insert(SaveProblem::MissingFolder, refused.error().message);
    // Save As into an existing folder works without a loaded hash.
    r.path = path(QStringLiteral("copy.json"));
    QVERIFY(ConfigWriter::save(r).ok());
    QCOMPARE(readAll(r.path), m_original);
}

void TestConfigWriter::folderGone()
{
    // The file was loaded from a folder (or share) that has disappeared since.
    const QString folder = path(QStringLiteral("share"));
    QVERIFY(QDir().mkpath(folder));
    const QString file = folder + QStringLiteral("/eucwebconfig.json");
    QVERIFY(writeBytes(file, m_original));
    QVERIFY(QDir(folder).removeRecursively());
    SaveRequest r = request(addedServer(m_original), m_original);
    r.path = file;
    const auto refused = ConfigWriter::save(r);
    QCOMPARE(refused.error().code, SaveProblem::FolderGone);
    QVERIFY(!QFileInfo::exists(folder));
    m_messages.insert(SaveProblem::FolderGone, refused.error().message);
}

#ifdef Q_OS_LINUX
void TestConfigWriter::permissionDenied()
{
    using P = QFileDevice;
    const bool root = ::geteuid() == 0;
    // As root, permission bits do not stop us: the attempt runs in a child process as the user
    // "nobody" (65534), with the folder readable by all but writable only by its owner. Without
    // root, the folder is simply made read-only.
    const P::Permissions folderMode = root ? P::ReadOwner | P::WriteOwner | P::ExeOwner | P::ReadGroup |
                                                 P::ExeGroup | P::ReadOther | P::ExeOther
                                           : P::ReadOwner | P::ExeOwner;
    QVERIFY(QFile::setPermissions(m_dir->path(), folderMode));
    auto restore = qScopeGuard(
        [this] { QFile::setPermissions(m_dir->path(), P::ReadOwner | P::WriteOwner | P::ExeOwner); });
    const SaveRequest r = request(addedServer(m_original), m_original);
    auto attempt = [&r, root] {
        if (root && (::setgid(65534) != 0 || ::setuid(65534) != 0))
            return kChildCannotSetUp;
        const auto result = ConfigWriter::save(r);
        return result.ok() ? kChildSaved : int(result.error().code);
    };
    auto run = [&] { return root ? inChild(attempt) : attempt(); };

    // 1. The file belongs to someone else and is not writable for us.
    if (root)
        QVERIFY(QFile::setPermissions(config(), P::ReadOwner | P::WriteOwner | P::ReadGroup | P::ReadOther));
    int code = run();
    UCMC_REQUIRE_CHILD_SET_UP(code, "cannot drop privileges in this environment");
    QCOMPARE(code, int(SaveProblem::PermissionDenied));
    QCOMPARE(readAll(config()), m_original);

    // 2. The file is writable for everyone, but no file can be created next to it: still
    // refused, because an atomic replace needs the folder.
    QVERIFY(QFile::setPermissions(config(), P::ReadOwner | P::WriteOwner | P::ReadGroup | P::WriteGroup |
                                                P::ReadOther | P::WriteOther));
    code = run();
    QCOMPARE(code, int(SaveProblem::PermissionDenied));
    QCOMPARE(readAll(config()), m_original);
    restore.dismiss();
    QVERIFY(QFile::setPermissions(m_dir->path(), P::ReadOwner | P::WriteOwner | P::ExeOwner));
    QCOMPARE(filesInDir(), QStringList{QStringLiteral("eucwebconfig.json")});
}
#endif

#ifdef Q_OS_LINUX
void TestConfigWriter::diskFullOnDevFull()
{
    QFile full(QStringLiteral("/dev/full"));
    QVERIFY(full.open(QIODevice::WriteOnly));
    const auto error = ConfigWriter::writeAll(full, m_original, QStringLiteral("/dev/full"));
    QVERIFY(error);
    QCOMPARE(error->code, SaveProblem::DiskFull);
    QVERIFY(error->message.contains(QStringLiteral("/dev/full")));
    m_messages.insert(SaveProblem::DiskFull, error->message);
}
#endif

#ifdef Q_OS_LINUX
void TestConfigWriter::diskFullOnARealFileSystem()
{
    const QString mountPoint = path(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(mountPoint));
    const QString file = mountPoint + QStringLiteral("/eucwebconfig.json");
    // A bigger new version: many servers.
    ConfigDocument big = ConfigDocument::fromBytes(m_original);
    for (int i = 0; i < 400; ++i)
        big = ConfigEditor::addServer(
                  big, QStringLiteral("wss://10.1.%1.%2:8433/kurento").arg(i / 250).arg(i % 250 + 1))
                  .value()
                  .document;
    QVERIFY(big.bytes().size() > 5 * 4096);
    const QByteArray original = m_original;

    // 1: no room even for the backup; 2: room for the backup, not for the new file.
    for (const qint64 freeBytes : {qint64(0), qint64(2 * 4096)}) {
        const int code = inChild([&] {
            if (!mountPrivateTmpfs(mountPoint, "size=64k"))
                return kChildCannotSetUp;
            if (!writeBytes(file, original))
                return kChildCannotSetUp;
            QFile filler(mountPoint + QStringLiteral("/filler"));
            if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
                return kChildCannotSetUp;
            const QByteArray block(4096, 'x');
            while (filler.write(block) == block.size()) {
            }
            if (freeBytes > 0 && !filler.resize(filler.size() - freeBytes))
                return kChildCannotSetUp;
            filler.close();
            SaveRequest r;
            r.path = file;
            r.loadedHash = ConfigWriter::hashOf(original);
            r.document = big;
            const auto result = ConfigWriter::save(r);
            if (readAll(file) != original)
                return kChildFileChanged;
            const QStringList left = QDir(mountPoint).entryList(QDir::Files | QDir::Hidden);
            if (left != QStringList{QStringLiteral("eucwebconfig.json"), QStringLiteral("filler")})
                return kChildFileChanged; // a backup or temporary file was left behind
            // With room for the backup, it is the new file itself that does not fit.
            if (!result.ok() && freeBytes > 0 && result.error().message.contains(QStringLiteral("backup")))
                return kChildWrongStep;
            return result.ok() ? kChildSaved : int(result.error().code);
        });
        UCMC_REQUIRE_CHILD_SET_UP(code,
                                  "no private tmpfs here: it needs root or unprivileged user namespaces");
        QCOMPARE(code, int(SaveProblem::DiskFull));
    }
}
#endif

#ifdef Q_OS_LINUX
void TestConfigWriter::readOnlyFileSystem()
{
    const QString mountPoint = path(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(mountPoint));
    const QString file = mountPoint + QStringLiteral("/eucwebconfig.json");
    const QByteArray original = m_original;
    const ConfigDocument next = addedServer(m_original);
    QString message;
    const int code = inChild([&] {
        if (!mountPrivateTmpfs(mountPoint, "size=64k") || !writeBytes(file, original))
            return kChildCannotSetUp;
        if (::mount(nullptr, QFile::encodeName(mountPoint).constData(), nullptr, MS_REMOUNT | MS_RDONLY,
                    nullptr) != 0)
            return kChildCannotSetUp;
        SaveRequest r;
        r.path = file;
        r.loadedHash = ConfigWriter::hashOf(original);
        r.document = next;
        const auto result = ConfigWriter::save(r);
        if (readAll(file) != original)
            return kChildFileChanged;
        return result.ok() ? kChildSaved : int(result.error().code);
    });
    UCMC_REQUIRE_CHILD_SET_UP(code, "no private tmpfs here: it needs root or unprivileged user namespaces");
    QCOMPARE(code, int(SaveProblem::ReadOnlyLocation));
}
#endif

void TestConfigWriter::hookSeesEachAtomicWrite()
{
    // The test hook runs right before each atomic write: the backup, then the file.
    QStringList written;
    SaveRequest r = request(addedServer(m_original), m_original);
    r.beforeWrite = [&](const QString &path) {
        written << path;
        QCOMPARE(readAll(config()), m_original); // nothing replaced yet when it runs
    };
    const auto saved = ConfigWriter::save(r);
    QVERIFY(saved.ok());
    QCOMPARE(written, (QStringList{saved.value().backupPath, saved.value().path}));
}

void TestConfigWriter::writeAtomicallyKeepsPermissions()
{
    const QFileDevice::Permissions mode =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther;
    QVERIFY(QFile::setPermissions(config(), mode));
    QString hooked;
    QVERIFY(!ConfigWriter::writeAtomically(config(), "new bytes", [&](const QString &p) { hooked = p; }));
    QCOMPARE(hooked, QFileInfo(config()).absoluteFilePath());
    QCOMPARE(readAll(config()), QByteArray("new bytes"));
    QCOMPARE(modeOf(config()), mode);
    QCOMPARE(filesInDir(), QStringList{QStringLiteral("eucwebconfig.json")}); // no temporary file left
    // A new file; a folder that is not there fails, classified.
    QVERIFY(!ConfigWriter::writeAtomically(path(QStringLiteral("new.json")), "{}"));
    QCOMPARE(readAll(path(QStringLiteral("new.json"))), QByteArray("{}"));
    const auto error = ConfigWriter::writeAtomically(path(QStringLiteral("gone/x.json")), "{}");
    QVERIFY(error);
    QCOMPARE(error->code, SaveProblem::FolderGone);
    QVERIFY(error->message.contains(QLatin1String("gone")));
}

void TestConfigWriter::folderIsSyncedAfterTheRename()
{
    // writeAtomically flushes the folder after its rename (platform::syncFolder); a real folder
    // can be flushed, one that is not there cannot.
    QVERIFY(platform::syncFolder(m_dir->path()));
    QVERIFY(!platform::syncFolder(path(QStringLiteral("gone"))));
    QVERIFY(!platform::syncFolder(config())); // a file is no folder
    const ConfigDocument next = addedServer(m_original);
    const auto saved = ConfigWriter::save(request(next, m_original));
    QVERIFY(saved.ok());
    QCOMPARE(readAll(config()), next.bytes());
    QVERIFY(!ConfigWriter::writeAtomically(config(), m_original));
    QCOMPARE(readAll(config()), m_original);
}

void TestConfigWriter::restorePutsTheBackupBack()
{
    const ConfigDocument next = addedServer(m_original);
    const auto saved = ConfigWriter::save(request(next, m_original));
    QVERIFY(saved.ok());
    const QByteArray savedHash = saved.value().savedHash;

    // Another program changed the file since the save: it is not overwritten.
    QVERIFY(writeBytes(config(), next.bytes() + ' '));
    auto restored = ConfigWriter::restore(config(), m_original, savedHash);
    QVERIFY(!restored.ok());
    QCOMPARE(restored.error().code, RestoreProblem::ChangedOnDisk);
    QVERIFY(!restored.error().message.isEmpty());
    QCOMPARE(readAll(config()), next.bytes() + ' ');

    // The saved file is there: written back atomically, with its permissions, and read back.
    QVERIFY(writeBytes(config(), next.bytes()));
    const QFileDevice::Permissions mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QVERIFY(QFile::setPermissions(config(), mode));
    int hooked = 0;
    restored = ConfigWriter::restore(config(), m_original, savedHash, [&](const QString &) { ++hooked; });
    QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error().message));
    QVERIFY(restored.value().written);
    QCOMPARE(hooked, 1);
    QCOMPARE(readAll(config()), m_original);
    QCOMPARE(modeOf(config()), mode);

    // Already there: nothing is written. Without an expected hash, anything is overwritten.
    restored = ConfigWriter::restore(config(), m_original, savedHash, [&](const QString &) { ++hooked; });
    QVERIFY(restored.ok());
    QVERIFY(!restored.value().written);
    QCOMPARE(hooked, 1);
    QVERIFY(writeBytes(config(), "something else"));
    QVERIFY(ConfigWriter::restore(config(), m_original, {}).ok());
    QCOMPARE(readAll(config()), m_original);

    // A deleted file is written anew; a folder that is gone fails and says why.
    QVERIFY(QFile::remove(config()));
    QVERIFY(ConfigWriter::restore(config(), m_original, savedHash).ok());
    QCOMPARE(readAll(config()), m_original);
    restored = ConfigWriter::restore(path(QStringLiteral("gone/eucwebconfig.json")), m_original, savedHash);
    QVERIFY(!restored.ok());
    QCOMPARE(restored.error().code, RestoreProblem::WriteFailed);
    QVERIFY(!restored.error().message.isEmpty());
}

void TestConfigWriter::messagesAreDistinct()
{
    // Each failure explains itself differently (filled in by the tests above, in order).
    const QList<QString> messages = m_messages.values();
    QVERIFY(messages.size() >= 6);
    QCOMPARE(QSet<QString>(messages.begin(), messages.end()).size(), messages.size());
    for (const QString &message : messages)
        QVERIFY(!message.isEmpty());
}

QTEST_GUILESS_MAIN(TestConfigWriter)
#include "tst_configwriter.moc"
