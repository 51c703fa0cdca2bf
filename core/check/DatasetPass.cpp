#include "DatasetPass.h"

#include "storage/SpecDatasets.h"
#include "storage/SqlStatement.h"
#include "validation/DatasetCheck.h"

#include <QSet>
#include <QSqlQuery>
#include <QtConcurrent>
#include <array>
#include <functional>
#include <thread>

namespace veldboek {

namespace {

// Rows per block: about 10 MB of CEM+ rows in hand, a few per cent of the whole table.
std::atomic<qsizetype> BlockRows{32768};

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

// The rows whose key hash another row shares, read again in order for their real keys.
bool readAgainInOrder(RegisterDatasets::Reader &again, DatasetCheck *check,
                      RegisterDatasets::Table *block, const std::atomic<bool> *cancelled)
{
    int first = 0;
    while (!again.atEnd()) {
        if ((cancelled && cancelled->load()) || !again.read(BlockRows.load(), block))
            return false;
        check->addCandidates(block->table, first);
        first += int(block->table.rows.size());
    }
    return true;
}

// The same for the participants: a participant is one row, so the candidates are read by id, a
// few hundred at a time (on 100,000 participants some 900 rows instead of the whole table again:
// 0.4 s of the window's check, issue 18). `ids`: per row, its participant.
bool readParticipantsAgain(Register &reg, const QStringList &columns, const QList<qint64> &ids,
                           DatasetCheck *check, RegisterDatasets::Table *block)
{
    const std::vector<int> rows = check->candidates();
    constexpr size_t IdsPerRead = 500;
    for (size_t start = 0; start < rows.size(); start += IdsPerRead) {
        const size_t end = std::min(rows.size(), start + IdsPerRead);
        QList<qint64> chunk;
        for (size_t i = start; i < end; ++i)
            chunk.append(ids.at(rows[i]));
        RegisterDatasets::Reader again(reg, QStringLiteral("participants"), columns,
                                       Register::Connection::Main, chunk);
        // In id order, as the rows are: one row per id, or the register changed under the check.
        if (!again.isValid() || !again.read(qsizetype(chunk.size()) + 1, block) ||
            block->participantIds != chunk)
            return false;
        for (size_t i = start; i < end; ++i) {
            DataRow &row = block->table.rows[qsizetype(i - start)];
            row.line = rows[i] + 2; // rows are numbered from line 2 in order
            check->addCandidate(row, rows[i]);
        }
    }
    return true;
}

// Reads the candidates again (after the last block): per row its participant, the rows to read
// into. False on a read error.
using CandidateRead =
    std::function<bool(DatasetCheck *, const QList<qint64> &, RegisterDatasets::Table *)>;

// Reads and checks one dataset a block at a time (DatasetCheck.h): this thread reads the next
// block while the thread pool checks the one in hand, so memory holds two blocks, not the
// dataset, and the check costs little more than the read. `onThisThread`: read and check by
// turns on this thread, without the pool, whose threads are the register's thread's (two
// checks in the pool, each waiting for its own work in the pool, waited for each other). The rows
// whose key hash another row shares are read a second time for their real keys. The rows and
// findings are those of Validator::checkDataset on the whole table; the findings name their
// participant, not yet its respondent number (RegisterCheck::merge). std::nullopt on a read error
// or when cancelled.
std::optional<RegisterCheck::Pass> checkRows(const Validator &validator, const DatasetSpec &spec,
                                             const QStringList &columns,
                                             RegisterDatasets::Reader &reader,
                                             const CandidateRead &readCandidates,
                                             const std::atomic<bool> *cancelled, bool onThisThread)
{
    // Two blocks by turns: the thread pool checks one while this thread reads into the other,
    // over the rows of the block before last (RegisterDatasets::Reader::read reuses them).
    const qsizetype blockRows = BlockRows.load();
    std::array<RegisterDatasets::Table, 2> blocks;
    int inHand = 0;
    if (!reader.isValid() || !reader.read(blockRows, &blocks[0]))
        return std::nullopt;
    DataTable shape;
    shape.dataset = spec.name;
    shape.columns = columns;
    DatasetCheck check(validator, shape, onThisThread ? 1 : 0);
    RegisterCheck::Pass pass;
    const bool participants = spec.name == QLatin1String("participants");
    const int numberColumn = int(columns.indexOf(QStringLiteral("respondentnummer")));
    QList<qint64> ids; // per row: the participant behind it
    QList<DatasetCheck::RowFinding> rowFindings;
    while (!blocks[inHand].table.rows.isEmpty()) {
        if (cancelled && cancelled->load())
            return std::nullopt;
        const RegisterDatasets::Table &block = blocks[inHand];
        ids.append(block.participantIds);
        if (participants) {
            for (qsizetype i = 0; i < block.table.rows.size(); ++i)
                pass.respondentNumbers.insert(block.participantIds.at(i),
                                              block.table.rows.at(i).values.value(numberColumn));
        }
        QFuture<void> checking;
        if (onThisThread)
            check.add(block.table, &rowFindings);
        else
            checking = QtConcurrent::run(
                [&check, &rowFindings, &block] { check.add(block.table, &rowFindings); });
        const bool readFailed = !reader.read(blockRows, &blocks[1 - inHand]);
        checking.waitForFinished();
        if (readFailed)
            return std::nullopt;
        inHand = 1 - inHand;
    }
    if (!check.candidates().empty() && !readCandidates(&check, ids, &blocks[inHand]))
        return std::nullopt;
    SourceCounts counts; // as the submitted file would be: a header and a line per row
    counts.header = 1;
    counts.read = reader.rowsRead() + 1;
    QList<DatasetCheck::RowFinding> datasetFindings;
    check.finish(counts, &datasetFindings);
    QList<Finding> findings;
    DatasetCheck::merge(rowFindings, datasetFindings, &findings);

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
        pass.problems.append(std::move(problem));
    }
    return pass;
}

} // namespace

