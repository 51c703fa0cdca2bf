#pragma once

class QWidget;

namespace veldboek::gui {

// Sets the window's height to what its contents need at its current width: a message that
// appears or goes away (wrapped over several lines) is never cut off and leaves no empty band.
void fitHeightToContents(QWidget *window);

// The main window where the user left it (saved by saveMainWindowGeometry() on close); on the
// first start nine tenths of the screen, centred: the participants table needs the width (at its
// own size hint a 1440x900 screen showed two and a half columns and a folded toolbar).
void restoreMainWindowGeometry(QWidget *window);
void saveMainWindowGeometry(const QWidget *window);

} // namespace veldboek::gui
