#include "RegisterDatasets.h"

#include "OutcomeExtraFields.h"
#include "Register.h"
#include "SqlStatement.h"
#include "domain/Participant.h"

#include <QDate>
#include <QHash>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
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

// The UTF-8 of the rows fetched from the statement, before they are turned into rows: the
// register's thread steps SQLite and copies only the values that changed from the row before,
// while another thread decodes the block before (Reader::read). Splitting the two puts the
// second core to work on the register's largest cost, the rows' QStrings (issue 18,
// docs/benchmarks.md).
struct FetchedRows
{
    // Per row and selected field: where its bytes are in `bytes`, or that it is unchanged.
    struct Cell
    {
        qint32 offset = 0;
        qint32 size = 0; // Unchanged or Null, else the byte count
    };
    static constexpr qint32 Unchanged = -1;
    static constexpr qint32 Null = -2;

    QByteArray bytes;
    std::vector<Cell> cells; // row after row, `selected` cells each
    QList<qint64> participantIds;

    void clear()
    {
        bytes.resize(0); // keeps the capacity: the next block reuses it
        cells.clear();
        participantIds.resize(0);
    }
    qsizetype rows() const { return participantIds.size(); }
};

// The bytes of one selected column in the row before: a value equal to them is not copied.
class ColumnBytes
{
public:
    // True when `bytes` differ from the row before's (and remembers them).
    bool changed(QByteArrayView bytes)
    {
        const bool null = bytes.isNull();
        if (m_started && null == m_null && bytes == QByteArrayView(m_bytes))
            return false;
        m_started = true;
        m_null = null;
        m_bytes.resize(bytes.size()); // keeps its capacity: no allocation once grown
        if (!bytes.isEmpty())
            std::memcpy(m_bytes.data(), bytes.data(), size_t(bytes.size()));
        return true;
    }

private:
    QByteArray m_bytes;
    bool m_null = false;
    bool m_started = false;
};

// Decodes one selected column's changed values. Memory and time: a row holds shared copies, not
// allocations of its own, of the values it repeats from the row before (a CEM+ measurement's
// answers share its person, date, questionnaire) and of the short texts the column repeats
// across rows (item codes, answers, dates). QString is implicitly shared, so on 100,000
// participants this halves the CEM+ table, the largest the full-register check reads.
class ColumnDecoder
{
public:
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

private:
    // Texts up to this many bytes are pooled while the column has few distinct ones; a column
    // of unique values (BSN, client references) stops pooling when its pool is full.
    static constexpr qsizetype PooledBytes = 12;
    static constexpr qsizetype PoolLimit = 4096;

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

// What a Reader keeps between blocks: the open statement and the values of the row before. The
// fetching side (the register's thread) and the building side (`builder`) each keep their own.
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
    std::vector<ColumnBytes> fetchedBefore; // the register's thread
    std::vector<ColumnDecoder> decoders;    // the building thread, one block at a time
    QStringList values;                     // the row before's values, per selected field
    QString age;
    int line = 1;
    bool atEnd = false;
    bool failed = false;
    FetchedRows fetched[2]; // one being fetched while the other is built
    QThreadPool builder;    // one thread, so the blocks are built in order

    bool fetch(qsizetype maxRows, FetchedRows *rows);
    void build(const FetchedRows &rows, Table *out);
};

// Steps the statement: the participant id and the changed values' bytes of up to `maxRows` rows.
bool RegisterDatasets::Reader::State::fetch(qsizetype maxRows, FetchedRows *rows)
{
    rows->clear();
    rows->cells.reserve(size_t(maxRows * selected));
    for (qsizetype n = 0; n < maxRows; ++n) {
        if (!statement->next()) {
            atEnd = true; // next() would run the statement again from the start
            break;
        }
        rows->participantIds.append(statement->integer(0));
        for (int i = 0; i < selected; ++i) {
            const QByteArrayView bytes = statement->utf8(i + 1);
            FetchedRows::Cell cell{0, FetchedRows::Unchanged};
            if (fetchedBefore[size_t(i)].changed(bytes)) {
                cell.offset = qint32(rows->bytes.size());
                cell.size = bytes.isNull() ? FetchedRows::Null : qint32(bytes.size());
                if (!bytes.isEmpty())
                    rows->bytes.append(bytes.data(), bytes.size());
            }
            rows->cells.push_back(cell);
        }
    }
    return !statement->lastError().isValid();
}

