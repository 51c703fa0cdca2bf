#include "GuiLocalization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace veldboek::gui {

void installQtTranslator(QCoreApplication &app, const QString &language)
{
    if (language == QLatin1String("en"))
        return;
    auto *translator = new QTranslator(&app);
    if (translator->load(QStringLiteral("qtbase_%1").arg(language),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace veldboek::gui
