#pragma once

#include "validation/Spec.h"
#include "validation/Validator.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <functional>
#include <memory>

namespace veldboek {

class DatasetAside;
class Register;

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

// The whole register checked by the engine, exactly as a submission would be. The result gives
// the problems panel (app/gui/problems/ProblemsPanel) its rows and the table its status column.
// No widgets: the tests and benchmarks run it without a window.
//
// A dataset at a time, each in one turn of the event loop, a block of rows at a time
// (check/DatasetPass.h, RegisterDatasets::Reader, DatasetCheck): the register's thread (the
// connection belongs to it) reads the next block while the thread pool checks the block before,
// so memory holds two blocks and the engine's compact keys, not a dataset (issue 18: 515 -> 313
// MB on 100,000 participants), and the window waits for the slower of reading and checking one
// dataset, never for the whole register. Meanwhile another thread reads and checks the CEM+
// answers on the register's reader (DatasetAside). The findings keep one copy of each repeated
// text.
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

    // Starts a check; a check still running is abandoned (its result is dropped). `reg` must
    // stay open until the check finishes or cancel() is called: the datasets are read one by
    // one as the check goes.
    void start(Register &reg, const ValidatorFor &validatorFor);
    // Abandons a running check, so the register can be closed.
    void cancel();
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

    // The findings of one dataset, and the respondent numbers the next datasets are named by.
    struct Pass
    {
        QList<RegisterProblem> problems;
        QHash<qint64, QString> respondentNumbers;
    };

Q_SIGNALS:
    void finished();

private:
    // The CEM+ answers, the largest dataset, read and checked by another thread on the
    // register's reader while this thread does the others (check/DatasetPass.h); taken out of
    // `datasets`. None without the reader (a read-only register, or another read holds it).
    static std::unique_ptr<DatasetAside> startAside(Register &reg, const ValidatorFor &validatorFor,
                                                    QStringList *datasets,
                                                    std::function<void()> done);
    void scheduleNextDataset();
    void checkNextDataset(quint64 run);
    void finishIfDone(quint64 run);
    // Adds a dataset's findings; the participants dataset also gives the respondent numbers.
    static void merge(Pass pass, Result *into, QHash<qint64, QString> *numbers);

    quint64 m_run = 0; // which start() the queued next step belongs to
    Register *m_register = nullptr;
    ValidatorFor m_validatorFor;
    QStringList m_datasetsLeft;
    std::unique_ptr<DatasetAside> m_aside;
    QHash<qint64, QString> m_respondentNumbers;
    Result m_pending;
    Result m_result;
    int m_finishedRuns = 0;
};

} // namespace veldboek
