#include "SelfRegForm.h"

#include "Localization.h"

#include <QJsonArray>

namespace veldboek {

const QString SelfRegForm::Dataset = QStringLiteral("participants");

SelfRegForm::SelfRegForm(const Spec &spec, const QString &language, const QDate &today)
    : m_validator(std::make_shared<const Validator>(spec, QString(), today, language))
    , m_visibility(m_validator, Dataset)
{
    const DatasetSpec *dataset = spec.dataset(Dataset);
    if (!dataset)
        return;
    // The order of the kiosk (app/gui/kiosk/KioskForm.cpp, buildFields): the spec's groups.
    for (const auto &[group, indexes] : dataset->fieldsByGroup()) {
        for (const int index : indexes) {
            if (dataset->fields.at(index).selfRegistration)
                m_keys.append(dataset->fields.at(index).key);
        }
    }
}

QJsonObject SelfRegForm::describe() const
{
    const QString lang = language();
    const DatasetSpec *dataset = m_validator->spec().dataset(Dataset);
    QJsonArray fields;
    for (const QString &key : m_keys) {
        const FieldSpec *field = dataset->field(key);
        QJsonObject o{{QStringLiteral("key"), key},
                      {QStringLiteral("type"), fieldTypeName(field->type)},
                      {QStringLiteral("label"), field->selfLabel.text(lang)},
                      {QStringLiteral("help"), field->selfHelp.text(lang)},
                      {QStringLiteral("required"), m_validator->isRequired(Dataset, key, {})},
                      {QStringLiteral("maxLength"), field->maxLength}};
        if (field->type == FieldType::Enum) {
            QJsonArray codes;
            for (const CodeSpec &code : field->codes)
                codes.append(QJsonObject{{QStringLiteral("code"), code.code},
                                         {QStringLiteral("label"), code.label.text(lang)}});
            o.insert(QStringLiteral("codes"), codes);
        } else if (field->type == FieldType::Bool) {
            // A tick box: ticked is "ja", not ticked "nee" (core/validation/FieldValue.cpp).
            o.insert(QStringLiteral("codes"),
                     QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("ja")},
                                            {QStringLiteral("label"), pick(lang, "Ja", "Yes")}},
                                QJsonObject{{QStringLiteral("code"), QStringLiteral("nee")},
                                            {QStringLiteral("label"), pick(lang, "Nee", "No")}}});
        }
        fields.append(o);
    }
    return {{QStringLiteral("fields"), fields}};
}

SelfRegForm::Result SelfRegForm::check(const Record &asSent) const
{
    Record record;
    for (const QString &key : m_keys)
        record.insert(key, asSent.value(key).trimmed());
    // A field the answers so far hide is emptied, as the kiosk does (KioskForm::onEdited): a
    // hidden value can be neither seen nor corrected, and the engine would clear it anyway.
    const QSet<QString> hidden = m_visibility.hiddenOnSelfRegistration(record, m_keys);
    for (const QString &key : hidden)
        record.insert(key, QString());
    // The most severe finding per field, record rules included (opt-out, no address), as the
    // kiosk shows it (app/gui/participants/FieldVisibility.cpp, showFindings).
    const QList<Finding> findings = m_validator->checkRecord(Dataset, record);
    QHash<QString, const Finding *> worst;
    for (const Finding &finding : findings) {
        const Finding *&current = worst[finding.field];
        if (!current || finding.severity > current->severity)
            current = &finding;
    }
    Result result;
    for (const QString &key : m_keys) {
        const QString value = record.value(key);
        const FieldCheck fieldCheck = m_validator->checkField(Dataset, key, value, record);
        const bool shown = !hidden.contains(key);
        const Finding *finding = shown ? worst.value(key) : nullptr;
        const Severity severity = finding ? finding->severity : Severity::None;
        result.errors = result.errors || severity == Severity::Error;
        const QString normalised = value.isEmpty() ? QString() : fieldCheck.normalised;
        result.normalised.insert(key, normalised);
        result.fields.insert(
            key, QJsonObject{{QStringLiteral("message"), finding ? finding->message : QString()},
                             {QStringLiteral("severity"),
                              severity == Severity::None ? QString() : severityName(severity)},
                             {QStringLiteral("normalised"), normalised},
                             {QStringLiteral("required"),
                              shown && m_validator->isRequired(Dataset, key, record)},
                             {QStringLiteral("shown"), shown}});
    }
    return result;
}

} // namespace veldboek
