#pragma once

#include <QString>

class QAction;
class QCoreApplication;
class QStatusBar;

namespace veldboek::gui {

// Qt's own strings (file dialogs, context menus of text fields) in the user's language, taken
// from the system's Qt translations when they are installed; Veldboek's own strings come from
// veldboek::installTranslator.
void installQtTranslator(QCoreApplication &app, const QString &language);

// The language the GUI runs in ("nl" or "en"): the engines give their messages in it.
QString currentLanguage();
void setCurrentLanguage(const QString &language);
// The language chosen in the View menu, kept in the user's settings; empty when never chosen.
QString preferredLanguage();
void setPreferredLanguage(const QString &language);
// The View menu's two languages, one checked: choosing one keeps it for the next start and says
// so on `bar`, in the language chosen.
void setUpLanguageMenu(QAction *dutch, QAction *english, QStatusBar *bar);

} // namespace veldboek::gui
