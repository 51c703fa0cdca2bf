#include "ImportSession.h"

namespace veldboek::gui {

QStringList ImportSession::header() const
{
    if (!document)
        return {};
    QStringList names = document->header;
    while (!names.isEmpty() && names.last().trimmed().isEmpty())
        names.removeLast();
    return names;
}

} // namespace veldboek::gui
