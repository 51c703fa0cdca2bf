#include "DatasetCheck.h"

#include "DuplicateKey.h"
#include "FindingTally.h"
#include "RowEvaluator.h"
#include "RowKeys.h"

#include <QHash>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>

namespace veldboek {

using engine::checkCount;
using engine::fieldMessage;
using engine::KeyedRows;
using engine::maxListedRows;
using engine::mix;
using engine::repeatedKeys;
using engine::RowEvaluator;
using engine::SlotLayout;
using engine::sortBuckets;
using engine::Tally;

namespace {

QString columnName(const DatasetSpec &dataset, const QString &format, int field)
{
    const FieldSpec &spec = dataset.fields.at(field);
    return format.isEmpty() ? spec.key : spec.columns.value(format, spec.key);
}

// A slice of a block's rows checked on one thread, with its own tallies; merged in order
// afterwards.
struct Chunk
{
    qsizetype begin = 0;
    qsizetype end = 0;
    std::vector<Tally> tallies;
    std::vector<int> failed;                    // rows (index in the block) with an error
    std::vector<std::pair<int, int>> findings;  // (row index in the block, slot), when asked for
    std::vector<std::vector<KeyedRows>> unique; // per unique rule, per bucket
    std::vector<std::vector<std::vector<KeyedRows>>> duplicate; // per rule, per key group, bucket
};

} // namespace

struct DatasetCheck::State
{
    // What the check keeps of a row whose key hash another row shares: its real keys, and how a
    // dataset rule's finding would count on it.
    struct Candidate
    {
        int line = 0;
        QList<QStringList> unique; // per unique rule: the key's values, trimmed
        QStringList duplicate;     // per duplicate rule and key group: the key, null if none
        QList<std::pair<Severity, bool>> rules; // per dataset rule: severity, cleared
        bool present = false;
        qint64 bytes = 0;
    };

    const Candidate *keysOf(int row) const
    {
        const auto at = std::lower_bound(candidateRows.cbegin(), candidateRows.cend(), row);
        if (at == candidateRows.cend() || *at != row)
            return nullptr;
        const Candidate &candidate = candidateKeys[size_t(at - candidateRows.cbegin())];
        return candidate.present ? &candidate : nullptr;
    }

    Validator validator; // shares the compiled spec
    const CompiledSpec &compiled;
    bool pseudonymised = false;
    int datasetIndex = -1;
    const DatasetSpec *dataset = nullptr;
    QString name;
    QString format;
    QStringList columns;
    QStringList unknownColumns;
    QStringList duplicateColumns;
    int fieldCount = 0;
    QList<int> columnOf; // per field: its column, -1 if none
    SlotLayout layout;
    int threads = 1;
    int cores = 0;
    quint64 mask = ~quint64(0);

    std::vector<Tally> tallies;
    int rowCount = 0;
    int failedRows = 0;
    std::vector<bool> failed; // per row
    int malformed = 0;
    Tally ragged;

    QList<int> uniqueRules;
    QList<int> duplicateRules;
    QList<QList<bool>> groupAvailable; // per duplicate rule, per key group: all its columns exist
    std::vector<std::vector<KeyedRows>> uniqueKeys;                 // per rule, per bucket
    std::vector<std::vector<std::vector<KeyedRows>>> duplicateKeys; // per rule, group, bucket
    bool sorted = true;
    std::vector<int> candidateRows;       // ascending
    std::vector<Candidate> candidateKeys; // one per candidate row, filled by addCandidates()
    qint64 candidateBytes = 0;

    State(const Validator &v, const CompiledSpec &c)
        : validator(v)
        , compiled(c)
    {}

    void loadRow(RowEvaluator &row, const DataRow &data) const
    {
        for (int f = 0; f < fieldCount; ++f) {
            const int column = columnOf[f];
            if (column >= 0 && column < data.values.size())
                row.setValue(f, data.values.at(column), true);
            else
                row.setValue(f, QStringView(), column >= 0);
        }
        row.parseAll();
    }

