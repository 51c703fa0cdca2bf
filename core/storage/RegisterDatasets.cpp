#include "RegisterDatasets.h"

#include "OutcomeExtraFields.h"
#include "Register.h"
#include "SqlStatement.h"
#include "domain/Participant.h"

#include <QDate>
#include <QHash>
#include <cstring>
#include <limits>
#include <memory>
#include <vector>

namespace veldboek {

namespace {

struct DatasetQuery
{
    QString sql;        // first column: participant id; then the fields below
    QStringList fields; // field keys of the selected columns, in order
    QStringList bound;  // values of the statement's parameters, in order
};

// Reads one selected column row after row. Memory and time: a row holds shared copies, not
// allocations of its own, of the values it repeats from the row before (a CEM+ measurement's
// answers share its person, date, questionnaire) and of the short texts the column repeats
// across rows (item codes, answers, dates). QString is implicitly shared, so on 100,000
// participants this halves the CEM+ table, the largest the full-register check reads. The
// UTF-8 bytes are compared in place (SqlStatement::utf8): a value is decoded only when it
// differs from the row before and is not pooled, never a QString per value.
class ColumnReader
{
public:
    // Sets *value to the column's text; true when it differs from the row before.
    bool read(QByteArrayView bytes, QString *value)
    {
        const bool null = bytes.isNull();
        if (m_started && null == m_null && bytes == QByteArrayView(m_bytes))
            return false;
        m_started = true;
        m_null = null;
        m_bytes.resize(bytes.size()); // keeps its capacity: no allocation once grown
        if (!bytes.isEmpty())
            std::memcpy(m_bytes.data(), bytes.data(), size_t(bytes.size()));
        *value = decode(bytes);
        return true;
    }

private:
    // Texts up to this many bytes are pooled while the column has few distinct ones; a column
    // of unique values (BSN, client references) stops pooling when its pool is full.
    static constexpr qsizetype PooledBytes = 12;
    static constexpr qsizetype PoolLimit = 4096;

    QString decode(QByteArrayView bytes)
    {
        if (bytes.isNull() || bytes.size() > PooledBytes || m_poolFull)
            return QString::fromUtf8(bytes);
        // fromRawData: the lookup key borrows the bytes, nothing is allocated for a known text.
        const auto found = m_pool.constFind(QByteArray::fromRawData(bytes.data(), bytes.size()));
        if (found != m_pool.cend())
            return *found;
        QString text = QString::fromUtf8(bytes);
        if (m_pool.size() >= PoolLimit) {
            m_poolFull = true;
            m_pool.clear();
        } else {
            m_pool.insert(bytes.toByteArray(), text);
        }
        return text;
    }

