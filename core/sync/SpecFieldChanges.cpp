#include "SpecFieldChanges.h"

#include <QCoreApplication>

namespace veldboek {

namespace {

bool isRequired(const FieldSpec &field)
{
    return field.requirement == Requirement::Required ||
           field.requirement == Requirement::RequiredFrom;
}

// The limits a value is checked against, apart from the requirement (SpecComparison says that
// one) and the code list (its own changes).
bool sameRule(const FieldSpec &a, const FieldSpec &b)
{
    return a.type == b.type && a.minimum == b.minimum && a.maximum == b.maximum &&
           a.maxLength == b.maxLength && a.digitsOnly == b.digitsOnly &&
           a.notFuture == b.notFuture && a.notBefore == b.notBefore;
}

QStringList codesOf(const FieldSpec &field)
{
    QStringList codes;
    for (const CodeSpec &code : field.codes)
        codes.append(code.code);
    return codes;
}

FieldChange change(FieldChange::Kind kind, const QString &dataset, const FieldSpec &field,
                   const QString &language)
{
    FieldChange result;
    result.kind = kind;
    result.dataset = dataset;
    result.field = field.key;
    result.label = field.label.text(language);
    if (result.label.isEmpty())
        result.label = field.key;
    result.required = isRequired(field);
    return result;
}

void compareField(const QString &dataset, const FieldSpec &old, const FieldSpec &now,
                  const QString &language, QList<FieldChange> *changes)
{
    if (old.type == FieldType::Enum && now.type == FieldType::Enum) {
        const QStringList oldCodes = codesOf(old);
        const QStringList newCodes = codesOf(now);
        FieldChange added = change(FieldChange::Kind::CodesAdded, dataset, now, language);
        FieldChange removed = change(FieldChange::Kind::CodesRemoved, dataset, now, language);
        for (const QString &code : newCodes) {
            if (!oldCodes.contains(code))
                added.codes.append(code);
        }
        for (const QString &code : oldCodes) {
            if (!newCodes.contains(code))
                removed.codes.append(code);
        }
        if (!added.codes.isEmpty())
            changes->append(added);
        if (!removed.codes.isEmpty())
            changes->append(removed);
    }
    if (!sameRule(old, now))
        changes->append(change(FieldChange::Kind::RuleChanged, dataset, now, language));
}

} // namespace

namespace SpecFieldChanges {

QList<FieldChange> compare(const Spec &before, const Spec &after, const QString &language)
{
    QList<FieldChange> changes;
    for (const DatasetSpec &dataset : after.datasets) {
        const DatasetSpec *old = before.dataset(dataset.name);
        if (!old)
            continue; // a whole new dataset: its findings are SpecComparison's
        for (const FieldSpec &field : dataset.fields) {
            const FieldSpec *previous = old->field(field.key);
            if (!previous)
                changes.append(change(FieldChange::Kind::NewField, dataset.name, field, language));
            else
                compareField(dataset.name, *previous, field, language, &changes);
        }
        for (const FieldSpec &field : old->fields) {
            if (!dataset.field(field.key))
                changes.append(
                    change(FieldChange::Kind::RemovedField, dataset.name, field, language));
        }
    }
    return changes;
}

void describe(FieldChange &change)
{
    const QString codes = change.codes.join(QLatin1String(", "));
    switch (change.kind) {
    case FieldChange::Kind::NewField:
        change.message =
            (change.required
                 ? QCoreApplication::translate("SpecChangeReport",
                                               "New required field %1; records affected: %n.",
                                               nullptr, change.affected)
                 : QCoreApplication::translate("SpecChangeReport",
                                               "New field %1 (optional); records affected: %n.",
                                               nullptr, change.affected))
                .arg(change.label);
        break;
    case FieldChange::Kind::RemovedField:
        change.message = QCoreApplication::translate(
                             "SpecChangeReport",
                             "%1 is no longer asked for; its values stay in the register, "
                             "marked as no longer requested; records with a value: %n.",
                             nullptr, change.affected)
                             .arg(change.label);
        break;
    case FieldChange::Kind::CodesAdded:
        change.message =
            QCoreApplication::translate("SpecChangeReport",
                                        "%1 accepts new codes: %2; records no longer flagged: %n.",
                                        nullptr, change.affected)
                .arg(change.label, codes);
        break;
    case FieldChange::Kind::CodesRemoved:
        change.message = QCoreApplication::translate(
                             "SpecChangeReport", "%1 no longer accepts: %2; records affected: %n.",
                             nullptr, change.affected)
                             .arg(change.label, codes);
        break;
    case FieldChange::Kind::RuleChanged:
        change.message = QCoreApplication::translate(
                             "SpecChangeReport", "The rule for %1 changed; records affected: %n.",
                             nullptr, change.affected)
                             .arg(change.label);
        break;
    }
}

} // namespace SpecFieldChanges

} // namespace veldboek
