// The import mapping JSON (core/exchange/ColumnMapping::fromJson, `--mapping MAP.json`), read
// against each dataset of the shipped specs.
#include "FuzzSupport.h"
#include "exchange/ColumnMapping.h"
#include "validation/SpecLoader.h"

using namespace veldboek;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::initialise();
    static const QList<Spec> specs = [] {
        QList<Spec> list;
        for (const QString &id : SpecLoader::builtinIds()) {
            SpecError error;
            if (const auto spec = SpecLoader::builtin(id, &error))
                list.append(*spec);
        }
        return list;
    }();
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const Spec &spec : specs) {
        for (const DatasetSpec &dataset : spec.datasets) {
            QString error;
            if (const auto mapping = ColumnMapping::fromJson(json, dataset, &error)) {
                const QStringList header = mapping->fieldForColumn.keys();
                mapping->mappedCount(header);
                mapping->guesses(header);
                mapping->toJson();
            }
        }
    }
    return 0;
}
