#include "formatvariants.h"
#include "models/configeditor.h"
#include "models/configlint.h"
#include "testsamples.h"

#include <QTest>
#include <functional>

using namespace ucmc;

namespace {

// --- the trees of the property test, and edits applied to them as trees

JsonNode parsedTree(const char *json)
{
    auto result = parseJson(QByteArrayView(json));
    if (!result.ok())
        qFatal("bad test tree: %s", json);
    return std::move(*result.root);
}

JsonNode stringNode(const QString &text)
{
    JsonNode node;
    node.kind = JsonNode::Kind::String;
    node.text = text;
    return node;
}

JsonNode flagNode(bool on, bool boolean)
{
    JsonNode node;
    if (boolean) {
        node.kind = JsonNode::Kind::Bool;
        node.boolean = on;
    } else {
        node.kind = JsonNode::Kind::Number;
        node.text = on ? QStringLiteral("1") : QStringLiteral("0");
        node.number = on ? 1 : 0;
    }
    return node;
}

JsonNode &serverList(JsonNode &root)
{
    for (auto &member : root.members) {
        if (member.key == QLatin1String("kurentoservers"))
            return member.value;
    }
    qFatal("no kurentoservers");
}

const JsonNode &serverList(const JsonNode &root)
{
    return serverList(const_cast<JsonNode &>(root));
}

JsonNode urlEntry(const QString &url)
{
    JsonNode entry;
    entry.kind = JsonNode::Kind::Object;
    entry.members.push_back({QStringLiteral("url"), {}, stringNode(url)});
    return entry;
}

JsonNode::Member *findMember(JsonNode &object, const QString &key)
{
    for (auto &member : object.members) {
        if (member.key == key)
            return &member;
    }
    return nullptr;
}

// The type a flag written anew gets: the entry's other flags, else the file's majority, else 0/1.
bool newFlagIsBoolean(const JsonNode &root, const JsonNode &entry)
{
    for (const auto &member : entry.members) {
        if (serverFlagFromKey(member.key) && (member.value.isBool() || member.value.isNumber()))
            return member.value.isBool();
    }
    int booleans = 0, numbers = 0;
    for (const auto &element : root.members) {
        if (element.key != QLatin1String("kurentoservers"))
            continue;
        for (const auto &e : element.value.elements) {
            for (const auto &member : e.members) {
                if (serverFlagFromKey(member.key)) {
                    booleans += member.value.isBool();
                    numbers += member.value.isNumber();
                }
            }
        }
    }
    return booleans > numbers;
}

struct TreeEdit
{
    QString name;
    std::function<EditResult(const ConfigDocument &)> edit;
    std::function<void(JsonNode &root)> expected;
};

QList<TreeEdit> editsFor(const JsonNode &root)
{
    QList<TreeEdit> edits;
    const JsonNode &list = serverList(root);
    const int count = int(list.elements.size());
    const QString newUrl = QStringLiteral("ws://10.21.3.13:8888/kurento");

    edits.append({QStringLiteral("add at end"),
                  [=](const ConfigDocument &d) { return ConfigEditor::addServer(d, newUrl); },
                  [=](JsonNode &r) { serverList(r).elements.push_back(urlEntry(newUrl)); }});
    edits.append({QStringLiteral("add first"),
                  [=](const ConfigDocument &d) { return ConfigEditor::addServer(d, newUrl, 0); },
                  [=](JsonNode &r) {
                      auto &elements = serverList(r).elements;
                      elements.insert(elements.begin(), urlEntry(newUrl));
                  }});
    if (count >= 2)
        edits.append({QStringLiteral("add in the middle"),
                      [=](const ConfigDocument &d) { return ConfigEditor::addServer(d, newUrl, 1); },
                      [=](JsonNode &r) {
                          auto &elements = serverList(r).elements;
                          elements.insert(elements.begin() + 1, urlEntry(newUrl));
                      }});
    for (int i = 0; i < count; ++i)
        edits.append({QStringLiteral("remove %1").arg(i),
                      [=](const ConfigDocument &d) { return ConfigEditor::removeServer(d, i); },
                      [=](JsonNode &r) {
                          auto &elements = serverList(r).elements;
                          elements.erase(elements.begin() + i);
                      }});
    if (count >= 2) {
        edits.append({QStringLiteral("move first to last"),
                      [=](const ConfigDocument &d) { return ConfigEditor::moveServer(d, 0, count - 1); },
                      [=](JsonNode &r) {
                          auto &elements = serverList(r).elements;
                          std::rotate(elements.begin(), elements.begin() + 1, elements.end());
                      }});
        edits.append({QStringLiteral("move last to first"),
                      [=](const ConfigDocument &d) { return ConfigEditor::moveServer(d, count - 1, 0); },
                      [=](JsonNode &r) {
                          auto &elements = serverList(r).elements;
                          std::rotate(elements.begin(), elements.end() - 1, elements.end());
                      }});
    }
    if (count == 0)
        return edits;

    const QString otherUrl = QStringLiteral("ws://10.99.0.1:9999/kms");
    edits.append({QStringLiteral("set url"),
                  [=](const ConfigDocument &d) { return ConfigEditor::setUrl(d, 0, otherUrl); },
                  [=](JsonNode &r) {
                      findMember(serverList(r).elements[0], QStringLiteral("url"))->value =
                          stringNode(otherUrl);
                  }});
    const QString firstUrl = list.elements[0].member(QLatin1StringView("url"))->text;
    const bool firstSecure = firstUrl.startsWith(QLatin1String("wss:"));
    const QString switched = firstSecure ? QString(firstUrl)
                                               .replace(QLatin1String("wss:"), QLatin1String("ws:"))
                                               .replace(QLatin1String(":8433/"), QLatin1String(":8888/"))
                                         : QString(firstUrl)
                                               .replace(QLatin1String("ws:"), QLatin1String("wss:"))
                                               .replace(QLatin1String(":8888/"), QLatin1String(":8433/"));
    edits.append({QStringLiteral("switch encryption"),
                  [=](const ConfigDocument &d) { return ConfigEditor::setEncrypted(d, 0, !firstSecure); },
                  [=](JsonNode &r) {
                      findMember(serverList(r).elements[0], QStringLiteral("url"))->value =
                          stringNode(switched);
                  }});

    for (ServerFlag flag : {ServerFlag::CandKillIpv6, ServerFlag::CandKillTcp, ServerFlag::CandOnlyTurn}) {
        const QString key(serverFlagKey(flag));
        const JsonNode::Member *present = list.elements[0].findMember(QStringView(key));
        const bool wasOn =
            present && (present->value.isBool() ? present->value.boolean : present->value.number != 0);
        edits.append({QStringLiteral("set %1").arg(key),
                      [=](const ConfigDocument &d) { return ConfigEditor::setFlag(d, 0, flag, !wasOn); },
                      [=](JsonNode &r) {
                          JsonNode &entry = serverList(r).elements[0];
                          if (JsonNode::Member *member = findMember(entry, key)) {
                              member->value = flagNode(!wasOn, member->value.isBool());
                          } else {
                              const bool boolean = newFlagIsBoolean(r, entry);
                              entry.members.push_back({key, {}, flagNode(!wasOn, boolean)});
                          }
                      }});
        if (present)
            edits.append({QStringLiteral("clear %1").arg(key),
                          [=](const ConfigDocument &d) { return ConfigEditor::clearFlag(d, 0, flag); },
                          [=](JsonNode &r) {
                              auto &members = serverList(r).elements[0].members;
                              members.erase(
                                  std::find_if(members.begin(), members.end(),
                                               [&](const JsonNode::Member &m) { return m.key == key; }));
                          }});
    }
    return edits;
}

struct BaseTree
{
    const char *name;
    const char *json;
    bool articleStyleApplies; // entries mix "url" : with flags: , so the mixed habit is learnable
};

const BaseTree kBaseTrees[] = {
    {"two servers with flags",
     R"({"listen": {"http": 7224, "https": 7225}, "kurentoservers": [{"url": "ws://10.21.3.11:8888/kurento", "candkillipv6": 0, "candkilltcp": 0, "candonlyturn": 0}, {"url": "ws://10.21.3.12:8888/kurento", "candkillipv6": 0, "candkilltcp": 1, "candonlyturn": 0}], "logging": {"level": "info"}})",
     true},
    {"url only, unknown member",
     R"({"kurentoservers": [{"url": "ws://127.0.0.1:8888/kurento"}, {"url": "ws://10.21.3.11:8888/kurento", "comment-by-admin": "Rack 4, Gr\u00fcn"}, {"url": "wss://10.21.3.12:8433/kurento"}], "other": {"keep": [1, 2.50, -0.0, 1E+2, "\u00e4\n"], "order": {"z": 1, "a": 2}}})",
     false},
    {"boolean flags",
     R"({"kurentoservers": [{"url": "wss://10.0.0.5:8433/kurento", "candkillipv6": true, "candkilltcp": false}], "x": {"y": null}})",
     true},
    {"one server", R"({"kurentoservers": [{"url": "ws://10.0.0.1:8888/kurento"}]})", false},
    {"empty list between others",
     R"({"listen": {"http": 7224}, "kurentoservers": [], "logging": {"level": "info", "path": "C:\\x"}})",
     false},
    {"empty list last", R"({"a": 1, "kurentoservers": []})", false},
};

// --- invariants on real files

void checkBytesOutsideListUnchanged(const ConfigDocument &before, const ConfigDocument &after)
{
    const SourceSpan list = before.kurentoServers()->span;
    const QByteArray &a = before.bytes();
    const QByteArray &b = after.bytes();
    QVERIFY(b.size() >= list.begin + (a.size() - list.end));
    QCOMPARE(b.left(list.begin), a.left(list.begin));
    QCOMPARE(b.right(a.size() - list.end), a.right(a.size() - list.end));
}

// Entry i of before that the edit did not touch must appear byte-identical as entry map[i] after.
void checkEntriesIdentical(const ConfigDocument &before, const ConfigDocument &after,
                           const QList<int> &untouched, const std::function<int(int)> &newIndex)
{
    for (int i : untouched) {
        const int j = newIndex(i);
        QVERIFY(j >= 0 && size_t(j) < after.entries().size());
        QCOMPARE(after.textOf(after.entries()[size_t(j)].span).toByteArray(),
                 before.textOf(before.entries()[size_t(i)].span).toByteArray());
    }
}

void checkResult(const ConfigDocument &before, const EditResult &result)
{
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    const DocumentEdit &edit = result.value();
    QVERIFY(edit.document.isValidJson());
    QVERIFY(!edit.description.isEmpty());
    QCOMPARE(edit.splice.applyTo(before.bytes()), edit.document.bytes());
    // Round trip: parsing the bytes again gives the same document.
    const ConfigDocument again = ConfigDocument::fromBytes(edit.document.bytes());
    QCOMPARE(again.entries().size(), edit.document.entries().size());
    for (size_t i = 0; i < again.entries().size(); ++i)
        QCOMPARE(again.entries()[i].url, edit.document.entries()[i].url);
    // The writer's habits stay.
    const FormatStyle &f = before.format();
    const FormatStyle &g = edit.document.format();
    QCOMPARE(g.utf8Bom, f.utf8Bom);
    QCOMPARE(g.lineEnding, f.lineEnding);
    QCOMPARE(g.hasLineBreaks, f.hasLineBreaks);
    QCOMPARE(g.mixedLineEndings, f.mixedLineEndings);
    QCOMPARE(g.finalNewline, f.finalNewline);
    if (!f.indentUnit.isEmpty())
        QCOMPARE(g.indentUnit, f.indentUnit);
}

QStringList urls(const ConfigDocument &document)
{
    QStringList out;
    for (const auto &entry : document.entries())
        out << entry.url;
    return out;
}

QStringList ruleIds(const std::vector<DocumentProblem> &problems)
{
    QStringList ids;
    for (const auto &problem : problems)
        ids << problem.ruleId;
    return ids;
}

ConfigDocument doc(const QByteArray &bytes)
{
    return ConfigDocument::fromBytes(bytes);
}

// What each occurrence of key in entry index says, parsed again from the bytes: "1", "true", …
QStringList occurrences(const ConfigDocument &document, int index, QLatin1StringView key)
{
    const ConfigDocument again = ConfigDocument::fromBytes(document.bytes());
    QStringList values;
    if (const JsonNode *entry = again.entryNode(index)) {
        for (const JsonNode::Member &member : entry->members) {
            if (member.key == key)
                values << QString::fromUtf8(again.textOf(member.value.span).toByteArray());
        }
    }
    return values;
}

// 1/true, 0/false or the text for anything else: what a reader of the flag understands.
QString flagMeaning(const QString &text)
{
    if (text == u"1" || text == u"true")
        return QStringLiteral("on");
    if (text == u"0" || text == u"false")
        return QStringLiteral("off");
    return text;
}

// Every flag of entry index means the same in each of its occurrences, so first-wins and
// last-wins readers agree.
void checkOccurrencesAgree(const ConfigDocument &document, int index)
{
    for (ServerFlag flag : {ServerFlag::CandKillIpv6, ServerFlag::CandKillTcp, ServerFlag::CandOnlyTurn}) {
        const QStringList values = occurrences(document, index, serverFlagKey(flag));
        for (const QString &value : values)
            QVERIFY2(flagMeaning(value) == flagMeaning(values.first()),
                     qPrintable(QStringLiteral("%1: %2").arg(serverFlagKey(flag), values.join(u','))));
    }
}

// Only entry index changed: the bytes before and after it are the same.
void checkOutsideEntryUnchanged(const ConfigDocument &before, const ConfigDocument &after, int index)
{
    const SourceSpan span = before.entries()[size_t(index)].span;
    const QByteArray &a = before.bytes();
    const QByteArray &b = after.bytes();
    QVERIFY(b.size() >= span.begin + (a.size() - span.end));
    QCOMPARE(b.left(span.begin), a.left(span.begin));
    QCOMPARE(b.right(a.size() - span.end), a.right(a.size() - span.end));
}

// The refusal of an address edit on an entry with "url" twice: the lint rule's reason and the way out.
void checkDuplicateUrlRefusal(const EditResult &result, int index)
{
    QVERIFY2(!result.ok(), "an address edit on an entry with two \"url\" must be refused");
    QCOMPARE(result.error().code, EditProblem::DuplicateMember);
    const QString &message = result.error().message;
    QVERIFY2(
        message.contains(QStringLiteral("Media server %1 contains \"url\" more than once").arg(index + 1)),
        qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("programs differ in which one they use")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Remove the extra \"url\" first")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Remove this extra member")), qPrintable(message));
}

} // namespace

Q_DECLARE_METATYPE(ucmc::EditProblem)

class TestConfigEditor : public QObject
{
    Q_OBJECT

private slots:
    void newServerUrlCompletesAndChecks_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("secure");
        QTest::addColumn<QString>("url"); // empty: refused
        QTest::addColumn<QString>("why"); // a piece of the refusal
        QTest::newRow("ipv4") << "10.21.3.13" << false << "ws://10.21.3.13:8888/kurento" << "";
        QTest::newRow("ipv4 secure") << " 10.21.3.13 " << true << "wss://10.21.3.13:8433/kurento" << "";
        QTest::newRow("ipv4 with port") << "10.21.3.13:9000" << false << "ws://10.21.3.13:9000/kurento" << "";
        QTest::newRow("host name") << "kms1" << false << "ws://kms1:8888/kurento" << "";
        QTest::newRow("ipv6") << "fd00::5" << true << "wss://[fd00::5]:8433/kurento" << "";
        QTest::newRow("ipv6 in brackets") << "[fd00::5]" << false << "ws://[fd00::5]:8888/kurento" << "";
        QTest::newRow("ipv6 with port") << "[fd00::5]:9000" << false << "ws://[fd00::5]:9000/kurento" << "";
        QTest::newRow("full url kept") << "wss://10.0.0.1:8433/kms" << false << "wss://10.0.0.1:8433/kms" << "";
        QTest::newRow("empty") << "  " << false << "" << "Enter the media server";
        QTest::newRow("http") << "http://10.0.0.1:8888/kurento" << false << ""
                              << "a media server is reached with ws:// or wss://";
        QTest::newRow("leading zero") << "010.0.0.1" << false << "" << "cannot be used";
        QTest::newRow("port out of range") << "10.0.0.1:70000" << false << "" << "cannot be used";
        QTest::newRow("space") << "10.0.0.1 x" << false << "" << "cannot be used";
    }
    void newServerUrlCompletesAndChecks()
    {
        QFETCH(QString, typed);
        QFETCH(bool, secure);
        QFETCH(QString, url);
        QFETCH(QString, why);
        const auto result = ConfigEditor::newServerUrl(typed, secure);
        if (url.isEmpty()) {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, EditProblem::InvalidUrl);
            QVERIFY2(result.error().message.contains(why), qPrintable(result.error().message));
        } else {
            QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
            QCOMPARE(result.value(), url);
        }
    }

    void propertyEditsLookHandWritten();
    void samplesKeepEverythingElse_data();
    void samplesKeepEverythingElse();
    void articleHabitsForNewEntries();
    void addToEmptyList();
    void addToCompactFile();
    void addToOneLineListInMultiLineFile();
    void addWithFlags();
    void removeLastLeavesNoComma();
    void removeOnlyEntryLeavesEmptyList();
    void moveKeepsEntriesByteIdentical();
    void unknownMembersAreKept();
    void duplicatedListEditsTheFirst();
    void duplicatedFlagEditsEveryOccurrence_data();
    void duplicatedFlagEditsEveryOccurrence();
    void duplicatedUrlRefusesAddressEdits();
    void duplicatedUrlSampleAfterTheLintFix();
    void invalidJsonRefusesStructuredEdits();
    void refusals_data();
    void refusals();
    void noChange();
    void flagsKeepTheirType();
    void flagOfOtherTypeIsRewritten();
    void encryptionFollowsTheArticle();
    void customPortsAreKeptOrMoved();
    void switchAllSkipsWhatCannotSwitch();
    void changeUrlParts();
    void urlWithEscapesRoundTrips();
    void setUrlOnEntryWithoutUrl();
    void descriptions();
    void replaceTextAndFixes();
};

