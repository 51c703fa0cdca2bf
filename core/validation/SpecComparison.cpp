#include "SpecComparison.h"

#include "Localization.h"

#include <QMap>
#include <algorithm>

namespace veldboek {

namespace {

QString describe(const Validator &validator, const Validator &other, bool english)
{
    if (validator.spec().version != other.spec().version)
        return (english ? QStringLiteral("version ") : QStringLiteral("versie ")) +
               validator.spec().version;
    return (english ? QStringLiteral("round ") : QStringLiteral("ronde ")) + validator.round();
}

QString key(const QString &dataset, const RuleResult &rule)
{
    return dataset + QLatin1Char('\x1f') + rule.rule + QLatin1Char('\x1f') + rule.field +
           QLatin1Char('\x1f') + (rule.cleared ? QLatin1Char('1') : QLatin1Char('0'));
}

QString requirementMessage(const Validator &after, const QString &datasetName,
                           const QString &fieldKey, int count, bool english)
{
    const DatasetSpec *dataset = after.spec().dataset(datasetName);
    const FieldSpec *field = dataset ? dataset->field(fieldKey) : nullptr;
    if (!field)
        return {};
    const QString language = english ? QStringLiteral("en") : QStringLiteral("nl");
    const QString label = field->label.text(language);
    const QString who = dataset->label.text(language).toLower();
    if (field->requirement == Requirement::RequiredFrom) {
        return english ? QStringLiteral("From round %1, %2 is required for %3 who start in that "
                                        "round or later: %4 need it.")
                             .arg(field->requiredFrom, label, who)
                             .arg(count)
                       : QStringLiteral("Vanaf ronde %1 is %2 verplicht voor %3 die in die ronde "
                                        "of later starten: %4 hebben het nodig.")
                             .arg(field->requiredFrom, label, who)
                             .arg(count);
    }
    return english
               ? QStringLiteral("%1 is now required: %2 need it.").arg(label).arg(count)
               : QStringLiteral("%1 is nu verplicht: %2 hebben het nodig.").arg(label).arg(count);
}

} // namespace

QList<SpecChange> SpecComparison::compare(const Validator &before, const Validator &after,
                                          const QList<DataTable> &tables)
{
    const bool english = isEnglish(after.language());
    const ValidationReport old = before.validate(tables);
    const ValidationReport now = after.validate(tables);
    QMap<QString, std::pair<QString, RuleResult>> oldRules;
    for (const DatasetReport &dataset : old.datasets) {
        for (const RuleResult &rule : dataset.rules)
            oldRules.insert(key(dataset.name, rule), {dataset.name, rule});
    }
    const QString oldName = describe(before, after, english);
    const QString newName = describe(after, before, english);

    QList<SpecChange> changes;
    for (const DatasetReport &dataset : now.datasets) {
        for (const RuleResult &rule : dataset.rules) {
            const QString k = key(dataset.name, rule);
            const auto previous = oldRules.take(k);
            const int beforeCount = previous.first.isEmpty() ? 0 : previous.second.count;
            if (beforeCount == rule.count)
                continue;
            SpecChange change;
            change.kind = beforeCount == 0
                              ? SpecChange::Kind::NewFinding
                              : (rule.count > beforeCount ? SpecChange::Kind::MoreRows
                                                          : SpecChange::Kind::FewerRows);
            change.dataset = dataset.name;
            change.rule = rule.rule;
            change.field = rule.field;
            change.severity = rule.severity;
            change.cleared = rule.cleared;
            change.before = beforeCount;
            change.after = rule.count;
            change.rows = rule.rows;
            if (rule.rule == QLatin1String("required") && change.after > change.before) {
                // The register's fields are named by key; a file's by column: try both.
                QString fieldKey = rule.field;
                if (const DatasetSpec *spec = after.spec().dataset(dataset.name)) {
                    for (const FieldSpec &field : spec->fields) {
                        if (field.key == rule.field || field.columns.values().contains(rule.field))
                            fieldKey = field.key;
                    }
                }
                change.message = requirementMessage(after, dataset.name, fieldKey,
                                                    change.after - change.before, english);
            }
            if (change.message.isEmpty()) {
                change.message =
                    (english ? QStringLiteral("%1 → %2: %3 rows instead of %4: %5")
                             : QStringLiteral("%1 → %2: %3 rijen in plaats van %4: %5"))
                        .arg(oldName, newName, QString::number(change.after),
                             QString::number(change.before), rule.message);
            }
            changes.append(change);
        }
    }
    for (auto it = oldRules.cbegin(); it != oldRules.cend(); ++it) {
        const RuleResult &rule = it->second;
        SpecChange change;
        change.kind = SpecChange::Kind::ResolvedFinding;
        change.dataset = it->first;
        change.rule = rule.rule;
        change.field = rule.field;
        change.severity = rule.severity;
        change.cleared = rule.cleared;
        change.before = rule.count;
        change.rows = rule.rows;
        change.message = english ? QStringLiteral("No longer found under %1 (was %2 rows under "
                                                  "%3): %4")
                                       .arg(newName)
                                       .arg(rule.count)
                                       .arg(oldName, rule.message)
                                 : QStringLiteral("Onder %1 niet meer gevonden (was %2 rijen "
                                                  "onder %3): %4")
                                       .arg(newName)
                                       .arg(rule.count)
                                       .arg(oldName, rule.message);
        changes.append(change);
    }
    std::stable_sort(changes.begin(), changes.end(), [](const SpecChange &a, const SpecChange &b) {
        return (a.severity == Severity::Error && !a.cleared) >
               (b.severity == Severity::Error && !b.cleared);
    });
    return changes;
}

QString SpecComparison::toText(const QList<SpecChange> &changes, const QString &language)
{
    if (changes.isEmpty())
        return isEnglish(language) ? QStringLiteral("Nothing changes for this register.\n")
                                   : QStringLiteral("Voor dit register verandert er niets.\n");
    QString text;
    for (const SpecChange &change : changes)
        text += QStringLiteral("- ") + change.message + QLatin1Char('\n');
    return text;
}

} // namespace veldboek
