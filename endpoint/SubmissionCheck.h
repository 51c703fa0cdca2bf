#pragma once

#include "submission/PackageReader.h"
#include "validation/Spec.h"
#include "validation/SpecDocument.h"

#include <QDate>
#include <QJsonObject>
#include <deque>
#include <future>
#include <map>
#include <memory>

namespace veldboek {

class Validator;
struct CsvDocument;

// The outcome of the technical check of one submission.
struct CheckOutcome
{
    bool approved = false;
    QJsonObject report; // {"status", "reports": [one report per spec, docs/api.md's shape]}
    QJsonObject tally;  // DashboardTally of the rows that were imported
};

// The endpoint's technical check: core's validation engine with the embedded specs (the same the
// client validates against), then the dashboard tally of what was imported. Errors in required
// fields reject the submission; invalid optional values are cleared before anything is counted.
//
// It runs as the package is read, a block of rows at a time: each block is checked
// (core/validation/DatasetCheck.h), its failed rows left out and its invalid optional values
// cleared, then tallied (core/dashboard/DatasetTally.h), and freed. What is held is the block and
// the dataset rules' compact keys, whatever the package's size (docs/endpoint.md). The package is
// read again only when the dataset rules need it: when rows share a key hash (the candidates'
// real keys decide), and, when such a row fails or loses a value, once more for the tally.
//
// The worker's use: collect() on a PackageReader, feed it the package, then finishRead(); while
// needsAnotherRead(), the same with a new reader; then outcome().
class SubmissionCheck
{
public:
    // `specs`: the specs the endpoint serves (`serve --specs DIR`); null for the built-in ones.
    explicit SubmissionCheck(const QString &language, const QDate &today = QDate::currentDate(),
                             qint64 maxCheckBytes = 256LL * 1024 * 1024,
                             SharedSpecs specs = nullptr);
    ~SubmissionCheck();
    SubmissionCheck(const SubmissionCheck &) = delete;
    SubmissionCheck &operator=(const SubmissionCheck &) = delete;

    // Whether the package's datasets can be checked: a known spec and dataset and a header that
    // matches it. Those are package problems (422), not findings; false with `problems` added.
    // The request thread's check of the headers, before any row is read.
    bool checkHeaders(const ReadPackage &package, QList<PackageProblem> *problems);
    // Checks `reader`'s records while it reads.
    void collect(PackageReader &reader);
    // What collect() sets as `reader`'s record sink, for a caller that forwards to it: the
    // upload's own reading goes on when the check gives up (SubmissionSpool).
    PackageReader::RecordSink recordSink(PackageReader &reader);
    // After the package was read through collect()'s reader: the check of the headers, and what
    // the read decided. False with `problems` when the package cannot be checked.
    bool finishRead(const ReadPackage &package, QList<PackageProblem> *problems);
    bool needsAnotherRead() const;
    // Set when collect() stopped the reader: the check would pass maxCheckBytes.
    std::optional<PackageProblem> overBudget() const { return m_overBudget; }
    // Set when collect() stopped a read for the candidates' keys at the first record after the
    // last file with candidates: the rest would only be parsed to get past it (issue 18). The
    // worker then finishes that read with firstRead(), what the first, whole read found.
    bool stoppedEarly() const { return m_stoppedEarly; }
    const ReadPackage &firstRead() const { return m_firstRead; }
    // The most the check held at once by its estimate (the block in hand and the keys).
    qint64 peakBytes() const { return m_peakBytes; }
    CheckOutcome outcome() const;

private:
    enum class Pass { Check, Candidates, Tally, Done };
    struct File;
    void flush(File &file);
    void waitForFlush();
    void checkRecords(File &file, const CsvDocument &records);
    void checkBlock(File &file, DataTable &block);
    void finishDatasets(const ReadPackage &package);
    const Spec *specFor(const QString &id);
    const Validator *validatorFor(const Spec &spec);
    void setOverBudget(const File &file, int line);

    QString m_language;
    QDate m_today;
    qint64 m_maxCheckBytes;
    qint64 m_blockBytes = 0; // the estimate of the records in hand
    qint64 m_keyBytes = 0;   // what the checks and tallies hold across blocks
    qint64 m_peakBytes = 0;
    std::optional<PackageProblem> m_overBudget;
    Pass m_pass = Pass::Check;
    bool m_stoppedEarly = false;
    qsizetype m_lastCandidateFile = -1; // the candidates read stops after it
    ReadPackage m_firstRead;            // files, lines and counts: the same on every read
    SharedSpecs m_served;               // the served specs, when not the built-in ones
    std::deque<Spec> m_specs;           // grows without moving: Files point at them
    QStringList m_unknownSpecs;
    std::map<QString, std::unique_ptr<Validator>> m_validators;
    std::vector<std::unique_ptr<File>> m_files;
    std::future<void> m_flushing; // the block in check, on its own thread (flush())
    qint64 m_flushingBytes = 0;
};

} // namespace veldboek
