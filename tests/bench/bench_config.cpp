// Speed of the document core on a generated 10,000-entry eucwebconfig.json (about 1.6 MB):
//   parse + lint             target < 20 ms (also shown apart)
//   edit + serialisation     target <  5 ms: one changed flag, the new file content
//   edit as a new document   the same edit as the UI gets it from ConfigEditor: a new
//                            ConfigDocument, parsed again and checked to be valid JSON
// Prints median and max of the warm runs (one process, repeated) and of the cold runs (a fresh
// process each, first call only). Prints figures only; asserts nothing about timing.
//
// Run: build/bin/bench_config [--runs N] [--cold N]      (a Release build gives the real figures)

#include "models/configdocument.h"
#include "models/configeditor.h"
#include "models/configlint.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>
#include <vector>

using namespace ucmc;

namespace {

QByteArray generateConfig(int entries)
{
    QByteArray out = "{\r\n   \"listen\" : {\r\n      \"http\" : 7224,\r\n      \"https\" : 7225\r\n   },\r\n"
                     "   \"kurentoservers\" : [\r\n";
    for (int i = 0; i < entries; ++i) {
        const QByteArray host = QByteArray::number(10) + '.' + QByteArray::number((i >> 16) & 0xFF) + '.' +
                                QByteArray::number((i >> 8) & 0xFF) + '.' + QByteArray::number(i & 0xFF);
        out += "      {\r\n         \"url\" : \"ws://" + host +
               ":8888/kurento\",\r\n"
               "         \"candkillipv6\": 0,\r\n         \"candkilltcp\": 0,\r\n         \"candonlyturn\": "
               "0\r\n      }";
        out += i + 1 < entries ? ",\r\n" : "\r\n";
    }
    out += "   ],\r\n   \"logging\" : {\r\n      \"level\" : \"info\"\r\n   }\r\n}\r\n";
    return out;
}

double milliseconds(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Figures
{
    double parse = 0, lint = 0, parseLint = 0, editSplice = 0, editReparsed = 0;
};

// Old documents are not destroyed inside a timed region: the console keeps them (undo stack)
// and frees them later, off the path the user waits on.
Figures measureOnce(const QByteArray &bytes)
{
    Figures f;
    std::optional<ConfigDocument> parsed;
    std::vector<DocumentProblem> problems;
    f.parse = milliseconds([&] { parsed = ConfigDocument::fromBytes(bytes); });
    f.lint = milliseconds([&] { problems = ConfigLint::check(*parsed); });
    f.parseLint = f.parse + f.lint;
    const ConfigDocument &document = *parsed;

    // The edit a user makes most: a flag of a server in the middle of the list. "Serialisation"
    // is the new file content, which is what a save writes.
    const int middle = int(document.entries().size() / 2);
    QByteArray serialised;
    f.editSplice = milliseconds([&] {
        const FlagValue &flag = document.entries()[size_t(middle)].candkilltcp;
        const TextSplice splice{flag.valueSpan, QByteArray("1")};
        serialised = splice.applyTo(document.bytes());
    });
    // The same edit through ConfigEditor, which hands the UI a new, parsed and checked document.
    std::optional<EditResult> edit;
    f.editReparsed =
        milliseconds([&] { edit = ConfigEditor::setFlag(document, middle, ServerFlag::CandKillTcp, true); });
    if (!edit->ok() || edit->value().document.bytes() != serialised || problems.empty())
        std::puts("unexpected result");
    return f;
}

void report(const char *what, std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const double median = values[values.size() / 2];
    std::printf("  %-28s median %7.2f ms   max %7.2f ms   (%zu runs)\n", what, median, values.back(),
                values.size());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    auto option = [&](const char *name, int fallback) {
        const qsizetype i = args.indexOf(QString::fromLatin1(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
    };
    const int entries = 10000;
    const QByteArray bytes = generateConfig(entries);

    if (args.contains(QStringLiteral("--single"))) { // one cold measurement, for the parent
        const Figures f = measureOnce(bytes);
        std::printf("%f %f %f %f %f\n", f.parse, f.lint, f.parseLint, f.editSplice, f.editReparsed);
        return 0;
    }

    const int runs = option("--runs", 30);
    const int coldRuns = option("--cold", 10);
    std::printf("%d entries, %lld bytes\n", entries, static_cast<long long>(bytes.size()));

    const char *names[] = {"parse", "lint", "parse + lint", "edit + serialisation", "edit as a new document"};
    std::vector<std::vector<double>> cold(5), warm(5);
    auto collect = [](std::vector<std::vector<double>> &into, const Figures &f) {
        const double values[] = {f.parse, f.lint, f.parseLint, f.editSplice, f.editReparsed};
        for (size_t i = 0; i < 5; ++i)
            into[i].push_back(values[i]);
    };
    for (int i = 0; i < coldRuns; ++i) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--single")});
        child.waitForFinished(60000);
        const QList<QByteArray> parts = child.readAllStandardOutput().trimmed().split(' ');
        if (parts.size() != 5)
            continue;
        Figures f;
        f.parse = parts[0].toDouble();
        f.lint = parts[1].toDouble();
        f.parseLint = parts[2].toDouble();
        f.editSplice = parts[3].toDouble();
        f.editReparsed = parts[4].toDouble();
        collect(cold, f);
    }
    measureOnce(bytes); // warm-up
    for (int i = 0; i < runs; ++i)
        collect(warm, measureOnce(bytes));
    std::printf("warm (one process, after a warm-up run):\n");
    for (size_t i = 0; i < 5; ++i)
        report(names[i], warm[i]);
    if (!cold[0].empty()) {
        std::printf("cold (a fresh process each, first call):\n");
        for (size_t i = 0; i < 5; ++i)
            report(names[i], cold[i]);
    }
    return 0;
}
