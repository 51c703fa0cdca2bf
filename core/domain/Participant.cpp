#include "Participant.h"

#include <QHash>

namespace veldboek {

const QStringList &Participant::keys()
{
    static const QStringList keys = {
        QStringLiteral("respondentnummer"),
        QStringLiteral("geslacht"),
        QStringLiteral("geboortedatum"),
        QStringLiteral("leeftijd"),
        QStringLiteral("straat"),
        QStringLiteral("huisnummer"),
        QStringLiteral("huisnummer_toevoeging"),
        QStringLiteral("postcode"),
        QStringLiteral("woonplaats"),
        QStringLiteral("geen_adres"),
        QStringLiteral("email"),
        QStringLiteral("opleidingsniveau"),
        QStringLiteral("startdatum"),
        QStringLiteral("einddatum"),
        QStringLiteral("reden_beeindiging"),
        QStringLiteral("verkorte_deelname"),
        QStringLiteral("postcode_doelocatie"),
        QStringLiteral("gemeente_doelocatie"),
        QStringLiteral("opt_out"),
        QStringLiteral("voornaam"),
        QStringLiteral("achternaam"),
        QStringLiteral("bsn"),
        QStringLiteral("telefoon"),
        QStringLiteral("notities"),
    };
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