void TestConfigEditor::propertyEditsLookHandWritten()
{
    int checked = 0;
    for (const BaseTree &base : kBaseTrees) {
        const JsonNode tree = parsedTree(base.json);
        const QList<TreeEdit> edits = editsFor(tree);
        for (const test::WriteStyle &style : test::formattingVariants()) {
            if (style.separator != style.urlSeparator && !base.articleStyleApplies)
                continue;
            const QByteArray text = test::writeDocument(tree, style);
            const ConfigDocument before = ConfigDocument::fromBytes(text);
            QVERIFY(before.isValidJson());
            for (const TreeEdit &edit : edits) {
                const QByteArray context = QStringLiteral("%1 / %2 / %3")
                                               .arg(QLatin1String(base.name), style.name, edit.name)
                                               .toUtf8();
                const EditResult result = edit.edit(before);
                QVERIFY2(result.ok(),
                         QByteArray(context + ": " +
                                    (result.ok() ? QByteArray() : result.error().message.toUtf8()))
                             .constData());
                JsonNode expectedTree = tree;
                edit.expected(expectedTree);
                const QByteArray expected = test::writeDocument(expectedTree, style);
                if (result.value().document.bytes() != expected) {
                    qWarning("%s\n--- got:\n%s\n--- expected:\n%s", context.constData(),
                             result.value().document.bytes().constData(), expected.constData());
                }
                QVERIFY2(result.value().document.bytes() == expected, context.constData());
                QCOMPARE(result.value().splice.applyTo(text), expected);
                ++checked;
            }
        }
    }
    qInfo("%d edits compared byte for byte with the generator's output", checked);
}

