#pragma once

// A strict parser of the Prometheus text exposition format 0.0.4, written for the tests from the
// format's description (not from the exporter's code):
// - lines end with LF; `# HELP name text` (escapes \\ and \n only), `# TYPE name type` (counter,
//   gauge, histogram, summary, untyped), other `#` lines are comments, empty lines are ignored;
// - a sample is `name{label="value",...} value [timestamp]`: metric and label names by their
//   grammar, label values with the escapes \\ \" \n only, no label twice, no `__` label names;
//   values as Go's ParseFloat reads them (and NaN, +Inf, -Inf);
// - HELP and TYPE at most once per family and before its samples; all lines of a family together;
//   no series (name and labels) twice; counters never negative.
// Additionally (our exporter promises it): every sample's family has HELP and TYPE.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <cmath>
#include <optional>

namespace ucmc::test {

struct Sample
{
    QString name;
    QMap<QString, QString> labels;
    double value = 0;
};

struct Family
{
    QString help;
    QString type;
    bool hasHelp = false;
    bool hasType = false;
    QList<Sample> samples;
};

struct Exposition
{
    QString error; // empty when the text is valid; else "line N: what"
    QMap<QString, Family> families;
    QStringList order; // families in the order they appear
    QList<Sample> samples;

    bool ok() const { return error.isEmpty(); }

    // Samples of this name whose labels include all of `labels`.
    QList<Sample> find(const QString &name, const QMap<QString, QString> &labels = {}) const
    {
        QList<Sample> found;
        for (const Sample &s : samples) {
            if (s.name != name)
                continue;
            bool all = true;
            for (auto it = labels.cbegin(); it != labels.cend() && all; ++it)
                all = s.labels.value(it.key(), QStringLiteral("\x01")) == it.value();
            if (all)
                found.append(s);
        }
        return found;
    }
    std::optional<double> value(const QString &name, const QMap<QString, QString> &labels = {}) const
    {
        const QList<Sample> found = find(name, labels);
        if (found.size() != 1)
            return std::nullopt;
        return found.first().value;
    }
};

namespace detail {

inline bool isMetricName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z_:][a-zA-Z0-9_:]*$"));
    return re.match(name).hasMatch();
}

inline bool isLabelName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
    return re.match(name).hasMatch() && !name.startsWith(QLatin1String("__"));
}

