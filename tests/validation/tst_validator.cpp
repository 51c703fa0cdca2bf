// Levels 2 and 3 of the engine and the report: record checks, dataset checks, the report's JSON
// shape on fixture files with known errors (snapshot, then row by row), and spec comparison.
#include "TestSupport.h"
#include "ValidationFixtures.h"
#include "exchange/CsvTable.h"
#include "validation/SpecComparison.h"
#include "validation/SpecLoader.h"
#include "validation/Validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace veldboek;

class TestValidator : public QObject
{
    Q_OBJECT

private slots:
    void reportSnapshot_data();
    void reportSnapshot();
    void rowByRow_data();
    void rowByRow();
    void recordCheck();
    void emptyValueVersusMissingColumn();
    void unknownAndDuplicateColumnsReportedOnce();
    void likelyDuplicatePerson();
    void localOnlyNeverRejects();
    void pseudonymisedInput();
    void firstTenRowsOnly();
    void reportJsonRoundTrip();
    void specVersionComparison();
};

namespace {

const QDate today(2023, 6, 1);

using test::builtin;
using test::fixtureTable;

// A participant that passes every rule in round 5a on 2023-06-01.
Record goodParticipant()
{
    return Record{{QStringLiteral("respondentnummer"), QStringLiteral("1")},
                  {QStringLiteral("geslacht"), QStringLiteral("v")},
                  {QStringLiteral("geboortedatum"), QStringLiteral("12-05-2006")},
                  {QStringLiteral("straat"), QStringLiteral("Dorpsstraat")},
                  {QStringLiteral("huisnummer"), QStringLiteral("12")},
                  {QStringLiteral("postcode"), QStringLiteral("3511 AB")},
                  {QStringLiteral("woonplaats"), QStringLiteral("Utrecht")},
                  {QStringLiteral("email"), QStringLiteral("sanne@voorbeeld.nl")},
                  {QStringLiteral("opleidingsniveau"), QStringLiteral("havo")},
                  {QStringLiteral("startdatum"), QStringLiteral("01-02-2023")},
                  {QStringLiteral("postcode_doelocatie"), QStringLiteral("3512 CD")},
                  {QStringLiteral("opt_out"), QStringLiteral("nee")}};
}

DataTable participantTable(const QList<Record> &records)
{
    DataTable table;
    table.dataset = QStringLiteral("participants");
    const Spec spec = builtin(QStringLiteral("mdt"));
    for (const FieldSpec &field : spec.dataset(table.dataset)->fields)
        table.columns.append(field.key);
    int line = 1;
    for (const Record &record : records) {
        DataRow row;
        row.line = line++;
        for (const QString &column : std::as_const(table.columns))
            row.values.append(record.value(column));
        table.rows.append(row);
    }
    return table;
}

QStringList rulesOf(const QList<Finding> &findings)
{
    QStringList rules;
    for (const Finding &finding : findings)
        rules.append(finding.rule + QLatin1Char('@') + finding.field);
    rules.sort();
    return rules;
}

} // namespace

void TestValidator::reportSnapshot_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("round");
    QTest::newRow("mdt participants")
        << QStringLiteral("mdt_errors.csv") << QStringLiteral("mdt") << QStringLiteral("5a");
    QTest::newRow("sor gas") << QStringLiteral("sor_gas_errors.csv") << QStringLiteral("sor")
                             << QString();
    QTest::newRow("cemplus, Windows-1252")
        << QStringLiteral("cemplus_errors_cp1252.csv") << QStringLiteral("cemplus") << QString();
    QTest::newRow("cemplus sample of seed 004")
        << QStringLiteral("cemplus_sample.csv") << QStringLiteral("cemplus") << QString();
}

