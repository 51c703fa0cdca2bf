// Drives the import wizard and the export dialog on real SQLCipher registers and real files: CSV
// with ";" and in Windows-1252, a workbook with a choice of sheet, a column mapped by hand (and
// remembered), the preview with an error row, the duplicate choices, cancel half-way, broken
// files, and the export's bytes against the core's PortalExport.
#include "GuiLocalization.h"
#include "GuiTestRegister.h"
#include "Localization.h"
#include "Question.h"
#include "SeverityStyle.h"
#include "TestSupport.h"
#include "exchange/PortalExport.h"
#include "exchange/XlsxReader.h"
#include "exchange/XlsxWriter.h"
#include "import/ExportDialog.h"
#include "import/ImportPreviewModel.h"
#include "import/ImportPreviewPage.h"
#include "import/ImportRunPage.h"
#include "import/ImportWizard.h"
#include "storage/ParticipantRepository.h"
#include "storage/Register.h"
#include "validation/SpecLoader.h"
#include "validation/Validator.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QWizard>
#include <unistd.h>

using namespace veldboek;
using namespace veldboek::gui;
using namespace veldboek::test;

namespace {

const QByteArray Passphrase = "import-wizard-2024";
const QByteArray MdtHeader = "respondentnummer;voornaam;achternaam;geslacht;geboortedatum;straat;"
                             "huisnummer;postcode;woonplaats;email;opleidingsniveau;startdatum;"
                             "postcode_doelocatie\n";

// One line of an MDT file in MdtHeader's columns.
QByteArray mdtLine(const QString &number, const QString &first, const QString &last,
                   const QString &postcode = QStringLiteral("1234 AB"))
{
    return QStringLiteral("%1;%2;%3;v;12-05-2005;Dorpsstraat;7;%4;Utrecht;%2@voorbeeld.nl;mbo2;"
                          "01-03-2024;3511 AB\n")
        .arg(number, first, last, postcode)
        .toUtf8();
}

Spec builtin(const QString &id)
{
    SpecError error;
    return *SpecLoader::builtin(id, &error);
}

int summaryCount(QWidget &wizard, const char *name)
{
    auto *label = wizard.findChild<QLabel *>(QStringLiteral("summary_") + QLatin1String(name));
    return label ? label->text().toInt() : -1;
}

// Every participant's values, in id order: "the register as it was" in one comparable value.
QList<QStringList> snapshot(Register &reg)
{
    QList<QStringList> rows;
    ParticipantRepository(reg).forEach([&](const Participant &p) {
        QStringList values{QString::number(p.id)};
        for (const QString &key : Participant::keys())
            values.append(p.value(key));
        rows.append(values);
    });
    return rows;
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void semicolonCsvWithAnErrorRow();
    void windows1252Csv();
    void workbookSheetIsChosen();
    void workbookLayoutIsSaidInThePreview();
    void remappedColumnIsRemembered();
    void duplicateChoices_data();
    void duplicateChoices();
    void cancelHalfWayLeavesTheRegisterAsItWas();
    void badFilesShowTheCoreMessage_data();
    void badFilesShowTheCoreMessage();
    void spreadsheetDamageStopsAtTheMapping();
    void previewModelPassesTester();
    void keyboardOrderAndAccessibleNames();
    void exportWritesTheExactPortalFile_data();
    void exportWritesTheExactPortalFile();
    void exportWorkbook();
    void exportFailureWritesNothing();
    void largeFileTimings();
    void screenshots();

private:
    std::unique_ptr<Register> makeRegister(QList<Participant> participants);
    QString writeFile(const QString &name, const QByteArray &bytes);
    // Opens the wizard on `file` and goes to the preview (checking each page on the way).
    void toPreview(ImportWizard &wizard, const QString &file, const QString &sheet = {});
    void clickNext(ImportWizard &wizard);
    bool importAndWait(ImportWizard &wizard);
    ValidatorFor validators() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<const Validator> m_mdt, m_sor, m_cem;
    int m_counter = 0;
};

void TestImportWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    setCurrentLanguage(QStringLiteral("en"));
    auto make = [](const char *id) {
        return std::make_shared<const Validator>(builtin(QString::fromLatin1(id)), QString(),
                                                 QDate::currentDate(), QStringLiteral("en"));
    };
    m_mdt = make("mdt");
    m_sor = make("sor");
    m_cem = make("cemplus");
}

void TestImportWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestImportWizard::cleanup()
{
    Question::setTestAnswer({});
    m_dir.reset();
}

ValidatorFor TestImportWizard::validators() const
{
    return [this](const QString &dataset) -> const Validator * {
        if (dataset == QLatin1String("participants"))
            return m_mdt.get();
        if (dataset == QLatin1String("cem"))
            return m_cem.get();
        return m_sor.get();
    };
}

std::unique_ptr<Register> TestImportWizard::makeRegister(QList<Participant> participants)
{
    const QString path = m_dir->filePath(QStringLiteral("r%1.veldboek").arg(++m_counter));
    RegisterError error;
    auto reg = Register::create(path, CipherKey::passphrase(QByteArray(Passphrase)), &error);
    if (!reg || !ParticipantRepository(*reg).addAll(participants))
        return nullptr;
    return reg;
}

QString TestImportWizard::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    writeBytes(path, bytes);
    return path;
}

