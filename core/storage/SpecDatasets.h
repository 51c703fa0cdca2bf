#pragma once

#include "storage/RegisterDatasets.h"
#include "validation/Spec.h"

#include <functional>
#include <optional>

namespace veldboek {

// The one way to read the register's datasets through their specs: each dataset with the
// spec's field keys as its columns (RegisterDatasets gives the rows a submission file would
// hold). The submission package (sync/RegisterPackage), `veldboek-cli validate REGISTER`
// (app/cli/RegisterTables.cpp) and the whole-register check (check/RegisterCheck) all read
// through here, so they see the same tables.
class SpecDatasets
{
public:
    explicit SpecDatasets(Register &reg)
        : m_register(reg)
    {}

    // The specs the register is read through: the specs in force for it (storage/SpecStore.h:
    // the endpoint's once fetched, else the built-in ones), in SpecStore::ids() order.
    // std::nullopt, with the reason in *error, when one fails to load.
    std::optional<QList<Spec>> specs(QString *error) const;
    // A dataset's columns: its fields' keys in the spec's order.
    static QStringList columns(const DatasetSpec &dataset);

    // One dataset. False on a read error (the register's lastError() says which).
    bool load(const DatasetSpec &dataset, RegisterDatasets::Table *out) const;
    // Every dataset of every spec, read (the largest on another thread, SpecDatasets.cpp) and
    // then handed to `visit` in order with the index of its spec. A dataset this build does not
    // store (a fetched spec may name one) has no rows and is skipped. False, with the reason in
    // *error, on a read error; nothing is visited then.
    using Visitor = std::function<void(qsizetype spec, const DatasetSpec &dataset,
                                       RegisterDatasets::Table &&table)>;
    bool forEach(const QList<Spec> &specs, const Visitor &visit, QString *error) const;

private:
    Register &m_register;
};

} // namespace veldboek
