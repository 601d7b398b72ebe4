#include "models/configfilereader.h"
#include "models/jsonparser.h"
#include "testsamples.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace ucmc;

Q_DECLARE_METATYPE(ucmc::FileReadProblem)

class TestConfigFileReader : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void readsEverySampleByteForByte();
    void notFound();
    void isDirectory();
    void notRegularFile();
    void permissionDenied();
    void readFailure();
    void emptyFile();
    void tooLarge();
    void wideEncodings_data();
    void wideEncodings();
    void zeroBytes();
    void ansiTextIsLeftToTheParser();
    void readingChangesNothing();
    void messagesAreDistinctAndNameTheFile();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestConfigFileReader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestConfigFileReader::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestConfigFileReader::readsEverySampleByteForByte()
{
    for (const QString &name : test::validSamples() + test::brokenSamples()) {
        const auto result = ConfigFileReader::read(test::samplePath(name));
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        QCOMPARE(result.value().bytes, test::readSample(name));
        QCOMPARE(result.value().path, QFileInfo(test::samplePath(name)).absoluteFilePath());
        QVERIFY(result.value().lastModified.isValid());
    }
    // The BOM stays in the bytes.
    const auto bom = ConfigFileReader::read(test::samplePath(QStringLiteral("bom-tabs-lf.json")));
    QVERIFY(bom.value().bytes.startsWith("\xEF\xBB\xBF"));
}

void TestConfigFileReader::notFound()
{
    auto result = ConfigFileReader::read(m_dir->filePath(QStringLiteral("missing.json")));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, FileReadProblem::NotFound);
    // A path through a regular file is just as absent.
    const QString file = writeFile(QStringLiteral("plain.json"), "{}");
    result = ConfigFileReader::read(file + QStringLiteral("/eucwebconfig.json"));
    QCOMPARE(result.error().code, FileReadProblem::NotFound);
    // A dangling symbolic link.
    const QString link = m_dir->filePath(QStringLiteral("dangling.json"));
    QVERIFY(QFile::link(m_dir->filePath(QStringLiteral("gone.json")), link));
    result = ConfigFileReader::read(link);
    QCOMPARE(result.error().code, FileReadProblem::NotFound);
}

void TestConfigFileReader::isDirectory()
{
    auto result = ConfigFileReader::read(m_dir->path());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, FileReadProblem::IsDirectory);
    // Also through a symbolic link to a folder.
    const QString link = m_dir->filePath(QStringLiteral("folder-link.json"));
    QVERIFY(QFile::link(m_dir->path(), link));
    result = ConfigFileReader::read(link);
    QCOMPARE(result.error().code, FileReadProblem::IsDirectory);
}

void TestConfigFileReader::notRegularFile()
{
    // A character device: reading /dev/zero would never end, /dev/null says nothing useful.
    for (const QString &device : {QStringLiteral("/dev/null"), QStringLiteral("/dev/zero")}) {
        QVERIFY(QFileInfo::exists(device));
        const auto result = ConfigFileReader::read(device);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, FileReadProblem::NotRegularFile);
    }
}

void TestConfigFileReader::permissionDenied()
{
#ifdef Q_OS_UNIX
    const QString path = writeFile(QStringLiteral("secret.json"), "{\"kurentoservers\": []}");
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    if (::geteuid() != 0) {
        const auto result = ConfigFileReader::read(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, FileReadProblem::PermissionDenied);
        QVERIFY(result.error().message.contains(QDir::toNativeSeparators(path)));
        return;
    }
    // As root, mode 000 does not stop reading. A child process that really runs as the
    // unprivileged user "nobody" (uid 65534) meets the real EACCES; it reports the code it got.
    QVERIFY(QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                      | QFileDevice::ExeOwner | QFileDevice::ExeOther
                                                      | QFileDevice::ExeGroup));
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        if (::setgid(65534) != 0 || ::setuid(65534) != 0)
            ::_exit(100);
        const auto result = ConfigFileReader::read(path);
        ::_exit(result.ok() ? 101 : int(result.error().code));
    }
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status));
    const int code = WEXITSTATUS(status);
    if (code == 100) {
        // No CAP_SETUID here: root can still read the file, and the reader must not pretend otherwise.
        qWarning("cannot drop privileges in this environment; checked the root case only");
        QVERIFY(ConfigFileReader::read(path).ok());
        return;
    }
    QCOMPARE(code, int(FileReadProblem::PermissionDenied));
    // Root itself reads it: the reader reports what the system says, not what the mode bits suggest.
    QVERIFY(ConfigFileReader::read(path).ok());
#else
    QVERIFY(true);
#endif
}

void TestConfigFileReader::readFailure()
{
#ifdef Q_OS_LINUX
    // /proc/self/mem is a regular file that opens fine, but reading at offset 0 (unmapped
    // memory) fails with EIO: a real read error, not an open error.
    const auto result = ConfigFileReader::read(QStringLiteral("/proc/self/mem"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, FileReadProblem::ReadFailed);
    QVERIFY(result.error().message.contains(QStringLiteral("/proc/self/mem")));
#else
    QVERIFY(true);
#endif
}

void TestConfigFileReader::emptyFile()
{
    const auto result = ConfigFileReader::read(writeFile(QStringLiteral("empty.json"), QByteArray()));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, FileReadProblem::Empty);
    // Only a BOM or only spaces is not empty for the reader; the parser says "empty".
    const auto bomOnly = ConfigFileReader::read(writeFile(QStringLiteral("bom.json"), "\xEF\xBB\xBF"));
    QVERIFY(bomOnly.ok());
    QCOMPARE(parseJson(bomOnly.value().bytes).error->problem, SyntaxProblem::EmptyInput);
}

