// Issue 21: headers as people write them, codes as their labels, the command line stopping on a
// column it can only guess, and one verdict: the import's counts are what the check of the
// register finds right after it.
#include "TestSupport.h"
#include "exchange/ImportPlan.h"
#include "storage/ImportWriter.h"
#include "storage/ParticipantRepository.h"
#include "storage/Register.h"
#include "storage/RegisterDatasets.h"
#include "validation/SpecLoader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace veldboek;
using namespace veldboek::test;

namespace {

const QByteArray Passphrase = "kolommen-2024";

Spec builtin(const char *id)
{
    SpecError error;
    return *SpecLoader::builtin(QString::fromLatin1(id), &error);
}

const DatasetSpec &participants()
{
    static const Spec spec = builtin("mdt");
    return *spec.dataset(QStringLiteral("participants"));
}

// Rows per worst severity, as the problems panel counts them: the check of the register.
struct Verdict
{
    int rows = 0, clean = 0, warnings = 0, errors = 0;
};

Verdict verdictOfRegister(Register &reg, const Validator &validator)
{
    QStringList columns;
    for (const FieldSpec &field : participants().fields)
        columns.append(field.key);
    RegisterDatasets::Table table;
    if (!RegisterDatasets(reg).load(QStringLiteral("participants"), columns, &table))
        return {};
    QList<Finding> findings;
    validator.checkDataset(table.table, &findings);
    QHash<int, Severity> worst;
    for (const Finding &finding : std::as_const(findings)) {
        const Severity severity = finding.cleared ? Severity::Warning : finding.severity;
        if (severity > worst.value(finding.line, Severity::None))
            worst.insert(finding.line, severity);
    }
    Verdict verdict;
    verdict.rows = int(table.table.rows.size());
    for (const DataRow &row : std::as_const(table.table.rows)) {
        switch (worst.value(row.line, Severity::None)) {
        case Severity::None:
            ++verdict.clean;
            break;
        case Severity::Warning:
            ++verdict.warnings;
            break;
        default:
            ++verdict.errors;
            break;
        }
    }
    return verdict;
}

Verdict verdictOfPlan(const ImportPlan &plan)
{
    return {int(plan.rows.size()), plan.rowsWith(Severity::None), plan.rowsWith(Severity::Warning),
            plan.rowsWith(Severity::Error)};
}

// A participant without mistakes.
QHash<QString, QString> validParticipant(int n)
{
    const QDate today = QDate::currentDate();
    return QHash<QString, QString>{
        {QStringLiteral("respondentnummer"), QStringLiteral("R%1").arg(n, 5, 10, QChar(u'0'))},
        {QStringLiteral("geslacht"), QStringLiteral("v")},
        {QStringLiteral("geboortedatum"), today.addYears(-18).toString(u"dd-MM-yyyy")},
        {QStringLiteral("straat"), QStringLiteral("Dorpsstraat")},
        {QStringLiteral("huisnummer"), QString::number(1 + n % 200)},
        {QStringLiteral("postcode"), QStringLiteral("1234 AB")},
        {QStringLiteral("woonplaats"), QStringLiteral("Utrecht")},
        {QStringLiteral("email"), QStringLiteral("p%1@example.nl").arg(n)},
        {QStringLiteral("opleidingsniveau"), QStringLiteral("havo")},
        {QStringLiteral("startdatum"), today.addMonths(-3).toString(u"dd-MM-yyyy")},
        {QStringLiteral("verkorte_deelname"), QStringLiteral("nee")},
        {QStringLiteral("postcode_doelocatie"), QStringLiteral("3511 AB")},
        {QStringLiteral("gemeente_doelocatie"), QStringLiteral("0344")},
        {QStringLiteral("voornaam"), QStringLiteral("Anna")},
        {QStringLiteral("achternaam"), QStringLiteral("Achternaam%1").arg(n)},
    };
}

// A participant's values with every kind of mistake the spec knows, one per row (or none), the
// rest valid; the columns present are chosen by the caller (a file rarely has them all).
QHash<QString, QString> generatedParticipant(int n, QRandomGenerator &random,
                                             bool duplicates = true)
{
    const QDate today = QDate::currentDate();
    QHash<QString, QString> p = validParticipant(n);
    switch (random.bounded(16)) {
    case 0:
        p[QStringLiteral("postcode")] = QStringLiteral("0123 AB");
        break; // first digit 0
    case 1:
        p[QStringLiteral("postcode")] = QStringLiteral("1234 SS");
        break; // letters not used
    case 2:
        p[QStringLiteral("geboortedatum")] = QStringLiteral("31-02-2005");
        break; // no such day
    case 3:
        p[QStringLiteral("geboortedatum")] = today.addYears(-40).toString(u"dd-MM-yyyy");
        break; // age: warning
    case 4:
        p[QStringLiteral("startdatum")] = today.addDays(30).toString(u"dd-MM-yyyy");
        break; // future
    case 5:
        p[QStringLiteral("geslacht")] = QStringLiteral("q");
        break; // no such code
    case 6:
        p[QStringLiteral("email")] = QStringLiteral("geen-adres");
        break; // not an address
    case 7:
        p[QStringLiteral("einddatum")] = today.addMonths(-6).toString(u"dd-MM-yyyy");
        break; // before start, no reason
    case 8:
        p[QStringLiteral("gemeente_doelocatie")] = QStringLiteral("03A4");
        break; // not digits
    case 9:
        p.remove(QStringLiteral("straat"));
        break; // required, empty
    case 10:   // the same number twice (not where a row must be one person: updates)
        if (duplicates)
            p[QStringLiteral("respondentnummer")] = QStringLiteral("R00001");
        break;
    case 11:
        p[QStringLiteral("huisnummer")] = QStringLiteral("12a");
        break; // not a number
    case 12:
        p[QStringLiteral("opleidingsniveau")] = QStringLiteral("master");
        break; // no such code
    case 13:
        p[QStringLiteral("startdatum")] = QStringLiteral("01-06-2021");
        break; // before 2022
    default:
        break; // a valid row
    }
    return p;
}

QByteArray csvOf(const QStringList &columns, const QList<QHash<QString, QString>> &rows)
{
    QByteArray bytes = columns.join(QLatin1Char(';')).toUtf8() + '\n';
    for (const auto &row : rows) {
        QStringList values;
        for (const QString &column : columns)
            values.append(row.value(column));
        bytes += values.join(QLatin1Char(';')).toUtf8() + '\n';
    }
    return bytes;
}

} // namespace

