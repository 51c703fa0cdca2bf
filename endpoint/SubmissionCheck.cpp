#include "SubmissionCheck.h"

#include "dashboard/DashboardTally.h"
#include "exchange/CsvTable.h"
#include "validation/SpecLoader.h"
#include "validation/Validator.h"

#include <QJsonArray>
#include <QSet>

namespace veldboek {

namespace {
// Records are turned into table rows in blocks, so the CSV's own record objects never exist for
// more than this many rows at a time.
constexpr qsizetype blockRows = 8192;
} // namespace

struct SubmissionCheck::File
{
    PackageDataset entry;
    CsvDocument block; // header and the records not yet in `table`
    std::optional<DataTable> table;
    bool failed = false;
};

SubmissionCheck::SubmissionCheck(const QString &language, qint64 maxTableBytes)
    : m_language(language)
    , m_maxTableBytes(maxTableBytes)
{}

SubmissionCheck::~SubmissionCheck() = default;

const Spec *SubmissionCheck::specFor(const QString &id)
{
    for (const Spec &spec : std::as_const(m_specs)) {
        if (spec.id == id)
            return &spec;
    }
    if (m_unknownSpecs.contains(id))
        return nullptr;
    SpecError error;
    std::optional<Spec> spec = SpecLoader::builtin(id, &error);
    if (!spec) {
        m_unknownSpecs.append(id);
        return nullptr;
    }
    m_specs.append(std::move(*spec));
    return &m_specs.last();
}

void SubmissionCheck::flush(File &file)
{
    if (file.failed)
        return;
    const Spec *spec = specFor(file.entry.spec);
    if (!spec || !spec->dataset(file.entry.dataset)) {
        file.failed = true; // prepare() says why
        return;
    }
    CsvError error;
    std::optional<DataTable> part =
        CsvTable::toTable(file.block, *spec, file.entry.dataset, m_language, &error);
    file.block.records.clear();
    if (!part) {
        file.failed = true;
        return;
    }
    if (!file.table) {
        file.table = std::move(part);
        return;
    }
    file.table->rows.append(std::move(part->rows));
    file.table->malformedRows.append(std::move(part->malformedRows));
}

void SubmissionCheck::collect(PackageReader &reader)
{
    reader.setRecordSink([this, &reader](int index, int line, QStringList &&fields) {
        while (m_files.size() <= static_cast<size_t>(index))
            m_files.push_back(std::make_unique<File>());
        File &file = *m_files.at(static_cast<size_t>(index));
        if (file.block.header.isEmpty()) {
            const ReadFile &read = reader.file(index);
            file.entry = read.entry;
            file.block.header = read.header;
            file.block.headerLine = read.headerLine;
        }
        // The table holds one value per cell. Short values repeat (codes, dates, numbers) and
        // share one copy; the estimate counts a cell's slot and, when not shared, its text.
        for (QString &value : fields) {
            m_tableBytes += qsizetype(sizeof(QString));
            if (value.isEmpty()) {
                value = QString();
                continue;
            }
            if (value.size() <= 12) {
                const auto known = m_shortValues.constFind(value);
                if (known != m_shortValues.cend()) {
                    value = *known;
                    continue;
                }
                if (m_shortValues.size() < 200000)
                    m_shortValues.insert(value);
            }
            m_tableBytes += 32 + 2 * value.size();
        }
        m_tableBytes += qsizetype(sizeof(DataRow));
        if (m_tableBytes > m_maxTableBytes) {
            m_overBudget = PackageProblem{
                QStringLiteral("limit"), file.entry.dataset, file.entry.file, line,
                (m_language == QLatin1String("en")
                     ? QStringLiteral("The package's tables would take more than %1 MiB to "
                                      "check; split the register or ask the endpoint's "
                                      "administrator for a higher limit.")
                     : QStringLiteral("De tabellen van het pakket zouden meer dan %1 MiB "
                                      "nodig hebben voor de controle; splits het register of "
                                      "vraag de beheerder van het aanleverpunt om een hogere "
                                      "grens."))
                    .arg(m_maxTableBytes / (1024 * 1024))};
            return false;
        }
        file.block.records.append(CsvRecord{line, std::move(fields), false});
        if (file.block.records.size() >= blockRows)
            flush(file);
        return true;
    });
}

std::optional<PreparedSubmission> SubmissionCheck::prepare(const ReadPackage &package,
                                                           QList<PackageProblem> *problems)
{
    PreparedSubmission prepared;
    for (qsizetype i = 0; i < package.files.size(); ++i) {
        const ReadFile &read = package.files.at(i);
        const Spec *spec = specFor(read.entry.spec);
        if (!spec) {
            problems->append(
                {QStringLiteral("unknown-spec"),
                 {},
                 {},
                 0,
                 (m_language == QLatin1String("en") ? QStringLiteral("Unknown spec: ")
                                                    : QStringLiteral("Onbekende specificatie: ")) +
                     read.entry.spec});
            continue;
        }
        if (!spec->dataset(read.entry.dataset)) {
            problems->append({QStringLiteral("unknown-dataset"), read.entry.dataset,
                              read.entry.file, 0,
                              (m_language == QLatin1String("en")
                                   ? QStringLiteral("Spec %1 has no such dataset.")
                                   : QStringLiteral("De specificatie %1 kent deze gegevensset "
                                                    "niet."))
                                  .arg(spec->id)});
            continue;
        }
        while (m_files.size() <= static_cast<size_t>(i))
            m_files.push_back(std::make_unique<File>());
        File &file = *m_files.at(static_cast<size_t>(i));
        file.entry = read.entry;
        file.block.header = read.header;
        file.block.headerLine = read.headerLine;
        flush(file);
        if (!file.table) {
            CsvError error;
            CsvDocument header;
            header.header = read.header;
            header.headerLine = read.headerLine;
            CsvTable::toTable(header, *spec, read.entry.dataset, m_language, &error);
            problems->append({QStringLiteral("header"), read.entry.dataset, read.entry.file,
                              error.line, error.message});
            continue;
        }
        DataTable table = std::move(*file.table);
        file.table.reset();
        table.counts.read = read.lines;
        table.counts.empty = read.emptyLines;
        table.counts.header = read.headerLine > 0 ? 1 : 0;
        auto group = std::find_if(prepared.specs.begin(), prepared.specs.end(),
                                  [&](const auto &entry) { return entry.first.id == spec->id; });
        if (group == prepared.specs.end()) {
            prepared.specs.append({*spec, {}});
            group = prepared.specs.end() - 1;
        }
        group->second.append(std::move(table));
    }
    if (!problems->isEmpty())
        return std::nullopt;
    return prepared;
}
CheckOutcome SubmissionCheck::run(PreparedSubmission prepared, const QString &language,
                                  const QDate &today)
{
    CheckOutcome outcome;
    outcome.approved = true;
    DashboardTally tally;
    QJsonArray reports;
    for (auto &[spec, tables] : prepared.specs) {
        Validator validator(spec, QString(), today, language);
        // The endpoint receives keyed hashes where the spec says "pseudonymised".
        validator.setPseudonymisedInput(true);
        ValidationReport report;
        report.spec = spec.id;
        report.specVersion = spec.version;
        report.round = validator.round();
        report.language = language;
        for (DataTable &table : tables) {
            QList<Finding> findings;
            report.datasets.append(validator.checkDataset(table, &findings));
            // Failed rows are not imported; invalid optional values are cleared (DOMAIN.md).
            QSet<int> failedLines;
            QHash<int, QList<int>> clearedColumns;
            for (const Finding &finding : std::as_const(findings)) {
                if (finding.severity != Severity::Error)
                    continue;
                if (finding.cleared)
                    clearedColumns[finding.line].append(
                        static_cast<int>(table.columns.indexOf(finding.field)));
                else
                    failedLines.insert(finding.line);
            }
            for (DataRow &row : table.rows) {
                const auto cleared = clearedColumns.constFind(row.line);
                if (cleared == clearedColumns.cend())
                    continue;
                for (int column : cleared.value()) {
                    if (column >= 0 && column < row.values.size())
                        row.values[column].clear();
                }
            }
            tally.add(table, today, QList<int>(failedLines.cbegin(), failedLines.cend()));
        }
        outcome.approved = outcome.approved && report.approved();
        reports.append(report.toJson());
    }
    const QString status =
        outcome.approved ? QStringLiteral("approved") : QStringLiteral("rejected");
    outcome.report =
        QJsonObject{{QStringLiteral("status"), status}, {QStringLiteral("reports"), reports}};
    outcome.tally = tally.toJson();
    return outcome;
}

} // namespace veldboek
