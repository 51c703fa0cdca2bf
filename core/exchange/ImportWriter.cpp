#include "ImportWriter.h"

#include "ImportPlan.h"
#include "storage/OutcomeExtraFields.h"
#include "storage/OutcomeRepository.h"
#include "storage/ParticipantBulkInsert.h"
#include "storage/ParticipantRepository.h"
#include "storage/Register.h"
#include "storage/SqlStatement.h"
#include "validation/FieldValue.h"

#include <QCoreApplication>
#include <QHash>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace veldboek {

namespace {

constexpr int Batch = 2000; // rows between progress reports (and cancel checks)

QString cancelledText()
{
    return QCoreApplication::translate("ImportWriter",
                                       "The import was cancelled; the register is as it was.");
}

} // namespace

bool ImportWriter::write(const ImportPlan &plan, const Progress &progress, Outcome *outcome)
{
    *outcome = {};
    const bool ok = m_register.transaction([&] {
        if (plan.dataset == QLatin1String("participants"))
            return writeParticipants(plan, progress, outcome);
        return writeOutcomes(plan, progress, outcome);
    });
    if (!ok && outcome->cancelled)
        m_register.setLastError(QSqlError(cancelledText(), {}, QSqlError::UnknownError));
    if (!ok) {
        Outcome cancelled;
        cancelled.cancelled = outcome->cancelled;
        *outcome = cancelled;
    }
    return ok;
}

bool ImportWriter::writeWhileChecking(ImportPlan &plan, const Validator &validator,
                                      const Progress &progress, Outcome *outcome)
{
    // The rows as the register will hold them, made on the checking core too: the writer only
    // reads the plan, so neither changes what the other reads.
    QFuture<ImportPlan::Check> checking = QtConcurrent::run(
        // On one core: the writer, on the other, is what the import waits for.
        [&validator, &plan] { return ImportPlan::check(validator, plan.checkTable(), 1); });
    const bool written = write(plan, progress, outcome);
    plan.apply(checking.result());
    return written;
}

bool ImportWriter::writeParticipants(const ImportPlan &plan, const Progress &progress,
                                     Outcome *outcome)
{
    ParticipantRepository repository(m_register);
    // Per table column: whether the register keeps it (a column of its own or a row of
    // participant_fields: storage/ParticipantBulkInsert.h).
    QList<bool> kept;
    QStringList registerColumns;
    for (const QString &key : plan.table.columns) {
        kept.append(plan.registerFields.contains(key));
        if (kept.last())
            registerColumns.append(key);
    }
    // Usually every column is a register field and a row is bound as it is.
    const bool asIs = registerColumns.size() == plan.table.columns.size();
    const int total = static_cast<int>(plan.rows.size());
    const int adding = static_cast<int>(
        std::count_if(plan.rows.begin(), plan.rows.end(), [](const ImportRow &row) {
            return row.match == ImportRow::Match::None || row.choice == ImportRow::Choice::Add;
        }));
    ParticipantBulkInsert insert(m_register, registerColumns, plan.source, adding);
    if (!insert.isValid())
        return false;
    QStringList subset;
    for (int i = 0; i < total; ++i) {
        const ImportRow &row = plan.rows.at(i);
        const DataRow &data = plan.table.rows.at(i);
        if (row.repeats > 0) {
            ++outcome->repeated;
        } else if (row.match != ImportRow::Match::None && row.choice == ImportRow::Choice::Skip) {
            ++outcome->skipped;
        } else if (row.match != ImportRow::Match::None && row.choice == ImportRow::Choice::Update) {
            std::optional<Participant> existing = repository.find(row.matchedId);
            if (!existing)
                return false;
            for (int c = 0; c < kept.size(); ++c) {
                if (kept.at(c))
                    existing->setValue(plan.table.columns.at(c), data.values.at(c));
            }
            if (!repository.update(*existing))
                return false;
            ++outcome->updated;
            ++outcome->imported;
        } else {
            if (!asIs) {
                subset.clear();
                for (int c = 0; c < kept.size(); ++c) {
                    if (kept.at(c))
                        subset.append(data.values.at(c));
                }
            }
            if (!insert.add(asIs ? data.values : subset))
                return false;
            ++outcome->added;
            ++outcome->imported;
        }
        if (progress && (i + 1) % Batch == 0 && !progress(i + 1, total)) {
            outcome->cancelled = true;
            return false;
        }
    }
    if (!insert.finish())
        return false;
    if (progress && !progress(total, total)) {
        outcome->cancelled = true;
        return false;
    }
    return true;
}

