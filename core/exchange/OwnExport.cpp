#include "OwnExport.h"

#include "CsvWriter.h"
#include "storage/FieldLabels.h"
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

PortalExport::Result OwnExport::participants(Register &reg, const Spec &spec,
                                             const QString &language)
{
    const QString participantsName = QStringLiteral("participants");
    PortalExport::Result result =
        PortalExport::run(reg, *PortalFormat::byId(QStringLiteral("mdt-proces1")), spec);
    const DatasetSpec *dataset = spec.dataset(participantsName);
    if (!result.ok() || !dataset)
        return result;
    const QStringList retired =
        ParticipantExtraFields(reg).noLongerRequested(SpecDatasets::columns(*dataset));
    if (retired.isEmpty())
        return result;
    // Read as the portal rows were (RegisterDatasets, same order, same participants), so row i
    // here is row i there.
    RegisterDatasets::Table table;
    if (!RegisterDatasets(reg).load(participantsName, retired, &table)) {
        result.error = reg.lastError().message();
        return result;
    }
    if (table.table.rows.size() != result.rows.size()) {
        result.error = QCoreApplication::translate(
            "OwnExport", "The register changed during the export; export again.");
        return result;
    }
    // Named by the label of the spec that last defined the field, in the export's language.
    const FieldLabels labels(reg);
    for (const QString &key : retired)
        result.header.append(
            noLongerRequestedHeader(labels.label(participantsName, key, language)));
    result.csv = CsvWriter::line(result.header);
    for (qsizetype i = 0; i < result.rows.size(); ++i) {
        result.rows[i].append(table.table.rows.at(i).values);
        result.csv += CsvWriter::line(result.rows.at(i));
    }
    return result;
}

} // namespace veldboek
