#pragma once

#include <QLocale>

class QCoreApplication;

namespace ucmc {

// Installs the console's own translation and Qt's for `locale` (English needs none: it is the
// source language). Returns false when the console has no translation for that language.
bool installTranslations(QCoreApplication &app, const QLocale &locale);

} // namespace ucmc
