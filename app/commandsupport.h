#pragma once

// What the subcommands share: loading the file, printing, and the diagnostic line format that
// editors and CI systems parse (FILE:LINE:COL: severity: message [rule-id]).

#include "models/configdocument.h"
#include "models/site.h"
#include "models/documentproblem.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <variant>

namespace ucmc::cli {

void printOut(const QByteArray &utf8);
void printOut(const QString &text);   // adds a line break
void printError(const QString &text); // adds a line break

// "FILE:LINE:COL: severity: message [rule-id]"
QString diagnosticLine(const QString &file, const DocumentProblem &problem);

struct LoadedFile
{
    ConfigDocument document;
    QByteArray loadedHash;
};

struct LoadFailure
{
    QString message;
    bool unreadable = true; // could not read at all (exit 3), else read but not usable text (exit 2)
};

class FileLoader
{
public:
    // An empty file loads as an (invalid) empty document; a UTF-16 file or one with zero bytes
    // is a usable-text failure; anything that could not be read is unreadable.
    static std::variant<LoadedFile, LoadFailure> load(const QString &path);
};

// A site the console remembers, by the name it shows, its own name or its id; with no name, the one
// opened last. nullopt with *error (translated) when there is none.
std::optional<Site> rememberedSite(const QString &wanted, QString *error);

} // namespace ucmc::cli
