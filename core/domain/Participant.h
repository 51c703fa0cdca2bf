#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace veldboek {

// A participant as the register keeps it: every field as text, keyed by the data-request spec's
// field keys. A value with a validation error is kept as typed, so the user can correct it in the
// app. The fields of the first data request have a column each in the participants table
// (keys()); any other field a spec in force asks for, such as one the endpoint's spec added
// mid-year, is kept by key in the table participant_fields (docs/storage.md, "Fields a spec
// adds"). Both are read and written through value() and setValue().
class Participant
{
public:
    // The participants table's field columns (core/storage/Migrations.cpp, version 1), in the
    // order of the built-in MDT spec. A fixed list: a spec never makes a column.
    static const QStringList &keys();
    // The index of a column key in keys(), -1 for any other key.
    static int indexOf(QStringView key);

    Participant();

    qint64 id = 0;
    QString submittedAt;         // set once the participant went out in a submission
    QString deletionRequestedAt; // a deletion the funder must carry out (docs/api.md)
    QString selfRegisteredAt;    // entered by the person at the kiosk (docs/gui.md, "The kiosk")

    QString value(QStringView key) const;
    // A column key sets its column; any other non-empty key a field of participant_fields
    // (an empty value there means "no value": the repository keeps no row for it).
    void setValue(QStringView key, const QString &value);
    const QStringList &values() const { return m_values; }
    QStringList &values() { return m_values; }
    // The values of fields without a column, by key (participant_fields).
    const QMap<QString, QString> &extraValues() const { return m_extra; }
    QMap<QString, QString> &extraValues() { return m_extra; }
    QString displayName() const;

private:
    QStringList m_values;
    QMap<QString, QString> m_extra;
};

} // namespace veldboek
