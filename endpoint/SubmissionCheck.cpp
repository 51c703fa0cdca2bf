#include "SubmissionCheck.h"

#include "dashboard/DashboardTally.h"
#include "validation/SpecLoader.h"
#include "validation/Validator.h"

#include <QJsonArray>
#include <QSet>

namespace veldboek {

std::optional<PreparedSubmission> SubmissionCheck::prepare(const ParsedPackage &package,
                                                           const QString &language,
                                                           QList<PackageProblem> *problems)
{
    QStringList specIds;
    for (const PackageFile &file : package.files) {
        if (!specIds.contains(file.entry.spec))
            specIds.append(file.entry.spec);
    }
    PreparedSubmission prepared;
    for (const QString &specId : std::as_const(specIds)) {
        SpecError specError;
        std::optional<Spec> spec = SpecLoader::builtin(specId, &specError);
        if (!spec) {
            problems->append(
                {QStringLiteral("unknown-spec"),
                 {},
                 {},
                 0,
                 (language == QLatin1String("en") ? QStringLiteral("Unknown spec: ")
                                                  : QStringLiteral("Onbekende specificatie: ")) +
                     specId});
            continue;
        }
        std::optional<QList<DataTable>> tables =
            SubmissionPackage::tables(package, *spec, language, problems);
        if (tables)
            prepared.specs.append({std::move(*spec), std::move(*tables)});
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
