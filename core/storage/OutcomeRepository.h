#pragma once

#include "domain/Outcomes.h"

#include <QList>
#include <functional>

class QSqlQuery;

namespace veldboek {

class Register;

// Outcome data of a participant: trajectories, GAS goals and scores, problem-reduction scores,
// CEM+ measurements with their answers. Callers that add many records wrap them in one
// Register::transaction(); single edits get their own transaction here.
class OutcomeRepository
{
public:
    explicit OutcomeRepository(Register &reg)
        : m_register(reg)
    {}

    bool addTrajectory(Trajectory &trajectory);
    // A new goal gets the next free number within its trajectory when number is 0.
    bool addGoal(GasGoal &goal);
    bool addGasScore(GasScore &score);
    bool addProblemScore(ProblemScore &score);
    bool addMeasurement(CemMeasurement &measurement);
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
    Register &m_register;
};

} // namespace veldboek
