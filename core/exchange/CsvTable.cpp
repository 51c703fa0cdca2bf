#include "CsvTable.h"

#include "Localization.h"

namespace veldboek {

namespace {

// The field a header name stands for in `format` (by column name, then by key), or -1.
int fieldForColumn(const DatasetSpec &dataset, const QString &format, const QString &name)
{
    for (int f = 0; f < dataset.fields.size(); ++f) {
        const QString column = dataset.fields.at(f).columns.value(format);
        if (!column.isEmpty() && column.compare(name, Qt::CaseInsensitive) == 0)
            return f;
    }
    for (int f = 0; f < dataset.fields.size(); ++f) {
        const FieldSpec &field = dataset.fields.at(f);
        if (field.columns.contains(format) && field.key.compare(name, Qt::CaseInsensitive) == 0)
            return f;
    }
    return -1;
}

} // namespace

std::optional<DataTable> CsvTable::toTable(const CsvDocument &document, const Spec &spec,
                                           const QString &datasetHint, const QString &language,
                                           CsvError *error)
{
    const bool english = isEnglish(language);
    const DatasetSpec *best = nullptr;
    QString bestFormat;
    int bestMatches = 0;
    for (const DatasetSpec &dataset : spec.datasets) {
        if (!datasetHint.isEmpty() && dataset.name != datasetHint)
            continue;
        for (const QString &format : dataset.formats) {
            int matches = 0;
            for (const QString &name : document.header)
                matches += fieldForColumn(dataset, format, name) >= 0 ? 1 : 0;
            if (matches > bestMatches || (!best && !datasetHint.isEmpty())) {
                best = &dataset;
                bestFormat = format;
                bestMatches = matches;
            }
        }
    }
    if (!best) {
        if (!datasetHint.isEmpty()) {
            QStringList names;
            for (const DatasetSpec &dataset : spec.datasets)
                names.append(dataset.name);
            *error =
                CsvError{0, (english ? QStringLiteral("Spec %1 has no dataset %2; it has: %3")
                                     : QStringLiteral("Spec %1 kent geen gegevensset %2; wel: %3"))
                                .arg(spec.id, datasetHint, names.join(QStringLiteral(", ")))};
            return std::nullopt;
        }
    }
    if (!best || bestMatches == 0) {
        QStringList expected;
        for (const DatasetSpec &dataset : spec.datasets) {
            for (const FieldSpec &field : dataset.fields) {
                if (!field.columns.isEmpty() && expected.size() < 6)
                    expected.append(field.columns.begin().value());
            }
        }
        *error = CsvError{document.headerLine,
                          (english ? QStringLiteral("Line %1 should be the header with the column "
                                                    "names of spec %2 (such as %3), but none of "
                                                    "its names is known.")
                                   : QStringLiteral("Regel %1 zou de kopregel met de kolomnamen "
                                                    "van spec %2 moeten zijn (zoals %3), maar "
                                                    "geen van de namen is bekend."))
                              .arg(QString::number(document.headerLine), spec.id,
                                   expected.join(QStringLiteral(", ")))};
        return std::nullopt;
    }

    DataTable table;
    table.dataset = best->name;
    table.format = bestFormat;
    QList<int> sourceIndex; // per table column: the index in the file's records
    for (int i = 0; i < document.header.size(); ++i) {
        const QString &name = document.header.at(i);
        const int field = fieldForColumn(*best, bestFormat, name);
        if (field < 0) {
            if (!name.isEmpty() || document.header.size() > 1)
                table.unknownColumns.append(name.isEmpty() ? QStringLiteral("(%1)").arg(i + 1)
                                                           : name);
            continue;
        }
        const QString &key = best->fields.at(field).key;
        if (table.columns.contains(key)) {
            table.duplicateColumns.append(name);
            continue;
        }
        table.columns.append(key);
        sourceIndex.append(i);
    }
    const qsizetype width = document.header.size();
    table.rows.reserve(document.records.size());
    for (const CsvRecord &record : document.records) {
        qsizetype fields = record.fields.size();
        // Spreadsheets add empty cells at the end of a row (";;;"); those are no extra columns.
        while (fields > width && record.fields.at(fields - 1).trimmed().isEmpty())
            --fields;
        if (record.overlong || fields != width) {
            table.malformedRows.append(MalformedRow{record.line, int(record.fields.size())});
            continue;
        }
        DataRow row;
        row.line = record.line;
        row.values.reserve(sourceIndex.size());
        for (int index : std::as_const(sourceIndex))
            row.values.append(record.fields.at(index));
        table.rows.append(row);
    }
    table.counts.read = document.lines;
    table.counts.empty = document.emptyLines;
    table.counts.header = document.headerLine > 0 ? 1 : 0;
    return table;
}

} // namespace veldboek
