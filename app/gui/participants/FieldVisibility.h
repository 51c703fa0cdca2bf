#pragma once

#include "validation/DataTable.h"
#include "validation/FieldVisibility.h"
#include "validation/Validator.h"

#include <QList>
#include <QSet>
#include <QString>
#include <functional>
#include <memory>

namespace veldboek::gui {

// FieldVisibility, the rule of which fields a form hides, is core's (validation/FieldVisibility.h):
// the public self-registration page (endpoint/SelfRegPage.cpp) asks the same.

class FieldEditor;

// Marks each editor required or not for `record`, and shows on it the most severe of its
// `findings` where `speaks(key)` says the field may speak yet (a blank form is not a page of
// errors). One pass for the participant form and the kiosk, as FieldVisibility is one rule.
void showFindings(const QList<FieldEditor *> &editors, const Validator &validator,
                  const QString &dataset, const Record &record, const QList<Finding> &findings,
                  const std::function<bool(const QString &key)> &speaks);

} // namespace veldboek::gui
