#include "RegisterCheck.h"

#include "storage/SpecDatasets.h"
#include "validation/Validator.h"

#include <QSet>
#include <QtConcurrent>

namespace veldboek {

namespace {

struct Loaded
{
    const Validator *validator = nullptr;
    RegisterDatasets::Table table;
};

// One dataset of the register as the engine's table; no validator when its spec has none.
Loaded load(Register &reg, const QString &name, const RegisterCheck::ValidatorFor &validatorFor)
{
    Loaded item;
    const Validator *validator = validatorFor(name);
    const DatasetSpec *spec = validator ? validator->spec().dataset(name) : nullptr;
    if (!spec)
        return item;
    if (SpecDatasets(reg).load(*spec, &item.table))
        item.validator = validator;
    return item;
}

// Thousands of findings share a handful of rules, fields and messages: one copy of each text,
// the others share it (QString is implicitly shared).
class TextPool
{
public:
    QString operator()(const QString &text)
    {
        const auto found = m_texts.constFind(text);
        if (found != m_texts.cend())
            return *found;
        m_texts.insert(text);
        return text;
    }

private:
    QSet<QString> m_texts;
};

// Checks one dataset and frees its table before returning. Rows of the other datasets are
// named by the respondent numbers the participants dataset gave.
RegisterCheck::Pass check(Loaded item, const QHash<qint64, QString> &numbers)
{
    RegisterCheck::Pass pass;
    const DataTable &table = item.table.table;
    const QList<qint64> &ids = item.table.participantIds;
    const bool participants = table.dataset == QLatin1String("participants");
    if (participants) {
        const int column = int(table.columns.indexOf(QStringLiteral("respondentnummer")));
        pass.respondentNumbers.reserve(table.rows.size());
        for (qsizetype i = 0; i < table.rows.size(); ++i)
            pass.respondentNumbers.insert(ids.at(i), table.rows.at(i).values.value(column));
    }
    const QHash<qint64, QString> &names = participants ? pass.respondentNumbers : numbers;
    // Rows are numbered from 2 in order (RegisterDatasets), so a line finds its row directly.
    QList<Finding> findings;
    item.validator->checkDataset(table, &findings);
    TextPool pool;
    pass.problems.reserve(findings.size());
    for (const Finding &finding : std::as_const(findings)) {
        RegisterProblem problem;
        problem.dataset = pool(table.dataset);
        problem.rule = pool(finding.rule);
        problem.field = pool(finding.field);
        problem.severity = finding.severity;
        problem.message = pool(finding.message);
        problem.line = finding.line;
        const qsizetype row = finding.line - 2;
        problem.participantId =
            row >= 0 && row < ids.size() && table.rows.at(row).line == finding.line ? ids.at(row)
                                                                                    : 0;
        problem.respondentNumber = names.value(problem.participantId);
        pass.problems.append(std::move(problem));
    }
    return pass;
}

} // namespace

RegisterCheck::RegisterCheck(QObject *parent)
    : QObject(parent)
{}

RegisterCheck::~RegisterCheck()
{
    // The worker uses the window's validators: it must be done before they go.
    if (m_watcher)
        m_watcher->waitForFinished();
}

void RegisterCheck::merge(Pass pass, Result *into, QHash<qint64, QString> *numbers)
{
    if (!pass.respondentNumbers.isEmpty())
        *numbers = std::move(pass.respondentNumbers);
    into->problems.reserve(into->problems.size() + pass.problems.size());
    for (RegisterProblem &problem : pass.problems) {
        Severity &worst = into->worstByParticipant[problem.participantId];
        if (problem.severity > worst)
            worst = problem.severity;
        into->problems.append(std::move(problem));
    }
}

RegisterCheck::Result RegisterCheck::run(Register &reg, const ValidatorFor &validatorFor)
{
    Result result;
    QHash<qint64, QString> numbers;
    for (const QString &name : RegisterDatasets::datasets()) {
        Loaded item = load(reg, name, validatorFor);
        if (item.validator)
            merge(check(std::move(item), numbers), &result, &numbers);
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
    m_register = nullptr;
    m_datasetsLeft.clear();
    m_pending = Result();
    m_respondentNumbers.clear();
    if (m_watcher) {
        // The worker finishes on its own (it reads only its own table); nobody listens, and
        // the register is not read again.
        m_watcher->disconnect(this);
        connect(m_watcher, &QFutureWatcher<Pass>::finished, m_watcher, &QObject::deleteLater);
        if (m_watcher->isFinished())
            m_watcher->deleteLater();
        m_watcher = nullptr;
    }
}

void RegisterCheck::start(Register &reg, const ValidatorFor &validatorFor)
{
    cancel();
    m_register = &reg;
    m_validatorFor = validatorFor;
    m_datasetsLeft = RegisterDatasets::datasets();
    checkNextDataset();
}

void RegisterCheck::checkNextDataset()
{
    while (m_register && !m_datasetsLeft.isEmpty()) {
        Loaded item = load(*m_register, m_datasetsLeft.takeFirst(), m_validatorFor);
        if (!item.validator)
            continue;
        m_watcher = new QFutureWatcher<Pass>(this);
        connect(m_watcher, &QFutureWatcher<Pass>::finished, this, [this] {
            Pass pass = m_watcher->result();
            m_watcher->deleteLater();
            m_watcher = nullptr;
            merge(std::move(pass), &m_pending, &m_respondentNumbers);
            checkNextDataset();
        });
        m_watcher->setFuture(
            QtConcurrent::run([item = std::move(item), numbers = m_respondentNumbers]() mutable {
                return check(std::move(item), numbers);
            }));
        return;
    }
    if (!m_register)
        return;
    m_register = nullptr;
    m_result = std::move(m_pending);
    m_pending = Result();
    m_respondentNumbers.clear();
    ++m_finishedRuns;
    Q_EMIT finished();
}

} // namespace veldboek
