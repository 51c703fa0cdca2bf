#pragma once

#include "DataTable.h"
#include "ValidationReport.h"
#include "Validator.h"

#include <memory>
#include <vector>

namespace veldboek {

// The technical check of one dataset fed as a stream of blocks of rows: what
// Validator::checkDataset gives for a whole table (which is this check with the table as its one
// block), with memory bounded by the block in hand plus a compact key per row.
//
// Per-row checks (field checks, cross-field rules) run on each block as it arrives and are
// tallied at once. What the dataset rules need across rows (uniqueness, likely duplicates) is kept
// as a 64-bit hash of each row's key and the row's number, never the rows. After the last block,
// candidates() lists the rows whose key hash is shared with another row; the caller hands those
// rows back through addCandidates() (the table itself, or a second read of the package in
// endpoint/SubmissionCheck.cpp), so their real keys decide: a hash collision is never a finding.
// finish() then gives the report.
//
// Rows are numbered in the order they were added, from 0, over all blocks.
class DatasetCheck
{
public:
    struct RowFinding
    {
        int row = 0; // the row's number in the stream
        Finding finding;
    };

    // `shape`: the dataset, format, columns, unknown and duplicate columns of the table the blocks
    // belong to (its rows are not read). `validator` must outlive the check. `cores` as for
    // Validator::checkDataset.
    DatasetCheck(const Validator &validator, const DataTable &shape, int cores = 0);
    ~DatasetCheck();
    DatasetCheck(const DatasetCheck &) = delete;
    DatasetCheck &operator=(const DatasetCheck &) = delete;

    // Checks a block: its rows (columns as in `shape`) and its malformed rows. With `findings`,
    // the rows' own findings (not the dataset rules'), in row order.
    void add(const DataTable &block, QList<RowFinding> *findings = nullptr);
    // The rows' own findings of a block, without adding it: for a caller that reads the data
    // again once the dataset rules are known (SubmissionCheck's tally).
    QList<Finding> rowFindings(const DataTable &block) const;
    int rows() const;

    // After the last block: the rows whose key hash for a dataset rule is shared with another
    // row, ascending. Each must be given back through addCandidates() before finish().
    std::vector<int> candidates();
    // The candidates among `block`'s rows, numbered from `firstRow` (the blocks again, in order:
    // a second read, or the whole table as one block). Their keys are taken on the thread pool.
    void addCandidates(const DataTable &block, int firstRow);
    // One candidate row read again on its own, with its line as in the stream (a caller that can
    // read a row by its number: check/RegisterCheck.cpp reads the participants by id).
    void addCandidate(const DataRow &row, int rowNumber);

    // The report. With `findings`, the dataset rules' findings (row order, then rule order).
    // The structure findings (columns, ragged rows) are counted in the report only.
    DatasetReport finish(const SourceCounts &counts, QList<RowFinding> *findings = nullptr);

    // The finding Validator::checkDataset lists for a malformed row.
    Finding raggedFinding(int line) const;
    // Row findings then dataset findings of the same row, as Validator::checkDataset lists them.
    static void merge(const QList<RowFinding> &rowFindings,
                      const QList<RowFinding> &datasetFindings, QList<Finding> *out);

    // What the check holds across blocks (key hashes, candidates' keys), in bytes: the endpoint
    // keeps it under `--max-check-mb` (docs/endpoint.md).
    qint64 memoryBytes() const;

    // Keeps only these bits of every key hash, so that different keys share hashes: how
    // tests/validation/tst_datasetcheck.cpp makes the exact re-check of candidates decide.
    void setKeyHashMask(quint64 mask);

private:
    struct State;
    // The parts of finish(). A dataset rule's finding is kept as (row, slot) for the findings
    // list when the caller asks for it (`flags` non-null).
    using RuleFlags = std::vector<std::pair<int, int>>;
    void reportStructure(int headerLine, DatasetReport *report) const;
    void flagUniqueRules(RuleFlags *flags);
    void flagDuplicateRules(RuleFlags *flags);
    void flagRow(int ruleIndex, int row, RuleFlags *flags);
    void reportTallies(DatasetReport *report) const;

    std::unique_ptr<State> d;
};

} // namespace veldboek
