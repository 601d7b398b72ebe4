#pragma once

#include <QPalette>

namespace ucmc {

// The console's own dark palette, for Fusion (`--dark`): for screenshots, and for desktops that
// give Qt no dark theme. Greys as most dark themes have them, blue selection.
QPalette darkPalette();

} // namespace ucmc
