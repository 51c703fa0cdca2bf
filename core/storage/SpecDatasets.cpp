#include "SpecDatasets.h"

#include "storage/Register.h"
#include "storage/SpecStore.h"

namespace veldboek {

std::optional<QList<Spec>> SpecDatasets::specs(QString *error) const
{
    QList<Spec> specs;
    const SpecStore store(m_register);
    for (const QString &specId : store.ids()) {
        SpecError specError;
        std::optional<Spec> spec = store.spec(specId, &specError);
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
    const QStringList stored = RegisterDatasets::datasets();
    for (qsizetype s = 0; s < specs.size(); ++s) {
        for (const DatasetSpec &dataset : specs.at(s).datasets) {
            if (!stored.contains(dataset.name))
                continue;
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