void TestConfigEditor::samplesKeepEverythingElse_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : test::validSamples())
        QTest::newRow(qPrintable(name)) << name;
}

void TestConfigEditor::samplesKeepEverythingElse()
{
    QFETCH(QString, name);
    const ConfigDocument before = ConfigDocument::fromBytes(test::readSample(name));
    const int n = int(before.entries().size());
    QList<int> all;
    for (int i = 0; i < n; ++i)
        all << i;
    auto except = [&](int skip) {
        QList<int> rest = all;
        rest.removeAll(skip);
        return rest;
    };
    const auto same = [](int i) { return i; };

    // add at every position
    for (int at = 0; at <= n; ++at) {
        const EditResult r =
            ConfigEditor::addServer(before, QStringLiteral("ws://10.21.3.13:8888/kurento"), at);
        checkResult(before, r);
        checkBytesOutsideListUnchanged(before, r.value().document);
        checkEntriesIdentical(before, r.value().document, all, [at](int i) { return i < at ? i : i + 1; });
        QCOMPARE(r.value().document.entries()[size_t(at)].url,
                 QStringLiteral("ws://10.21.3.13:8888/kurento"));
        QCOMPARE(int(r.value().document.entries().size()), n + 1);
    }
    // remove each
    for (int i = 0; i < n; ++i) {
        const EditResult r = ConfigEditor::removeServer(before, i);
        checkResult(before, r);
        checkBytesOutsideListUnchanged(before, r.value().document);
        checkEntriesIdentical(before, r.value().document, except(i),
                              [i](int k) { return k < i ? k : k - 1; });
        QCOMPARE(int(r.value().document.entries().size()), n - 1);
    }
    // move every pair
    for (int from = 0; from < n; ++from) {
        for (int to = 0; to < n; ++to) {
            if (from == to)
                continue;
            const EditResult r = ConfigEditor::moveServer(before, from, to);
            checkResult(before, r);
            checkBytesOutsideListUnchanged(before, r.value().document);
            QStringList expected = urls(before);
            expected.move(from, to);
            QCOMPARE(urls(r.value().document), expected);
            QList<int> order = all;
            order.move(from, to);
            checkEntriesIdentical(before, r.value().document, all,
                                  [&order](int i) { return int(order.indexOf(i)); });
        }
    }
    // change each entry in every way
    for (int i = 0; i < n; ++i) {
        const MediaServerEntry &entry = before.entries()[size_t(i)];
        std::vector<EditResult> results;
        const EditResult url = ConfigEditor::setUrl(before, i, QStringLiteral("ws://10.1.2.3:8888/kurento"));
        if (entry.duplicateMembers.contains(EntryKey::Url)) {
            // Address edits refuse an entry with "url" twice (duplicate-members.json).
            checkDuplicateUrlRefusal(url, i);
            if (ConfigEditor::canSwitchEncryption(entry))
                checkDuplicateUrlRefusal(ConfigEditor::setEncrypted(before, i, !entry.endpoint.secure), i);
        } else {
            results.push_back(url);
            if (ConfigEditor::canSwitchEncryption(entry))
                results.push_back(ConfigEditor::setEncrypted(before, i, !entry.endpoint.secure));
        }
        for (ServerFlag flag :
             {ServerFlag::CandKillIpv6, ServerFlag::CandKillTcp, ServerFlag::CandOnlyTurn}) {
            const FlagValue &value = flagOf(entry, flag);
            const bool on = value.type == FlagValue::Type::Number ? value.number == 0 : !value.boolean;
            results.push_back(ConfigEditor::setFlag(before, i, flag, on));
            if (value.isPresent())
                results.push_back(ConfigEditor::clearFlag(before, i, flag));
        }
        for (const EditResult &r : results) {
            checkResult(before, r);
            checkBytesOutsideListUnchanged(before, r.value().document);
            checkEntriesIdentical(before, r.value().document, except(i), same);
            // Unknown members of the edited entry stay.
            QCOMPARE(r.value().document.entries()[size_t(i)].unknownMembers, entry.unknownMembers);
            // A duplicated flag means the same in every occurrence afterwards.
            checkOccurrencesAgree(r.value().document, i);
        }
    }
    // encryption for all
    const bool anyUrlTwice = std::any_of(before.entries().begin(), before.entries().end(), [](const auto &e) {
        return e.duplicateMembers.contains(EntryKey::Url);
    });
    for (bool on : {true, false}) {
        const EditResult r = ConfigEditor::setAllEncrypted(before, on);
        if (!r.ok()) {
            QVERIFY2(r.error().code == EditProblem::NoChange ||
                         (anyUrlTwice && r.error().code == EditProblem::DuplicateMember),
                     qPrintable(r.error().message));
            continue;
        }
        checkResult(before, r);
        checkBytesOutsideListUnchanged(before, r.value().document);
    }
}

void TestConfigEditor::articleHabitsForNewEntries()
{
    // The article's own example: entry 1 "url" :, flags with ": ", CRLF, 3 spaces.
    const ConfigDocument before =
        ConfigDocument::fromBytes(test::readSample(QStringLiteral("example1-two-remote.json")));
    const EditResult added = ConfigEditor::addServer(before, QStringLiteral("ws://10.21.3.13:8888/kurento"));
    QVERIFY(added.ok());
    QVERIFY(added.value().document.bytes().contains("      }"
                                                    ",\r\n"
                                                    "      {\r\n"
                                                    "         \"url\" : \"ws://10.21.3.13:8888/kurento\"\r\n"
                                                    "      }\r\n"
                                                    "   ],\r\n"));
    const EditResult flagged =
        ConfigEditor::setFlag(added.value().document, 2, ServerFlag::CandKillTcp, true);
    QVERIFY(flagged.ok());
    QVERIFY(
        flagged.value().document.bytes().contains("         \"url\" : \"ws://10.21.3.13:8888/kurento\",\r\n"
                                                  "         \"candkilltcp\": 1\r\n"
                                                  "      }\r\n"));

    // Tabs, LF, BOM and no final newline (bom-tabs-lf.json).
    const ConfigDocument tabs =
        ConfigDocument::fromBytes(test::readSample(QStringLiteral("bom-tabs-lf.json")));
    const EditResult tabAdded = ConfigEditor::addServer(tabs, QStringLiteral("ws://10.0.0.6:8888/kurento"));
    QVERIFY(tabAdded.ok());
    QVERIFY(tabAdded.value().document.bytes().contains(
        "\t\t},\n\t\t{\n\t\t\t\"url\": \"ws://10.0.0.6:8888/kurento\"\n\t\t}\n\t],"));
    QVERIFY(tabAdded.value().document.bytes().startsWith("\xEF\xBB\xBF{"));
    QVERIFY(tabAdded.value().document.bytes().endsWith("}"));
}

