#include "RegisterCheck.h"

#include "storage/Register.h"
#include "storage/SpecDatasets.h"
#include "validation/DatasetCheck.h"
#include "validation/Validator.h"

#include <QSet>
#include <QSqlQuery>
#include <QtConcurrent>
#include <memory>
#include <optional>

namespace veldboek {

namespace {

// Rows per block: about 10 MB of CEM+ rows in hand, a few per cent of the whole table.
constexpr qsizetype BlockRows = 32768;

// The register's page cache held small while a dataset is read for the check, and given back
// its size after. The check reads every page of the file once (110 MB at 100,000 participants),
// and the connection keeps up to 128 MB of decrypted pages (storage/SqlCipherDriver.cpp, sized
// for an import's transaction): kept, they were a third of the window's peak memory (issue 18,
// docs/benchmarks.md). The participants' second read for the dataset rules fits in the limit.
class PageCacheLimit
{
public:
    PageCacheLimit(Register &reg, int kibibytes)
        : m_database(reg.database())
    {
        QSqlQuery query(m_database);
        if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next())
            m_before = query.value(0).toLongLong();
        if (m_before != 0 && (m_before > 0 || -m_before > kibibytes))
            QSqlQuery(m_database).exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kibibytes));
        else
            m_before = 0; // already as small: nothing to give back
    }
    ~PageCacheLimit()
    {
        if (m_before != 0)
            QSqlQuery(m_database).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_before));
    }
    PageCacheLimit(const PageCacheLimit &) = delete;
    PageCacheLimit &operator=(const PageCacheLimit &) = delete;

private:
    QSqlDatabase m_database;
    qint64 m_before = 0; // as PRAGMA cache_size gives it: pages, or KiB when negative
};

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

// Reads and checks one dataset a block at a time (DatasetCheck.h): the register's thread reads
// the next block while the thread pool checks the one in hand, so memory holds two blocks, not
// the dataset, and the check costs little more than the read. The rows whose key hash another
// row shares are read a second time for their real keys. The rows and findings are those of
// Validator::checkDataset on the whole table. std::nullopt on a read error.
std::optional<RegisterCheck::Pass> checkDataset(Register &reg, const Validator &validator,
                                                const DatasetSpec &spec,
                                                const QHash<qint64, QString> &numbers)
{
    const PageCacheLimit cacheLimit(reg, 32 * 1024);
    const QStringList columns = SpecDatasets::columns(spec);
    RegisterDatasets::Reader reader(reg, spec.name, columns);
    RegisterDatasets::Table block;
    if (!reader.isValid() || !reader.read(BlockRows, &block))
        return std::nullopt;
    DataTable shape;
    shape.dataset = spec.name;
    shape.columns = columns;
    DatasetCheck check(validator, shape);
    RegisterCheck::Pass pass;
    const bool participants = spec.name == QLatin1String("participants");
    const int numberColumn = int(columns.indexOf(QStringLiteral("respondentnummer")));
    QList<qint64> ids; // per row: the participant behind it
    QList<DatasetCheck::RowFinding> rowFindings;
    bool readFailed = false;
    while (!block.table.rows.isEmpty()) {
        ids.append(block.participantIds);
        if (participants) {
            for (qsizetype i = 0; i < block.table.rows.size(); ++i)
                pass.respondentNumbers.insert(block.participantIds.at(i),
                                              block.table.rows.at(i).values.value(numberColumn));
        }
        auto inHand = std::make_shared<const RegisterDatasets::Table>(std::move(block));
        QFuture<void> checking = QtConcurrent::run(
            [&check, &rowFindings, inHand] { check.add(inHand->table, &rowFindings); });
        readFailed = !reader.read(BlockRows, &block);
        checking.waitForFinished();
        if (readFailed)
            return std::nullopt;
    }
    if (!check.candidates().empty()) {
        RegisterDatasets::Reader again(reg, spec.name, columns);
        int first = 0;
        while (!again.atEnd()) {
            if (!again.read(BlockRows, &block))
                return std::nullopt;
            check.addCandidates(block.table, first);
            first += int(block.table.rows.size());
        }
    }
    SourceCounts counts; // as the submitted file would be: a header and a line per row
    counts.header = 1;
    counts.read = reader.rowsRead() + 1;
    QList<DatasetCheck::RowFinding> datasetFindings;
    check.finish(counts, &datasetFindings);
    QList<Finding> findings;
    DatasetCheck::merge(rowFindings, datasetFindings, &findings);

    const QHash<qint64, QString> &names = participants ? pass.respondentNumbers : numbers;
    TextPool pool;
    pass.problems.reserve(findings.size());
    for (const Finding &finding : std::as_const(findings)) {
        RegisterProblem problem;
        problem.dataset = pool(spec.name);
        problem.rule = pool(finding.rule);
        problem.field = pool(finding.field);
        problem.severity = finding.severity;
        problem.message = pool(finding.message);
        problem.line = finding.line;
        // Rows are numbered from 2 in order (RegisterDatasets), so a line finds its row directly.
        const qsizetype row = finding.line - 2;
        problem.participantId = row >= 0 && row < ids.size() ? ids.at(row) : 0;
        problem.respondentNumber = names.value(problem.participantId);
        pass.problems.append(std::move(problem));
    }
    return pass;
}

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

RegisterCheck::~RegisterCheck() = default;

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
        const Validator *validator = nullptr;
        const DatasetSpec *spec = specFor(name, validatorFor, &validator);
        if (!spec)
            continue;
        // A dataset that cannot be read is left out, as the window's check leaves it out.
        if (std::optional<Pass> pass = checkDataset(reg, *validator, *spec, numbers))
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
    // A dataset is read and checked in one go (checkDataset above): between datasets nothing
    // runs, and the queued next step sees the run it belonged to is over.
    ++m_run;
    m_register = nullptr;
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
        if (std::optional<Pass> pass =
                checkDataset(*m_register, *validator, *spec, m_respondentNumbers))
            merge(std::move(*pass), &m_pending, &m_respondentNumbers);
        if (!m_datasetsLeft.isEmpty()) {
            scheduleNextDataset();
            return;
        }
    }
    m_register = nullptr;
    m_result = std::move(m_pending);
    m_pending = Result();
    m_respondentNumbers.clear();
    ++m_finishedRuns;
    Q_EMIT finished();
}

} // namespace veldboek
