#pragma once

#include "validation/Spec.h"
#include "validation/Validator.h"

#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QObject>

namespace veldboek {
class Register;
class Validator;
} // namespace veldboek

namespace veldboek::gui {

// One error or warning somewhere in the register, with the participant to open for it.
struct RegisterProblem
{
    QString dataset;
    QString rule;
    QString field;
    Severity severity = Severity::Error;
    QString message;
    qint64 participantId = 0;
    QString respondentNumber;
    int line = 0;
};

// The whole register checked by the engine, exactly as a submission would be: the datasets are
// read from the register in the GUI thread (the connection belongs to it) and checked in a
// worker, so the window stays responsive on a large register. The result gives the problems
// panel its rows and the table its status column.
class RegisterCheck : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        QList<RegisterProblem> problems;
        QHash<qint64, Severity> worstByParticipant;
    };
    // Which engine checks which dataset.
    using ValidatorFor = std::function<const Validator *(const QString &dataset)>;

    explicit RegisterCheck(QObject *parent = nullptr);
    ~RegisterCheck() override;

    // Starts a check; a check still running is abandoned (its result is dropped).
    void start(Register &reg, const ValidatorFor &validatorFor);
    bool isRunning() const;
    // How many checks have finished since the window opened (tests and benchmarks wait on it).
    int finishedRuns() const { return m_finishedRuns; }
    const Result &result() const { return m_result; }
    // After one participant was saved or deleted: its own findings replace those of the last
    // check (an empty respondent number: it was deleted), without checking everything again.
    void replaceParticipant(qint64 id, const QString &respondentNumber,
                            const QList<Finding> &findings);
    // Runs a check to the end in the calling thread (benchmarks, tests).
    static Result run(Register &reg, const ValidatorFor &validatorFor);

Q_SIGNALS:
    void finished();

private:
    QFutureWatcher<Result> *m_watcher = nullptr;
    Result m_result;
    int m_finishedRuns = 0;
};

} // namespace veldboek::gui
