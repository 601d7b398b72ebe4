#pragma once

#include "models/hosthealth.h"
#include "models/serverhealth.h"

#include <QColor>

namespace ucmc {

// One set of status colours for the table, the overview and the status bar. Chosen to stay
// distinguishable for the common red-green colour vision deficiency (blue-ish green, warm red)
// and always paired with text, never colour alone.
namespace StatusPalette {
inline QColor up() { return QColor(0x1b, 0x8a, 0x5a); }
inline QColor down() { return QColor(0xc6, 0x28, 0x28); }
inline QColor pending() { return QColor(0xe0, 0x9b, 0x00); }
inline QColor unknown() { return QColor(0x9e, 0x9e, 0x9e); }
inline QColor notMonitored() { return QColor(0x7b, 0x6f, 0x66); }
inline QColor maintenance() { return QColor(0x4f, 0x6d, 0x9a); }
inline QColor goingUp() { return QColor(0x6f, 0xb5, 0x8d); }

inline QColor forState(HealthState state)
{
    switch (state) {
    case HealthState::Up:
        return up();
    case HealthState::Down:
        return down();
    case HealthState::GoingDown:
        return pending();
    case HealthState::GoingUp:
        return goingUp();
    case HealthState::Maintenance:
        return maintenance();
    case HealthState::Connecting:
        return pending();
    case HealthState::NotMonitored:
        return notMonitored();
    case HealthState::Unknown:
        break;
    }
    return unknown();
}

inline QColor forPort(const PortHealth &port)
{
    switch (port.state) {
    case PortHealth::State::Open:
        return port.httpStatus == 502 ? pending() : up();
    case PortHealth::State::Closed:
        return down();
    case PortHealth::State::Unknown:
        break;
    }
    return unknown();
}
} // namespace StatusPalette

} // namespace ucmc
