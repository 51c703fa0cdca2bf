// The CSV reader (core/exchange/CsvReader) on any bytes, and what it read mapped onto a dataset
// as `veldboek-cli validate FILE.csv` does (CsvTable).
#include "FuzzSupport.h"
#include "exchange/CsvTable.h"
#include "validation/SpecLoader.h"

using namespace veldboek;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::initialise();
    static const std::optional<Spec> spec = [] {
        SpecError error;
        return SpecLoader::builtin(QStringLiteral("mdt"), &error);
    }();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    CsvError error;
    if (const auto document = CsvReader::read(bytes, QStringLiteral("en"), &error))
        CsvTable::toTable(*document, *spec, QString(), QStringLiteral("nl"), &error);
    return 0;
}
