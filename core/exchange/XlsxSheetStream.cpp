#include "XlsxSheetStream.h"

#include "ReaderLimits.h"

#include <cmath>

namespace veldboek::xlsx {

// "C5" -> column 2 (0-based), row 5 (1-based); false when it is no cell reference.
bool parseReference(QStringView reference, int *column, int *row)
{
    qsizetype i = 0;
    qint64 col = 0;
    for (; i < reference.size() && i < 4; ++i) {
        const char16_t c = reference.at(i).toUpper().unicode();
        if (c < u'A' || c > u'Z')
            break;
        col = col * 26 + (c - u'A' + 1);
    }
    if (i == 0 || i == reference.size())
        return false;
    bool ok = false;
    const qint64 r = reference.mid(i).toLongLong(&ok);
    if (!ok || r < 1 || col > XlsxReader::maxColumns || r > XlsxReader::maxRows)
        return false;
    *column = int(col - 1);
    *row = int(r);
    return true;
}

namespace {

// A formula that sums up a column rather than computing a participant's own value: its row is a
// row of totals under the data. Excel writes function names in English in the file, whatever
// the language of its menus.
bool isAggregate(QStringView formula)
{
    static const char *const names[] = {"SUM(",     "SUBTOTAL(",  "COUNT(", "COUNTA(", "COUNTIF(",
                                        "AVERAGE(", "AGGREGATE(", "MIN(",   "MAX("};
    for (const char *name : names) {
        const qsizetype at = formula.indexOf(QLatin1String(name), 0, Qt::CaseInsensitive);
        // A range ("B2:B99") makes it a total over rows, not arithmetic on one row's cells.
        if (at >= 0 && formula.indexOf(u':', at) > at)
            return true;
    }
    return false;
}

class SheetStream
{
public:
    SheetStream(QXmlStreamReader &xml, const SheetContext &context)
        : m_xml(xml)
        , m_strings(context.strings)
        , m_formats(context.formats)
        , m_date1904(context.date1904)
        , m_language(context.language)
    {}

    bool read(XlsxSheet &sheet, int rowLimit, XlsxError *error)
    {
        QList<QStringList> &rows = sheet.rows;
        bool cellsDone = false;
        while (!m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::EndElement) {
                if (m_xml.name() == u"row") {
                    flushRow(sheet);
                    if (rowLimit > 0 && m_row >= rowLimit)
                        break;
                } else if (m_xml.name() == u"sheetData") {
                    cellsDone = true; // only merged cells are read after the cells
                }
                continue;
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            const QStringView name = m_xml.name();
            if (name == u"c" && !cellsDone) {
                if (!readCell(error))
                    return false;
            } else if (name == u"row" && !cellsDone) {
                if (!startRow(sheet, error))
                    return false;
            } else if (name == u"col") {
                readHiddenColumns(sheet);
            } else if (name == u"mergeCell") {
                readMerge(sheet);
            } else if (name != u"worksheet" && name != u"sheetData" && name != u"cols" &&
                       name != u"mergeCells") {
                m_xml.skipCurrentElement();
            }
        }
        flushRow(sheet);
        while (!rows.isEmpty() && rows.constLast().isEmpty())
            rows.removeLast();
        return true;
    }

    int row() const { return m_row; }

private:
    void readHiddenColumns(XlsxSheet &sheet)
    {
        const QXmlStreamAttributes attributes = m_xml.attributes();
        m_xml.skipCurrentElement();
        if (!isTrue(attributes.value(QLatin1String("hidden"))))
            return;
        const int first = attributes.value(QLatin1String("min")).toInt();
        const int last = attributes.value(QLatin1String("max")).toInt();
        // LibreOffice hides every unused column up to 16384 in one <col>: a range, not a list.
        if (first >= 1 && last >= first && last <= XlsxReader::maxColumns &&
            sheet.hiddenColumns.size() < limits::xlsxMaxListed)
            sheet.hiddenColumns.append({first - 1, last - 1});
    }

    void readMerge(XlsxSheet &sheet)
    {
        const QStringView reference = m_xml.attributes().value(QLatin1String("ref"));
        const qsizetype colon = reference.indexOf(u':');
        XlsxSheet::Range range;
        if (colon > 0 &&
            parseReference(reference.left(colon), &range.firstColumn, &range.firstRow) &&
            parseReference(reference.mid(colon + 1), &range.lastColumn, &range.lastRow) &&
            range.lastRow >= range.firstRow && range.lastColumn >= range.firstColumn &&
            sheet.merges.size() < limits::xlsxMaxListed)
            sheet.merges.append(range);
        m_xml.skipCurrentElement();
    }