void TestValidator::reportSnapshot()
{
    QFETCH(QString, file);
    QFETCH(QString, spec);
    QFETCH(QString, round);
    const Spec loaded = builtin(spec);
    const Validator validator(loaded, round, today, QStringLiteral("en"));
    const QJsonObject report = validator.validate({fixtureTable(file, loaded)}).toJson();
    QString expectedPath = QStringLiteral("tests/fixtures/validation/") + file;
    expectedPath.replace(QStringLiteral(".csv"), QStringLiteral(".expected.json"));
    const QJsonObject expected =
        QJsonDocument::fromJson(test::readBytes(test::sourcePath(expectedPath))).object();
    QVERIFY(!expected.isEmpty());
    if (report != expected) {
        qWarning().noquote() << QJsonDocument(report).toJson();
        QFAIL("the report differs from the snapshot");
    }
    // The snapshot itself has the shape of docs/api.md.
    QVERIFY(expected.value(QStringLiteral("status")).isString());
    const QJsonObject rows = expected.value(QStringLiteral("datasets"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("rows"))
                                 .toObject();
    for (const char *key : {"read", "empty", "header", "data", "imported", "failed"})
        QVERIFY2(rows.value(QLatin1String(key)).isDouble(), key);
}

void TestValidator::rowByRow_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("line");
    QTest::addColumn<QStringList>("rules"); // rule@field, sorted; empty: the row is clean

    auto row = [](const char *file, const char *spec, int line, QStringList rules) {
        rules.sort();
        QTest::addRow("%s:%d", file, line)
            << QString::fromLatin1(file) << QString::fromLatin1(spec) << line << rules;
    };
    auto mdt = [&](int line, const QStringList &rules) {
        row("mdt_errors.csv", "mdt", line, rules);
    };
    auto gas = [&](int line, const QStringList &rules) {
        row("sor_gas_errors.csv", "sor", line, rules);
    };
    auto cem = [&](int line, const QStringList &rules) {
        row("cemplus_errors_cp1252.csv", "cemplus", line, rules);
    };
    auto r = [](const char *text) {
        return QString::fromLatin1(text);
    };

    mdt(2, {r("respondentnummer.unique@respondentnummer")});
    mdt(3, {});
    mdt(4, {r("postcode.first-digit@postcode")});
    mdt(5, {r("postcode.letters@postcode")});
    mdt(6, {r("date.invalid@geboortedatum")});
    mdt(7, {r("date.invalid@geboortedatum")});
    mdt(8, {r("date.year@startdatum")});
    mdt(9, {r("date.too-early@startdatum")});
    mdt(10, {r("date.future@startdatum")});
    mdt(11, {r("end.before-start@einddatum")});
    mdt(12, {r("required@reden_beeindiging"), r("required@verkorte_deelname")});
    mdt(13, {});
    mdt(14, {r("required@leeftijd"), r("required@gemeente_doelocatie"),
             r("optout.no-birthdate@geboortedatum"), r("optout.no-address@postcode")});
    mdt(15, {r("respondentnummer.unique@respondentnummer")});
    mdt(16, {});
    mdt(17, {r("required@opleidingsniveau")});
    mdt(18, {r("email.format@email")});
    mdt(19, {r("enum.code@geslacht")});
    mdt(21, {r("row.ragged@")});
    mdt(22, {r("date.format@geboortedatum")});
    mdt(23, {r("integer.format@huisnummer")});
    mdt(24, {});
    mdt(25, {r("age.without-opt-out@leeftijd")});
    mdt(26, {r("age.at-start@geboortedatum")});
    mdt(27, {r("municipality.format@gemeente_doelocatie")});
    mdt(28, {});
    gas(2, {});
    gas(3, {});
    gas(4, {r("bsn.zero@bsn")});
    gas(5, {r("bsn.eleven-test@bsn")});
    gas(6, {r("reference.one-of@beschikkingsnummer")});
    gas(7, {r("enum.code@type")});
    gas(8, {});
    gas(9, {r("integer.range@waarde")});
    gas(10, {r("integer.format@waarde")});
    gas(11, {});
    gas(12, {});
    gas(13, {r("bsn.format@bsn")});
    // A reference that is cleared (not digits) leaves no usable reference: the row fails.
    gas(14, {r("digits-only@toewijzingsnummer"), r("reference.one-of@beschikkingsnummer")});
    cem(2, {r("answer.unique@vraag")});
    cem(3, {r("answer.scale@antwoord")});
    cem(4, {r("answer.scale@antwoord")});
    cem(5, {r("answer.scale@antwoord")});
    cem(6, {});
    cem(7, {r("enum.code@vraag")});
    cem(8, {r("answer.unique@vraag")});
    cem(9, {r("informant.parent-questionnaire@informant")});
    cem(10, {r("informant.under-12@informant")});
    cem(11, {r("date.future@datum_meting")});
    cem(12, {});
}