void TestImportWizard::clickNext(ImportWizard &wizard)
{
    QAbstractButton *next = wizard.button(
        wizard.currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
}

void TestImportWizard::toPreview(ImportWizard &wizard, const QString &file, const QString &sheet)
{
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
    auto *edit = wizard.findChild<QLineEdit *>(QStringLiteral("lineEditFile"));
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClicks(edit, file);
    QTest::keyClick(edit, Qt::Key_Tab); // editingFinished: a workbook lists its sheets
    if (!sheet.isEmpty()) {
        auto *combo = wizard.findChild<QComboBox *>(QStringLiteral("comboSheet"));
        QVERIFY(combo->isVisible());
        // The items say how many columns each sheet has that Veldboek knows; the data is the name.
        combo->setCurrentIndex(combo->findData(sheet));
        QCOMPARE(combo->currentData().toString(), sheet);
    }
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
}

bool TestImportWizard::importAndWait(ImportWizard &wizard)
{
    auto *run = static_cast<ImportRunPage *>(wizard.page(ImportWizard::RunPage));
    bool written = false, finished = false;
    connect(run, &ImportRunPage::finished, this, [&](bool ok) {
        written = ok;
        finished = true;
    });
    clickNext(wizard);
    if (!QTest::qWaitFor([&] { return finished; }, 60000))
        return false;
    return written;
}

void TestImportWizard::semicolonCsvWithAnErrorRow()
{
    auto reg = makeRegister({});
    QVERIFY(reg);
    // The third row has no respondent number: a required field, so an error.
    const QString file = writeFile(
        QStringLiteral("deelnemers.csv"),
        MdtHeader +
            mdtLine(QStringLiteral("MDT-0001"), QStringLiteral("Anna"), QStringLiteral("Bakker")) +
            mdtLine(QStringLiteral("MDT-0002"), QStringLiteral("Bram"), QStringLiteral("Visser")) +
            mdtLine(QString(), QStringLiteral("Cor"), QStringLiteral("de Wit")));
    ImportWizard wizard(*reg, validators());
    toPreview(wizard, file);

    auto *preview = static_cast<ImportPreviewPage *>(wizard.currentPage());
    ImportPreviewModel *model = preview->model();
    QCOMPARE(model->rowCount(), 3);
    const QModelIndex status = model->index(2, ImportPreviewModel::Status);
    QCOMPARE(status.data().toString(), SeverityStyle::name(Severity::Error));
    QVERIFY(!model->index(2, ImportPreviewModel::Messages).data().toString().isEmpty());
    QCOMPARE(model->index(2, ImportPreviewModel::Line).data().toInt(), 4);
    QCOMPARE(model->index(0, ImportPreviewModel::Status).data().toString(),
             SeverityStyle::name(Severity::None));
    auto *filter = wizard.findChild<QComboBox *>(QStringLiteral("comboPreviewFilter"));
    filter->setCurrentIndex(filter->findData(int(ImportPreviewModel::Filter::Errors)));
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("labelPreviewSummary"))
                ->text()
                .contains(QStringLiteral("1 with errors")));
    // Nothing is written before the import is confirmed.
    QCOMPARE(ParticipantRepository(*reg).count(), 0);

    QVERIFY(importAndWait(wizard));
    QVERIFY(wizard.imported());
    QCOMPARE(ParticipantRepository(*reg).count(), 3);
    QCOMPARE(summaryCount(wizard, "added"), 3);
    QCOMPARE(summaryCount(wizard, "flagged"), 1);
    QCOMPARE(summaryCount(wizard, "written"), 3);
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("labelRunHint"))->isVisible());
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(!wizard.button(QWizard::CancelButton)->isEnabled());
}

void TestImportWizard::windows1252Csv()
{
    auto reg = makeRegister({});
    QByteArray bytes = MdtHeader + mdtLine(QStringLiteral("MDT-0007"), QStringLiteral("Zoe"),
                                           QStringLiteral("Geerts"), QStringLiteral("1234ab"));
    bytes.replace("Zoe;", "Zo\xeb;"); // ë in Windows-1252
    QVERIFY(bytes.contains('\xeb'));
    const QString file = writeFile(QStringLiteral("excel.csv"), bytes);
    ImportWizard wizard(*reg, validators());
    toPreview(wizard, file);
    QVERIFY(importAndWait(wizard));
    const Participant p = *ParticipantRepository(*reg).find(1);
    QCOMPARE(p.value(u"voornaam"), QString::fromUtf8("Zoë"));
    QCOMPARE(p.value(u"postcode"), QStringLiteral("1234 AB")); // normalised by the core
}

void TestImportWizard::workbookSheetIsChosen()
{
    auto reg = makeRegister({});
    const QString file = m_dir->filePath(QStringLiteral("werkmap.xlsx"));
    QString error;
    const XlsxSheet notes{QStringLiteral("Toelichting"),
                          {{QStringLiteral("Lees mij")}, {QStringLiteral("Alleen uitleg")}}};
    const XlsxSheet participants{
        QStringLiteral("Deelnemers"),
        {{QStringLiteral("respondentnummer"), QStringLiteral("achternaam"),
          QStringLiteral("gemeente_doelocatie")},
         {QStringLiteral("MDT-0100"), QStringLiteral("Jansen"), QStringLiteral("0363")}}};
    QVERIFY2(XlsxWriter::write(file, {notes, participants}, &error), qPrintable(error));
    {
        // Not the first sheet: the one whose headers are a dataset's is proposed.
        ImportWizard probe(*reg, validators());
        auto *edit = probe.findChild<QLineEdit *>(QStringLiteral("lineEditFile"));
        edit->setText(file);
        Q_EMIT edit->editingFinished();
        auto *sheets = probe.findChild<QComboBox *>(QStringLiteral("comboSheet"));
        QCOMPARE(sheets->currentData().toString(), QStringLiteral("Deelnemers"));
        QVERIFY2(sheets->currentText().contains(QStringLiteral("3 known column")),
                 qPrintable(sheets->currentText()));
    }
    ImportWizard wizard(*reg, validators());
    toPreview(wizard, file, QStringLiteral("Deelnemers"));
    QVERIFY(importAndWait(wizard));
    const Participant p = *ParticipantRepository(*reg).find(1);
    QCOMPARE(p.value(u"respondentnummer"), QStringLiteral("MDT-0100"));
    QCOMPARE(p.value(u"gemeente_doelocatie"), QStringLiteral("0363"));
}

