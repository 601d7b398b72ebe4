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
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
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
    const bool dark = isDark(palette);
    switch (kind) {
    case Banner::Warning:
        return dark ? BannerColors{QColor(0x38, 0x2d, 0x10), QColor(0x7a, 0x62, 0x20), QColor(0xf5, 0xdf, 0xa0)}
                    : BannerColors{QColor(0xff, 0xf6, 0xe0), QColor(0xe9, 0xc4, 0x6a), QColor(0x4a, 0x36, 0x00)};
    case Banner::Error:
        return dark ? BannerColors{QColor(0x3b, 0x1a, 0x1a), QColor(0x8a, 0x3a, 0x36), QColor(0xf8, 0xc9, 0xc5)}
                    : BannerColors{QColor(0xfd, 0xec, 0xea), QColor(0xe8, 0xa0, 0x9a), QColor(0x5f, 0x14, 0x10)};
    case Banner::Info:
        break;
    }
    return dark ? BannerColors{QColor(0x1b, 0x2a, 0x3b), QColor(0x35, 0x58, 0x7f), QColor(0xcf, 0xe3, 0xfa)}
                : BannerColors{QColor(0xe8, 0xf1, 0xfb), QColor(0x9c, 0xc0, 0xe8), QColor(0x1d, 0x3a, 0x5c)};
}

SyntaxColors syntaxColors(const QPalette &palette)
{
    if (isDark(palette))
        return {QColor(0x7f, 0xb4, 0xf0), QColor(0x7c, 0xc9, 0x8f), QColor(0xe0, 0xa0, 0x60), QColor(0xd1, 0x9a, 0xe0),
                QColor(0xa0, 0xa8, 0xb3)};
    return {QColor(0x1f, 0x4e, 0x8c), QColor(0x1b, 0x6e, 0x3a), QColor(0x9c, 0x4a, 0x00), QColor(0x7a, 0x2e, 0x8e),
            QColor(0x5b, 0x66, 0x73)};
}

DiffColors diffColors(const QPalette &palette)
{
    if (isDark(palette))
        return {QColor(0x3b, 0x1a, 0x1a), QColor(0xff, 0xb3, 0xab), QColor(0x6e, 0x2a, 0x25),
                QColor(0x17, 0x32, 0x22), QColor(0xa5, 0xe3, 0xb5), QColor(0x2a, 0x5e, 0x3a),
                QColor(0x1b, 0x2a, 0x3b), QColor(0x9c, 0xc6, 0xf5), QColor(0x5a, 0x4a, 0x10),
                QColor(0xa8, 0xa8, 0xa8)};
    return {QColor(0xfd, 0xec, 0xea), QColor(0x8a, 0x1c, 0x14), QColor(0xf4, 0xb4, 0xac),
            QColor(0xe6, 0xf6, 0xea), QColor(0x14, 0x5a, 0x2c), QColor(0xa6, 0xde, 0xb4),
            QColor(0xee, 0xf3, 0xfb), QColor(0x1f, 0x4e, 0x8c), QColor(0xff, 0xec, 0xa8),
            QColor(0x76, 0x76, 0x76)};
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace ucmc::StatusPalette
