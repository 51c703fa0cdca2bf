#pragma once

#include "XlsxReader.h"

#include <QList>
#include <QString>

namespace veldboek {

// Writes workbooks for the organisation's own use through libxlsxwriter. Every cell is text with
// the text number format, so a participant number keeps its leading zeros and Excel never turns a
// long number into 1.23E+08 or a code into a date, not even when the user edits the cell later.
// The first row of each sheet is the header: bold, frozen while scrolling. The file appears
// complete or not at all: it is written beside the target under a temporary name and renamed.
class XlsxWriter
{
public:
    // Excel's own limits; more is refused rather than written into a file Excel cannot open.
    static constexpr int maxCellLength = 32767;
    static constexpr int maxSheetNameLength = 31;

    // False with *error (translated through QCoreApplication) on failure; no file is left behind
    // and an existing file at `path` is left as it was.
    static bool write(const QString &path, const QList<XlsxSheet> &sheets, QString *error);
};

} // namespace veldboek
