#include "SpecDatasets.h"

#include "storage/Register.h"
#include "validation/SpecLoader.h"

namespace veldboek {

std::optional<QList<Spec>> SpecDatasets::specs(QString *error)
{
    QList<Spec> specs;
    for (const QString &specId : SpecLoader::builtinIds()) {
        SpecError specError;
        std::optional<Spec> spec = SpecLoader::builtin(specId, &specError);
        if (!spec) {
            *error = specError.toString();
            return std::nullopt;
        }
        specs.append(std::move(*spec));
    }
    return specs;
}

QStringList SpecDatasets::columns(const DatasetSpec &dataset)
{
    QStringList columns;
    columns.reserve(dataset.fields.size());
    for (const FieldSpec &field : dataset.fields)
        columns.append(field.key);
    return columns;
}

bool SpecDatasets::load(const DatasetSpec &dataset, RegisterDatasets::Table *out) const
{
    return RegisterDatasets(m_register).load(dataset.name, columns(dataset), out);
}

bool SpecDatasets::forEach(const QList<Spec> &specs, const Visitor &visit, QString *error) const
{
    for (qsizetype s = 0; s < specs.size(); ++s) {
        for (const DatasetSpec &dataset : specs.at(s).datasets) {
            RegisterDatasets::Table table;
            if (!load(dataset, &table)) {
                *error = m_register.lastError().message();
                return false;
            }
            visit(s, dataset, std::move(table));
        }
    }
    return true;
}

} // namespace veldboek
