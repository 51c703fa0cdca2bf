#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <utility>

namespace veldboek {

// A care trajectory (Sturen op Resultaat): the decision or assignment it was granted under.
struct Trajectory
{
    qint64 id = 0;
    qint64 participantId = 0;
    QString beschikkingsnummer;
    QString toewijzingsnummer;
    QString startdatum;
    QString einddatum;
};

// A GAS goal. Its text stays with the organisation; only the number and scores are sent.
struct GasGoal
{
    qint64 id = 0;
    qint64 trajectoryId = 0;
    int number = 0;
    QString description;
};

// One GAS score: informant "O" (parent) or "C" (client), value -1, 0, 1 or 2, on a date.
struct GasScore
{
    qint64 id = 0;
    qint64 goalId = 0;
    QString informant;
    QString datum;
    QString waarde;
    // Values of fields a spec fetched from the endpoint added to this dataset (or that a newer
    // spec no longer asks for), by key: stored in outcome_fields
    // (core/storage/OutcomeExtraFields.h).
    QMap<QString, QString> extra;
};

// A problem-reduction score: informant PB, PO or PC; value 1, 2, 3 or x.
struct ProblemScore
{
    qint64 id = 0;
    qint64 trajectoryId = 0;
    QString informant;
    QString datum;
    QString waarde;
    // Values of fields a spec fetched from the endpoint added to this dataset (or that a newer
    // spec no longer asks for), by key: stored in outcome_fields
    // (core/storage/OutcomeExtraFields.h).
    QMap<QString, QString> extra;
};

// A CEM+ measurement and its answers (item code, answer).
struct CemMeasurement
{
    qint64 id = 0;
    qint64 participantId = 0;
    QString metingId;
    QString clientRef;
    QString datumMeting;
    QString informant;
    QString vragenlijst;
    QList<std::pair<QString, QString>> answers;
    // Per measurement, not per answer: every answer row of the measurement carries the values.
    // Values of fields a spec fetched from the endpoint added to this dataset (or that a newer
    // spec no longer asks for), by key: stored in outcome_fields
    // (core/storage/OutcomeExtraFields.h).
    QMap<QString, QString> extra;
};

struct AuditEntry
{
    qint64 id = 0;
    QString at;
    QString actor;
    QString table;
    qint64 recordId = 0;
    QString field;
    QString oldValue;
    QString newValue;
    QString source; // for records created in bulk: what created them ("participants.csv")
};

} // namespace veldboek
