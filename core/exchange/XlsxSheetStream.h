#pragma once

#include "XlsxNumberFormats.h"
#include "XlsxStrings.h"

#include <QXmlStreamReader>

// The worksheet part, streamed: rows are collected as text, nothing else of the XML is kept but
// what the preview reports (hidden rows and columns, merged cells, rows of totals).
namespace veldboek::xlsx {

// "C5" -> column 2 (0-based), row 5 (1-based); false when it is no cell reference.
bool parseReference(QStringView reference, int *column, int *row);

struct SheetContext
{
    const SharedStrings &strings;
    const QList<CellFormat> &formats;
    bool date1904 = false;
    QString language;
};

// Fills `sheet` (rows, hidden rows and columns, merged ranges, rows with totals) from the
// worksheet part. `rowLimit` > 0 stops after that many rows (the headers of every sheet, read
// to propose one). False with *error for a damaged or oversized sheet; XML errors are left to
// the caller, which knows the part. *lastRow: the row the stream was in, for such an error.
bool readWorksheet(QXmlStreamReader &xml, const SheetContext &context, int rowLimit,
                   XlsxSheet *sheet, int *lastRow, XlsxError *error);

} // namespace veldboek::xlsx