void TestValidator::rowByRow()
{
    QFETCH(QString, file);
    QFETCH(QString, spec);
    QFETCH(int, line);
    QFETCH(QStringList, rules);
    const Spec loaded = builtin(spec);
    const Validator validator(loaded, QStringLiteral("5a"), today, QStringLiteral("en"));
    const DataTable table = fixtureTable(file, loaded);
    QList<Finding> findings;
    validator.checkDataset(table, &findings);
    QList<Finding> onLine;
    for (const Finding &finding : std::as_const(findings)) {
        if (finding.line == line)
            onLine.append(finding);
    }
    QCOMPARE(rulesOf(onLine), rules);
}

void TestValidator::recordCheck()
{
    const Validator validator(builtin(QStringLiteral("mdt")), QStringLiteral("5a"), today,
                              QStringLiteral("nl"));
    const QString participants = QStringLiteral("participants");
    QVERIFY(validator.checkRecord(participants, goodParticipant()).isEmpty());

    Record ended = goodParticipant();
    ended.insert(QStringLiteral("einddatum"), QStringLiteral("01-01-2023"));
    QCOMPARE(rulesOf(validator.checkRecord(participants, ended)),
             (QStringList{QStringLiteral("end.before-start@einddatum"),
                          QStringLiteral("required@reden_beeindiging"),
                          QStringLiteral("required@verkorte_deelname")}));

    Record optOut = goodParticipant();
    for (const char *key :
         {"geboortedatum", "straat", "huisnummer", "postcode", "woonplaats", "postcode_doelocatie"})
        optOut.remove(QString::fromLatin1(key));
    optOut.insert(QStringLiteral("opt_out"), QStringLiteral("ja"));
    QCOMPARE(rulesOf(validator.checkRecord(participants, optOut)),
             (QStringList{QStringLiteral("required@gemeente_doelocatie"),
                          QStringLiteral("required@leeftijd")}));
    optOut.insert(QStringLiteral("leeftijd"), QStringLiteral("30"));
    optOut.insert(QStringLiteral("gemeente_doelocatie"), QStringLiteral("0363"));
    const QList<Finding> findings = validator.checkRecord(participants, optOut);
    QCOMPARE(rulesOf(findings), QStringList{QStringLiteral("age.opt-out-range@leeftijd")});
    QCOMPARE(findings.first().severity, Severity::Warning);
    QVERIFY(findings.first().message.contains(QStringLiteral("leeftijd")));
}

void TestValidator::emptyValueVersusMissingColumn()
{
    const Spec spec = builtin(QStringLiteral("mdt"));
    const Validator validator(spec, QStringLiteral("5a"), today, QStringLiteral("en"));
    // An empty value is a finding on its row.
    Record noGender = goodParticipant();
    noGender.insert(QStringLiteral("geslacht"), QString());
    const DatasetReport withEmpty =
        validator.checkDataset(participantTable({noGender, goodParticipant()}));
    QCOMPARE(withEmpty.rules.size(), 2); // required on row 1; respondent number twice
    QCOMPARE(withEmpty.rules.first().rule, QStringLiteral("required"));
    QCOMPARE(withEmpty.rules.first().rows, QList<int>{1});

    // A missing column is one finding, for the whole table, and still fails the rows.
    DataTable missing = participantTable({goodParticipant()});
    const qsizetype column = missing.columns.indexOf(QStringLiteral("geslacht"));
    missing.columns.removeAt(column);
    missing.rows[0].values.removeAt(column);
    const DatasetReport report = validator.checkDataset(missing);
    QCOMPARE(report.rules.size(), 1);
    QCOMPARE(report.rules.first().rule, QStringLiteral("column.missing"));
    QCOMPARE(report.rules.first().field, QStringLiteral("geslacht"));
    QCOMPARE(report.rules.first().severity, Severity::Error);
    QCOMPARE(report.rules.first().count, 1);
    QCOMPARE(report.rows.failed, 1);

    // A missing optional column only warns.
    DataTable noAddition = participantTable({goodParticipant()});
    const qsizetype addition = noAddition.columns.indexOf(QStringLiteral("huisnummer_toevoeging"));
    noAddition.columns.removeAt(addition);
    noAddition.rows[0].values.removeAt(addition);
    const DatasetReport warned = validator.checkDataset(noAddition);
    QCOMPARE(warned.rules.size(), 1);
    QCOMPARE(warned.rules.first().severity, Severity::Warning);
    QVERIFY(!warned.rejected());
}

