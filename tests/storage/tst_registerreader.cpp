// The register's second, read-only connection (storage/SqlCipherDriver.h, readerConnection()):
// SpecDatasets::forEach reads the CEM+ answers on it in another thread while the register's own
// connection reads the other datasets (issue 18). These tests hold it to what one connection
// gave: the same rows in the same order, committed edits seen at once, a transaction's own
// uncommitted rows included, a read error reported with nothing half visited; and to the reads
// of the window's check (check/DatasetPass.cpp): claimed, into reused rows, by participant.
#include "demo/DemoGenerator.h"
#include "domain/Participant.h"
#include "storage/OutcomeRepository.h"
#include "storage/Register.h"
#include "storage/SpecDatasets.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace veldboek;

namespace {

struct Read
{
    bool ok = false;
    QString error;
    QList<DataTable> tables;
    QList<QList<qint64>> participantIds;
};

Read readAll(Register &reg)
{
    Read read;
    const std::optional<QList<Spec>> specs = SpecDatasets(reg).specs(&read.error);
    if (!specs)
        return read;
    read.ok = SpecDatasets(reg).forEach(
        *specs,
        [&read](qsizetype, const DatasetSpec &, RegisterDatasets::Table &&table) {
            read.tables.append(std::move(table.table));
            read.participantIds.append(std::move(table.participantIds));
        },
        &read.error);
    return read;
}

// The spec of the dataset `name` among the specs in force.
const DatasetSpec *datasetSpec(const QList<Spec> &specs, const QString &name)
{
    for (const Spec &spec : specs) {
        if (const DatasetSpec *dataset = spec.dataset(name))
            return dataset;
    }
    return nullptr;
}

qsizetype cemRows(const Read &read)
{
    for (const DataTable &table : read.tables) {
        if (table.dataset == QLatin1String("cem"))
            return table.rows.size();
    }
    return -1;
}

} // namespace

class TestRegisterReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Register> demoRegister(int participants)
    {
        const QString path = m_dir.filePath(QStringLiteral("r%1.veldboek").arg(++m_counter));
        RegisterError error;
        auto reg = Register::create(path, CipherKey::generateRaw(), &error);
        if (!reg || !DemoGenerator().fill(*reg, participants))
            return nullptr;
        return reg;
    }

    // A measurement of participant 1 with two answers, as the window adds one.
    static bool addMeasurement(Register &reg)
    {
        CemMeasurement measurement;
        measurement.participantId = 1;
        measurement.metingId = QStringLiteral("reader-test");
        measurement.datumMeting = QStringLiteral("01-03-2026");
        measurement.informant = QStringLiteral("jongere");
        measurement.vragenlijst = QStringLiteral("1");
        measurement.answers = {{QStringLiteral("1"), QStringLiteral("3")},
                               {QStringLiteral("2"), QStringLiteral("4")}};
        return OutcomeRepository(reg).addMeasurement(measurement);
    }

