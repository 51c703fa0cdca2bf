// Import and export: the portal formats exactly, pseudonymised where the spec says so, round
// trips, every encoding and delimiter, the remembered mapping, the duplicate choices, the
// all-or-nothing transaction, and spreadsheet damage refused with nothing written.
#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "exchange/ImportPlan.h"
#include "exchange/ImportWriter.h"
#include "exchange/PortalExport.h"
#include "privacy/Pseudonymiser.h"
#include "storage/AuditLog.h"
#include "storage/OutcomeRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/Register.h"
#include "validation/SpecLoader.h"

#include <QDir>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace veldboek;
using namespace veldboek::test;

namespace {

const QByteArray Passphrase = "uitwisseling-2024";

Spec builtin(const char *id)
{
    SpecError error;
    return *SpecLoader::builtin(QString::fromLatin1(id), &error);
}

} // namespace

class TestExchange : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Register> newRegister(QString *pathOut = nullptr)
    {
        const QString path = m_dir.filePath(QStringLiteral("x%1.veldboek").arg(++m_counter));
        if (pathOut)
            *pathOut = path;
        RegisterError error;
        return Register::create(path, CipherKey::passphrase(QByteArray(Passphrase)), &error);
    }

    // Prepares and writes an import; returns the plan for inspection.
    std::optional<ImportPlan> import(Register &reg, const char *spec, const QByteArray &bytes,
                                     ImportPlan::Options options = {},
                                     ImportWriter::Outcome *outcome = nullptr)
    {
        CsvError csvError;
        const std::optional<CsvDocument> document =
            CsvReader::read(bytes, QStringLiteral("en"), &csvError);
        if (!document) {
            qWarning("csv: %s", qPrintable(csvError.message));
            return std::nullopt;
        }
        const Validator validator(builtin(spec), {}, QDate::currentDate(), QStringLiteral("en"));
        QString error;
        std::optional<ImportPlan> plan =
            ImportPlan::prepare(reg, validator, *document, options, &error);
        if (!plan) {
            qWarning("plan: %s", qPrintable(error));
            return std::nullopt;
        }
        ImportWriter::Outcome ignored;
        if (plan->damage.isEmpty() &&
            !ImportWriter(reg).write(*plan, {}, outcome ? outcome : &ignored))
            return std::nullopt;
        return plan;
    }

    static QStringList participantIndexes(Register &reg)
    {
        QSqlQuery query(reg.database());
        QStringList names;
        if (query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                      "tbl_name = 'participants' AND sql IS NOT NULL "
                                      "ORDER BY name"))) {
            while (query.next())
                names.append(query.value(0).toString());
        }
        return names;
    }

    // `veldboek-cli import REGISTER FILE --spec mdt` in a child process, with the passphrase in
    // a file.
    ProcessResult importWithCli(const QString &registerPath, const QString &file,
                                const QString &language = QStringLiteral("en"))
    {
        const QString passphrase =
            writePassphraseFile(m_dir.path(), QStringLiteral("p"), Passphrase);
        return runCli({QStringLiteral("import"), registerPath, file, QStringLiteral("--spec"),
                       QStringLiteral("mdt"), QStringLiteral("--passphrase-file"), passphrase,
                       QStringLiteral("--lang"), language});
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void mdtFileIsExact()
    {
        auto reg = newRegister();
        QVERIFY(DemoGenerator().fill(*reg, 40));
        const PortalExport::Result result = PortalExport::run(
            *reg, *PortalFormat::byId(QStringLiteral("mdt-proces1")), builtin("mdt"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QList<QByteArray> lines = result.csv.split('\n');
        QCOMPARE(lines.first(),
                 QByteArray("respondentnummer;geslacht;geboortedatum;leeftijd;straat;huisnummer;"
                            "huisnummer_toevoeging;postcode;woonplaats;geen_adres;email;"
                            "opleidingsniveau;startdatum;einddatum;reden_beeindiging;"
                            "verkorte_deelname;postcode_doelocatie;gemeente_doelocatie;opt_out\r"));
        QCOMPARE(result.rows.size(), 40);
        QVERIFY(result.csv.endsWith("\r\n"));
        QVERIFY(!result.csv.contains('"'));
        QVERIFY(!QString::fromUtf8(result.csv)
                     .contains(QRegularExpression(QStringLiteral("\\dE\\+\\d"))));
        // Local-only fields never leave: no names, no citizen service numbers.
        const Participant first = *ParticipantRepository(*reg).find(1);
        QVERIFY(!result.csv.contains(first.value(u"achternaam").toUtf8()));
        QVERIFY(!result.csv.contains(first.value(u"bsn").toUtf8()));
        for (const QStringList &row : result.rows)
            QCOMPARE(row.size(), 19);
    }

    void gasFileCarriesThePlainNumberAndCemThePseudonym()
    {
        auto reg = newRegister();
        QVERIFY(DemoGenerator().fill(*reg, 30));
        const PortalExport::Result gas =
            PortalExport::run(*reg, *PortalFormat::byId(QStringLiteral("rap-gas")), builtin("sor"));
        QVERIFY2(gas.ok(), qPrintable(gas.error));
        QVERIFY(gas.csv.startsWith("BSN;Beschikkingsnummer;Toewijzingsnummer;Type;Waarde\r\n"));
        const Participant first = *ParticipantRepository(*reg).find(1);
        QCOMPARE(gas.rows.first().first(), first.value(u"bsn"));
        QVERIFY(gas.rows.first().at(3).contains(QRegularExpression(QStringLiteral("^D\\d+[OC]$"))));

        const PortalExport::Result cem = PortalExport::run(
            *reg, *PortalFormat::byId(QStringLiteral("cemplus-long")), builtin("cemplus"));
        QVERIFY2(cem.ok(), qPrintable(cem.error));
        QCOMPARE(cem.header.size(), 9);
        QVERIFY(!cem.rows.isEmpty());
        const Pseudonymiser pseudonymiser(
            *Pseudonymiser::organisationKey(*reg, false),
            Pseudonymiser::portalDestination(QStringLiteral("cemplus")));
        QSet<QString> plain;
        ParticipantRepository(*reg).forEach(
            [&](const Participant &p) { plain.insert(p.value(u"bsn")); });
        for (const QStringList &row : cem.rows) {
            QVERIFY(row.at(1).contains(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$"))));
            QVERIFY(!plain.contains(row.at(1)));
        }
        QVERIFY(!cem.csv.contains(first.value(u"bsn").toUtf8()));
    }

    void fileNamesAvoidForbiddenCharacters()
    {
        const PortalFormat format = *PortalFormat::byId(QStringLiteral("mdt-proces1"));
        QCOMPARE(PortalExport::fileName(format,
                                        QStringLiteral("Stichting \"Jong\": Den Haag [west].v2"),
                                        QDate(2024, 3, 1)),
                 QStringLiteral("MDT_proces1_Stichting_Jong_Den_Haag_westv2_20240301.csv"));
    }

    void exportImportExportIsIdentical()
    {
        auto source = newRegister();
        QVERIFY(DemoGenerator().fill(*source, 60));
        const PortalFormat format = *PortalFormat::byId(QStringLiteral("mdt-proces1"));
        const QByteArray first = PortalExport::run(*source, format, builtin("mdt")).csv;
        auto target = newRegister();
        ImportWriter::Outcome outcome;
        QVERIFY(import(*target, "mdt", first, {}, &outcome));
        QCOMPARE(outcome.added, 60);
        QCOMPARE(PortalExport::run(*target, format, builtin("mdt")).csv, first);
    }

    void cemSampleOfSeed004RoundTrips()
    {
        const QByteArray sample =
            readBytes(sourcePath(QStringLiteral("tests/fixtures/exchange/cemplus-seed004.txt")));
        QCOMPARE(sample.count('\n'), 20);
        auto reg = newRegister();
        ImportWriter::Outcome outcome;
        const auto plan = import(*reg, "cemplus", sample, {}, &outcome);
        QVERIFY(plan);
        QCOMPARE(plan->rows.size(), 19);
        QCOMPARE(outcome.imported, 19);
        QCOMPARE(OutcomeRepository(*reg).counts().answers, 19);
        const PortalExport::Result result = PortalExport::run(
            *reg, *PortalFormat::byId(QStringLiteral("cemplus-long")), builtin("cemplus"));
        QVERIFY(result.ok());
        QCOMPARE(result.header.join(u'\t'), QString::fromUtf8(sample.split('\n').first()));
        const QString pseudonym =
            Pseudonymiser(*Pseudonymiser::organisationKey(*reg, false),
                          Pseudonymiser::portalDestination(QStringLiteral("cemplus")))
                .pseudonym(u"999999990");
        const QList<QByteArray> lines = sample.split('\n');
        QCOMPARE(result.rows.size(), 19);
        for (int i = 0; i < 19; ++i) {
            QStringList expected = QString::fromUtf8(lines.at(i + 1)).split(QLatin1Char('\t'));
            QCOMPARE(expected.at(1), QStringLiteral("999999990"));
            expected[1] = pseudonym;
            QCOMPARE(result.rows.at(i), expected);
        }
    }

    void everyEncodingAndDelimiter_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray header =
            "respondentnummer;geslacht;achternaam;postcode;gemeente_doelocatie\n";
        const QByteArray row =
            "MDT-7;v;Zo\xc3\xab Gee\xcc\x88rts;1234ab;0363\n"; // Zoë, e + combining diaeresis
        QTest::newRow("utf-8 ;") << header + row;
        QTest::newRow("utf-8 bom") << QByteArray("\xef\xbb\xbf") + header + row;
        QByteArray crlf = header + row;
        crlf.replace("\n", "\r\n");
        QTest::newRow("crlf") << crlf;
        QByteArray comma = header + row;
        comma.replace(';', ',');
        QTest::newRow("comma") << comma;
        QTest::newRow("windows-1252")
            << header + QByteArray("MDT-7;v;Zo\xeb Gee\xcc\x88rts;1234ab;0363\n")
                            .replace("e\xcc\x88", "\xeb");
    }
    void everyEncodingAndDelimiter()
    {
        QFETCH(QByteArray, bytes);
        auto reg = newRegister();
        QVERIFY(import(*reg, "mdt", bytes));
        const Participant p = *ParticipantRepository(*reg).find(1);
        QCOMPARE(p.value(u"respondentnummer"), QStringLiteral("MDT-7"));
        QVERIFY(p.value(u"achternaam").startsWith(QString::fromUtf8("Zoë Ge")));
        QCOMPARE(p.value(u"postcode"), QStringLiteral("1234 AB")); // normalised as the form does
        QCOMPARE(p.value(u"gemeente_doelocatie"), QStringLiteral("0363")); // leading zero kept
    }

    void mappingIsRemembered()
    {
        auto reg = newRegister();
        const QByteArray bytes = "Nummer;Sekse;Achternaam deelnemer\nA-1;m;Bakker\n";
        ImportPlan::Options options;
        options.mapping =
            ColumnMapping{{{QStringLiteral("Nummer"), QStringLiteral("respondentnummer")},
                           {QStringLiteral("Sekse"), QStringLiteral("geslacht")},
                           {QStringLiteral("Achternaam deelnemer"), QStringLiteral("achternaam")}},
                          {}};
        const auto plan = import(*reg, "mdt", bytes, options);
        QVERIFY(plan);
        plan->mapping.remember(*reg, plan->dataset, plan->header);
        // The next file with the same columns needs no mapping.
        const auto second =
            import(*reg, "mdt", "Sekse;Nummer;Achternaam deelnemer\nv;A-2;Visser\n");
        QVERIFY(second);
        QVERIFY(second->ignoredColumns.isEmpty());
        QCOMPARE(ParticipantRepository(*reg).find(2)->value(u"achternaam"),
                 QStringLiteral("Visser"));
        QCOMPARE(ParticipantRepository(*reg).find(2)->value(u"respondentnummer"),
                 QStringLiteral("A-2"));
    }

    void duplicateChoices_data()
    {
        QTest::addColumn<int>("choice");
        QTest::addColumn<int>("participants");
        QTest::addColumn<QString>("postcode");
        QTest::newRow("skip") << int(ImportRow::Choice::Skip) << 2 << QStringLiteral("1111 AA");
        QTest::newRow("update") << int(ImportRow::Choice::Update) << 2 << QStringLiteral("2222 BB");
        QTest::newRow("add") << int(ImportRow::Choice::Add) << 3 << QStringLiteral("1111 AA");
    }
    void duplicateChoices()
    {
        QFETCH(int, choice);
        QFETCH(int, participants);
        QFETCH(QString, postcode);
        auto reg = newRegister();
        QVERIFY(
            import(*reg, "mdt",
                   "respondentnummer;voornaam;achternaam;geboortedatum;postcode\n"
                   "MDT-1;Piet;Jansen;01-02-2005;1111 AA\nMDT-2;Sanne;Smit;03-04-2006;3333 CC\n"));
        ImportPlan::Options options;
        options.onMatch = static_cast<ImportRow::Choice>(choice);
        // MDT-1 by number; the second row is MDT-2's person under a new number (likely the same
        // by the spec's person.duplicate: date of birth, postcode, first and last name).
        const auto plan =
            import(*reg, "mdt",
                   "respondentnummer;voornaam;achternaam;geboortedatum;postcode\n"
                   "MDT-1;Piet;Jansen;01-02-2005;2222 BB\nMDT-9;SANNE;smit;03-04-2006;3333cc\n",
                   options);
        QVERIFY(plan);
        QCOMPARE(plan->rows.at(0).match, ImportRow::Match::RespondentNumber);
        QCOMPARE(plan->rows.at(1).match, ImportRow::Match::LikelySamePerson);
        QCOMPARE(plan->rows.at(1).matchedId, 2);
        ParticipantRepository repository(*reg);
        QCOMPARE(repository.count(),
                 participants + (choice == int(ImportRow::Choice::Add) ? 1 : 0));
        QCOMPARE(repository.find(1)->value(u"postcode"), postcode);
    }

    void cancelHalfWayLeavesTheRegisterAsItWas()
    {
        auto reg = newRegister();
        QVERIFY(DemoGenerator().fill(*reg, 10));
        QByteArray bytes = "respondentnummer;geslacht\n";
        for (int i = 0; i < 5000; ++i)
            bytes += "N-" + QByteArray::number(i) + ";x\n";
        CsvError csvError;
        const CsvDocument document = *CsvReader::read(bytes, QStringLiteral("en"), &csvError);
        const Validator validator(builtin("mdt"));
        QString error;
        ImportPlan plan = *ImportPlan::prepare(*reg, validator, document, {}, &error);
        plan.source = QStringLiteral("leerlingen.csv");
        const QStringList indexes = participantIndexes(*reg);
        QCOMPARE(indexes.size(), 2); // respondent number and last name
        int calls = 0;
        ImportWriter::Outcome outcome;
        const bool written = ImportWriter(*reg).write(
            plan,
            [&](int done, int) {
                ++calls;
                return done < 2000;
            },
            &outcome);
        QVERIFY(!written);
        QVERIFY(outcome.cancelled);
        QVERIFY(calls >= 1);
        QCOMPARE(ParticipantRepository(*reg).count(), 10);
        QVERIFY(!reg->inTransaction());
        QVERIFY(reg->lastError().message().size() > 0);
        // A load this size sets the indexes aside while it writes; the rollback restored them.
        QCOMPARE(participantIndexes(*reg), indexes);
        // And without cancelling, everything comes in, indexes built again.
        QVERIFY(ImportWriter(*reg).write(plan, {}, &outcome));
        QCOMPARE(ParticipantRepository(*reg).count(), 5010);
        QCOMPARE(participantIndexes(*reg), indexes);
        QCOMPARE(reg->integrityCheck(), QStringLiteral("ok"));
        QCOMPARE(ParticipantRepository(*reg).ids({QStringLiteral("N-4999"), {}, false}).size(), 1);
        // Each imported participant's history says the import of that file created it: one
        // range for the whole import, not 5,000 audit rows.
        for (const qint64 id : {11, 2500, 5010}) {
            const QList<AuditEntry> history =
                AuditLog(*reg).entriesFor(QStringLiteral("participants"), id);
            QCOMPARE(history.size(), 1);
            QCOMPARE(history.first().newValue, QStringLiteral("created"));
            QCOMPARE(history.first().source, QStringLiteral("leerlingen.csv"));
        }
        QCOMPARE(AuditLog(*reg).entriesFor(QStringLiteral("participants"), 5011).size(), 0);
        QSqlQuery rows(reg->database());
        QVERIFY(rows.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = "
                                         "'participants' AND record_id > 10")) &&
                rows.next());
        QCOMPARE(rows.value(0).toInt(), 0);
    }

    // SQLite refuses DROP INDEX while another statement reads (SQLITE_LOCKED): the import then
    // keeps the indexes up to date row by row and still comes in whole.
    void importBesideAnOpenReadKeepsTheIndexes()
    {
        auto reg = newRegister();
        QVERIFY(DemoGenerator().fill(*reg, 3));
        const QStringList indexes = participantIndexes(*reg);
        QSqlQuery reading(reg->database());
        QVERIFY(reading.exec(QStringLiteral("SELECT id FROM participants")) && reading.next());
        QByteArray bytes = "respondentnummer;geslacht\n";
        for (int i = 0; i < 50; ++i)
            bytes += "N-" + QByteArray::number(i) + ";v\n";
        ImportWriter::Outcome outcome;
        QVERIFY(import(*reg, "mdt", bytes, {}, &outcome));
        QCOMPARE(outcome.added, 50);
        reading.finish();
        QCOMPARE(ParticipantRepository(*reg).count(), 53);
        QCOMPARE(participantIndexes(*reg), indexes);
        QCOMPARE(reg->integrityCheck(), QStringLiteral("ok"));
    }

    void spreadsheetDamageIsRefusedWithNothingWritten_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("value"); // never printed (issue 13): line and column only
        QTest::newRow("scientific notation")
            << QByteArray("respondentnummer;huisnummer\nMDT-1;1.23E+08\n")
            << QStringLiteral("scientific notation") << QStringLiteral("1.23E+08");
        QTest::newRow("date as number")
            << QByteArray("respondentnummer;startdatum\nMDT-1;44927\n")
            << QStringLiteral("date stored as a number") << QStringLiteral("44927");
        QTest::newRow("leading zeros lost")
            << QByteArray("respondentnummer;gemeente_doelocatie\nMDT-1;344\n")
            << QStringLiteral("lost its leading zeros") << QStringLiteral("344");
    }
    void spreadsheetDamageIsRefusedWithNothingWritten()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QFETCH(QString, value);
        QString path;
        {
            auto reg = newRegister(&path);
            QVERIFY(DemoGenerator().fill(*reg, 5));
            reg->checkpoint();
        }
        const QByteArray before = readBytes(path);
        const QString file = m_dir.filePath(QStringLiteral("damaged.csv"));
        writeBytes(file, bytes);
        const ProcessResult result = importWithCli(path, file);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("nothing was imported")),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("line 2")), qPrintable(result.err));
        QVERIFY2(!result.err.contains(value), qPrintable(result.err));
        QVERIFY2(!result.out.contains(value), qPrintable(result.out));
        QCOMPARE(readBytes(path), before);
    }

    void trailingEmptyColumnsAreHarmless()
    {
        auto reg = newRegister();
        const auto plan = import(*reg, "mdt", "respondentnummer;geslacht;;;\nMDT-3;m;;;\n");
        QVERIFY(plan);
        QVERIFY(plan->ignoredColumns.isEmpty());
        QCOMPARE(ParticipantRepository(*reg).find(1)->value(u"geslacht"), QStringLiteral("m"));
    }

    void brokenFilesAreRefusedByTheCommandLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty.csv");
        QTest::newRow("unclosed quote")
            << QByteArray("respondentnummer;geslacht\n\"MDT-1;m\nMDT-2;v\n")
            << QStringLiteral("quote.csv");
        QTest::newRow("unknown columns")
            << QByteArray("a;b;c\n1;2;3\n") << QStringLiteral("unknown.csv");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\x03PK\x05\x06", 8)
                                << QStringLiteral("binary.csv");
        QTest::newRow("10 MB cell") << QByteArray("respondentnummer;voornaam\nMDT-1;" +
                                                  QByteArray(10 * 1024 * 1024, 'x') + "\n")
                                    << QStringLiteral("overlong.csv");
    }
    void brokenFilesAreRefusedByTheCommandLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QString path;
        newRegister(&path).reset();
        const QByteArray before = readBytes(path);
        const QString file = m_dir.filePath(name);
        writeBytes(file, bytes);
        const ProcessResult result = importWithCli(path, file);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(name), qPrintable(result.err));
        QCOMPARE(readBytes(path), before);
    }

    // The command line speaks Dutch by default: its messages come from veldboek_nl.ts under the
    // context the code asks for (a wrong context leaves them English without any warning).
    void commandLineMessagesAreDutch()
    {
        QString path;
        newRegister(&path).reset();
        const QString file = m_dir.filePath(QStringLiteral("onbekend.csv"));
        writeBytes(file, QByteArray("a;b;c\n1;2;3\n"));
        const ProcessResult unknown = importWithCli(path, file, QStringLiteral("nl"));
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("Geen van de kolommen")),
                 qPrintable(unknown.err));
        const ProcessResult usage =
            runCli({QStringLiteral("import"), QStringLiteral("--lang"), QStringLiteral("nl")});
        QVERIFY2(usage.err.contains(QStringLiteral("Gebruik: veldboek-cli")) ||
                     usage.out.contains(QStringLiteral("Gebruik: veldboek-cli")),
                 qPrintable(usage.err + usage.out));
    }

    void rowsWithErrorsComeInFlagged()
    {
        QString path;
        newRegister(&path).reset();
        const QString file = m_dir.filePath(QStringLiteral("flagged.csv"));
        writeBytes(file, "respondentnummer;postcode;geslacht\nMDT-1;0123 AB;v\nMDT-2;1234 AB;q\n");
        const QString passphrase =
            writePassphraseFile(m_dir.path(), QStringLiteral("p"), Passphrase);
        const QStringList arguments = {QStringLiteral("import"),
                                       path,
                                       file,
                                       QStringLiteral("--spec"),
                                       QStringLiteral("mdt"),
                                       QStringLiteral("--passphrase-file"),
                                       passphrase,
                                       QStringLiteral("--lang"),
                                       QStringLiteral("en")};
        const ProcessResult result = runCli(arguments);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains(QStringLiteral("came in flagged")), qPrintable(result.out));
        RegisterError error;
        auto reg = Register::open(path, CipherKey::passphrase(QByteArray(Passphrase)), &error);
        QCOMPARE(ParticipantRepository(*reg).find(1)->value(u"postcode"),
                 QStringLiteral("0123 AB"));
        QCOMPARE(ParticipantRepository(*reg).count(), 2);
        // The history of an imported participant names the file.
        QCOMPARE(AuditLog(*reg).entriesFor(QStringLiteral("participants"), 2).first().source,
                 QStringLiteral("flagged.csv"));
        // The export command writes the portal file, named by the portal's pattern in a folder.
        reg.reset();
        const ProcessResult exported =
            runCli({QStringLiteral("export"), path, QStringLiteral("--format"),
                    QStringLiteral("mdt-proces1"), QStringLiteral("--out"), m_dir.path(),
                    QStringLiteral("--passphrase-file"), passphrase});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.out.contains(QStringLiteral("MDT_proces1_")), qPrintable(exported.out));
        // Created 0600, whatever the umask (issue 13): the file holds dates of birth and
        // addresses. Also when it replaces an earlier export that anyone could read.
        const QStringList written = QDir(m_dir.path()).entryList({QStringLiteral("MDT_proces1_*")});
        QCOMPARE(written.size(), 1);
        const QString exportFile = m_dir.filePath(written.constFirst());
        const QFile::Permissions everyone = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                            QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                            QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFile::permissions(exportFile) & everyone, QFile::ReadOwner | QFile::WriteOwner);
        QFile::setPermissions(exportFile, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                              QFile::ReadOther);
        const ProcessResult again =
            runCli({QStringLiteral("export"), path, QStringLiteral("--format"),
                    QStringLiteral("mdt-proces1"), QStringLiteral("--out"), exportFile,
                    QStringLiteral("--passphrase-file"), passphrase});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(QFile::permissions(exportFile) & everyone, QFile::ReadOwner | QFile::WriteOwner);
    }
};

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"
