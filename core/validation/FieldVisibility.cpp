#include "FieldVisibility.h"

namespace veldboek {

FieldVisibility::FieldVisibility(std::shared_ptr<const Validator> validator, const QString &dataset)
    : m_validator(std::move(validator))
    , m_dataset(dataset)
{
    if (!m_validator)
        return;
    const DatasetSpec *spec = m_validator->spec().dataset(dataset);
    if (!spec)
        return;
    for (const RuleSpec &rule : spec->rules) {
        if (rule.require.kind == Predicate::Kind::Empty && rule.require.field == rule.field &&
            rule.when)
            m_emptinessRules.append({rule.id, spec->fields.at(rule.field).key});
    }
}

QSet<QString> FieldVisibility::hiddenFields(const Record &record) const
{
    QSet<QString> hidden;
    if (!m_validator)
        return hidden;
    // Asks the engine: would a value in this field break the rule that wants it empty now?
    for (const auto &[rule, key] : m_emptinessRules) {
        if (hidden.contains(key))
            continue;
        Record probe = record;
        if (probe.value(key).isEmpty())
            probe.insert(key, QStringLiteral("1"));
        const QList<Finding> findings = m_validator->checkRecord(m_dataset, probe);
        for (const Finding &finding : findings) {
            if (finding.rule == rule && finding.field == key) {
                hidden.insert(key);
                break;
            }
        }
    }
    return hidden;
}

QSet<QString> FieldVisibility::hiddenOnSelfRegistration(const Record &record,
                                                        const QStringList &formFields) const
{
    QSet<QString> hidden = hiddenFields(record);
    const DatasetSpec *spec = m_validator ? m_validator->spec().dataset(m_dataset) : nullptr;
    if (!spec)
        return hidden;
    for (const QString &key : formFields) {
        const FieldSpec *field = spec->field(key);
        if (field && field->condition && !m_validator->isRequired(m_dataset, key, record))
            hidden.insert(key);
    }
    return hidden;
}

} // namespace veldboek
