#include "OutcomeRepository.h"

#include "AuditLog.h"
#include "OutcomeExtraFields.h"
#include "Register.h"

#include <QHash>
#include <QSqlQuery>

namespace veldboek {

namespace {

const QString Trajectories = QStringLiteral("trajectories");
const QString Goals = QStringLiteral("gas_goals");
const QString GasScores = QStringLiteral("gas_scores");
const QString ProblemScores = QStringLiteral("problem_scores");
const QString Measurements = QStringLiteral("cem_measurements");
// The datasets' names in outcome_fields (core/storage/OutcomeExtraFields.h).
const QString GasDataset = QStringLiteral("gas");
const QString ProblemDataset = QStringLiteral("problem");
const QString CemDataset = QStringLiteral("cem");

// An id of 0 is bound as NULL, so SQLite gives the row the next free id.
QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QList<std::pair<QString, QString>> fieldsOf(const GasScore &score)
{
    return {{QStringLiteral("informant"), score.informant},
            {QStringLiteral("datum"), score.datum},
            {QStringLiteral("waarde"), score.waarde}};
}

QList<std::pair<QString, QString>> fieldsOf(const ProblemScore &score)
{
    return {{QStringLiteral("informant"), score.informant},
            {QStringLiteral("datum"), score.datum},
            {QStringLiteral("waarde"), score.waarde}};
}

QList<std::pair<QString, QString>> fieldsOf(const CemMeasurement &measurement)
{
    return {{QStringLiteral("datum_meting"), measurement.datumMeting},
            {QStringLiteral("informant"), measurement.informant},
            {QStringLiteral("vragenlijst"), measurement.vragenlijst}};
}

} // namespace

bool OutcomeRepository::created(const QString &table, qint64 id, Audited audited)
{
    return audited == Audited::No ||
           AuditLog(m_register)
               .record(table, id, QStringLiteral("*"), QString(), QStringLiteral("created"));
}

bool OutcomeRepository::notFound(qint64 id)
{
    // Another window or an undo step removed it first: say so rather than change nothing.
    m_register.setLastError(QSqlError(QString(), QStringLiteral("record %1 not found").arg(id),
                                      QSqlError::StatementError));
    return false;
}

bool OutcomeRepository::removeRow(const QString &table, qint64 id, const QString &what)
{
    QSqlQuery query(m_register.database());
    // Table names are this file's constants, never user input.
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    if (!exec(query))
        return false;
    if (query.numRowsAffected() != 1)
        return notFound(id);
    return AuditLog(m_register)
        .record(table, id, QStringLiteral("*"), what, QStringLiteral("deleted"));
}

bool OutcomeRepository::changeFields(const QString &table, qint64 id,
                                     const QList<std::pair<QString, QString>> &before,
                                     const QList<std::pair<QString, QString>> &after)
{
    AuditLog audit(m_register);
    for (qsizetype i = 0; i < after.size(); ++i) {
        const auto &[field, value] = after.at(i);
        const QString old = before.at(i).second;
        if (old == value)
            continue;
        QSqlQuery query(m_register.database());
        query.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, field));
        query.addBindValue(value);
        query.addBindValue(id);
        if (!exec(query) || !audit.record(table, id, field, old, value))
            return false;
    }
    return true;
}

bool OutcomeRepository::changeExtra(const QString &table, const QString &dataset, qint64 id,
                                    const QMap<QString, QString> &before,
                                    const QMap<QString, QString> &after)
{
    // A key missing from `after` is left as it is: a caller that does not know a field (a spec
    // that no longer asks for it) does not clear it (a spec never makes data disappear).
    OutcomeExtraFields extra(m_register);
    AuditLog audit(m_register);
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const QString old = before.value(it.key());
        if (old == it.value())
            continue;
        if (!extra.set(dataset, id, it.key(), it.value()) ||
            !audit.record(table, id, it.key(), old, it.value()))
            return false;
    }
    return true;
}

bool OutcomeRepository::attachExtra(const QString &dataset, qint64 id,
                                    QMap<QString, QString> *values) const
{
    return OutcomeExtraFields(m_register).load(dataset, id, values);
}

bool OutcomeRepository::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_register.setLastError(query.lastError());
    return false;
}

bool OutcomeRepository::inTransaction(const std::function<bool()> &work)
{
    return m_register.transaction(work);
}

