#include "ui/darkpalette.h"

namespace ucmc {

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor button(0x35, 0x35, 0x35);
    // Button and window give the shades Fusion draws frames and bevels with (Light ... Shadow).
    QPalette p(text, button, button.lighter(130), button.darker(150), button.darker(120), text, Qt::white,
               base, window);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x5d, 0xb0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7f, 0xb4, 0xf0));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9a, 0xe8));
    p.setColor(QPalette::BrightText, QColor(0xff, 0x7b, 0x72));
    // Disabled: dimmer text, but still 3:1 on the window, so a greyed-out label stays legible.
    const QColor disabled(0x8a, 0x8a, 0x8a);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4a, 0x4a));
    return p;
}

} // namespace ucmc