// A workbook as people keep one (written by openpyxl, tests/fixtures/realworld): the preview
// says how it was read, what is no participant and what the workbook hides.
void TestImportWizard::workbookLayoutIsSaidInThePreview()
{
    auto reg = makeRegister({});
    ImportWizard wizard(*reg, validators());
    toPreview(wizard, sourcePath(QStringLiteral("tests/fixtures/realworld/openpyxl_register.xlsx")),
              QStringLiteral("Deelnemers"));
    const QString source = wizard.findChild<QLabel *>(QStringLiteral("labelPreviewSource"))->text();
    for (const char *part :
         {"Read from the sheet \u201CDeelnemers\u201D.",
          "Title rows above the header, not imported: 1.",
          "Rows of totals under the list, not imported: 10.",
          "Hidden rows in the workbook, imported: 5.", "Hidden columns in the workbook: Notities.",
          "value(s) written as the label of a code were read as that code."})
        QVERIFY2(source.contains(QString::fromUtf8(part)), qPrintable(source));
    QVERIFY2(wizard.findChild<QLabel *>(QStringLiteral("labelPreviewSummary"))
                 ->text()
                 .startsWith(QStringLiteral("5 rows:")),
             qPrintable(wizard.findChild<QLabel *>(QStringLiteral("labelPreviewSummary"))->text()));
    QVERIFY(!wizard.findChild<QLabel *>(QStringLiteral("labelIgnoredColumns"))->isVisible());
}

void TestImportWizard::remappedColumnIsRemembered()
{
    auto reg = makeRegister({});
    const QString file =
        writeFile(QStringLiteral("eigen.csv"), "Nummer;achternaam;Lievelingskleur\nA-1;Bakker;x\n");
    {
        ImportWizard wizard(*reg, validators());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.findChild<QLineEdit *>(QStringLiteral("lineEditFile"))->setText(file);
        auto *dataset = wizard.findChild<QComboBox *>(QStringLiteral("comboDataset"));
        dataset->setCurrentIndex(dataset->findData(QStringLiteral("participants")));
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        auto *number = wizard.findChild<QComboBox *>(QStringLiteral("comboMapping_0"));
        QVERIFY(number);
        // "Nummer" is only like "respondentnummer": proposed, and the page says it is a guess.
        QCOMPARE(number->currentData().toString(), QStringLiteral("respondentnummer"));
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("labelMappingSource_0"))
                    ->text()
                    .contains(QStringLiteral("guess")));
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("labelMappingSource_1"))
                    ->text()
                    .contains(QStringLiteral("column name")));
        number->setCurrentIndex(0);
        QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("comboMapping_1"))
                     ->currentData()
                     .toString(),
                 QStringLiteral("achternaam"));
        QVERIFY(number->accessibleName().contains(QStringLiteral("Nummer")));
        // From the keyboard, as a user would: focus the combo box and type the field's label.
        number->setCurrentIndex(number->findData(QStringLiteral("respondentnummer")));
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
        QCOMPARE(wizard.findChild<QLabel *>(QStringLiteral("labelIgnoredColumns"))->text(),
                 QStringLiteral("Columns not imported: Lievelingskleur"));
        QVERIFY(importAndWait(wizard));
        QCOMPARE(ParticipantRepository(*reg).find(1)->value(u"respondentnummer"),
                 QStringLiteral("A-1"));
    }
    // The next file with these columns (in another order) gets the same mapping.
    const QString second = writeFile(QStringLiteral("eigen2.csv"),
                                     "achternaam;Lievelingskleur;Nummer\nVisser;y;A-2\n");
    ImportWizard wizard(*reg, validators());
    wizard.show();
    wizard.findChild<QLineEdit *>(QStringLiteral("lineEditFile"))->setText(second);
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    QCOMPARE(
        wizard.findChild<QComboBox *>(QStringLiteral("comboMapping_2"))->currentData().toString(),
        QStringLiteral("respondentnummer"));
}

void TestImportWizard::duplicateChoices_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<bool>("perRow");
    QTest::addColumn<int>("participants");
    QTest::addColumn<QString>("postcode");
    // The registered person has a second row in the file (line 4): skipped or updated, it is
    // the same record as line 2's, so it is not imported; added, it is a participant of its own.
    QTest::addColumn<bool>("twice");
    QTest::newRow("skip (the default)")
        << int(ImportRow::Choice::Skip) << false << 2 << QStringLiteral("1234 AB") << false;
    QTest::newRow("update for all")
        << int(ImportRow::Choice::Update) << false << 2 << QStringLiteral("9999 ZZ") << false;
    QTest::newRow("add for all") << int(ImportRow::Choice::Add) << false << 3
                                 << QStringLiteral("1234 AB") << false;
    QTest::newRow("update per row")
        << int(ImportRow::Choice::Update) << true << 2 << QStringLiteral("9999 ZZ") << false;
    QTest::newRow("skip, twice") << int(ImportRow::Choice::Skip) << false << 2
                                 << QStringLiteral("1234 AB") << true;
    QTest::newRow("update for all, twice")
        << int(ImportRow::Choice::Update) << false << 2 << QStringLiteral("9999 ZZ") << true;
    QTest::newRow("add for all, twice")
        << int(ImportRow::Choice::Add) << false << 4 << QStringLiteral("1234 AB") << true;
}

