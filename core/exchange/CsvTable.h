#pragma once

#include "CsvReader.h"
#include "validation/DataTable.h"
#include "validation/Spec.h"

namespace veldboek {

// Maps a CSV document onto a dataset of a spec: the header is matched by column name (any order,
// case and surrounding spaces ignored) against the column names of the dataset's file formats,
// or against the field keys. Columns the spec does not know, or names given twice, are listed
// once on the table for the report.
class CsvTable
{
public:
    // `datasetHint` empty: the dataset and format whose columns match the header best.
    // Fails (with the reason in *error) when the header matches no dataset at all.
    static std::optional<DataTable> toTable(const CsvDocument &document, const Spec &spec,
                                            const QString &datasetHint, const QString &language,
                                            CsvError *error);
};

} // namespace veldboek
