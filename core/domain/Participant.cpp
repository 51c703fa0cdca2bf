#include "Participant.h"

#include <QHash>

namespace veldboek {

// The columns of the participants table, fixed since schema version 1. They were the fields of
// the first MDT spec (resources/specs/mdt.json); tests/storage/tst_specfields.cpp checks that
// they are still the columns of a real register and fields of the built-in spec. A field a later
// spec adds is not a column but a row of participant_fields, so no spec, fetched or built in,
// needs a migration or puts a name from outside into SQL (docs/storage.md).
const QStringList &Participant::keys()
{
    static const QStringList keys =
        QStringLiteral("respondentnummer geslacht geboortedatum leeftijd straat "
                       "huisnummer huisnummer_toevoeging postcode woonplaats "
                       "geen_adres email opleidingsniveau startdatum einddatum "
                       "reden_beeindiging verkorte_deelname postcode_doelocatie "
                       "gemeente_doelocatie opt_out voornaam achternaam telefoon "
                       "notities bsn")
            .split(QLatin1Char(' '));
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
    return i < 0 ? m_extra.value(key.toString()) : m_values.at(i);
}

void Participant::setValue(QStringView key, const QString &value)
{
    const int i = indexOf(key);
    if (i >= 0)
        m_values[i] = value;
    else if (!key.isEmpty())
        m_extra.insert(key.toString(), value);
}

QString Participant::displayName() const
{
    const QString name =
        QString(value(u"voornaam") + QLatin1Char(' ') + value(u"achternaam")).trimmed();
    return name.isEmpty() ? value(u"respondentnummer") : name;
}

} // namespace veldboek
