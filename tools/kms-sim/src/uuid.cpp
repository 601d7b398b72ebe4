#include "uuid.h"

#include <QUuid>

namespace kmssim {

std::string newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
}

} // namespace kmssim
