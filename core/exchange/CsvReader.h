#pragma once

#include "ReaderLimits.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace veldboek {

// Why a file could not be read as CSV at all; `line` is 0 when no line is to blame.
struct CsvError
{
    int line = 0;
    QString message;
};

struct CsvRecord
{
    int line = 0; // the line the record starts on (1-based, as a spreadsheet counts)
    QStringList fields;
    bool overlong = false; // longer than the reader's limit: fields are left empty
};

// A CSV file split into its header and records, with what the reader found out about it.
struct CsvDocument
{
    QString encoding; // "UTF-8", "UTF-8 with BOM" or "Windows-1252"
    QChar delimiter;
    QStringList header;
    int headerLine = 0;
    QList<CsvRecord> records; // data records, empty lines left out
    int lines = 0;            // lines read, empty lines and header included
    int emptyLines = 0;       // lines without any value (";;;" counts as empty)
    int headerLines = 1;      // 2: a workbook's header of merged group names over column names
    // What a workbook holds beyond its values, for the preview to say (XLSX only).
    QString sheet;
    QList<int> titleLines;     // rows above the header (a title): not imported
    QList<int> totalLines;     // rows of totals under the data: not imported
    QList<int> hiddenLines;    // hidden rows: imported, and said
    QStringList hiddenColumns; // names of hidden columns: mapped like the others, and said
};

// Reads the CSV files that Dutch spreadsheets and portals write: `;`, `,` or tab separated,
// UTF-8 with or without BOM or Windows-1252 (detected), CRLF or LF line ends, quoted fields with
// doubled quotes. Anything that is not such a file is refused with a reason and a line number,
// never a crash: binary files, workbooks, an empty file, a header without separators, a quote
// that never closes.
class CsvReader
{
public:
    // A record longer than this is not a row of a register; it is reported, not parsed.
    static constexpr qsizetype maxRecordLength = 1024 * 1024;
    // The rest of a CSV's limits are in ReaderLimits.h, with the workbook's.
    static constexpr qint64 maxFileSize = limits::csvMaxFileSize;

    static std::optional<CsvDocument> readFile(const QString &path, const QString &language,
                                               CsvError *error);
    static std::optional<CsvDocument> read(const QByteArray &bytes, const QString &language,
                                           CsvError *error);

    // Windows-1252, the code page Dutch Excel writes "CSV (gescheiden door lijstscheidingsteken)"
    // in; Qt 6.4 has no codec for it without ICU, and it is one table.
    static QString decodeWindows1252(const QByteArray &bytes);
};

} // namespace veldboek