void TestConfigEditor::addToEmptyList()
{
    const ConfigDocument before =
        doc("{\r\n   \"listen\" : {\r\n      \"http\" : 7224\r\n   },\r\n   \"kurentoservers\" : [],\r\n"
            "   \"x\" : 1\r\n}\r\n");
    const EditResult r = ConfigEditor::addServer(before, QStringLiteral("ws://10.21.3.11:8888/kurento"));
    QVERIFY(r.ok());
    QCOMPARE(r.value().document.bytes(), QByteArray("{\r\n   \"listen\" : {\r\n      \"http\" : 7224\r\n   "
                                                    "},\r\n   \"kurentoservers\" : [\r\n      {\r\n"
                                                    "         \"url\" : \"ws://10.21.3.11:8888/kurento\"\r\n "
                                                    "     }\r\n   ],\r\n   \"x\" : 1\r\n}\r\n"));
    QCOMPARE(ConfigLint::hasErrors(ConfigLint::check(r.value().document)), false);

    // "[ ]" and a list broken over lines are empty too.
    for (const QByteArray &list : {QByteArray("[ ]"), QByteArray("[\n   ]")}) {
        const ConfigDocument spaced = doc("{\n   \"kurentoservers\": " + list + "\n}\n");
        const EditResult s = ConfigEditor::addServer(spaced, QStringLiteral("ws://10.0.0.1:8888/kurento"));
        QVERIFY(s.ok());
        QCOMPARE(s.value().document.bytes(),
                 QByteArray("{\n   \"kurentoservers\": [\n      {\n         \"url\": "
                            "\"ws://10.0.0.1:8888/kurento\"\n      }\n   ]\n}\n"));
    }
}

void TestConfigEditor::addToCompactFile()
{
    const ConfigDocument before =
        ConfigDocument::fromBytes(test::readSample(QStringLiteral("compact-one-line.json")));
    const EditResult r = ConfigEditor::addServer(before, QStringLiteral("ws://192.168.10.22:8888/kurento"));
    QVERIFY(r.ok());
    QCOMPARE(r.value().document.bytes(),
             QByteArray("{\"kurentoservers\":[{\"url\":\"ws://192.168.10.20:8888/kurento\"},{\"url\":\"ws://"
                        "192.168.10.21:8888/"
                        "kurento\"},{\"url\":\"ws://192.168.10.22:8888/kurento\"}],\"x\":{\"y\":null}}"));
    const EditResult flag = ConfigEditor::setFlag(before, 0, ServerFlag::CandKillIpv6, true);
    QVERIFY(flag.value().document.bytes().startsWith(
        "{\"kurentoservers\":[{\"url\":\"ws://192.168.10.20:8888/kurento\",\"candkillipv6\":1},"));
    // An empty compact list gets a compact entry.
    const EditResult empty = ConfigEditor::addServer(doc("{\"kurentoservers\":[],\"x\":1}"),
                                                     QStringLiteral("ws://10.0.0.1:8888/kurento"));
    QCOMPARE(empty.value().document.bytes(),
             QByteArray("{\"kurentoservers\":[{\"url\":\"ws://10.0.0.1:8888/kurento\"}],\"x\":1}"));
    const EditResult spaced = ConfigEditor::addServer(doc("{ \"kurentoservers\": [], \"x\": 1 }"),
                                                      QStringLiteral("ws://10.0.0.1:8888/kurento"));
    QCOMPARE(spaced.value().document.bytes(),
             QByteArray("{ \"kurentoservers\": [ { \"url\": \"ws://10.0.0.1:8888/kurento\" } ], \"x\": 1 }"));
}

void TestConfigEditor::addToOneLineListInMultiLineFile()
{
    const ConfigDocument before = doc("{\n  \"kurentoservers\": [{\"url\": \"ws://10.0.0.1:8888/kurento\"}, "
                                      "{\"url\": \"ws://10.0.0.2:8888/kurento\"}],\n"
                                      "  \"x\": 1\n}\n");
    const EditResult r = ConfigEditor::addServer(before, QStringLiteral("ws://10.0.0.3:8888/kurento"));
    QCOMPARE(r.value().document.bytes(),
             QByteArray("{\n  \"kurentoservers\": [{\"url\": \"ws://10.0.0.1:8888/kurento\"}, {\"url\": "
                        "\"ws://10.0.0.2:8888/kurento\"}, "
                        "{\"url\": \"ws://10.0.0.3:8888/kurento\"}],\n  \"x\": 1\n}\n"));
    const EditResult f = ConfigEditor::setFlag(before, 1, ServerFlag::CandOnlyTurn, false);
    QVERIFY(f.value().document.bytes().contains(
        "{\"url\": \"ws://10.0.0.2:8888/kurento\", \"candonlyturn\": 0}]"));
}

void TestConfigEditor::addWithFlags()
{
    const ConfigDocument before =
        ConfigDocument::fromBytes(test::readSample(QStringLiteral("encrypted.json")));
    NewServerFlags flags;
    flags.candkillipv6 = false;
    flags.candonlyturn = true;
    const EditResult r = ConfigEditor::addServer(before, QStringLiteral("wss://10.21.3.12:8433/kurento"),
                                                 ConfigEditor::AtEnd, flags);
    QVERIFY(r.ok());
    QVERIFY(r.value().document.bytes().contains(
        "      {\r\n         \"url\" : \"wss://10.21.3.12:8433/kurento\",\r\n"
        "         \"candkillipv6\": 0,\r\n         \"candonlyturn\": 1\r\n      }\r\n   ]"));
    const MediaServerEntry &entry = r.value().document.entries()[1];
    QCOMPARE(entry.candkillipv6.type, FlagValue::Type::Number);
    QCOMPARE(entry.candkilltcp.type, FlagValue::Type::Absent);
    QCOMPARE(entry.candonlyturn.number, 1.0);
}

void TestConfigEditor::removeLastLeavesNoComma()
{
    const ConfigDocument before =
        ConfigDocument::fromBytes(test::readSample(QStringLiteral("example1-two-remote.json")));
    const EditResult r = ConfigEditor::removeServer(before, 1);
    QVERIFY(r.ok());
    QVERIFY(r.value().document.bytes().contains(
        "         \"candonlyturn\": 0\r\n      }\r\n   ],\r\n   \"logging\""));
    QVERIFY(!r.value().document.bytes().contains("},\r\n   ]"));
    QCOMPARE(ConfigLint::hasErrors(ConfigLint::check(r.value().document)), false);
    const EditResult first = ConfigEditor::removeServer(before, 0);
    QVERIFY(first.value().document.bytes().contains(
        "   \"kurentoservers\" : [\r\n      {\r\n         \"url\": \"ws://10.21.3.12"));
}

void TestConfigEditor::removeOnlyEntryLeavesEmptyList()
{
    const ConfigDocument before =
        ConfigDocument::fromBytes(test::readSample(QStringLiteral("default-local.json")));
    const EditResult r = ConfigEditor::removeServer(before, 0);
    QVERIFY(r.ok());
    QVERIFY(r.value().document.bytes().contains("   \"kurentoservers\" : [],\r\n   \"logging\" : {"));
    const auto problems = ConfigLint::check(r.value().document);
    QCOMPARE(ruleIds(problems), QStringList{ProblemId::KurentoServersEmpty});
    QCOMPARE(problems.front().severity, Severity::Warning);
    // ... and adding again gives the article's layout back.
    const EditResult again =
        ConfigEditor::addServer(r.value().document, QStringLiteral("ws://127.0.0.1:8888/kurento"));
    QVERIFY(again.value().document.bytes().contains(
        "   \"kurentoservers\" : [\r\n      {\r\n         \"url\" : \"ws://127.0.0.1:8888/kurento\"\r\n"
        "      }\r\n   ],\r\n"));
}

void TestConfigEditor::moveKeepsEntriesByteIdentical()
{
    const ConfigDocument before =
        ConfigDocument::fromBytes(test::readSample(QStringLiteral("example2-local-plus-remote.json")));
    const EditResult r = ConfigEditor::moveServer(before, 1, 0);
    QVERIFY(r.ok());
    QCOMPARE(r.value().document.bytes(),
             QByteArray("{\r\n   \"kurentoservers\" : [\r\n      {\r\n         \"url\": "
                        "\"ws://10.21.3.11:8888/kurento\"\r\n"
                        "      },\r\n      {\r\n         \"url\" : \"ws://127.0.0.1:8888/kurento\"\r\n      "
                        "}\r\n   ],\r\n"
                        "   \"logging\" : {\r\n      \"level\" : \"warning\"\r\n   }\r\n}\r\n"));
    const EditResult back = ConfigEditor::moveServer(r.value().document, 0, 1);
    QCOMPARE(back.value().document.bytes(), before.bytes());
}

