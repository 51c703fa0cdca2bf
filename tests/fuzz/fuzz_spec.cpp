// The spec loader (core/validation/SpecLoader): a data-request spec from any bytes, and a spec
// it accepts used as the engine uses it.
#include "FuzzSupport.h"
#include "validation/SpecLoader.h"
#include "validation/Validator.h"

#include <QDate>

using namespace veldboek;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::initialise();
    SpecError error;
    const auto spec =
        SpecLoader::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                             QStringLiteral("fuzz.json"), &error);
    if (!spec) {
        error.toString();
        return 0;
    }
    const Validator validator(*spec, QString(), QDate(2024, 3, 1), QStringLiteral("en"));
    for (const DatasetSpec &dataset : spec->datasets) {
        DataTable table;
        table.dataset = dataset.name;
        for (const FieldSpec &field : dataset.fields)
            table.columns.append(field.key);
        DataRow row;
        row.line = 2;
        for (qsizetype i = 0; i < table.columns.size(); ++i)
            row.values.append(i % 2 ? QStringLiteral("1") : QStringLiteral("01-02-2020"));
        table.rows.append(row);
        validator.checkDataset(table, nullptr, 1);
    }
    return 0;
}
