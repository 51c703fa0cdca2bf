#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace veldboek {

class Participant;
class Register;

// The values of participant fields that have no column of their own (the table
// participant_fields, schema version 6): fields a spec fetched from the endpoint added, and
// fields a spec in force no longer asks for. A field's key is only ever a bound value here,
// never part of the SQL, so a key from a downloaded spec cannot change a statement
// (docs/storage.md, "Fields a spec adds"). Used by ParticipantRepository, ParticipantBulkInsert
// and RegisterDatasets; it holds no transaction of its own: the caller's.
class ParticipantExtraFields
{
public:
    explicit ParticipantExtraFields(Register &reg)
        : m_register(reg)
    {}

    using Values = QMap<QString, QString>;

    // Every participant's values; false on a read error (Register::lastError()).
    bool loadAll(QHash<qint64, Values> *out) const;
    // The values of these participants, into each one's extraValues().
    bool attach(QList<Participant> &participants) const;
    bool attach(Participant &participant) const;
    // Sets one value: a row for a non-empty value, none for an empty one.
    bool set(qint64 participantId, const QString &key, const QString &value);

    // The fields no longer requested: keys of fields that hold a value for at least one
    // participant while `requested` (the spec in force's participant fields) does not name them,
    // columns and participant_fields alike, in the order of keys() then by key.
    QStringList noLongerRequested(const QStringList &requested) const;

private:
    Register &m_register;
};

} // namespace veldboek
