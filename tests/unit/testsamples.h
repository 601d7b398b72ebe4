#pragma once

// Access to the shared eucwebconfig.json samples (read-only, beside the project root).

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTest>

namespace ucmc::test {

inline QString samplePath(const QString &name)
{
    return QStringLiteral(UCMC_SHARED_DIR "/samples/") + name;
}

inline QByteArray readSample(const QString &name)
{
    QFile file(samplePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read sample %s", qPrintable(samplePath(name)));
    }
    return file.readAll();
}

// The samples that are valid JSON, and the three broken ones.
inline QStringList validSamples()
{
    return {QStringLiteral("default-local.json"),       QStringLiteral("example1-two-remote.json"),
            QStringLiteral("example2-local-plus-remote.json"), QStringLiteral("encrypted.json"),
            QStringLiteral("bom-tabs-lf.json"),         QStringLiteral("compact-one-line.json"),
            QStringLiteral("lint-mistakes.json")};
}

inline QStringList brokenSamples()
{
    return {QStringLiteral("broken-trailing-comma.json"), QStringLiteral("broken-missing-comma.json"),
            QStringLiteral("broken-smart-quotes.json")};
}

} // namespace ucmc::test
