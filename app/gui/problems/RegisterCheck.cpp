#include "RegisterCheck.h"

#include "storage/RegisterDatasets.h"
#include "validation/Validator.h"

#include <QtConcurrent>

namespace veldboek::gui {

namespace {

struct Loaded
{
    const Validator *validator = nullptr;
    RegisterDatasets::Table table;
};

QList<Loaded> load(Register &reg, const RegisterCheck::ValidatorFor &validatorFor)
{
    QList<Loaded> loaded;
    RegisterDatasets datasets(reg);
    for (const QString &name : RegisterDatasets::datasets()) {
        const Validator *validator = validatorFor(name);
        const DatasetSpec *spec = validator ? validator->spec().dataset(name) : nullptr;
        if (!spec)
            continue;
        QStringList columns;
        for (const FieldSpec &field : spec->fields)
            columns.append(field.key);
        Loaded item;
        item.validator = validator;
        if (datasets.load(name, columns, &item.table))
            loaded.append(std::move(item));
    }
    return loaded;
}

RegisterCheck::Result check(const QList<Loaded> &loaded)
{
    RegisterCheck::Result result;
    // Respondent numbers come from the participants table, to name rows of the other datasets.
    QHash<qint64, QString> numbers;
    for (const Loaded &item : loaded) {
        if (item.table.table.dataset != QLatin1String("participants"))
            continue;
        const int column =
            int(item.table.table.columns.indexOf(QStringLiteral("respondentnummer")));
        for (qsizetype i = 0; i < item.table.table.rows.size(); ++i)
            numbers.insert(item.table.participantIds.at(i),
                           item.table.table.rows.at(i).values.value(column));
    }
    for (const Loaded &item : loaded) {
        const DataTable &table = item.table.table;
        QHash<int, qint64> participantByLine;
        participantByLine.reserve(table.rows.size());
        for (qsizetype i = 0; i < table.rows.size(); ++i)
            participantByLine.insert(table.rows.at(i).line, item.table.participantIds.at(i));
        QList<Finding> findings;
        item.validator->checkDataset(table, &findings);
        for (const Finding &finding : std::as_const(findings)) {
            RegisterProblem problem;
            problem.dataset = table.dataset;
            problem.rule = finding.rule;
            problem.field = finding.field;
            problem.severity = finding.severity;
            problem.message = finding.message;
            problem.line = finding.line;
            problem.participantId = participantByLine.value(finding.line);
            problem.respondentNumber = numbers.value(problem.participantId);
            Severity &worst = result.worstByParticipant[problem.participantId];
            if (problem.severity > worst)
                worst = problem.severity;
            result.problems.append(std::move(problem));
        }
    }
    return result;
}

} // namespace

RegisterCheck::RegisterCheck(QObject *parent)
    : QObject(parent)
{}

RegisterCheck::~RegisterCheck()
{
    if (m_watcher)
        m_watcher->waitForFinished();
}

RegisterCheck::Result RegisterCheck::run(Register &reg, const ValidatorFor &validatorFor)
{
    return check(load(reg, validatorFor));
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
    return m_watcher && m_watcher->isRunning();
}

void RegisterCheck::start(Register &reg, const ValidatorFor &validatorFor)
{
    if (m_watcher) {
        // The old worker finishes on its own; its watcher goes with it and nobody listens.
        m_watcher->disconnect(this);
        connect(m_watcher, &QFutureWatcher<Result>::finished, m_watcher, &QObject::deleteLater);
        if (m_watcher->isFinished())
            m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    QList<Loaded> loaded = load(reg, validatorFor);
    m_watcher = new QFutureWatcher<Result>(this);
    connect(m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        m_result = m_watcher->result();
        ++m_finishedRuns;
        Q_EMIT finished();
    });
    m_watcher->setFuture(QtConcurrent::run([loaded = std::move(loaded)] { return check(loaded); }));
}

} // namespace veldboek::gui
