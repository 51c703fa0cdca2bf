#pragma once

class QWidget;

namespace veldboek::gui {

// Sets the window's height to what its contents need at its current width: a message that
// appears or goes away (wrapped over several lines) is never cut off and leaves no empty band.
void fitHeightToContents(QWidget *window);

// The main window where the user left it (saved by saveMainWindowGeometry() on close); on the
// first start nine tenths of the screen, centred: the participants table needs the width (at its
// own size hint a 1440x900 screen showed two and a half columns and a folded toolbar).
// A QMainWindow also gets its docks back where the user put them (area, size, floating).
void restoreMainWindowGeometry(QWidget *window);
void saveMainWindowGeometry(const QWidget *window);

// Whether the user wants the problems panel shown with a register (View > Problems, F8, or the
// panel's own close button); shown unless the user closed it.
bool problemsPanelWanted();
void setProblemsPanelWanted(bool shown);

} // namespace veldboek::gui
