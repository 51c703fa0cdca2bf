#pragma once

#include <QtGlobal>

// The limits every reader of an imported file keeps, in one place (issue 17). A file beyond one
// of them is refused with a message that names the file and the limit; it is never read into
// memory first. Each value is far above what a data request of a register (docs/cli.md: tens
// of columns, at most some hundred thousand participants) produces, and low enough that the
// worst file within all limits still fits in memory on a laptop.
namespace veldboek::limits {

// --- Workbooks (.xlsx) ------------------------------------------------------------------------

// A cell with a value beyond this column is refused. Data-request files have tens of columns;
// Excel's own 16,384 would make every row of a hostile sheet 16,384 strings wide (a 1.6 MB file
// with one value at column XFD in each of 200,000 rows asked for 79 GB, issue 17). Rows are
// stored densely up to their last value, so this bounds a row at 1,024 slots (24 KB).
constexpr int xlsxMaxColumns = 1024;

// Cells of one sheet, counted as they are stored: each row up to its last value, empty cells
// in between included. 100,000 participants of 100 columns fit; ten million empty QStrings are
// 240 MB, the most a sheet of empty cells can cost.
constexpr qint64 xlsxMaxSheetCells = 10'000'000;

// Characters of the values a sheet writes itself (numbers, inline text; shared strings are
// counted below, and a cell that refers to one shares its memory). 256 million characters are
// 512 MB;
// 10 million cells of 20 characters stay well under it.
constexpr qint64 xlsxMaxSheetCharacters = 256'000'000;

// What a sheet says beside its values (hidden rows and columns, merged ranges, rows of totals)
// is listed for the preview and to name a header; a file may repeat such an element millions of
// times (a mergeCell is 25 bytes, and toDocument looks merges up per header cell). Beyond this
// many, more are not listed: the values are read all the same.
constexpr qsizetype xlsxMaxListed = 65'536;

// Shared strings: entries and their characters together. A register's texts (names, streets,
// e-mail addresses) of a million participants are a few million entries of tens of characters.
// The file's own uniqueCount is never used to reserve memory: it is the file's word, not a fact.
constexpr qint64 xlsxMaxSharedStrings = 4'000'000;
constexpr qint64 xlsxMaxSharedStringCharacters = 128'000'000;

// The zip: an XLSX has tens of parts; a zip of thousands is no workbook.
constexpr int zipMaxEntries = 10'000;

// The zip's central directory, read whole: a workbook's is a few kilobytes, and 10,000 entries
// with names of a hundred characters are about 1.5 MB.
constexpr qint64 zipMaxDirectorySize = 16LL * 1024 * 1024;

// One part, uncompressed. The XML is streamed, so this bounds time rather than memory: a sheet
// of ten million cells is about 400 MB of XML; a gigabyte takes some 20 s to parse.
constexpr qint64 zipMaxPartSize = 1024LL * 1024 * 1024;

// Deflate packs at most about 1,032:1. Legal workbooks reach 400:1 and more on sheets of empty
// rows (tests/fixtures/xlsx/rows_bound.xlsx: 33 MB in 82 KB), so a ratio alone refuses real
// files; a part of more than 64 MB packed tighter than 250:1 is a zip bomb, not a register.
constexpr qint64 zipRatioCheckedFrom = 64LL * 1024 * 1024;
constexpr qint64 zipMaxCompressionRatio = 250;

// Element nesting in any XML part. SpreadsheetML nests about ten deep (worksheet, sheetData,
// row, c, is, r, t); the parser keeps a stack entry per open element, so a part of nothing but
// "<a>" would grow it by one entry per three bytes.
constexpr int xmlMaxDepth = 256;

// --- CSV --------------------------------------------------------------------------------------

// The whole file. It is read into memory and decoded (twice its size as UTF-16), so a gigabyte
// costs some three; a register of a million participants is a few hundred megabytes of CSV.
constexpr qint64 csvMaxFileSize = 1024LL * 1024 * 1024;

// Fields of one record: the same bound as a workbook's columns, for the same reason (a 1 MB line
// of separators is 1,000,000 empty fields).
constexpr int csvMaxFields = xlsxMaxColumns;

// Fields of the whole file, header included: the same bound as a sheet's cells.
constexpr qint64 csvMaxTotalFields = xlsxMaxSheetCells;

// --- The import mapping (--mapping FILE.json) --------------------------------------------------

// A mapping names each column of the file once; more entries than a file can have columns, or a
// file larger than this, is no mapping.
constexpr qint64 mappingMaxFileSize = 1024 * 1024;
constexpr int mappingMaxEntries = xlsxMaxColumns;

} // namespace veldboek::limits
