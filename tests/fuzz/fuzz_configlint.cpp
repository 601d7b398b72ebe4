// libFuzzer target: loading a document (ConfigDocument::fromBytes) and linting it
// (ConfigLint::check) on arbitrary bytes.
// Oracle: the document keeps the bytes as given; every problem has a known rule id, a message and
// a span inside the bytes; every fix fits the bytes; entries lie inside the kurentoservers list.

#include "fuzzsupport.h"
#include "models/configdocument.h"
#include "models/configlint.h"

#include <QSet>

#include <cstddef>
#include <cstdint>

using namespace ucmc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QSet<QString> knownRules = [] {
        QSet<QString> ids;
        for (const LintRule &rule : ConfigLint::rules())
            ids.insert(rule.id);
        return ids;
    }();

    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ConfigDocument document = ConfigDocument::fromBytes(bytes);
    FUZZ_CHECK(document.bytes() == bytes);
    FUZZ_CHECK(document.isValidJson() != document.syntaxError().has_value());

    const JsonNode *list = document.kurentoServers();
    for (const MediaServerEntry &entry : document.entries()) {
        FUZZ_CHECK(list && list->isArray());
        FUZZ_CHECK(entry.span.begin > list->span.begin && entry.span.end < list->span.end);
        FUZZ_CHECK(document.entryNode(entry.index) != nullptr);
    }

    const std::vector<DocumentProblem> problems = ConfigLint::check(document);
    FUZZ_CHECK(document.isValidJson() || ConfigLint::hasErrors(problems));
    for (const DocumentProblem &problem : problems) {
        FUZZ_CHECK(knownRules.contains(problem.ruleId));
        FUZZ_CHECK(!problem.message.isEmpty());
        FUZZ_CHECK(problem.span.begin >= 0 && problem.span.begin <= problem.span.end
                   && problem.span.end <= bytes.size());
        FUZZ_CHECK(problem.entryIndex >= -1 && problem.entryIndex < int(document.entries().size()));
        if (problem.fix) {
            FUZZ_CHECK(!problem.fix->description.isEmpty());
            FUZZ_CHECK(problem.fix->span.begin >= 0 && problem.fix->span.begin <= problem.fix->span.end
                       && problem.fix->span.end <= bytes.size());
        }
    }
    return 0;
}
