#include "SeverityStyle.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>

namespace veldboek::gui {

QIcon SeverityStyle::icon(Severity severity)
{
    QStyle *style = QApplication::style();
    switch (severity) {
    case Severity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::None:
        break;
    }
    return style->standardIcon(QStyle::SP_DialogApplyButton);
}

QColor SeverityStyle::colour(Severity severity)
{
    // Dark enough for text on a light background (contrast above 4.5:1).
    switch (severity) {
    case Severity::Error:
        return QColor(0xb0, 0x1c, 0x1c);
    case Severity::Warning:
        return QColor(0x8a, 0x5a, 0x00);
    case Severity::None:
        break;
    }
    return QColor(0x1e, 0x6b, 0x2e);
}

QString SeverityStyle::name(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QCoreApplication::translate("veldboek::gui::SeverityStyle", "errors");
    case Severity::Warning:
        return QCoreApplication::translate("veldboek::gui::SeverityStyle", "warnings");
    case Severity::None:
        break;
    }
    return QCoreApplication::translate("veldboek::gui::SeverityStyle", "ok");
}

} // namespace veldboek::gui
