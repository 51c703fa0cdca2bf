#pragma once

#include "validation/DataTable.h"
#include "validation/Validator.h"

#include <QList>
#include <QSet>
#include <QString>
#include <functional>
#include <memory>

namespace veldboek::gui {

// Which fields a form hides for a record as it stands: a field that a rule of the spec wants
// empty under a condition that holds now (opt-out hides the address and the date of birth, the
// age is hidden without opt-out; resources/specs/mdt.json). The spec's rules decide, asked
// through the engine, so the participant form (participants/ParticipantForm.cpp) and the kiosk
// (kiosk/KioskForm.cpp) can never disagree with each other or with the check.
class FieldVisibility
{
public:
    FieldVisibility() = default;
    FieldVisibility(std::shared_ptr<const Validator> validator, const QString &dataset);

    QSet<QString> hiddenFields(const Record &record) const;

private:
    std::shared_ptr<const Validator> m_validator;
    QString m_dataset;
    // Rules that want a field empty under a condition (opt-out, no address): rule id -> field.
    QList<std::pair<QString, QString>> m_emptinessRules;
};

class FieldEditor;

// Marks each editor required or not for `record`, and shows on it the most severe of its
// `findings` where `speaks(key)` says the field may speak yet (a blank form is not a page of
// errors). One pass for the participant form and the kiosk, as FieldVisibility is one rule.
void showFindings(const QList<FieldEditor *> &editors, const Validator &validator,
                  const QString &dataset, const Record &record, const QList<Finding> &findings,
                  const std::function<bool(const QString &key)> &speaks);

} // namespace veldboek::gui