void TestImportWizard::duplicateChoices()
{
    QFETCH(int, choice);
    QFETCH(bool, perRow);
    QFETCH(int, participants);
    QFETCH(QString, postcode);
    QFETCH(bool, twice);
    auto reg =
        makeRegister({validParticipant(1, QStringLiteral("Anna"), QStringLiteral("Bakker"))});
    // MDT-0001 again with a new postcode, and a new participant.
    const QString file = writeFile(
        QStringLiteral("dubbel.csv"),
        MdtHeader +
            mdtLine(QStringLiteral("MDT-0001"), QStringLiteral("Anna"), QStringLiteral("Bakker"),
                    QStringLiteral("9999 ZZ")) +
            mdtLine(QStringLiteral("MDT-0002"), QStringLiteral("Bram"), QStringLiteral("Visser")) +
            (twice ? mdtLine(QStringLiteral("MDT-0001"), QStringLiteral("Anna"),
                             QStringLiteral("Bakker"), QStringLiteral("8888 YY"))
                   : QByteArray()));
    ImportWizard wizard(*reg, validators());
    toPreview(wizard, file);
    ImportPreviewModel *model = static_cast<ImportPreviewPage *>(wizard.currentPage())->model();
    QCOMPARE(model->index(0, ImportPreviewModel::Match).data().toString(),
             ImportPreviewModel::matchText(ImportRow::Match::RespondentNumber));
    QCOMPARE(model->index(0, ImportPreviewModel::Choice).data().toString(),
             ImportPreviewModel::choiceText(ImportRow::Choice::Skip));
    QVERIFY(model->index(1, ImportPreviewModel::Match).data().toString().isEmpty());
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("labelMatches"))->isVisible());

    if (perRow) {
        // The keyboard way: the choice cell, F2, pick in the combo box, Enter.
        auto *table = wizard.findChild<QTableView *>(QStringLiteral("tablePreview"));
        table->setFocus();
        table->setCurrentIndex(model->index(0, ImportPreviewModel::Choice));
        QTest::keyClick(table, Qt::Key_F2);
        QComboBox *editor = nullptr;
        QTRY_VERIFY((editor = table->findChild<QComboBox *>(QStringLiteral("comboRowChoice"))));
        // Arrow keys to the choice, as on a closed combo box, then Enter.
        const int target = editor->findData(choice);
        while (editor->currentIndex() != target)
            QTest::keyClick(editor, editor->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
        QTest::keyClick(editor, Qt::Key_Return);
        // The view commits and closes the editor on Enter through a queued call.
        QTRY_VERIFY(!table->findChild<QComboBox *>(QStringLiteral("comboRowChoice")));
    } else if (choice != int(ImportRow::Choice::Skip)) {
        auto *forAll = wizard.findChild<QComboBox *>(QStringLiteral("comboChoiceForAll"));
        forAll->setCurrentIndex(forAll->findData(choice));
        QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("pushButtonChoiceForAll")),
                          Qt::LeftButton);
    }
    QCOMPARE(model->index(0, ImportPreviewModel::Choice).data(Qt::EditRole).toInt(), choice);
    const bool repeats = twice && choice != int(ImportRow::Choice::Add);
    if (twice) {
        QCOMPARE(model->index(2, ImportPreviewModel::Match).data().toString(),
                 repeats ? QStringLiteral("Same as line 2: not imported")
                         : ImportPreviewModel::matchText(ImportRow::Match::RespondentNumber));
        // After the recheck that a changed choice queues.
        QTRY_COMPARE(
            wizard.findChild<QLabel *>(QStringLiteral("labelPreviewSource"))
                ->text()
                .contains(QRegularExpression(QStringLiteral("Not imported, 1 row.*: lines? 4\\."))),
            repeats);
    }
    QVERIFY(importAndWait(wizard));
    ParticipantRepository repository(*reg);
    QCOMPARE(repository.count(), participants);
    QCOMPARE(repository.find(1)->value(u"postcode"), postcode);
    if (repeats)
        QCOMPARE(summaryCount(wizard, "repeated"), 1);
    QCOMPARE(summaryCount(wizard, "skipped"), choice == int(ImportRow::Choice::Skip) ? 1 : 0);
    QCOMPARE(summaryCount(wizard, "updated"), choice == int(ImportRow::Choice::Update) ? 1 : 0);
}

void TestImportWizard::cancelHalfWayLeavesTheRegisterAsItWas()
{
    auto reg =
        makeRegister({validParticipant(1, QStringLiteral("Anna"), QStringLiteral("Bakker")),
                      validParticipant(2, QStringLiteral("Bram"), QStringLiteral("Visser"))});
    const QList<QStringList> before = snapshot(*reg);
    // Enough rows for several progress reports; the first row updates MDT-0001.
    QByteArray bytes = MdtHeader + mdtLine(QStringLiteral("MDT-0001"), QStringLiteral("Anna"),
                                           QStringLiteral("Bakker"), QStringLiteral("9999 ZZ"));
    for (int i = 100; i < 6100; ++i)
        bytes += mdtLine(QStringLiteral("MDT-%1").arg(i), QStringLiteral("Deelnemer"),
                         QStringLiteral("Nummer%1").arg(i));
    const QString file = writeFile(QStringLiteral("groot.csv"), bytes);
    ImportWizard wizard(*reg, validators());
    toPreview(wizard, file);
    static_cast<ImportPreviewPage *>(wizard.currentPage())
        ->model()
        ->setChoiceForAll(ImportRow::Choice::Update);

    auto *run = static_cast<ImportRunPage *>(wizard.page(ImportWizard::RunPage));
    int cancelledAt = 0;
    connect(run, &ImportRunPage::progressed, this, [&](int done, int total) {
        if (cancelledAt == 0 && done >= 2000 && done < total) {
            cancelledAt = done;
            QVERIFY(wizard.isWriting());
            QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
        }
    });
    QVERIFY(!importAndWait(wizard));
    QVERIFY(cancelledAt > 0);
    QVERIFY(wizard.isVisible()); // still open, to say what happened
    QVERIFY(!wizard.imported());
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("labelRunStatus"))
                ->text()
                .contains(QStringLiteral("cancelled")));
    QCOMPARE(ParticipantRepository(*reg).count(), 2);
    QCOMPARE(snapshot(*reg), before);
    QVERIFY(!reg->inTransaction());
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(!wizard.isVisible());
}