    // A candidate's real keys, and how each dataset rule's finding would count on it.
    Candidate keysFor(const DataRow &data) const
    {
        const DatasetSpec &spec = *dataset;
        Candidate result;
        result.line = data.line;
        qint64 bytes = 160;
        for (int u : std::as_const(uniqueRules)) {
            QStringList values;
            for (int field : spec.datasetRules.at(u).keys.first()) {
                const int column = columnOf[field];
                values.append(column >= 0 && column < data.values.size()
                                  ? data.values.at(column).trimmed()
                                  : QString());
                bytes += 32 + 2 * values.last().size();
            }
            result.unique.append(values);
        }
        QString key;
        QString normalised;
        for (qsizetype r = 0; r < duplicateRules.size(); ++r) {
            const DatasetRuleSpec &rule = spec.datasetRules.at(duplicateRules.at(r));
            for (qsizetype g = 0; g < rule.keys.size(); ++g) {
                const bool has = groupAvailable.at(r).at(g) &&
                                 duplicateKey(data, rule, rule.keys.at(g), key, normalised);
                result.duplicate.append(has ? key : QString());
                bytes += 32 + 2 * key.size();
            }
        }
        // Flagged rows are evaluated whole to know whether their value is required.
        RowEvaluator evaluator(compiled, datasetIndex, pseudonymised);
        loadRow(evaluator, data);
        for (const DatasetRuleSpec &rule : spec.datasetRules) {
            const Severity severity = evaluator.severityFor(rule.field, rule.severity);
            result.rules.append({severity, evaluator.clears(rule.field, severity)});
        }
        result.bytes = bytes;
        result.present = true;
        return result;
    }

    quint64 uniqueHash(const RowEvaluator &row, int u, bool *complete) const
    {
        quint64 hash = 0x51ed270b27bd3f6dULL;
        for (int field : dataset->datasetRules.at(uniqueRules.at(u)).keys.first()) {
            const QStringView value = row.value(field);
            if (value.isEmpty()) {
                *complete = false;
                return 0;
            }
            // A valid code hashes as its index, so "vr01" and "VR01" are the same key.
            const bool code = dataset->fields.at(field).type == FieldType::Enum &&
                              row.parsed(field).check == Check::Ok;
            hash = mix(hash, code ? quint64(row.parsed(field).number) + 1 : quint64(qHash(value)));
        }
        *complete = true;
        return hash & mask;
    }

    // The key of a likely-duplicate rule's group, as DuplicateKey defines it for every caller.
    bool duplicateKey(const DataRow &data, const DatasetRuleSpec &rule, const QList<int> &group,
                      QString &key, QString &normalised) const
    {
        return DuplicateKey::of(
            *dataset, rule, group, compiled.today,
            [&](int field) {
                const int column = columnOf[field];
                return column < data.values.size() ? QStringView(data.values.at(column))
                                                   : QStringView();
            },
            key, normalised);
    }

    quint64 duplicateHash(const QString &key) const
    {
        const quint64 hash =
            (qHash(key, 0x2545f491) * 0x9e3779b97f4a7c15ULL ^ qHash(key, 0x71c2d3e9)) & mask;
        return hash ? hash : 1;
    }

