#include "FieldLabels.h"

#include "Register.h"
#include "validation/SpecLoader.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace veldboek {

namespace {

const QString Setting = QStringLiteral("field_labels");

QString entry(const QString &dataset, const QString &key)
{
    return dataset + QLatin1Char('/') + key;
}

} // namespace

bool FieldLabels::remember(const Spec &spec)
{
    QJsonObject labels =
        QJsonDocument::fromJson(m_register.setting(Setting).toString().toUtf8()).object();
    const QJsonObject before = labels;
    for (const DatasetSpec &dataset : spec.datasets) {
        for (const FieldSpec &field : dataset.fields) {
            if (field.label.nl.isEmpty() && field.label.en.isEmpty())
                continue;
            labels.insert(entry(dataset.name, field.key),
                          QJsonObject{{QStringLiteral("nl"), field.label.nl},
                                      {QStringLiteral("en"), field.label.en}});
        }
    }
    if (labels == before)
        return true;
    return m_register.setSetting(
        Setting, QString::fromUtf8(QJsonDocument(labels).toJson(QJsonDocument::Compact)));
}

QString FieldLabels::label(const QString &dataset, const QString &key,
                           const QString &language) const
{
    const QJsonObject labels =
        QJsonDocument::fromJson(m_register.setting(Setting).toString().toUtf8()).object();
    const QJsonObject remembered = labels.value(entry(dataset, key)).toObject();
    const QString text =
        remembered.value(isEnglish(language) ? QLatin1String("en") : QLatin1String("nl"))
            .toString();
    if (!text.isEmpty())
        return text;
    for (const QString &id : SpecLoader::builtinIds()) {
        SpecError error;
        const std::optional<Spec> builtin = SpecLoader::builtin(id, &error);
        const DatasetSpec *spec = builtin ? builtin->dataset(dataset) : nullptr;
        const FieldSpec *field = spec ? spec->field(key) : nullptr;
        if (field && !field->label.text(language).isEmpty())
            return field->label.text(language);
    }
    return key;
}

} // namespace veldboek
