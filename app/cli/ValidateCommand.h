#pragma once

#include "Command.h"
#include "validation/DataTable.h"

#include <functional>
#include <optional>

namespace veldboek::cli {

// The seam for `validate REGISTER`: the register side sets this to a function that opens the
// register (unlocking it as the other commands do, from the context's arguments) and returns one
// DataTable per dataset, columns named by the spec's field keys. Unset, `validate REGISTER`
// says that it is not available and exits with 2.
using RegisterTablesLoader = std::function<std::optional<QList<DataTable>>(
    const QString &registerPath, CommandContext &context, QString *error)>;
RegisterTablesLoader &registerTablesLoader();

} // namespace veldboek::cli
