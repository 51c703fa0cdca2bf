#pragma once

#include "validation/Spec.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace veldboek {

// A difference in the fields of a dataset between the spec in force and a new one (issue 15,
// "a new spec says what changes"): what SpecComparison cannot say from findings alone, such as a
// code list that grew or a field no longer asked for. Said by SpecChangeReport with the number of
// the register's records it touches.
struct FieldChange
{
    enum class Kind {
        NewField,     // the new spec asks for a field the old one did not
        RemovedField, // the old spec asked for it, the new one does not: values stay, marked
        CodesAdded,   // a code list accepts codes it did not
        CodesRemoved, // a code list no longer accepts codes it did
        RuleChanged,  // type, range, length, digits-only or date limits changed
    };
    Kind kind = Kind::NewField;
    QString dataset;
    QString field;         // key
    QString label;         // in the report's language, from the spec that defines it
    QStringList codes;     // CodesAdded, CodesRemoved
    bool required = false; // NewField: required (always or from a round) in the new spec
    // Records it touches: with a new finding on the field (CodesAdded: with one no longer given;
    // RuleChanged: either; RemovedField: with a value). SpecChangeReport.cpp counts them.
    int affected = 0;
    QString message; // filled by SpecFieldChanges::describe
};

namespace SpecFieldChanges {

// The differences of the fields of datasets in both specs, in the new spec's field order
// (removed fields last), without counts or messages.
QList<FieldChange> compare(const Spec &before, const Spec &after, const QString &language);
// `change.message` with `change.affected`, in the language of the installed translator (the
// SpecChangeReport context of translations/veldboek_nl.ts).
void describe(FieldChange &change);

} // namespace SpecFieldChanges

} // namespace veldboek