    bool startRow(XlsxSheet &sheet, XlsxError *error)
    {
        const QXmlStreamAttributes attributes = m_xml.attributes(); // once: it is a copy
        const QStringView r = attributes.value(QLatin1String("r"));
        const bool hidden = isTrue(attributes.value(QLatin1String("hidden")));
        int next = m_row + 1;
        if (!r.isEmpty()) {
            bool ok = false;
            next = r.toInt(&ok);
            if (!ok)
                next = -1;
        }
        if (next < 1 || next > XlsxReader::maxRows) {
            // No row of a sheet is to blame: the reference is outside any sheet.
            *error = outside(r.isEmpty() ? QString::number(next) : r.toString());
            error->row = 0;
            return false;
        }
        m_row = next;
        m_column = -1;
        m_inRow = true;
        m_aggregate = false;
        if (hidden && sheet.hiddenRows.size() < limits::xlsxMaxListed)
            sheet.hiddenRows.append(m_row);
        return true;
    }

    void flushRow(XlsxSheet &sheet)
    {
        if (!m_inRow)
            return;
        m_inRow = false;
        if (m_aggregate && sheet.totalRows.size() < limits::xlsxMaxListed)
            sheet.totalRows.append(m_row);
        if (m_cells.isEmpty())
            return;
        QList<QStringList> &rows = sheet.rows;
        if (rows.size() < m_row)
            rows.resize(m_row);
        QStringList &target = rows[m_row - 1];
        if (target.isEmpty()) {
            target = std::move(m_cells);
        } else {
            // The same row twice: merge, later cells win.
            if (target.size() < m_cells.size())
                target.resize(m_cells.size());
            for (qsizetype i = 0; i < m_cells.size(); ++i) {
                if (!m_cells.at(i).isEmpty())
                    target[i] = m_cells.at(i);
            }
        }
        m_cells = QStringList();
    }

    bool readCell(XlsxError *error)
    {
        if (!m_inRow) { // a cell outside a row is no cell of the sheet
            m_xml.skipCurrentElement();
            return true;
        }
        const QXmlStreamAttributes attributes = m_xml.attributes();
        const QStringView reference = attributes.value(QLatin1String("r"));
        int column = m_column + 1;
        if (!reference.isEmpty()) {
            int row = 0;
            if (!parseReference(reference, &column, &row)) {
                *error = outside(reference.toString());
                return false;
            }
        } else if (column >= XlsxReader::maxColumns) {
            *error = outside(QString::number(column + 1));
            return false;
        }
        m_column = column;
        const QStringView type = attributes.value(QLatin1String("t"));
        const int style = attributes.value(QLatin1String("s")).toInt();

        QString value;
        bool overlong = false;
        bool inlineText = false;
        while (!m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::EndElement)
                break; // </c>
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (m_xml.name() == u"v") {
                if (!readValue(m_xml, &value, &overlong))
                    return true; // the caller reports the XML error
            } else if (m_xml.name() == u"is") {
                inlineText = true;
                if (!readStringItem(m_xml, &value, &overlong))
                    return true;
            } else if (m_xml.name() == u"f") {
                readFormula(); // the value is the cached <v>; the formula only says "total"
            } else {
                m_xml.skipCurrentElement(); // extensions
            }
        }
        if (overlong) {
            *error = tooLong();
            return false;
        }
        QString text;
        if (!cellText(type, style, inlineText, value, &text, error))
            return false;
        if (text.isEmpty())
            return true; // an empty (styled) cell far to the right costs nothing
        if (column >= limits::xlsxMaxColumns) {
            *error = tooWide(column);
            return false;
        }
        if (type != u"s") // a shared string's memory is the shared string's
            m_characters += text.size();
        if (m_cells.size() <= column) {
            m_cellCount +=
                column + 1 - m_cells.size(); // counted as stored: empty cells between too
            m_cells.resize(column + 1);
        }
        if (m_cellCount > limits::xlsxMaxSheetCells ||
            m_characters > limits::xlsxMaxSheetCharacters) {
            *error = tooBig();
            return false;
        }
        m_cells[column] = std::move(text);
        return true;
    }

    bool cellText(QStringView type, int style, bool inlineText, QString &value, QString *text,
                  XlsxError *error) const
    {
        if (inlineText || type == u"inlineStr" || type == u"str" || type == u"e") {
            if (!inlineText)
                decodeEscapes(value);
            *text = std::move(value);
        } else if (type == u"s") {
            bool ok = false;
            const qsizetype index = QStringView(value).trimmed().toInt(&ok);
            if (value.isEmpty())
                return true;
            if (!ok || index < 0 || index >= m_strings.texts.size()) {
                *error = XlsxError{
                    m_row, say(m_language,
                               "Rij %1: de cel verwijst naar tekst die niet in de werkmap staat; "
                               "de werkmap is beschadigd.",
                               "Row %1: the cell refers to text that is not in the workbook; "
                               "the workbook is damaged.")
                               .arg(m_row)};
                return false;
            }
            if (m_strings.overlong.at(index)) {
                *error = tooLong();
                return false;
            }
            *text = m_strings.texts.at(index);
        } else if (type == u"b") {
            *text = value.isEmpty()
                        ? QString()
                        : (isTrue(QStringView(value).trimmed()) ? QStringLiteral("TRUE")
                                                                : QStringLiteral("FALSE"));
        } else if (type == u"d") {
            *text = value.isEmpty() ? QString() : formatIsoDate(QStringView(value).trimmed());
        } else if (!value.isEmpty()) {
            *text = numberText(QStringView(value).trimmed(), style);
        }
        return true;
    }

