#pragma once

#include "CsvReader.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace veldboek {

// Why a workbook could not be read; `row` is the spreadsheet row (1-based), 0 when no row is to
// blame. The message is in the language asked for (Dutch "nl" or English "en").
struct XlsxError
{
    int row = 0;
    QString message;
};

// One worksheet's cells as text: rows[0] is spreadsheet row 1, so a row's index + 1 is the number
// Excel shows beside it. Empty rows in between are kept (as empty lists) so the numbers stay
// right; trailing empty cells of a row and trailing empty rows are dropped.
struct XlsxSheet
{
    struct Range // merged cells, 1-based rows and 0-based columns as everywhere here
    {
        int firstRow = 0, lastRow = 0, firstColumn = 0, lastColumn = 0;
    };
    struct ColumnRange // 0-based, inclusive
    {
        int first = 0, last = 0;
    };
    // A constructor rather than an aggregate: sheets are written as {name, rows} everywhere,
    // and what the reader adds below is not something a writer passes.
    XlsxSheet() = default;
    XlsxSheet(QString sheetName, QList<QStringList> sheetRows = {})
        : name(std::move(sheetName))
        , rows(std::move(sheetRows))
    {}

    QString name;
    QList<QStringList> rows;
    QList<int> hiddenRows; // spreadsheet row numbers
    QList<ColumnRange> hiddenColumns;
    QList<Range> merges;
    QList<int> totalRows; // rows holding a formula that totals a range (SUM(B2:B99))
};

// Reads Office Open XML workbooks (.xlsx, as Excel and LibreOffice save them) without Excel: the
// zip through our own reader (ZipArchive.h), each part streamed through QXmlStreamReader so a
// sheet of a million rows never sits in memory as XML. Cells come back as the text the workbook
// shows, because the register's validation works on text and a participant number must keep its
// leading zeros. Anything that is not a readable workbook is refused with a reason, never a crash:
// CSV or other files renamed to .xlsx, damaged or truncated zips, other Office documents, old .xls
// files and password-protected workbooks (both OLE2 compound files), missing sheets, oversized
// cells.
class XlsxReader
{
public:
    // Excel itself stops at 32,767 characters; a cell of a megabyte is not a register value.
    static constexpr qint64 maxCellLength = 1024 * 1024;
    // The sheet size Excel allows; a reference beyond it means the file is damaged.
    static constexpr int maxRows = 1048576;
    static constexpr int maxColumns = 16384;

    // The worksheets' names in the order Excel shows their tabs (chart sheets left out).
    static std::optional<QStringList> sheetNames(const QString &path, const QString &language,
                                                 XlsxError *error);

    // `sheet` empty: the first worksheet. Shared and inline strings (rich text runs joined),
    // numbers without scientific notation or a trailing ".0" (1.23E+08 -> 123000000), booleans as
    // TRUE/FALSE, error values as Excel writes them (#N/A), serial numbers with a date format as
    // dd-mm-yyyy (with " hh:mm" or " hh:mm:ss" when the format shows a time; the 1900 date system
    // with Excel's non-existent 29-02-1900, or 1904 when the workbook says so), formula cells by
    // their last computed value.
    static std::optional<XlsxSheet> readSheet(const QString &path, const QString &sheet,
                                              const QString &language, XlsxError *error);

    // The first `rows` rows of every worksheet, in tab order: enough to propose the sheet whose
    // headers are a dataset's.
    static std::optional<QList<XlsxSheet>> sheetHeads(const QString &path, int rows,
                                                      const QString &language, XlsxError *error);

    // The sheet as the CSV reader would have produced it, so one column mapping serves both: the
    // header is the first row with two or more names (a title row above it is left out; a header
    // of merged group cells over names of their own gives the lower names), every later
    // non-empty row a record, except rows of totals and empty rows after the last participant.
    // headerLine and line are spreadsheet row numbers, encoding "XLSX", delimiter QChar(); hidden
    // rows and columns are imported and listed, for the preview to say.
    static CsvDocument toDocument(const XlsxSheet &sheet);
};

} // namespace veldboek
