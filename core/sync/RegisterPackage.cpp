#include "RegisterPackage.h"

#include "exchange/CsvWriter.h"
#include "privacy/Pseudonymiser.h"
#include "storage/Register.h"
#include "storage/SpecDatasets.h"
#include "submission/SubmissionPackage.h"
#include "validation/Validator.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
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

} // namespace

qint64 PreparedPackage::participantFor(const QString &dataset, int line) const
{
    const auto owners = rowOwners.constFind(dataset);
    if (owners == rowOwners.cend())
        return 0;
    const auto it = std::lower_bound(owners->lines.cbegin(), owners->lines.cend(), line);
    if (it == owners->lines.cend() || *it != line)
        return 0;
    return owners->participantIds.value(it - owners->lines.cbegin(), 0);
}

std::optional<RegisterSnapshot> RegisterSnapshot::read(Register &reg, QString *error)
{
    RegisterSnapshot snapshot;
    // The specs in force for this register (storage/SpecStore.h): the endpoint's, once fetched,
    // so the package is built and checked with the rules the endpoint will apply.
    std::optional<QList<Spec>> specs = SpecDatasets(reg).specs(error);
    if (!specs)
        return std::nullopt;
    snapshot.specs = std::move(*specs);
    const bool read = SpecDatasets(reg).forEach(
        snapshot.specs,
        [&snapshot](qsizetype spec, const DatasetSpec &, RegisterDatasets::Table &&table) {
            snapshot.parts.append(
                {int(spec), std::move(table.table), std::move(table.participantIds)});
        },
        error);
    if (!read)
        return std::nullopt;
    // Made when the connection is set up (ConnectionSettings::save), never while sending.
    snapshot.organisationKey = Pseudonymiser::organisationKey(reg, false).value_or(QByteArray());
    snapshot.clientVersion = QCoreApplication::applicationVersion();
    return snapshot;
}

QByteArray RegisterPackage::csv(const DatasetSpec &dataset, const QString &format,
                                const DataTable &table, const QByteArray &organisationKey,
                                int *records)
{
    const QList<OutColumn> columns = outColumns(dataset, format, table, !organisationKey.isEmpty());
    std::unique_ptr<Pseudonymiser> pseudonymiser;
    if (!organisationKey.isEmpty())
        pseudonymiser = std::make_unique<Pseudonymiser>(
            organisationKey, QString::fromLatin1(Pseudonymiser::endpointDestination));
    QHash<QString, QString> pseudonyms;
    QByteArray out;
    out.reserve(64 + table.rows.size() * 24 * columns.size());
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (c > 0)
            out += ';';
        CsvWriter::appendValue(out, columns.at(c).name);
    }
    out += "\r\n";
    int written = 0;
    for (const DataRow &row : table.rows) {
        bool blank = true; // a line of only separators is an empty line to a reader, not a record
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (c > 0)
                out += ';';
            const OutColumn &column = columns.at(c);
            if (column.source < 0)
                continue;
            const QString &value = row.values.at(column.source);
            if (!column.pseudonymised) {
                blank = blank && QStringView(value).trimmed().isEmpty();
                CsvWriter::appendValue(out, value);
                continue;
            }
            // A CEM+ measurement has a row per answer: one HMAC per person, not per row.
            auto known = pseudonyms.constFind(value);
            if (known == pseudonyms.cend())
                known = pseudonyms.insert(value, pseudonymiser->pseudonym(value));
            blank = blank && known.value().isEmpty();
            CsvWriter::appendValue(out, known.value());
        }
        out += "\r\n";
        written += blank ? 0 : 1;
    }
    if (records)
        *records = written;
    return out;
}

PreparedPackage RegisterPackage::prepare(const RegisterSnapshot &snapshot, const QDate &today,
                                         const QString &language, bool check)
{
    PreparedPackage prepared;
    SubmissionManifest manifest;
    manifest.clientVersion = snapshot.clientVersion;
    manifest.note = snapshot.note;
    struct File
    {
        const DatasetSpec *dataset;
        QString format;
        const DataTable *table;
        QByteArray csv;
        int records = 0;
    };
    QList<File> written;
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
            written.append({dataset, format, &part.table, {}, 0});
            // A list, not a hash: a large register has a million CEM+ answer rows.
            PreparedPackage::RowOwners &owners = prepared.rowOwners[dataset->name];
            owners.lines.reserve(part.table.rows.size());
            for (const DataRow &row : part.table.rows)
                owners.lines.append(row.line); // ascending: the rows are in file order
            owners.participantIds = part.participantIds;
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
    if (written.isEmpty()) {
        prepared.error = QCoreApplication::translate(
            "sync", "The register holds nothing to submit yet: enter a participant first.");
        return prepared;
    }
    prepared.specIds = specIds.join(QLatin1Char(','));
    prepared.specVersions = versions.join(QLatin1Char(','));
    prepared.round = rounds.join(QLatin1Char(','));
    if (prepared.blocked())
        return prepared; // nothing is packed that will not be sent
    // The datasets' files are independent: written on all cores.
    QtConcurrent::blockingMap(written, [&](File &file) {
        file.csv =
            csv(*file.dataset, file.format, *file.table, snapshot.organisationKey, &file.records);
    });
    QList<QByteArray> files;
    QList<int> rowCounts;
    for (File &file : written) {
        files.append(std::move(file.csv));
        rowCounts.append(file.records);
    }
    prepared.body = SubmissionPackage::build(manifest, files, &prepared.contentType, rowCounts);
    // Hash and compression are two independent passes over the same bytes: one per core.
    QFuture<QByteArray> compressed = QtConcurrent::run(
        [&body = std::as_const(prepared.body)] { return SubmissionPackage::gzip(body); });
    prepared.contentHash = SubmissionPackage::contentHash(prepared.body);
    prepared.gzipBody = compressed.result();
    return prepared;
}

} // namespace veldboek
