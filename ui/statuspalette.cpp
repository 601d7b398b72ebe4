#include "ui/statuspalette.h"

#include <algorithm>
#include <cmath>

namespace ucmc::StatusPalette {

namespace {
// The light variant first, the dark one second. Dark variants are lighter and a little less
// saturated: on #1e1e1e..#2b2b2b they keep about the contrast the light ones have on white.
QColor pick(const QPalette &palette, QRgb light, QRgb dark)
{
    return QColor(isDark(palette) ? dark : light);
}

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
           + 0.0722 * channel(color.blueF());
}
} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Up is a shade darker than it was (#1b8a5a) so that a white number on its badge reaches 4.5:1.
QColor up(const QPalette &palette) { return pick(palette, 0x177a50, 0x4cc38a); }
QColor down(const QPalette &palette) { return pick(palette, 0xc62828, 0xf07070); }
QColor pending(const QPalette &palette) { return pick(palette, 0xe09b00, 0xf0b429); }
QColor unknown(const QPalette &palette) { return pick(palette, 0x9e9e9e, 0xa8a8a8); }
QColor notMonitored(const QPalette &palette) { return pick(palette, 0x7b6f66, 0xa89c92); }
QColor maintenance(const QPalette &palette) { return pick(palette, 0x4f6d9a, 0x7f9fd0); }
QColor goingUp(const QPalette &palette) { return pick(palette, 0x6fb58d, 0x8fd0aa); }

QColor forState(HealthState state, const QPalette &palette)
{
    switch (state) {
    case HealthState::Up:
        return up(palette);
    case HealthState::Down:
        return down(palette);
    case HealthState::GoingDown:
        return pending(palette);
    case HealthState::GoingUp:
        return goingUp(palette);
    case HealthState::Maintenance:
        return maintenance(palette);
    case HealthState::Connecting:
        return pending(palette);
    case HealthState::NotMonitored:
        return notMonitored(palette);
    case HealthState::Unknown:
        break;
    }
    return unknown(palette);
}

QColor forPort(const PortHealth &port, const QPalette &palette)
{
    switch (port.state) {
    case PortHealth::State::Open:
        return port.httpStatus == 502 ? pending(palette) : up(palette);
    case PortHealth::State::Closed:
        return down(palette);
    case PortHealth::State::Unknown:
        break;
    }
    return unknown(palette);
}

QColor errorText(const QPalette &palette) { return pick(palette, 0xc62828, 0xff7b72); }
QColor warningText(const QPalette &palette) { return pick(palette, 0x8a5a00, 0xf0b429); }
QColor successText(const QPalette &palette) { return pick(palette, 0x146c44, 0x5cc896); }
QColor mutedText(const QPalette &palette) { return pick(palette, 0x5b6673, 0xa0a8b3); }

QColor badgeText(const QColor &badge)
{
    const QColor light(Qt::white);
    const QColor dark(0x10, 0x10, 0x10);
    return contrastRatio(light, badge) >= contrastRatio(dark, badge) ? light : dark;
}

QColor hostCard(const QPalette &palette) { return pick(palette, 0xf4f7fb, 0x2a3038); }
QColor cardBorder(const QPalette &palette) { return pick(palette, 0xcfd5dd, 0x5a626c); }
QColor link(const QPalette &palette) { return pick(palette, 0xa7b0bc, 0x6b7480); }

QColor dimmed(const QPalette &palette)
{
    QColor color = palette.color(QPalette::Base);
    color.setAlpha(150);
    return color;
}

BannerColors bannerColors(Banner kind, const QPalette &palette)
{
    // Background, border, text.
    const bool dark = isDark(palette);
    switch (kind) {
    case Banner::Warning:
        return dark ? BannerColors{QColor(0x382d10), QColor(0x7a6220), QColor(0xf5dfa0)}
                    : BannerColors{QColor(0xfff6e0), QColor(0xe9c46a), QColor(0x4a3600)};
    case Banner::Error:
        return dark ? BannerColors{QColor(0x3b1a1a), QColor(0x8a3a36), QColor(0xf8c9c5)}
                    : BannerColors{QColor(0xfdecea), QColor(0xe8a09a), QColor(0x5f1410)};
    case Banner::Info:
        break;
    }
    return dark ? BannerColors{QColor(0x1b2a3b), QColor(0x35587f), QColor(0xcfe3fa)}
                : BannerColors{QColor(0xe8f1fb), QColor(0x9cc0e8), QColor(0x1d3a5c)};
}

SyntaxColors syntaxColors(const QPalette &palette)
{
    // Key, string, number, literal, punctuation.
    if (isDark(palette))
        return {QColor(0x7fb4f0), QColor(0x7cc98f), QColor(0xe0a060), QColor(0xd19ae0), QColor(0xa0a8b3)};
    return {QColor(0x1f4e8c), QColor(0x1b6e3a), QColor(0x9c4a00), QColor(0x7a2e8e), QColor(0x5b6673)};
}

DiffColors diffColors(const QPalette &palette)
{
    // Removed (line, text, change), added (line, text, change), hunk (line, text), header change,
    // not the file.
    if (isDark(palette))
        return {QColor(0x3b1a1a), QColor(0xffb3ab), QColor(0x6e2a25), QColor(0x173222), QColor(0xa5e3b5),
                QColor(0x2a5e3a), QColor(0x1b2a3b), QColor(0x9cc6f5), QColor(0x5a4a10), QColor(0xa8a8a8)};
    return {QColor(0xfdecea), QColor(0x8a1c14), QColor(0xf4b4ac), QColor(0xe6f6ea), QColor(0x145a2c),
            QColor(0xa6deb4), QColor(0xeef3fb), QColor(0x1f4e8c), QColor(0xffeca8), QColor(0x767676)};
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace ucmc::StatusPalette
