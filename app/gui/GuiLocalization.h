#pragma once

#include <QString>

class QCoreApplication;

namespace veldboek::gui {

// Qt's own strings (file dialogs, context menus of text fields) in the user's language, taken
// from the system's Qt translations when they are installed; Veldboek's own strings come from
// veldboek::installTranslator.
void installQtTranslator(QCoreApplication &app, const QString &language);

} // namespace veldboek::gui
