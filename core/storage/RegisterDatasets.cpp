#include "RegisterDatasets.h"

#include "Register.h"
#include "SqlStatement.h"
#include "domain/Participant.h"

#include <QDate>
#include <QHash>

namespace veldboek {

namespace {

struct DatasetQuery
{
    QString sql;        // first column: participant id; then the fields below
    QStringList fields; // field keys of the selected columns, in order
    QStringList bound;  // values of the statement's parameters, in order
};

// The participants: their columns, then a field without a column (ParticipantExtraFields.h) for
// each requested key that is not one, read from participant_fields by the key as a bound value.
DatasetQuery participantsQuery(const QStringList &columns)
{
    DatasetQuery query;
    query.fields = Participant::keys();
    QString selected = query.fields.join(QLatin1String(", "));
    for (const QString &key : columns) {
        if (Participant::indexOf(key) >= 0 || query.bound.contains(key))
            continue;
        selected += QStringLiteral(", COALESCE((SELECT value FROM participant_fields f WHERE "
                                   "f.participant_id = participants.id AND f.key = ?), '')");
        query.fields.append(key);
        query.bound.append(key);
    }
    query.sql = QStringLiteral("SELECT id, %1 FROM participants WHERE deletion_requested_at = '' "
                               "ORDER BY id")
                    .arg(selected);
    return query;
}

DatasetQuery queryFor(const QString &dataset, const QStringList &columns)
{
    static const QString joinTrajectory = QStringLiteral(
        " JOIN trajectories t ON t.id = s.trajectory_id"
        " JOIN participants p ON p.id = t.participant_id WHERE p.deletion_requested_at = ''");
    if (dataset == QLatin1String("participants"))
        return participantsQuery(columns);
    if (dataset == QLatin1String("gas")) {
        return {QStringLiteral("SELECT p.id, p.bsn, t.beschikkingsnummer, t.toewijzingsnummer, "
                               "'D' || g.goal_number || s.informant, s.waarde, s.datum "
                               "FROM gas_scores s JOIN gas_goals g ON g.id = s.goal_id"
                               " JOIN trajectories t ON t.id = g.trajectory_id"
                               " JOIN participants p ON p.id = t.participant_id"
                               " WHERE p.deletion_requested_at = ''"
                               " ORDER BY p.id, t.id, g.goal_number, s.id"),
                {QStringLiteral("bsn"), QStringLiteral("beschikkingsnummer"),
                 QStringLiteral("toewijzingsnummer"), QStringLiteral("type"),
                 QStringLiteral("waarde"), QStringLiteral("datum")},
                {}};
    }
    if (dataset == QLatin1String("problem")) {
        return {QStringLiteral("SELECT p.id, p.bsn, t.beschikkingsnummer, t.toewijzingsnummer, "
                               "s.informant, s.waarde, s.datum FROM problem_scores s") +
                    joinTrajectory + QStringLiteral(" ORDER BY p.id, t.id, s.id"),
                {QStringLiteral("bsn"), QStringLiteral("beschikkingsnummer"),
                 QStringLiteral("toewijzingsnummer"), QStringLiteral("type"),
                 QStringLiteral("waarde"), QStringLiteral("datum")},
                {}};
    }
    if (dataset == QLatin1String("cem")) {
        return {QStringLiteral("SELECT p.id, p.bsn, m.client_ref, m.meting_id, m.datum_meting, "
                               "m.informant, m.vragenlijst, a.vraag, a.antwoord, p.geboortedatum, "
                               "p.leeftijd FROM cem_answers a"
                               " JOIN cem_measurements m ON m.id = a.measurement_id"
                               " JOIN participants p ON p.id = m.participant_id"
                               " WHERE p.deletion_requested_at = '' ORDER BY p.id, m.id, a.id"),
                {QStringLiteral("bsn"), QStringLiteral("client_ref"), QStringLiteral("meting_id"),
                 QStringLiteral("datum_meting"), QStringLiteral("informant"),
                 QStringLiteral("vragenlijst"), QStringLiteral("vraag"), QStringLiteral("antwoord"),
                 QStringLiteral("geboortedatum"), QStringLiteral("leeftijd_deelnemer")},
                {}};
    }
    return {};
}

} // namespace

// Whole years between the birth date and the measurement; the stated age when either is unknown.
QString RegisterDatasets::ageAt(const QString &birth, const QString &measured,
                                const QString &statedAge)
{
    const QString format = QStringLiteral("dd-MM-yyyy");
    const QDate born = QDate::fromString(birth, format);
    const QDate on = QDate::fromString(measured, format);
    if (!born.isValid() || !on.isValid())
        return statedAge;
    int years = on.year() - born.year();
    if (on.month() < born.month() || (on.month() == born.month() && on.day() < born.day()))
        --years;
    return QString::number(years);
}

QStringList RegisterDatasets::datasets()
{
    return {QStringLiteral("participants"), QStringLiteral("gas"), QStringLiteral("problem"),
            QStringLiteral("cem")};
}

bool RegisterDatasets::load(const QString &dataset, const QStringList &columns, Table *out) const
{
    const DatasetQuery query = queryFor(dataset, columns);
    if (query.sql.isEmpty())
        return false;
    // For each requested column: where its value comes from (-1: computed or absent).
    QList<int> source;
    for (const QString &column : columns)
        source.append(static_cast<int>(query.fields.indexOf(column)));
    const int ageColumn = static_cast<int>(columns.indexOf(QLatin1String("leeftijd")));
    const int providerColumn = static_cast<int>(columns.indexOf(QLatin1String("zorgaanbieder_id")));
    const bool cem = dataset == QLatin1String("cem");
    const QString provider = m_register.setting(QStringLiteral("zorgaanbieder_id")).toString();

    out->table = DataTable();
    out->participantIds.clear();
    out->table.dataset = dataset;
    out->table.columns = columns;
    SqlStatement statement(m_register, query.sql);
    if (!statement.isValid()) {
        m_register.setLastError(statement.lastError());
        return false;
    }
    for (int i = 0; i < query.bound.size(); ++i)
        statement.bind(i, query.bound.at(i));
    const int selected = static_cast<int>(query.fields.size());
    QStringList values;
    values.resize(selected);
    // Memory: a row holds shared copies, not allocations of its own, of the values it repeats
    // from the row before (a CEM+ measurement's answers share its person, date, questionnaire)
    // and of short texts (item codes, answers, ages). On 100,000 participants this halves the
    // CEM+ table, the largest the full-register check reads. QString is implicitly shared.
    QHash<QString, QString> shortTexts;
    const auto shared = [&shortTexts](const QString &text) {
        if (text.size() > 4)
            return text;
        auto found = shortTexts.constFind(text);
        if (found == shortTexts.cend())
            found = shortTexts.insert(text, text);
        return *found;
    };
    int line = 1;
    while (statement.next()) {
        for (int i = 0; i < selected; ++i) {
            const QString text = statement.text(i + 1);
            if (text != values.at(i) || text.isNull() != values.at(i).isNull())
                values[i] = shared(text);
        }
        DataRow row;
        row.line = ++line;
        row.values.reserve(columns.size());
        for (int c = 0; c < columns.size(); ++c)
            row.values.append(source.at(c) >= 0 ? values.at(source.at(c)) : QString());
        if (cem && ageColumn >= 0)
            row.values[ageColumn] = shared(ageAt(values.at(8), values.at(3), values.at(9)));
        if (providerColumn >= 0)
            row.values[providerColumn] = provider;
        out->table.rows.append(std::move(row));
        out->participantIds.append(statement.text(0).toLongLong());
    }
    if (statement.lastError().isValid()) {
        m_register.setLastError(statement.lastError());
        return false;
    }
    // Counted as the submitted file will be: a header line and one line per row.
    out->table.counts.header = 1;
    out->table.counts.read = static_cast<int>(out->table.rows.size()) + 1;
    return true;
}

} // namespace veldboek
