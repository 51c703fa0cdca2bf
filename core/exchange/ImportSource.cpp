#include "ImportPlan.h"
#include "XlsxReader.h"

#include <QFileInfo>

namespace veldboek::ImportSource {

std::optional<CsvDocument> read(const QString &path, const QString &sheet, const QString &language,
                                QString *error)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0) {
        XlsxError xlsxError;
        const std::optional<XlsxSheet> table =
            XlsxReader::readSheet(path, sheet, language, &xlsxError);
        if (!table) {
            *error = xlsxError.row > 0 ? QStringLiteral("%1:%2: %3")
                                             .arg(path)
                                             .arg(xlsxError.row)
                                             .arg(xlsxError.message)
                                       : QStringLiteral("%1: %2").arg(path, xlsxError.message);
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
        *error = language == QLatin1String("en")
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
