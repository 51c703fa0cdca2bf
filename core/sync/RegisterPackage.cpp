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
#include <vector>

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

QByteArray csvHeader(const QList<OutColumn> &columns)
{
    QByteArray out;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (c > 0)
            out += ';';
        CsvWriter::appendValue(out, columns.at(c).name);
    }
    out += "\r\n";
    return out;
}

// Rows [from, to) of the table as CSV lines appended to *out; returns the records among them (a
// line of only separators is an empty line to a reader, not a record). Any range gives the bytes
// the whole table's lines have there, so a large dataset is written in pieces on all cores
// (RegisterPackage::prepare).
int appendCsvRows(const QList<OutColumn> &columns, const DataTable &table, qsizetype from,
                  qsizetype to, const QByteArray &organisationKey, QByteArray *out)
{
    std::unique_ptr<Pseudonymiser> pseudonymiser;
    if (!organisationKey.isEmpty())
        pseudonymiser = std::make_unique<Pseudonymiser>(
            organisationKey, QString::fromLatin1(Pseudonymiser::endpointDestination));
    QHash<QString, QString> pseudonyms;
    int written = 0;
    for (qsizetype r = from; r < to; ++r) {
        const DataRow &row = table.rows.at(r);
        bool blank = true;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (c > 0)
                *out += ';';
            const OutColumn &column = columns.at(c);
            if (column.source < 0)
                continue;
            const QString &value = row.values.at(column.source);
            if (!column.pseudonymised) {
                blank = blank && QStringView(value).trimmed().isEmpty();
                CsvWriter::appendValue(*out, value);
                continue;
            }
            // A CEM+ measurement has a row per answer: one HMAC per person, not per row.
            auto known = pseudonyms.constFind(value);
            if (known == pseudonyms.cend())
                known = pseudonyms.insert(value, pseudonymiser->pseudonym(value));
            blank = blank && known.value().isEmpty();
            CsvWriter::appendValue(*out, known.value());
        }
        *out += "\r\n";
        written += blank ? 0 : 1;
    }
    return written;
}

// One file of the package: a dataset's table in its format.
struct PackageFile
{
    const DatasetSpec *dataset;
    QString format;
    const DataTable *table;
};

// The files' CSV, and the records in each.
void writeCsvFiles(const QList<PackageFile> &written, const QByteArray &organisationKey,
                   QList<QByteArray> *files, QList<int> *rowCounts)
{
    // The files are written in pieces of rows on all cores: the CEM+ file alone is most of the
    // package's bytes, so a file at a time left a core idle (issue 18, docs/benchmarks.md).
    struct Piece
    {
        const PackageFile *file;
        qsizetype from;
        qsizetype to;
        QByteArray csv;
        int records = 0;
    };
    constexpr qsizetype PieceRows = 32768;
    std::vector<Piece> pieces;
    QList<QList<OutColumn>> fileColumns;
    for (const PackageFile &file : std::as_const(written)) {
        fileColumns.append(
            outColumns(*file.dataset, file.format, *file.table, !organisationKey.isEmpty()));
        for (qsizetype from = 0; from < file.table->rows.size(); from += PieceRows)
            pieces.push_back(
                {&file, from, std::min(from + PieceRows, file.table->rows.size()), {}, 0});
    }
    QtConcurrent::blockingMap(pieces, [&](Piece &piece) {
        const QList<OutColumn> &columns = fileColumns.at(piece.file - written.constData());
        piece.csv.reserve((piece.to - piece.from) * 24 * columns.size());
        piece.records = appendCsvRows(columns, *piece.file->table, piece.from, piece.to,
                                      organisationKey, &piece.csv);
    });
    for (qsizetype f = 0; f < written.size(); ++f) {
        const PackageFile *file = &written.at(f);
        QByteArray csv = csvHeader(fileColumns.at(f));
        int records = 0;
        qsizetype size = csv.size();
        for (const Piece &piece : pieces)
            size += piece.file == file ? piece.csv.size() : 0;
        csv.reserve(size);
        for (Piece &piece : pieces) {
            if (piece.file != file)
                continue;
            csv += piece.csv;
            records += piece.records;
            piece.csv = QByteArray(); // freed as it is copied: the package is large
        }
        files->append(std::move(csv));
        rowCounts->append(records);
    }
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
    QByteArray out = csvHeader(columns);
    out.reserve(out.size() + table.rows.size() * 24 * columns.size());
    const int written = appendCsvRows(columns, table, 0, table.rows.size(), organisationKey, &out);
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
    QList<PackageFile> written;
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
            written.append({dataset, format, &part.table});
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
    QList<QByteArray> files;
    QList<int> rowCounts;
    writeCsvFiles(written, snapshot.organisationKey, &files, &rowCounts);
    prepared.body = SubmissionPackage::build(manifest, files, &prepared.contentType, rowCounts);
    // Hash and compression are two independent passes over the same bytes: one per core.
    QFuture<QByteArray> compressed = QtConcurrent::run(
        [&body = std::as_const(prepared.body)] { return SubmissionPackage::gzip(body); });
    prepared.contentHash = SubmissionPackage::contentHash(prepared.body);
    prepared.gzipBody = compressed.result();
    return prepared;
}

} // namespace veldboek
