#pragma once

#include "orderedjson.h"

#include <QHash>
#include <QString>

namespace simtest {

// Compares a reply captured from the real KMS with one from the simulator. Values that differ per
// run are normalised: every UUID of the capture must map to one simulator UUID and back (across
// the whole replay, so a session or serverId must stay the same where it stayed the same on KMS);
// timestamps, creation times, memory and CPU figures and generationTime only need the right shape.
// Everything else, member order and number formatting included, must be identical.
class ShapeMatcher
{
public:
    // operation: the invoke operation of the request, which decides what is volatile.
    bool match(const OrderedJson &expected, const OrderedJson &actual, const QString &operation);
    QString lastError() const { return m_error; }
    QString mappedSimulatorId(const QString &capturedUuid) const { return m_forward.value(capturedUuid); }

private:
    bool matchValue(const OrderedJson &e, const OrderedJson &a, const QString &key, const QString &path);
    bool matchString(const QString &e, const QString &a, const QString &path);
    bool matchVolatileNumber(const OrderedJson &e, const OrderedJson &a, const QString &path);
    bool matchUnordered(const OrderedJson &e, const OrderedJson &a, const QString &path);
    bool fail(const QString &path, const QString &why);

    QHash<QString, QString> m_forward; // captured UUID -> simulator UUID
    QHash<QString, QString> m_backward;
    QString m_operation;
    QString m_error;
};

} // namespace simtest