    // The per-row checks of a block, in chunks over the thread pool. With `keep`, the rows' keys
    // are hashed too (numbered from `base`).
    std::vector<Chunk> checkRows(const DataTable &block, bool keep, bool wantFindings,
                                 int base) const
    {
        const qsizetype count = block.rows.size();
        const qsizetype chunkSize = std::max<qsizetype>(2048, count / (threads * 8) + 1);
        std::vector<Chunk> chunks;
        for (qsizetype begin = 0; begin < count; begin += chunkSize)
            chunks.push_back(Chunk{begin, std::min(count, begin + chunkSize), {}, {}, {}, {}, {}});
        auto runChunk = [&](Chunk &chunk) {
            chunk.tallies.assign(static_cast<size_t>(layout.size()), Tally{});
            if (keep) {
                chunk.unique.assign(static_cast<size_t>(uniqueRules.size()),
                                    std::vector<KeyedRows>(static_cast<size_t>(threads)));
                chunk.duplicate.resize(static_cast<size_t>(duplicateRules.size()));
                for (qsizetype r = 0; r < duplicateRules.size(); ++r)
                    chunk.duplicate[r].assign(static_cast<size_t>(groupAvailable.at(r).size()),
                                              std::vector<KeyedRows>(static_cast<size_t>(threads)));
            }
            RowEvaluator row(compiled, datasetIndex, pseudonymised);
            QString key;
            QString normalised;
            for (qsizetype i = chunk.begin; i < chunk.end; ++i) {
                const DataRow &data = block.rows.at(i);
                loadRow(row, data);
                bool rowFailed = false;
                const int line = data.line;
                row.visit(
                    [&](int field, Check check, Severity severity, bool cleared) {
                        if (severity == Severity::Error && !cleared)
                            rowFailed = true;
                        // A missing column is reported once (finish()), not once per row.
                        if (columnOf[field] < 0)
                            return;
                        const int slot = layout.fieldSlot(field, check, cleared);
                        chunk.tallies[slot].add(line);
                        if (wantFindings)
                            chunk.findings.emplace_back(static_cast<int>(i), slot);
                    },
                    [&](int rule, Severity severity, bool cleared) {
                        if (severity == Severity::Error && !cleared)
                            rowFailed = true;
                        const int slot = layout.ruleSlot(rule, cleared);
                        chunk.tallies[slot].add(line);
                        if (wantFindings)
                            chunk.findings.emplace_back(static_cast<int>(i), slot);
                    });
                if (rowFailed)
                    chunk.failed.push_back(static_cast<int>(i));
                if (!keep)
                    continue;
                const int number = base + static_cast<int>(i);
                // Keys are hashed while the row is at hand, straight into their buckets.
                for (qsizetype u = 0; u < uniqueRules.size(); ++u) {
                    bool complete = false;
                    const quint64 hash = uniqueHash(row, static_cast<int>(u), &complete);
                    if (complete)
                        chunk.unique[u][(hash >> 40) % threads].emplace_back(hash, number);
                }
                for (qsizetype r = 0; r < duplicateRules.size(); ++r) {
                    const DatasetRuleSpec &rule = dataset->datasetRules.at(duplicateRules.at(r));
                    for (qsizetype g = 0; g < rule.keys.size(); ++g) {
                        if (!groupAvailable.at(r).at(g) ||
                            !duplicateKey(data, rule, rule.keys.at(g), key, normalised))
                            continue;
                        const quint64 hash = duplicateHash(key);
                        chunk.duplicate[r][g][(hash >> 40) % threads].emplace_back(hash, number);
                    }
                }
            }
        };
        if (chunks.size() > 1 && cores != 1)
            QtConcurrent::blockingMap(chunks, runChunk);
        else
            std::for_each(chunks.begin(), chunks.end(), runChunk);
        return chunks;
    }