void TestImportWizard::badFilesShowTheCoreMessage_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("message");
    const QString xlsx = QStringLiteral("tests/fixtures/xlsx/");
    QTest::newRow("truncated zip")
        << xlsx + QStringLiteral("truncated.xlsx") << QString() << QString();
    QTest::newRow("password-protected")
        << xlsx + QStringLiteral("protected.xlsx") << QString() << QStringLiteral("password");
    QTest::newRow("empty workbook")
        << xlsx + QStringLiteral("empty.xlsx") << QString() << QString();
    QTest::newRow("10 MB cell") << xlsx + QStringLiteral("overlong_inline.xlsx") << QString()
                                << QString();
    QTest::newRow("no expected sheet")
        << xlsx + QStringLiteral("sheets.xlsx") << QStringLiteral("Uitkomsten 2024")
        << QStringLiteral("None of the file's columns");
    QTest::newRow("empty csv") << QStringLiteral("empty.csv") << QString() << QString();
    QTest::newRow("10 MB cell in csv")
        << QStringLiteral("groot-veld.csv") << QString() << QStringLiteral("longer than 1 MB");
    // The limits of issue 17 (core/exchange/ReaderLimits.h): the message names the file and
    // the limit; tests/exchange/tst_readerlimits.cpp has every hostile file.
    QTest::newRow("value at column XFD")
        << xlsx + QStringLiteral("sparse_last_row.xlsx") << QString()
        << QStringLiteral("sparse_last_row.xlsx:1048576: Row 1048576 has a value in column XFD, "
                          "beyond column 1,024");
    QTest::newRow("100,000 fields in a record")
        << QStringLiteral("velden.csv") << QString()
        << QStringLiteral("velden.csv:2: Line 2 has more than 1024 fields");
}

void TestImportWizard::badFilesShowTheCoreMessage()
{
    QFETCH(QString, file);
    QFETCH(QString, sheet);
    QFETCH(QString, message);
    QByteArray bytes; // empty.csv: nothing at all
    if (file == QLatin1String("groot-veld.csv"))
        bytes = MdtHeader + mdtLine(QStringLiteral("MDT-0002"), QStringLiteral("Bram"),
                                    QString(10 * 1024 * 1024, QLatin1Char('x')));
    else if (file == QLatin1String("velden.csv"))
        bytes = MdtHeader + QByteArray(100000, ';') + '\n';
    const QString path =
        file.startsWith(QLatin1String("tests/")) ? sourcePath(file) : writeFile(file, bytes);
    auto reg =
        makeRegister({validParticipant(1, QStringLiteral("Anna"), QStringLiteral("Bakker"))});
    const QList<QStringList> before = snapshot(*reg);
    ImportWizard wizard(*reg, validators());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *edit = wizard.findChild<QLineEdit *>(QStringLiteral("lineEditFile"));
    edit->setFocus();
    QTest::keyClicks(edit, path);
    QTest::keyClick(edit, Qt::Key_Tab);
    if (!sheet.isEmpty()) {
        auto *combo = wizard.findChild<QComboBox *>(QStringLiteral("comboSheet"));
        combo->setCurrentIndex(combo->findData(sheet));
    }
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
    auto *label = wizard.findChild<QLabel *>(QStringLiteral("labelFileMessage"));
    QVERIFY(label->isVisible());
    QVERIFY(!label->text().isEmpty());
    if (!message.isEmpty())
        QVERIFY2(label->text().contains(message, Qt::CaseInsensitive), qPrintable(label->text()));
    wizard.reject();
    QVERIFY(!wizard.imported());
    QCOMPARE(snapshot(*reg), before);
}

void TestImportWizard::spreadsheetDamageStopsAtTheMapping()
{
    auto reg = makeRegister({});
    const QString file =
        writeFile(QStringLiteral("beschadigd.csv"), "respondentnummer;huisnummer;startdatum\n"
                                                    "MDT-1;1.23E+08;01-03-2024\nMDT-2;5;44927\n");
    ImportWizard wizard(*reg, validators());
    wizard.show();
    wizard.findChild<QLineEdit *>(QStringLiteral("lineEditFile"))->setText(file);
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    auto *label = wizard.findChild<QLabel *>(QStringLiteral("labelMappingMessage"));
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QStringLiteral("scientific notation")),
             qPrintable(label->text()));
    QVERIFY2(label->text().contains(QStringLiteral("date stored as a number")),
             qPrintable(label->text()));
    QCOMPARE(ParticipantRepository(*reg).count(), 0);
}

