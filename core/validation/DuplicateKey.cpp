#include "DuplicateKey.h"

#include "FieldValue.h"

namespace veldboek {

QList<const DatasetRuleSpec *> DuplicateKey::rules(const DatasetSpec &dataset)
{
    QList<const DatasetRuleSpec *> result;
    for (const DatasetRuleSpec &rule : dataset.datasetRules) {
        if (rule.kind == DatasetRuleSpec::Kind::Duplicate)
            result.append(&rule);
    }
    return result;
}

bool DuplicateKey::append(const FieldSpec &field, const DatasetRuleSpec &rule, QStringView value,
                          qint64 today, QString &key, QString &normalised)
{
    value = value.trimmed();
    if (value.isEmpty())
        return false;
    const FieldType type = field.type;
    // Values already in their stored form (the usual case) skip normalising.
    const bool canonical =
        (type == FieldType::Date && value.size() == 10 && value[2] == u'-' && value[5] == u'-') ||
        (type == FieldType::Postcode && value.size() == 7 && value[4] == u' ' &&
         value[5].isUpper() && value[6].isUpper()) ||
        (type == FieldType::Bsn && value.size() == 9);
    if (!canonical &&
        (type == FieldType::Date || type == FieldType::Postcode || type == FieldType::Bsn)) {
        if (FieldValue::check(field, value, today, false, &normalised).check == Check::Ok)
            value = normalised;
    }
    if (rule.ignoreValues.contains(value))
        return false;
    bool space = false;
    for (const QChar c : value) {
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (space)
            key += QLatin1Char(' ');
        space = false;
        const char16_t u = c.unicode();
        key += u < 0x80 ? QChar(u >= u'A' && u <= u'Z' ? u + 32 : u) : c.toCaseFolded();
    }
    key += QChar(0x1f);
    return true;
}

} // namespace veldboek