inline std::optional<double> parseValue(const QString &text)
{
    if (text == u"NaN")
        return std::nan("");
    if (text == u"+Inf" || text == u"Inf")
        return INFINITY;
    if (text == u"-Inf")
        return -INFINITY;
    static const QRegularExpression number(
        QStringLiteral(R"(^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$)"));
    if (!number.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

// The family a sample name belongs to, given the families declared so far.
inline QString familyOf(const QString &name, const QMap<QString, Family> &families)
{
    if (families.contains(name))
        return name;
    for (const char *suffix : {"_sum", "_count", "_bucket"}) {
        if (name.endsWith(QLatin1String(suffix))) {
            const QString base = name.left(name.size() - qsizetype(strlen(suffix)));
            const auto it = families.constFind(base);
            if (it != families.cend() && (it->type == u"histogram" || it->type == u"summary"))
                return base;
        }
    }
    return name;
}

} // namespace detail

inline Exposition parseExposition(const QByteArray &bytes)
{
    Exposition e;
    const QString text = QString::fromUtf8(bytes);
    if (!text.isEmpty() && !text.endsWith(u'\n')) {
        e.error = QStringLiteral("the text does not end with a line feed");
        return e;
    }
    const QStringList lines = text.split(u'\n');
    QString current;      // the family whose lines are being read
    QSet<QString> closed; // families whose lines are over
    QSet<QString> series;
    const auto fail = [&e](int line, const QString &what) {
        if (e.error.isEmpty())
            e.error = QStringLiteral("line %1: %2").arg(line).arg(what);
    };
    const auto enter = [&](const QString &family, int line) {
        if (family == current)
            return;
        if (closed.contains(family))
            fail(line, QStringLiteral("the lines of %1 are not together").arg(family));
        if (!current.isEmpty())
            closed.insert(current);
        current = family;
        if (!e.order.contains(family))
            e.order.append(family);
    };

    for (int n = 1; n <= lines.size() - 1 && e.ok(); ++n) { // the last element is after the final LF
        const QString &line = lines.at(n - 1);
        if (line.contains(u'\r')) {
            fail(n, QStringLiteral("carriage return"));
            break;
        }
        if (line.trimmed().isEmpty())
            continue;
        if (line.startsWith(u'#')) {
            const QStringList words = line.mid(1).trimmed().split(u' ');
            if (words.size() < 2 || (words.at(0) != u"HELP" && words.at(0) != u"TYPE"))
                continue; // a comment
            const QString name = words.at(1);
            if (!detail::isMetricName(name)) {
                fail(n, QStringLiteral("bad metric name %1").arg(name));
                break;
            }
            enter(name, n);
            Family &family = e.families[name];
            if (!family.samples.isEmpty())
                fail(n, QStringLiteral("%1 after samples of %2").arg(words.at(0), name));
            const QString prefix = QStringLiteral("# %1 %2").arg(words.at(0), name);
            if (!line.startsWith(prefix) || (line.size() > prefix.size() && line.at(prefix.size()) != u' ')) {
                fail(n, QStringLiteral("malformed %1 line").arg(words.at(0)));
                break;
            }
            const QString rest = line.mid(prefix.size() + 1);
            if (words.at(0) == u"HELP") {
                if (family.hasHelp)
                    fail(n, QStringLiteral("second HELP for %1").arg(name));
                family.hasHelp = true;
                QString help;
                for (qsizetype i = 0; i < rest.size(); ++i) {
                    if (rest.at(i) != u'\\') {
                        help += rest.at(i);
                        continue;
                    }
                    const QChar next = i + 1 < rest.size() ? rest.at(i + 1) : QChar();
                    if (next == u'\\')
                        help += u'\\';
                    else if (next == u'n')
                        help += u'\n';
                    else
                        fail(n, QStringLiteral("bad escape in HELP"));
                    ++i;
                }
                family.help = help;
            } else {
                if (family.hasType)
                    fail(n, QStringLiteral("second TYPE for %1").arg(name));
                family.hasType = true;
                family.type = rest.trimmed();
                if (!QStringList{QStringLiteral("counter"), QStringLiteral("gauge"),
                                 QStringLiteral("histogram"), QStringLiteral("summary"),
                                 QStringLiteral("untyped")}
                         .contains(family.type))
                    fail(n, QStringLiteral("bad TYPE %1").arg(family.type));
            }
            continue;
        }

        // A sample.
        Sample sample;
        qsizetype i = 0;
        while (i < line.size() && line.at(i) != u'{' && line.at(i) != u' ')
            ++i;
        sample.name = line.left(i);
        if (!detail::isMetricName(sample.name)) {
            fail(n, QStringLiteral("bad metric name %1").arg(sample.name));
            break;
        }
        if (i < line.size() && line.at(i) == u'{') {
            ++i;
            while (true) {
                if (i < line.size() && line.at(i) == u'}') {
                    ++i;
                    break;
                }
                const qsizetype eq = line.indexOf(u'=', i);
                if (eq < 0) {
                    fail(n, QStringLiteral("label without ="));
                    break;
                }
                const QString labelName = line.mid(i, eq - i);
                if (!detail::isLabelName(labelName))
                    fail(n, QStringLiteral("bad label name %1").arg(labelName));
                i = eq + 1;
                if (i >= line.size() || line.at(i) != u'"') {
                    fail(n, QStringLiteral("label value not quoted"));
                    break;
                }
                ++i;
                QString value;
                bool closedQuote = false;
                while (i < line.size()) {
                    const QChar c = line.at(i);
                    if (c == u'"') {
                        closedQuote = true;
                        ++i;
                        break;
                    }
                    if (c == u'\\') {
                        const QChar next = i + 1 < line.size() ? line.at(i + 1) : QChar();
                        if (next == u'\\')
                            value += u'\\';
                        else if (next == u'"')
                            value += u'"';
                        else if (next == u'n')
                            value += u'\n';
                        else
                            fail(n, QStringLiteral("bad escape in a label value"));
                        i += 2;
                        continue;
                    }
                    value += c;
                    ++i;
                }
                if (!closedQuote) {
                    fail(n, QStringLiteral("label value not closed"));
                    break;
                }
                if (sample.labels.contains(labelName))
                    fail(n, QStringLiteral("label %1 twice").arg(labelName));
                sample.labels.insert(labelName, value);
                if (i < line.size() && line.at(i) == u',') {
                    ++i;
                    continue;
                }
                if (i < line.size() && line.at(i) == u'}') {
                    ++i;
                    break;
                }
                fail(n, QStringLiteral("expected , or }"));
                break;
            }
        }
        if (!e.ok())
            break;
        if (i >= line.size() || line.at(i) != u' ') {
            fail(n, QStringLiteral("no space before the value"));
            break;
        }
        const QStringList rest = line.mid(i + 1).split(u' ');
        if (rest.isEmpty() || rest.size() > 2) {
            fail(n, QStringLiteral("expected a value and an optional timestamp"));
            break;
        }
        const auto value = detail::parseValue(rest.at(0));
        if (!value) {
            fail(n, QStringLiteral("bad value %1").arg(rest.at(0)));
            break;
        }
        sample.value = *value;
        if (rest.size() == 2) {
            bool ok = false;
            rest.at(1).toLongLong(&ok);
            if (!ok)
                fail(n, QStringLiteral("bad timestamp"));
        }
        const QString familyName = detail::familyOf(sample.name, e.families);
        enter(familyName, n);
        Family &family = e.families[familyName];
        if (!family.hasHelp || !family.hasType)
            fail(n, QStringLiteral("%1 has no HELP or TYPE before its samples").arg(familyName));
        if (family.type == u"counter" && (std::isnan(sample.value) || sample.value < 0))
            fail(n, QStringLiteral("negative counter"));
        QStringList key{sample.name};
        for (auto it = sample.labels.cbegin(); it != sample.labels.cend(); ++it)
            key << it.key() << it.value();
        const QString seriesKey = key.join(QChar(0));
        if (series.contains(seriesKey))
            fail(n, QStringLiteral("series twice: %1").arg(line));
        series.insert(seriesKey);
        family.samples.append(sample);
        e.samples.append(sample);
    }
    return e;
}

} // namespace ucmc::test