void TestConfigFileReader::tooLarge()
{
    // A sparse file just above the default cap: no disk space used, and not read.
    const QString path = m_dir->filePath(QStringLiteral("huge.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(ConfigFileReader::DefaultMaxSize + 1));
    }
    auto result = ConfigFileReader::read(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, FileReadProblem::TooLarge);
    // Exactly at a (smaller) cap is fine, one byte more is not.
    const QByteArray bytes = test::readSample(QStringLiteral("default-local.json"));
    const QString sample = writeFile(QStringLiteral("sample.json"), bytes);
    QVERIFY(ConfigFileReader::read(sample, bytes.size()).ok());
    result = ConfigFileReader::read(sample, bytes.size() - 1);
    QCOMPARE(result.error().code, FileReadProblem::TooLarge);
}

void TestConfigFileReader::wideEncodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    const QString json = QStringLiteral("{\"kurentoservers\": []}");
    QByteArray le("\xFF\xFE", 2);
    QByteArray be("\xFE\xFF", 2);
    QByteArray leNoBom, beNoBom, le32("\xFF\xFE\0\0", 4), be32("\0\0\xFE\xFF", 4);
    for (const QChar c : json) {
        const char low = char(c.unicode() & 0xFF);
        le += low;
        le += '\0';
        leNoBom += low;
        leNoBom += '\0';
        be += '\0';
        be += low;
        beNoBom += '\0';
        beNoBom += low;
        le32 += low;
        le32 += QByteArray(3, '\0');
        be32 += QByteArray(3, '\0');
        be32 += low;
    }
    QTest::newRow("UTF-16 LE with BOM") << le << QStringLiteral("UTF-16 LE");
    QTest::newRow("UTF-16 BE with BOM") << be << QStringLiteral("UTF-16 BE");
    QTest::newRow("UTF-16 LE without BOM") << leNoBom << QStringLiteral("UTF-16 LE");
    QTest::newRow("UTF-16 BE without BOM") << beNoBom << QStringLiteral("UTF-16 BE");
    QTest::newRow("UTF-32 LE") << le32 << QStringLiteral("UTF-32 LE");
    QTest::newRow("UTF-32 BE") << be32 << QStringLiteral("UTF-32 BE");
}

void TestConfigFileReader::wideEncodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QCOMPARE(ConfigFileReader::detectWideEncoding(bytes), encoding);
    const auto result = ConfigFileReader::read(writeFile(QStringLiteral("wide.json"), bytes));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, FileReadProblem::NotUtf8);
    QVERIFY(result.error().message.contains(encoding));
}

void TestConfigFileReader::zeroBytes()
{
    const auto result = ConfigFileReader::read(writeFile(QStringLiteral("zero.json"), QByteArray("{\"a\": 1}\0\0", 10)));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, FileReadProblem::NotUtf8);
    QVERIFY(ConfigFileReader::detectWideEncoding(test::readSample(QStringLiteral("default-local.json"))).isEmpty());
    QVERIFY(ConfigFileReader::detectWideEncoding(test::readSample(QStringLiteral("bom-tabs-lf.json"))).isEmpty());
}

void TestConfigFileReader::ansiTextIsLeftToTheParser()
{
    // "Grün" saved as Windows-1252: the reader returns the bytes, the parser names line:column.
    const QByteArray bytes = "{\r\n   \"note\" : \"Gr\xFCn\"\r\n}\r\n";
    const auto result = ConfigFileReader::read(writeFile(QStringLiteral("ansi.json"), bytes));
    QVERIFY(result.ok());
    const auto parsed = parseJson(result.value().bytes);
    QCOMPARE(parsed.error->problem, SyntaxProblem::InvalidUtf8);
    QCOMPARE(parsed.error->position, (TextPosition{2, 16}));
}

void TestConfigFileReader::readingChangesNothing()
{
    const QByteArray bytes = test::readSample(QStringLiteral("example1-two-remote.json"));
    const QString path = writeFile(QStringLiteral("eucwebconfig.json"), bytes);
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QDateTime before = QFileInfo(path).lastModified();
    const auto result = ConfigFileReader::read(path);
    QVERIFY(result.ok());
    QCOMPARE(result.value().lastModified, before);
    QCOMPARE(QFileInfo(path).lastModified(), before);
    QCOMPARE(QFileInfo(path).permissions() & QFileDevice::WriteOwner, QFileDevice::Permissions());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("eucwebconfig.json")});
}

void TestConfigFileReader::messagesAreDistinctAndNameTheFile()
{
    QByteArray utf16("\xFF\xFE{\0}\0", 6);
    const QStringList paths = {m_dir->filePath(QStringLiteral("missing.json")),
                               m_dir->path(),
                               QStringLiteral("/dev/null"),
                               writeFile(QStringLiteral("empty.json"), QByteArray()),
                               writeFile(QStringLiteral("utf16.json"), utf16)};
    QSet<FileReadProblem> codes;
    QSet<QString> messages;
    for (const QString &path : paths) {
        const auto result = ConfigFileReader::read(path);
        QVERIFY(!result.ok());
        codes.insert(result.error().code);
        QVERIFY2(result.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(result.error().message));
        messages.insert(QString(result.error().message).remove(QDir::toNativeSeparators(path)));
    }
    QCOMPARE(codes.size(), paths.size());
    QCOMPARE(messages.size(), paths.size());
}

QTEST_GUILESS_MAIN(TestConfigFileReader)
#include "tst_configfilereader.moc"
