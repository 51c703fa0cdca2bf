#pragma once

#include "XlsxPackage.h"

#include <QList>
#include <QString>
#include <optional>

// Number formats: which cell styles make a serial number a date or time, or pad it with zeros,
// and how a number cell is shown as text. Internal to the XLSX reader.
namespace veldboek::xlsx {

struct CellFormat
{
    bool date = false;
    bool time = false;
    bool seconds = false;
    bool elapsed = false; // [h]: hours beyond 24 instead of a time of day
    int zeroPadding = 0;  // "000000000": how a lost leading zero is shown again
};

// Reads an Excel format code the way Excel decides a format is a date: by its date and time

// Reads an Excel format code the way Excel decides a format is a date.
CellFormat classifyFormatCode(QStringView code);
// The built-in formats (numFmtId below 164 without a <numFmt> of their own).
CellFormat builtInFormat(int id);
// The number format of every cell style (cellXfs), by style index.
std::optional<QList<CellFormat>> loadStyles(Package &package, const QString &part,
                                            XlsxError *error);

// A number as Excel's formula bar shows it: at most 15 significant digits, never in scientific
// notation, no trailing zeros after the decimal point.
QString formatNumber(QStringView value);
// A serial date-time in the workbook's date system as dd-mm-yyyy [hh:mm[:ss]]; empty when the
// number is not a date Excel can show (negative or after 9999).
QString formatSerial(double serial, const CellFormat &format, bool date1904);
// An ISO 8601 value of a t="d" cell (strict OOXML) the same way.
QString formatIsoDate(QStringView value);

} // namespace veldboek::xlsx
