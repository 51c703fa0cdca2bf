#include "SpecChangeReport.h"

#include "storage/Register.h"
#include "storage/RegisterDatasets.h"

#include <QCoreApplication>
#include <QSet>

namespace veldboek {

std::optional<QList<DataTable>> SpecChangeReport::tables(Register &reg, const Spec &spec,
                                                         QString *error)
{
    QList<DataTable> tables;
    const RegisterDatasets datasets(reg);
    const QStringList known = RegisterDatasets::datasets();
    for (const DatasetSpec &dataset : spec.datasets) {
        if (!known.contains(dataset.name))
            continue; // a dataset this build does not store has no rows in the register
        QStringList columns;
        for (const FieldSpec &field : dataset.fields)
            columns.append(field.key);
        RegisterDatasets::Table table;
        if (!datasets.load(dataset.name, columns, &table)) {
            *error = reg.lastError().message();
            return std::nullopt;
        }
        tables.append(std::move(table.table));
    }
    return tables;
}

std::optional<SpecChangeReport> SpecChangeReport::compare(Register &reg, const Spec &before,
                                                          const Spec &after,
                                                          const QString &language, QString *error)
{
    const std::optional<QList<DataTable>> tables = SpecChangeReport::tables(reg, after, error);
    if (!tables)
        return std::nullopt;
    const Validator oldValidator(before, {}, QDate::currentDate(), language);
    const Validator newValidator(after, {}, QDate::currentDate(), language);
    SpecChangeReport report;
    report.changes = SpecComparison::compare(oldValidator, newValidator, *tables);
    // A record is affected when the new spec gives it a finding (rule and field) the old one did
    // not: the rows the problems panel would newly show.
    for (const DataTable &table : *tables) {
        QList<Finding> oldFindings;
        QList<Finding> newFindings;
        if (before.dataset(table.dataset))
            oldValidator.checkDataset(table, &oldFindings);
        newValidator.checkDataset(table, &newFindings);
        QSet<QString> old;
        for (const Finding &finding : std::as_const(oldFindings))
            old.insert(QString::number(finding.line) + QLatin1Char('/') + finding.rule +
                       QLatin1Char('/') + finding.field);
        QSet<int> affected;
        for (const Finding &finding : std::as_const(newFindings)) {
            if (finding.severity != Severity::None &&
                !old.contains(QString::number(finding.line) + QLatin1Char('/') + finding.rule +
                              QLatin1Char('/') + finding.field))
                affected.insert(finding.line);
        }
        report.affectedRows += static_cast<int>(affected.size());
    }
    return report;
}

QString SpecChangeReport::toText(const QString &language) const
{
    return SpecComparison::toText(changes, language).trimmed() + QLatin1Char('\n') +
           QCoreApplication::translate("SpecChangeReport", "Records affected: %1.")
               .arg(affectedRows);
}

} // namespace veldboek
