#include "ImportPlan.h"
#include "Localization.h"
#include "XlsxReader.h"

#include <QFileInfo>

namespace veldboek::ImportSource {

namespace {

QString located(const QString &path, const XlsxError &xlsxError)
{
    return xlsxError.row > 0
               ? QStringLiteral("%1:%2: %3").arg(path).arg(xlsxError.row).arg(xlsxError.message)
               : QStringLiteral("%1: %2").arg(path, xlsxError.message);
}

int exactlyMapped(const ColumnMapping &mapping, const QStringList &header)
{
    return mapping.mappedCount(header) - int(mapping.guesses(header).size());
}

} // namespace

bool isWorkbook(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
}

std::optional<QList<SheetFit>> fitSheets(const QString &path,
                                         const QList<const DatasetSpec *> &datasets,
                                         const QString &language, QString *error)
{
    XlsxError xlsxError;
    // A title and a header of two rows fit in the first rows; the rest is not needed.
    constexpr int HeadRows = 20;
    const auto heads = XlsxReader::sheetHeads(path, HeadRows, language, &xlsxError);
    if (!heads) {
        *error = located(path, xlsxError);
        return std::nullopt;
    }
    QList<SheetFit> fits;
    for (const XlsxSheet &head : *heads) {
        const CsvDocument document = XlsxReader::toDocument(head);
        SheetFit fit{head.name, {}, 0};
        for (const DatasetSpec *dataset : datasets) {
            const int mapped =
                exactlyMapped(ColumnMapping::propose(document.header, *dataset), document.header);
            if (mapped > fit.mapped) {
                fit.mapped = mapped;
                fit.dataset = dataset->name;
            }
        }
        fits.append(fit);
    }
    return fits;
}

std::optional<QString> proposeSheet(const QString &path, const Spec &spec, const QString &dataset,
                                    const QString &language, QString *error)
{
    if (!isWorkbook(path))
        return QString();
    QList<const DatasetSpec *> datasets;
    for (const DatasetSpec &candidate : spec.datasets) {
        if (dataset.isEmpty() || candidate.name == dataset)
            datasets.append(&candidate);
    }
    const auto fits = fitSheets(path, datasets, language, error);
    if (!fits)
        return std::nullopt;
    QString best;
    int bestMapped = 0;
    for (const SheetFit &fit : *fits) {
        if (fit.mapped > bestMapped) {
            best = fit.sheet;
            bestMapped = fit.mapped;
        }
    }
    return best;
}

std::optional<CsvDocument> read(const QString &path, const QString &sheet, const QString &language,
                                QString *error)
{
    if (isWorkbook(path)) {
        XlsxError xlsxError;
        const std::optional<XlsxSheet> table =
            XlsxReader::readSheet(path, sheet, language, &xlsxError);
        if (!table) {
            *error = located(path, xlsxError);
            return std::nullopt;
        }
        return XlsxReader::toDocument(*table);
    }
    CsvError csvError;
    std::optional<CsvDocument> document = CsvReader::readFile(path, language, &csvError);
    if (!document) {
        *error =
            csvError.line > 0
                ? QStringLiteral("%1:%2: %3").arg(path).arg(csvError.line).arg(csvError.message)
                : QStringLiteral("%1: %2").arg(path, csvError.message);
        return std::nullopt;
    }
    // The reader keeps such a record with empty fields (a validation file may still be checked);
    // imported, it would become an empty row, so an import refuses the file.
    for (const CsvRecord &record : std::as_const(document->records)) {
        if (!record.overlong)
            continue;
        const int megabytes = static_cast<int>(CsvReader::maxRecordLength / (1024 * 1024));
        *error = isEnglish(language)
                     ? QStringLiteral("%1:%2: this line is longer than %3 MB: that is not a row of "
                                      "a register. Nothing was imported.")
                           .arg(path)
                           .arg(record.line)
                           .arg(megabytes)
                     : QStringLiteral("%1:%2: deze regel is langer dan %3 MB: dat is geen rij van "
                                      "een register. Er is niets geïmporteerd.")
                           .arg(path)
                           .arg(record.line)
                           .arg(megabytes);
        return std::nullopt;
    }
    return document;
}

} // namespace veldboek::ImportSource
