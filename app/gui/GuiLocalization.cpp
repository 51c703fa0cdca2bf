#include "GuiLocalization.h"

#include "Localization.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QStatusBar>
#include <QTranslator>
#include <QVariant>

namespace veldboek::gui {

void installQtTranslator(QCoreApplication &app, const QString &language)
{
    if (isEnglish(language))
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

void setUpLanguageMenu(QAction *dutch, QAction *english, QStatusBar *bar)
{
    auto *group = new QActionGroup(dutch);
    group->addAction(dutch);
    group->addAction(english);
    const bool isEnglishNow = isEnglish(currentLanguage());
    english->setChecked(isEnglishNow);
    dutch->setChecked(!isEnglishNow);
    auto choose = [bar](const QString &language) {
        setPreferredLanguage(language);
        bar->showMessage(
            isEnglish(language)
                ? QStringLiteral("Veldboek will speak English the next time it starts.")
                : QStringLiteral("Veldboek spreekt Nederlands vanaf de volgende start."),
            10000);
    };
    // Each choice is announced in the language chosen, so the user can read it.
    QObject::connect(dutch, &QAction::triggered, bar, [choose] { choose(QStringLiteral("nl")); });
    QObject::connect(english, &QAction::triggered, bar, [choose] { choose(QStringLiteral("en")); });
}

} // namespace veldboek::gui
