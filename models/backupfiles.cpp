#include "models/backupfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>

namespace ucmc {

namespace {

const QString kStampFormat = QStringLiteral("yyyy-MM-dd'T'HHmmss");

QRegularExpression backupPattern(const QString &configFileName)
{
    return QRegularExpression(u'^' + QRegularExpression::escape(configFileName) +
                              QStringLiteral("\\.(\\d{4}-\\d{2}-\\d{2}T\\d{6})(?:-(\\d+))?\\.bak$"));
}

QRegularExpression temporaryPattern(const QString &configFileName)
{
    return QRegularExpression(u'^' + QRegularExpression::escape(configFileName) +
                              QStringLiteral("\\.(?=[A-Za-z]*[a-z])(?=[A-Za-z]*[A-Z])[A-Za-z]{6}$"));
}

} // namespace

bool BackupFiles::isTemporaryOf(const QString &fileName, const QString &configFileName)
{
    return temporaryPattern(configFileName).match(fileName).hasMatch();
}

QStringList BackupFiles::removeStaleTemporaries(const QString &filePath, int minimumAgeSeconds)
{
    const QFileInfo info(filePath);
    const QRegularExpression pattern = temporaryPattern(info.fileName());
    const QDateTime limit = QDateTime::currentDateTimeUtc().addSecs(-qint64(minimumAgeSeconds));
    const QDir dir = info.absoluteDir();
    QStringList removed;
    for (const QFileInfo &entry : dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::System)) {
        if (entry.isSymLink() || !entry.isFile() || !pattern.match(entry.fileName()).hasMatch())
            continue;
        if (entry.lastModified().toUTC() >= limit)
            continue;
        if (QFile::remove(entry.absoluteFilePath()))
            removed << entry.absoluteFilePath();
    }
    return removed;
}

QString BackupFiles::nextPath(const QString &filePath, const QDateTime &time)
{
    const QString base = filePath + u'.' + time.toString(kStampFormat);
    QString candidate = base + QStringLiteral(".bak");
    for (int counter = 2; QFileInfo::exists(candidate); ++counter)
        candidate = base + u'-' + QString::number(counter) + QStringLiteral(".bak");
    return candidate;
}

bool BackupFiles::isBackupOf(const QString &fileName, const QString &configFileName)
{
    return backupPattern(configFileName).match(fileName).hasMatch();
}

QStringList BackupFiles::existing(const QString &filePath)
{
    const QFileInfo info(filePath);
    const QRegularExpression pattern = backupPattern(info.fileName());
    struct Found
    {
        QString stamp;
        int counter;
        QString path;
    };
    std::vector<Found> found;
    const QDir dir = info.absoluteDir();
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (match.hasMatch())
            found.push_back({match.captured(1), match.captured(2).isEmpty() ? 1 : match.captured(2).toInt(),
                             dir.filePath(name)});
    }
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        return a.stamp != b.stamp ? a.stamp < b.stamp : a.counter < b.counter;
    });
    QStringList paths;
    for (const Found &f : found)
        paths << f.path;
    return paths;
}

QStringList BackupFiles::prune(const QString &filePath, int keep, const QString &protect)
{
    QStringList backups = existing(filePath);
    const QString protectedPath = protect.isEmpty() ? QString() : QFileInfo(protect).absoluteFilePath();
    QStringList removed;
    for (const QString &path : std::as_const(backups)) {
        if (backups.size() - removed.size() <= std::max(keep, 0))
            break;
        if (QFileInfo(path).absoluteFilePath() == protectedPath)
            continue;
        if (QFile::remove(path))
            removed << path;
    }
    return removed;
}

} // namespace ucmc
