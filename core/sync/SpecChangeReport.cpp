#include "SpecChangeReport.h"

#include "storage/Register.h"
#include "storage/RegisterDatasets.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace veldboek {

std::optional<QList<DataTable>> SpecChangeReport::tables(Register &reg, const Spec &spec,
                                                         QString *error)
{
    std::optional<QList<RegisterDatasets::Table>> loaded = tablesWithParticipants(reg, spec, error);
    if (!loaded)
        return std::nullopt;
    QList<DataTable> tables;
    for (RegisterDatasets::Table &table : *loaded)
        tables.append(std::move(table.table));
    return tables;
}

std::optional<QList<RegisterDatasets::Table>>
SpecChangeReport::tablesWithParticipants(Register &reg, const Spec &spec, QString *error)
{
    QList<RegisterDatasets::Table> tables;
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
        tables.append(std::move(table));
    }
    return tables;
}

std::optional<SpecChangeReport> SpecChangeReport::compare(Register &reg, const Spec &before,
                                                          const Spec &after,
                                                          const QString &language, QString *error)
{
    std::optional<QList<RegisterDatasets::Table>> loaded =
        tablesWithParticipants(reg, after, error);
    if (!loaded)
        return std::nullopt;
    // Moved apart, not copied: a large register's tables are held once.
    QList<DataTable> tables;
    QList<QList<qint64>> participantIds;
    for (RegisterDatasets::Table &table : *loaded) {
        tables.append(std::move(table.table));
        participantIds.append(std::move(table.participantIds));
    }
    loaded.reset();
    const Validator oldValidator(before, {}, QDate::currentDate(), language);
    const Validator newValidator(after, {}, QDate::currentDate(), language);
    SpecChangeReport report;
    report.changes = SpecComparison::compare(oldValidator, newValidator, tables);
    // A record is affected when the new spec gives it a finding (rule and field) the old one did
    // not: the rows the problems panel would newly show.
    QSet<qint64> participants;
    for (qsizetype t = 0; t < tables.size(); ++t) {
        const DataTable &table = tables.at(t);
        const QList<qint64> &ids = participantIds.at(t);
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
        // Line 1 is the header: row r of the table is line r + 2 (RegisterDatasets.h).
        for (const int line : std::as_const(affected)) {
            const qsizetype row = line - 2;
            if (row >= 0 && row < ids.size())
                participants.insert(ids.at(row));
        }
    }
    report.affectedParticipants = participants.values();
    std::sort(report.affectedParticipants.begin(), report.affectedParticipants.end());
    return report;
}

QString SpecChangeReport::toText(const QString &language) const
{
    return SpecComparison::toText(changes, language).trimmed() + QLatin1Char('\n') +
           QCoreApplication::translate("SpecChangeReport", "Records affected: %1.")
               .arg(affectedRows);
}

} // namespace veldboek
