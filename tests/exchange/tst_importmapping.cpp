// Issue 21: headers as people write them, codes as their labels, and the command line stopping
// on a column it can only guess. The import's verdict: tst_importverdict.cpp.
#include "ImportTestData.h"
#include "exchange/ImportWriter.h"
#include "storage/ParticipantRepository.h"

using namespace veldboek;
using namespace veldboek::test;

class TestImportMapping : public QObject, private ImportScratch
{
    Q_OBJECT

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
};

QTEST_GUILESS_MAIN(TestImportMapping)
#include "tst_importmapping.moc"
