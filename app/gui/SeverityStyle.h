#pragma once

#include "validation/Spec.h"

#include <QColor>
#include <QIcon>

namespace veldboek::gui {

// How a severity looks everywhere in the GUI: the same icon and colour in the form, the table's
// status column and the problems panel, so the user learns them once.
class SeverityStyle
{
public:
    static QIcon icon(Severity severity);
    static QColor colour(Severity severity);
    static QString name(Severity severity); // "ok", "warnings", "errors", translated
};

} // namespace veldboek::gui
