#pragma once

#include "submission/SubmissionPackage.h"

#include <QDate>
#include <QJsonObject>

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
    // a header that matches nothing): those are package problems (422), not findings.
    static std::optional<PreparedSubmission>
    prepare(const ParsedPackage &package, const QString &language, QList<PackageProblem> *problems);
    static CheckOutcome run(PreparedSubmission prepared, const QString &language,
                            const QDate &today);
};

} // namespace veldboek
