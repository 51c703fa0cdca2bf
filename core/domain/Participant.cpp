#include "Participant.h"

#include "validation/SpecLoader.h"

#include <QHash>

namespace veldboek {

// The participants dataset of the MDT spec (resources/specs/mdt.json) is the one list of a
// participant's fields: the form, the import, the exports and the register's queries all follow it.
// The register holds a column per field (core/storage/Migrations.cpp; tests/storage/
// tst_specfields.cpp fails when the two differ). The spec is embedded in the program, so it can
// only be missing or refused in a broken build: that stops the program at once, rather than a
// register being written without its fields.
const QStringList &Participant::keys()
{
    static const QStringList keys = [] {
        SpecError error;
        const std::optional<Spec> spec = SpecLoader::builtin(QStringLiteral("mdt"), &error);
        const DatasetSpec *dataset = spec ? spec->dataset(QStringLiteral("participants")) : nullptr;
        if (!dataset)
            qFatal("the built-in MDT spec has no participants: %s", qPrintable(error.toString()));
        QStringList list;
        for (const FieldSpec &field : dataset->fields)
            list.append(field.key);
        return list;
    }();
    return keys;
}

int Participant::indexOf(QStringView key)
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> map;
        for (int i = 0; i < keys().size(); ++i)
            map.insert(keys().at(i), i);
        return map;
    }();
    return index.value(key.toString(), -1);
}

Participant::Participant()
{
    m_values.resize(keys().size());
}

QString Participant::value(QStringView key) const
{
    const int i = indexOf(key);
    return i < 0 ? QString() : m_values.at(i);
}

void Participant::setValue(QStringView key, const QString &value)
{
    const int i = indexOf(key);
    if (i >= 0)
        m_values[i] = value;
}

QString Participant::displayName() const
{
    const QString name =
        QString(value(u"voornaam") + QLatin1Char(' ') + value(u"achternaam")).trimmed();
    return name.isEmpty() ? value(u"respondentnummer") : name;
}

} // namespace veldboek