void TestValidator::unknownAndDuplicateColumnsReportedOnce()
{
    const Spec spec = builtin(QStringLiteral("sor"));
    CsvError error;
    const QByteArray csv = "Waarde;BSN;Extra;Type;Toewijzingsnummer;Beschikkingsnummer;BSN\n"
                           "2;111222333;a;D1O;123;;111222333\n"
                           "1;111222333;b;D1C;123;;111222333\n";
    const auto document = CsvReader::read(csv, QStringLiteral("en"), &error);
    QVERIFY(document);
    const auto table = CsvTable::toTable(*document, spec, {}, QStringLiteral("en"), &error);
    QVERIFY(table);
    QCOMPARE(table->dataset, QStringLiteral("gas"));
    const DatasetReport report = Validator(spec, {}, today).checkDataset(*table);
    QCOMPARE(report.rules.size(), 2);
    QCOMPARE(report.rules.at(0).rule, QStringLiteral("column.unknown"));
    QCOMPARE(report.rules.at(0).field, QStringLiteral("Extra"));
    QCOMPARE(report.rules.at(0).count, 1);
    QCOMPARE(report.rules.at(1).rule, QStringLiteral("column.duplicate"));
    QCOMPARE(report.rows.imported, 2); // columns in any order map by name
}

void TestValidator::likelyDuplicatePerson()
{
    const Validator validator(builtin(QStringLiteral("mdt")), QStringLiteral("5a"), today,
                              QStringLiteral("en"));
    Record first = goodParticipant();
    first.insert(QStringLiteral("voornaam"), QStringLiteral("Sanne"));
    first.insert(QStringLiteral("achternaam"), QStringLiteral("de Vries"));
    Record sameByName = first;
    sameByName.insert(QStringLiteral("respondentnummer"), QStringLiteral("2"));
    sameByName.insert(QStringLiteral("voornaam"), QStringLiteral(" SANNE "));
    sameByName.insert(QStringLiteral("achternaam"), QStringLiteral("de  vries"));
    sameByName.insert(QStringLiteral("postcode"), QStringLiteral("3511ab"));
    Record other = goodParticipant();
    other.insert(QStringLiteral("respondentnummer"), QStringLiteral("3"));
    other.insert(QStringLiteral("voornaam"), QStringLiteral("Sanne"));
    other.insert(QStringLiteral("achternaam"), QStringLiteral("Jansen"));
    other.insert(QStringLiteral("bsn"), QStringLiteral("111222333"));
    Record sameByBsn = goodParticipant();
    sameByBsn.insert(QStringLiteral("respondentnummer"), QStringLiteral("4"));
    sameByBsn.insert(QStringLiteral("bsn"), QStringLiteral("111222333"));
    Record placeholderA = goodParticipant();
    placeholderA.insert(QStringLiteral("respondentnummer"), QStringLiteral("5"));
    placeholderA.insert(QStringLiteral("bsn"), QStringLiteral("999999999"));
    Record placeholderB = placeholderA;
    placeholderB.insert(QStringLiteral("respondentnummer"), QStringLiteral("6"));

    const DatasetReport report = validator.checkDataset(
        participantTable({first, sameByName, other, sameByBsn, placeholderA, placeholderB}));
    QCOMPARE(report.rules.size(), 1);
    const RuleResult &duplicate = report.rules.first();
    QCOMPARE(duplicate.rule, QStringLiteral("person.duplicate"));
    QCOMPARE(duplicate.severity, Severity::Warning);
    QCOMPARE(duplicate.rows, (QList<int>{1, 2, 3, 4}));
    QVERIFY(!report.rejected()); // a warning: the project leader decides
}

void TestValidator::localOnlyNeverRejects()
{
    const Validator validator(builtin(QStringLiteral("mdt")), QStringLiteral("5a"), today);
    Record record = goodParticipant();
    record.insert(QStringLiteral("telefoon"), QStringLiteral("12"));
    record.insert(QStringLiteral("bsn"), QStringLiteral("123456789"));
    const DatasetReport report = validator.checkDataset(participantTable({record}));
    QCOMPARE(report.rules.size(), 2);
    for (const RuleResult &rule : report.rules)
        QCOMPARE(rule.severity, Severity::Warning);
    QCOMPARE(report.rows.failed, 0);
    // While typing, the form still shows it as an error.
    QCOMPARE(validator
                 .checkField(QStringLiteral("participants"), QStringLiteral("bsn"),
                             QStringLiteral("123456789"))
                 .severity,
             Severity::Error);
}