    QByteArray m_bytes; // the row before's bytes
    bool m_null = false;
    bool m_started = false;
    bool m_poolFull = false;
    QHash<QByteArray, QString> m_pool;
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

// A field of an outcome dataset without a column (OutcomeExtraFields.h): one more selected value
// for each requested key the dataset's query does not give, read from outcome_fields by the key
// as a bound value, of the record `rowAlias` names (a score, or a CEM+ measurement).
DatasetQuery withAddedFields(const QString &dataset, const QString &select, const QString &rest,
                             const QString &rowAlias, QStringList fields,
                             const QStringList &columns)
{
    DatasetQuery query;
    query.fields = std::move(fields);
    QString selected = select;
    const QStringList stored = OutcomeExtraFields::storedKeys(dataset);
    for (const QString &key : columns) {
        if (stored.contains(key) || query.fields.contains(key) || query.bound.contains(key))
            continue;
        // The dataset and alias are this file's constants, never user input.
        selected += QStringLiteral(", COALESCE((SELECT value FROM outcome_fields f WHERE "
                                   "f.dataset = '%1' AND f.row_id = %2.id AND f.key = ?), '')")
                        .arg(dataset, rowAlias);
        query.fields.append(key);
        query.bound.append(key);
    }
    query.sql = selected + rest;
    return query;
}

// The outcome rows in the order of their participant, trajectory or measurement, and entry.
// The joins are CROSS JOINs, which SQLite keeps in the order written: from the participants in id
// order down through the indexes on the parent ids (an index on participant_id, trajectory_id or
// goal_id lists its rows in id order), the rows come out already in the ORDER BY's order. Left to
// itself the planner scanned the scores and sorted all of them in a temporary B-tree: 2 s of the
// 4 s it took to read 100,000 participants' outcomes (issue 18). The ORDER BY stays, so the rows
// are the same whatever the plan.
DatasetQuery queryFor(const QString &dataset, const QStringList &columns)
{
    static const QString fromParticipants =
        QStringLiteral(" FROM participants p CROSS JOIN trajectories t ON t.participant_id = p.id");
    const QStringList scoreFields = {QStringLiteral("bsn"),
                                     QStringLiteral("beschikkingsnummer"),
                                     QStringLiteral("toewijzingsnummer"),
                                     QStringLiteral("type"),
                                     QStringLiteral("waarde"),
                                     QStringLiteral("datum")};
    if (dataset == QLatin1String("participants"))
        return participantsQuery(columns);
    if (dataset == QLatin1String("gas")) {
        return withAddedFields(
            dataset,
            QStringLiteral("SELECT p.id, p.bsn, t.beschikkingsnummer, t.toewijzingsnummer, "
                           "'D' || g.goal_number || s.informant, s.waarde, s.datum"),
            fromParticipants + QStringLiteral(" CROSS JOIN gas_goals g ON g.trajectory_id = t.id"
                                              " CROSS JOIN gas_scores s ON s.goal_id = g.id"
                                              " WHERE p.deletion_requested_at = ''"
                                              " ORDER BY p.id, t.id, g.goal_number, s.id"),
            QStringLiteral("s"), scoreFields, columns);
    }
    if (dataset == QLatin1String("problem")) {
        return withAddedFields(
            dataset,
            QStringLiteral("SELECT p.id, p.bsn, t.beschikkingsnummer, t.toewijzingsnummer, "
                           "s.informant, s.waarde, s.datum"),
            fromParticipants +
                QStringLiteral(" CROSS JOIN problem_scores s ON s.trajectory_id = t.id"
                               " WHERE p.deletion_requested_at = '' ORDER BY p.id, t.id, s.id"),
            QStringLiteral("s"), scoreFields, columns);
    }
    if (dataset == QLatin1String("cem")) {
        // The answers of a measurement come by its (measurement_id, vraag) index: SQLite sorts
        // each measurement's handful of answers by id, not the whole table. Fields a fetched
        // spec adds come after the eleventh column, so the Reader's age inputs keep their places.
        return withAddedFields(
            dataset,
            QStringLiteral("SELECT p.id, p.bsn, m.client_ref, m.meting_id, m.datum_meting, "
                           "m.informant, m.vragenlijst, a.vraag, a.antwoord, p.geboortedatum, "
                           "p.leeftijd"),
            QStringLiteral(" FROM participants p"
                           " CROSS JOIN cem_measurements m ON m.participant_id = p.id"
                           " CROSS JOIN cem_answers a ON a.measurement_id = m.id"
                           " WHERE p.deletion_requested_at = '' ORDER BY p.id, m.id, a.id"),
            QStringLiteral("m"),
            {QStringLiteral("bsn"), QStringLiteral("client_ref"), QStringLiteral("meting_id"),
             QStringLiteral("datum_meting"), QStringLiteral("informant"),
             QStringLiteral("vragenlijst"), QStringLiteral("vraag"), QStringLiteral("antwoord"),
             QStringLiteral("geboortedatum"), QStringLiteral("leeftijd_deelnemer")},
            columns);
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

// What a Reader keeps between blocks: the open statement and the values of the row before.
struct RegisterDatasets::Reader::State
{
    std::unique_ptr<SqlStatement> statement;
    QString dataset;
    QStringList columns;
    QList<int> source; // per requested column: the selected field it comes from, -1: none
    int selected = 0;
    int ageColumn = -1;
    int providerColumn = -1;
    bool cem = false;
    QString provider;
    std::vector<ColumnReader> readers;
    QStringList values; // the row before's values, per selected field
    QString age;
    int line = 1;
    bool atEnd = false;
    bool failed = false;
    bool onMain = true; // read errors go to the register (only on the register's thread)
    QSqlError error;
};

RegisterDatasets::Reader::Reader(Register &reg, const QString &dataset, const QStringList &columns,
                                 Register::Connection on, const QList<qint64> &participants)
    : m_register(reg)
    , d(std::make_unique<State>())
{
    d->onMain = on == Register::Connection::Main;
    DatasetQuery query = queryFor(dataset, columns);
    if (!participants.isEmpty() && !query.sql.isEmpty()) {
        // The ids are numbers formatted here, never text from outside.
        QStringList ids;
        ids.reserve(participants.size());
        for (const qint64 id : participants)
            ids.append(QString::number(id));
        const QString column = dataset == QLatin1String("participants") ? QStringLiteral("id")
                                                                        : QStringLiteral("p.id");
        query.sql.insert(query.sql.lastIndexOf(QLatin1String(" ORDER BY ")),
                         QStringLiteral(" AND %1 IN (%2)").arg(column, ids.join(u',')));
    }
    d->dataset = dataset;
    d->columns = columns;
    if (query.sql.isEmpty()) {
        d->failed = true;
        return;
    }
    for (const QString &column : columns)
        d->source.append(static_cast<int>(query.fields.indexOf(column)));
    d->ageColumn = static_cast<int>(columns.indexOf(QLatin1String("leeftijd")));
    d->providerColumn = static_cast<int>(columns.indexOf(QLatin1String("zorgaanbieder_id")));
    d->cem = dataset == QLatin1String("cem");
    d->provider = reg.setting(QStringLiteral("zorgaanbieder_id")).toString();
    d->statement = std::make_unique<SqlStatement>(reg, query.sql, on);
    if (!d->statement->isValid()) {
        d->error = d->statement->lastError();
        reg.setLastError(d->error);
        d->failed = true;
        return;
    }
    for (int i = 0; i < query.bound.size(); ++i)
        d->statement->bind(i, query.bound.at(i));
    d->selected = static_cast<int>(query.fields.size());
    d->readers.resize(static_cast<size_t>(d->selected));
    d->values.resize(d->selected);
}

RegisterDatasets::Reader::~Reader() = default;

bool RegisterDatasets::Reader::isValid() const
{
    return !d->failed;
}

bool RegisterDatasets::Reader::atEnd() const
{
    return d->atEnd || d->failed;
}

int RegisterDatasets::Reader::rowsRead() const
{
    return d->line - 1;
}

bool RegisterDatasets::Reader::read(qsizetype maxRows, Table *out)
{
    // The rows already in *out are written over, not freed and made again: a check reads a
    // dataset into the same two blocks by turns (check/RegisterCheck.cpp), and a row's list of
    // values made anew per row was a third of the window's check (issue 18: malloc and free of
    // 1.6 million lists, freed on the thread that checked them).
    DataTable &table = out->table;
    QList<DataRow> &rows = table.rows;
    const DataTable emptied;
    table.format = emptied.format;
    table.counts = emptied.counts;
    table.unknownColumns.clear();
    table.duplicateColumns.clear();
    table.malformedRows.clear();
    table.dataset = d->dataset;
    table.columns = d->columns;
    out->participantIds.clear();
    if (d->failed) {
        rows.clear();
        return false;
    }
    SqlStatement &statement = *d->statement;
    const qsizetype columnCount = d->columns.size();
    QStringList &values = d->values;
    qsizetype n = 0;
    for (; n < maxRows && !d->atEnd; ++n) {
        if (!statement.next()) {
            d->atEnd = true; // next() would run the statement again from the start
            break;
        }
        bool ageInputChanged = false;
        for (int i = 0; i < d->selected; ++i) {
            if (d->readers[size_t(i)].read(statement.utf8(i + 1), &values[i]) &&
                (i == 3 || i == 8 || i == 9))
                ageInputChanged = true;
        }
        if (n == rows.size())
            rows.append(DataRow());
        DataRow &row = rows[n];
        row.line = ++d->line;
        row.values.resize(columnCount);
        QString *into = row.values.data();
        for (qsizetype c = 0; c < columnCount; ++c) {
            const int from = d->source.at(c);
            into[c] = from >= 0 ? values.at(from) : QString();
        }
        if (d->cem && d->ageColumn >= 0) {
            // A measurement's answers share its date and person: the age is worked out when
            // they change, not once per answer row (two QDate::fromString per row).
            if (ageInputChanged)
                d->age = ageAt(values.at(8), values.at(3), values.at(9));
            into[d->ageColumn] = d->age;
        }
        if (d->providerColumn >= 0)
            into[d->providerColumn] = d->provider;
        out->participantIds.append(statement.integer(0));
    }
    if (n < rows.size())
        rows.resize(n);
    if (statement.lastError().isValid()) {
        d->error = statement.lastError();
        if (d->onMain)
            m_register.setLastError(d->error);
        d->failed = true;
        return false;
    }
    return true;
}

QSqlError RegisterDatasets::Reader::error() const
{
    return d->error;
}

bool RegisterDatasets::Reader::readAll(Table *out)
{
    if (!read(std::numeric_limits<qsizetype>::max(), out))
        return false;
    out->table.counts.header = 1;
    out->table.counts.read = static_cast<int>(out->table.rows.size()) + 1;
    return true;
}

bool RegisterDatasets::load(const QString &dataset, const QStringList &columns, Table *out) const
{
    Reader reader(m_register, dataset, columns);
    return reader.readAll(out);
}

} // namespace veldboek
