// The XLSX reader (core/exchange/Xlsx*) on any bytes as a whole file: the zip package, its
// relationships and every part, as the import reads a workbook (sheet names, the heads of every
// sheet to propose one, the sheet, and the sheet as a CSV document).
#include "FuzzSupport.h"
#include "exchange/XlsxReader.h"

using namespace veldboek;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::initialise();
    const QString path = fuzz::scratchFile(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), QStringLiteral(".xlsx"));
    XlsxError error;
    if (!XlsxReader::sheetNames(path, QStringLiteral("en"), &error))
        return 0;
    XlsxReader::sheetHeads(path, 20, QStringLiteral("nl"), &error);
    if (const auto sheet = XlsxReader::readSheet(path, QString(), QStringLiteral("en"), &error))
        XlsxReader::toDocument(*sheet);
    return 0;
}
