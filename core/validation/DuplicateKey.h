#pragma once

#include "Spec.h"

#include <QString>
#include <QStringView>

namespace veldboek {

// "The same person", as the spec defines it: a likely-duplicate dataset rule (resources/specs/
// mdt.json, `person.duplicate`: date of birth, postcode, first and last name, or the citizen
// service number) says two rows are one person when any one of its key groups gives both the
// same key. The full-register check (DatasetCheck), the form's warning (which runs the check on
// the rows ParticipantRepository::sharingKeysWith() returns) and the import's matching
// (ImportPlan) all build their keys here, so they agree (tests/exchange/tst_samepersonrule.cpp).
class DuplicateKey
{
public:
    // The key of one key group of `rule` (field indexes of `dataset`) for a row whose value of a
    // field is `valueOf(field)`: values normalised where valid (dates, postcodes, citizen
    // service numbers), case and spacing ignored. False, with an empty key, when a value is
    // empty or one of the rule's ignored values: such a row matches no other by this group.
    // `today` is the reference date as a Julian day; `normalised` is scratch space.
    template<typename ValueOf>
    static bool of(const DatasetSpec &dataset, const DatasetRuleSpec &rule, const QList<int> &group,
                   qint64 today, ValueOf valueOf, QString &key, QString &normalised)
    {
        key.clear();
        for (const int field : group) {
            if (!append(dataset.fields.at(field), rule, valueOf(field), today, key, normalised)) {
                key.clear();
                return false;
            }
        }
        return true;
    }

    // The rules of `dataset` that define likely duplicates, in spec order.
    static QList<const DatasetRuleSpec *> rules(const DatasetSpec &dataset);

private:
    static bool append(const FieldSpec &field, const DatasetRuleSpec &rule, QStringView value,
                       qint64 today, QString &key, QString &normalised);
};

} // namespace veldboek