bool OutcomeRepository::addTrajectory(Trajectory &trajectory, Audited audited)
{
    return inTransaction([&] {
        QSqlQuery query(m_register.database());
        query.prepare(
            QStringLiteral("INSERT INTO trajectories (id, participant_id, beschikkingsnummer, "
                           "toewijzingsnummer, startdatum, einddatum) VALUES (?, ?, ?, ?, ?, ?)"));
        query.addBindValue(idOrNull(trajectory.id));
        query.addBindValue(trajectory.participantId);
        query.addBindValue(trajectory.beschikkingsnummer);
        query.addBindValue(trajectory.toewijzingsnummer);
        query.addBindValue(trajectory.startdatum);
        query.addBindValue(trajectory.einddatum);
        if (!exec(query))
            return false;
        trajectory.id = query.lastInsertId().toLongLong();
        return created(Trajectories, trajectory.id, audited);
    });
}

bool OutcomeRepository::addGoal(GasGoal &goal, Audited audited)
{
    return inTransaction([&] {
        QSqlQuery query(m_register.database());
        if (goal.number <= 0) {
            query.prepare(QStringLiteral(
                "SELECT coalesce(max(goal_number), 0) + 1 FROM gas_goals WHERE trajectory_id = ?"));
            query.addBindValue(goal.trajectoryId);
            if (!exec(query) || !query.next())
                return false;
            goal.number = query.value(0).toInt();
        }
        query.prepare(QStringLiteral("INSERT INTO gas_goals (id, trajectory_id, goal_number, "
                                     "description) VALUES (?, ?, ?, ?)"));
        query.addBindValue(idOrNull(goal.id));
        query.addBindValue(goal.trajectoryId);
        query.addBindValue(goal.number);
        query.addBindValue(goal.description);
        if (!exec(query))
            return false;
        goal.id = query.lastInsertId().toLongLong();
        return created(Goals, goal.id, audited);
    });
}

bool OutcomeRepository::addGasScore(GasScore &score, Audited audited)
{
    return inTransaction([&] {
        QSqlQuery query(m_register.database());
        query.prepare(QStringLiteral("INSERT INTO gas_scores (id, goal_id, informant, datum, "
                                     "waarde) VALUES (?, ?, ?, ?, ?)"));
        query.addBindValue(idOrNull(score.id));
        query.addBindValue(score.goalId);
        query.addBindValue(score.informant);
        query.addBindValue(score.datum);
        query.addBindValue(score.waarde);
        if (!exec(query))
            return false;
        score.id = query.lastInsertId().toLongLong();
        return OutcomeExtraFields(m_register).setAll(GasDataset, score.id, score.extra) &&
               created(GasScores, score.id, audited);
    });
}

bool OutcomeRepository::addProblemScore(ProblemScore &score, Audited audited)
{
    return inTransaction([&] {
        QSqlQuery query(m_register.database());
        query.prepare(QStringLiteral("INSERT INTO problem_scores (id, trajectory_id, informant, "
                                     "datum, waarde) VALUES (?, ?, ?, ?, ?)"));
        query.addBindValue(idOrNull(score.id));
        query.addBindValue(score.trajectoryId);
        query.addBindValue(score.informant);
        query.addBindValue(score.datum);
        query.addBindValue(score.waarde);
        if (!exec(query))
            return false;
        score.id = query.lastInsertId().toLongLong();
        return OutcomeExtraFields(m_register).setAll(ProblemDataset, score.id, score.extra) &&
               created(ProblemScores, score.id, audited);
    });
}

