#pragma once

// The shipped specs and the CSV fixtures of tests/fixtures/validation as the engine's tables: what
// tst_validator and tst_datasetcheck both check. A fixture that does not load stops the test.
#include "TestSupport.h"
#include "exchange/CsvReader.h"
#include "exchange/CsvTable.h"
#include "validation/SpecLoader.h"

namespace veldboek::test {

inline Spec builtin(const QString &id)
{
    SpecError error;
    const std::optional<Spec> spec = SpecLoader::builtin(id, &error);
    if (!spec)
        qFatal("%s", qPrintable(error.toString()));
    return *spec;
}

inline DataTable fixtureTable(const QString &file, const Spec &spec)
{
    CsvError error;
    const auto document =
        CsvReader::readFile(sourcePath(QStringLiteral("tests/fixtures/validation/") + file),
                            QStringLiteral("en"), &error);
    if (!document)
        qFatal("%s", qPrintable(error.message));
    const auto table = CsvTable::toTable(*document, spec, {}, QStringLiteral("en"), &error);
    if (!table)
        qFatal("%s", qPrintable(error.message));
    return *table;
}

} // namespace veldboek::test
