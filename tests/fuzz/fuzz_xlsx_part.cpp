// One XML part of a workbook (VELDBOEK_FUZZ_PART: sheet, strings, styles, workbook, rels) from
// the fuzzer's bytes, the rest of a small valid workbook around it: the mutations go to the XML
// rather than to the zip's checksums, which fuzz_xlsx mostly breaks.
#include "FuzzSupport.h"
#include "exchange/XlsxReader.h"

using namespace veldboek;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::initialise();
    const QString path = fuzz::workbookWithPart(
        VELDBOEK_FUZZ_PART, QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    XlsxError error;
    if (const auto sheet = XlsxReader::readSheet(path, QString(), QStringLiteral("en"), &error))
        XlsxReader::toDocument(*sheet);
    return 0;
}
