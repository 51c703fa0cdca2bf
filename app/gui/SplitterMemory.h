#pragma once

#include <QString>

class QSplitter;

namespace veldboek::gui {

// A splitter the user moved is where they left it on the next start (issue 20): its state is
// saved under "splitters/<name>" in the application's QSettings (next to "mainWindow/geometry",
// app/gui/WidgetSizing.cpp) each time the user drags a handle. Sizes the program sets itself
// (setSizes) are not saved: they are a proposal, which a remembered choice replaces.
// Restores a saved state at once.
void rememberSplitter(QSplitter *splitter, const QString &name);

// Whether the splitter holds a size the user chose (restored, or dragged in this session); the
// program then leaves its proposal out.
bool userSizedSplitter(const QSplitter *splitter);

} // namespace veldboek::gui
