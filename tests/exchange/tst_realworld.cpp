// Issue 21: files from other programs, each imported into a new register and compared field by
// field with the truth (tests/fixtures/realworld/participants.csv), then exported as the MDT
// portal file and compared again, and that export imported into another register and compared
// once more (the round trip). tests/fixtures/realworld/README.md says which program made
// which file.
#include "TestSupport.h"
#include "exchange/ImportPlan.h"
#include "exchange/ImportWriter.h"
#include "exchange/PortalExport.h"
#include "exchange/XlsxWriter.h"
#include "storage/ParticipantRepository.h"
#include "storage/Register.h"
#include "validation/SpecLoader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace veldboek;
using namespace veldboek::test;

namespace {

Spec mdt()
{
    SpecError error;
    return *SpecLoader::builtin(QStringLiteral("mdt"), &error);
}

QString fixture(const QString &name)
{
    return sourcePath(QStringLiteral("tests/fixtures/realworld/") + name);
}

// The truth: respondentnummer -> field key -> value, as the register must hold them.
QHash<QString, QHash<QString, QString>> truth(QStringList *keys = nullptr)
{
    CsvError error;
    const auto document = CsvReader::readFile(fixture(QStringLiteral("participants.csv")),
                                              QStringLiteral("en"), &error);
    QHash<QString, QHash<QString, QString>> people;
    if (!document)
        return people;
    if (keys)
        *keys = document->header;
    for (const CsvRecord &record : document->records) {
        QHash<QString, QString> person;
        for (int c = 0; c < document->header.size(); ++c)
            person.insert(document->header.at(c), record.fields.value(c));
        people.insert(person.value(QStringLiteral("respondentnummer")), person);
    }
    return people;
}

} // namespace

