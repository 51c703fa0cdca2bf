#include "PortalExport.h"

#include "CsvWriter.h"
#include "privacy/Pseudonymiser.h"
#include "storage/OutcomeExtraFields.h"
#include "storage/Register.h"
#include "storage/RegisterDatasets.h"
#include "validation/SpecLoader.h"

#include <memory>

namespace veldboek {

QStringList PortalFormat::ids()
{
    return {QStringLiteral("mdt-proces1"), QStringLiteral("rap-gas"),
            QStringLiteral("rap-probleem"), QStringLiteral("cemplus-long")};
}

// The columns of a format whose dataset is the spec's participants: the spec's fields that have a
// column in that format, in the spec's order (resources/specs/mdt.json), so a field added to the
// spec with a column is exported without a change here. The outcome formats list their columns:
// the register builds those rows from fixed tables (core/storage/RegisterDatasets.cpp), and the
// CEM+ age the check computes is not a column of the portal's file.
QStringList PortalFormat::specColumns(const QString &specId, const QString &dataset,
                                      const QString &format)
{
    QStringList keys;
    SpecError error;
    const std::optional<Spec> spec = SpecLoader::builtin(specId, &error);
    const DatasetSpec *fields = spec ? spec->dataset(dataset) : nullptr;
    return fields ? specColumns(*fields, format) : keys;
}

QStringList PortalFormat::specColumns(const DatasetSpec &dataset, const QString &format)
{
    QStringList keys;
    for (const FieldSpec &field : dataset.fields) {
        if (field.columns.contains(format))
            keys.append(field.key);
    }
    return keys;
}

std::optional<PortalFormat> PortalFormat::byId(const QString &id)
{
    auto keys = [](const char *list) {
        return QString::fromLatin1(list).split(QLatin1Char(' '));
    };
    if (id == QLatin1String("mdt-proces1")) {
        static const QStringList participants =
            specColumns(QStringLiteral("mdt"), QStringLiteral("participants"), id);
        return PortalFormat{id, QStringLiteral("mdt"), QStringLiteral("participants"), participants,
                            QStringLiteral("MDT_proces1")};
    }
    if (id == QLatin1String("rap-gas"))
        return PortalFormat{id, QStringLiteral("sor"), QStringLiteral("gas"),
                            keys("bsn beschikkingsnummer toewijzingsnummer type waarde"),
                            QStringLiteral("RAP_GAS")};
    if (id == QLatin1String("rap-probleem"))
        return PortalFormat{id, QStringLiteral("sor"), QStringLiteral("problem"),
                            keys("bsn beschikkingsnummer toewijzingsnummer type waarde datum"),
                            QStringLiteral("RAP_probleemafname")};
    if (id == QLatin1String("cemplus-long"))
        return PortalFormat{id, QStringLiteral("cemplus"), QStringLiteral("cem"),
                            keys("zorgaanbieder_id bsn client_ref meting_id datum_meting informant "
                                 "vragenlijst vraag antwoord"),
                            QStringLiteral("CEMplus")};
    return std::nullopt;
}

QString PortalExport::safeFileNamePart(const QString &text)
{
    QString safe;
    for (const QChar c : text.trimmed()) {
        if (QStringLiteral(":\\/?;*\"><|[].").contains(c))
            continue;
        safe.append(c.isSpace() ? QLatin1Char('_') : c);
    }
    return safe;
}

QString PortalExport::fileName(const PortalFormat &format, const QString &organisation, QDate date,
                               const QString &suffix)
{
    QString name = format.fileNamePrefix;
    const QString org = safeFileNamePart(organisation);
    if (!org.isEmpty())
        name += QLatin1Char('_') + org;
    return name + QLatin1Char('_') + date.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('.') +
           suffix;
}

PortalExport::Result PortalExport::run(Register &reg, const PortalFormat &format, const Spec &spec)
{
    Result result;
    const DatasetSpec *dataset = spec.dataset(format.dataset);
    if (!dataset) {
        result.error = QStringLiteral("the spec %1 has no dataset %2").arg(spec.id, format.dataset);
        return result;
    }
    std::unique_ptr<Pseudonymiser> pseudonymiser;
    QList<const FieldSpec *> fields;
    // The participant columns of the spec given, which is the register's spec in force: a field
    // the endpoint's spec added with a column in this format is exported with it.
    // An outcome format's fixed columns, then those of fields the endpoint's spec added to it with
    // a column in this format (storage/OutcomeExtraFields.h).
    QStringList formatFields = format.dataset == QLatin1String("participants")
                                   ? PortalFormat::specColumns(*dataset, format.id)
                                   : format.fields;
    if (format.dataset != QLatin1String("participants")) {
        for (const FieldSpec *added : OutcomeExtraFields::addedFields(*dataset)) {
            if (added->columns.contains(format.id) && !formatFields.contains(added->key))
                formatFields.append(added->key);
        }
    }
    for (const QString &key : formatFields) {
        const FieldSpec *field = dataset->field(key);
        if (!field || field->transmit == Transmit::Never)
            continue;
        fields.append(field);
        result.header.append(field->columns.value(format.id, field->key));
        if (field->transmit == Transmit::Pseudonymised && !pseudonymiser) {
            const std::optional<QByteArray> orgKey = Pseudonymiser::organisationKey(reg, true);
            if (!orgKey) {
                result.error = reg.lastError().message();
                return result;
            }
            pseudonymiser = std::make_unique<Pseudonymiser>(
                *orgKey, Pseudonymiser::portalDestination(format.specId));
        }
    }
    QStringList keys;
    for (const FieldSpec *field : std::as_const(fields))
        keys.append(field->key);
    RegisterDatasets::Table table;
    if (!RegisterDatasets(reg).load(format.dataset, keys, &table)) {
        result.error = reg.lastError().message();
        return result;
    }
    result.csv = CsvWriter::line(result.header);
    result.rows.reserve(table.table.rows.size());
    for (DataRow &row : table.table.rows) {
        for (int i = 0; i < fields.size(); ++i) {
            if (fields.at(i)->transmit == Transmit::Pseudonymised)
                row.values[i] = pseudonymiser->pseudonym(row.values.at(i));
        }
        result.csv += CsvWriter::line(row.values);
        result.rows.append(std::move(row.values));
    }
    return result;
}

} // namespace veldboek
