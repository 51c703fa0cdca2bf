#pragma once

#include <QString>
#include <QStringList>

namespace veldboek {

// A participant as the register keeps it: every field as text, keyed by the data-request spec's
// field keys (which are also the register's column names; docs/spec-format.md, "Adding a field"). A
// value with a validation error is kept as typed, so the user can correct it in the app.
class Participant
{
public:
    // The field keys: the fields of the MDT spec's participants dataset, in the spec's order.
    static const QStringList &keys();
    static int indexOf(QStringView key);

    Participant();

    qint64 id = 0;
    QString submittedAt;         // set once the participant went out in a submission
    QString deletionRequestedAt; // a deletion the funder must carry out (docs/api.md)

    QString value(QStringView key) const;
    void setValue(QStringView key, const QString &value);
    const QStringList &values() const { return m_values; }
    QStringList &values() { return m_values; }
    QString displayName() const;

private:
    QStringList m_values;
};

} // namespace veldboek