void TestConfigEditor::unknownMembersAreKept()
{
    const ConfigDocument before =
        ConfigDocument::fromBytes(test::readSample(QStringLiteral("bom-tabs-lf.json")));
    const EditResult r = ConfigEditor::setEncrypted(before, 0, true);
    QVERIFY(r.ok());
    QVERIFY(r.value().document.bytes().contains("\t\t\t\"comment-by-admin\": \"Rack 4, Gr\xC3\xBCn\"\n"));
    QCOMPARE(r.value().document.entries()[0].url, QStringLiteral("wss://10.0.0.5:8433/kurento"));
    const EditResult flag = ConfigEditor::clearFlag(before, 0, ServerFlag::CandOnlyTurn);
    QVERIFY(flag.value().document.bytes().contains("\t\t\t\"candkilltcp\": 1,\n\t\t\t\"comment-by-admin\""));
}

void TestConfigEditor::duplicatedListEditsTheFirst()
{
    const ConfigDocument before =
        ConfigDocument::fromBytes(test::readSample(QStringLiteral("lint-mistakes.json")));
    QCOMPARE(before.kurentoServersKeyCount(), 2);
    const EditResult r = ConfigEditor::addServer(before, QStringLiteral("ws://10.21.3.16:8888/kurento"));
    QVERIFY(r.ok());
    QCOMPARE(int(r.value().document.entries().size()), 7);
    QVERIFY(r.value().document.bytes().endsWith("   ],\n   \"kurentoservers\" : []\n}\n"));
    checkBytesOutsideListUnchanged(before, r.value().document);
}