void TestValidator::pseudonymisedInput()
{
    Validator validator(builtin(QStringLiteral("cemplus")), {}, today);
    const QString hash(64, QLatin1Char('a'));
    const QString cem = QStringLiteral("cem");
    QCOMPARE(validator.checkField(cem, QStringLiteral("bsn"), hash).rule,
             QStringLiteral("bsn.format"));
    validator.setPseudonymisedInput(true);
    QCOMPARE(validator.checkField(cem, QStringLiteral("bsn"), hash).rule, QString());
    QCOMPARE(validator
                 .checkField(cem, QStringLiteral("bsn"),
                             QString(63, QLatin1Char('a')) + QLatin1Char('g'))
                 .rule,
             QStringLiteral("pseudonym.format"));
    // Plain-transmitted numbers stay numbers.
    Validator sor(builtin(QStringLiteral("sor")), {}, today);
    sor.setPseudonymisedInput(true);
    QCOMPARE(sor.checkField(QStringLiteral("gas"), QStringLiteral("bsn"), hash).rule,
             QStringLiteral("bsn.format"));
}

void TestValidator::firstTenRowsOnly()
{
    const Validator validator(builtin(QStringLiteral("mdt")), QStringLiteral("5a"), today);
    QList<Record> records;
    for (int i = 0; i < 25; ++i) {
        Record record = goodParticipant();
        record.insert(QStringLiteral("respondentnummer"), QString::number(i));
        if (i % 2)
            record.insert(QStringLiteral("postcode"), QStringLiteral("0000 AA"));
        records.append(record);
    }
    const DatasetReport report = validator.checkDataset(participantTable(records));
    QCOMPARE(report.rules.size(), 1);
    QCOMPARE(report.rules.first().count, 12);
    QCOMPARE(report.rules.first().rows, (QList<int>{2, 4, 6, 8, 10, 12, 14, 16, 18, 20}));
    QCOMPARE(report.rows.failed, 12);
    QCOMPARE(report.rows.imported, 13);
}

void TestValidator::reportJsonRoundTrip()
{
    const Spec spec = builtin(QStringLiteral("mdt"));
    const Validator validator(spec, QStringLiteral("5a"), today, QStringLiteral("en"));
    const ValidationReport report =
        validator.validate({fixtureTable(QStringLiteral("mdt_errors.csv"), spec)});
    QVERIFY(!report.approved());
    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(ValidationReport::fromJson(json).toJson(), json);
    QVERIFY(report.toText().contains(QStringLiteral("Result: rejected")));
}

void TestValidator::specVersionComparison()
{
    const Spec spec = builtin(QStringLiteral("mdt"));
    // 37 participants started in 2023 without an education level, 5 in 2022 without one.
    QList<Record> records;
    for (int i = 0; i < 42; ++i) {
        Record record = goodParticipant();
        record.insert(QStringLiteral("respondentnummer"), QString::number(i));
        record.insert(QStringLiteral("opleidingsniveau"), QString());
        if (i >= 37)
            record.insert(QStringLiteral("startdatum"), QStringLiteral("01-06-2022"));
        records.append(record);
    }
    const DataTable table = participantTable(records);
    const Validator before(spec, QStringLiteral("4d"), today, QStringLiteral("en"));
    const Validator after(spec, QStringLiteral("5a"), today, QStringLiteral("en"));
    const QList<SpecChange> changes = SpecComparison::compare(before, after, {table});
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().kind, SpecChange::Kind::NewFinding);
    QCOMPARE(changes.first().field, QStringLiteral("opleidingsniveau"));
    QCOMPARE(changes.first().after, 37);
    QCOMPARE(changes.first().message,
             QStringLiteral("From round 5a, Education level is required for participants who "
                            "start in that round or later: 37 need it."));

    // Going back resolves it; the same spec and round changes nothing.
    const QList<SpecChange> back = SpecComparison::compare(after, before, {table});
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.first().kind, SpecChange::Kind::ResolvedFinding);
    QVERIFY(SpecComparison::compare(after, after, {table}).isEmpty());
    QVERIFY(SpecComparison::toText({}, QStringLiteral("nl")).contains(QStringLiteral("niets")));
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
