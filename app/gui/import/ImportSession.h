#pragma once

#include "exchange/ImportPlan.h"
#include "exchange/ImportWriter.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace veldboek {
class Register;
class Validator;
} // namespace veldboek

namespace veldboek::gui {

// Which engine checks which dataset (participants, gas, problem, cem), as the main window holds
// them: the wizard and the export dialog use the very validators the form uses.
using ValidatorFor = std::function<const Validator *(const QString &dataset)>;

// What the import wizard's pages decide one after the other: the file read, the dataset and its
// column mapping, the plan the core prepared from them, and what the writer did with it.
struct ImportSession
{
    ImportSession(Register &r, ValidatorFor v)
        : reg(r)
        , validatorFor(std::move(v))
    {}

    Register &reg;
    ValidatorFor validatorFor;

    QString path;
    QString sheet;
    std::optional<CsvDocument> document;
    QString dataset;
    ColumnMapping mapping;
    std::optional<ImportPlan> plan;
    std::optional<ImportWriter::Outcome> outcome;

    // The header without the empty columns a spreadsheet leaves after the last one, as the plan
    // sees it (so the mapping is remembered under the same key).
    QStringList header() const;
};

} // namespace veldboek::gui
