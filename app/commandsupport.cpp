#include "commandsupport.h"

#include "models/configfilereader.h"
#include "models/configwriter.h"

#include <cstdio>

namespace ucmc::cli {

void printOut(const QByteArray &utf8)
{
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fflush(stdout);
}

void printOut(const QString &text)
{
    printOut(text.toUtf8() + '\n');
}

void printError(const QString &text)
{
    const QByteArray utf8 = text.toUtf8() + '\n';
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
    std::fflush(stderr);
}

QString diagnosticLine(const QString &file, const DocumentProblem &problem)
{
    return QStringLiteral("%1:%2:%3: %4: %5 [%6]")
        .arg(file, QString::number(problem.position.line), QString::number(problem.position.column),
             severityName(problem.severity), problem.message, problem.ruleId);
}

std::variant<LoadedFile, LoadFailure> FileLoader::load(const QString &path)
{
    auto read = ConfigFileReader::read(path);
    if (read.ok()) {
        const QByteArray &bytes = read.value().bytes;
        return LoadedFile{ConfigDocument::fromBytes(bytes), ConfigWriter::hashOf(bytes)};
    }
    switch (read.error().code) {
    case FileReadProblem::Empty:
        return LoadedFile{ConfigDocument::fromBytes(QByteArray()), ConfigWriter::hashOf(QByteArray())};
    case FileReadProblem::NotUtf8:
        return LoadFailure{read.error().message, false};
    default:
        return LoadFailure{read.error().message, true};
    }
}

} // namespace ucmc::cli
