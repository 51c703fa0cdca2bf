#pragma once

class QWidget;

namespace veldboek::gui {

// Sets the window's height to what its contents need at its current width: a message that
// appears or goes away (wrapped over several lines) is never cut off and leaves no empty band.
void fitHeightToContents(QWidget *window);

} // namespace veldboek::gui
