#pragma once

#include "domain/Participant.h"
#include "validation/Validator.h"

#include <QList>

namespace veldboek {

class Register;

// One participant, as a form holds it, checked against the others in the register: the
// participants dataset's rules over rows (unique respondent number, the spec's "same person"
// rule, validation/DuplicateKey.h) on the record and the participants that share a key with
// it (storage/ParticipantRepository::sharingKeysWith, the pre-filter). The form
// (app/gui/participants/ParticipantForm) shows the findings and asks before saving a likely
// duplicate; this has no widgets, so a test reaches it without a window.
class ParticipantCheck
{
public:
    ParticipantCheck(Register &reg, const Validator &validator)
        : m_register(reg)
        , m_validator(validator)
    {}

    // The dataset rules' findings on `current` (line 0: the record is not a row of a file),
    // each naming the respondent numbers of the other participants in it: "... (see R-0002)".
    QList<Finding> findings(const Participant &current) const;

private:
    Register &m_register;
    const Validator &m_validator;
};

} // namespace veldboek