void TestImportWizard::previewModelPassesTester()
{
    auto reg =
        makeRegister({validParticipant(1, QStringLiteral("Anna"), QStringLiteral("Bakker"))});
    const QString file = writeFile(
        QStringLiteral("model.csv"),
        MdtHeader +
            mdtLine(QStringLiteral("MDT-0001"), QStringLiteral("Anna"), QStringLiteral("Bakker")) +
            mdtLine(QString(), QStringLiteral("Cor"), QStringLiteral("de Wit")));
    ImportWizard wizard(*reg, validators());
    toPreview(wizard, file);
    ImportPreviewModel *model = static_cast<ImportPreviewPage *>(wizard.currentPage())->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setFilter(ImportPreviewModel::Filter::Matches);
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(model->flags(model->index(0, ImportPreviewModel::Choice)) & Qt::ItemIsEditable);
    model->setFilter(ImportPreviewModel::Filter::Errors);
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(!(model->flags(model->index(0, ImportPreviewModel::Choice)) & Qt::ItemIsEditable));
    model->setFilter(ImportPreviewModel::Filter::All);
    model->setChoiceForAll(ImportRow::Choice::Add);
}

void TestImportWizard::keyboardOrderAndAccessibleNames()
{
    auto reg = makeRegister({});
    const QString file = writeFile(QStringLiteral("toetsen.csv"),
                                   "respondentnummer;achternaam;postcode\nA-1;Ek;1234ab\n");
    ImportWizard wizard(*reg, validators());
    wizard.show();
    QApplication::setActiveWindow(&wizard);
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    auto named = [](QWidget *page) {
        const auto inputs = page->findChildren<QWidget *>();
        for (QWidget *input : inputs) {
            const bool isInput = qobject_cast<QLineEdit *>(input) ||
                                 qobject_cast<QComboBox *>(input) ||
                                 qobject_cast<QTableView *>(input);
            if (isInput && input->isVisible() && input->accessibleName().isEmpty())
                return input->objectName();
        }
        return QString();
    };
    QCOMPARE(named(wizard.currentPage()), QString());
    auto *edit = wizard.findChild<QLineEdit *>(QStringLiteral("lineEditFile"));
    edit->setFocus();
    QTest::keyClicks(edit, file);
    QTest::keyClick(edit, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("pushButtonBrowse"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("comboDataset"));
    // Enter: Next is the default button, as a keyboard user goes on.
    QTest::keyClick(&wizard, Qt::Key_Return);
    QTRY_COMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    QCOMPARE(named(wizard.currentPage()), QString());
    auto *first = wizard.findChild<QComboBox *>(QStringLiteral("comboMapping_0"));
    first->setFocus();
    QTest::keyClick(first, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("comboMapping_1"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("comboMapping_2"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("pushButtonPropose"));
    QTest::keyClick(&wizard, Qt::Key_Return);
    QTRY_COMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
    QCOMPARE(named(wizard.currentPage()), QString());
    auto *filter = wizard.findChild<QComboBox *>(QStringLiteral("comboPreviewFilter"));
    filter->setFocus();
    QTest::keyClick(filter, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("tablePreview"));

    ExportDialog dialog(*reg, validators());
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(named(&dialog), QString());
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("comboFormat"));
    format->setFocus();
    QTest::keyClick(format, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("lineEditFolder"));
}

void TestImportWizard::exportWritesTheExactPortalFile_data()
{
    QTest::addColumn<QString>("format");
    for (const QString &id : PortalFormat::ids())
        QTest::newRow(qPrintable(id)) << id;
}

void TestImportWizard::exportWritesTheExactPortalFile()
{
    QFETCH(QString, format);
    auto reg =
        makeRegister({validParticipant(1, QStringLiteral("Anna"), QStringLiteral("Bakker")),
                      validParticipant(2, QStringLiteral("Bram"), QStringLiteral("Visser"))});
    // Scores and CEM+ answers come in through the wizard too.
    const QString scores = writeFile(QStringLiteral("gas.csv"),
                                     "BSN;Beschikkingsnummer;Toewijzingsnummer;Type;Waarde\n"
                                     "123456782;B-1;T-1;D1C;3\n");
    {
        ImportWizard wizard(*reg, validators());
        toPreview(wizard, scores);
        QVERIFY(importAndWait(wizard));
    }
    reg->setSetting(QStringLiteral("organisation_name"), QStringLiteral("Stichting Jong: West"));
    ExportDialog dialog(*reg, validators());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("comboFormat"));
    combo->setCurrentIndex(combo->findData(format));
    auto *folder = dialog.findChild<QLineEdit *>(QStringLiteral("lineEditFolder"));
    folder->setText(m_dir->path());
    const PortalFormat portal = *PortalFormat::byId(format);
    const QString expectedName = PortalExport::fileName(
        portal, QStringLiteral("Stichting Jong: West"), QDate::currentDate());
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("lineEditFileName"))->text(),
             expectedName);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("pushButtonExport")),
                      Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QString path = m_dir->filePath(expectedName);
    QCOMPARE(dialog.writtenPath(), path);
    const PortalExport::Result expected =
        PortalExport::run(*reg, portal, validators()(portal.dataset)->spec());
    QVERIFY(expected.ok());
    QCOMPARE(readBytes(path), expected.csv);
}

void TestImportWizard::exportWorkbook()
{
    auto reg =
        makeRegister({validParticipant(1, QStringLiteral("Anna"), QStringLiteral("Bakker"))});
    ExportDialog dialog(*reg, validators());
    dialog.show();
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("comboFormat"));
    combo->setCurrentIndex(combo->findData(ExportDialog::XlsxFormat));
    dialog.findChild<QLineEdit *>(QStringLiteral("lineEditFolder"))->setText(m_dir->path());
    QVERIFY(dialog.targetPath().endsWith(QLatin1String(".xlsx")));
    dialog.exportNow();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    XlsxError error;
    const auto names = XlsxReader::sheetNames(dialog.writtenPath(), QStringLiteral("en"), &error);
    QVERIFY2(names, qPrintable(error.message));
    QCOMPARE(names->size(), PortalFormat::ids().size());
    const auto sheet =
        XlsxReader::readSheet(dialog.writtenPath(), names->first(), QStringLiteral("en"), &error);
    QVERIFY(sheet);
    const PortalExport::Result mdt =
        PortalExport::run(*reg, *PortalFormat::byId(QStringLiteral("mdt-proces1")), m_mdt->spec());
    QCOMPARE(sheet->rows.first(), mdt.header);
    QStringList firstRow = mdt.rows.first();
    while (!firstRow.isEmpty() && firstRow.last().isEmpty())
        firstRow.removeLast(); // the reader drops a row's trailing empty cells
    QCOMPARE(sheet->rows.at(1), firstRow);
    QCOMPARE(QFile(dialog.writtenPath()).permissions() &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther),
             QFile::Permissions());
}