private slots:
    void onlyARegisterOpenedForWritingHasAReader()
    {
        const QString path = m_dir.filePath(QStringLiteral("readonly.veldboek"));
        const QByteArray key(CipherKey::RawKeySize, 'k');
        RegisterError error;
        auto reg = Register::create(path, CipherKey::raw(QByteArray(key)), &error);
        QVERIFY2(reg, qPrintable(error.message()));
        QVERIFY(reg->hasReader());
        reg.reset();
        // A backup being checked or restored is opened without changing it, and without a reader:
        // everything is read on its one connection.
        reg = Register::open(path, CipherKey::raw(QByteArray(key)), &error,
                             Register::Access::ReadOnly);
        QVERIFY2(reg, qPrintable(error.message()));
        QVERIFY(!reg->hasReader());
        const Read read = readAll(*reg);
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(cemRows(read), 0);
    }

    // The same rows, in the same order, as each dataset read on its own on the main connection.
    void readInParallelGivesTheRowsOfOneConnection()
    {
        auto reg = demoRegister(400);
        QVERIFY(reg);
        const Read read = readAll(*reg);
        QVERIFY2(read.ok, qPrintable(read.error));
        QString error;
        const QList<Spec> specs = *SpecDatasets(*reg).specs(&error);
        qsizetype index = 0;
        for (const Spec &spec : specs) {
            for (const DatasetSpec &dataset : spec.datasets) {
                if (!RegisterDatasets::datasets().contains(dataset.name))
                    continue;
                RegisterDatasets::Table alone;
                QVERIFY(SpecDatasets(*reg).load(dataset, &alone));
                QVERIFY(index < read.tables.size());
                const DataTable &table = read.tables.at(index);
                QCOMPARE(table.dataset, dataset.name);
                QCOMPARE(table.columns, alone.table.columns);
                QCOMPARE(table.counts.read, alone.table.counts.read);
                QCOMPARE(table.rows.size(), alone.table.rows.size());
                QVERIFY(!table.rows.isEmpty());
                for (qsizetype r = 0; r < table.rows.size(); ++r) {
                    QCOMPARE(table.rows.at(r).line, alone.table.rows.at(r).line);
                    QCOMPARE(table.rows.at(r).values, alone.table.rows.at(r).values);
                }
                QCOMPARE(read.participantIds.at(index), alone.participantIds);
                ++index;
            }
        }
        QCOMPARE(index, read.tables.size());
    }

    // A passphrase register: the reader stretches the passphrase itself at its first read (the
    // key is not kept after the open), on the reader's thread, and reads the same rows.
    void aPassphraseRegisterReadsThroughItsReader()
    {
        const QString path = m_dir.filePath(QStringLiteral("passphrase.veldboek"));
        RegisterError error;
        auto reg = Register::create(path, CipherKey::passphrase("reader test passphrase"), &error);
        QVERIFY2(reg, qPrintable(error.message()));
        QVERIFY(DemoGenerator().fill(*reg, 30));
        QVERIFY(reg->hasReader());
        const Read read = readAll(*reg);
        QVERIFY2(read.ok, qPrintable(read.error));
        QString specError;
        const QList<Spec> specs = *SpecDatasets(*reg).specs(&specError);
        for (const Spec &spec : specs) {
            if (const DatasetSpec *cem = spec.dataset(QStringLiteral("cem"))) {
                RegisterDatasets::Table alone;
                QVERIFY(SpecDatasets(*reg).load(*cem, &alone));
                QVERIFY(!alone.table.rows.isEmpty());
                QCOMPARE(cemRows(read), alone.table.rows.size());
            }
        }
    }

    // The reader holds no snapshot between reads: an edit committed on the main connection is in
    // the next read.
    void aCommittedEditIsReadAtOnce()
    {
        auto reg = demoRegister(20);
        QVERIFY(reg);
        const qsizetype before = cemRows(readAll(*reg));
        QVERIFY(before > 0);
        QVERIFY(addMeasurement(*reg));
        QCOMPARE(cemRows(readAll(*reg)), before + 2);
    }

    // Inside a transaction the main connection's own uncommitted rows count; the reader cannot
    // see them, so everything is read on the main connection then.
    void insideATransactionItsOwnRowsAreRead()
    {
        auto reg = demoRegister(20);
        QVERIFY(reg);
        const qsizetype before = cemRows(readAll(*reg));
        qsizetype inside = -1;
        QVERIFY(!reg->transaction([&] {
            if (!addMeasurement(*reg))
                return false;
            inside = cemRows(readAll(*reg));
            return false; // rolled back
        }));
        QCOMPARE(inside, before + 2);
        QCOMPARE(cemRows(readAll(*reg)), before);
    }

    // Whoever claimed the reader has it to itself (the window's check reads the CEM+ answers on
    // it): a submission's read meanwhile reads them on the main connection. Here the claim's
    // holder keeps a read open on the reader, so the reader still sees the register as it was
    // before the edit below; only the main connection sees the edit.
    void aClaimedReaderIsLeftToItsHolder()
    {
        auto reg = demoRegister(20);
        QVERIFY(reg);
        const qsizetype before = cemRows(readAll(*reg));
        const Register::ReaderClaim claim(*reg);
        QVERIFY(claim.held());
        QString error;
        const QList<Spec> specs = *SpecDatasets(*reg).specs(&error);
        const DatasetSpec *cem = datasetSpec(specs, QStringLiteral("cem"));
        QVERIFY(cem);
        RegisterDatasets::Reader holder(*reg, QStringLiteral("cem"), SpecDatasets::columns(*cem),
                                        Register::Connection::Reader);
        RegisterDatasets::Table first;
        QVERIFY(holder.read(1, &first));
        QCOMPARE(first.table.rows.size(), 1);
        QVERIFY(addMeasurement(*reg));
        QCOMPARE(cemRows(readAll(*reg)), before + 2);
        RegisterDatasets::Table rest;
        QVERIFY(holder.read(1 << 20, &rest));
        QCOMPARE(rest.table.rows.size() + 1, before); // the holder's snapshot
    }

    // A block read into the rows of the block before (RegisterCheck reads by turns into two):
    // the same rows, lines and participants as one read of all, whatever the table held
    // before (here the participants, with more columns), the last block shorter.
    void blocksReadIntoTheSameTable()
    {
        auto reg = demoRegister(40);
        QVERIFY(reg);
        QString error;
        const QList<Spec> specs = *SpecDatasets(*reg).specs(&error);
        for (const QString &name : {QStringLiteral("gas"), QStringLiteral("cem")}) {
            const DatasetSpec *dataset = datasetSpec(specs, name);
            QVERIFY(dataset);
            RegisterDatasets::Table whole;
            QVERIFY(SpecDatasets(*reg).load(*dataset, &whole));
            const qsizetype size = whole.table.rows.size() % 7 != 0 ? 7 : 8; // a shorter last
            QVERIFY(whole.table.rows.size() % size != 0);
            RegisterDatasets::Table block;
            QVERIFY(RegisterDatasets(*reg).load(QStringLiteral("participants"), Participant::keys(),
                                                &block));
            RegisterDatasets::Reader reader(*reg, name, SpecDatasets::columns(*dataset));
            QList<DataRow> rows;
            QList<qint64> ids;
            while (!reader.atEnd()) {
                QVERIFY(reader.read(size, &block));
                QVERIFY(block.table.rows.size() <= size);
                QCOMPARE(block.table.columns, whole.table.columns);
                QCOMPARE(block.participantIds.size(), block.table.rows.size());
                rows.append(block.table.rows);
                ids.append(block.participantIds);
            }
            QCOMPARE(rows.size(), whole.table.rows.size());
            for (qsizetype r = 0; r < rows.size(); ++r) {
                QCOMPARE(rows.at(r).line, whole.table.rows.at(r).line);
                QCOMPARE(rows.at(r).values, whole.table.rows.at(r).values);
            }
            QCOMPARE(ids, whole.participantIds);
        }
    }

    // Only the named participants' rows (the check reads its candidates again by id), in id
    // order, each as the read of all gives it.
    void onlyTheNamedParticipants()
    {
        auto reg = demoRegister(30);
        QVERIFY(reg);
        QString error;
        const QList<Spec> specs = *SpecDatasets(*reg).specs(&error);
        for (const QString &name : {QStringLiteral("participants"), QStringLiteral("gas")}) {
            const DatasetSpec *dataset = datasetSpec(specs, name);
            QVERIFY(dataset);
            RegisterDatasets::Table whole;
            QVERIFY(SpecDatasets(*reg).load(*dataset, &whole));
            RegisterDatasets::Reader reader(*reg, name, SpecDatasets::columns(*dataset),
                                            Register::Connection::Main, {17, 4, 9});
            RegisterDatasets::Table some;
            QVERIFY(reader.isValid());
            QVERIFY(reader.read(1 << 20, &some));
            QList<QStringList> expected;
            QList<qint64> expectedIds;
            for (qsizetype r = 0; r < whole.table.rows.size(); ++r) {
                if (QList<qint64>{4, 9, 17}.contains(whole.participantIds.at(r))) {
                    expected.append(whole.table.rows.at(r).values);
                    expectedIds.append(whole.participantIds.at(r));
                }
            }
            QVERIFY(expectedIds.size() >= 3);
            QCOMPARE(some.participantIds, expectedIds);
            QCOMPARE(some.table.rows.size(), expected.size());
            for (qsizetype r = 0; r < expected.size(); ++r)
                QCOMPARE(some.table.rows.at(r).values, expected.at(r));
        }
    }

    // A dataset the reader cannot read: the read fails with the reason, and nothing is visited.
    void aReadErrorOnTheReaderIsReported()
    {
        auto reg = demoRegister(20);
        QVERIFY(reg);
        QVERIFY(QSqlQuery(reg->database()).exec(QStringLiteral("DROP TABLE cem_answers")));
        const Read read = readAll(*reg);
        QVERIFY(!read.ok);
        QVERIFY(read.tables.isEmpty());
        QVERIFY2(read.error.contains(QStringLiteral("cem_answers")), qPrintable(read.error));
        // The register itself still answers on its main connection.
        QSqlQuery count(reg->database());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM participants")) && count.next());
        QCOMPARE(count.value(0).toInt(), 20);
    }
};

QTEST_GUILESS_MAIN(TestRegisterReader)
#include "tst_registerreader.moc"
