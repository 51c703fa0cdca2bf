#include "SpecFields.h"

#include "domain/Participant.h"
#include "exchange/PortalExport.h"
#include "storage/Register.h"
#include "validation/SpecLoader.h"

#include <QSqlQuery>

namespace veldboek::test {

namespace {

// Columns of the participants table that are the register's own, not a field of the spec
// (core/storage/Migrations.cpp).
const QStringList RegisterOwnColumns = {QStringLiteral("id"),
                                        QStringLiteral("created_at"),
                                        QStringLiteral("updated_at"),
                                        QStringLiteral("submitted_at"),
                                        QStringLiteral("deletion_requested_at"),
                                        QStringLiteral("self_registered_at")};

} // namespace

QStringList participantFieldColumns(Register &reg)
{
    QStringList columns;
    QSqlQuery query(reg.database());
    if (!query.exec(QStringLiteral("PRAGMA table_info(participants)")))
        return columns;
    while (query.next()) {
        const QString name = query.value(1).toString();
        if (!RegisterOwnColumns.contains(name))
            columns.append(name);
    }
    return columns;
}

QString specFieldDifferences(Register &reg)
{
    QStringList differences;
    SpecError error;
    const std::optional<Spec> spec = SpecLoader::builtin(QStringLiteral("mdt"), &error);
    const DatasetSpec *dataset = spec ? spec->dataset(QStringLiteral("participants")) : nullptr;
    if (!dataset)
        return QStringLiteral("the MDT spec has no participants: ") + error.toString();
    QStringList fields;
    QStringList exported; // the format's column names, as the spec names them
    const QString format = QStringLiteral("mdt-proces1");
    for (const FieldSpec &field : dataset->fields) {
        fields.append(field.key);
        if (field.columns.contains(format))
            exported.append(field.columns.value(format));
    }
    // The columns are the fixed Participant::keys(), each a field of the spec; a field of the
    // spec without a column is kept in participant_fields (docs/storage.md, "Fields a spec adds").
    QStringList columns = participantFieldColumns(reg);
    QStringList keys = Participant::keys();
    columns.sort();
    keys.sort();
    if (keys != columns)
        differences.append(QStringLiteral("Participant::keys() is %1, the table's columns %2")
                               .arg(keys.join(u','), columns.join(u',')));
    for (const QString &column : columns) {
        if (!fields.contains(column))
            differences.append(
                QStringLiteral("the register's participants table has %1, which the spec has not")
                    .arg(column));
    }
    QSqlQuery table(reg.database());
    if (!table.exec(QStringLiteral("PRAGMA table_info(participant_fields)")) || !table.next())
        differences.append(QStringLiteral("the register has no table participant_fields"));
    const PortalExport::Result result = PortalExport::run(reg, *PortalFormat::byId(format), *spec);
    if (!result.ok())
        differences.append(QStringLiteral("the export failed: ") + result.error);
    else if (result.header != exported)
        differences.append(QStringLiteral("the export's columns are %1, the spec's %2")
                               .arg(result.header.join(u','), exported.join(u',')));
    return differences.join(u'\n');
}

} // namespace veldboek::test
