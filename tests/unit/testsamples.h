#pragma once

// Access to the project's eucwebconfig.json samples in tests/data/configs (read-only).

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTest>

namespace ucmc::test {

inline QString samplePath(const QString &name)
{
    return QStringLiteral(UCMC_TEST_DATA_DIR "/configs/") + name;
}

inline QByteArray readSample(const QString &name)
{
    QFile file(samplePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read sample %s", qPrintable(samplePath(name)));
    }
    return file.readAll();
}

// The samples that are valid JSON, and the broken ones (tests/data/configs/README.md says what each is for).
inline QStringList validSamples()
{
    return {QStringLiteral("default-local.json"),       QStringLiteral("example1-two-remote.json"),
            QStringLiteral("example2-local-plus-remote.json"), QStringLiteral("encrypted.json"),
            QStringLiteral("bom-tabs-lf.json"),         QStringLiteral("compact-one-line.json"),
            QStringLiteral("lint-mistakes.json"),       QStringLiteral("extra-members.json"),
            QStringLiteral("duplicate-members.json")};
}

// Valid JSON whose list has entries that are not media servers (a number, text, no url): only for
// the checks, since structured edits refuse such entries.
inline QStringList lintOnlySamples()
{
    return {QStringLiteral("lint-every-rule.json")};
}

inline QStringList brokenSamples()
{
    return {QStringLiteral("broken-trailing-comma.json"), QStringLiteral("broken-missing-comma.json"),
            QStringLiteral("broken-smart-quotes.json"), QStringLiteral("broken-comment.json")};
}

} // namespace ucmc::test
