#pragma once

#include "models/hosthealth.h"
#include "models/serverhealth.h"

#include <QColor>
#include <QPalette>

namespace ucmc {

// Every colour the console draws that the application palette does not have: status colours for
// the table, the overview and the status bar, status text, banners, JSON syntax. Each comes in a
// light and a dark variant, chosen by the palette it is drawn on (isDark), so text keeps at least
// 4.5:1 contrast (WCAG AA) on either. The status colours stay distinguishable for the common
// red-green colour vision deficiency (blue-ish green, warm red) and are always paired with text,
// never colour alone.
namespace StatusPalette {

// Dark when the window background is (its lightness below the middle).
bool isDark(const QPalette &palette);

QColor up(const QPalette &palette);
QColor down(const QPalette &palette);
QColor pending(const QPalette &palette);
QColor unknown(const QPalette &palette);
QColor notMonitored(const QPalette &palette);
QColor maintenance(const QPalette &palette);
QColor goingUp(const QPalette &palette);
QColor forState(HealthState state, const QPalette &palette);
QColor forPort(const PortHealth &port, const QPalette &palette);

// Text in a status's colour, readable on Window and Base.
QColor errorText(const QPalette &palette);
QColor warningText(const QPalette &palette);
QColor successText(const QPalette &palette);
// Secondary text (details, subtitles), readable on Window, Base and the host card.
QColor mutedText(const QPalette &palette);
// Text on a status-coloured badge: light or dark, whichever stands out more.
QColor badgeText(const QColor &badge);

// The overview's drawing: the host card's fill, the cards' outlines, the links between them.
QColor hostCard(const QPalette &palette);
QColor cardBorder(const QPalette &palette);
QColor link(const QPalette &palette);
// Laid over a card while it is dragged (the view's base, half transparent).
QColor dimmed(const QPalette &palette);

enum class Banner { Info, Warning, Error };
struct BannerColors
{
    QColor background;
    QColor border;
    QColor text;
};
BannerColors bannerColors(Banner kind, const QPalette &palette);

struct SyntaxColors
{
    QColor key;
    QColor string;
    QColor number;
    QColor literal;
    QColor punctuation;
};
SyntaxColors syntaxColors(const QPalette &palette);

// The diff before saving: line backgrounds, their text, the changed characters' background.
struct DiffColors
{
    QColor removedLine, removedText, removedChange;
    QColor addedLine, addedText, addedChange;
    QColor hunkLine, hunkText;
    QColor headerChange; // a changed label ("--- file on disk")
    QColor notTheFile;   // grey text: names of line ends, "…" for what was left out
};
DiffColors diffColors(const QPalette &palette);

// The WCAG 2.x contrast ratio of two colours (1 to 21).
double contrastRatio(const QColor &a, const QColor &b);

} // namespace StatusPalette

} // namespace ucmc