void TestImportWizard::exportFailureWritesNothing()
{
    auto reg =
        makeRegister({validParticipant(1, QStringLiteral("Anna"), QStringLiteral("Bakker"))});
    // A directory where the file should go: no file can be written there, whoever runs the test.
    const QString blocked = QStringLiteral("bezet.csv");
    QVERIFY(QDir(m_dir->path()).mkdir(blocked));
    ExportDialog dialog(*reg, validators());
    dialog.show();
    dialog.findChild<QLineEdit *>(QStringLiteral("lineEditFolder"))->setText(m_dir->path());
    dialog.findChild<QLineEdit *>(QStringLiteral("lineEditFileName"))->setText(blocked);
    Question::setTestAnswer([](const QString &, const QString &) { return true; });
    dialog.exportNow();
    QVERIFY(dialog.isVisible());
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("labelExportMessage"));
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QStringLiteral("Nothing was written")),
             qPrintable(label->text()));
    QVERIFY(QFileInfo(m_dir->filePath(blocked)).isDir());

    // A read-only folder (file permissions bind everyone but root).
    if (::geteuid() != 0) {
        const QString readOnly = m_dir->filePath(QStringLiteral("alleen-lezen"));
        QVERIFY(QDir().mkdir(readOnly));
        QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner));
        dialog.findChild<QLineEdit *>(QStringLiteral("lineEditFolder"))->setText(readOnly);
        dialog.findChild<QLineEdit *>(QStringLiteral("lineEditFileName"))
            ->setText(QStringLiteral("mdt.csv"));
        dialog.exportNow();
        QVERIFY(label->isVisible());
        QVERIFY(QDir(readOnly)
                    .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                    .isEmpty());
        QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
}

// Not a check: with VELDBOEK_LARGE_IMPORT=N it drives an import of N participants and prints
// how long each step takes (the figures in the issue report).
void TestImportWizard::largeFileTimings()
{
    const int rows = qEnvironmentVariableIntValue("VELDBOEK_LARGE_IMPORT");
    if (rows <= 0)
        QSKIP("set VELDBOEK_LARGE_IMPORT=N to time an import of N rows");
    auto reg = makeRegister({});
    QByteArray bytes = MdtHeader;
    for (int i = 0; i < rows; ++i)
        bytes += mdtLine(QStringLiteral("MDT-%1").arg(i), QStringLiteral("Deelnemer"),
                         QStringLiteral("Nummer%1").arg(i),
                         i % 50 ? QStringLiteral("1234 AB") : QStringLiteral("0123 AB"));
    const QString file = writeFile(QStringLiteral("groot.csv"), bytes);
    ImportWizard wizard(*reg, validators());
    QElapsedTimer timer;
    timer.start();
    toPreview(wizard, file);
    const qint64 toPreviewMs = timer.restart();
    auto *filter = wizard.findChild<QComboBox *>(QStringLiteral("comboPreviewFilter"));
    filter->setCurrentIndex(1);
    QTest::qWait(0);
    const qint64 filterMs = timer.restart();
    int reports = 0;
    qint64 longestGap = 0;
    QElapsedTimer gap;
    gap.start();
    auto *run = static_cast<ImportRunPage *>(wizard.page(ImportWizard::RunPage));
    connect(run, &ImportRunPage::progressed, this, [&] {
        ++reports;
        longestGap = std::max(longestGap, gap.restart());
    });
    QVERIFY(importAndWait(wizard));
    const qint64 writeMs = timer.elapsed();
    QCOMPARE(ParticipantRepository(*reg).count(), rows);
    qInfo("%d rows: file to preview %lld ms, error filter %lld ms, write %lld ms (%d progress "
          "reports, longest gap %lld ms)",
          rows, toPreviewMs, filterMs, writeMs, reports, longestGap);
}