class TestImportMapping : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Register> newRegister(QString *pathOut = nullptr)
    {
        const QString path = m_dir.filePath(QStringLiteral("m%1.veldboek").arg(++m_counter));
        if (pathOut)
            *pathOut = path;
        RegisterError error;
        return Register::create(path, CipherKey::passphrase(QByteArray(Passphrase)), &error);
    }

    std::unique_ptr<Register> openRegister(const QString &path)
    {
        RegisterError error;
        return Register::open(path, CipherKey::passphrase(QByteArray(Passphrase)), &error);
    }

    QStringList cliArguments(const QString &registerPath, const QString &file,
                             const QStringList &more = {})
    {
        const QString passphrase =
            writePassphraseFile(m_dir.path(), QStringLiteral("p"), Passphrase);
        return QStringList{QStringLiteral("import"),
                           registerPath,
                           file,
                           QStringLiteral("--spec"),
                           QStringLiteral("mdt"),
                           QStringLiteral("--passphrase-file"),
                           passphrase,
                           QStringLiteral("--lang"),
                           QStringLiteral("en")} +
               more;
    }

    std::optional<ImportPlan> prepare(Register &reg, const Validator &validator,
                                      const QByteArray &bytes, ImportPlan::Options options = {})
    {
        CsvError csvError;
        const auto document = CsvReader::read(bytes, QStringLiteral("en"), &csvError);
        if (!document)
            return std::nullopt;
        QString error;
        auto plan = ImportPlan::prepare(reg, validator, *document, options, &error);
        if (!plan)
            qWarning("plan: %s", qPrintable(error));
        return plan;
    }

    // What `veldboek-cli validate REGISTER --json` reports as failed rows of `dataset` (every
    // shipped spec: {"reports": [{"datasets": [...]}]}); -1 when it does not report the dataset.
    int failedByValidate(const QString &path, const QString &dataset)
    {
        const QString passphrase =
            writePassphraseFile(m_dir.path(), QStringLiteral("p"), Passphrase);
        const ProcessResult validated =
            runCli({QStringLiteral("validate"), path, QStringLiteral("--json"),
                    QStringLiteral("--passphrase-file"), passphrase, QStringLiteral("--lang"),
                    QStringLiteral("en")});
        if (validated.exitCode != 0 && validated.exitCode != 1) {
            qWarning("validate: %s", qPrintable(validated.err));
            return -1;
        }
        const QJsonObject all = QJsonDocument::fromJson(validated.out.toUtf8()).object();
        for (const QJsonValue &report : all.value(QStringLiteral("reports")).toArray()) {
            for (const QJsonValue &value :
                 report.toObject().value(QStringLiteral("datasets")).toArray()) {
                const QJsonObject object = value.toObject();
                if (object.value(QStringLiteral("name")).toString() == dataset)
                    return object.value(QStringLiteral("rows")).toObject().value(u"failed").toInt();
            }
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void headersAsPeopleWriteThem_data()
    {
        using Source = ColumnMapping::Source;
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("source");
        auto row = [](const char *header, const char *field, Source source) {
            QTest::newRow(header) << QString::fromUtf8(header) << QString::fromLatin1(field)
                                  << int(source);
        };
        row("email", "email", Source::ColumnName);
        row("E-mail", "email", Source::ColumnName); // "email" once the hyphen is gone
        row("E-mailadres", "email", Source::Label);
        row("e-mailadres", "email", Source::Label);
        row("E-MAIL ADDRESS", "email", Source::Label);
        // The label is the key once punctuation and accents are gone: found as the column name.
        row("Reden beëindiging", "reden_beeindiging", Source::ColumnName);
        row("reden_beeindiging", "reden_beeindiging", Source::ColumnName);
        row("REDEN BEEINDIGING", "reden_beeindiging", Source::ColumnName);
        row("Postcode doe-locatie", "postcode_doelocatie", Source::ColumnName);
        row("Gemeente doe-locatie", "gemeente_doelocatie", Source::ColumnName);
        row("Opleidingsniveau ", "opleidingsniveau", Source::ColumnName);
        row("Huisnummertoevoeging", "huisnummer_toevoeging", Source::ColumnName);
        row("Geb. datum", "geboortedatum", Source::Alias);
        row("Reason for ending", "reden_beeindiging", Source::Label);
        row("  Date of birth ", "geboortedatum", Source::Label);
        row("Toevoeging", "huisnummer_toevoeging", Source::Alias);
        row("Huisnr.", "huisnummer", Source::Alias);
        row("huisnr", "huisnummer", Source::Alias);
        row("Straatnaam", "straat", Source::Alias);
        row("Burgerservicenummer", "bsn", Source::Alias);
        row("Geboortedatm", "geboortedatum", Source::Guess);            // a letter left out
        row("Startdatmu", "startdatum", Source::Guess);                 // two letters swapped
        row("Geboortedatum deelnemer", "geboortedatum", Source::Guess); // a word more
        row("Favoriete kleur", "", Source::None);
        row("Nr", "", Source::None); // too short to guess from
    }
    void headersAsPeopleWriteThem()
    {
        QFETCH(QString, header);
        QFETCH(QString, field);
        QFETCH(int, source);
        const ColumnMapping mapping = ColumnMapping::propose({header}, participants());
        QCOMPARE(mapping.fieldForColumn.value(header), field);
        QCOMPARE(int(mapping.source(header)), source);
        QCOMPARE(mapping.guesses({header}).size(),
                 source == int(ColumnMapping::Source::Guess) ? 1 : 0);
    }

    // An exact name wins its field before any guess, and a field takes one column.
    void exactMatchesComeBeforeGuesses()
    {
        const QStringList header{QStringLiteral("Geboortedatm"), QStringLiteral("Geboortedatum"),
                                 QStringLiteral("E-mail"), QStringLiteral("E-mailadres")};
        const ColumnMapping mapping = ColumnMapping::propose(header, participants());
        QCOMPARE(mapping.fieldForColumn.value(header.at(1)), QStringLiteral("geboortedatum"));
        QVERIFY(mapping.fieldForColumn.value(header.at(0)).isEmpty());
        QCOMPARE(mapping.fieldForColumn.value(header.at(2)), QStringLiteral("email"));
        QVERIFY(mapping.fieldForColumn.value(header.at(3)).isEmpty());
    }

    // The spec refuses an alias that already names another field: the proposal would be a coin
    // toss between them.
    void specRefusesAnAliasOfTwoFields()
    {
        SpecError error;
        QFile file(QStringLiteral(":/specs/mdt.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray json = file.readAll();
        json.replace("\"Straatnaam\"", "\"Postcode\"");
        QVERIFY(!SpecLoader::fromJson(json, QStringLiteral("mdt.json"), &error));
        QVERIFY2(error.toString().contains(QStringLiteral("already names the field postcode")),
                 qPrintable(error.toString()));
    }

    // Codes as people write them: a code's label in either language, yes/no as spreadsheets
    // write booleans.
    void codesArriveAsTheirLabels()
    {
        auto reg = newRegister();
        const Validator validator(builtin("mdt"), {}, QDate::currentDate(), QStringLiteral("en"));
        const QByteArray bytes =
            QStringLiteral("Respondentnummer;Geslacht;Opleiding;Reden beëindiging;Verkorte "
                           "deelname;Opt-out\n"
                           "A1;Vrouw;Mbo 2;Afgerond volgens plan;WAAR;nee\n"
                           "A2;male;University;Found work or education;TRUE;FALSE\n"
                           "A3;X (anders of onbekend);havo;persoonlijke omstandigheden;yes;0\n"
                           "A4;v;Vmbo;afgerond;ja;Onwaar\n")
                .toUtf8();
        auto plan = prepare(*reg, validator, bytes);
        QVERIFY(plan);
        // 13 labels and spreadsheet booleans; "Mbo 2" is an alias of its code, "havo", "v",
        // "Vmbo", "afgerond", "ja" and "nee" are codes already.
        QCOMPARE(plan->codesFromLabels, 13);
        ImportWriter::Outcome outcome;
        QVERIFY(ImportWriter(*reg).write(*plan, {}, &outcome));
        QCOMPARE(outcome.added, 4);
        const QStringList expected[] = {
            {QStringLiteral("v"), QStringLiteral("mbo2"), QStringLiteral("afgerond"),
             QStringLiteral("ja"), QStringLiteral("nee")},
            {QStringLiteral("m"), QStringLiteral("wo"), QStringLiteral("werk_of_opleiding"),
             QStringLiteral("ja"), QStringLiteral("nee")},
            {QStringLiteral("x"), QStringLiteral("havo"), QStringLiteral("persoonlijk"),
             QStringLiteral("ja"), QStringLiteral("nee")},
            {QStringLiteral("v"), QStringLiteral("vmbo"), QStringLiteral("afgerond"),
             QStringLiteral("ja"), QStringLiteral("nee")}};
        for (int id = 1; id <= 4; ++id) {
            const Participant p = *ParticipantRepository(*reg).find(id);
            const QStringList got{p.value(u"geslacht"), p.value(u"opleidingsniveau"),
                                  p.value(u"reden_beeindiging"), p.value(u"verkorte_deelname"),
                                  p.value(u"opt_out")};
            QCOMPARE(got, expected[id - 1]);
        }
    }

    // On the command line a column that only resembles a field stops the import with exit 2 and
    // the suggestion; --skip-columns or --mapping says what to do with it.
    void commandLineStopsOnAGuess()
    {
        QString path;
        newRegister(&path).reset();
        const QString file = m_dir.filePath(QStringLiteral("guess.csv"));
        writeBytes(file, "Respondentnummer;Geslacht;Geboortedatm\nB1;v;01-02-2005\n");
        ProcessResult result = runCli(cliArguments(path, file));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("guess.csv: column \"Geboortedatm\"")),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("geboortedatum (Date of birth)")),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("--skip-columns \"Geboortedatm\"")),
                 qPrintable(result.err));
        QVERIFY(!result.err.contains(QStringLiteral("01-02-2005"))); // names, never values
        QCOMPARE(ParticipantRepository(*openRegister(path)).count(), 0);

        result = runCli(cliArguments(
            path, file, {QStringLiteral("--skip-columns"), QStringLiteral("Geboortedatm")}));
        QCOMPARE(result.exitCode, 1); // in, flagged: the date of birth is required
        QVERIFY2(result.out.contains(QStringLiteral("Columns not imported: Geboortedatm")),
                 qPrintable(result.out));
        QCOMPARE(ParticipantRepository(*openRegister(path)).find(1)->value(u"geboortedatum"),
                 QString());

        const QString mapping = m_dir.filePath(QStringLiteral("guess.json"));
        writeBytes(mapping, R"({"Respondentnummer": "respondentnummer", "Geslacht": "geslacht",
                               "Geboortedatm": "geboortedatum"})");
        QString other;
        newRegister(&other).reset();
        result = runCli(cliArguments(other, file, {QStringLiteral("--mapping"), mapping}));
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(ParticipantRepository(*openRegister(other)).find(1)->value(u"geboortedatum"),
                 QStringLiteral("01-02-2005"));
    }

    // The issue's case: a file without some fields said "4 without problems"; the check right
    // after rejected all four. New participants are checked with the missing fields empty.
    void newParticipantsAreCheckedWithTheFieldsTheFileLacks()
    {
        auto reg = newRegister();
        const Validator validator(builtin("mdt"), QStringLiteral("5a"), QDate::currentDate(),
                                  QStringLiteral("en"));
        const QString start = QDate::currentDate().addMonths(-2).toString(u"dd-MM-yyyy");
        const QByteArray bytes = QStringLiteral("respondentnummer;geslacht;geboortedatum;straat;"
                                                "huisnummer;postcode;woonplaats;startdatum;"
                                                "verkorte_deelname\n"
                                                "C1;v;01-02-2005;Markt;1;1234 AB;Utrecht;%1;nee\n"
                                                "C2;m;01-03-2005;Markt;2;1234 AB;Utrecht;%1;nee\n")
                                     .arg(start)
                                     .toUtf8();
        auto plan = prepare(*reg, validator, bytes);
        QVERIFY(plan);
        QCOMPARE(plan->rowsWith(Severity::Error), 2); // e-mail and more are required from 5a
        QStringList fields;
        for (const Finding &finding : plan->rows.first().findings)
            fields.append(finding.field);
        QVERIFY2(fields.contains(QStringLiteral("email")), qPrintable(fields.join(u',')));
    }

    // A matching row is checked as the record it will be: skipped, the registered participant
    // (valid); updated, that participant with the file's bad postcode; the wizard's recheck
    // after the user changes the choice gives the other verdict.
    void aMatchIsCheckedAsTheRecordItBecomes()
    {
        QString path;
        newRegister(&path).reset();
        const QHash<QString, QString> person = validParticipant(7);
        QStringList all = person.keys();
        all.sort();
        const QString first = m_dir.filePath(QStringLiteral("whole.csv"));
        writeBytes(first, csvOf(all, {person}));
        QCOMPARE(runCli(cliArguments(path, first)).exitCode, 0);

        auto reg = openRegister(path);
        const Validator validator(builtin("mdt"), {}, QDate::currentDate(), QStringLiteral("en"));
        const QByteArray bytes = "respondentnummer;postcode\nR00007;0123 AB\n";
        auto plan = prepare(*reg, validator, bytes);
        QVERIFY(plan);
        QCOMPARE(plan->rows.first().match, ImportRow::Match::RespondentNumber);
        QCOMPARE(plan->rows.first().choice, ImportRow::Choice::Skip);
        QCOMPARE(plan->rows.first().status, Severity::None);
        plan->chooseForMatches(ImportRow::Choice::Update);
        plan->recheck(validator);
        QCOMPARE(plan->rows.first().status, Severity::Error);
        QCOMPARE(plan->rows.first().findings.size(), 1);
        QCOMPARE(plan->rows.first().findings.first().field, QStringLiteral("postcode"));
        // Added as a new participant: every other field empty, so many errors.
        plan->chooseForMatches(ImportRow::Choice::Add);
        plan->recheck(validator);
        QVERIFY(plan->rows.first().findings.size() > 5);
    }

    // Scores of people not in the register bring in participants the participants' check will
    // find incomplete: the plan counts them as the writer creates them.
    void scoresOfUnknownPeopleAreCounted()
    {
        auto reg = newRegister();
        const Validator validator(builtin("sor"), {}, QDate::currentDate(), QStringLiteral("en"));
        const QDate day = QDate::currentDate().addDays(-10);
        const QByteArray bytes =
            QStringLiteral("BSN;Beschikkingsnummer;Toewijzingsnummer;Type;Waarde;Datum\n"
                           "111222333;12345;;D1O;1;%1\n"
                           "111222333;12345;;D1C;2;%1\n"
                           "123456782;12346;;D1O;0;%1\n"
                           "999999999;12347;;D1O;1;%1\n"
                           "999999999;12348;;D1O;2;%1\n")
                .arg(day.toString(u"dd-MM-yyyy"))
                .toUtf8();
        auto plan = prepare(*reg, validator, bytes);
        QVERIFY(plan);
        QCOMPARE(plan->dataset, QStringLiteral("gas"));
        // Two numbers, and each placeholder row (999999999 is "unknown") a person of its own.
        QCOMPARE(plan->newParticipants, 4);
        ImportWriter::Outcome outcome;
        QVERIFY(ImportWriter(*reg).write(*plan, {}, &outcome));
        QCOMPARE(outcome.added, 4);
        QCOMPARE(ParticipantRepository(*reg).count(), 4);
        // The same file again: everyone is known now (but the placeholders).
        auto again = prepare(*reg, validator, bytes);
        QVERIFY(again);
        QCOMPARE(again->newParticipants, 2);
    }

    // The people a score file brings in are part of the import's verdict: checked as the
    // register will hold them (only a number) with the participants already registered, by the
    // participants' spec; their counts plus the registered participants' are what the check
    // of the register, in process and through `veldboek-cli validate`, finds right after.
    void scoresOfUnknownPeopleAreInTheVerdict()
    {
        QString path;
        newRegister(&path).reset();
        // Two registered participants: one valid, one without a street (an error).
        QHash<QString, QString> whole = validParticipant(1), lacking = validParticipant(2);
        lacking.remove(QStringLiteral("straat"));
        QStringList all = whole.keys();
        all.sort();
        const QString first = m_dir.filePath(QStringLiteral("two.csv"));
        writeBytes(first, csvOf(all, {whole, lacking}));
        QCOMPARE(runCli(cliArguments(path, first)).exitCode, 1);

        auto reg = openRegister(path);
        const Validator mdt(builtin("mdt"), {}, QDate::currentDate(), QStringLiteral("en"));
        const Verdict before = verdictOfRegister(*reg, mdt);
        QCOMPARE(before.rows, 2);
        QCOMPARE(before.errors, 1);
        const Validator sor(builtin("sor"), {}, QDate::currentDate(), QStringLiteral("en"));
        const QString day = QDate::currentDate().addDays(-10).toString(u"dd-MM-yyyy");
        const QByteArray bytes =
            QStringLiteral("BSN;Beschikkingsnummer;Toewijzingsnummer;Type;Waarde;Datum\n"
                           "111222333;12345;;D1O;1;%1\n"
                           "111222333;12345;;D1C;2;%1\n"
                           "123456782;12346;;D1O;0;%1\n"
                           "999999999;12347;;D1O;1;%1\n")
                .arg(day)
                .toUtf8();
        auto plan = prepare(*reg, sor, bytes);
        QVERIFY(plan);
        QCOMPARE(plan->newParticipants, 3);
        QCOMPARE(plan->created.rows, 3);
        // Only a number: the required fields are empty, so each is an error.
        QCOMPARE(plan->created.errors, 3);
        QCOMPARE(plan->created.clean + plan->created.warnings + plan->created.errors, 3);
        ImportWriter::Outcome outcome;
        QVERIFY(ImportWriter(*reg).writeWhileChecking(*plan, sor, {}, &outcome));
        QCOMPARE(outcome.added, 3);
        const Verdict after = verdictOfRegister(*reg, mdt);
        QCOMPARE(after.rows, before.rows + plan->created.rows);
        QCOMPARE(after.errors, before.errors + plan->created.errors);
        QCOMPARE(after.warnings, before.warnings + plan->created.warnings);
        QCOMPARE(after.clean, before.clean + plan->created.clean);
        reg.reset();
        QCOMPARE(failedByValidate(path, QStringLiteral("participants")),
                 before.errors + plan->created.errors);
    }

    // One verdict, on generated files with every kind of mistake: new participants from a file
    // with all columns, from one with only some, and updates merged into registered people. The
    // import's counts equal what the check of the register finds right after it, in process
    // (the problems panel's engine) and through `veldboek-cli validate`.
    void importVerdictIsTheChecksVerdict_data()
    {
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<QString>("onMatch");
        QTest::addColumn<int>("seed");
        QStringList all;
        for (const FieldSpec &field : participants().fields) {
            if (field.key != QLatin1String("leeftijd") && field.key != QLatin1String("bsn"))
                all.append(field.key);
        }
        const QStringList some{QStringLiteral("respondentnummer"), QStringLiteral("geslacht"),
                               QStringLiteral("geboortedatum"),    QStringLiteral("postcode"),
                               QStringLiteral("startdatum"),       QStringLiteral("einddatum"),
                               QStringLiteral("achternaam")};
        QTest::newRow("new, every column") << all << QString() << 1;
        QTest::newRow("new, some columns") << some << QString() << 2;
        QTest::newRow("update, some columns") << some << QStringLiteral("update") << 3;
        QTest::newRow("skip, some columns") << some << QStringLiteral("skip") << 4;
        // Forty people registered; the file adds others, one of them a registered person under
        // another respondent number and some a registered number again: duplicates across file
        // and register that only a check of both together sees.
        QTest::newRow("add beside the registered") << all << QStringLiteral("add") << 5;
    }
    void importVerdictIsTheChecksVerdict()
    {
        QFETCH(QStringList, columns);
        QFETCH(QString, onMatch);
        QFETCH(int, seed);
        QRandomGenerator random{quint32(seed)};
        QString path;
        newRegister(&path).reset();
        const Validator validator(builtin("mdt"), {}, QDate::currentDate(), QStringLiteral("en"));
        QStringList all;
        for (const FieldSpec &field : participants().fields) {
            if (field.key != QLatin1String("leeftijd") && field.key != QLatin1String("bsn"))
                all.append(field.key);
        }
        const bool beside = onMatch == QLatin1String("add");
        QList<QHash<QString, QString>> registered;
        if (!onMatch.isEmpty()) {
            // The register already holds the people, whole and mostly valid.
            QRandomGenerator first{quint32(seed * 7)};
            for (int n = 1; n <= (beside ? 40 : 120); ++n)
                registered.append(generatedParticipant(n, first, false));
            const QString file = m_dir.filePath(QStringLiteral("first%1.csv").arg(seed));
            writeBytes(file, csvOf(all, registered));
            const ProcessResult result = runCli(cliArguments(path, file));
            QVERIFY2(result.exitCode == 0 || result.exitCode == 1, qPrintable(result.err));
        }
        QList<QHash<QString, QString>> rows;
        for (int n = beside ? 41 : 1; n <= 150; ++n)
            rows.append(generatedParticipant(n, random, onMatch.isEmpty() || beside));
        if (beside) {
            QHash<QString, QString> again = registered.at(4);
            again[QStringLiteral("respondentnummer")] = QStringLiteral("R09005");
            rows.append(again);
        }
        const QString file = m_dir.filePath(QStringLiteral("mistakes%1.csv").arg(seed));
        writeBytes(file, csvOf(columns, rows));

        // In process: the plan's verdict, then the problems panel's count over the register.
        Verdict planned;
        int restErrors = 0;
        {
            auto reg = openRegister(path);
            ImportPlan::Options options;
            options.onMatch = onMatch == QLatin1String("update") ? ImportRow::Choice::Update
                              : beside                           ? ImportRow::Choice::Add
                                                                 : ImportRow::Choice::Skip;
            auto plan = prepare(*reg, validator, readBytes(file), options);
            QVERIFY(plan);
            planned = verdictOfPlan(*plan);
            QVERIFY(planned.errors > 0);
            QCOMPARE(planned.clean + planned.warnings + planned.errors, planned.rows);
            if (!onMatch.isEmpty())
                QVERIFY(plan->matches() > 0);
            if (beside) {
                // The registered person again and the registered numbers again are flagged on
                // the file's rows, and the registered rows they repeat on the rest.
                QStringList rules;
                for (const ImportRow &row : std::as_const(plan->rows)) {
                    for (const Finding &finding : row.findings)
                        rules.append(finding.rule);
                }
                QVERIFY(rules.contains(QStringLiteral("person.duplicate")));
                QVERIFY(rules.contains(QStringLiteral("respondentnummer.unique")));
                QCOMPARE(plan->registered.rows, 40);
                QVERIFY(plan->registered.errors > 0);
                QVERIFY(plan->registered.warnings > 0);
            } else {
                QCOMPARE(plan->registered.rows, 0); // every registered person is a row of the file
            }
            const ImportPlan::Tally rest = plan->registered;
            ImportWriter::Outcome outcome;
            // Written while checked, as the command line and the wizard write.
            QVERIFY(ImportWriter(*reg).writeWhileChecking(*plan, validator, {}, &outcome));
            QCOMPARE(verdictOfPlan(*plan).errors, planned.errors);
            // Every row of the file is one record of the register now: a new participant, an
            // update merged, or a skipped row's participant as it was.
            // With the rest of the register, as checked with the file's rows.
            QCOMPARE(plan->registered.rows, rest.rows);
            QCOMPARE(plan->registered.errors, rest.errors);
            const Verdict after = verdictOfRegister(*reg, validator);
            QCOMPARE(after.rows, planned.rows + rest.rows);
            QCOMPARE(after.errors, planned.errors + rest.errors);
            QCOMPARE(after.warnings, planned.warnings + rest.warnings);
            QCOMPARE(after.clean, planned.clean + rest.clean);
            restErrors = rest.errors;
        }
        // Through the command line's own check.
        QCOMPARE(failedByValidate(path, QStringLiteral("participants")),
                 planned.errors + restErrors);
    }
};

QTEST_GUILESS_MAIN(TestImportMapping)
#include "tst_importmapping.moc"
