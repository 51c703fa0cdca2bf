#include "SpecChangeReport.h"

#include "storage/Register.h"
#include "storage/RegisterDatasets.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace veldboek {

namespace {

// Per dataset and field, the lines of the findings the new spec adds and of those it drops.
struct FieldLines
{
    QHash<QString, QHash<QString, QSet<int>>> added;
    QHash<QString, QHash<QString, QSet<int>>> resolved;
};

QString findingKey(const Finding &finding)
{
    return QString::number(finding.line) + QLatin1Char('/') + finding.rule + QLatin1Char('/') +
           finding.field;
}

// Each field change's records: a code list that grew, those it no longer flags; a field or rule
// that tightened, those with a new finding on the field; a changed rule, both; a field no longer
// asked for, those with a value (SpecChangeInput::withValue).
void countFieldChanges(const FieldLines &lines, const SpecChangeInput &input,
                       QList<FieldChange> *changes)
{
    for (FieldChange &change : *changes) {
        const QSet<int> added = lines.added.value(change.dataset).value(change.field);
        const QSet<int> resolved = lines.resolved.value(change.dataset).value(change.field);
        switch (change.kind) {
        case FieldChange::Kind::RemovedField:
            change.affected = input.withValue.value(change.dataset).value(change.field);
            break;
        case FieldChange::Kind::CodesAdded:
            change.affected = static_cast<int>(resolved.size());
            break;
        case FieldChange::Kind::RuleChanged:
            change.affected = static_cast<int>((added | resolved).size());
            break;
        default:
            change.affected = static_cast<int>(added.size());
        }
        SpecFieldChanges::describe(change);
    }
}

// The records of `dataset` with a value of each of `keys`, read by key (RegisterDatasets.h).
bool countValues(Register &reg, const QString &dataset, const QStringList &keys,
                 QHash<QString, int> *withValue, QString *error)
{
    RegisterDatasets::Table table;
    if (!RegisterDatasets(reg).load(dataset, keys, &table)) {
        *error = reg.lastError().message();
        return false;
    }
    for (const DataRow &row : std::as_const(table.table.rows)) {
        for (qsizetype c = 0; c < keys.size() && c < row.values.size(); ++c) {
            if (!row.values.at(c).trimmed().isEmpty())
                ++(*withValue)[keys.at(c)];
        }
    }
    return true;
}

} // namespace

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

std::optional<SpecChangeInput> SpecChangeReport::read(Register &reg, const Spec &before,
                                                      const Spec &after, QString *error)
{
    std::optional<QList<RegisterDatasets::Table>> loaded =
        tablesWithParticipants(reg, after, error);
    if (!loaded)
        return std::nullopt;
    // Moved apart, not copied: a large register's tables are held once.
    SpecChangeInput input;
    for (RegisterDatasets::Table &table : *loaded) {
        input.tables.append(std::move(table.table));
        input.participantIds.append(std::move(table.participantIds));
    }
    loaded.reset();
    QHash<QString, QStringList> removed; // dataset -> keys the new spec no longer asks for
    for (const FieldChange &change : SpecFieldChanges::compare(before, after, QString())) {
        if (change.kind == FieldChange::Kind::RemovedField)
            removed[change.dataset].append(change.field);
    }
    const QStringList known = RegisterDatasets::datasets();
    for (auto it = removed.cbegin(); it != removed.cend(); ++it) {
        if (known.contains(it.key()) &&
            !countValues(reg, it.key(), it.value(), &input.withValue[it.key()], error))
            return std::nullopt;
    }
    return input;
}

SpecChangeReport SpecChangeReport::evaluate(const SpecChangeInput &input, const Spec &before,
                                            const Spec &after, const QString &language)
{
    const Validator oldValidator(before, {}, QDate::currentDate(), language);
    const Validator newValidator(after, {}, QDate::currentDate(), language);
    SpecChangeReport report;
    report.changes = SpecComparison::compare(oldValidator, newValidator, input.tables);
    // A record is affected when the new spec gives it a finding (rule and field) the old one did
    // not: the rows the problems panel would newly show.
    QSet<qint64> participants;
    FieldLines fieldLines;
    for (qsizetype t = 0; t < input.tables.size(); ++t) {
        const DataTable &table = input.tables.at(t);
        const QList<qint64> &ids = input.participantIds.at(t);
        QList<Finding> oldFindings;
        QList<Finding> newFindings;
        if (before.dataset(table.dataset))
            oldValidator.checkDataset(table, &oldFindings);
        newValidator.checkDataset(table, &newFindings);
        QSet<QString> old;
        for (const Finding &finding : std::as_const(oldFindings)) {
            if (finding.severity != Severity::None)
                old.insert(findingKey(finding));
        }
        QSet<QString> now;
        QSet<int> affected;
        QHash<QString, QSet<int>> &added = fieldLines.added[table.dataset];
        for (const Finding &finding : std::as_const(newFindings)) {
            if (finding.severity == Severity::None)
                continue;
            const QString key = findingKey(finding);
            now.insert(key);
            if (!old.contains(key)) {
                affected.insert(finding.line);
                added[finding.field].insert(finding.line);
            }
        }
        QHash<QString, QSet<int>> &resolved = fieldLines.resolved[table.dataset];
        for (const Finding &finding : std::as_const(oldFindings)) {
            if (finding.severity != Severity::None && !now.contains(findingKey(finding)))
                resolved[finding.field].insert(finding.line);
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
    report.fieldChanges = SpecFieldChanges::compare(before, after, language);
    countFieldChanges(fieldLines, input, &report.fieldChanges);
    return report;
}

std::optional<SpecChangeReport> SpecChangeReport::compare(Register &reg, const Spec &before,
                                                          const Spec &after,
                                                          const QString &language, QString *error)
{
    const std::optional<SpecChangeInput> input = read(reg, before, after, error);
    if (!input)
        return std::nullopt;
    return evaluate(*input, before, after, language);
}

QString SpecChangeReport::toText(const QString &language) const
{
    QString text;
    for (const FieldChange &change : fieldChanges)
        text += QStringLiteral("- ") + change.message + QLatin1Char('\n');
    // SpecComparison says "nothing changes" when no finding does; not when a field did.
    if (!changes.isEmpty() || fieldChanges.isEmpty())
        text += SpecComparison::toText(changes, language).trimmed() + QLatin1Char('\n');
    return text + QCoreApplication::translate("SpecChangeReport", "Records affected: %1.")
                      .arg(affectedRows);
}

} // namespace veldboek
