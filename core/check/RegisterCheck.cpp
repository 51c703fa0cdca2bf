#include "RegisterCheck.h"

#include "DatasetPass.h"
#include "storage/Register.h"
#include "storage/RegisterDatasets.h"
#include "validation/Validator.h"

#include <optional>

namespace veldboek {

namespace {

// The dataset's spec and engine; none when no engine checks it.
const DatasetSpec *specFor(const QString &name, const RegisterCheck::ValidatorFor &validatorFor,
                           const Validator **validator)
{
    *validator = validatorFor(name);
    return *validator ? (*validator)->spec().dataset(name) : nullptr;
}

} // namespace

RegisterCheck::RegisterCheck(QObject *parent)
    : QObject(parent)
{}

RegisterCheck::~RegisterCheck()
{
    cancel(); // waits for the aside thread, which posts to this object
}

void RegisterCheck::merge(Pass pass, Result *into, QHash<qint64, QString> *numbers)
{
    if (!pass.respondentNumbers.isEmpty())
        *numbers = std::move(pass.respondentNumbers);
    into->problems.reserve(into->problems.size() + pass.problems.size());
    for (RegisterProblem &problem : pass.problems) {
        // The participants come first (RegisterDatasets::datasets()): their numbers name all.
        problem.respondentNumber = numbers->value(problem.participantId);
        Severity &worst = into->worstByParticipant[problem.participantId];
        if (problem.severity > worst)
            worst = problem.severity;
        into->problems.append(std::move(problem));
    }
}

std::unique_ptr<DatasetAside> RegisterCheck::startAside(Register &reg,
                                                        const ValidatorFor &validatorFor,
                                                        QStringList *datasets,
                                                        std::function<void()> done)
{
    const QString name = QStringLiteral("cem");
    const Validator *validator = nullptr;
    if (!datasets->contains(name) || !specFor(name, validatorFor, &validator))
        return nullptr;
    auto aside = std::make_unique<DatasetAside>(reg, *validator, name);
    if (!aside->valid())
        return nullptr;
    datasets->removeAll(name);
    aside->start(std::move(done));
    return aside;
}

RegisterCheck::Result RegisterCheck::run(Register &reg, const ValidatorFor &validatorFor)
{
    Result result;
    QHash<qint64, QString> numbers;
    QStringList datasets = RegisterDatasets::datasets();
    const std::unique_ptr<DatasetAside> aside = startAside(reg, validatorFor, &datasets, {});
    for (const QString &name : std::as_const(datasets)) {
        const Validator *validator = nullptr;
        const DatasetSpec *spec = specFor(name, validatorFor, &validator);
        if (!spec)
            continue;
        // A dataset that cannot be read is left out, as the window's check leaves it out.
        if (std::optional<Pass> pass = DatasetPass::read(reg, *validator, *spec))
            merge(std::move(*pass), &result, &numbers);
    }
    if (aside) {
        if (std::optional<Pass> pass = aside->wait())
            merge(std::move(*pass), &result, &numbers);
    }
    return result;
}

void RegisterCheck::replaceParticipant(qint64 id, const QString &respondentNumber,
                                       const QList<Finding> &findings)
{
    QList<RegisterProblem> kept;
    kept.reserve(m_result.problems.size());
    int line = 0;
    for (RegisterProblem &problem : m_result.problems) {
        if (problem.participantId == id && problem.dataset == QLatin1String("participants")) {
            line = problem.line;
            continue;
        }
        kept.append(std::move(problem));
    }
    m_result.problems = std::move(kept);
    Severity worst = Severity::None;
    for (const RegisterProblem &problem : std::as_const(m_result.problems)) {
        if (problem.participantId == id)
            worst = qMax(worst, problem.severity);
    }
    if (!respondentNumber.isEmpty()) {
        for (const Finding &finding : findings) {
            RegisterProblem problem;
            problem.dataset = QStringLiteral("participants");
            problem.rule = finding.rule;
            problem.field = finding.field;
            problem.severity = finding.severity;
            problem.message = finding.message;
            problem.participantId = id;
            problem.respondentNumber = respondentNumber;
            problem.line = line;
            worst = qMax(worst, finding.severity);
            m_result.problems.append(std::move(problem));
        }
    }
    if (worst == Severity::None)
        m_result.worstByParticipant.remove(id);
    else
        m_result.worstByParticipant.insert(id, worst);
}

bool RegisterCheck::isRunning() const
{
    return m_register != nullptr;
}

void RegisterCheck::cancel()
{
    // A dataset is read and checked in one go (DatasetPass::read): between datasets nothing
    // runs on this thread, and the queued next step sees the run it belonged to is over. The
    // dataset read aside stops at its next block, and is waited for: the register may close.
    ++m_run;
    m_register = nullptr;
    m_aside.reset();
    m_datasetsLeft.clear();
    m_pending = Result();
    m_respondentNumbers.clear();
}

void RegisterCheck::start(Register &reg, const ValidatorFor &validatorFor)
{
    cancel();
    m_register = &reg;
    m_validatorFor = validatorFor;
    m_datasetsLeft = RegisterDatasets::datasets();
    // Posted from the aside thread to this one, where its result is merged.
    m_aside = startAside(reg, validatorFor, &m_datasetsLeft, [this, run = m_run] {
        QMetaObject::invokeMethod(
            this, [this, run] { finishIfDone(run); }, Qt::QueuedConnection);
    });
    scheduleNextDataset();
}

void RegisterCheck::scheduleNextDataset()
{
    // One dataset per turn of the event loop: the window handles input between datasets.
    QMetaObject::invokeMethod(
        this, [this, run = m_run] { checkNextDataset(run); }, Qt::QueuedConnection);
}

void RegisterCheck::checkNextDataset(quint64 run)
{
    if (run != m_run || !m_register)
        return; // cancelled, or a newer check started
    while (!m_datasetsLeft.isEmpty()) {
        const Validator *validator = nullptr;
        const DatasetSpec *spec = specFor(m_datasetsLeft.takeFirst(), m_validatorFor, &validator);
        if (!spec)
            continue;
        if (std::optional<Pass> pass = DatasetPass::read(*m_register, *validator, *spec))
            merge(std::move(*pass), &m_pending, &m_respondentNumbers);
        if (!m_datasetsLeft.isEmpty()) {
            scheduleNextDataset();
            return;
        }
    }
    finishIfDone(run);
}

void RegisterCheck::finishIfDone(quint64 run)
{
    // Done when this thread's datasets are (none left, none being read) and the aside's.
    if (run != m_run || !m_register || !m_datasetsLeft.isEmpty() || (m_aside && !m_aside->isDone()))
        return;
    if (m_aside) {
        if (std::optional<Pass> pass = m_aside->wait())
            merge(std::move(*pass), &m_pending, &m_respondentNumbers);
        m_aside.reset();
    }
    m_register = nullptr;
    m_result = std::move(m_pending);
    m_pending = Result();
    m_respondentNumbers.clear();
    ++m_finishedRuns;
    Q_EMIT finished();
}

} // namespace veldboek
