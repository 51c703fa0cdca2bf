#pragma once

#include "ImportPlan.h"
#include "validation/DataTable.h"
#include "validation/Spec.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace veldboek {

class Participant;

// Which registered participant an imported row is, by the spec's rule for "the same person"
// (its likely-duplicate dataset rules, keys built by DuplicateKey): the import matches exactly
// the rows the full-register check and the form would call the same person. Key groups of
// citizen service numbers only are tried first and give Match::Bsn; the others give
// Match::LikelySamePerson. The respondent number, the register's own key, is ImportPlan's.
class PersonMatcher
{
public:
    // `today`: the reference date (Julian day) the values are normalised against.
    PersonMatcher(const DatasetSpec &dataset, qint64 today);

    void addRegistered(const Participant &participant);
    // The registered participant `row` (with the table's `columns`) is, if any: how it matched
    // and its id.
    ImportRow::Match match(const DataRow &row, const QStringList &columns, qint64 *id) const;

private:
    struct Group
    {
        const DatasetRuleSpec *rule = nullptr;
        QList<int> fields;           // field indexes of the dataset
        QList<int> participantIndex; // per field: its index in Participant::keys(), -1 if none
        ImportRow::Match match = ImportRow::Match::LikelySamePerson;
        QHash<QString, qint64> ids; // key -> the registered participant with it (the last)
    };

    const DatasetSpec &m_dataset;
    qint64 m_today = 0;
    QList<Group> m_groups;
};

} // namespace veldboek