// Turns fetched rows into the table's rows, appended to *out: a value is decoded only where it
// changed, the others are the row before's (shared).
void RegisterDatasets::Reader::State::build(const FetchedRows &rows, Table *out)
{
    const qsizetype columnCount = columns.size();
    const FetchedRows::Cell *cell = rows.cells.data();
    for (qsizetype r = 0; r < rows.rows(); ++r) {
        bool ageInputChanged = false;
        for (int i = 0; i < selected; ++i, ++cell) {
            if (cell->size == FetchedRows::Unchanged)
                continue;
            const QByteArrayView bytes =
                cell->size == FetchedRows::Null
                    ? QByteArrayView()
                    : QByteArrayView(rows.bytes.constData() + cell->offset, cell->size);
            values[i] = decoders[size_t(i)].decode(bytes);
            ageInputChanged = ageInputChanged || i == 3 || i == 8 || i == 9;
        }
        DataRow row;
        row.line = ++line;
        row.values.reserve(columnCount);
        for (qsizetype c = 0; c < columnCount; ++c) {
            const int from = source.at(c);
            row.values.append(from >= 0 ? values.at(from) : QString());
        }
        if (cem && ageColumn >= 0) {
            // A measurement's answers share its date and person: the age is worked out when
            // they change, not once per answer row (two QDate::fromString per row).
            if (ageInputChanged)
                age = ageAt(values.at(8), values.at(3), values.at(9));
            row.values[ageColumn] = age;
        }
        if (providerColumn >= 0)
            row.values[providerColumn] = provider;
        out->table.rows.append(std::move(row));
    }
    out->participantIds.append(rows.participantIds);
}

RegisterDatasets::Reader::Reader(Register &reg, const QString &dataset, const QStringList &columns)
    : m_register(reg)
    , d(std::make_unique<State>())
{
    const DatasetQuery query = queryFor(dataset, columns);
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
    d->statement = std::make_unique<SqlStatement>(reg, query.sql);
    if (!d->statement->isValid()) {
        reg.setLastError(d->statement->lastError());
        d->failed = true;
        return;
    }
    for (int i = 0; i < query.bound.size(); ++i)
        d->statement->bind(i, query.bound.at(i));
    d->selected = static_cast<int>(query.fields.size());
    d->fetchedBefore.resize(static_cast<size_t>(d->selected));
    d->decoders.resize(static_cast<size_t>(d->selected));
    d->values.resize(d->selected);
    d->builder.setMaxThreadCount(1);
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
    out->table = DataTable();
    out->participantIds.clear();
    out->table.dataset = d->dataset;
    out->table.columns = d->columns;
    if (d->failed)
        return false;
    // In blocks: while the builder turns one into rows, this thread fetches the next. A read
    // that ends within its first block is built here, without a thread.
    constexpr qsizetype FetchRows = 8192;
    qsizetype left = maxRows;
    int slot = 0;
    QFuture<void> building; // a default QFuture counts as finished: waiting on it returns
    bool handedOver = false;
    bool fetched = true;
    while (left > 0 && !d->atEnd) {
        FetchedRows &rows = d->fetched[slot];
        fetched = d->fetch(std::min(left, FetchRows), &rows);
        building.waitForFinished();
        if (!fetched || rows.rows() == 0)
            break;
        left -= rows.rows();
        if (d->atEnd && !handedOver) {
            d->build(rows, out);
            break;
        }
        building = QtConcurrent::run(&d->builder, [this, &rows, out] { d->build(rows, out); });
        handedOver = true;
        slot = 1 - slot;
    }
    building.waitForFinished();
    if (!fetched) {
        m_register.setLastError(d->statement->lastError());
        d->failed = true;
        return false;
    }
    return true;
}

bool RegisterDatasets::load(const QString &dataset, const QStringList &columns, Table *out) const
{
    Reader reader(m_register, dataset, columns);
    if (!reader.read(std::numeric_limits<qsizetype>::max(), out))
        return false;
    // Counted as the submitted file will be: a header line and one line per row.
    out->table.counts.header = 1;
    out->table.counts.read = static_cast<int>(out->table.rows.size()) + 1;
    return true;
}

} // namespace veldboek
