#include "SubmissionCheck.h"

#include "Localization.h"
#include "dashboard/DatasetTally.h"
#include "exchange/CsvTable.h"
#include "validation/DatasetCheck.h"
#include "validation/SpecLoader.h"
#include "validation/Validator.h"

#include <QJsonArray>
#include <QSet>

namespace veldboek {

namespace {
// Records are turned into table rows, checked and tallied in blocks of this many rows: the
// block is what the check holds of the package's values at any time.
constexpr qsizetype blockRows = 8192;
} // namespace

struct SubmissionCheck::File
{
    PackageDataset entry;
    CsvDocument block; // header and the records not yet checked
    qint64 blockBytes = 0;
    bool failed = false;
    DataTable shape; // the table's columns, without rows
    std::unique_ptr<DatasetCheck> check;
    std::unique_ptr<DatasetTally> tally;
    int position = 0;        // rows of this read so far: the check's row numbers
    bool candidates = false; // whether the dataset rules need rows again
    DatasetReport report;
    QSet<int> flaggedFailed;                // lines a dataset rule fails
    QHash<int, QStringList> flaggedCleared; // line -> fields a dataset rule clears
};

SubmissionCheck::SubmissionCheck(const QString &language, const QDate &today, qint64 maxCheckBytes,
                                 SharedSpecs specs)
    : m_language(language)
    , m_today(today)
    , m_maxCheckBytes(maxCheckBytes)
    , m_served(std::move(specs))
{}

SubmissionCheck::~SubmissionCheck()
{
    waitForFlush(); // the block in check refers to this
}

const Spec *SubmissionCheck::specFor(const QString &id)
{
    // The endpoint checks with the specs it serves, so a client that pulled them gets no
    // rejection its form could have shown (issue 15).
    if (m_served) {
        for (const SpecDocument &document : std::as_const(*m_served)) {
            if (document.spec.id == id)
                return &document.spec;
        }
        return nullptr;
    }
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
    m_specs.push_back(std::move(*spec));
    return &m_specs.back();
}

const Validator *SubmissionCheck::validatorFor(const Spec &spec)
{
    std::unique_ptr<Validator> &validator = m_validators[spec.id];
    if (!validator) {
        validator = std::make_unique<Validator>(spec, QString(), m_today, m_language);
        // The endpoint receives keyed hashes where the spec says "pseudonymised".
        validator->setPseudonymisedInput(true);
    }
    return validator.get();
}

void SubmissionCheck::setOverBudget(const File &file, int line)
{
    m_overBudget = PackageProblem{
        QStringLiteral("limit"), file.entry.dataset, file.entry.file, line,
        (isEnglish(m_language)
             ? QStringLiteral("The package's tables would take more than %1 MiB to check; split "
                              "the register or ask the endpoint's administrator for a higher "
                              "limit.")
             : QStringLiteral("De tabellen van het pakket zouden meer dan %1 MiB nodig hebben "
                              "voor de controle; splits het register of vraag de beheerder van "
                              "het aanleverpunt om een hogere grens."))
            .arg(m_maxCheckBytes / (1024 * 1024))};
}

void SubmissionCheck::flush(File &file)
{
    // The block is checked on another thread while the next one is read: reading (inflating,
    // splitting, decoding) and checking each took about half of the endpoint's time, one after
    // the other on one thread (issue 18, docs/benchmarks.md "Fourth round"). One block at a
    // time, in order: the next flush waits for this one.
    waitForFlush();
    CsvDocument block;
    block.header = file.block.header;
    block.headerLine = file.block.headerLine;
    block.records = std::exchange(file.block.records, {});
    // The block stays in m_blockBytes until its check is done (waitForFlush).
    m_flushingBytes = std::exchange(file.blockBytes, 0);
    m_flushing = std::async(std::launch::async, [this, &file, block = std::move(block)]() {
        checkRecords(file, block);
    });
}

void SubmissionCheck::waitForFlush()
{
    if (!m_flushing.valid())
        return;
    m_flushing.get();
    m_blockBytes -= std::exchange(m_flushingBytes, 0);
    m_keyBytes = 0;
    for (const std::unique_ptr<File> &each : m_files) {
        if (each->check)
            m_keyBytes += each->check->memoryBytes() + each->tally->memoryBytes();
    }
    m_peakBytes = std::max(m_peakBytes, m_blockBytes + m_keyBytes);
}

// On the flush's thread: only `file` and the specs are touched, never m_files or the byte counts
// the reading thread keeps.
void SubmissionCheck::checkRecords(File &file, const CsvDocument &records)
{
    if (file.failed)
        return;
    const Spec *spec = specFor(file.entry.spec);
    if (!spec || !spec->dataset(file.entry.dataset)) {
        file.failed = true; // checkHeaders() says why
        return;
    }
    CsvError error;
    std::optional<DataTable> block =
        CsvTable::toTable(records, *spec, file.entry.dataset, m_language, &error);
    if (!block) {
        file.failed = true;
        return;
    }
    if (!file.check) {
        file.shape = *block;
        file.shape.rows.clear();
        file.shape.malformedRows.clear();
        file.check = std::make_unique<DatasetCheck>(*validatorFor(*spec), file.shape);
        file.tally = std::make_unique<DatasetTally>(file.shape, m_today);
    }
    checkBlock(file, *block);
}

void SubmissionCheck::checkBlock(File &file, DataTable &block)
{
    QList<Finding> findings;
    switch (m_pass) {
    case Pass::Check: {
        QList<DatasetCheck::RowFinding> rowFindings;
        file.check->add(block, &rowFindings);
        findings.reserve(rowFindings.size());
        for (DatasetCheck::RowFinding &finding : rowFindings)
            findings.append(std::move(finding.finding));
        break;
    }
    case Pass::Candidates:
        // Only the rows whose key hash another row shares: their real keys decide.
        file.check->addCandidates(block, file.position);
        file.position += static_cast<int>(block.rows.size());
        return;
    case Pass::Tally:
        findings = file.check->rowFindings(block);
        break;
    case Pass::Done:
        return;
    }
    // Failed rows are not imported; invalid optional values are cleared (docs/spec-format.md).
    QSet<int> failedLines = file.flaggedFailed;
    QHash<int, QList<int>> clearedColumns;
    for (const Finding &finding : std::as_const(findings)) {
        if (finding.severity != Severity::Error)
            continue;
        if (finding.cleared)
            clearedColumns[finding.line].append(
                static_cast<int>(block.columns.indexOf(finding.field)));
        else
            failedLines.insert(finding.line);
    }
    for (auto it = file.flaggedCleared.cbegin(); it != file.flaggedCleared.cend(); ++it) {
        for (const QString &field : it.value())
            clearedColumns[it.key()].append(static_cast<int>(block.columns.indexOf(field)));
    }
    for (DataRow &row : block.rows) {
        const auto cleared = clearedColumns.constFind(row.line);
        if (cleared == clearedColumns.cend())
            continue;
        for (int column : cleared.value()) {
            if (column >= 0 && column < row.values.size())
                row.values[column].clear();
        }
    }
    file.tally->add(block, failedLines);
}

void SubmissionCheck::collect(PackageReader &reader)
{
    reader.setRecordSink(recordSink(reader));
}

PackageReader::RecordSink SubmissionCheck::recordSink(PackageReader &reader)
{
    m_stoppedEarly = false;
    return [this, &reader](int index, int line, QStringList &&fields) {
        if (m_pass == Pass::Candidates && index > m_lastCandidateFile) {
            m_stoppedEarly = true; // the files after it have no candidates: see stoppedEarly()
            return false;
        }
        while (m_files.size() <= static_cast<size_t>(index))
            m_files.push_back(std::make_unique<File>());
        File &file = *m_files.at(static_cast<size_t>(index));
        if (file.block.header.isEmpty()) {
            const ReadFile &read = reader.file(index);
            file.entry = read.entry;
            file.block.header = read.header;
            file.block.headerLine = read.headerLine;
        }
        // The second read wants only the files with candidates (finishRead): the others' records
        // are parsed to reach the next file, not turned into rows again (issue 18).
        if (m_pass == Pass::Candidates && !file.candidates)
            return true;
        // The block holds one value per cell: the estimate counts a cell's slot and its text.
        qint64 bytes = qsizetype(sizeof(DataRow)) + qsizetype(sizeof(CsvRecord));
        for (QString &value : fields) {
            bytes += qsizetype(sizeof(QString));
            if (value.isEmpty())
                value = QString();
            else
                bytes += 32 + 2 * value.size();
        }
        file.blockBytes += bytes;
        m_blockBytes += bytes;
        m_peakBytes = std::max(m_peakBytes, m_blockBytes + m_keyBytes);
        if (m_blockBytes + m_keyBytes > m_maxCheckBytes) {
            setOverBudget(file, line);
            return false;
        }
        file.block.records.append(CsvRecord{line, std::move(fields), false});
        if (file.block.records.size() >= blockRows) {
            flush(file);
            if (m_keyBytes > m_maxCheckBytes) {
                setOverBudget(file, line);
                return false;
            }
        }
        return true;
    };
}

bool SubmissionCheck::checkHeaders(const ReadPackage &package, QList<PackageProblem> *problems)
{
    waitForFlush();
    const qsizetype before = problems->size();
    for (qsizetype i = 0; i < package.files.size(); ++i) {
        const ReadFile &read = package.files.at(i);
        const Spec *spec = specFor(read.entry.spec);
        if (!spec) {
            problems->append({QStringLiteral("unknown-spec"),
                              {},
                              {},
                              0,
                              (isEnglish(m_language) ? QStringLiteral("Unknown spec: ")
                                                     : QStringLiteral("Onbekende specificatie: ")) +
                                  read.entry.spec});
            continue;
        }
        if (!spec->dataset(read.entry.dataset)) {
            problems->append(
                {QStringLiteral("unknown-dataset"), read.entry.dataset, read.entry.file, 0,
                 (isEnglish(m_language) ? QStringLiteral("Spec %1 has no such dataset.")
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
        // The rows still in hand after the last full block.
        flush(file);
        waitForFlush();
        if (!file.check) {
            CsvError error;
            CsvDocument header;
            header.header = read.header;
            header.headerLine = read.headerLine;
            CsvTable::toTable(header, *spec, read.entry.dataset, m_language, &error);
            problems->append({QStringLiteral("header"), read.entry.dataset, read.entry.file,
                              error.line, error.message});
        }
    }
    return problems->size() == before;
}

bool SubmissionCheck::finishRead(const ReadPackage &package, QList<PackageProblem> *problems)
{
    if (!checkHeaders(package, problems))
        return false;
    switch (m_pass) {
    case Pass::Check: {
        bool candidates = false;
        for (size_t i = 0; i < m_files.size(); ++i) {
            File &file = *m_files[i];
            file.candidates = !file.check->candidates().empty();
            candidates = candidates || file.candidates;
            if (file.candidates)
                m_lastCandidateFile = qsizetype(i);
        }
        if (candidates) {
            m_pass = Pass::Candidates;
            m_firstRead = package;
            for (const std::unique_ptr<File> &file : m_files)
                file->position = 0;
            return true;
        }
        finishDatasets(package);
        return true;
    }
    case Pass::Candidates:
        finishDatasets(package);
        return true;
    case Pass::Tally:
    case Pass::Done:
        m_pass = Pass::Done;
        return true;
    }
    return true;
}

void SubmissionCheck::finishDatasets(const ReadPackage &package)
{
    bool retally = false;
    for (size_t i = 0; i < m_files.size(); ++i) {
        File &file = *m_files[i];
        const ReadFile &read = package.files.at(static_cast<qsizetype>(i));
        SourceCounts counts;
        counts.read = read.lines;
        counts.empty = read.emptyLines;
        counts.header = read.headerLine > 0 ? 1 : 0;
        QList<DatasetCheck::RowFinding> findings;
        file.report = file.check->finish(counts, &findings);
        file.candidates = false;
        // A dataset rule's error fails its row or clears its value: the tally counted the row as
        // it was, so it is made again with these known (a package with duplicate keys only).
        for (const DatasetCheck::RowFinding &finding : std::as_const(findings)) {
            if (finding.finding.severity != Severity::Error)
                continue;
            if (finding.finding.cleared)
                file.flaggedCleared[finding.finding.line].append(finding.finding.field);
            else
                file.flaggedFailed.insert(finding.finding.line);
            retally = true;
        }
    }
    if (!retally) {
        m_pass = Pass::Done;
        return;
    }
    m_pass = Pass::Tally;
    for (const std::unique_ptr<File> &file : m_files)
        file->tally = std::make_unique<DatasetTally>(file->shape, m_today);
}

bool SubmissionCheck::needsAnotherRead() const
{
    return m_pass == Pass::Candidates || m_pass == Pass::Tally;
}

CheckOutcome SubmissionCheck::outcome() const
{
    CheckOutcome outcome;
    outcome.approved = true;
    DashboardTally tally;
    QJsonArray reports;
    // One report per spec, in the order the package first names it; datasets in file order.
    QStringList specs;
    for (const std::unique_ptr<File> &file : m_files) {
        if (!specs.contains(file->entry.spec))
            specs.append(file->entry.spec);
    }
    for (const QString &id : std::as_const(specs)) {
        const auto validator = m_validators.find(id);
        if (validator == m_validators.end())
            continue;
        ValidationReport report;
        report.spec = id;
        report.specVersion = validator->second->spec().version;
        report.round = validator->second->round();
        report.language = m_language;
        for (const std::unique_ptr<File> &file : m_files) {
            if (file->entry.spec != id || !file->check)
                continue;
            report.datasets.append(file->report);
            file->tally->addTo(tally);
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
