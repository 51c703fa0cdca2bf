#include "PortalExport.h"

#include "CsvWriter.h"
#include "privacy/Pseudonymiser.h"
#include "storage/Register.h"
#include "storage/RegisterDatasets.h"

#include <memory>

namespace veldboek {

QStringList PortalFormat::ids()
{
    return {QStringLiteral("mdt-proces1"), QStringLiteral("rap-gas"),
            QStringLiteral("rap-probleem"), QStringLiteral("cemplus-long")};
}

std::optional<PortalFormat> PortalFormat::byId(const QString &id)
{
    auto keys = [](const char *list) {
        return QString::fromLatin1(list).split(QLatin1Char(' '));
    };
    if (id == QLatin1String("mdt-proces1"))
        return PortalFormat{
            id, QStringLiteral("mdt"), QStringLiteral("participants"),
            keys("respondentnummer geslacht geboortedatum leeftijd straat "
                 "huisnummer huisnummer_toevoeging postcode woonplaats geen_adres "
                 "email opleidingsniveau startdatum einddatum reden_beeindiging "
                 "verkorte_deelname postcode_doelocatie gemeente_doelocatie opt_out"),
            QStringLiteral("MDT_proces1")};
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
    for (const QString &key : format.fields) {
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
