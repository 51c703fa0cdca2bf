#include "ColumnMapping.h"

#include "storage/Register.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace veldboek {

namespace {

QString comparable(const QString &name)
{
    QString text = name.trimmed().toLower();
    text.replace(QLatin1Char(' '), QLatin1Char('_'));
    text.replace(QLatin1Char('-'), QLatin1Char('_'));
    return text;
}

QString settingKey(const QString &dataset, const QStringList &header)
{
    QStringList names;
    for (const QString &column : header)
        names.append(comparable(column));
    std::sort(names.begin(), names.end());
    const QByteArray digest = QCryptographicHash::hash(names.join(QLatin1Char('\n')).toUtf8(),
                                                       QCryptographicHash::Sha256);
    return QStringLiteral("import_mapping/%1/%2")
        .arg(dataset, QString::fromLatin1(digest.toHex().left(16)));
}

} // namespace

ColumnMapping ColumnMapping::propose(const QStringList &header, const DatasetSpec &dataset)
{
    QHash<QString, QString> known; // comparable name -> field key
    for (const FieldSpec &field : dataset.fields) {
        known.insert(comparable(field.key), field.key);
        for (const QString &column : field.columns)
            known.insert(comparable(column), field.key);
    }
    ColumnMapping mapping;
    QStringList used;
    for (const QString &column : header) {
        const QString key = known.value(comparable(column));
        if (!key.isEmpty() && !used.contains(key)) {
            mapping.fieldForColumn.insert(column, key);
            used.append(key);
        }
    }
    return mapping;
}

int ColumnMapping::mappedCount(const QStringList &header) const
{
    int count = 0;
    for (const QString &column : header)
        count += fieldForColumn.value(column).isEmpty() ? 0 : 1;
    return count;
}

std::optional<ColumnMapping> ColumnMapping::fromJson(const QByteArray &json,
                                                     const DatasetSpec &dataset, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = QCoreApplication::translate("ColumnMapping",
                                             "The mapping file is not a JSON object (%1).")
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    ColumnMapping mapping;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.value().toString();
        if (!key.isEmpty() && !dataset.field(key)) {
            *error = QCoreApplication::translate(
                         "ColumnMapping", "The mapping sends column \"%1\" to \"%2\", which is not "
                                          "a field of the dataset %3.")
                         .arg(it.key(), key, dataset.name);
            return std::nullopt;
        }
        mapping.fieldForColumn.insert(it.key(), key);
    }
    return mapping;
}

QByteArray ColumnMapping::toJson() const
{
    QJsonObject object;
    for (auto it = fieldForColumn.begin(); it != fieldForColumn.end(); ++it)
        object.insert(it.key(), it.value());
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

void ColumnMapping::remember(Register &reg, const QString &dataset, const QStringList &header) const
{
    reg.setSetting(settingKey(dataset, header), toJson());
}

std::optional<ColumnMapping> ColumnMapping::remembered(Register &reg, const QString &dataset,
                                                       const QStringList &header)
{
    const QByteArray json = reg.setting(settingKey(dataset, header)).toByteArray();
    if (json.isEmpty())
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    ColumnMapping mapping;
    for (auto it = object.begin(); it != object.end(); ++it)
        mapping.fieldForColumn.insert(it.key(), it.value().toString());
    return mapping;
}

} // namespace veldboek
