#include "Spec.h"

#include <algorithm>

namespace veldboek {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::None:
        break;
    }
    return QStringLiteral("none");
}

QString fieldTypeName(FieldType type)
{
    switch (type) {
    case FieldType::Text:
        return QStringLiteral("text");
    case FieldType::Integer:
        return QStringLiteral("integer");
    case FieldType::Date:
        return QStringLiteral("date");
    case FieldType::Enum:
        return QStringLiteral("enum");
    case FieldType::Bool:
        return QStringLiteral("bool");
    case FieldType::Bsn:
        return QStringLiteral("bsn");
    case FieldType::Postcode:
        return QStringLiteral("postcode");
    case FieldType::Municipality:
        return QStringLiteral("municipality");
    case FieldType::Email:
        return QStringLiteral("email");
    case FieldType::Phone:
        return QStringLiteral("phone");
    }
    return {};
}

QList<std::pair<const FieldGroupSpec *, QList<int>>> DatasetSpec::fieldsByGroup() const
{
    QList<std::pair<const FieldGroupSpec *, QList<int>>> result;
    for (const FieldGroupSpec &group : groups) {
        QList<int> members = group.order;
        for (int f = 0; f < fields.size(); ++f) {
            if (fields.at(f).group == group.id && !members.contains(f))
                members.append(f);
        }
        result.append({&group, members});
    }
    QList<int> rest;
    for (int f = 0; f < fields.size(); ++f) {
        if (fields.at(f).group.isEmpty())
            rest.append(f);
    }
    if (!rest.isEmpty())
        result.append({nullptr, rest}); // shown under "Other"
    return result;
}

int DatasetSpec::fieldIndex(const QString &key) const
{
    for (int i = 0; i < fields.size(); ++i) {
        if (fields.at(i).key == key)
            return i;
    }
    return -1;
}

bool DatasetSpec::hasSelfRegistrationFields() const
{
    return std::any_of(fields.cbegin(), fields.cend(),
                       [](const FieldSpec &field) { return field.selfRegistration; });
}

const FieldSpec *DatasetSpec::field(const QString &key) const
{
    const int index = fieldIndex(key);
    return index < 0 ? nullptr : &fields.at(index);
}

const DatasetSpec *Spec::dataset(const QString &name) const
{
    for (const DatasetSpec &candidate : datasets) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

int Spec::roundIndex(const QString &roundId) const
{
    for (int i = 0; i < rounds.size(); ++i) {
        if (rounds.at(i).id.compare(roundId, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString Spec::roundInForce(const QDate &date) const
{
    if (rounds.isEmpty())
        return {};
    QString inForce = rounds.first().id;
    for (const RoundSpec &round : rounds) {
        if (round.start <= date)
            inForce = round.id;
    }
    return inForce;
}

} // namespace veldboek
