#include "OwnExport.h"

#include "CsvWriter.h"
#include "storage/FieldLabels.h"
#include "storage/OutcomeExtraFields.h"
#include "storage/ParticipantExtraFields.h"
#include "storage/Register.h"
#include "storage/RegisterDatasets.h"
#include "storage/SpecDatasets.h"

#include <QCoreApplication>

namespace veldboek {

QString OwnExport::noLongerRequestedHeader(const QString &label)
{
    return QCoreApplication::translate("OwnExport", "%1 (no longer requested)").arg(label);
}

namespace {

// Appends to `result` a column per key of `retired` (fields the spec in force no longer asks for
// that hold a value), read as the portal rows were (RegisterDatasets, same order, same records),
// so row i here is row i there; each headed by the label of the spec that last defined it.
void appendRetired(Register &reg, const QString &dataset, const QStringList &retired,
                   const QString &language, PortalExport::Result *result)
{
    RegisterDatasets::Table table;
    if (!RegisterDatasets(reg).load(dataset, retired, &table)) {
        result->error = reg.lastError().message();
        return;
    }
    if (table.table.rows.size() != result->rows.size()) {
        result->error = QCoreApplication::translate(
            "OwnExport", "The register changed during the export; export again.");
        return;
    }
    const FieldLabels labels(reg);
    for (const QString &key : retired)
        result->header.append(
            OwnExport::noLongerRequestedHeader(labels.label(dataset, key, language)));
    result->csv = CsvWriter::line(result->header);
    for (qsizetype i = 0; i < result->rows.size(); ++i) {
        result->rows[i].append(table.table.rows.at(i).values);
        result->csv += CsvWriter::line(result->rows.at(i));
    }
}

} // namespace

PortalExport::Result OwnExport::participants(Register &reg, const Spec &spec,
                                             const QString &language)
{
    return run(reg, *PortalFormat::byId(QStringLiteral("mdt-proces1")), spec, language);
}

PortalExport::Result OwnExport::run(Register &reg, const PortalFormat &format, const Spec &spec,
                                    const QString &language)
{
    PortalExport::Result result = PortalExport::run(reg, format, spec);
    const DatasetSpec *dataset = spec.dataset(format.dataset);
    if (!result.ok() || !dataset)
        return result;
    const QStringList requested = SpecDatasets::columns(*dataset);
    const QStringList retired =
        format.dataset == QLatin1String("participants")
            ? ParticipantExtraFields(reg).noLongerRequested(requested)
            : OutcomeExtraFields(reg).noLongerRequested(format.dataset, requested);
    if (!retired.isEmpty())
        appendRetired(reg, format.dataset, retired, language, &result);
    return result;
}

} // namespace veldboek