    // What a tally slot stands for: field checks, cross-field rules, dataset rules (SlotLayout).
    void describe(int slot, QString *rule, int *field, Severity *severity, QString *message,
                  bool *cleared) const
    {
        const QString &language = compiled.language;
        *cleared = slot % 2 == 1;
        const int kind = slot / 2;
        if (kind < fieldCount * checkCount) {
            *field = kind / checkCount;
            const Check check = static_cast<Check>(kind % checkCount);
            *rule = QString::fromLatin1(CheckMessages::forCheck(check).rule);
            *severity = dataset->fields.at(*field).requirement == Requirement::LocalOnly
                            ? Severity::Warning
                            : Severity::Error;
            *message = fieldMessage(*dataset, *field, check, language);
        } else if (kind < fieldCount * checkCount + layout.rules) {
            const RuleSpec &ruleSpec = dataset->rules.at(kind - fieldCount * checkCount);
            *rule = ruleSpec.id;
            *field = ruleSpec.field;
            *severity = dataset->fields.at(*field).requirement == Requirement::LocalOnly &&
                                ruleSpec.severity == Severity::Error
                            ? Severity::Warning
                            : ruleSpec.severity;
            *message = ruleSpec.message.text(language);
        } else {
            const DatasetRuleSpec &ruleSpec =
                dataset->datasetRules.at(kind - fieldCount * checkCount - layout.rules);
            *rule = ruleSpec.id;
            *field = ruleSpec.field;
            *severity = dataset->fields.at(*field).requirement == Requirement::LocalOnly &&
                                ruleSpec.severity == Severity::Error
                            ? Severity::Warning
                            : ruleSpec.severity;
            *message = ruleSpec.message.text(language);
        }
    }

    Finding finding(int slot, int line) const
    {
        Finding result;
        int field = -1;
        describe(slot, &result.rule, &field, &result.severity, &result.message, &result.cleared);
        result.line = line;
        result.field = dataset->fields.at(field).key;
        return result;
    }

