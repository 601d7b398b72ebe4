#include "shapematcher.h"

#include <QRegularExpression>

namespace simtest {

namespace {

const QRegularExpression &uuidPattern()
{
    static const QRegularExpression re(
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    return re;
}

bool isDouble(const QString &number)
{
    return number.contains(QLatin1Char('.')) || number.contains(QLatin1Char('e'));
}

} // namespace

bool ShapeMatcher::fail(const QString &path, const QString &why)
{
    m_error = path + QStringLiteral(": ") + why;
    return false;
}

bool ShapeMatcher::match(const OrderedJson &expected, const OrderedJson &actual, const QString &operation)
{
    m_operation = operation;
    const auto forward = m_forward;
    const auto backward = m_backward;
    if (matchValue(expected, actual, QString(), QStringLiteral("$")))
        return true;
    m_forward = forward; // a failed attempt must not leave mappings behind
    m_backward = backward;
    return false;
}

bool ShapeMatcher::matchValue(const OrderedJson &e, const OrderedJson &a, const QString &key,
                              const QString &path)
{
    if (e.type != a.type) {
        return fail(path, QStringLiteral("type differs: expected %1, got %2")
                              .arg(QString::fromUtf8(e.toCompact().left(80)),
                                   QString::fromUtf8(a.toCompact().left(80))));
    }
    switch (e.type) {
    case OrderedJson::Type::Null:
        return true;
    case OrderedJson::Type::Bool:
        return e.text == a.text || fail(path, QStringLiteral("%1 != %2").arg(e.text, a.text));
    case OrderedJson::Type::Number:
        if (key == QLatin1String("value") && path.endsWith(QLatin1String("result.value")))
            return matchVolatileNumber(e, a, path);
        return e.text == a.text || fail(path, QStringLiteral("%1 != %2").arg(e.text, a.text));
    case OrderedJson::Type::String:
        if (key == QLatin1String("timestampMillis")) {
            static const QRegularExpression digits(QStringLiteral("^\\d{13}$"));
            return digits.match(a.text).hasMatch() ||
                   fail(path, QStringLiteral("not a millisecond time: ") + a.text);
        }
        if (key == QLatin1String("generationTime")) {
            static const QRegularExpression date(
                QStringLiteral("^[A-Z][a-z]{2} [ \\d]\\d \\d{4} \\d\\d:\\d\\d:\\d\\d$"));
            return date.match(a.text).hasMatch() || fail(path, QStringLiteral("not a build time: ") + a.text);
        }
        return matchString(e.text, a.text, path);
    case OrderedJson::Type::Array: {
        if (e.items.size() != a.items.size()) {
            return fail(path, QStringLiteral("%1 elements expected, %2 received: %3")
                                  .arg(e.items.size())
                                  .arg(a.items.size())
                                  .arg(QString::fromUtf8(a.toCompact().left(300))));
        }
        bool idList = !e.items.isEmpty();
        for (const OrderedJson &item : e.items)
            idList = idList && item.isString();
        bool hasUuid = false;
        for (const OrderedJson &item : e.items)
            hasUuid = hasUuid || uuidPattern().match(item.text).hasMatch();
        // Lists of ids come sorted by id, and ids are random: compare them as sets.
        if (idList && hasUuid)
            return matchUnordered(e, a, path);
        for (qsizetype i = 0; i < e.items.size(); ++i) {
            if (!matchValue(e.items[i], a.items[i], key, path + QStringLiteral("[%1]").arg(i)))
                return false;
        }
        return true;
    }
    case OrderedJson::Type::Object: {
        QStringList ek, ak;
        for (const auto &m : e.members)
            ek << m.first;
        for (const auto &m : a.members)
            ak << m.first;
        if (ek != ak) {
            return fail(path, QStringLiteral("members (in order) differ: expected %1, got %2")
                                  .arg(ek.join(QLatin1Char(',')), ak.join(QLatin1Char(','))));
        }
        for (qsizetype i = 0; i < e.members.size(); ++i) {
            const QString &k = e.members[i].first;
            if (!matchValue(e.members[i].second, a.members[i].second, k, path + QLatin1Char('.') + k))
                return false;
        }
        return true;
    }
    }
    return false;
}

bool ShapeMatcher::matchVolatileNumber(const OrderedJson &e, const OrderedJson &a, const QString &path)
{
    const double value = a.text.toDouble();
    if (m_operation == QLatin1String("getCreationTime")) {
        return (!isDouble(a.text) && a.text.size() == e.text.size()) ||
               fail(path, QStringLiteral("not a creation time: ") + a.text);
    }
    if (m_operation == QLatin1String("getUsedMemory") && e.text.toLongLong() >= 10000) {
        return (!isDouble(a.text) && value >= 10000 && value < 1e8) ||
               fail(path, QStringLiteral("not a memory figure in KiB: ") + a.text);
    }
    if (m_operation == QLatin1String("getUsedCpu") && isDouble(e.text)) {
        return (isDouble(a.text) && value >= 0 && value <= 100) ||
               fail(path, QStringLiteral("not a CPU percentage written as a double: ") + a.text);
    }
    // Anything else (ids, counts, a cached answer) must be identical.
    return e.text == a.text || fail(path, QStringLiteral("%1 != %2").arg(e.text, a.text));
}

bool ShapeMatcher::matchString(const QString &e, const QString &a, const QString &path)
{
    // Non-UUID parts must be equal; UUIDs must map one to one.
    qsizetype ePos = 0, aPos = 0;
    auto eIt = uuidPattern().globalMatch(e);
    auto aIt = uuidPattern().globalMatch(a);
    while (eIt.hasNext()) {
        const auto em = eIt.next();
        if (!aIt.hasNext())
            return fail(path, QStringLiteral("expected an id like %1 in \"%2\"").arg(e, a));
        const auto am = aIt.next();
        if (e.mid(ePos, em.capturedStart() - ePos) != a.mid(aPos, am.capturedStart() - aPos))
            return fail(path, QStringLiteral("\"%1\" != \"%2\"").arg(e.left(200), a.left(200)));
        const QString eu = em.captured(), au = am.captured();
        if (m_forward.contains(eu) && m_forward.value(eu) != au)
            return fail(path, QStringLiteral("captured id %1 maps to %2 elsewhere, got %3")
                                  .arg(eu, m_forward.value(eu), au));
        if (m_backward.contains(au) && m_backward.value(au) != eu)
            return fail(path, QStringLiteral("simulator id %1 stands for %2 elsewhere, here for %3")
                                  .arg(au, m_backward.value(au), eu));
        m_forward.insert(eu, au);
        m_backward.insert(au, eu);
        ePos = em.capturedEnd();
        aPos = am.capturedEnd();
    }
    if (aIt.hasNext())
        return fail(path, QStringLiteral("unexpected id in \"%1\"").arg(a));
    return e.mid(ePos) == a.mid(aPos) ||
           fail(path, QStringLiteral("\"%1\" != \"%2\"").arg(e.left(200), a.left(200)));
}

bool ShapeMatcher::matchUnordered(const OrderedJson &e, const OrderedJson &a, const QString &path)
{
    QList<bool> used(a.items.size(), false);
    // Known ids first, so that new ones cannot steal their partners.
    QList<qsizetype> order;
    for (qsizetype i = 0; i < e.items.size(); ++i) {
        const auto m = uuidPattern().match(e.items[i].text);
        if (!m.hasMatch() || m_forward.contains(m.captured()))
            order.prepend(i);
        else
            order.append(i);
    }
    for (qsizetype i : order) {
        bool found = false;
        for (qsizetype j = 0; j < a.items.size() && !found; ++j) {
            if (used[j])
                continue;
            const auto forward = m_forward;
            const auto backward = m_backward;
            if (matchString(e.items[i].text, a.items[j].text, path)) {
                used[j] = true;
                found = true;
            } else {
                m_forward = forward;
                m_backward = backward;
            }
        }
        if (!found) {
            return fail(path, QStringLiteral("no counterpart for \"%1\" in %2")
                                  .arg(e.items[i].text, QString::fromUtf8(a.toCompact().left(400))));
        }
    }
    return true;
}

} // namespace simtest
