// The window's full check of the register (check/RegisterCheck.h): a dataset at a time, a block
// of rows at a time, the CEM+ answers on the register's reader by a thread of their own
// (check/DatasetPass.h), the participants' candidates for the dataset rules read again by id.
// Held here to what the engine says of each whole dataset (Validator::checkDataset on the rows
// a submission would hold), with the reader and without it, and to what a user can do while it
// runs: edit the register, close it.
#include "check/DatasetPass.h"
#include "check/RegisterCheck.h"
#include "demo/DemoGenerator.h"
#include "storage/OutcomeRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/Register.h"
#include "storage/SpecDatasets.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace veldboek;

namespace {

// A problem as the panel lists it.
QString describe(const RegisterProblem &problem)
{
    return QStringLiteral("%1 line %2 #%3 %4 %5 %6 %7 %8")
        .arg(problem.dataset)
        .arg(problem.line)
        .arg(problem.participantId)
        .arg(problem.respondentNumber, problem.rule, problem.field)
        .arg(int(problem.severity))
        .arg(problem.message);
}

QStringList describe(const RegisterCheck::Result &result)
{
    QStringList lines;
    for (const RegisterProblem &problem : result.problems)
        lines.append(describe(problem));
    return lines;
}

// A measurement of `participant` that answers item 2 out of its scale. Two with one `metingId`
// answer their items twice (answer.unique: the register keeps an item once per measurement).
CemMeasurement doubleAnswer(qint64 participant, const QString &metingId)
{
    CemMeasurement measurement;
    measurement.participantId = participant;
    measurement.metingId = metingId;
    measurement.datumMeting = QStringLiteral("01-03-2026");
    measurement.informant = QStringLiteral("jongere");
    measurement.vragenlijst = QStringLiteral("1");
    measurement.answers = {{QStringLiteral("1"), QStringLiteral("3")},
                           {QStringLiteral("2"), QStringLiteral("9")}};
    return measurement;
}

} // namespace

class TestRegisterCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QList<Validator> m_validators;

    RegisterCheck::ValidatorFor validatorFor()
    {
        return [this](const QString &dataset) -> const Validator * {
            for (const Validator &validator : std::as_const(m_validators)) {
                if (validator.spec().dataset(dataset))
                    return &validator;
            }
            return nullptr;
        };
    }

    // A demo register with what makes the dataset rules read rows again: two participants far
    // apart with one citizen service number, two measurements with one id; and a participant
    // with a deletion request, whom no dataset holds.
    std::unique_ptr<Register> demoRegister(int participants)
    {
        const QString path = m_dir.filePath(QStringLiteral("r%1.veldboek").arg(++m_counter));
        RegisterError error;
        auto reg = Register::create(path, CipherKey::generateRaw(), &error);
        if (!reg || !DemoGenerator().fill(*reg, participants))
            return nullptr;
        ParticipantRepository people(*reg);
        std::optional<Participant> first = people.find(3);
        std::optional<Participant> last = people.find(participants - 10);
        if (!first || !last)
            return nullptr;
        last->setValue(u"bsn", first->value(u"bsn"));
        CemMeasurement once = doubleAnswer(7, QStringLiteral("twice"));
        CemMeasurement twice = doubleAnswer(8, QStringLiteral("twice"));
        if (!people.update(*last) || !OutcomeRepository(*reg).addMeasurement(once) ||
            !OutcomeRepository(*reg).addMeasurement(twice) ||
            !people.markSubmitted({20}, QStringLiteral("2026-01-01")) ||
            people.remove(20) != ParticipantRepository::Removal::DeletionRequested)
            return nullptr;
        return reg;
    }

    // What the engine says of each whole dataset, in the order the check lists them.
    QStringList wholeTables(Register &reg)
    {
        QStringList lines;
        QHash<qint64, QString> numbers;
        for (const QString &name : RegisterDatasets::datasets()) {
            const Validator *validator = validatorFor()(name);
            const DatasetSpec *spec = validator ? validator->spec().dataset(name) : nullptr;
            if (!spec)
                continue;
            RegisterDatasets::Table table;
            if (!SpecDatasets(reg).load(*spec, &table))
                return {QStringLiteral("read error")};
            if (name == QLatin1String("participants")) {
                const int column =
                    int(table.table.columns.indexOf(QStringLiteral("respondentnummer")));
                for (qsizetype i = 0; i < table.table.rows.size(); ++i)
                    numbers.insert(table.participantIds.at(i),
                                   table.table.rows.at(i).values.at(column));
            }
            QList<Finding> findings;
            validator->checkDataset(table.table, &findings);
            for (const Finding &finding : std::as_const(findings)) {
                RegisterProblem problem;
                problem.dataset = name;
                problem.line = finding.line;
                problem.participantId = table.participantIds.value(finding.line - 2);
                problem.respondentNumber = numbers.value(problem.participantId);
                problem.rule = finding.rule;
                problem.field = finding.field;
                problem.severity = finding.severity;
                problem.message = finding.message;
                lines.append(describe(problem));
            }
        }
        return lines;
    }

    // The window's way: started, then the event loop runs until it says it finished.
    static RegisterCheck::Result inTheWindow(Register &reg,
                                             const RegisterCheck::ValidatorFor &validators)
    {
        RegisterCheck check;
        QSignalSpy finished(&check, &RegisterCheck::finished);
        check.start(reg, validators);
        if (!finished.wait(60000))
            return {};
        return check.result();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto reg = demoRegister(60);
        QVERIFY(reg);
        QString error;
        const std::optional<QList<Spec>> specs = SpecDatasets(*reg).specs(&error);
        QVERIFY2(specs, qPrintable(error));
        for (const Spec &spec : *specs)
            m_validators.append(Validator(spec));
    }

    void cleanup() { DatasetPass::setBlockRows(32768); }

    // Every problem, its line, participant and respondent number, in the engine's order: in
    // blocks of 1 (each row its own block), 7, and one block for all, with the reader and
    // without it (another read holds it: everything on the register's thread).
    void theProblemsOfTheWholeTables_data()
    {
        QTest::addColumn<int>("blockRows");
        QTest::addColumn<bool>("readerTaken");
        QTest::newRow("blocks of 1") << 1 << false;
        QTest::newRow("blocks of 7") << 7 << false;
        QTest::newRow("one block") << 32768 << false;
        QTest::newRow("blocks of 7, reader taken") << 7 << true;
    }
    void theProblemsOfTheWholeTables()
    {
        QFETCH(int, blockRows);
        QFETCH(bool, readerTaken);
        auto reg = demoRegister(150);
        QVERIFY(reg);
        QVERIFY(reg->hasReader());
        const QStringList expected = wholeTables(*reg);
        // Not vacuous: the rows read again show, and the participant asked to be deleted does not.
        const QString sameBsn = ParticipantRepository(*reg).find(3)->value(u"respondentnummer");
        QVERIFY(expected.filter(QStringLiteral("person.duplicate")).size() >= 2);
        QVERIFY(!expected.filter(QStringLiteral("#3 %1 person.duplicate").arg(sameBsn)).isEmpty());
        QCOMPARE(expected.filter(QStringLiteral("answer.unique")).size(), 4);
        QVERIFY(expected.filter(QStringLiteral(" #20 ")).isEmpty());
        QVERIFY(expected.size() > 20);
        QVERIFY(expected.filter(QStringLiteral("cem line")).size() > 2);

        DatasetPass::setBlockRows(blockRows);
        std::optional<Register::ReaderClaim> taken;
        if (readerTaken)
            QVERIFY(taken.emplace(*reg).held());
        QCOMPARE(describe(RegisterCheck::run(*reg, validatorFor())), expected);
        RegisterCheck check;
        QSignalSpy finished(&check, &RegisterCheck::finished);
        check.start(*reg, validatorFor());
        // The CEM+ answers are read aside, on the reader, unless another read has it.
        QCOMPARE(Register::ReaderClaim(*reg).held(), false);
        QVERIFY(finished.wait(60000));
        QCOMPARE(describe(check.result()), expected);
        // The reader is given back, or kept by whoever had it.
        QCOMPARE(Register::ReaderClaim(*reg).held(), !readerTaken);
    }

    // A dataset that cannot be read (here its table is gone) is left out, on the reader as on
    // the register's own connection: the check finishes with the other datasets' problems.
    void anUnreadableDatasetIsLeftOut()
    {
        auto reg = demoRegister(40);
        QVERIFY(reg);
        QStringList expected;
        for (const QString &line : wholeTables(*reg)) {
            if (!line.startsWith(QLatin1String("cem ")))
                expected.append(line);
        }
        QVERIFY(expected.filter(QStringLiteral("person.duplicate")).size() >= 2);
        QVERIFY(QSqlQuery(reg->database()).exec(QStringLiteral("DROP TABLE cem_answers")));
        QCOMPARE(describe(RegisterCheck::run(*reg, validatorFor())), expected);
        QCOMPARE(describe(inTheWindow(*reg, validatorFor())), expected);
        QVERIFY(Register::ReaderClaim(*reg).held());
    }

    // The reader serves one other thread at a time.
    void theReaderIsClaimedByOne()
    {
        auto reg = demoRegister(30);
        QVERIFY(reg);
        {
            const Register::ReaderClaim first(*reg);
            QVERIFY(first.held());
            QVERIFY(!Register::ReaderClaim(*reg).held());
        }
        QVERIFY(Register::ReaderClaim(*reg).held());
    }

    // A user saves while the CEM+ answers are read aside (the window's register thread writes,
    // the reader reads its snapshot), or closes the register: the save goes through, the check
    // finishes or stops, and the next check sees the save.
    void editingAndClosingWhileItRuns()
    {
        auto reg = demoRegister(150);
        QVERIFY(reg);
        DatasetPass::setBlockRows(1);
        const int before = int(inTheWindow(*reg, validatorFor()).problems.size());
        {
            RegisterCheck check;
            QSignalSpy finished(&check, &RegisterCheck::finished);
            check.start(*reg, validatorFor());
            CemMeasurement added = doubleAnswer(9, QStringLiteral("twice"));
            QVERIFY2(OutcomeRepository(*reg).addMeasurement(added),
                     qPrintable(reg->lastError().message()));
            QVERIFY(finished.wait(60000));
        }
        const QStringList after = describe(inTheWindow(*reg, validatorFor()));
        QCOMPARE(after, wholeTables(*reg));
        QVERIFY(after.size() > before);
        {
            RegisterCheck check;
            check.start(*reg, validatorFor()); // the aside thread starts reading
            QVERIFY(check.isRunning());
            check.cancel();
            QVERIFY(!check.isRunning());
            QVERIFY(Register::ReaderClaim(*reg).held()); // given back at once
            // The reader's transaction was ended with it: the next check sees the next save.
            CemMeasurement added = doubleAnswer(10, QStringLiteral("after cancel"));
            QVERIFY(OutcomeRepository(*reg).addMeasurement(added));
            const QStringList next = describe(inTheWindow(*reg, validatorFor()));
            QCOMPARE(next, wholeTables(*reg));
            QVERIFY(next.size() > after.size());
            reg.reset(); // closed: nothing reads it any more
            QTest::qWait(20);
            QCOMPARE(check.finishedRuns(), 0);
        }
        // The check destroyed while it runs (the window closes) waits for its thread.
        auto other = demoRegister(30);
        QVERIFY(other);
        {
            RegisterCheck check;
            check.start(*other, validatorFor());
            QTest::qWait(2);
        }
        QVERIFY(Register::ReaderClaim(*other).held());
    }
};

QTEST_GUILESS_MAIN(TestRegisterCheck)
#include "tst_registercheck.moc"