bool OutcomeRepository::addMeasurement(CemMeasurement &measurement, Audited audited)
{
    return inTransaction([&] {
        QSqlQuery query(m_register.database());
        query.prepare(QStringLiteral(
            "INSERT INTO cem_measurements (id, participant_id, meting_id, client_ref, "
            "datum_meting, informant, vragenlijst) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(idOrNull(measurement.id));
        query.addBindValue(measurement.participantId);
        query.addBindValue(measurement.metingId);
        query.addBindValue(measurement.clientRef);
        query.addBindValue(measurement.datumMeting);
        query.addBindValue(measurement.informant);
        query.addBindValue(measurement.vragenlijst);
        if (!exec(query))
            return false;
        measurement.id = query.lastInsertId().toLongLong();
        QSqlQuery answer(m_register.database());
        answer.prepare(QStringLiteral(
            "INSERT INTO cem_answers (measurement_id, vraag, antwoord) VALUES (?, ?, ?)"));
        for (const auto &[item, value] : std::as_const(measurement.answers)) {
            answer.bindValue(0, measurement.id);
            answer.bindValue(1, item);
            answer.bindValue(2, value);
            if (!exec(answer))
                return false;
        }
        return OutcomeExtraFields(m_register)
                   .setAll(CemDataset, measurement.id, measurement.extra) &&
               created(Measurements, measurement.id, audited);
    });
}

bool OutcomeRepository::updateGoal(const GasGoal &goal)
{
    return inTransaction([&] {
        const std::optional<GasGoal> old = this->goal(goal.id);
        if (!old)
            return notFound(goal.id);
        return changeFields(Goals, goal.id, {{QStringLiteral("description"), old->description}},
                            {{QStringLiteral("description"), goal.description}});
    });
}

bool OutcomeRepository::updateGasScore(const GasScore &score)
{
    return inTransaction([&] {
        const std::optional<GasScore> old = gasScore(score.id);
        if (!old)
            return notFound(score.id);
        return changeFields(GasScores, score.id, fieldsOf(*old), fieldsOf(score)) &&
               changeExtra(GasScores, GasDataset, score.id, old->extra, score.extra);
    });
}

bool OutcomeRepository::updateProblemScore(const ProblemScore &score)
{
    return inTransaction([&] {
        const std::optional<ProblemScore> old = problemScore(score.id);
        if (!old)
            return notFound(score.id);
        return changeFields(ProblemScores, score.id, fieldsOf(*old), fieldsOf(score)) &&
               changeExtra(ProblemScores, ProblemDataset, score.id, old->extra, score.extra);
    });
}

bool OutcomeRepository::updateMeasurement(const CemMeasurement &measurement)
{
    return inTransaction([&] {
        const std::optional<CemMeasurement> old = this->measurement(measurement.id);
        if (!old)
            return notFound(measurement.id);
        if (!changeFields(Measurements, measurement.id, fieldsOf(*old), fieldsOf(measurement)) ||
            !changeExtra(Measurements, CemDataset, measurement.id, old->extra, measurement.extra))
            return false;
        // Answers are audited under the measurement, the item code as the field.
        QHash<QString, QString> before;
        for (const auto &[item, answer] : old->answers)
            before.insert(item, answer);
        QHash<QString, QString> after;
        for (const auto &[item, answer] : measurement.answers)
            after.insert(item, answer);
        AuditLog audit(m_register);
        for (const auto &[item, answer] : measurement.answers) {
            if (before.value(item) == answer && before.contains(item))
                continue;
            if (!setAnswer(measurement.id, item, answer) ||
                !audit.record(Measurements, measurement.id, item, before.value(item), answer))
                return false;
        }
        QSqlQuery remove(m_register.database());
        remove.prepare(
            QStringLiteral("DELETE FROM cem_answers WHERE measurement_id = ? AND vraag = ?"));
        for (const auto &[item, answer] : old->answers) {
            if (after.contains(item))
                continue;
            remove.bindValue(0, measurement.id);
            remove.bindValue(1, item);
            if (!exec(remove) || !audit.record(Measurements, measurement.id, item, answer, {}))
                return false;
        }
        return true;
    });
}

bool OutcomeRepository::removeGoal(qint64 goalId)
{
    return inTransaction([&] {
        const std::optional<GasGoal> old = goal(goalId);
        // Its scores go with it (ON DELETE CASCADE); each gets its own audit row.
        const QList<GasScore> scores = gasScores(goalId);
        AuditLog audit(m_register);
        for (const GasScore &score : scores) {
            if (!audit.record(GasScores, score.id, QStringLiteral("*"),
                              score.informant + QLatin1Char(' ') + score.datum + QLatin1Char(' ') +
                                  score.waarde,
                              QStringLiteral("deleted")))
                return false;
        }
        return removeRow(Goals, goalId,
                         old ? QString::number(old->number) + QLatin1Char(' ') + old->description
                             : QString());
    });
}

bool OutcomeRepository::removeGasScore(qint64 scoreId)
{
    return inTransaction([&] {
        const std::optional<GasScore> old = gasScore(scoreId);
        return removeRow(GasScores, scoreId,
                         old ? old->informant + QLatin1Char(' ') + old->datum + QLatin1Char(' ') +
                                   old->waarde
                             : QString());
    });
}

bool OutcomeRepository::removeProblemScore(qint64 scoreId)
{
    return inTransaction([&] {
        const std::optional<ProblemScore> old = problemScore(scoreId);
        return removeRow(ProblemScores, scoreId,
                         old ? old->informant + QLatin1Char(' ') + old->datum + QLatin1Char(' ') +
                                   old->waarde
                             : QString());
    });
}

bool OutcomeRepository::removeMeasurement(qint64 measurementId)
{
    return inTransaction([&] {
        const std::optional<CemMeasurement> old = measurement(measurementId);
        return removeRow(Measurements, measurementId,
                         old ? old->datumMeting + QLatin1Char(' ') + old->vragenlijst +
                                   QLatin1Char(' ') + old->informant
                             : QString());
    });
}

bool OutcomeRepository::removeTrajectory(qint64 trajectoryId)
{
    return inTransaction([&] {
        if (!goals(trajectoryId).isEmpty() || !problemScores(trajectoryId).isEmpty()) {
            m_register.setLastError(QSqlError(
                QString(),
                QStringLiteral("trajectory %1 still holds goals or scores").arg(trajectoryId),
                QSqlError::StatementError));
            return false;
        }
        QSqlQuery query(m_register.database());
        query.prepare(QStringLiteral(
            "SELECT beschikkingsnummer, toewijzingsnummer FROM trajectories WHERE id = ?"));
        query.addBindValue(trajectoryId);
        if (!exec(query))
            return false;
        const QString numbers =
            query.next() ? query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString()
                         : QString();
        return removeRow(Trajectories, trajectoryId, numbers.trimmed());
    });
}

bool OutcomeRepository::restoreGoal(GasGoal goal, QList<GasScore> scores)
{
    return inTransaction([&] {
        if (!addGoal(goal, Audited::Yes))
            return false;
        for (GasScore &score : scores) {
            score.goalId = goal.id;
            if (!addGasScore(score, Audited::Yes))
                return false;
        }
        return true;
    });
}

std::optional<GasGoal> OutcomeRepository::goal(qint64 goalId) const
{
    QSqlQuery query(m_register.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, trajectory_id, goal_number, description FROM gas_goals WHERE id = ?"));
    query.addBindValue(goalId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return GasGoal{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toInt(),
                   query.value(3).toString()};
}

std::optional<GasScore> OutcomeRepository::gasScore(qint64 scoreId) const
{
    QSqlQuery query(m_register.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, goal_id, informant, datum, waarde FROM gas_scores WHERE id = ?"));
    query.addBindValue(scoreId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    GasScore score{query.value(0).toLongLong(), query.value(1).toLongLong(),
                   query.value(2).toString(),   query.value(3).toString(),
                   query.value(4).toString(),   {}};
    if (!attachExtra(GasDataset, score.id, &score.extra))
        return std::nullopt;
    return score;
}

std::optional<ProblemScore> OutcomeRepository::problemScore(qint64 scoreId) const
{
    QSqlQuery query(m_register.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, trajectory_id, informant, datum, waarde FROM problem_scores WHERE id = ?"));
    query.addBindValue(scoreId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    ProblemScore score{query.value(0).toLongLong(), query.value(1).toLongLong(),
                       query.value(2).toString(),   query.value(3).toString(),
                       query.value(4).toString(),   {}};
    if (!attachExtra(ProblemDataset, score.id, &score.extra))
        return std::nullopt;
    return score;
}

std::optional<CemMeasurement> OutcomeRepository::measurement(qint64 measurementId) const
{
    QSqlQuery query(m_register.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT participant_id FROM cem_measurements WHERE id = ?"));
    query.addBindValue(measurementId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const QList<CemMeasurement> all = measurements(query.value(0).toLongLong());
    for (const CemMeasurement &measurement : all) {
        if (measurement.id == measurementId)
            return measurement;
    }
    return std::nullopt;
}

bool OutcomeRepository::setAnswer(qint64 measurementId, const QString &item, const QString &answer)
{
    return inTransaction([&] {
        QSqlQuery query(m_register.database());
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO cem_answers (measurement_id, vraag, "
                                     "antwoord) VALUES (?, ?, ?)"));
        query.addBindValue(measurementId);
        query.addBindValue(item);
        query.addBindValue(answer);
        return exec(query);
    });
}

QList<Trajectory> OutcomeRepository::trajectories(qint64 participantId) const
{
    QList<Trajectory> result;
    QSqlQuery query(m_register.database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, participant_id, beschikkingsnummer, toewijzingsnummer, "
                       "startdatum, einddatum FROM trajectories WHERE participant_id = ? "
                       "ORDER BY id"));
    query.addBindValue(participantId);
    if (query.exec()) {
        while (query.next())
            result.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                           query.value(2).toString(), query.value(3).toString(),
                           query.value(4).toString(), query.value(5).toString()});
    }
    return result;
}

QList<GasGoal> OutcomeRepository::goals(qint64 trajectoryId) const
{
    QList<GasGoal> result;
    QSqlQuery query(m_register.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, trajectory_id, goal_number, description FROM "
                                 "gas_goals WHERE trajectory_id = ? ORDER BY goal_number"));
    query.addBindValue(trajectoryId);
    if (query.exec()) {
        while (query.next())
            result.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                           query.value(2).toInt(), query.value(3).toString()});
    }
    return result;
}

QList<GasScore> OutcomeRepository::gasScores(qint64 goalId) const
{
    QList<GasScore> result;
    QSqlQuery query(m_register.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, goal_id, informant, datum, waarde FROM gas_scores "
                                 "WHERE goal_id = ? ORDER BY id"));
    query.addBindValue(goalId);
    if (query.exec()) {
        while (query.next())
            result.append({query.value(0).toLongLong(),
                           query.value(1).toLongLong(),
                           query.value(2).toString(),
                           query.value(3).toString(),
                           query.value(4).toString(),
                           {}});
    }
    for (GasScore &score : result)
        attachExtra(GasDataset, score.id, &score.extra);
    return result;
}

QList<ProblemScore> OutcomeRepository::problemScores(qint64 trajectoryId) const
{
    QList<ProblemScore> result;
    QSqlQuery query(m_register.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, trajectory_id, informant, datum, waarde FROM "
                                 "problem_scores WHERE trajectory_id = ? ORDER BY id"));
    query.addBindValue(trajectoryId);
    if (query.exec()) {
        while (query.next())
            result.append({query.value(0).toLongLong(),
                           query.value(1).toLongLong(),
                           query.value(2).toString(),
                           query.value(3).toString(),
                           query.value(4).toString(),
                           {}});
    }
    for (ProblemScore &score : result)
        attachExtra(ProblemDataset, score.id, &score.extra);
    return result;
}

QList<CemMeasurement> OutcomeRepository::measurements(qint64 participantId) const
{
    QList<CemMeasurement> result;
    QSqlQuery query(m_register.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, participant_id, meting_id, client_ref, datum_meting, "
                                 "informant, vragenlijst FROM cem_measurements WHERE "
                                 "participant_id = ? ORDER BY id"));
    query.addBindValue(participantId);
    if (!query.exec())
        return result;
    while (query.next())
        result.append({query.value(0).toLongLong(),
                       query.value(1).toLongLong(),
                       query.value(2).toString(),
                       query.value(3).toString(),
                       query.value(4).toString(),
                       query.value(5).toString(),
                       query.value(6).toString(),
                       {},
                       {}});
    QSqlQuery answers(m_register.database());
    answers.setForwardOnly(true);
    answers.prepare(QStringLiteral(
        "SELECT vraag, antwoord FROM cem_answers WHERE measurement_id = ? ORDER BY id"));
    for (CemMeasurement &measurement : result) {
        attachExtra(CemDataset, measurement.id, &measurement.extra);
        answers.bindValue(0, measurement.id);
        if (answers.exec()) {
            while (answers.next())
                measurement.answers.append(
                    {answers.value(0).toString(), answers.value(1).toString()});
        }
    }
    return result;
}

OutcomeRepository::Counts OutcomeRepository::counts() const
{
    Counts counts;
    QSqlQuery query(m_register.database());
    if (query.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM trajectories), (SELECT count(*) FROM gas_goals), "
            "(SELECT count(*) FROM gas_scores), (SELECT count(*) FROM problem_scores), "
            "(SELECT count(*) FROM cem_measurements), (SELECT count(*) FROM cem_answers)")) &&
        query.next()) {
        counts = {query.value(0).toInt(), query.value(1).toInt(), query.value(2).toInt(),
                  query.value(3).toInt(), query.value(4).toInt(), query.value(5).toInt()};
    }
    return counts;
}

} // namespace veldboek
