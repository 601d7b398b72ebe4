#include "models/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace ucmc {

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;
    auto *own = new QTranslator(&app);
    if (!own->load(locale, QStringLiteral("uc-media-console"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete own;
        return false;
    }
    app.installTranslator(own);
    // Qt's own texts (dialog buttons, socket errors) in the same language, when installed.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace ucmc
