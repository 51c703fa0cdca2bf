#include "GuiLocalization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>
#include <QVariant>

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

QString currentLanguage()
{
    const QString language = qApp ? qApp->property("veldboekLanguage").toString() : QString();
    return language.isEmpty() ? QStringLiteral("nl") : language;
}

void setCurrentLanguage(const QString &language)
{
    if (qApp)
        qApp->setProperty("veldboekLanguage", language);
}

QString preferredLanguage()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

void setPreferredLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
}

} // namespace veldboek::gui