namespace {

// Writes the rows of a score or answer file (GAS, problem scores, CEM+): finds or creates the
// participant of each row, then its trajectory and goal or its measurement. What the register
// already has is looked up once rather than per row.
class OutcomeRows
{
public:
    OutcomeRows(Register &reg, const QString &dataset, const QStringList &columns,
                ImportWriter::Outcome *outcome)
        : m_register(reg)
        , m_columns(columns)
        , m_stored(OutcomeExtraFields::storedKeys(dataset))
        , m_participants(reg)
        , m_outcomes(reg)
        , m_outcome(outcome)
        , m_registeredProvider(reg.setting(QStringLiteral("zorgaanbieder_id")).toString())
    {
        m_participants.forEach([&](const Participant &p) {
            if (!p.value(u"bsn").isEmpty())
                m_byBsn.insert(p.value(u"bsn"), p.id);
            if (!p.value(u"respondentnummer").isEmpty())
                m_byNumber.insert(p.value(u"respondentnummer"), p.id);
        });
    }

    // The participant of the row: by citizen service number, else by client reference, else
    // one created with only those. 0 when it could not be added.
    qint64 participantFor(const DataRow &row)
    {
        const QString number = value(row, bsn).trimmed();
        const QString reference = value(row, clientRef).trimmed();
        if (qint64 id = m_byBsn.value(number); id > 0 && number != FieldValue::unknownBsn())
            return id;
        if (qint64 id = m_byNumber.value(reference); id > 0 && !reference.isEmpty())
            return id;
        Participant created;
        created.setValue(u"bsn", number);
        created.setValue(u"respondentnummer", reference);
        if (!m_participants.add(created))
            return 0;
        if (!number.isEmpty())
            m_byBsn.insert(number, created.id);
        if (!reference.isEmpty())
            m_byNumber.insert(reference, created.id);
        ++m_outcome->added;
        return created.id;
    }

    // CEM+: the answer, in the participant's measurement (added at its first row); the care
    // provider taken from the file while the register keeps none.
    bool writeAnswer(const DataRow &row, qint64 participant)
    {
        if (m_registeredProvider.isEmpty() && !value(row, provider).isEmpty() &&
            !m_register.setSetting(QStringLiteral("zorgaanbieder_id"), value(row, provider)))
            return false;
        const QString key =
            QString::number(participant) + QLatin1Char('|') + value(row, measurementId);
        qint64 measurement = m_measurements.value(key);
        if (measurement == 0) {
            CemMeasurement m{0,
                             participant,
                             value(row, measurementId),
                             value(row, clientRef),
                             value(row, measured),
                             value(row, informant),
                             value(row, questionnaire),
                             {},
                             addedValues(row)};
            if (!m_outcomes.addMeasurement(m))
                return false;
            measurement = m.id;
            m_measurements.insert(key, measurement);
        }
        return m_outcomes.setAnswer(measurement, value(row, item), value(row, answer));
    }

