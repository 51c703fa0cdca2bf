#pragma once

#include "submission/PackageReader.h"
#include "validation/DataTable.h"
#include "validation/Spec.h"

#include <QDate>
#include <QJsonObject>
#include <QSet>

namespace veldboek {

// The outcome of the technical check of one submission.
struct CheckOutcome
{
    bool approved = false;
    QJsonObject report; // {"status", "reports": [one report per spec, DESIGN.md's shape]}
    QJsonObject tally;  // DashboardTally of the rows that were imported
};

// A package turned into the engine's tables, per spec, ready for the check.
struct PreparedSubmission
{
    QList<std::pair<Spec, QList<DataTable>>> specs;
};

// The endpoint's technical check: core's validation engine with the embedded specs (the same the
// client validates against), then the dashboard tally of what was imported. Errors in required
// fields reject the submission; invalid optional values are cleared before anything is counted.
class SubmissionCheck
{
public:
    // nullopt when the package's datasets cannot be turned into tables (unknown spec or dataset,
    // a header that matches nothing): those are package problems (422), not findings. Without
    // collect() the tables come back without rows: the request thread's check of the headers.
    explicit SubmissionCheck(const QString &language, qint64 maxTableBytes = 256LL * 1024 * 1024);
    ~SubmissionCheck();
    // Builds the tables from `reader`'s records while it reads, a block of rows at a time.
    void collect(PackageReader &reader);
    std::optional<PreparedSubmission> prepare(const ReadPackage &package,
                                              QList<PackageProblem> *problems);
    // Set when collect() stopped the reader: the tables would pass maxTableBytes.
    std::optional<PackageProblem> overBudget() const { return m_overBudget; }
    qint64 tableBytes() const { return m_tableBytes; }
    static CheckOutcome run(PreparedSubmission prepared, const QString &language,
                            const QDate &today);

private:
    struct File;
    void flush(File &file);
    const Spec *specFor(const QString &id);

    QString m_language;
    qint64 m_maxTableBytes;
    qint64 m_tableBytes = 0;
    std::optional<PackageProblem> m_overBudget;
    QSet<QString> m_shortValues; // codes, dates, numbers: one shared copy each
    QList<Spec> m_specs;
    QStringList m_unknownSpecs;
    std::vector<std::unique_ptr<File>> m_files;
};

} // namespace veldboek
