// The streaming dataset check (core/validation/DatasetCheck.h) against the whole-table check
// (Validator::checkDataset): the same report and the same row findings whatever the block size,
// on fixture files and on generated tables with every kind of mistake; with key hashes cut to a
// few bits, so that the exact re-check of candidates decides; and the dashboard tally fed block
// by block (core/dashboard/DatasetTally.h) against the whole-table tally.
#include "TestSupport.h"
#include "ValidationFixtures.h"
#include "dashboard/DashboardTally.h"
#include "dashboard/DatasetTally.h"
#include "exchange/CsvTable.h"
#include "validation/DatasetCheck.h"
#include "validation/SpecLoader.h"
#include "validation/Validator.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace veldboek;

namespace {

const QDate today(2023, 6, 1);

using test::builtin;
using test::fixtureTable;

QString bsn(QRandomGenerator &random)
{
    // Nine digits that pass the eleven test.
    for (;;) {
        QString digits;
        int sum = 0;
        for (int i = 0; i < 8; ++i) {
            const int digit = static_cast<int>(random.bounded(10));
            digits += QChar(u'0' + digit);
            sum += digit * (9 - i);
        }
        const int last = sum % 11;
        if (last > 9)
            continue;
        return digits + QChar(u'0' + last);
    }
}

QString date(QRandomGenerator &random, int fromYear, int years)
{
    return QDate(fromYear + static_cast<int>(random.bounded(years)),
                 1 + static_cast<int>(random.bounded(12)), 1 + static_cast<int>(random.bounded(28)))
        .toString(QStringLiteral("dd-MM-yyyy"));
}

// Participants (a register table, every column) with every kind of mistake: field errors in
// required and optional values, cross-field rules, repeated respondent numbers and likely
// duplicate persons near (same block) and far (other blocks), spaces and case that must not
// matter, and a few ragged rows.
DataTable generatedParticipants(int count)
{
    const Spec spec = builtin(QStringLiteral("mdt"));
    DataTable table;
    table.dataset = QStringLiteral("participants");
    for (const FieldSpec &field : spec.dataset(table.dataset)->fields)
        table.columns.append(field.key);
    auto column = [&](const char *key) {
        return static_cast<int>(table.columns.indexOf(QLatin1String(key)));
    };
    const QStringList first{QStringLiteral("Sanne"), QStringLiteral("Daan"), QStringLiteral("Eva"),
                            QStringLiteral("Noah"), QStringLiteral("Lotte")};
    const QStringList last{QStringLiteral("de Vries"), QStringLiteral("Jansen"),
                           QStringLiteral("Bakker"), QStringLiteral("Visser")};
    QRandomGenerator random(12);
    int line = 1;
    for (int i = 0; i < count; ++i) {
        ++line;
        if (i % 997 == 500) {
            table.malformedRows.append(MalformedRow{line, 3});
            ++line;
        }
        QStringList values(table.columns.size());
        values[column("respondentnummer")] = QString::number(10000 + i);
        values[column("geslacht")] = random.bounded(2) ? QStringLiteral("v") : QStringLiteral("M");
        values[column("geboortedatum")] = date(random, 1998, 10);
        values[column("straat")] = QStringLiteral("Dorpsstraat");
        values[column("huisnummer")] = QString::number(1 + random.bounded(200));
        values[column("postcode")] = QStringLiteral("%1 %2%3")
                                         .arg(1000 + random.bounded(9000))
                                         .arg(QChar(u'A' + random.bounded(26)))
                                         .arg(QChar(u'A' + random.bounded(26)));
        values[column("woonplaats")] = QStringLiteral("Utrecht");
        values[column("email")] = QStringLiteral("p%1@voorbeeld.nl").arg(i);
        values[column("opleidingsniveau")] = QStringLiteral("havo");
        values[column("startdatum")] = date(random, 2022, 1);
        values[column("postcode_doelocatie")] = QStringLiteral("3512 CD");
        values[column("opt_out")] = QStringLiteral("nee");
        values[column("voornaam")] = first.at(random.bounded(first.size()));
        values[column("achternaam")] = last.at(random.bounded(last.size()));
        values[column("bsn")] = bsn(random);
        const int earlier = i == 0              ? 0
                            : random.bounded(2) ? std::max(0, i - 1 - int(random.bounded(5)))
                                                : int(random.bounded(i));
        const DataRow *before = i == 0 ? nullptr : &table.rows.at(earlier);
        switch (random.bounded(14)) {
        case 0:
            values[column("geslacht")] = QStringLiteral("q"); // required: the row fails
            break;
        case 1:
            values[column("email")] = QStringLiteral("geen-adres"); // required from a round
            break;
        case 2:
            values[column("einddatum")] = QStringLiteral("01-01-2020"); // before the start
            break;
        case 3:
            values[column("opt_out")] = QStringLiteral("ja"); // birth date and address must go
            break;
        case 4:
            if (before) // the same respondent number, with spaces that do not count
                values[column("respondentnummer")] =
                    QLatin1Char(' ') + before->values.at(column("respondentnummer")).trimmed();
            break;
        case 5:
            if (before) { // the same person: case, spacing and postcode notation differ
                for (const char *key : {"geboortedatum", "voornaam", "achternaam"})
                    values[column(key)] = before->values.at(column(key)).toUpper();
                values[column("achternaam")].replace(QLatin1Char(' '), QStringLiteral("  "));
                values[column("postcode")] =
                    before->values.at(column("postcode")).toLower().remove(QLatin1Char(' '));
            }
            break;
        case 6:
            if (before)
                values[column("bsn")] = before->values.at(column("bsn"));
            break;
        case 7:
            values[column("bsn")] = QStringLiteral("999999999"); // a placeholder: never matches
            break;
        case 8:
            values[column("straat")].clear(); // an empty required value
            break;
        case 9:
            values[column("postcode_doelocatie")] = QStringLiteral("12"); // invalid
            break;
        case 10:
            values[column("reden_beeindiging")] = QStringLiteral("verhuisd"); // no end date
            break;
        default:
            break;
        }
        table.rows.append(DataRow{line, values});
    }
    table.counts.header = 1;
    table.counts.read = line + 2;
    table.counts.empty = 2;
    return table;
}

// CEM+ answers: the fixture's measurement copied many times; some copies keep an earlier
// measurement's id, so answers repeat (answer.unique) near and far, once in lower case.
DataTable generatedAnswers(const Spec &spec, int copies)
{
    const DataTable sample = fixtureTable(QStringLiteral("cemplus_sample.csv"), spec);
    DataTable table = sample;
    table.rows.clear();
    const int id = static_cast<int>(sample.columns.indexOf(QStringLiteral("meting_id")));
    const int item = static_cast<int>(sample.columns.indexOf(QStringLiteral("vraag")));
    QRandomGenerator random(5);
    int line = 1;
    for (int copy = 0; copy < copies; ++copy) {
        const bool repeat = copy > 0 && random.bounded(8) == 0;
        const int measurement = repeat ? static_cast<int>(random.bounded(copy)) : copy;
        for (DataRow row : sample.rows) {
            row.line = ++line;
            row.values[id] = QStringLiteral("m-%1").arg(measurement);
            if (repeat && random.bounded(3) == 0)
                row.values[item] = row.values[item].toLower();
            table.rows.append(row);
        }
    }
    table.counts = SourceCounts{line, 0, 1};
    return table;
}

struct Streamed
{
    DatasetReport report;
    QList<Finding> findings;
    size_t candidates = 0;
};

// The table fed to DatasetCheck in blocks of `blockRows`, the candidates handed back from it.
Streamed streamed(const Validator &validator, const DataTable &table, qsizetype blockRows,
                  quint64 mask = ~quint64(0))
{
    DatasetCheck check(validator, table);
    check.setKeyHashMask(mask);
    QList<DatasetCheck::RowFinding> rowFindings;
    const qsizetype blocks =
        std::max<qsizetype>(1, (table.rows.size() + blockRows - 1) / blockRows);
    for (qsizetype b = 0; b < blocks; ++b) {
        DataTable block;
        block.rows = table.rows.mid(b * blockRows, blockRows);
        // A ragged row goes with the block it was read in.
        for (const MalformedRow &row : table.malformedRows) {
            const qsizetype before =
                std::count_if(table.rows.cbegin(), table.rows.cend(),
                              [&](const DataRow &r) { return r.line < row.line; });
            if (std::min(before / blockRows, blocks - 1) == b)
                block.malformedRows.append(row);
        }
        check.add(block, &rowFindings);
    }
    Streamed result;
    const std::vector<int> candidates = check.candidates();
    result.candidates = candidates.size();
    // Handed back as a second read would: block by block, in order.
    for (qsizetype b = 0; b < blocks; ++b) {
        DataTable block;
        block.rows = table.rows.mid(b * blockRows, blockRows);
        check.addCandidates(block, static_cast<int>(b * blockRows));
    }
    QList<DatasetCheck::RowFinding> datasetFindings;
    result.report = check.finish(table.counts, &datasetFindings);
    DatasetCheck::merge(rowFindings, datasetFindings, &result.findings);
    for (const MalformedRow &row : table.malformedRows)
        result.findings.append(check.raggedFinding(row.line));
    return result;
}

QByteArray json(const DatasetReport &report)
{
    ValidationReport whole;
    whole.datasets.append(report);
    return QJsonDocument(whole.toJson()).toJson(QJsonDocument::Indented);
}

QStringList lines(const QList<Finding> &findings)
{
    QStringList result;
    for (const Finding &f : findings)
        result.append(QStringLiteral("%1 %2 %3 %4 %5 %6")
                          .arg(f.line)
                          .arg(f.rule, f.field)
                          .arg(static_cast<int>(f.severity))
                          .arg(f.cleared)
                          .arg(f.message));
    return result;
}

int countOf(const DatasetReport &report, const QString &rule)
{
    int count = 0;
    for (const RuleResult &result : report.rules)
        count += result.rule == rule ? result.count : 0;
    return count;
}

} // namespace

