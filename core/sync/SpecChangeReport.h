#pragma once

#include "SpecFieldChanges.h"
#include "storage/RegisterDatasets.h"
#include "validation/SpecComparison.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace veldboek {

class Register;

// What SpecChangeReport::read takes from the register: the rows of the new spec's datasets with
// their participants, and per dataset how many records hold a value of each field the new spec
// no longer asks for. Plain values: evaluate() may run on another thread (the app does,
// app/gui/sync/SpecUpdate.cpp, so a large register does not freeze the window).
struct SpecChangeInput
{
    QList<DataTable> tables;
    QList<QList<qint64>> participantIds;
    QHash<QString, QHash<QString, int>> withValue; // dataset -> key -> records with a value
};

// What a new spec changes for a register, said before it is used (issue 15): the changes
// SpecComparison finds between the spec in force and the new one on the register's own rows,
// and how many records they touch.
struct SpecChangeReport
{
    QList<SpecChange> changes;
    // What changed in the fields themselves (a new or removed field, a code list, a rule), each
    // with its records: said before `changes`. Does not by itself stop a submission (only new
    // findings do, app/gui/sync/SpecUpdate.cpp).
    QList<FieldChange> fieldChanges;
    int affectedRows = 0; // records with a finding the old spec did not give them
    // The participants those records belong to, ascending: what the app's problems panel is
    // filtered on (app/gui/sync/SpecChangeHandler.cpp).
    QList<qint64> affectedParticipants;

    // The register's rows of `spec`'s datasets, as `validate REGISTER` checks them (columns named
    // by the field keys; a field the register does not store yet is empty).
    static std::optional<QList<DataTable>> tables(Register &reg, const Spec &spec, QString *error);
    // The same, with the participant of every row.
    static std::optional<QList<RegisterDatasets::Table>>
    tablesWithParticipants(Register &reg, const Spec &spec, QString *error);
    // The register's part, in the register's thread (its database connection).
    static std::optional<SpecChangeInput> read(Register &reg, const Spec &before, const Spec &after,
                                               QString *error);
    // The comparison on what read() gave: no register, safe on any thread.
    static SpecChangeReport evaluate(const SpecChangeInput &input, const Spec &before,
                                     const Spec &after, const QString &language);
    // read() then evaluate().
    static std::optional<SpecChangeReport> compare(Register &reg, const Spec &before,
                                                   const Spec &after, const QString &language,
                                                   QString *error);
    // The field changes and the changes as lines, then "Records affected: N." (in `language`).
    QString toText(const QString &language) const;
};

} // namespace veldboek
