#pragma once

#include "validation/DataTable.h"
#include "validation/Validator.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
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

// The most severe finding of each field, the one its editor shows; the pointers point into
// `findings`, which must outlive the result. Shared by both forms as FieldVisibility is.
QHash<QString, const Finding *> worstFindingPerField(const QList<Finding> &findings);

} // namespace veldboek::gui
