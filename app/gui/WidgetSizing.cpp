#include "WidgetSizing.h"

#include <QLayout>
#include <QWidget>
#include <algorithm>

namespace veldboek::gui {

void fitHeightToContents(QWidget *window)
{
    if (QLayout *layout = window->layout())
        layout->activate();
    // Word-wrapped labels make the height depend on the width.
    const int height = window->hasHeightForWidth() ? window->heightForWidth(window->width())
                                                   : window->sizeHint().height();
    window->resize(window->width(), std::max(height, window->minimumSizeHint().height()));
}

} // namespace veldboek::gui