class TestDatasetCheck : public QObject
{
    Q_OBJECT

private slots:
    void sameAsWholeTable_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("round");
        QTest::addColumn<QString>("source"); // a fixture file, or "generated"
        QTest::addColumn<int>("blockRows");
        const QList<std::tuple<QString, QString, QString>> tables{
            {QStringLiteral("mdt"), QStringLiteral("5a"), QStringLiteral("mdt_errors.csv")},
            {QStringLiteral("sor"), QString(), QStringLiteral("sor_gas_errors.csv")},
            {QStringLiteral("cemplus"), QString(), QStringLiteral("cemplus_errors_cp1252.csv")},
            {QStringLiteral("mdt"), QStringLiteral("5a"), QStringLiteral("generated")},
            {QStringLiteral("cemplus"), QString(), QStringLiteral("generated")},
        };
        for (const auto &[spec, round, source] : tables) {
            for (int rows : {1, 7, 8192})
                QTest::addRow("%s %s, blocks of %d", qPrintable(spec), qPrintable(source), rows)
                    << spec << round << source << rows;
        }
    }

    // The same report and row findings as the whole table, with real and with tiny key hashes.
    void sameAsWholeTable()
    {
        QFETCH(QString, spec);
        QFETCH(QString, round);
        QFETCH(QString, source);
        QFETCH(int, blockRows);
        const Spec loaded = builtin(spec);
        const DataTable table = source != QLatin1String("generated") ? fixtureTable(source, loaded)
                                : spec == QLatin1String("mdt")       ? generatedParticipants(3000)
                                                               : generatedAnswers(loaded, 120);
        Validator validator(loaded, round, today, QStringLiteral("en"));
        QList<Finding> wholeFindings;
        const DatasetReport whole = validator.checkDataset(table, &wholeFindings);
        QVERIFY(!whole.rules.isEmpty());

        const Streamed real = streamed(validator, table, blockRows);
        QCOMPARE(json(real.report), json(whole));
        QCOMPARE(lines(real.findings), lines(wholeFindings));

        // Sixteen hash values for all keys: nearly every row is a candidate, and only the exact
        // re-check of their keys keeps the report right.
        const Streamed tiny = streamed(validator, table, blockRows, 0xf);
        QCOMPARE(json(tiny.report), json(whole));
        QCOMPARE(lines(tiny.findings), lines(wholeFindings));
        if (source == QLatin1String("generated")) {
            QVERIFY2(tiny.candidates > real.candidates * 2,
                     qPrintable(QStringLiteral("%1 %2").arg(tiny.candidates).arg(real.candidates)));
            QVERIFY(tiny.candidates > static_cast<size_t>(table.rows.size() / 2));
        }
    }

    // The generated tables hold what they promise, so the comparison above covers every rule.
    void generatedTablesHoldEveryKindOfMistake()
    {
        const Spec mdt = builtin(QStringLiteral("mdt"));
        const DataTable participants = generatedParticipants(3000);
        Validator validator(mdt, QStringLiteral("5a"), today, QStringLiteral("en"));
        const DatasetReport report = validator.checkDataset(participants);
        for (const char *rule : {"respondentnummer.unique", "person.duplicate", "end.before-start",
                                 "optout.no-address", "reason.without-end", "row.ragged"})
            QVERIFY2(countOf(report, QLatin1String(rule)) > 0, rule);
        bool cleared = false;
        bool failedField = false;
        for (const RuleResult &result : report.rules) {
            cleared = cleared || result.cleared;
            failedField = failedField || (result.field == QLatin1String("geslacht") &&
                                          result.severity == Severity::Error);
        }
        QVERIFY(cleared);
        QVERIFY(failedField);
        QVERIFY(report.rows.failed > 0 && report.rows.imported > 0);

        const Spec cemplus = builtin(QStringLiteral("cemplus"));
        Validator cem(cemplus, QString(), today, QStringLiteral("en"));
        QVERIFY(countOf(cem.checkDataset(generatedAnswers(cemplus, 120)),
                        QStringLiteral("answer.unique")) > 0);
    }

    // A candidate whose key differs is no finding: two keys forced onto one hash.
    void collisionIsNoFinding()
    {
        const Spec mdt = builtin(QStringLiteral("mdt"));
        DataTable table = generatedParticipants(40);
        for (DataRow &row : table.rows) // no duplicates of any kind, no placeholders
            row.values[table.columns.indexOf(QStringLiteral("bsn"))].clear();
        for (int i = 0; i < table.rows.size(); ++i)
            table.rows[i].values[0] = QString::number(500 + i);
        Validator validator(mdt, QStringLiteral("5a"), today, QStringLiteral("en"));
        const DatasetReport whole = validator.checkDataset(table);
        QCOMPARE(countOf(whole, QStringLiteral("respondentnummer.unique")), 0);
        const Streamed oneHash = streamed(validator, table, 7, 0);
        QCOMPARE(oneHash.candidates, static_cast<size_t>(table.rows.size()));
        QCOMPARE(json(oneHash.report), json(whole));
    }

    // The dashboard tally block by block is the whole table's.
    void tallyBlockByBlock()
    {
        const Spec mdt = builtin(QStringLiteral("mdt"));
        const Spec cemplus = builtin(QStringLiteral("cemplus"));
        const Spec sor = builtin(QStringLiteral("sor"));
        const QList<DataTable> tables{generatedParticipants(3000), generatedAnswers(cemplus, 120),
                                      fixtureTable(QStringLiteral("sor_gas_errors.csv"), sor)};
        for (const DataTable &table : tables) {
            QList<int> skip;
            for (int i = 0; i < table.rows.size(); i += 3)
                skip.append(table.rows.at(i).line);
            DashboardTally whole;
            whole.add(table, today, skip);
            QVERIFY(!whole.isEmpty());
            for (int blockRows : {1, 7, 8192}) {
                DatasetTally streaming(table, today);
                const QSet<int> skipped(skip.cbegin(), skip.cend());
                for (qsizetype at = 0; at < table.rows.size(); at += blockRows) {
                    DataTable block;
                    block.rows = table.rows.mid(at, blockRows);
                    streaming.add(block, skipped);
                }
                DashboardTally tally;
                streaming.addTo(tally);
                QCOMPARE(QJsonDocument(tally.toJson()).toJson(),
                         QJsonDocument(whole.toJson()).toJson());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDatasetCheck)
#include "tst_datasetcheck.moc"