    std::vector<KeyedRows *> allBuckets()
    {
        std::vector<KeyedRows *> buckets;
        for (auto &rule : uniqueKeys) {
            for (KeyedRows &bucket : rule)
                buckets.push_back(&bucket);
        }
        for (auto &rule : duplicateKeys) {
            for (auto &group : rule) {
                for (KeyedRows &bucket : group)
                    buckets.push_back(&bucket);
            }
        }
        return buckets;
    }
};

DatasetCheck::DatasetCheck(const Validator &validator, const DataTable &shape, int cores)
    : d(std::make_unique<State>(validator, *validator.m_compiled))
{
    d->pseudonymised = validator.m_pseudonymisedInput;
    d->cores = cores;
    d->name = shape.dataset;
    d->format = shape.format;
    d->columns = shape.columns;
    d->unknownColumns = shape.unknownColumns;
    d->duplicateColumns = shape.duplicateColumns;
    d->datasetIndex = engine::datasetIndexOf(d->compiled.spec, shape.dataset);
    if (d->datasetIndex < 0)
        return;
    const DatasetSpec &dataset = d->compiled.spec.datasets.at(d->datasetIndex);
    d->dataset = &dataset;
    d->fieldCount = static_cast<int>(dataset.fields.size());
    d->columnOf = QList<int>(d->fieldCount, -1);
    for (int c = 0; c < shape.columns.size(); ++c) {
        const int field = dataset.fieldIndex(shape.columns.at(c));
        if (field >= 0 && d->columnOf[field] < 0)
            d->columnOf[field] = c;
    }
    d->layout = SlotLayout{d->fieldCount, static_cast<int>(dataset.rules.size()),
                           static_cast<int>(dataset.datasetRules.size())};
    d->tallies.assign(static_cast<size_t>(d->layout.size()), Tally{});
    d->threads = std::max(1, QThreadPool::globalInstance()->maxThreadCount());
    for (int r = 0; r < dataset.datasetRules.size(); ++r) {
        const DatasetRuleSpec &rule = dataset.datasetRules.at(r);
        if (rule.kind == DatasetRuleSpec::Kind::Unique) {
            d->uniqueRules.append(r);
            continue;
        }
        d->duplicateRules.append(r);
        QList<bool> available;
        for (const QList<int> &group : rule.keys) {
            bool all = true;
            for (int field : group)
                all = all && d->columnOf[field] >= 0;
            available.append(all);
        }
        d->groupAvailable.append(available);
    }
    d->uniqueKeys.assign(static_cast<size_t>(d->uniqueRules.size()),
                         std::vector<KeyedRows>(static_cast<size_t>(d->threads)));
    d->duplicateKeys.resize(static_cast<size_t>(d->duplicateRules.size()));
    for (qsizetype r = 0; r < d->duplicateRules.size(); ++r)
        d->duplicateKeys[r].assign(static_cast<size_t>(d->groupAvailable.at(r).size()),
                                   std::vector<KeyedRows>(static_cast<size_t>(d->threads)));
}

DatasetCheck::~DatasetCheck() = default;

void DatasetCheck::setKeyHashMask(quint64 mask)
{
    d->mask = mask;
}

int DatasetCheck::rows() const
{
    return d->rowCount;
}

void DatasetCheck::add(const DataTable &block, QList<RowFinding> *findings)
{
    for (const MalformedRow &row : block.malformedRows) {
        ++d->malformed;
        d->ragged.add(row.line);
    }
    if (!d->dataset)
        return;
    const int base = d->rowCount;
    std::vector<Chunk> chunks = d->checkRows(block, true, findings != nullptr, base);
    d->rowCount += static_cast<int>(block.rows.size());
    d->failed.resize(static_cast<size_t>(d->rowCount), false);
    d->sorted = false;
    // Room for the block's keys at once (doubling, as a stream of blocks needs): growing bucket
    // by bucket per chunk costs a copy of every key each time.
    auto reserve = [](KeyedRows &keyed, size_t added) {
        if (keyed.capacity() < keyed.size() + added)
            keyed.reserve(std::max(keyed.size() + added, keyed.capacity() * 2));
    };
    for (size_t u = 0; u < d->uniqueKeys.size(); ++u) {
        for (size_t b = 0; b < d->uniqueKeys[u].size(); ++b) {
            size_t added = 0;
            for (const Chunk &chunk : chunks)
                added += chunk.unique[u][b].size();
            reserve(d->uniqueKeys[u][b], added);
        }
    }
    for (size_t r = 0; r < d->duplicateKeys.size(); ++r) {
        for (size_t g = 0; g < d->duplicateKeys[r].size(); ++g) {
            for (size_t b = 0; b < d->duplicateKeys[r][g].size(); ++b) {
                size_t added = 0;
                for (const Chunk &chunk : chunks)
                    added += chunk.duplicate[r][g][b].size();
                reserve(d->duplicateKeys[r][g][b], added);
            }
        }
    }
    for (Chunk &chunk : chunks) {
        for (size_t s = 0; s < d->tallies.size(); ++s) {
            if (chunk.tallies[s].count)
                d->tallies[s].merge(chunk.tallies[s]);
        }
        for (int i : chunk.failed)
            d->failed[static_cast<size_t>(base + i)] = true;
        d->failedRows += static_cast<int>(chunk.failed.size());
        for (size_t u = 0; u < chunk.unique.size(); ++u) {
            for (size_t b = 0; b < chunk.unique[u].size(); ++b)
                d->uniqueKeys[u][b].insert(d->uniqueKeys[u][b].end(), chunk.unique[u][b].begin(),
                                           chunk.unique[u][b].end());
        }
        for (size_t r = 0; r < chunk.duplicate.size(); ++r) {
            for (size_t g = 0; g < chunk.duplicate[r].size(); ++g) {
                for (size_t b = 0; b < chunk.duplicate[r][g].size(); ++b)
                    d->duplicateKeys[r][g][b].insert(d->duplicateKeys[r][g][b].end(),
                                                     chunk.duplicate[r][g][b].begin(),
                                                     chunk.duplicate[r][g][b].end());
            }
        }
        if (findings) {
            for (const auto &[i, slot] : chunk.findings)
                findings->append(RowFinding{base + i, d->finding(slot, block.rows.at(i).line)});
        }
    }
}

QList<Finding> DatasetCheck::rowFindings(const DataTable &block) const
{
    QList<Finding> findings;
    if (!d->dataset)
        return findings;
    const std::vector<Chunk> chunks = d->checkRows(block, false, true, 0);
    for (const Chunk &chunk : chunks) {
        for (const auto &[i, slot] : chunk.findings)
            findings.append(d->finding(slot, block.rows.at(i).line));
    }
    return findings;
}

std::vector<int> DatasetCheck::candidates()
{
    std::vector<KeyedRows *> buckets = d->allBuckets();
    if (!d->sorted) {
        sortBuckets(buckets);
        d->sorted = true;
    }
    std::vector<int> rows;
    for (const KeyedRows *keyed : buckets) {
        for (size_t start = 0; start < keyed->size();) {
            size_t end = start + 1;
            while (end < keyed->size() && (*keyed)[end].first == (*keyed)[start].first)
                ++end;
            for (size_t i = start; end - start > 1 && i < end; ++i)
                rows.push_back((*keyed)[i].second);
            start = end;
        }
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    d->candidateRows = rows;
    d->candidateKeys.assign(rows.size(), State::Candidate{});
    return rows;
}

void DatasetCheck::addCandidates(const DataTable &block, int firstRow)
{
    if (!d->dataset)
        return;
    const auto begin =
        std::lower_bound(d->candidateRows.cbegin(), d->candidateRows.cend(), firstRow);
    const auto end = std::lower_bound(begin, d->candidateRows.cend(),
                                      firstRow + static_cast<int>(block.rows.size()));
    std::vector<size_t> indexes;
    for (auto at = begin; at != end; ++at)
        indexes.push_back(static_cast<size_t>(at - d->candidateRows.cbegin()));
    auto fill = [&](size_t index) {
        d->candidateKeys[index] = d->keysFor(block.rows.at(d->candidateRows[index] - firstRow));
    };
    if (indexes.size() > 1000 && d->cores != 1)
        QtConcurrent::blockingMap(indexes, fill);
    else
        std::for_each(indexes.begin(), indexes.end(), fill);
    for (size_t index : indexes)
        d->candidateBytes += d->candidateKeys[index].bytes;
}

void DatasetCheck::addCandidate(const DataRow &row, int rowNumber)
{
    if (!d->dataset)
        return;
    const auto at = std::lower_bound(d->candidateRows.cbegin(), d->candidateRows.cend(), rowNumber);
    if (at == d->candidateRows.cend() || *at != rowNumber)
        return;
    State::Candidate &keys = d->candidateKeys[static_cast<size_t>(at - d->candidateRows.cbegin())];
    d->candidateBytes -= keys.bytes; // given twice: counted once
    keys = d->keysFor(row);
    d->candidateBytes += keys.bytes;
}

DatasetReport DatasetCheck::finish(const SourceCounts &counts, QList<RowFinding> *findings)
{
    DatasetReport report;
    report.name = d->name;
    if (!d->dataset)
        return report;
    reportStructure(counts.header > 0 ? 1 : 0, &report);

    // Dataset rules, on the candidates' real keys.
    if (!d->sorted)
        candidates();
    RuleFlags datasetFindings;
    RuleFlags *flags = findings ? &datasetFindings : nullptr;
    flagUniqueRules(flags);
    flagDuplicateRules(flags);
    reportTallies(&report);

    if (findings) {
        std::stable_sort(datasetFindings.begin(), datasetFindings.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[row, slot] : datasetFindings)
            findings->append(RowFinding{row, d->finding(slot, d->keysOf(row)->line)});
    }

    RowTotals &totals = report.rows;
    totals.data = d->rowCount + d->malformed;
    totals.failed = d->failedRows + d->malformed;
    totals.imported = totals.data - totals.failed;
    totals.empty = counts.empty;
    totals.header = counts.header;
    totals.read = counts.read > 0 ? counts.read : totals.data + totals.empty + totals.header;
    return report;
}

// The table's structure: missing, unknown and duplicate columns, ragged rows, no data rows.
void DatasetCheck::reportStructure(int headerLine, DatasetReport *report) const
{
    const DatasetSpec &dataset = *d->dataset;
    const QString &language = d->compiled.language;
    auto structure = [&](StructureIssue issue, const QString &field, Severity severity,
                         const QList<int> &lines, int count) {
        RuleResult result;
        const MessageTemplate &message = CheckMessages::forStructure(issue);
        result.rule = QString::fromLatin1(message.rule);
        result.field = field;
        result.severity = severity;
        result.count = count;
        result.rows = lines.mid(0, maxListedRows);
        QString detail;
        if (issue == StructureIssue::RaggedRow)
            detail = QString::number(d->columns.size() + d->unknownColumns.size());
        result.message = CheckMessages::text(message, language, field, detail);
        report->rules.append(result);
    };
    const QList<int> headerRows = headerLine ? QList<int>{headerLine} : QList<int>{};

    // Columns: a missing column is reported once, as an error when the round requires the field.
    for (int f = 0; f < d->fieldCount; ++f) {
        const FieldSpec &spec = dataset.fields.at(f);
        const bool expected = d->format.isEmpty() ? spec.requirement != Requirement::LocalOnly
                                                  : spec.columns.contains(d->format);
        if (d->columnOf[f] >= 0 || !expected)
            continue;
        const bool requiredInRound =
            spec.requirement == Requirement::Required ||
            (spec.requirement == Requirement::RequiredFrom &&
             d->compiled.round >= d->compiled.requiredFromRound.at(d->datasetIndex).at(f));
        structure(StructureIssue::MissingColumn, columnName(dataset, d->format, f),
                  requiredInRound ? Severity::Error : Severity::Warning, headerRows, 1);
    }
    for (const QString &column : std::as_const(d->unknownColumns))
        structure(StructureIssue::UnknownColumn, column, Severity::Warning, headerRows, 1);
    for (const QString &column : std::as_const(d->duplicateColumns))
        structure(StructureIssue::DuplicateColumn, column, Severity::Warning, headerRows, 1);
    if (d->malformed > 0) {
        QList<int> lines;
        for (int i = 0; i < d->ragged.listed; ++i)
            lines.append(d->ragged.rows[i]);
        structure(StructureIssue::RaggedRow, QString(), Severity::Error, lines, d->malformed);
    }
    if (d->rowCount == 0 && d->malformed == 0 && headerLine)
        structure(StructureIssue::NoDataRows, QString(), Severity::Warning, headerRows, 1);
}

// Unique rules: rows whose keys are equal (codes without regard to case).
void DatasetCheck::flagUniqueRules(RuleFlags *flags)
{
    const DatasetSpec &dataset = *d->dataset;
    for (qsizetype u = 0; u < d->uniqueRules.size(); ++u) {
        const DatasetRuleSpec &rule = dataset.datasetRules.at(d->uniqueRules.at(u));
        auto sameKey = [&](int a, int b) {
            const State::Candidate *left = d->keysOf(a);
            const State::Candidate *right = d->keysOf(b);
            if (!left || !right)
                return false;
            const QList<int> &fields = rule.keys.first();
            for (qsizetype k = 0; k < fields.size(); ++k) {
                const bool code = dataset.fields.at(fields.at(k)).type == FieldType::Enum;
                if (left->unique.at(u).at(k).compare(right->unique.at(u).at(k),
                                                     code ? Qt::CaseInsensitive
                                                          : Qt::CaseSensitive) != 0)
                    return false;
            }
            return true;
        };
        for (int row : repeatedKeys(d->uniqueKeys[u], sameKey))
            flagRow(d->uniqueRules.at(u), row, flags);
    }
}

// Duplicate rules ("the same person"): rows that share the key of any of the rule's groups.
void DatasetCheck::flagDuplicateRules(RuleFlags *flags)
{
    for (qsizetype r = 0; r < d->duplicateRules.size(); ++r) {
        // The index of this rule's first group among a candidate's duplicate keys.
        qsizetype first = 0;
        for (qsizetype before = 0; before < r; ++before)
            first += d->groupAvailable.at(before).size();
        std::vector<int> duplicates;
        for (qsizetype g = 0; g < d->groupAvailable.at(r).size(); ++g) {
            if (!d->groupAvailable.at(r).at(g))
                continue;
            auto sameKey = [&](int a, int b) {
                const State::Candidate *left = d->keysOf(a);
                const State::Candidate *right = d->keysOf(b);
                if (!left || !right)
                    return false;
                const QString &leftKey = left->duplicate.at(first + g);
                return !leftKey.isNull() && leftKey == right->duplicate.at(first + g);
            };
            const std::vector<int> rows = repeatedKeys(d->duplicateKeys[r][g], sameKey);
            duplicates.insert(duplicates.end(), rows.begin(), rows.end());
        }
        std::sort(duplicates.begin(), duplicates.end());
        duplicates.erase(std::unique(duplicates.begin(), duplicates.end()), duplicates.end());
        for (int row : duplicates)
            flagRow(d->duplicateRules.at(r), row, flags);
    }
}

void DatasetCheck::flagRow(int ruleIndex, int row, RuleFlags *flags)
{
    const State::Candidate *candidate = d->keysOf(row);
    if (!candidate)
        return; // not handed back: the caller broke the protocol; never a false finding
    const auto [severity, cleared] = candidate->rules.at(ruleIndex);
    const int slot = d->layout.datasetRuleSlot(ruleIndex, cleared);
    d->tallies[slot].add(candidate->line);
    if (severity == Severity::Error && !cleared && !d->failed[static_cast<size_t>(row)]) {
        d->failed[static_cast<size_t>(row)] = true;
        ++d->failedRows;
    }
    if (flags)
        flags->emplace_back(row, slot);
}

// The tallies become the report's rule entries, in the layout's order.
void DatasetCheck::reportTallies(DatasetReport *report) const
{
    for (int slot = 0; slot < d->layout.size(); ++slot) {
        const Tally &tally = d->tallies[slot];
        if (!tally.count)
            continue;
        RuleResult result;
        int field = -1;
        d->describe(slot, &result.rule, &field, &result.severity, &result.message, &result.cleared);
        result.field = columnName(*d->dataset, d->format, field);
        result.count = tally.count;
        for (int i = 0; i < tally.listed; ++i)
            result.rows.append(tally.rows[i]);
        report->rules.append(result);
    }
}

Finding DatasetCheck::raggedFinding(int line) const
{
    const MessageTemplate &message = CheckMessages::forStructure(StructureIssue::RaggedRow);
    return Finding{
        line,
        QString::fromLatin1(message.rule),
        QString(),
        Severity::Error,
        CheckMessages::text(message, d->compiled.language, QString(),
                            QString::number(d->columns.size() + d->unknownColumns.size())),
        false};
}

void DatasetCheck::merge(const QList<RowFinding> &rowFindings,
                         const QList<RowFinding> &datasetFindings, QList<Finding> *out)
{
    qsizetype a = 0;
    qsizetype b = 0;
    while (a < rowFindings.size() || b < datasetFindings.size()) {
        // A row's own findings come before the dataset rules' on it.
        if (b == datasetFindings.size() ||
            (a < rowFindings.size() && rowFindings.at(a).row <= datasetFindings.at(b).row))
            out->append(rowFindings.at(a++).finding);
        else
            out->append(datasetFindings.at(b++).finding);
    }
}

qint64 DatasetCheck::memoryBytes() const
{
    qint64 bytes = static_cast<qint64>(d->failed.capacity() / 8) + d->candidateBytes;
    for (const auto &rule : d->uniqueKeys) {
        for (const KeyedRows &bucket : rule)
            bytes += static_cast<qint64>(bucket.capacity() * sizeof(KeyedRows::value_type));
    }
    for (const auto &rule : d->duplicateKeys) {
        for (const auto &group : rule) {
            for (const KeyedRows &bucket : group)
                bytes += static_cast<qint64>(bucket.capacity() * sizeof(KeyedRows::value_type));
        }
    }
    return bytes;
}

} // namespace veldboek
