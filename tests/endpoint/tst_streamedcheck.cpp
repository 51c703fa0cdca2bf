// The endpoint's technical check as the worker runs it (endpoint/SubmissionCheck.h): a real
// package read through PackageReader, block by block, as many times as the check asks, against
// the whole-table check of the same CSV (Validator::checkDataset) and the tally the endpoint made
// before it streamed (failed rows left out, invalid optional values cleared, then counted).
#include "EndpointFixture.h"
#include "SubmissionCheck.h"
#include "dashboard/DashboardTally.h"
#include "exchange/CsvReader.h"
#include "exchange/CsvTable.h"
#include "submission/SubmissionPackage.h"
#include "validation/SpecLoader.h"
#include "validation/Validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QTest>

using namespace veldboek;
using namespace veldboek::test;

namespace {

const QDate today(2024, 2, 1);

struct Checked
{
    CheckOutcome outcome;
    int reads = 0;
    int stoppedEarly = 0; // reads stopped after the last file with candidates
};

// The worker's protocol (SubmissionWorker::process), over the package's bytes in memory.
Checked runCheck(const QByteArray &package, const QByteArray &type, qint64 maxCheckBytes)
{
    Checked result;
    SubmissionCheck check(QStringLiteral("en"), today, maxCheckBytes);
    do {
        PackageReader reader(type, QStringLiteral("en"));
        check.collect(reader);
        for (qsizetype at = 0; at < package.size(); at += 65536) {
            if (!reader.write(package.constData() + at,
                              qMin<qsizetype>(65536, package.size() - at)))
                break;
        }
        QList<PackageProblem> problems;
        ++result.reads;
        if (check.stoppedEarly()) {
            ++result.stoppedEarly;
            if (!check.finishRead(check.firstRead(), &problems))
                return result;
            continue;
        }
        const std::optional<ReadPackage> read = reader.finish(&problems);
        if (!read || check.overBudget() || !check.finishRead(*read, &problems))
            return result;
    } while (check.needsAnotherRead() && result.reads < 5);
    result.outcome = check.outcome();
    return result;
}

// Each spec's report in the outcome, by spec id: the order of the reports follows the files'.
QMap<QString, QByteArray> reportsBySpec(const CheckOutcome &outcome)
{
    QMap<QString, QByteArray> reports;
    for (const QJsonValue &report : outcome.report.value(QStringLiteral("reports")).toArray())
        reports.insert(report.toObject().value(QStringLiteral("spec")).toString(),
                       QJsonDocument(report.toObject()).toJson());
    return reports;
}

// The whole table's report and tally, as the endpoint made them before it streamed.
std::pair<QJsonObject, QJsonObject> wholeTable(const QByteArray &csv)
{
    SpecError specError;
    const Spec spec = *SpecLoader::builtin(QStringLiteral("mdt"), &specError);
    CsvError error;
    const std::optional<CsvDocument> document = CsvReader::read(csv, QStringLiteral("en"), &error);
    std::optional<DataTable> table = CsvTable::toTable(
        *document, spec, QStringLiteral("participants"), QStringLiteral("en"), &error);
    Validator validator(spec, QString(), today, QStringLiteral("en"));
    validator.setPseudonymisedInput(true);
    QList<Finding> findings;
    ValidationReport report;
    report.spec = spec.id;
    report.specVersion = spec.version;
    report.round = validator.round();
    report.language = QStringLiteral("en");
    report.datasets.append(validator.checkDataset(*table, &findings));
    QSet<int> failed;
    QHash<int, QList<int>> cleared;
    for (const Finding &finding : std::as_const(findings)) {
        if (finding.severity != Severity::Error)
            continue;
        if (finding.cleared)
            cleared[finding.line].append(static_cast<int>(table->columns.indexOf(finding.field)));
        else
            failed.insert(finding.line);
    }
    for (DataRow &row : table->rows) {
        for (int column : cleared.value(row.line))
            row.values[column].clear();
    }
    DashboardTally tally;
    tally.add(*table, today, QList<int>(failed.cbegin(), failed.cend()));
    return {report.toJson(), tally.toJson()};
}

} // namespace

class TestStreamedCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsWholeTable_data()
    {
        QTest::addColumn<bool>("duplicates");
        QTest::addColumn<int>("reads");
        QTest::newRow("no duplicate keys: one read") << false << 1;
        QTest::newRow("duplicate keys: candidates, then the tally again") << true << 3;
    }

    // 20,000 participants (three blocks) with errors in required and optional values, and
    // respondent numbers given twice within a block and across blocks.
    void sameAsWholeTable()
    {
        QFETCH(bool, duplicates);
        QFETCH(int, reads);
        QByteArray csv = Fixtures::participantsCsv(20000, 40, 60, 3);
        if (duplicates) {
            for (const auto &[from, to] :
                 {std::pair{"\nR3-101;", "\nR3-100;"}, std::pair{"\nR3-17000;", "\nR3-12;"},
                  std::pair{"\nR3-8193;", "\nR3-8192;"}, std::pair{"\nR3-19999;", "\nR3-1;"}}) {
                QVERIFY(csv.contains(from));
                csv.replace(from, to);
            }
        }
        QByteArray type;
        const QByteArray package = Fixtures::package(csv, &type);
        const Checked checked = runCheck(package, type, 256LL * 1024 * 1024);
        QCOMPARE(checked.reads, reads);
        const auto [report, tally] = wholeTable(csv);
        const QJsonArray reports =
            checked.outcome.report.value(QStringLiteral("reports")).toArray();
        QCOMPARE(reports.size(), 1);
        QCOMPARE(QJsonDocument(reports.first().toObject()).toJson(),
                 QJsonDocument(report).toJson());
        QCOMPARE(QJsonDocument(checked.outcome.tally).toJson(), QJsonDocument(tally).toJson());
        QCOMPARE(checked.outcome.approved, false); // 40 rows with a bad gender
        const QByteArray text = QJsonDocument(report).toJson();
        QCOMPARE(text.contains("respondentnummer.unique"), duplicates);
        QVERIFY(tally.value(QStringLiteral("participants")).toInt() <= 20000 - 40);
    }
    // The read for the candidates' keys stops at the first record after the last file with
    // candidates (issue 18). The outcome is that of the same files with the candidates' file
    // last, which is read whole every time.
    void stopsAfterTheLastFileWithCandidates()
    {
        QByteArray participants = Fixtures::participantsCsv(20000, 40, 60, 3);
        QVERIFY(participants.contains("\nR3-101;"));
        participants.replace("\nR3-101;", "\nR3-100;");
        QByteArray gas = "BSN;Beschikkingsnummer;Toewijzingsnummer;Type;Waarde\r\n";
        for (int i = 0; i < 5000; ++i)
            gas += QByteArray::number(100000000 + i) + ";B" + QByteArray::number(i) + ";T" +
                   QByteArray::number(i % 3) + ";D1C;" + QByteArray::number(i % 7 - 3) + "\r\n";
        const PackageDataset mdt{QStringLiteral("mdt"),
                                 QStringLiteral("2023.1"),
                                 QStringLiteral("participants"),
                                 QStringLiteral("mdt-proces1"),
                                 QStringLiteral("mdt-participants.csv"),
                                 0,
                                 {}};
        const PackageDataset sor{QStringLiteral("sor"),
                                 QStringLiteral("2023.1"),
                                 QStringLiteral("gas"),
                                 QStringLiteral("rap-gas"),
                                 QStringLiteral("sor-gas.csv"),
                                 0,
                                 {}};
        const auto check = [&](bool participantsFirst) {
            SubmissionManifest manifest;
            manifest.clientVersion = QStringLiteral("test");
            manifest.datasets = participantsFirst ? QList{mdt, sor} : QList{sor, mdt};
            QByteArray type;
            const QByteArray package = SubmissionPackage::build(
                manifest, participantsFirst ? QList{participants, gas} : QList{gas, participants},
                &type);
            return runCheck(package, type, 256LL * 1024 * 1024);
        };
        const Checked stopped = check(true);
        const Checked whole = check(false);
        QCOMPARE(stopped.stoppedEarly, 1);
        QCOMPARE(whole.stoppedEarly, 0);
        QCOMPARE(stopped.reads, 3); // the tally is made again: a duplicate number fails its row
        QCOMPARE(whole.reads, 3);
        const QMap<QString, QByteArray> reports = reportsBySpec(stopped.outcome);
        QCOMPARE(reports.keys(), (QStringList{QStringLiteral("mdt"), QStringLiteral("sor")}));
        QVERIFY(reports.value(QStringLiteral("mdt")).contains("respondentnummer.unique"));
        QCOMPARE(reports, reportsBySpec(whole.outcome));
        QCOMPARE(QJsonDocument(stopped.outcome.tally).toJson(),
                 QJsonDocument(whole.outcome.tally).toJson());
        QCOMPARE(stopped.outcome.approved, whole.outcome.approved);
    }
};

QTEST_GUILESS_MAIN(TestStreamedCheck)
#include "tst_streamedcheck.moc"