class TestRealWorld : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(truth().size(), 5);
        // Veldboek's own XLSX export goes through libxlsxwriter: the truth written by it, with
        // headers as a person would name them, is the libxlsxwriter fixture.
        QStringList keys;
        const auto people = truth(&keys);
        const QHash<QString, QString> header{
            {QStringLiteral("respondentnummer"), QStringLiteral("Respondent number")},
            {QStringLiteral("geboortedatum"), QStringLiteral("Date of birth")},
            {QStringLiteral("huisnummer"), QStringLiteral("House no.")},
            {QStringLiteral("email"), QStringLiteral("E-mail")},
            {QStringLiteral("reden_beeindiging"), QStringLiteral("Reason for ending")},
            {QStringLiteral("notities"), QStringLiteral("Opmerkingen")}};
        QList<QStringList> rows{{}};
        for (const QString &key : keys)
            rows.first().append(header.value(key, key));
        QStringList numbers = people.keys();
        numbers.sort();
        for (const QString &number : numbers) {
            QStringList row;
            for (const QString &key : keys)
                row.append(people.value(number).value(key));
            rows.append(row);
        }
        QString error;
        QVERIFY2(XlsxWriter::write(m_dir.filePath(QStringLiteral("libxlsxwriter.xlsx")),
                                   {XlsxSheet(QStringLiteral("Deelnemers"), rows)}, &error),
                 qPrintable(error));
    }

    void importedFieldByField_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("readAs"); // encoding, delimiter or sheet the reader must find
        QTest::newRow("LibreOffice Calc 7.4: xlsx from a CSV")
            << fixture(QStringLiteral("libreoffice_from_csv.xlsx"))
            << QStringLiteral("XLSX lo_source");
        QTest::newRow("LibreOffice Calc 7.4: xlsx saved again")
            << fixture(QStringLiteral("libreoffice_resaved.xlsx"))
            << QStringLiteral("XLSX Deelnemers");
        QTest::newRow("LibreOffice Calc 7.4: xlsx with rich text runs")
            << fixture(QStringLiteral("libreoffice_richtext.xlsx"))
            << QStringLiteral("XLSX Deelnemers");
        QTest::newRow("LibreOffice Calc 7.4: CSV")
            << fixture(QStringLiteral("libreoffice.csv")) << QStringLiteral("UTF-8 ,");
        QTest::newRow("LibreOffice Calc 7.4: CSV ; Windows-1252")
            << fixture(QStringLiteral("libreoffice_semicolon_cp1252.csv"))
            << QStringLiteral("Windows-1252 ;");
        QTest::newRow("openpyxl 3.0") << fixture(QStringLiteral("openpyxl_register.xlsx"))
                                      << QStringLiteral("XLSX Deelnemers");
        QTest::newRow("libxlsxwriter 1.1 (Veldboek's XLSX export)")
            << m_dir.filePath(QStringLiteral("libxlsxwriter.xlsx"))
            << QStringLiteral("XLSX Deelnemers");
        QTest::newRow("Excel-NL CSV dialect: ; Windows-1252 CRLF")
            << fixture(QStringLiteral("excel_nl_cp1252.csv")) << QStringLiteral("Windows-1252 ;");
        QTest::newRow("Excel-NL CSV UTF-8 dialect: ; BOM CRLF")
            << fixture(QStringLiteral("excel_nl_utf8bom.csv"))
            << QStringLiteral("UTF-8 with BOM ;");
        QTest::newRow("Google Sheets CSV dialect: , UTF-8 CRLF quoted line breaks")
            << fixture(QStringLiteral("google_sheets.csv")) << QStringLiteral("UTF-8 ,");
    }
    void importedFieldByField()
    {
        QFETCH(QString, path);
        QFETCH(QString, readAs);
        const Spec spec = mdt();
        const Validator validator(spec, {}, QDate::currentDate(), QStringLiteral("en"));
        QString error;
        // No sheet named: the one whose headers are the participants' is proposed.
        const std::optional<QString> sheet =
            ImportSource::proposeSheet(path, spec, {}, QStringLiteral("en"), &error);
        QVERIFY2(sheet, qPrintable(error));
        const std::optional<CsvDocument> document =
            ImportSource::read(path, *sheet, QStringLiteral("en"), &error);
        QVERIFY2(document, qPrintable(error));
        const QString found = document->encoding == QLatin1String("XLSX")
                                  ? QString(QStringLiteral("XLSX ") + document->sheet)
                                  : QString(document->encoding + u' ' + document->delimiter);
        QCOMPARE(found, readAs);

        RegisterError registerError;
        auto reg =
            Register::create(m_dir.filePath(QStringLiteral("r%1.veldboek").arg(++m_counter)),
                             CipherKey::passphrase(QByteArrayLiteral("echt")), &registerError);
        QVERIFY(reg);
        auto plan = ImportPlan::prepare(*reg, validator, *document, {}, &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->dataset, QStringLiteral("participants"));
        QVERIFY2(plan->ignoredColumns.isEmpty(), qPrintable(plan->ignoredColumns.join(u',')));
        QVERIFY2(plan->mapping.guesses(plan->header).isEmpty(),
                 qPrintable(plan->mapping.guesses(plan->header).join(u',')));
        QVERIFY(plan->damage.isEmpty());
        QCOMPARE(plan->rows.size(), 5); // no title, header, empty or totals row taken as a person
        ImportWriter::Outcome outcome;
        QVERIFY(ImportWriter(*reg).write(*plan, {}, &outcome));
        QCOMPARE(outcome.added, 5);

        QStringList keys;
        const auto people = truth(&keys);
        QHash<QString, Participant> stored;
        ParticipantRepository(*reg).forEach(
            [&](const Participant &p) { stored.insert(p.value(u"respondentnummer"), p); });
        QCOMPARE(stored.size(), 5);
        for (auto person = people.begin(); person != people.end(); ++person) {
            QVERIFY2(stored.contains(person.key()), qPrintable(person.key()));
            for (const QString &key : std::as_const(keys)) {
                const QString where = person.key() + u'.' + key;
                QVERIFY2(stored.value(person.key()).value(key) == person->value(key),
                         qPrintable(where + QStringLiteral(": ") +
                                    stored.value(person.key()).value(key) + QStringLiteral(" != ") +
                                    person->value(key)));
            }
        }

        // Exported as the portal file: the same values, column by column.
        const PortalExport::Result exported =
            PortalExport::run(*reg, *PortalFormat::byId(QStringLiteral("mdt-proces1")), spec);
        QVERIFY2(exported.ok(), qPrintable(exported.error));
        QCOMPARE(exported.rows.size(), 5);
        int compared = 0;
        for (const QStringList &row : exported.rows) {
            const QString number = row.value(exported.header.indexOf(u"respondentnummer"));
            for (int c = 0; c < exported.header.size(); ++c) {
                const QString &key = exported.header.at(c);
                if (!keys.contains(key))
                    continue; // computed (leeftijd) or not in the truth (geen_adres)
                QCOMPARE(row.at(c), people.value(number).value(key));
                ++compared;
            }
        }
        QVERIFY(compared >= 5 * 15);

        // The round trip: the portal file imported into another new register holds the same
        // values in every field it carries.
        CsvError csvError;
        const auto again = CsvReader::read(exported.csv, QStringLiteral("en"), &csvError);
        QVERIFY(again);
        RegisterError secondError;
        auto second =
            Register::create(m_dir.filePath(QStringLiteral("r%1.veldboek").arg(++m_counter)),
                             CipherKey::passphrase(QByteArrayLiteral("echt")), &secondError);
        QVERIFY(second);
        auto replan = ImportPlan::prepare(*second, validator, *again, {}, &error);
        QVERIFY2(replan, qPrintable(error));
        QVERIFY2(replan->ignoredColumns.isEmpty(), qPrintable(replan->ignoredColumns.join(u',')));
        QVERIFY(ImportWriter(*second).write(*replan, {}, &outcome));
        QCOMPARE(outcome.added, 5);
        int roundTripped = 0;
        ParticipantRepository(*second).forEach([&](const Participant &p) {
            const QString number = p.value(u"respondentnummer");
            for (const QString &key : std::as_const(exported.header)) {
                if (!keys.contains(key))
                    continue;
                if (p.value(key) != people.value(number).value(key))
                    qWarning("%s.%s differs after the round trip", qPrintable(number),
                             qPrintable(key));
                else
                    ++roundTripped;
            }
        });
        QCOMPARE(roundTripped, compared);
    }

    // The workbook written by openpyxl and saved again by LibreOffice has what lists in
    // workbooks have; the preview says it, nothing of it becomes a participant.
    void workbookLayoutIsReported_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("openpyxl") << fixture(QStringLiteral("openpyxl_register.xlsx"));
        QTest::newRow("LibreOffice") << fixture(QStringLiteral("libreoffice_resaved.xlsx"));
    }
    void workbookLayoutIsReported()
    {
        QFETCH(QString, path);
        const Spec spec = mdt();
        QString error;
        const auto fits = ImportSource::fitSheets(
            path, {spec.dataset(QStringLiteral("participants"))}, QStringLiteral("en"), &error);
        QVERIFY2(fits, qPrintable(error));
        QCOMPARE(fits->size(), 2);
        QCOMPARE(fits->at(0).sheet, QStringLiteral("Toelichting"));
        QCOMPARE(fits->at(0).mapped, 0);
        QCOMPARE(fits->at(1).mapped, 20); // every column, the group header row read through
        const auto document =
            ImportSource::read(path, QStringLiteral("Deelnemers"), QStringLiteral("en"), &error);
        QVERIFY2(document, qPrintable(error));
        QCOMPARE(document->titleLines, QList<int>{1});
        QCOMPARE(document->headerLine, 2);
        QCOMPARE(document->headerLines, 2);
        QCOMPARE(document->hiddenLines, QList<int>{5});
        QCOMPARE(document->hiddenColumns, QStringList{QStringLiteral("Notities")});
        QCOMPARE(document->totalLines, QList<int>{10});
        QCOMPARE(document->records.size(), 5);
        QCOMPARE(document->records.first().line, 4);
    }
};

QTEST_GUILESS_MAIN(TestRealWorld)
#include "tst_realworld.moc"
