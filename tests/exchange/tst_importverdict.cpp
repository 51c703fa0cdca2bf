// Issue 21, one verdict: the import's counts are what the check of the register finds right
// after it (the problems panel's engine in process, and `veldboek-cli validate`), and the
// command line's exit code follows them.
#include "ImportTestData.h"
#include "exchange/ImportWriter.h"
#include "storage/ParticipantRepository.h"

using namespace veldboek;
using namespace veldboek::test;

class TestImportVerdict : public QObject, private ImportScratch
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The case: a file without some fields said "4 without problems"; the check right
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
    // (the problems panel's engine) and through `veldboek-cli validate`; the counts the command
    // line prints (into a twin register) are the plan's, and its exit code is 1 exactly when
    // `validate` finds failed rows. `twice`: that many people of the file have a second row
    // further down (for a registered person: a second update or skip of the same record, which
    // the writer leaves out and the verdict does not count; for a new person: a second new
    // record, both flagged by the unique respondent number).
    void importVerdictIsTheChecksVerdict_data()
    {
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<QString>("onMatch");
        QTest::addColumn<int>("seed");
        QTest::addColumn<int>("twice");
        QStringList all;
        for (const FieldSpec &field : participants().fields) {
            if (field.key != QLatin1String("leeftijd") && field.key != QLatin1String("bsn"))
                all.append(field.key);
        }
        const QStringList some{QStringLiteral("respondentnummer"), QStringLiteral("geslacht"),
                               QStringLiteral("geboortedatum"),    QStringLiteral("postcode"),
                               QStringLiteral("startdatum"),       QStringLiteral("einddatum"),
                               QStringLiteral("achternaam")};
        QTest::newRow("new, every column") << all << QString() << 1 << 0;
        QTest::newRow("new, some columns") << some << QString() << 2 << 0;
        QTest::newRow("update, some columns") << some << QStringLiteral("update") << 3 << 0;
        QTest::newRow("skip, some columns") << some << QStringLiteral("skip") << 4 << 0;
        QTest::newRow("new, people twice") << all << QString() << 6 << 3;
        QTest::newRow("update, people twice") << some << QStringLiteral("update") << 7 << 3;
        QTest::newRow("skip, people twice") << some << QStringLiteral("skip") << 8 << 3;
        // Forty people registered; the file adds others, one of them a registered person under
        // another respondent number and some a registered number again: duplicates across file
        // and register that only a check of both together sees.
        QTest::newRow("add beside the registered") << all << QStringLiteral("add") << 5 << 0;
    }
    void importVerdictIsTheChecksVerdict()
    {
        QFETCH(QStringList, columns);
        QFETCH(QString, onMatch);
        QFETCH(int, seed);
        QFETCH(int, twice);
        QRandomGenerator random{quint32(seed)};
        QString path, twin;
        newRegister(&path).reset();
        newRegister(&twin).reset();
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
            for (const QString &target : {path, twin}) {
                const ProcessResult result = runCli(cliArguments(target, file));
                QVERIFY2(result.exitCode == 0 || result.exitCode == 1, qPrintable(result.err));
            }
        }
        QList<QHash<QString, QString>> rows;
        for (int n = beside ? 41 : 1; n <= 150; ++n)
            rows.append(generatedParticipant(n, random, onMatch.isEmpty() || beside));
        if (beside) {
            QHash<QString, QString> again = registered.at(4);
            again[QStringLiteral("respondentnummer")] = QStringLiteral("R09005");
            rows.append(again);
        }
        // The second row of a person: another postcode (a wrong one), so a second update
        // written over the first would show in the register and its check.
        for (int k = 0; k < twice; ++k) {
            QHash<QString, QString> second = rows.at(k);
            second[QStringLiteral("postcode")] = QStringLiteral("0123 AB");
            rows.append(second);
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
            // A second row of a registered person stands for no record of its own; a second
            // row of a new person is a record of its own.
            const int repeats = onMatch.isEmpty() || beside ? 0 : twice;
            QCOMPARE(plan->repeatLines().size(), repeats);
            for (int k = 0; k < repeats; ++k)
                QCOMPARE(plan->rows.at(rows.size() - twice + k).repeats, plan->rows.at(k).line);
            planned = verdictOfPlan(*plan);
            QCOMPARE(planned.rows, int(rows.size()) - repeats);
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
            QCOMPARE(outcome.repeated, repeats);
            QCOMPARE(outcome.added + outcome.updated + outcome.skipped + outcome.repeated,
                     int(rows.size()));
            if (repeats > 0 && onMatch == QLatin1String("update")) {
                // The first row's update stands, not the second's postcode.
                const Participant first = *ParticipantRepository(*reg).find(1);
                QCOMPARE(first.value(u"postcode"), rows.at(0).value(QStringLiteral("postcode")));
            }
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
        const int failed = failedByValidate(path, QStringLiteral("participants"));
        QCOMPARE(failed, planned.errors + restErrors);

        // The command line's import of the same file into the twin: it prints the plan's
        // counts, `validate` finds what they say, and the exit code follows them.
        QStringList more;
        if (!onMatch.isEmpty())
            more = QStringList{QStringLiteral("--on-match"), onMatch};
        const ProcessResult imported = runCli(cliArguments(twin, file, more));
        QVERIFY2(imported.exitCode == 0 || imported.exitCode == 1, qPrintable(imported.err));
        const Verdict printed = printedVerdict(imported.out, FileVerdict);
        QCOMPARE(printed.rows, planned.rows);
        QCOMPARE(printed.clean, planned.clean);
        QCOMPARE(printed.warnings, planned.warnings);
        QCOMPARE(printed.errors, planned.errors);
        const Verdict rest = printedVerdict(imported.out, RestVerdict);
        QCOMPARE(rest.rows > 0 ? rest.errors : 0, restErrors);
        QCOMPARE(imported.out.contains(QStringLiteral("Not imported, ")),
                 twice > 0 && !onMatch.isEmpty() && onMatch != QLatin1String("add"));
        QCOMPARE(failedByValidate(twin, QStringLiteral("participants")), failed);
        QCOMPARE(imported.exitCode, failed > 0 ? 1 : 0);
    }
    // A CEM+ item answered twice in one measurement of one file: the register keeps one answer
    // (the first row's), so the verdict counts that row and leaves the repeat out, as it says.
    // The counts the command line prints are what `validate` finds right after.
    void anAnswerTwiceIsOneAnswer()
    {
        QString path;
        newRegister(&path).reset();
        const QString day = QDate::currentDate().addDays(-20).toString(u"dd-MM-yyyy");
        QByteArray bytes = "zorgaanbieder_id;bsn;client_ref;meting_id;datum_meting;informant;"
                           "vragenlijst;vraag;antwoord\n";
        const char *items[] = {"VR01", "VR02", "VR03", "VR04", "VR05"};
        for (int i = 0; i < 5; ++i)
            bytes += QStringLiteral("12345678;999999990;123456;123456-1;%1;Moeder;"
                                    "CEM+_2018_OE_v1;%2;%3\n")
                         .arg(day, QLatin1String(items[i]))
                         .arg(1 + i % 4)
                         .toUtf8();
        // VR01 again with another answer, VR02 again with the same: lines 7 and 8.
        bytes += QStringLiteral("12345678;999999990;123456;123456-1;%1;Moeder;CEM+_2018_OE_v1;"
                                "VR01;4\n"
                                "12345678;999999990;123456;123456-1;%1;Moeder;CEM+_2018_OE_v1;"
                                "VR02;2\n")
                     .arg(day)
                     .toUtf8();
        const QString file = m_dir.filePath(QStringLiteral("twice.csv"));
        writeBytes(file, bytes);
        const ProcessResult imported =
            runCli(cliArguments(path, file, {QStringLiteral("--spec"), QStringLiteral("cemplus")}));
        QVERIFY2(imported.exitCode == 0 || imported.exitCode == 1, qPrintable(imported.err));
        const Verdict printed = printedVerdict(imported.out, FileVerdict);
        QCOMPARE(printed.rows, 5);
        QCOMPARE(printed.errors, 0); // no "answered more than once": the register holds one
        QVERIFY2(imported.out.contains(QStringLiteral("Not imported, 2 row")) &&
                     imported.out.contains(QStringLiteral("lines 7, 8.")),
                 qPrintable(imported.out));
        QVERIFY2(imported.out.contains(QStringLiteral("Imported 5 rows")),
                 qPrintable(imported.out));
        QCOMPARE(failedByValidate(path, QStringLiteral("cem")), printed.errors);
        // The first row's answer is the one kept.
        auto reg = openRegister(path);
        RegisterDatasets::Table table;
        const QStringList columns{QStringLiteral("vraag"), QStringLiteral("antwoord")};
        QVERIFY(RegisterDatasets(*reg).load(QStringLiteral("cem"), columns, &table));
        QCOMPARE(table.table.rows.size(), 5);
        for (const DataRow &row : std::as_const(table.table.rows)) {
            if (row.values.at(0) == QLatin1String("VR01"))
                QCOMPARE(row.values.at(1), QStringLiteral("1"));
        }
    }

    // A CEM+ answer is read back with its measurement's values (date, informant, questionnaire,
    // client reference: the first row's), the participant's citizen service number and age, and
    // the register's one care provider: the verdict checks those, not the row's own, and the
    // command line names the rows whose measurement values are not imported.
    void answersAreCheckedAsTheRegisterReadsThemBack()
    {
        QString path;
        newRegister(&path).reset();
        const QString day = QDate::currentDate().addDays(-20).toString(u"dd-MM-yyyy");
        const QString header = QStringLiteral("zorgaanbieder_id;bsn;client_ref;meting_id;"
                                              "datum_meting;informant;vragenlijst;vraag;antwoord;"
                                              "leeftijd\n");
        // Line 3: the same measurement with an impossible date; line 2: an age that is no
        // number (the register computes the age, it does not keep the file's).
        const QString first = m_dir.filePath(QStringLiteral("measurement.csv"));
        writeBytes(first, (header + QStringLiteral("12345678;999999990;123456;123456-1;%1;Moeder;"
                                                   "CEM+_2018_OE_v1;VR01;2;abc\n"
                                                   "12345678;999999990;123456;123456-1;31-02-2020;"
                                                   "Moeder;CEM+_2018_OE_v1;VR02;1;\n")
                                        .arg(day))
                              .toUtf8());
        const QStringList cemplus{QStringLiteral("--spec"), QStringLiteral("cemplus")};
        ProcessResult result = runCli(cliArguments(path, first, cemplus));
        Verdict printed = printedVerdict(result.out, FileVerdict);
        QCOMPARE(printed.rows, 2);
        QVERIFY2(result.out.contains(QStringLiteral("which are not imported: lines 3.")),
                 qPrintable(result.out));
        QCOMPARE(failedByValidate(path, QStringLiteral("cem")), printed.errors);
        QCOMPARE(printed.errors, 0);
        // The register's care provider is the first file's: another in a later file is not kept.
        const QString second = m_dir.filePath(QStringLiteral("provider.csv"));
        writeBytes(second, (header + QStringLiteral("12a45;999999990;123456;123456-2;%1;Moeder;"
                                                    "CEM+_2018_OE_v1;VR01;3;\n")
                                         .arg(day))
                               .toUtf8());
        result = runCli(cliArguments(path, second, cemplus));
        printed = printedVerdict(result.out, FileVerdict);
        QCOMPARE(printed.rows, 1);
        const Verdict rest = printedVerdict(result.out, RestVerdict);
        QCOMPARE(rest.rows, 2);
        QCOMPARE(failedByValidate(path, QStringLiteral("cem")), printed.errors + rest.errors);
        QCOMPARE(printed.errors, 0);
    }

    // The exit code follows the whole verdict, not only the file's own rows: 1 when the check
    // right after finds failed rows, wherever they are (a participant a clean answer file
    // creates with only a number; another registered participant the import leaves as it is),
    // 0 when an update makes the register's only faulty participant whole. With --dry-run too.
    void exitCodeFollowsTheVerdict()
    {
        QString path;
        newRegister(&path).reset();
        // A clean CEM+ measurement of someone not registered: the answers have no errors, the
        // participant it brings in (a number only) has.
        const QString day = QDate::currentDate().addDays(-20).toString(u"dd-MM-yyyy");
        const QString answers = m_dir.filePath(QStringLiteral("clean-answers.csv"));
        writeBytes(answers, QStringLiteral("zorgaanbieder_id;bsn;client_ref;meting_id;"
                                           "datum_meting;informant;vragenlijst;vraag;antwoord\n"
                                           "12345678;999999990;123456;123456-1;%1;Moeder;"
                                           "CEM+_2018_OE_v1;VR01;2\n")
                                .arg(day)
                                .toUtf8());
        const QStringList cemplus{QStringLiteral("--spec"), QStringLiteral("cemplus")};
        ProcessResult result =
            runCli(cliArguments(path, answers, cemplus + QStringList{QStringLiteral("--dry-run")}));
        QCOMPARE(printedVerdict(result.out, FileVerdict).errors, 0);
        const Verdict created = printedVerdict(result.out, CreatedVerdict);
        QCOMPARE(created.rows, 1);
        QCOMPARE(created.errors, 1);
        QCOMPARE(result.exitCode, 1);
        result = runCli(cliArguments(path, answers, cemplus));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains(QStringLiteral("The file's rows have no errors")),
                 qPrintable(result.out));
        QCOMPARE(failedByValidate(path, QStringLiteral("cem")), 0);
        QCOMPARE(failedByValidate(path, QStringLiteral("participants")), created.errors);

        // Participants: one registered without a street (an error), then a clean new person.
        QString other;
        newRegister(&other).reset();
        QHash<QString, QString> lacking = validParticipant(1);
        lacking.remove(QStringLiteral("straat"));
        QStringList all = validParticipant(1).keys();
        all.sort();
        const QString first = m_dir.filePath(QStringLiteral("lacking.csv"));
        writeBytes(first, csvOf(all, {lacking}));
        QCOMPARE(runCli(cliArguments(other, first)).exitCode, 1);
        const QString clean = m_dir.filePath(QStringLiteral("clean.csv"));
        writeBytes(clean, csvOf(all, {validParticipant(2)}));
        for (const QStringList &more : {QStringList{QStringLiteral("--dry-run")}, QStringList{}}) {
            result = runCli(cliArguments(other, clean, more));
            QCOMPARE(printedVerdict(result.out, FileVerdict).errors, 0);
            QCOMPARE(printedVerdict(result.out, RestVerdict).errors, 1);
            QCOMPARE(result.exitCode, 1);
        }
        QCOMPARE(failedByValidate(other, QStringLiteral("participants")), 1);
        // The faulty participant updated with the street: the register has no error left.
        const QString street = m_dir.filePath(QStringLiteral("street.csv"));
        writeBytes(street, "respondentnummer;straat\nR00001;Kerkstraat\n");
        result = runCli(
            cliArguments(other, street, {QStringLiteral("--on-match"), QStringLiteral("update")}));
        QCOMPARE(printedVerdict(result.out, FileVerdict).errors, 0);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(failedByValidate(other, QStringLiteral("participants")), 0);
    }
};

QTEST_GUILESS_MAIN(TestImportVerdict)
#include "tst_importverdict.moc"
