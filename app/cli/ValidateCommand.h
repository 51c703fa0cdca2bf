#pragma once

#include "Command.h"
#include "validation/DataTable.h"
#include "validation/Spec.h"

#include <functional>
#include <optional>

namespace veldboek::cli {

// The seam for `validate REGISTER`: the register side sets this to a function that opens the
// register (unlocking it as the other commands do, from the context's arguments) and returns one
// DataTable per dataset, columns named by the spec's field keys, and the specs in force for the
// register (storage/SpecStore.h: fetched from the endpoint or built in). Unset,
// `validate REGISTER` says that it is not available and exits with 2.
using RegisterTablesLoader = std::function<std::optional<QList<DataTable>>(
    const QString &registerPath, CommandContext &context, QList<Spec> *specs, QString *error)>;
RegisterTablesLoader &registerTablesLoader();

} // namespace veldboek::cli
