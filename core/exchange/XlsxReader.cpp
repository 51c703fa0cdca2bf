#include "XlsxReader.h"

#include "XlsxNumberFormats.h"
#include "XlsxPackage.h"
#include "XlsxSheetStream.h"
#include "XlsxStrings.h"

#include <QSet>

namespace veldboek {

using namespace xlsx;

std::optional<QStringList> XlsxReader::sheetNames(const QString &path, const QString &language,
                                                  XlsxError *error)
{
    Package package(path, language);
    const auto workbook = openWorkbook(package, path, language, error);
    if (!workbook)
        return std::nullopt;
    return workbook->worksheetNames();
}

namespace {

// The sheet `name` (empty: the first worksheet), or null with *error saying which there are.
const SheetEntry *findSheet(const Workbook &workbook, const QString &name, const QString &language,
                            XlsxError *error)
{
    const SheetEntry *entry = nullptr;
    for (const SheetEntry &candidate : workbook.sheets) {
        if (name.isEmpty() ? candidate.worksheet : candidate.name == name) {
            entry = &candidate;
            break;
        }
    }
    if (!entry) {
        QStringList quoted;
        for (const QString &sheet : workbook.worksheetNames())
            quoted.append(QChar(0x201C) + sheet + QChar(0x201D));
        *error =
            XlsxError{0, say(language, "De werkmap heeft geen werkblad \u201C%1\u201D. Wel: %2.",
                             "The workbook has no sheet \u201C%1\u201D. It has: %2.")
                             .arg(name, quoted.join(QStringLiteral(", ")))};
        return nullptr;
    }
    if (!entry->worksheet) {
        *error = XlsxError{0, say(language,
                                  "Het werkblad \u201C%1\u201D is een grafiek, geen tabel met "
                                  "rijen.",
                                  "The sheet \u201C%1\u201D is a chart, not a table of rows.")
                                  .arg(entry->name)};
        return nullptr;
    }
    return entry;
}

// Reads the worksheets asked for from one opened package; `rowLimit` as in readWorksheet().
std::optional<QList<XlsxSheet>> readSheets(const QString &path, const QStringList &names,
                                           bool allSheets, int rowLimit, const QString &language,
                                           XlsxError *error)
{
    Package package(path, language);
    const auto workbook = openWorkbook(package, path, language, error);
    if (!workbook)
        return std::nullopt;
    QList<const SheetEntry *> entries;
    for (const QString &name : allSheets ? workbook->worksheetNames() : names) {
        const SheetEntry *entry = findSheet(*workbook, name, language, error);
        if (!entry)
            return std::nullopt;
        entries.append(entry);
    }
    const auto strings = loadSharedStrings(package, workbook->sharedStringsPart, error);
    if (!strings)
        return std::nullopt;
    const auto formats = loadStyles(package, workbook->stylesPart, error);
    if (!formats)
        return std::nullopt;
    const SheetContext context{*strings, *formats, workbook->date1904, language};
    QList<XlsxSheet> result;
    for (const SheetEntry *entry : std::as_const(entries)) {
        auto file = package.openPart(entry->part, error);
        if (!file)
            return std::nullopt;
        XlsxSheet sheet;
        sheet.name = entry->name;
        QXmlStreamReader xml(file.get());
        int row = 0;
        if (!readWorksheet(xml, context, rowLimit, &sheet, &row, error))
            return std::nullopt;
        if (!package.finish(xml, *file, entry->part, row, error))
            return std::nullopt;
        result.append(std::move(sheet));
    }
    return result;
}

bool isEmptyRow(const QStringList &row)
{
    for (const QString &value : row) {
        if (!value.trimmed().isEmpty())
            return false;
    }
    return true;
}

int filledCells(const QStringList &row)
{
    int count = 0;
    for (const QString &value : row)
        count += value.trimmed().isEmpty() ? 0 : 1;
    return count;
}

// The label people put in the first cell of a row of totals under their list.
bool isTotalsLabel(const QStringList &row)
{
    for (const QString &value : row) {
        const QString text = value.trimmed().toLower();
        if (text.isEmpty())
            continue;
        static const char *const labels[] = {"totaal",  "totalen", "total",      "totals",
                                             "som",     "sum",     "gemiddelde", "average",
                                             "aantal:", "count:",  "subtotaal",  "subtotal"};
        for (const char *label : labels) {
            const QLatin1String word(label);
            // "Totaal", "Totaal:", "Totaal deelnemers"; not "Totaalplan".
            if (text == word || (text.startsWith(word) && !text.at(word.size()).isLetter()))
                return true;
        }
        return false; // only the first filled cell says it
    }
    return false;
}

const XlsxSheet::Range *mergeAt(const XlsxSheet &sheet, int row, int column)
{
    for (const XlsxSheet::Range &range : sheet.merges) {
        if (row >= range.firstRow && row <= range.lastRow && column >= range.firstColumn &&
            column <= range.lastColumn)
            return &range;
    }
    return nullptr;
}

// Merged header cells: a group name merged across columns above names of its own ("Adres"
// over "Straat", "Huisnummer"), beside names merged down over both rows. Each column is then
// named by its lower cell, or by the merged cell above it when that is empty; *twoRows says
// whether the header takes the row below the header row too.
QStringList headerNames(const XlsxSheet &sheet, qsizetype header, bool *twoRows)
{
    const qsizetype count = sheet.rows.size();
    const int headerRow = int(header) + 1;
    const QStringList &top = sheet.rows.at(header);
    QStringList names = top;
    *twoRows = false;
    if (header + 1 >= count)
        return names;
    const QStringList &below = sheet.rows.at(header + 1);
    bool underGroup = false, outsideGroup = false;
    for (qsizetype c = 0; c < below.size(); ++c) {
        if (below.at(c).trimmed().isEmpty())
            continue;
        const XlsxSheet::Range *range = mergeAt(sheet, headerRow, int(c));
        if (range && range->firstRow == headerRow && range->lastRow == headerRow &&
            range->lastColumn > range->firstColumn)
            underGroup = true;
        else
            outsideGroup = true;
    }
    *twoRows = underGroup && !outsideGroup;
    if (!*twoRows)
        return names;
    names.resize(std::max(top.size(), below.size()));
    for (qsizetype c = 0; c < names.size(); ++c) {
        if (c < below.size() && !below.at(c).trimmed().isEmpty())
            names[c] = below.at(c);
        else if (const XlsxSheet::Range *range = mergeAt(sheet, headerRow, int(c)))
            names[c] = sheet.rows.at(range->firstRow - 1).value(range->firstColumn);
    }
    return names;
}

} // namespace

std::optional<XlsxSheet> XlsxReader::readSheet(const QString &path, const QString &sheet,
                                               const QString &language, XlsxError *error)
{
    auto sheets = readSheets(path, {sheet}, false, 0, language, error);
    if (!sheets)
        return std::nullopt;
    return sheets->takeFirst();
}

std::optional<QList<XlsxSheet>> XlsxReader::sheetHeads(const QString &path, int rows,
                                                       const QString &language, XlsxError *error)
{
    return readSheets(path, {}, true, rows, language, error);
}

CsvDocument XlsxReader::toDocument(const XlsxSheet &sheet)
{
    CsvDocument document;
    document.encoding = QStringLiteral("XLSX");
    document.delimiter = QChar();
    document.sheet = sheet.name;
    document.lines = int(sheet.rows.size());
    const qsizetype count = sheet.rows.size();

    // The header is the first row with two or more names; a single cell above it (often merged
    // across the columns) is the list's title.
    qsizetype header = -1;
    qsizetype firstFilled = -1;
    for (qsizetype i = 0; i < count && header < 0; ++i) {
        const int filled = filledCells(sheet.rows.at(i));
        if (filled > 0 && firstFilled < 0)
            firstFilled = i;
        if (filled >= 2)
            header = i;
    }
    if (header < 0)
        header = firstFilled;
    if (header < 0)
        return document;
    for (qsizetype i = firstFilled; i < header; ++i) {
        if (!isEmptyRow(sheet.rows.at(i)))
            document.titleLines.append(int(i) + 1);
    }

    const int headerRow = int(header) + 1;
    bool twoRows = false;
    const QStringList names = headerNames(sheet, header, &twoRows);
    document.headerLine = headerRow;
    document.headerLines = twoRows ? 2 : 1;
    for (const QString &name : std::as_const(names))
        document.header.append(name.trimmed());

    // Rows of totals (a formula over a range, or a "Totaal" label) and empty rows after the last
    // participant are no participants.
    qsizetype end = count;
    const qsizetype firstData = header + document.headerLines;
    while (end > firstData) {
        const QStringList &row = sheet.rows.at(end - 1);
        if (isEmptyRow(row)) {
            --end;
        } else if (sheet.totalRows.contains(int(end)) || isTotalsLabel(row)) {
            document.totalLines.prepend(int(end));
            --end;
        } else {
            break;
        }
    }
    const QSet<int> hidden(sheet.hiddenRows.begin(), sheet.hiddenRows.end());
    for (qsizetype i = 0; i < count; ++i) {
        if (i < firstData || i >= end) {
            if (isEmptyRow(sheet.rows.at(i)))
                ++document.emptyLines;
            continue;
        }
        const QStringList &row = sheet.rows.at(i);
        if (isEmptyRow(row)) {
            ++document.emptyLines;
            continue;
        }
        if (hidden.contains(int(i) + 1))
            document.hiddenLines.append(int(i) + 1);
        document.records.append(CsvRecord{int(i) + 1, row, false});
    }
    for (const XlsxSheet::ColumnRange &range : sheet.hiddenColumns) {
        for (int c = range.first; c <= range.last && c < document.header.size(); ++c) {
            if (!document.header.at(c).isEmpty())
                document.hiddenColumns.append(document.header.at(c));
        }
    }
    return document;
}

} // namespace veldboek