    // GAS or problem score: the score, in the participant's trajectory (and goal, for GAS),
    // each added at its first row.
    bool writeScore(const DataRow &row, qint64 participant, bool gas)
    {
        const QString trajectoryKey = QString::number(participant) + QLatin1Char('|') +
                                      value(row, decision) + QLatin1Char('|') +
                                      value(row, assignment);
        qint64 trajectory = m_trajectories.value(trajectoryKey);
        if (trajectory == 0) {
            Trajectory t{0, participant, value(row, decision), value(row, assignment), {}, {}};
            if (!m_outcomes.addTrajectory(t))
                return false;
            trajectory = t.id;
            m_trajectories.insert(trajectoryKey, trajectory);
        }
        const QString code = value(row, type).trimmed().toUpper();
        if (!gas) {
            ProblemScore s{
                0, trajectory, code, value(row, date), value(row, score), addedValues(row)};
            return m_outcomes.addProblemScore(s);
        }
        // D<goal><informant>: D1O = goal 1 by a parent, D2C = goal 2 by the client.
        const int goalNumber = code.mid(1, code.size() - 2).toInt();
        const QString goalKey =
            QString::number(trajectory) + QLatin1Char('|') + QString::number(goalNumber);
        qint64 goal = m_goals.value(goalKey);
        if (goal == 0) {
            GasGoal g{0, trajectory, goalNumber, {}};
            if (!m_outcomes.addGoal(g))
                return false;
            goal = g.id;
            m_goals.insert(goalKey, goal);
        }
        GasScore s{0, goal, code.right(1), value(row, date), value(row, score), addedValues(row)};
        return m_outcomes.addGasScore(s);
    }

private:
    int column(const char *key) const
    {
        return static_cast<int>(m_columns.indexOf(QLatin1String(key)));
    }
    static QString value(const DataRow &row, int c) { return c < 0 ? QString() : row.values.at(c); }
    // The values of the fields a fetched spec added (storage/OutcomeExtraFields.h), by key; a
    // CEM+ measurement takes those of its first answer row.
    QMap<QString, QString> addedValues(const DataRow &row) const
    {
        QMap<QString, QString> values;
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            if (!m_stored.contains(m_columns.at(c)) && !row.values.at(c).isEmpty())
                values.insert(m_columns.at(c), row.values.at(c));
        }
        return values;
    }

    Register &m_register;
    const QStringList &m_columns;
    const QStringList m_stored; // the keys with a column; any other is a field a spec added
    const int bsn = column("bsn"), decision = column("beschikkingsnummer"),
              assignment = column("toewijzingsnummer"), type = column("type"),
              score = column("waarde"), date = column("datum"), clientRef = column("client_ref"),
              measurementId = column("meting_id"), measured = column("datum_meting"),
              informant = column("informant"), questionnaire = column("vragenlijst"),
              item = column("vraag"), answer = column("antwoord"),
              provider = column("zorgaanbieder_id");
    ParticipantRepository m_participants;
    OutcomeRepository m_outcomes;
    ImportWriter::Outcome *m_outcome;
    const QString m_registeredProvider;
    QHash<QString, qint64> m_byBsn, m_byNumber;
    QHash<QString, qint64> m_trajectories, m_goals, m_measurements;
};

} // namespace

bool ImportWriter::writeOutcomes(const ImportPlan &plan, const Progress &progress, Outcome *outcome)
{
    const bool cem = plan.dataset == QLatin1String("cem");
    const bool gas = plan.dataset == QLatin1String("gas");
    OutcomeRows rows(m_register, plan.dataset, plan.table.columns, outcome);
    const int total = static_cast<int>(plan.table.rows.size());
    // false: cancelled.
    auto report = [&](int i) {
        if (progress && ((i + 1) % Batch == 0 || i + 1 == total) && !progress(i + 1, total)) {
            outcome->cancelled = true;
            return false;
        }
        return true;
    };
    for (int i = 0; i < total; ++i) {
        const DataRow &row = plan.table.rows.at(i);
        if (plan.rows.at(i).repeats > 0) {
            // The same answer again: the earlier row's is kept (INSERT OR REPLACE would keep
            // this one, and the plan's verdict counts the earlier).
            ++outcome->repeated;
            if (!report(i))
                return false;
            continue;
        }
        const qint64 participant = rows.participantFor(row);
        if (participant == 0)
            return false;
        if (!(cem ? rows.writeAnswer(row, participant) : rows.writeScore(row, participant, gas)))
            return false;
        ++outcome->imported;
        if (!report(i))
            return false;
    }
    return true;
}

} // namespace veldboek
