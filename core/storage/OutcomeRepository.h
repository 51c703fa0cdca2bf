#pragma once

#include "domain/Outcomes.h"

#include <QList>
#include <functional>
#include <optional>

class QSqlQuery;

namespace veldboek {

class Register;

// Outcome data of a participant: trajectories, GAS goals and scores, problem-reduction scores,
// CEM+ measurements with their answers. A score or measurement carries the values of the fields a
// fetched spec added (`extra`, stored by OutcomeExtraFields.h): written with it, read with it,
// changed and audited like its other fields. Callers that add many records wrap them in one
// Register::transaction(); single edits get their own transaction here.
//
// Edits by a user (Audited::Yes, update*, remove*) write their audit rows (who, when, record,
// field, old, new) in the same transaction as the change. Bulk adds (import, demo) are not
// audited row by row. A record with an id set is inserted under that id: undoing a removal
// puts it back as it was, so later undo steps and the audit log still name the same record.
class OutcomeRepository
{
public:
    enum class Audited { No, Yes };

    explicit OutcomeRepository(Register &reg)
        : m_register(reg)
    {}

    bool addTrajectory(Trajectory &trajectory, Audited audited = Audited::No);
    // A new goal gets the next free number within its trajectory when number is 0.
    bool addGoal(GasGoal &goal, Audited audited = Audited::No);
    bool addGasScore(GasScore &score, Audited audited = Audited::No);
    bool addProblemScore(ProblemScore &score, Audited audited = Audited::No);
    bool addMeasurement(CemMeasurement &measurement, Audited audited = Audited::No);

    // Changes the stored record to these values; one audit row per changed field.
    bool updateGoal(const GasGoal &goal);
    bool updateGasScore(const GasScore &score);
    bool updateProblemScore(const ProblemScore &score);
    // The measurement's own fields and its answers (an item left out is removed).
    bool updateMeasurement(const CemMeasurement &measurement);

    // Removes the record (a goal with its scores, a measurement with its answers), audited.
    bool removeGoal(qint64 goalId);
    bool removeGasScore(qint64 scoreId);
    bool removeProblemScore(qint64 scoreId);
    bool removeMeasurement(qint64 measurementId);
    // Removes a trajectory that holds no goals or scores any more (the undo of the edit that
    // created it); one that still does is refused, as they would go without audit rows.
    bool removeTrajectory(qint64 trajectoryId);
    // Puts a removed goal back with its scores, under their old ids, audited.
    bool restoreGoal(GasGoal goal, QList<GasScore> scores);

    std::optional<GasGoal> goal(qint64 goalId) const;
    std::optional<GasScore> gasScore(qint64 scoreId) const;
    std::optional<ProblemScore> problemScore(qint64 scoreId) const;
    std::optional<CemMeasurement> measurement(qint64 measurementId) const;
    // Sets (or replaces) the answer to one item of a measurement.
    bool setAnswer(qint64 measurementId, const QString &item, const QString &answer);

    QList<Trajectory> trajectories(qint64 participantId) const;
    QList<GasGoal> goals(qint64 trajectoryId) const;
    QList<GasScore> gasScores(qint64 goalId) const;
    QList<ProblemScore> problemScores(qint64 trajectoryId) const;
    QList<CemMeasurement> measurements(qint64 participantId) const;

    struct Counts
    {
        int trajectories = 0;
        int goals = 0;
        int gasScores = 0;
        int problemScores = 0;
        int measurements = 0;
        int answers = 0;
    };
    Counts counts() const;

private:
    bool inTransaction(const std::function<bool()> &work);
    bool exec(QSqlQuery &query);
    bool created(const QString &table, qint64 id, Audited audited);
    // UPDATE table SET field = ? for each field whose value differs, with its audit row.
    bool changeFields(const QString &table, qint64 id,
                      const QList<std::pair<QString, QString>> &before,
                      const QList<std::pair<QString, QString>> &after);
    // The values of fields without a column (OutcomeExtraFields.h) that differ, each audited
    // under its key.
    bool changeExtra(const QString &table, const QString &dataset, qint64 id,
                     const QMap<QString, QString> &before, const QMap<QString, QString> &after);
    bool attachExtra(const QString &dataset, qint64 id, QMap<QString, QString> *values) const;
    bool removeRow(const QString &table, qint64 id, const QString &what);
    bool notFound(qint64 id);
    Register &m_register;
};

} // namespace veldboek
