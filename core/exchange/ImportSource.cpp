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
    if (!document)
        *error =
            csvError.line > 0
                ? QStringLiteral("%1:%2: %3").arg(path).arg(csvError.line).arg(csvError.message)
                : QStringLiteral("%1: %2").arg(path, csvError.message);
    return document;
}

} // namespace veldboek::ImportSource
