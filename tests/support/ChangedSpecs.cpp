#include "ChangedSpecs.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace veldboek::test::ChangedSpecs {

QJsonObject text(const char *nl, const char *en)
{
    return QJsonObject{{QStringLiteral("nl"), QString::fromUtf8(nl)},
                       {QStringLiteral("en"), QString::fromUtf8(en)}};
}

QJsonObject code(const char *value, const char *nl, const char *en)
{
    return QJsonObject{{QStringLiteral("code"), QLatin1String(value)},
                       {QStringLiteral("label"), text(nl, en)}};
}

QJsonObject builtinObject(const QString &id)
{
    QFile file(QStringLiteral(":/specs/%1.json").arg(id));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void changeField(QJsonObject &spec, const QString &key,
                 const std::function<void(QJsonObject &)> &change)
{
    QJsonArray datasets = spec.value(QStringLiteral("datasets")).toArray();
    QJsonObject participants = datasets.at(0).toObject();
    QJsonArray fields = participants.value(QStringLiteral("fields")).toArray();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QJsonObject field = fields.at(i).toObject();
        if (field.value(QStringLiteral("key")).toString() != key)
            continue;
        change(field);
        fields.replace(i, field);
    }
    participants.insert(QStringLiteral("fields"), fields);
    datasets.replace(0, participants);
    spec.insert(QStringLiteral("datasets"), datasets);
}

QJsonObject stricterHouseNumber(const QString &version)
{
    QJsonObject spec = builtinObject(QStringLiteral("mdt"));
    spec.insert(QStringLiteral("version"), version);
    changeField(spec, QStringLiteral("huisnummer"),
                [](QJsonObject &field) { field.insert(QStringLiteral("max"), 100); });
    return spec;
}

QByteArray bytes(const QJsonObject &spec)
{
    return QJsonDocument(spec).toJson(QJsonDocument::Indented);
}

bool writeBytes(const QString &dir, const QString &fileName, const QByteArray &data)
{
    if (!QDir().mkpath(dir))
        return false;
    QFile file(QDir(dir).filePath(fileName));
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

bool write(const QString &dir, const QJsonObject &spec)
{
    return writeBytes(dir, spec.value(QStringLiteral("id")).toString() + QStringLiteral(".json"),
                      bytes(spec));
}

} // namespace veldboek::test::ChangedSpecs
