#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace veldboek {

class Register;
struct DatasetSpec;
struct FieldSpec;

// The values of outcome fields that have no column of their own (the table outcome_fields,
// schema version 7): fields a spec fetched from the endpoint added to the GAS ("gas"),
// problem-reduction ("problem") or CEM+ ("cem") dataset, and fields a newer spec no longer asks
// for. A row is keyed by the dataset and the id of the record in its table: a GAS score
// (gas_scores), a problem-reduction score (problem_scores) or a CEM+ measurement
// (cem_measurements; every answer row of the measurement carries its values). As with
// ParticipantExtraFields, a key is only ever a bound value, never part of the SQL. Triggers
// remove a record's values with the record (core/storage/Migrations.cpp, version 7). Used by
// OutcomeRepository and RegisterDatasets; it holds no transaction of its own: the caller's.
class OutcomeExtraFields
{
public:
    explicit OutcomeExtraFields(Register &reg)
        : m_register(reg)
    {}

    using Values = QMap<QString, QString>;

    // The keys a dataset's records hold in columns of their own (or that the register works out,
    // such as a CEM+ row's age): a spec field with any other key is stored here.
    static QStringList storedKeys(const QString &dataset);
    // The fields of `dataset` that have no column: those a fetched spec added.
    static QList<const FieldSpec *> addedFields(const DatasetSpec &dataset);

    // The values of one record; false on a read error (Register::lastError()).
    bool load(const QString &dataset, qint64 rowId, Values *out) const;
    // Replaces the values of one record by `values` (an empty value: no row).
    bool setAll(const QString &dataset, qint64 rowId, const Values &values);
    // Sets one value: a row for a non-empty value, none for an empty one.
    bool set(const QString &dataset, qint64 rowId, const QString &key, const QString &value);

    // The fields no longer requested in `dataset`: keys that hold a value for at least one
    // record while `requested` (the spec in force's fields) does not name them, by key.
    QStringList noLongerRequested(const QString &dataset, const QStringList &requested) const;

private:
    Register &m_register;
};

} // namespace veldboek
