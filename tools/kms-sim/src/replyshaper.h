#pragma once

#include "fault.h"
#include "jsonvalue.h"

#include <QByteArray>

namespace kmssim {

// Turns a JSON-RPC response into the bytes that go on the wire, bent by the reply faults
// (garbage, wrong-id, huge, deep); without one it is KMS's exact serialisation.
class ReplyShaper
{
public:
    QByteArray shape(const Fault &fault, const JsonValue &response);

private:
    static QByteArray idText(const JsonValue &response);
    qint64 m_wrongIds = 0;
};

} // namespace kmssim