void TestConfigEditor::duplicatedFlagEditsEveryOccurrence_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("flag");     // ServerFlag
    QTest::addColumn<QString>("edit"); // clear, on, off
    QTest::addColumn<QByteArray>("expected");
    const int tcp = int(ServerFlag::CandKillTcp);

    // The tester's file: "clear-flag" said saved but kept one, "set-flag 0" gave 0 then 1.
    const QByteArray report =
        R"({"kurentoservers":[{"url":"ws://10.0.0.1:8888/kurento","candkilltcp":1,"candkilltcp":1}]})";
    QTest::newRow("report: clear") << report << 0 << tcp << QStringLiteral("clear")
                                   << QByteArray(
                                          R"({"kurentoservers":[{"url":"ws://10.0.0.1:8888/kurento"}]})");
    QTest::newRow("report: set 0")
        << report << 0 << tcp << QStringLiteral("off")
        << QByteArray(
               R"({"kurentoservers":[{"url":"ws://10.0.0.1:8888/kurento","candkilltcp":0,"candkilltcp":0}]})");

    // The first occurrence already says the value, a later one does not: still an edit.
    const QByteArray mixed =
        R"({"kurentoservers": [{"url": "ws://10.0.0.1:8888/kurento", "candkilltcp": 1, "candkilltcp": 0}]})";
    QTest::newRow("first already on")
        << mixed << 0 << tcp << QStringLiteral("on")
        << QByteArray(
               R"({"kurentoservers": [{"url": "ws://10.0.0.1:8888/kurento", "candkilltcp": 1, "candkilltcp": 1}]})");
    QTest::newRow("last already off")
        << mixed << 0 << tcp << QStringLiteral("off")
        << QByteArray(
               R"({"kurentoservers": [{"url": "ws://10.0.0.1:8888/kurento", "candkilltcp": 0, "candkilltcp": 0}]})");

    // Each occurrence keeps its JSON type; one of another type gets the first one's.
    const QByteArray types =
        R"({"kurentoservers": [{"url": "ws://10.0.0.1:8888/kurento", "candonlyturn": true, "candonlyturn": 0, "candonlyturn": "yes"}]})";
    QTest::newRow("types kept")
        << types << 0 << int(ServerFlag::CandOnlyTurn) << QStringLiteral("off")
        << QByteArray(
               R"({"kurentoservers": [{"url": "ws://10.0.0.1:8888/kurento", "candonlyturn": false, "candonlyturn": 0, "candonlyturn": false}]})");
    QTest::newRow("types kept: clear")
        << types << 0 << int(ServerFlag::CandOnlyTurn) << QStringLiteral("clear")
        << QByteArray(R"({"kurentoservers": [{"url": "ws://10.0.0.1:8888/kurento"}]})");

    // Three occurrences apart, one of them first and one last, in a multi-line file; the second
    // entry (also with the flag) stays as it is.
    const QByteArray apart = "{\n"
                             "  \"kurentoservers\": [\n"
                             "    {\n"
                             "      \"candkilltcp\": 1,\n"
                             "      \"url\": \"ws://10.0.0.1:8888/kurento\",\n"
                             "      \"candkilltcp\": 0,\n"
                             "      \"candkillipv6\": 0,\n"
                             "      \"candkilltcp\": true\n"
                             "    },\n"
                             "    {\"url\": \"ws://10.0.0.2:8888/kurento\", \"candkilltcp\": 1}\n"
                             "  ]\n"
                             "}\n";
    QTest::newRow("apart: clear") << apart << 0 << tcp << QStringLiteral("clear")
                                  << QByteArray(
                                         "{\n"
                                         "  \"kurentoservers\": [\n"
                                         "    {\n"
                                         "      \"url\": \"ws://10.0.0.1:8888/kurento\",\n"
                                         "      \"candkillipv6\": 0\n"
                                         "    },\n"
                                         "    {\"url\": \"ws://10.0.0.2:8888/kurento\", \"candkilltcp\": 1}\n"
                                         "  ]\n"
                                         "}\n");
    QTest::newRow("apart: set 0") << apart << 0 << tcp << QStringLiteral("off")
                                  << QByteArray(apart)
                                         .replace("\"candkilltcp\": 1,\n      \"url\"",
                                                  "\"candkilltcp\": 0,\n      \"url\"")
                                         .replace("\"candkilltcp\": true", "\"candkilltcp\": false");
    // Nothing but the flag, twice: an empty object remains.
    QTest::newRow("only members")
        << QByteArray(
               R"({"kurentoservers":[{"url":"ws://10.0.0.9:8888/kurento"},{"candkillipv6":1,"candkillipv6":1}]})")
        << 1 << int(ServerFlag::CandKillIpv6) << QStringLiteral("clear")
        << QByteArray(R"({"kurentoservers":[{"url":"ws://10.0.0.9:8888/kurento"},{}]})");

    // The sample (CRLF, 3 spaces, "url" : with a space): the first entry has candkilltcp twice.
    const QByteArray sample = test::readSample(QStringLiteral("duplicate-members.json"));
    QTest::newRow("sample: clear") << sample << 0 << tcp << QStringLiteral("clear")
                                   << QByteArray(sample).replace(
                                          "\"url\" : \"ws://10.0.0.1:8888/kurento\",\r\n"
                                          "         \"candkilltcp\": 1,\r\n"
                                          "         \"candkilltcp\": 1\r\n",
                                          "\"url\" : \"ws://10.0.0.1:8888/kurento\"\r\n");
    QTest::newRow("sample: set 0") << sample << 0 << tcp << QStringLiteral("off")
                                   << QByteArray(sample).replace("\"candkilltcp\": 1", "\"candkilltcp\": 0");
}

void TestConfigEditor::duplicatedFlagEditsEveryOccurrence()
{
    QFETCH(QByteArray, input);
    QFETCH(int, index);
    QFETCH(int, flag);
    QFETCH(QString, edit);
    QFETCH(QByteArray, expected);
    const ConfigDocument before = doc(input);
    const ServerFlag which = ServerFlag(flag);
    const QLatin1StringView key = serverFlagKey(which);
    QVERIFY2(before.entries()[size_t(index)].duplicateMembers.contains(key), "the input has the flag twice");
    QVERIFY(ruleIds(ConfigLint::check(before)).contains(ProblemId::EntryDuplicateMember));

    const EditResult r = edit == u"clear" ? ConfigEditor::clearFlag(before, index, which)
                                          : ConfigEditor::setFlag(before, index, which, edit == u"on");
    checkResult(before, r);
    if (QTest::currentTestFailed())
        return;
    const ConfigDocument &after = r.value().document;
    QCOMPARE(after.bytes(), expected);
    checkOutsideEntryUnchanged(before, after, index);
    checkBytesOutsideListUnchanged(before, after);

    const QStringList values = occurrences(after, index, key);
    if (edit == u"clear") {
        QVERIFY2(values.isEmpty(), qPrintable(values.join(u',')));
        QVERIFY(!flagOf(after.entries()[size_t(index)], which).isPresent());
        QVERIFY(!after.entries()[size_t(index)].duplicateMembers.contains(key));
    } else {
        QCOMPARE(values.size(), occurrences(before, index, key).size()); // nothing removed
        for (const QString &value : values)
            QCOMPARE(flagMeaning(value), edit);
    }
    checkOccurrencesAgree(after, index);

    // Doing it again changes nothing.
    const EditResult again = edit == u"clear" ? ConfigEditor::clearFlag(after, index, which)
                                              : ConfigEditor::setFlag(after, index, which, edit == u"on");
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, EditProblem::NoChange);
}

void TestConfigEditor::duplicatedUrlRefusesAddressEdits()
{
    const ConfigDocument sample = doc(test::readSample(QStringLiteral("duplicate-members.json")));
    // The second entry has "url" twice: every address edit is refused with the reason.
    checkDuplicateUrlRefusal(ConfigEditor::setUrl(sample, 1, QStringLiteral("ws://10.0.0.4:8888/kurento")),
                             1);
    // Even to the address the first "url" already has: the second one would stay different.
    checkDuplicateUrlRefusal(ConfigEditor::setUrl(sample, 1, QStringLiteral("ws://10.0.0.2:8888/kurento")),
                             1);
    UrlChange port;
    port.port = 9000;
    checkDuplicateUrlRefusal(ConfigEditor::changeUrl(sample, 1, port), 1);
    checkDuplicateUrlRefusal(ConfigEditor::setEncrypted(sample, 1, true), 1);
    checkDuplicateUrlRefusal(ConfigEditor::setEncrypted(sample, 1, true, PortPolicy::UseDefault), 1);
    checkDuplicateUrlRefusal(ConfigEditor::setAllEncrypted(sample, true), 1);
    // Both are ws already: "all to ws" has nothing to do, and says so.
    QCOMPARE(ConfigEditor::setAllEncrypted(sample, false).error().code, EditProblem::NoChange);

    // The first entry's url is there once: its address can change; its flags stay as they are.
    const EditResult first = ConfigEditor::setEncrypted(sample, 0, true);
    checkResult(sample, first);
    if (QTest::currentTestFailed())
        return;
    checkOutsideEntryUnchanged(sample, first.value().document, 0);
    QCOMPARE(first.value().document.entries()[0].url, QStringLiteral("wss://10.0.0.1:8433/kurento"));
    // Flags and whole-entry edits of the entry with two "url" are not address edits.
    const EditResult flag = ConfigEditor::setFlag(sample, 1, ServerFlag::CandKillTcp, true);
    checkResult(sample, flag);
    if (QTest::currentTestFailed())
        return;
    checkOutsideEntryUnchanged(sample, flag.value().document, 1);
    QCOMPARE(occurrences(flag.value().document, 1, EntryKey::Url),
             (QStringList{QStringLiteral("\"ws://10.0.0.2:8888/kurento\""),
                          QStringLiteral("\"ws://10.0.0.3:8888/kurento\"")}));
    checkResult(sample, ConfigEditor::removeServer(sample, 1));
    checkResult(sample, ConfigEditor::moveServer(sample, 1, 0));

    // The error names the right server, in a one-line file too.
    const ConfigDocument inline3 = doc(
        R"({"kurentoservers":[{"url":"ws://10.0.0.1:8888/kurento"},{"url":"wss://10.0.0.2:8433/kurento","url":"ws://10.0.0.2:8888/kurento"}]})");
    checkDuplicateUrlRefusal(ConfigEditor::setUrl(inline3, 1, QStringLiteral("ws://10.0.0.5:8888/kurento")),
                             1);
    // The first says wss, a last-wins reader sees ws: "all to wss" must not skip it silently.
    checkDuplicateUrlRefusal(ConfigEditor::setAllEncrypted(inline3, true), 1);
    // "All to ws" would have to switch the first: refused as well.
    checkDuplicateUrlRefusal(ConfigEditor::setAllEncrypted(inline3, false), 1);

    // Both occurrences already as wanted: the others are switched, the entry stays byte-identical.
    const ConfigDocument settled = doc(
        R"({"kurentoservers":[{"url":"ws://10.0.0.1:8888/kurento"},{"url":"wss://10.0.0.2:8433/kurento","url":"wss://10.0.0.3:8433/kurento"}]})");
    const EditResult all = ConfigEditor::setAllEncrypted(settled, true);
    checkResult(settled, all);
    if (QTest::currentTestFailed())
        return;
    checkOutsideEntryUnchanged(settled, all.value().document, 0);
    const QByteArray switchedFirst =
        R"({"kurentoservers":[{"url":"wss://10.0.0.1:8433/kurento"},{"url":"wss://10.0.0.2:8433/kurento","url":"wss://10.0.0.3:8433/kurento"}]})";
    QCOMPARE(all.value().document.bytes(), switchedFirst);
}

void TestConfigEditor::duplicatedUrlSampleAfterTheLintFix()
{
    // The way out the refusal names: the lint fix "Remove this extra member", then the edit works.
    const ConfigDocument sample = doc(test::readSample(QStringLiteral("duplicate-members.json")));
    std::optional<TextFix> fix;
    for (const DocumentProblem &problem : ConfigLint::check(sample)) {
        if (problem.ruleId == ProblemId::EntryDuplicateMember && problem.entryIndex == 1)
            fix = problem.fix;
    }
    QVERIFY(fix);
    QCOMPARE(fix->description, QStringLiteral("Remove this extra member"));
    const EditResult fixed = ConfigEditor::applyFix(sample, *fix);
    QVERIFY(fixed.ok());
    QCOMPARE(occurrences(fixed.value().document, 1, EntryKey::Url).size(), 1);
    const EditResult switched = ConfigEditor::setEncrypted(fixed.value().document, 1, true);
    checkResult(fixed.value().document, switched);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(switched.value().document.entries()[1].url, QStringLiteral("wss://10.0.0.2:8433/kurento"));
}

void TestConfigEditor::invalidJsonRefusesStructuredEdits()
{
    for (const QString &name : test::brokenSamples()) {
        const ConfigDocument broken = ConfigDocument::fromBytes(test::readSample(name));
        const std::vector<EditResult> results = {
            ConfigEditor::addServer(broken, QStringLiteral("ws://10.0.0.1:8888/kurento")),
            ConfigEditor::removeServer(broken, 0),
            ConfigEditor::moveServer(broken, 0, 1),
            ConfigEditor::setUrl(broken, 0, QStringLiteral("ws://10.0.0.1:8888/kurento")),
            ConfigEditor::setEncrypted(broken, 0, true),
            ConfigEditor::setAllEncrypted(broken, true),
            ConfigEditor::setFlag(broken, 0, ServerFlag::CandKillTcp, true),
            ConfigEditor::clearFlag(broken, 0, ServerFlag::CandKillTcp),
        };
        for (const EditResult &r : results) {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, EditProblem::InvalidJson);
            QVERIFY(r.error().message.contains(
                QStringLiteral("line %1").arg(broken.syntaxError()->position.line)));
            QVERIFY(r.error().message.contains(broken.syntaxError()->message()));
        }
        const auto reason = ConfigEditor::reasonNotEditable(broken);
        QVERIFY(reason);
        QCOMPARE(reason->code, EditProblem::InvalidJson);
        // The text itself can always be replaced.
        const QByteArray fixed = test::readSample(QStringLiteral("example1-two-remote.json"));
        const EditResult text = ConfigEditor::replaceText(broken, fixed);
        QVERIFY(text.ok());
        QCOMPARE(text.value().document.bytes(), fixed);
        QCOMPARE(text.value().splice.applyTo(broken.bytes()), fixed);
    }
}

void TestConfigEditor::refusals_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("edit");
    QTest::addColumn<EditProblem>("problem");
    const QByteArray ok = "{\"kurentoservers\": [{\"url\": \"ws://10.0.0.1:8888/kurento\"}, \"text\", "
                          "{\"url\": \"http://10.0.0.2/\"}]}";
    QTest::newRow("no list: add") << QByteArray("{\"x\": 1}") << 0 << EditProblem::NoServerList;
    QTest::newRow("not a list: add") << QByteArray("{\"kurentoservers\": {}}") << 0
                                     << EditProblem::NoServerList;
    QTest::newRow("top level list") << QByteArray("[1]") << 0 << EditProblem::NoServerList;
    QTest::newRow("bad url: add") << ok << 1 << EditProblem::InvalidUrl;
    QTest::newRow("add beyond end") << ok << 2 << EditProblem::NoSuchServer;
    QTest::newRow("remove beyond end") << ok << 3 << EditProblem::NoSuchServer;
    QTest::newRow("move to nowhere") << ok << 4 << EditProblem::NoSuchServer;
    QTest::newRow("url of a text entry") << ok << 5 << EditProblem::EntryNotObject;
    QTest::newRow("flag of a text entry") << ok << 6 << EditProblem::EntryNotObject;
    QTest::newRow("encrypt http") << ok << 7 << EditProblem::NotWebSocketUrl;
    QTest::newRow("bad url: set") << ok << 8 << EditProblem::InvalidUrl;
    QTest::newRow("fix out of range") << ok << 9 << EditProblem::InvalidFix;
}

void TestConfigEditor::refusals()
{
    QFETCH(QByteArray, input);
    QFETCH(int, edit);
    QFETCH(EditProblem, problem);
    const ConfigDocument d = doc(input);
    QCOMPARE(bool(ConfigEditor::reasonNotEditable(d)), problem == EditProblem::NoServerList);
    EditResult r = [&]() -> EditResult {
        switch (edit) {
        case 0:
            return ConfigEditor::addServer(d, QStringLiteral("ws://10.0.0.9:8888/kurento"));
        case 1:
            return ConfigEditor::addServer(d, QStringLiteral("10.0.0.9:8888"));
        case 2:
            return ConfigEditor::addServer(d, QStringLiteral("ws://10.0.0.9:8888/kurento"), 4);
        case 3:
            return ConfigEditor::removeServer(d, 3);
        case 4:
            return ConfigEditor::moveServer(d, 0, 3);
        case 5:
            return ConfigEditor::setUrl(d, 1, QStringLiteral("ws://10.0.0.9:8888/kurento"));
        case 6:
            return ConfigEditor::setFlag(d, 1, ServerFlag::CandKillTcp, true);
        case 7:
            return ConfigEditor::setEncrypted(d, 2, true);
        case 8:
            return ConfigEditor::setUrl(d, 0, QStringLiteral("ws://10.0.0.1:70000/kurento"));
        default:
            return ConfigEditor::applyFix(d, TextFix{QStringLiteral("x"), {5, 5000}, "y"});
        }
    }();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, problem);
    QVERIFY(!r.error().message.isEmpty());
}

void TestConfigEditor::noChange()
{
    const ConfigDocument d =
        ConfigDocument::fromBytes(test::readSample(QStringLiteral("example1-two-remote.json")));
    const std::vector<EditResult> results = {
        ConfigEditor::moveServer(d, 1, 1),
        ConfigEditor::setUrl(d, 0, QStringLiteral("ws://10.21.3.11:8888/kurento")),
        ConfigEditor::setEncrypted(d, 0, false),
        ConfigEditor::setAllEncrypted(d, false),
        ConfigEditor::setFlag(d, 0, ServerFlag::CandKillIpv6, false),
        ConfigEditor::clearFlag(doc("{\"kurentoservers\": [{\"url\": \"ws://a:1\"}]}"), 0,
                                ServerFlag::CandKillIpv6),
        // A duplicated flag that says the value everywhere (1 and true alike).
        ConfigEditor::setFlag(doc("{\"kurentoservers\": [{\"url\": \"ws://a:1\", \"candkilltcp\": 1, "
                                  "\"candkilltcp\": true}]}"),
                              0, ServerFlag::CandKillTcp, true),
        ConfigEditor::replaceText(d, d.bytes()),
    };
    for (const EditResult &r : results) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, EditProblem::NoChange);
        QVERIFY(!r.error().message.isEmpty());
    }
}

void TestConfigEditor::flagsKeepTheirType()
{
    const ConfigDocument numbers =
        ConfigDocument::fromBytes(test::readSample(QStringLiteral("default-local.json")));
    const EditResult n = ConfigEditor::setFlag(numbers, 0, ServerFlag::CandKillTcp, true);
    QVERIFY(n.value().document.bytes().contains("\"candkilltcp\": 1,"));
    QCOMPARE(n.value().document.entries()[0].candkilltcp.type, FlagValue::Type::Number);

    const ConfigDocument booleans =
        doc("{\"kurentoservers\": [{\"url\": \"ws://a:1\", \"candkillipv6\": false}]}");
    const EditResult b = ConfigEditor::setFlag(booleans, 0, ServerFlag::CandKillIpv6, true);
    QCOMPARE(b.value().document.bytes(),
             QByteArray("{\"kurentoservers\": [{\"url\": \"ws://a:1\", \"candkillipv6\": true}]}"));
    // An absent flag next to a boolean one becomes boolean; in a file without flags a number.
    const EditResult absent = ConfigEditor::setFlag(booleans, 0, ServerFlag::CandOnlyTurn, false);
    QCOMPARE(absent.value().document.bytes(),
             QByteArray("{\"kurentoservers\": [{\"url\": \"ws://a:1\", \"candkillipv6\": false, "
                        "\"candonlyturn\": false}]}"));
    const EditResult plain = ConfigEditor::setFlag(doc("{\"kurentoservers\": [{\"url\": \"ws://a:1\"}]}"), 0,
                                                   ServerFlag::CandKillTcp, false);
    QCOMPARE(plain.value().document.bytes(),
             QByteArray("{\"kurentoservers\": [{\"url\": \"ws://a:1\", \"candkilltcp\": 0}]}"));
    // Absent stays absent: editing another flag or the URL adds nothing.
    const EditResult url = ConfigEditor::setUrl(doc("{\"kurentoservers\": [{\"url\": \"ws://a:1\"}]}"), 0,
                                                QStringLiteral("ws://b:2"));
    QCOMPARE(url.value().document.entries()[0].candkilltcp.type, FlagValue::Type::Absent);
    // A number 1.0 counts as 1.
    const EditResult one =
        ConfigEditor::setFlag(doc("{\"kurentoservers\": [{\"url\": \"ws://a:1\", \"candkilltcp\": 1.0}]}"), 0,
                              ServerFlag::CandKillTcp, true);
    QCOMPARE(one.error().code, EditProblem::NoChange);
}

void TestConfigEditor::flagOfOtherTypeIsRewritten()
{
    const ConfigDocument d =
        ConfigDocument::fromBytes(test::readSample(QStringLiteral("lint-mistakes.json")));
    QCOMPARE(d.entries()[2].candonlyturn.sourceText, QStringLiteral("\"yes\""));
    const EditResult r = ConfigEditor::setFlag(d, 2, ServerFlag::CandOnlyTurn, true);
    QVERIFY(r.value().document.bytes().contains("\"candonlyturn\": 1\n"));
    QCOMPARE(r.value().document.entries()[2].candonlyturn.type, FlagValue::Type::Number);
}

void TestConfigEditor::encryptionFollowsTheArticle()
{
    const ConfigDocument plain =
        ConfigDocument::fromBytes(test::readSample(QStringLiteral("default-local.json")));
    const EditResult on = ConfigEditor::setEncrypted(plain, 0, true);
    QCOMPARE(on.value().document.entries()[0].url, QStringLiteral("wss://127.0.0.1:8433/kurento"));
    const ConfigDocument encrypted =
        ConfigDocument::fromBytes(test::readSample(QStringLiteral("encrypted.json")));
    const EditResult off = ConfigEditor::setEncrypted(encrypted, 0, false);
    QCOMPARE(off.value().document.entries()[0].url, QStringLiteral("ws://10.21.3.11:8888/kurento"));
    // Only the url value changed.
    QCOMPARE(off.value().splice.span, encrypted.entries()[0].urlValueSpan);
    // Switching back and forth gives the original bytes.
    const EditResult back = ConfigEditor::setEncrypted(off.value().document, 0, true);
    QCOMPARE(back.value().document.bytes(), encrypted.bytes());
    // Upper-case schemes stay upper case.
    const EditResult upper = ConfigEditor::setEncrypted(
        doc("{\"kurentoservers\": [{\"url\": \"WS://10.0.0.1:8888/kurento\"}]}"), 0, true);
    QCOMPARE(upper.value().document.entries()[0].url, QStringLiteral("WSS://10.0.0.1:8433/kurento"));
}

void TestConfigEditor::customPortsAreKeptOrMoved()
{
    const ConfigDocument d =
        doc("{\"kurentoservers\": [{\"url\": \"ws://10.0.0.1:9000/kurento\"}, {\"url\": "
            "\"ws://10.0.0.2:8888/kurento\"},"
            " {\"url\": \"ws://10.0.0.3/kurento\"}, {\"url\": \"wss://10.0.0.4:8433/kurento\"},"
            " {\"url\": \"wss://10.0.0.5:8888/kurento\"}]}");
    QVERIFY(ConfigEditor::hasCustomPort(d.entries()[0]));
    QVERIFY(!ConfigEditor::hasCustomPort(d.entries()[1]));
    QVERIFY(ConfigEditor::hasCustomPort(d.entries()[2])); // no port: 80, not 8888
    QVERIFY(!ConfigEditor::hasCustomPort(d.entries()[3]));
    QVERIFY(ConfigEditor::hasCustomPort(d.entries()[4])); // wss on 8888
    QCOMPARE(ConfigEditor::serversWithCustomPort(d, true), (QList<int>{0, 2}));
    QCOMPARE(ConfigEditor::serversWithCustomPort(d, false), (QList<int>{4}));

    QCOMPARE(ConfigEditor::setEncrypted(d, 0, true).value().document.entries()[0].url,
             QStringLiteral("wss://10.0.0.1:9000/kurento"));
    QCOMPARE(ConfigEditor::setEncrypted(d, 0, true, PortPolicy::UseDefault).value().document.entries()[0].url,
             QStringLiteral("wss://10.0.0.1:8433/kurento"));
    QCOMPARE(ConfigEditor::setEncrypted(d, 2, true).value().document.entries()[2].url,
             QStringLiteral("wss://10.0.0.3/kurento"));
    QCOMPARE(ConfigEditor::setEncrypted(d, 2, true, PortPolicy::UseDefault).value().document.entries()[2].url,
             QStringLiteral("wss://10.0.0.3:8433/kurento"));
    // wss on 8888 switched to ws keeps 8888, which is then right.
    QCOMPARE(ConfigEditor::setEncrypted(d, 4, false).value().document.entries()[4].url,
             QStringLiteral("ws://10.0.0.5:8888/kurento"));
    QCOMPARE(ConfigEditor::switchedUrl(d.entries()[1].endpoint, true, PortPolicy::KeepCustom),
             QStringLiteral("wss://10.0.0.2:8433/kurento"));
}

void TestConfigEditor::switchAllSkipsWhatCannotSwitch()
{
    const ConfigDocument d = doc("{\"kurentoservers\": [{\"url\": \"ws://10.0.0.1:8888/kurento\"}, {\"url\": "
                                 "\"http://10.0.0.2:8888/kurento\"},"
                                 " {\"url\": \"wss://10.0.0.3:8433/kurento\"}, {\"url\": 5}, {\"url\": "
                                 "\"ws://10.0.0.4:9999/kurento\"}]}");
    const EditResult r = ConfigEditor::setAllEncrypted(d, true);
    QVERIFY(r.ok());
    QCOMPARE(urls(r.value().document), (QStringList{QStringLiteral("wss://10.0.0.1:8433/kurento"),
                                                    QStringLiteral("http://10.0.0.2:8888/kurento"),
                                                    QStringLiteral("wss://10.0.0.3:8433/kurento"), QString(),
                                                    QStringLiteral("wss://10.0.0.4:9999/kurento")}));
    QCOMPARE(r.value().description, QStringLiteral("Switch all media servers to wss"));
    const EditResult defaults = ConfigEditor::setAllEncrypted(d, true, PortPolicy::UseDefault);
    QCOMPARE(defaults.value().document.entries()[4].url, QStringLiteral("wss://10.0.0.4:8433/kurento"));
}

void TestConfigEditor::changeUrlParts()
{
    const ConfigDocument d =
        ConfigDocument::fromBytes(test::readSample(QStringLiteral("example1-two-remote.json")));
    UrlChange port;
    port.port = 9000;
    QCOMPARE(ConfigEditor::changeUrl(d, 0, port).value().document.entries()[0].url,
             QStringLiteral("ws://10.21.3.11:9000/kurento"));
    UrlChange host;
    host.host = QStringLiteral("fd00::11");
    QCOMPARE(ConfigEditor::changeUrl(d, 0, host).value().document.entries()[0].url,
             QStringLiteral("ws://[fd00::11]:8888/kurento"));
    UrlChange pathAndScheme;
    pathAndScheme.path = QStringLiteral("/kms");
    pathAndScheme.scheme = QStringLiteral("wss");
    QCOMPARE(ConfigEditor::changeUrl(d, 1, pathAndScheme).value().document.entries()[1].url,
             QStringLiteral("wss://10.21.3.12:8888/kms"));
    UrlChange noPort;
    noPort.port = -1;
    QCOMPARE(ConfigEditor::changeUrl(d, 1, noPort).value().document.entries()[1].url,
             QStringLiteral("ws://10.21.3.12/kurento"));
    UrlChange badHost;
    badHost.host = QStringLiteral("bad host");
    QCOMPARE(ConfigEditor::changeUrl(d, 1, badHost).error().code, EditProblem::InvalidUrl);
    const ConfigDocument invalid = doc("{\"kurentoservers\": [{\"url\": \"nonsense\"}]}");
    QCOMPARE(ConfigEditor::changeUrl(invalid, 0, port).error().code, EditProblem::InvalidUrl);
}

void TestConfigEditor::urlWithEscapesRoundTrips()
{
    const ConfigDocument d = doc("{\"kurentoservers\": [{\"url\": \"ws:\\/\\/10.0.0.1:8888\\/kurento\"}]}");
    QCOMPARE(d.entries()[0].url, QStringLiteral("ws://10.0.0.1:8888/kurento"));
    const EditResult r = ConfigEditor::setEncrypted(d, 0, true);
    QCOMPARE(r.value().document.entries()[0].url, QStringLiteral("wss://10.0.0.1:8433/kurento"));
    const QString odd = QStringLiteral("ws://10.0.0.1:8888/kurento?a=\"b\"\\");
    // Not a valid address (quotes are fine in a query, a backslash too), but it must survive JSON.
    const EditResult q = ConfigEditor::setUrl(d, 0, odd);
    QVERIFY(q.ok());
    QCOMPARE(q.value().document.entries()[0].url, odd);
}

void TestConfigEditor::setUrlOnEntryWithoutUrl()
{
    const ConfigDocument d =
        doc("{\n  \"kurentoservers\": [\n    {\n      \"candkilltcp\": 0\n    },\n    {}\n  ]\n}\n");
    const EditResult first = ConfigEditor::setUrl(d, 0, QStringLiteral("ws://10.0.0.1:8888/kurento"));
    QCOMPARE(first.value().document.bytes(),
             QByteArray("{\n  \"kurentoservers\": [\n    {\n      \"url\": \"ws://10.0.0.1:8888/kurento\",\n "
                        "     \"candkilltcp\": 0\n    },\n"
                        "    {}\n  ]\n}\n"));
    const EditResult second = ConfigEditor::setUrl(d, 1, QStringLiteral("ws://10.0.0.2:8888/kurento"));
    QCOMPARE(second.value().document.bytes(),
             QByteArray("{\n  \"kurentoservers\": [\n    {\n      \"candkilltcp\": 0\n    },\n    {\n      "
                        "\"url\": \"ws://10.0.0.2:8888/kurento\"\n"
                        "    }\n  ]\n}\n"));
}

void TestConfigEditor::descriptions()
{
    const ConfigDocument d =
        ConfigDocument::fromBytes(test::readSample(QStringLiteral("example1-two-remote.json")));
    QCOMPARE(ConfigEditor::addServer(d, QStringLiteral("ws://10.21.3.13:8888/kurento")).value().description,
             QStringLiteral("Add media server 10.21.3.13"));
    QCOMPARE(ConfigEditor::setEncrypted(d, 0, true).value().description,
             QStringLiteral("Switch 10.21.3.11 to wss"));
    QCOMPARE(ConfigEditor::removeServer(d, 1).value().description,
             QStringLiteral("Remove 10.21.3.12"));
    QCOMPARE(ConfigEditor::moveServer(d, 1, 0).value().description,
             QStringLiteral("Move 10.21.3.12 to position 1"));
    QCOMPARE(ConfigEditor::setFlag(d, 0, ServerFlag::CandKillTcp, true).value().description,
             QStringLiteral("Set candkilltcp of 10.21.3.11 to 1"));
    QCOMPARE(ConfigEditor::clearFlag(d, 0, ServerFlag::CandKillTcp).value().description,
             QStringLiteral("Remove candkilltcp from 10.21.3.11"));
    QCOMPARE(ConfigEditor::setUrl(d, 0, QStringLiteral("ws://10.21.3.20:8888/kurento")).value().description,
             QStringLiteral("Change the address of 10.21.3.11 to ws://10.21.3.20:8888/kurento"));
    QCOMPARE(ConfigEditor::replaceText(d, "{}").value().description, QStringLiteral("Edit the JSON text"));
    const ConfigDocument broken = doc("{\"kurentoservers\": [{\"url\": 1}]}");
    QCOMPARE(ConfigEditor::serverName(broken.entries()[0]), QStringLiteral("media server no. 1"));
}

void TestConfigEditor::replaceTextAndFixes()
{
    const ConfigDocument d =
        ConfigDocument::fromBytes(test::readSample(QStringLiteral("broken-trailing-comma.json")));
    const auto problems = ConfigLint::check(d);
    QCOMPARE(problems.size(), size_t(1));
    QVERIFY(problems[0].fix);
    const EditResult fixed = ConfigEditor::applyFix(d, *problems[0].fix);
    QVERIFY(fixed.ok());
    QVERIFY(fixed.value().document.isValidJson());
    QCOMPARE(fixed.value().description, problems[0].fix->description);
    // The smallest splice: only the comma.
    QCOMPARE(fixed.value().splice.span.length(), qsizetype(1));
    const EditResult text = ConfigEditor::replaceText(fixed.value().document, "{\"kurentoservers\": []}");
    QVERIFY(text.ok());
    QCOMPARE(text.value().document.entries().size(), size_t(0));
    // Invalid text is accepted as text: the raw editor must never lose what the user typed.
    const EditResult invalid = ConfigEditor::replaceText(fixed.value().document, "{\"kurentoservers\": [");
    QVERIFY(invalid.ok());
    QVERIFY(!invalid.value().document.isValidJson());
}

QTEST_GUILESS_MAIN(TestConfigEditor)
#include "tst_configeditor.moc"
