#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace veldboek {

// One row as the user sees it: every value is text (dates dd-mm-yyyy, booleans ja/nee).
struct DataRow
{
    int line = 0; // the row's number in its source: the file's line (header = 1), or the register's
    QStringList values; // in the order of DataTable::columns
};

} // namespace veldboek
// A row is an int and a list (itself relocatable): a table of 1.6 million rows grows by moving
// its memory, not each row (storage/RegisterDatasets.cpp reads the register into such tables).
Q_DECLARE_TYPEINFO(veldboek::DataRow, Q_RELOCATABLE_TYPE);
namespace veldboek {

// How the source was read; for a register these stay zero apart from `read`.
struct SourceCounts
{
    int read = 0;   // lines read, header and empty lines included
    int empty = 0;  // empty lines
    int header = 0; // header lines
};

// A row the reader could not split into the header's columns (ragged row): it is reported and
// counted as failed, not checked value by value.
struct MalformedRow
{
    int line = 0;
    int fields = 0;
};

// The engine's input: an in-memory table of one dataset. The engine knows no files and no SQL;
// the CSV reader and the register adapter both produce this.
struct DataTable
{
    QString dataset;     // the spec's dataset name: participants, gas, problem, cem
    QString format;      // the file format the columns came from, empty for a register
    QStringList columns; // field keys of the spec, in the order of DataRow::values
    QList<DataRow> rows;
    SourceCounts counts;
    QStringList unknownColumns;   // columns of the source that the spec does not know
    QStringList duplicateColumns; // columns named twice in the source
    QList<MalformedRow> malformedRows;
};

// One record for a field or record check while the user types: field key -> value.
using Record = QHash<QString, QString>;

} // namespace veldboek