    // A number cell, shown through its style's number format (s absent is style 0, General).
    QString numberText(QStringView value, int style) const
    {
        if (style >= 0 && style < m_formats.size()) {
            const CellFormat &format = m_formats.at(style);
            if (!format.date && !format.time && format.zeroPadding == 0)
                return formatNumber(value);
            bool ok = false;
            const double number = value.toDouble(&ok);
            if (ok && (format.date || format.time)) {
                const QString date = formatSerial(number, format, m_date1904);
                if (!date.isEmpty())
                    return date;
            } else if (ok && format.zeroPadding > 0 && number >= 0 &&
                       number == std::floor(number) && number < 1e15) {
                return formatNumber(value).rightJustified(format.zeroPadding, u'0');
            }
        }
        return formatNumber(value);
    }

    // Shared formulas carry their text once, on the first cell of the group (si).
    void readFormula()
    {
        const QString group = m_xml.attributes().value(QLatin1String("si")).toString();
        const QString formula = m_xml.readElementText(QXmlStreamReader::SkipChildElements);
        bool aggregate = false;
        if (!formula.isEmpty()) {
            aggregate = isAggregate(formula);
            if (!group.isEmpty() && aggregate)
                m_aggregateGroups.append(group);
        } else if (!group.isEmpty()) {
            aggregate = m_aggregateGroups.contains(group);
        }
        m_aggregate = m_aggregate || aggregate;
    }

    XlsxError tooLong() const
    {
        return XlsxError{m_row, say(m_language,
                                    "Rij %1 bevat een cel van meer dan 1 MB tekst; dat is geen "
                                    "waarde uit een register.",
                                    "Row %1 contains a cell of more than 1 MB of text; that is "
                                    "not a value of a register.")
                                    .arg(m_row)};
    }

    static QString columnName(int column) // 0 -> A, 16383 -> XFD
    {
        QString name;
        for (int n = column + 1; n > 0; n = (n - 1) / 26)
            name.prepend(QChar(u'A' + (n - 1) % 26));
        return name;
    }

    XlsxError tooWide(int column) const
    {
        return XlsxError{
            m_row, say(m_language,
                       "Rij %1 heeft een waarde in kolom %2, voorbij kolom %3 (%4): een "
                       "gegevensuitvraag heeft tientallen kolommen. Verwijder wat rechts van de "
                       "tabel staat en sla de werkmap opnieuw op.",
                       "Row %1 has a value in column %2, beyond column %3 (%4): a data request "
                       "has tens of columns. Delete what is to the right of the table and save "
                       "the workbook again.")
                       .arg(QString::number(m_row), columnName(column),
                            number(limits::xlsxMaxColumns, m_language),
                            columnName(limits::xlsxMaxColumns - 1))};
    }

    XlsxError tooBig() const
    {
        return XlsxError{
            m_row, say(m_language,
                       "Bij rij %1 heeft het werkblad meer dan %2 cellen of %3 miljoen tekens: "
                       "meer dan een register ooit bevat. De werkmap is niet gelezen.",
                       "At row %1 the sheet has more than %2 cells or %3 million characters: "
                       "more than a register ever holds. The workbook was not read.")
                       .arg(QString::number(m_row), number(limits::xlsxMaxSheetCells, m_language),
                            number(limits::xlsxMaxSheetCharacters / 1'000'000, m_language))};
    }

    XlsxError outside(const QString &reference) const
    {
        return XlsxError{m_row, say(m_language,
                                    "De celverwijzing %1 ligt buiten een Excel-werkblad "
                                    "(1.048.576 rijen, 16.384 kolommen); de werkmap is "
                                    "beschadigd.",
                                    "The cell reference %1 lies outside an Excel sheet "
                                    "(1,048,576 rows, 16,384 columns); the workbook is damaged.")
                                    .arg(reference)};
    }

    QXmlStreamReader &m_xml;
    const SharedStrings &m_strings;
    const QList<CellFormat> &m_formats;
    bool m_date1904;
    QString m_language;
    int m_row = 0;
    int m_column = -1;
    bool m_inRow = false;
    bool m_aggregate = false; // the row holds a formula that totals a range
    QStringList m_aggregateGroups;
    QStringList m_cells;
    qint64 m_cellCount = 0; // cells stored so far, as limits::xlsxMaxSheetCells counts them
    qint64 m_characters =
        0; // characters of the sheet's own values (limits::xlsxMaxSheetCharacters)
};

} // namespace

bool readWorksheet(QXmlStreamReader &xml, const SheetContext &context, int rowLimit,
                   XlsxSheet *sheet, int *lastRow, XlsxError *error)
{
    SheetStream stream(xml, context);
    const bool ok = stream.read(*sheet, rowLimit, error);
    *lastRow = stream.row();
    return ok;
}

} // namespace veldboek::xlsx
