#include "OutcomeRepository.h"

#include "Register.h"

#include <QSqlQuery>

namespace veldboek {

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

bool OutcomeRepository::addTrajectory(Trajectory &trajectory)
{
    return inTransaction([&] {
        QSqlQuery query(m_register.database());
        query.prepare(
            QStringLiteral("INSERT INTO trajectories (participant_id, beschikkingsnummer, "
                           "toewijzingsnummer, startdatum, einddatum) VALUES (?, ?, ?, ?, ?)"));
        query.addBindValue(trajectory.participantId);
        query.addBindValue(trajectory.beschikkingsnummer);
        query.addBindValue(trajectory.toewijzingsnummer);
        query.addBindValue(trajectory.startdatum);
        query.addBindValue(trajectory.einddatum);
        if (!exec(query))
            return false;
        trajectory.id = query.lastInsertId().toLongLong();
        return true;
    });
}

bool OutcomeRepository::addGoal(GasGoal &goal)
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
        query.prepare(QStringLiteral(
            "INSERT INTO gas_goals (trajectory_id, goal_number, description) VALUES (?, ?, ?)"));
        query.addBindValue(goal.trajectoryId);
        query.addBindValue(goal.number);
        query.addBindValue(goal.description);
        if (!exec(query))
            return false;
        goal.id = query.lastInsertId().toLongLong();
        return true;
    });
}

bool OutcomeRepository::addGasScore(GasScore &score)
{
    return inTransaction([&] {
        QSqlQuery query(m_register.database());
        query.prepare(QStringLiteral(
            "INSERT INTO gas_scores (goal_id, informant, datum, waarde) VALUES (?, ?, ?, ?)"));
        query.addBindValue(score.goalId);
        query.addBindValue(score.informant);
        query.addBindValue(score.datum);
        query.addBindValue(score.waarde);
        if (!exec(query))
            return false;
        score.id = query.lastInsertId().toLongLong();
        return true;
    });
}

bool OutcomeRepository::addProblemScore(ProblemScore &score)
{
    return inTransaction([&] {
        QSqlQuery query(m_register.database());
        query.prepare(QStringLiteral("INSERT INTO problem_scores (trajectory_id, informant, datum, "
                                     "waarde) VALUES (?, ?, ?, ?)"));
        query.addBindValue(score.trajectoryId);
        query.addBindValue(score.informant);
        query.addBindValue(score.datum);
        query.addBindValue(score.waarde);
        if (!exec(query))
            return false;
        score.id = query.lastInsertId().toLongLong();
        return true;
    });
}

bool OutcomeRepository::addMeasurement(CemMeasurement &measurement)
{
    return inTransaction([&] {
        QSqlQuery query(m_register.database());
        query.prepare(QStringLiteral(
            "INSERT INTO cem_measurements (participant_id, meting_id, client_ref, datum_meting, "
            "informant, vragenlijst) VALUES (?, ?, ?, ?, ?, ?)"));
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
        return true;
    });
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
            result.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                           query.value(2).toString(), query.value(3).toString(),
                           query.value(4).toString()});
    }
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
            result.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                           query.value(2).toString(), query.value(3).toString(),
                           query.value(4).toString()});
    }
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
                       {}});
    QSqlQuery answers(m_register.database());
    answers.setForwardOnly(true);
    answers.prepare(QStringLiteral(
        "SELECT vraag, antwoord FROM cem_answers WHERE measurement_id = ? ORDER BY id"));
    for (CemMeasurement &measurement : result) {
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
