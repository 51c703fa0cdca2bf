#include "RegisterPackage.h"

#include "privacy/Pseudonymiser.h"
#include "storage/Register.h"
#include "storage/RegisterDatasets.h"
#include "submission/SubmissionPackage.h"
#include "validation/SpecLoader.h"
#include "validation/Validator.h"

#include <QCoreApplication>
#include <memory>

namespace veldboek {

namespace {

// Column of each transmitted field in `format`, in the spec's order.
struct OutColumn
{
    int source = -1; // index in the table's columns
    QString name;
    bool pseudonymised = false;
};

QList<OutColumn> outColumns(const DatasetSpec &dataset, const QString &format,
                            const DataTable &table, bool haveKey)
{
    QList<OutColumn> columns;
    for (const FieldSpec &field : dataset.fields) {
        if (field.transmit == Transmit::Never || !field.columns.contains(format))
            continue;
        const bool pseudonymised = field.transmit == Transmit::Pseudonymised;
        if (pseudonymised && !haveKey)
            continue;
        columns.append({static_cast<int>(table.columns.indexOf(field.key)),
                        field.columns.value(format), pseudonymised});
    }
    return columns;
}

void appendValue(QByteArray &out, const QString &value)
{
    const bool quote = value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!quote) {
        out += value.toUtf8();
        return;
    }
    QString doubled = value;
    doubled.replace(QLatin1String("\""), QLatin1String("\"\""));
    out += '"' + doubled.toUtf8() + '"';
}

} // namespace

qint64 PreparedPackage::participantFor(const QString &dataset, int line) const
{
    return participantAt.value(dataset).value(line, 0);
}

std::optional<RegisterSnapshot> RegisterSnapshot::read(Register &reg, QString *error)
{
    RegisterSnapshot snapshot;
    const RegisterDatasets datasets(reg);
    for (const QString &specId : SpecLoader::builtinIds()) {
        SpecError specError;
        std::optional<Spec> spec = SpecLoader::builtin(specId, &specError);
        if (!spec) {
            *error = specError.toString();
            return std::nullopt;
        }
        snapshot.specs.append(std::move(*spec));
        const Spec &loaded = snapshot.specs.constLast();
        for (const DatasetSpec &dataset : loaded.datasets) {
            QStringList columns;
            for (const FieldSpec &field : dataset.fields)
                columns.append(field.key);
            RegisterDatasets::Table table;
            if (!datasets.load(dataset.name, columns, &table)) {
                *error = reg.lastError().message();
                return std::nullopt;
            }
            snapshot.parts.append({static_cast<int>(snapshot.specs.size()) - 1,
                                   std::move(table.table), std::move(table.participantIds)});
        }
    }
    // Made when the connection is set up (ConnectionSettings::save), never while sending.
    snapshot.organisationKey = Pseudonymiser::organisationKey(reg, false).value_or(QByteArray());
    snapshot.clientVersion = QCoreApplication::applicationVersion();
    return snapshot;
}

QByteArray RegisterPackage::csv(const DatasetSpec &dataset, const QString &format,
                                const DataTable &table, const QByteArray &organisationKey)
{
    const QList<OutColumn> columns = outColumns(dataset, format, table, !organisationKey.isEmpty());
    std::unique_ptr<Pseudonymiser> pseudonymiser;
    if (!organisationKey.isEmpty())
        pseudonymiser = std::make_unique<Pseudonymiser>(organisationKey);
    QHash<QString, QString> pseudonyms;
    QByteArray out;
    out.reserve(64 + table.rows.size() * 24 * columns.size());
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (c > 0)
            out += ';';
        appendValue(out, columns.at(c).name);
    }
    out += "\r\n";
    for (const DataRow &row : table.rows) {
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (c > 0)
                out += ';';
            const OutColumn &column = columns.at(c);
            if (column.source < 0)
                continue;
            const QString &value = row.values.at(column.source);
            if (!column.pseudonymised) {
                appendValue(out, value);
                continue;
            }
            // A CEM+ measurement has a row per answer: one HMAC per person, not per row.
            auto known = pseudonyms.constFind(value);
            if (known == pseudonyms.cend())
                known = pseudonyms.insert(value, pseudonymiser->pseudonym(value));
            appendValue(out, known.value());
        }
        out += "\r\n";
    }
    return out;
}

PreparedPackage RegisterPackage::prepare(const RegisterSnapshot &snapshot, const QDate &today,
                                         const QString &language, bool check)
{
    PreparedPackage prepared;
    SubmissionManifest manifest;
    manifest.clientVersion = snapshot.clientVersion;
    manifest.note = snapshot.note;
    QList<QByteArray> files;
    QStringList specIds;
    QStringList versions;
    QStringList rounds;
    for (qsizetype s = 0; s < snapshot.specs.size(); ++s) {
        const Spec &spec = snapshot.specs.at(s);
        const Validator validator(spec, QString(), today, language);
        ValidationReport report;
        report.spec = spec.id;
        report.specVersion = spec.version;
        report.round = validator.round();
        report.language = language;
        bool sent = false;
        for (const RegisterSnapshot::Part &part : snapshot.parts) {
            if (part.spec != s || part.table.rows.isEmpty())
                continue;
            const DatasetSpec *dataset = spec.dataset(part.table.dataset);
            if (!dataset || dataset->formats.isEmpty())
                continue;
            if (check) {
                DatasetReport datasetReport = validator.checkDataset(part.table);
                for (const RuleResult &rule : std::as_const(datasetReport.rules))
                    (rule.severity == Severity::Error ? prepared.errors : prepared.warnings) +=
                        rule.count;
                report.datasets.append(std::move(datasetReport));
            }
            const QString format = dataset->formats.constFirst();
            PackageDataset entry;
            entry.spec = spec.id;
            entry.specVersion = spec.version;
            entry.dataset = dataset->name;
            entry.format = format;
            entry.file = spec.id + QLatin1Char('-') + dataset->name + QStringLiteral(".csv");
            manifest.datasets.append(entry);
            files.append(csv(*dataset, format, part.table, snapshot.organisationKey));
            QHash<int, qint64> &lines = prepared.participantAt[dataset->name];
            for (qsizetype r = 0; r < part.table.rows.size(); ++r)
                lines.insert(part.table.rows.at(r).line, part.participantIds.value(r));
            if (dataset->name == QLatin1String("participants"))
                prepared.participantIds = part.participantIds;
            sent = true;
        }
        if (check)
            prepared.checks.append(std::move(report));
        if (sent) {
            specIds.append(spec.id);
            versions.append(spec.version);
            rounds.append(validator.round());
        }
    }
    if (files.isEmpty()) {
        prepared.error = QCoreApplication::translate(
            "sync", "The register holds nothing to submit yet: enter a participant first.");
        return prepared;
    }
    prepared.specIds = specIds.join(QLatin1Char(','));
    prepared.specVersions = versions.join(QLatin1Char(','));
    prepared.round = rounds.join(QLatin1Char(','));
    if (prepared.blocked())
        return prepared; // nothing is packed that will not be sent
    prepared.body = SubmissionPackage::build(manifest, files, &prepared.contentType);
    prepared.contentHash = SubmissionPackage::contentHash(prepared.body);
    prepared.gzipBody = SubmissionPackage::gzip(prepared.body);
    return prepared;
}

} // namespace veldboek
