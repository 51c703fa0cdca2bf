#pragma once

#include "DataTable.h"
#include "Validator.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>

namespace veldboek {

// Which fields a form hides for a record as it stands: a field that a rule of the spec wants
// empty under a condition that holds now (opt-out hides the address and the date of birth, the
// age is hidden without opt-out; resources/specs/mdt.json). The spec's rules decide, asked
// through the engine, so the participant form (app/gui/participants/ParticipantForm.cpp), the
// kiosk (app/gui/kiosk/KioskForm.cpp) and the public self-registration page
// (endpoint/SelfRegPage.cpp) can never disagree with each other or with the check.
class FieldVisibility
{
public:
    FieldVisibility() = default;
    FieldVisibility(std::shared_ptr<const Validator> validator, const QString &dataset);

    QSet<QString> hiddenFields(const Record &record) const;
    // The self-registration forms (kiosk and page) ask a field with a condition on its
    // requirement only where the condition holds: the municipality only under opt-out, the site
    // postcode only without. The spec's own condition, not a rule written in a form.
    QSet<QString> hiddenOnSelfRegistration(const Record &record,
                                           const QStringList &formFields) const;

private:
    std::shared_ptr<const Validator> m_validator;
    QString m_dataset;
    // Rules that want a field empty under a condition (opt-out, no address): rule id -> field.
    QList<std::pair<QString, QString>> m_emptinessRules;
};

} // namespace veldboek
