#pragma once

#include "Spec.h"

#include <QJsonObject>

namespace veldboek {

// One kind of finding in a dataset: the report's "rules" entries (docs/api.md).
struct RuleResult
{
    QString rule;
    QString field; // the column name in the file format, or the field key for a register
    Severity severity = Severity::Error;
    QString message;
    int count = 0;
    QList<int> rows;      // the first ten row numbers, ascending
    bool cleared = false; // an error in an optional value: the value is dropped, the row stays
};

struct RowTotals
{
    int read = 0;
    int empty = 0;
    int header = 0;
    int data = 0;
    int imported = 0;
    int failed = 0;
};

struct DatasetReport
{
    QString name;
    RowTotals rows;
    QList<RuleResult> rules;

    bool rejected() const; // an error that is not cleared
};

// The technical-check report, one JSON shape wherever it appears (docs/api.md).
struct ValidationReport
{
    QString spec;
    QString specVersion;
    QString round;
    QString language;
    QList<DatasetReport> datasets;

    bool approved() const;
    QJsonObject toJson() const;
    static ValidationReport fromJson(const QJsonObject &json);
    // A readable report for the terminal, in the report's language.
    QString toText() const;
};

} // namespace veldboek