// Not a check: with VELDBOEK_SCREENSHOTS=DIR it saves each page with realistic data, in Dutch
// (VELDBOEK_EXTRA_QM may name a .qm with strings not yet in the project's translations).
void TestImportWizard::screenshots()
{
    const QString out = qEnvironmentVariable("VELDBOEK_SCREENSHOTS");
    if (out.isEmpty())
        QSKIP("set VELDBOEK_SCREENSHOTS=DIR to save the screenshots");
    installTranslator(*qApp, QStringLiteral("nl"));
    installQtTranslator(*qApp, QStringLiteral("nl")); // the wizard's and dialogs' own buttons
    QTranslator extra;
    if (extra.load(qEnvironmentVariable("VELDBOEK_EXTRA_QM")))
        QCoreApplication::installTranslator(&extra);
    setCurrentLanguage(QStringLiteral("nl"));
    auto make = [](const char *id) {
        return std::make_shared<const Validator>(builtin(QString::fromLatin1(id)), QString(),
                                                 QDate::currentDate(), QStringLiteral("nl"));
    };
    m_mdt = make("mdt");
    m_sor = make("sor");
    m_cem = make("cemplus");
    auto save = [&](QWidget *widget, const char *name) {
        QTest::qWait(200);
        QVERIFY(widget->grab().save(QDir(out).filePath(QString::fromLatin1(name))));
    };

    const QStringList first = {QStringLiteral("Anna"),    QStringLiteral("Bram"),
                               QStringLiteral("Chantal"), QStringLiteral("Daan"),
                               QStringLiteral("Emma"),    QStringLiteral("Finn"),
                               QStringLiteral("Gijs"),    QStringLiteral("Hanna")};
    const QStringList last = {QStringLiteral("Bakker"),   QStringLiteral("Visser"),
                              QStringLiteral("de Jong"),  QStringLiteral("Jansen"),
                              QStringLiteral("van Dijk"), QStringLiteral("Smit"),
                              QStringLiteral("Mulder"),   QStringLiteral("de Boer")};
    auto reg = makeRegister({validParticipant(3, first.at(2), last.at(2)),
                             validParticipant(5, first.at(4), last.at(4))});
    QByteArray bytes =
        "Respondentnummer;Voornaam;Achternaam;Geslacht;Geboortedatum;Straat;Huisnummer;Postcode;"
        "Woonplaats;E-mailadres;Opleidingsniveau;Startdatum;Postcode doellocatie;Mentor\n";
    const QStringList streets = {QStringLiteral("Oudegracht"), QStringLiteral("Biltstraat"),
                                 QStringLiteral("Amsterdamsestraatweg"),
                                 QStringLiteral("Kanaalstraat"),
                                 QStringLiteral("Lange Nieuwstraat")};
    for (int i = 1; i <= 40; ++i) {
        // Row 12 lacks its number, row 17 has an impossible date, row 23 a postcode starting
        // with 0; MDT-0003 and MDT-0005 are already in the register.
        const QString number =
            i == 12 ? QString() : QStringLiteral("MDT-%1").arg(i, 4, 10, QLatin1Char('0'));
        const QString birth = i == 17 ? QStringLiteral("31-02-2006")
                                      : QStringLiteral("%1-%2-20%3")
                                            .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                                            .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                                            .arg(4 + i % 6, 2, 10, QLatin1Char('0'));
        const QString postcode =
            i == 23 ? QStringLiteral("0123 AB") : QStringLiteral("35%1ab").arg(10 + i);
        const QString firstName = first.at(i % 8), lastName = last.at((i * 3 + i / 8) % 8);
        bytes +=
            QStringLiteral("%1;%2;%3;%4;%5;%6;%7;%8;Utrecht;%9@voorbeeld.nl;mbo2;"
                           "01-03-2024;3511 AB;Petra\n")
                .arg(number, firstName, lastName, i % 2 ? QStringLiteral("v") : QStringLiteral("m"),
                     birth, streets.at(i % 5), QString::number(i), postcode,
                     firstName.toLower() + QString::number(i))
                .toUtf8();
    }
    const QString file = writeFile(QStringLiteral("deelnemers-2024.csv"), bytes);

    reg->setSetting(QStringLiteral("organisation_name"), QStringLiteral("Stichting Jong Utrecht"));
    ImportWizard wizard(*reg, validators());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    // The file page with a workbook of two sheets: the one with the participants' columns is
    // proposed, each sheet says how many columns Veldboek knows.
    const QString workbook = m_dir->filePath(QStringLiteral("deelnemers-2024.xlsx"));
    {
        QList<QStringList> rows;
        for (const QByteArray &line : bytes.split('\n')) {
            if (!line.isEmpty())
                rows.append(QString::fromUtf8(line).split(QLatin1Char(';')));
        }
        QString error;
        QVERIFY2(XlsxWriter::write(workbook,
                                   {XlsxSheet(QStringLiteral("Toelichting"),
                                              {{QStringLiteral("Veld"), QStringLiteral("Uitleg")}}),
                                    XlsxSheet(QStringLiteral("Deelnemers"), rows)},
                                   &error),
                 qPrintable(error));
    }
    auto *edit = wizard.findChild<QLineEdit *>(QStringLiteral("lineEditFile"));
    edit->setText(workbook);
    Q_EMIT edit->editingFinished();
    save(&wizard, "import-file.png");
    edit->setText(file);
    Q_EMIT edit->editingFinished();
    clickNext(wizard);
    // As proposed: labels and aliases found, "Postcode doellocatie" (a typing error) a guess in
    // the warning colour, "Mentor" not a field.
    save(&wizard, "import-mapping.png");
    clickNext(wizard);
    save(&wizard, "import-preview.png");
    auto *filter = wizard.findChild<QComboBox *>(QStringLiteral("comboPreviewFilter"));
    filter->setCurrentIndex(filter->findData(int(ImportPreviewModel::Filter::Matches)));
    save(&wizard, "import-duplicates.png");
    auto *run = static_cast<ImportRunPage *>(wizard.page(ImportWizard::RunPage));
    bool shot = false;
    connect(run, &ImportRunPage::progressed, this, [&](int, int) {
        if (!shot) {
            shot = true;
            auto *bar = wizard.findChild<QProgressBar *>(QStringLiteral("progressImport"));
            bar->setValue(bar->maximum() / 2); // as it looks half-way through a large file
            save(&wizard, "import-progress.png");
        }
    });
    QVERIFY(importAndWait(wizard));
    save(&wizard, "import-summary.png");

    ExportDialog dialog(*reg, validators());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QLineEdit *>(QStringLiteral("lineEditFolder"))
        ->setText(QStringLiteral("/home/coordinator/Documenten/Exports"));
    save(&dialog, "export.png");
    setCurrentLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
