#include "FieldVisibility.h"

#include "FieldEditor.h"

#include <QHash>

namespace veldboek::gui {

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

void showFindings(const QList<FieldEditor *> &editors, const Validator &validator,
                  const QString &dataset, const Record &record, const QList<Finding> &findings,
                  const std::function<bool(const QString &key)> &speaks)
{
    QHash<QString, const Finding *> worst;
    for (const Finding &finding : findings) {
        const Finding *&current = worst[finding.field];
        if (!current || finding.severity > current->severity)
            current = &finding;
    }
    for (FieldEditor *editor : editors) {
        const QString &key = editor->key();
        editor->setRequired(validator.isRequired(dataset, key, record));
        const Finding *finding = worst.value(key);
        if (finding && speaks(key))
            editor->showCheck(finding->severity, finding->message);
        else
            editor->showCheck(Severity::None, {});
    }
}

} // namespace veldboek::gui