std::optional<RegisterCheck::Pass> DatasetPass::read(Register &reg, const Validator &validator,
                                                     const DatasetSpec &spec)
{
    const PageCacheLimit cacheLimit(reg, 32 * 1024);
    const QStringList columns = SpecDatasets::columns(spec);
    RegisterDatasets::Reader reader(reg, spec.name, columns);
    const bool participants = spec.name == QLatin1String("participants");
    return checkRows(
        validator, spec, columns, reader,
        [&](DatasetCheck *check, const QList<qint64> &ids, RegisterDatasets::Table *block) {
            if (participants)
                return readParticipantsAgain(reg, columns, ids, check, block);
            RegisterDatasets::Reader again(reg, spec.name, columns);
            return readAgainInOrder(again, check, block, nullptr);
        },
        nullptr, false);
}

void DatasetPass::setBlockRows(qsizetype rows)
{
    BlockRows.store(std::max<qsizetype>(1, rows));
}

struct DatasetAside::State
{
    State(Register &reg, const Validator &v)
        : claim(reg)
        , validator(v)
    {}
    Register::ReaderClaim claim;
    Validator validator;
    const DatasetSpec *spec = nullptr;
    QStringList columns;
    std::unique_ptr<SqlStatement> begin;
    std::unique_ptr<SqlStatement> end;
    std::unique_ptr<RegisterDatasets::Reader> rows;
    std::unique_ptr<RegisterDatasets::Reader> again;
    std::thread thread;
    std::optional<RegisterCheck::Pass> pass;
};

DatasetAside::DatasetAside(Register &reg, const Validator &validator, const QString &dataset)
    : d(std::make_unique<State>(reg, validator))
{
    // The participants' candidates are read by id on the main connection; a transaction's own
    // rows are not committed, so the reader would not see them.
    d->spec = d->validator.spec().dataset(dataset);
    if (!d->claim.held() || !d->spec || dataset == QLatin1String("participants") ||
        reg.inTransaction()) {
        d.reset();
        return;
    }
    constexpr auto on = Register::Connection::Reader;
    d->columns = SpecDatasets::columns(*d->spec);
    d->begin = std::make_unique<SqlStatement>(reg, QStringLiteral("BEGIN"), on);
    d->end = std::make_unique<SqlStatement>(reg, QStringLiteral("COMMIT"), on);
    d->rows = std::make_unique<RegisterDatasets::Reader>(reg, dataset, d->columns, on);
    d->again = std::make_unique<RegisterDatasets::Reader>(reg, dataset, d->columns, on);
    if (!d->begin->isValid() || !d->end->isValid() || !d->rows->isValid() || !d->again->isValid())
        d.reset(); // the register's thread reads it instead
}

DatasetAside::~DatasetAside()
{
    cancel();
    if (d && d->thread.joinable())
        d->thread.join();
}

bool DatasetAside::valid() const
{
    return d != nullptr;
}

void DatasetAside::start(std::function<void()> done)
{
    if (!d || d->thread.joinable())
        return;
    d->thread = std::thread([this, done = std::move(done)] {
        if (d->begin->exec()) {
            d->pass = checkRows(
                d->validator, *d->spec, d->columns, *d->rows,
                [this](DatasetCheck *check, const QList<qint64> &, RegisterDatasets::Table *block) {
                    return readAgainInOrder(*d->again, check, block, &m_cancelled);
                },
                &m_cancelled, true);
            d->end->exec();
        }
        if (m_cancelled.load())
            d->pass.reset();
        m_done.store(true);
        if (done)
            done();
    });
}

std::optional<RegisterCheck::Pass> DatasetAside::wait()
{
    if (!d)
        return std::nullopt;
    if (d->thread.joinable())
        d->thread.join();
    return std::move(d->pass);
}

} // namespace veldboek
