#pragma once

#include "DataTable.h"
#include "Spec.h"
#include "ValidationReport.h"

#include <QDate>
#include <memory>

namespace veldboek {

// The answer to one field check, as the form shows it while the user types.
struct FieldCheck
{
    Severity severity = Severity::None;
    QString rule;          // empty when the value is fine
    QString message;       // in the validator's language
    QString normalised;    // the value as it is stored: "1234ab" -> "1234 AB"; empty when invalid
    bool required = false; // whether the field is required for this record
    bool cleared = false;  // an invalid optional value: it would be dropped when submitted
};

// One finding of a record check or of a row in a dataset check.
struct Finding
{
    int line = 0; // the row number (dataset checks); 0 for a record check
    QString rule;
    QString field; // field key
    Severity severity = Severity::Error;
    QString message;
    bool cleared = false;
};

struct CompiledSpec;

// The validation engine. One instance per spec, round, reference date and language; it compiles
// the spec once and is then safe to use from several threads. It works on in-memory values only:
// the form, the register adapter, the CSV reader and the endpoint all feed it.
class Validator
{
public:
    // `round` empty: the round in force on `referenceDate`. The reference date is "today" for
    // every date rule; tests pass a fixed one.
    explicit Validator(const Spec &spec, const QString &round = {},
                       const QDate &referenceDate = QDate::currentDate(),
                       const QString &language = QStringLiteral("nl"));
    ~Validator();
    Validator(const Validator &);
    Validator &operator=(const Validator &);

    const Spec &spec() const;
    QString round() const;
    QDate referenceDate() const;
    QString language() const;

    // When set, pseudonymised fields (transmit "pseudonymised") also accept a keyed hash: what
    // the endpoint receives instead of the citizen service number.
    void setPseudonymisedInput(bool accept);

    // Level 1, per keystroke: the value's own checks and whether the record needs it. `context`
    // holds the record's other values (by field key) for conditional requirements.
    FieldCheck checkField(const QString &dataset, const QString &fieldKey, const QString &value,
                          const Record &context = {}) const;
    bool isRequired(const QString &dataset, const QString &fieldKey, const Record &record) const;
    // The canonical form the form gives a value when the user leaves the field ("1234ab" ->
    // "1234 AB", "1-2-2024" -> "01-02-2024"); empty when the value does not pass its own checks.
    // `field` is one of spec()'s fields. For the million values of an import: it parses the
    // value alone, where checkField() sets up the whole record around it.
    QString normalised(const FieldSpec &field, QStringView value) const;

    // Level 2: every field check and every cross-field rule of one record.
    QList<Finding> checkRecord(const QString &dataset, const Record &record) const;

    // Level 3: a whole table, with the dataset rules (uniqueness, likely duplicates): the table is
    // one block of DatasetCheck (DatasetCheck.h), the same check the endpoint streams. With
    // `rowFindings`, every finding of every row is also listed (for flagging rows on import).
    // `cores`: how many threads share the rows (0: all of the thread pool); 1 keeps the check
    // on the calling thread, for a check that runs beside other work (an import's writer).
    DatasetReport checkDataset(const DataTable &table, QList<Finding> *rowFindings = nullptr,
                               int cores = 0) const;

    // The full technical-check report over the tables of one submission.
    ValidationReport validate(const QList<DataTable> &tables) const;

private:
    friend class DatasetCheck; // the dataset rules, in DatasetCheck.cpp
    std::shared_ptr<const CompiledSpec> m_compiled;
    bool m_pseudonymisedInput = false;
};

} // namespace veldboek
