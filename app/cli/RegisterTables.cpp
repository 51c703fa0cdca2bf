// The register side of `veldboek-cli validate REGISTER`: unlocks the register like the other
// commands (--passphrase-file F, or the keychain) and hands the engine every dataset, with the
// rows and line numbers a submitted file would have.
#include "ValidateCommand.h"
#include "storage/KeyStore.h"
#include "storage/RegisterDatasets.h"
#include "storage/SpecStore.h"

namespace veldboek::cli {

namespace {

std::optional<QList<DataTable>> loadRegisterTables(const QString &path, CommandContext &context,
                                                   QList<Spec> *specs, QString *error)
{
    QByteArray passphrase;
    const qsizetype option = context.arguments.indexOf(QLatin1String("--passphrase-file"));
    if (option >= 0) {
        if (option + 1 >= context.arguments.size()) {
            *error = QStringLiteral("--passphrase-file F");
            return std::nullopt;
        }
        passphrase = readSecretFile(context.arguments.at(option + 1), error);
        if (passphrase.isEmpty())
            return std::nullopt;
    }
    RegisterError registerError;
    auto reg = KeyStore::open(path, std::move(passphrase), &registerError);
    if (!reg) {
        *error = registerError.message();
        return std::nullopt;
    }
    QList<DataTable> tables;
    const RegisterDatasets datasets(*reg);
    const SpecStore store(*reg);
    for (const QString &specId : store.ids()) {
        SpecError specError;
        const std::optional<Spec> spec = store.spec(specId, &specError);
        if (!spec) {
            *error = specError.toString();
            return std::nullopt;
        }
        for (const DatasetSpec &dataset : spec->datasets) {
            QStringList columns;
            for (const FieldSpec &field : dataset.fields)
                columns.append(field.key);
            RegisterDatasets::Table table;
            if (!datasets.load(dataset.name, columns, &table)) {
                *error = reg->lastError().message();
                return std::nullopt;
            }
            tables.append(std::move(table.table));
        }
        specs->append(*spec);
    }
    return tables;
}

// Installs the loader before main() runs, like the command registrations.
const bool installed = [] {
    registerTablesLoader() = loadRegisterTables;
    return true;
}();

} // namespace

} // namespace veldboek::cli
