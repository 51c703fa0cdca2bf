// The register side of `veldboek-cli validate REGISTER`: unlocks the register like the other
// commands (RegisterOpener.h) and hands the engine every dataset, with the rows and line numbers
// a submitted file would have (storage/SpecDatasets.h).
#include "RegisterOpener.h"
#include "ValidateCommand.h"
#include "storage/SpecDatasets.h"

namespace veldboek::cli {

namespace {

std::optional<QList<DataTable>> loadRegisterTables(const QString &path, CommandContext &context,
                                                   QList<Spec> *specs, QString *error)
{
    auto reg = openRegister(path, context.arguments, error);
    if (!reg)
        return std::nullopt;
    // The specs in force for this register (storage/SpecStore.h), also returned to the caller.
    std::optional<QList<Spec>> found = SpecDatasets(*reg).specs(error);
    if (!found)
        return std::nullopt;
    QList<DataTable> tables;
    const bool read = SpecDatasets(*reg).forEach(
        *found,
        [&tables](qsizetype, const DatasetSpec &, RegisterDatasets::Table &&table) {
            tables.append(std::move(table.table));
        },
        error);
    if (!read)
        return std::nullopt;
    *specs = std::move(*found);
    return tables;
}

// Installs the loader before main() runs, like the command registrations.
const bool installed = [] {
    registerTablesLoader() = loadRegisterTables;
    return true;
}();

} // namespace

} // namespace veldboek::cli
