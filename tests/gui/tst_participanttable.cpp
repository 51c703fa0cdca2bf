// Drives the real main window on a register around the participant form: the problems panel
// opening a record at its field, filter and search, deleting, the audit log, a register open in
// another window, a full disk, locking, and the table model. The form itself:
// tst_participantform.cpp.
#include "FormTestSupport.h"
#include "Localization.h"
#include "ParticipantTableModel.h"
#include "Question.h"
#include "UnlockDialog.h"
#include "outcomes/CemTab.h"
#include "participants/DateLineEdit.h"
#include "participants/FieldEditor.h"
#include "participants/ParticipantForm.h"
#include "problems/ProblemsPanel.h"
#include "storage/KeyStore.h"
#include "storage/OutcomeRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/Register.h"
#include "validation/SpecLoader.h"
#include "validation/Validator.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace veldboek;
using namespace veldboek::gui;
using namespace veldboek::test;

class TestParticipantTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void problemsPanelOpensRecordAtField();
    void filterAndSearch();
    void deleteSubmittedBecomesRequest();
    void auditLogShowsChanges();
    void auditLogNamesTheImportThatCreatedARecord();
    void registerOpenInAnotherWindowIsRefused();
    void diskFullKeepsTheEdit();
    void autoLockClosesAndAsks();
    void tableModelPassesTester();

private:
    QString makeRegister(const QString &name, QList<Participant> participants);

    std::unique_ptr<GuiTestRegister> m_env;
};

void TestParticipantTable::init()
{
    m_env = std::make_unique<GuiTestRegister>();
    QVERIFY(m_env->isValid());
}

void TestParticipantTable::cleanup()
{
    m_env.reset();
}

QString TestParticipantTable::makeRegister(const QString &name, QList<Participant> participants)
{
    return m_env->create(name, participants) ? m_env->path(name) : QString();
}

void TestParticipantTable::problemsPanelOpensRecordAtField()
{
    Participant wrong = validParticipant(2, QStringLiteral("Bram"), QStringLiteral("Kok"));
    wrong.setValue(u"postcode", QStringLiteral("0123 AB"));
    const QString path =
        makeRegister(QStringLiteral("problemen"),
                     {validParticipant(1, QStringLiteral("Anna"), QStringLiteral("Bakker")), wrong,
                      validParticipant(3, QStringLiteral("Cor"), QStringLiteral("Vos"))});
    MainWindow window;
    openWindow(window, path);
    auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("treeProblems"));
    QTRY_VERIFY(tree->topLevelItemCount() > 0);
    QTreeWidgetItem *group = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(1) == QStringLiteral("postcode"))
            group = tree->topLevelItem(i);
    }
    QVERIFY(group);
    QCOMPARE(group->text(2), QStringLiteral("1"));
    group->setExpanded(true);
    QTreeWidgetItem *child = group->child(0);
    QTRY_VERIFY(tree->visualItemRect(child).isValid());
    QCOMPARE(child->text(0), QStringLiteral("MDT-0002"));
    tree->scrollToItem(child);
    const QRect rect = tree->visualItemRect(child);
    // A real double-click: press and release, then the second press arrives as a double-click.
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(window.participantForm()->value(QStringLiteral("voornaam")),
                 QStringLiteral("Bram"));
    QTRY_COMPARE(QApplication::focusWidget(), field<QWidget>(window, QStringLiteral("postcode")));
    // The table's status column says the same.
    ParticipantTableModel *model = window.participantModel();
    const int row = model->rowOf(window.participantForm()->participantId());
    QCOMPARE(model->index(row, ParticipantTableModel::Status).data().toString(),
             QStringLiteral("fouten"));
    QCOMPARE(model
                 ->index(model->rowOf(model->participantId(0) ==
                                              window.participantForm()->participantId()
                                          ? model->participantId(1)
                                          : model->participantId(0)),
                         ParticipantTableModel::Status)
                 .data()
                 .toString(),
             QStringLiteral("ok"));
    // Fixed and saved: the problem leaves the panel.
    auto *postcode = field<QLineEdit>(window, QStringLiteral("postcode"));
    QTest::keyClicks(postcode, QStringLiteral("1234ab"));
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(postcode->text(), QStringLiteral("1234 AB"));
    QTRY_COMPARE(tree->topLevelItemCount(), 0);
}

void TestParticipantTable::filterAndSearch()
{
    Participant wrong = validParticipant(2, QStringLiteral("Bram"), QStringLiteral("Kok"));
    wrong.setValue(u"geslacht", QStringLiteral("q"));
    Participant ended = validParticipant(3, QStringLiteral("Cor"), QStringLiteral("Vos"));
    ended.setValue(u"einddatum", QStringLiteral("01-06-2024"));
    ended.setValue(u"reden_beeindiging", QStringLiteral("afgerond"));
    ended.setValue(u"verkorte_deelname", QStringLiteral("nee"));
    const QString path = makeRegister(
        QStringLiteral("filter"),
        {validParticipant(1, QStringLiteral("Anna"), QStringLiteral("Bakker")), wrong, ended});
    MainWindow window;
    openWindow(window, path);
    ParticipantTableModel *model = window.participantModel();
    QCOMPARE(model->rowCount(), 3);
    window.findChild<QCheckBox *>(QStringLiteral("checkBoxProblemsOnly"))->setChecked(true);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("MDT-0002"));
    window.findChild<QCheckBox *>(QStringLiteral("checkBoxProblemsOnly"))->setChecked(false);
    auto *state = window.findChild<QComboBox *>(QStringLiteral("comboStateFilter"));
    state->setCurrentIndex(2); // ended
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("MDT-0003"));
    state->setCurrentIndex(1); // active
    QCOMPARE(model->rowCount(), 2);
    state->setCurrentIndex(0);
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("lineEditSearch"));
    QTest::keyClicks(search, QStringLiteral("0003"));
    QTRY_COMPARE(model->rowCount(), 1);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("50%"));
    QTRY_COMPARE(model->rowCount(), 0); // a % is looked for, not a wildcard
    search->clear();
    QTRY_COMPARE(model->rowCount(), 3);
    model->sort(ParticipantTableModel::FirstName, Qt::DescendingOrder);
    QCOMPARE(model->index(0, ParticipantTableModel::FirstName).data().toString(),
             QStringLiteral("Cor"));
    model->sort(ParticipantTableModel::EndDate, Qt::DescendingOrder);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("MDT-0003"));
}

void TestParticipantTable::deleteSubmittedBecomesRequest()
{
    const QString path =
        makeRegister(QStringLiteral("verwijder"),
                     {validParticipant(1, QStringLiteral("Anna"), QStringLiteral("Bakker")),
                      validParticipant(2, QStringLiteral("Bram"), QStringLiteral("Kok"))});
    MainWindow window;
    openWindow(window, path);
    ParticipantRepository repository(*window.currentRegister());
    const qint64 anna = window.participantModel()->participantId(0);
    const qint64 bram = window.participantModel()->participantId(1);
    QVERIFY(repository.markSubmitted({anna}, QStringLiteral("2024-05-01T10:00:00.000Z")));
    // Not confirmed: nothing happens.
    QVERIFY(window.showParticipant(bram));
    m_env->answer = false;
    window.participantForm()->deleteParticipant();
    QCOMPARE(repository.count(), 2);
    m_env->answer = true;
    window.participantForm()->deleteParticipant();
    QCOMPARE(repository.count(), 1);
    QVERIFY(!repository.find(bram));
    // Submitted: a visible deletion request, the record stays.
    QVERIFY(window.showParticipant(anna));
    window.participantForm()->deleteParticipant();
    QVERIFY(Question::lastText().contains(QStringLiteral("verwijderverzoek")));
    QCOMPARE(repository.count(), 1);
    QVERIFY(!repository.find(anna)->deletionRequestedAt.isEmpty());
    auto *state = window.findChild<QComboBox *>(QStringLiteral("comboStateFilter"));
    state->setCurrentIndex(3);
    QCOMPARE(window.participantModel()->rowCount(), 1);
}

void TestParticipantTable::auditLogShowsChanges()
{
    const QString path =
        makeRegister(QStringLiteral("logboek"),
                     {validParticipant(1, QStringLiteral("Anna"), QStringLiteral("Bakker"))});
    MainWindow window;
    openWindow(window, path);
    QVERIFY(window.showParticipant(window.participantModel()->participantId(0),
                                   QStringLiteral("woonplaats")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Zeist"));
    QVERIFY(window.participantForm()->save());
    QTableWidget *table = openAuditLog(window);
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("woonplaats"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Utrecht"));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("Zeist"));
    QCOMPARE(table->item(1, 4)->text(), QStringLiteral("aangemaakt"));
    table->window()->close();
}

void TestParticipantTable::auditLogNamesTheImportThatCreatedARecord()
{
    QList<Participant> imported{validParticipant(1), validParticipant(2)};
    QVERIFY(m_env->create(QStringLiteral("ingelezen"), imported, QStringLiteral("leerlingen.csv")));
    MainWindow window;
    openWindow(window, m_env->path(QStringLiteral("ingelezen")));
    QVERIFY(window.showParticipant(imported.at(1).id, QStringLiteral("woonplaats")));
    QTableWidget *table = openAuditLog(window);
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("(record)"));
    QCOMPARE(table->item(0, 4)->text(),
             QStringLiteral("aangemaakt bij het inlezen van leerlingen.csv"));
    table->window()->close();
}

void TestParticipantTable::registerOpenInAnotherWindowIsRefused()
{
    const QString path =
        makeRegister(QStringLiteral("tweemaal"),
                     {validParticipant(1, QStringLiteral("Anna"), QStringLiteral("Bakker"))});
    MainWindow first;
    openWindow(first, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    MainWindow second;
    second.show();
    second.openRegister(path, GuiTestRegister::Passphrase);
    QVERIFY(!second.currentRegister());
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = second.findChild<QMessageBox *>(QStringLiteral("messageRegisterInUse"))));
    QVERIFY(box->text().contains(QStringLiteral("al geopend")));
    box->close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    file.close();
    // Closed in the first window: the second may open it.
    first.closeRegister();
    second.openRegister(path, GuiTestRegister::Passphrase);
    QVERIFY(second.currentRegister());
}

void TestParticipantTable::diskFullKeepsTheEdit()
{
    const QString path =
        makeRegister(QStringLiteral("vol"),
                     {validParticipant(1, QStringLiteral("Anna"), QStringLiteral("Bakker"))});
    MainWindow window;
    openWindow(window, path);
    QVERIFY(window.showParticipant(window.participantModel()->participantId(0),
                                   QStringLiteral("notities")));
    // SQLite's page limit at the current size: the next page written finds the "disk" full.
    QSqlQuery query(window.currentRegister()->database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
    const int pages = query.value(0).toInt();
    QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    const QString text = QString(20000, QLatin1Char('n'));
    auto *notes = field<QLineEdit>(window, QStringLiteral("notities"));
    notes->setText(text);
    Q_EMIT notes->textEdited(text);
    m_env->answer = false; // "discard?" -> no
    QVERIFY(!window.participantForm()->save());
    auto *state = window.findChild<QLabel *>(QStringLiteral("labelSaveState"));
    QVERIFY2(state->text().startsWith(QStringLiteral("Niet opgeslagen")),
             qPrintable(state->text()));
    QCOMPARE(notes->text(), text);
    QVERIFY(window.participantForm()->isDirty());
    // Leaving the record is where the edit could be lost: now the user is asked, and keeps it.
    window.newParticipant();
    QCOMPARE(m_env->questions.last(), QStringLiteral("unsaved"));
    QCOMPARE(notes->text(), text);
    QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    QVERIFY(window.participantForm()->save());
}

void TestParticipantTable::autoLockClosesAndAsks()
{
    const QString path =
        makeRegister(QStringLiteral("slot"),
                     {validParticipant(1, QStringLiteral("Anna"), QStringLiteral("Bakker"))});
    MainWindow window;
    openWindow(window, path);
    QVERIFY(window.showParticipant(window.participantModel()->participantId(0),
                                   QStringLiteral("woonplaats")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Ede"));
    window.setAutoLockInterval(300);
    QTRY_VERIFY(!window.currentRegister());
    UnlockDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<UnlockDialog *>()));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("labelIntro"))
                ->text()
                .contains(QStringLiteral("vergrendeld")));
    // The edit was saved before locking.
    RegisterError error;
    {
        // The window's lock keeps others out while it asks; read the file behind its back.
        auto reg = KeyStore::open(path, GuiTestRegister::Passphrase, &error);
        QVERIFY(reg);
        QCOMPARE(ParticipantRepository(*reg).all().first().value(u"woonplaats"),
                 QStringLiteral("Ede"));
    }
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("lineEditPassphrase")),
                     QString::fromUtf8(GuiTestRegister::Passphrase));
    QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("lineEditPassphrase")),
                    Qt::Key_Return);
    QTRY_VERIFY(window.currentRegister());
    window.setAutoLockInterval(0);
}

void TestParticipantTable::tableModelPassesTester()
{
    Participant wrong = validParticipant(2, QStringLiteral("Bram"), QStringLiteral("Kok"));
    wrong.setValue(u"geslacht", QStringLiteral("q"));
    const QString path =
        makeRegister(QStringLiteral("model"),
                     {validParticipant(1, QStringLiteral("Anna"), QStringLiteral("Bakker")), wrong,
                      validParticipant(3, QStringLiteral("Cor"), QStringLiteral("Vos"))});
    RegisterError error;
    auto reg = KeyStore::open(path, GuiTestRegister::Passphrase, &error);
    QVERIFY(reg);
    ParticipantTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setRegister(reg.get()));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, ParticipantTableModel::Status).data().toString(),
             QStringLiteral("controleren…"));
    const RegisterCheck::Result result = RegisterCheck::run(*reg, [](const QString &) {
        static const Validator validator = [] {
            SpecError specError;
            return Validator(*SpecLoader::builtin(QStringLiteral("mdt"), &specError));
        }();
        return &validator;
    });
    model.setStatuses(result.worstByParticipant);
    QCOMPARE(
        model.index(1, ParticipantTableModel::Status).data(ParticipantTableModel::SeverityRole),
        QVariant(int(Severity::Error)));
    model.setProblemsOnly(true);
    QCOMPARE(model.rowCount(), 1);
    model.setProblemsOnly(false);
    model.sort(ParticipantTableModel::LastName, Qt::DescendingOrder);
    QCOMPARE(model.index(0, ParticipantTableModel::LastName).data().toString(),
             QStringLiteral("Vos"));
    model.setSearch(QStringLiteral("anna"));
    QCOMPARE(model.rowCount(), 1);
    model.setStateFilter(ParticipantTableModel::StateFilter::Ended);
    QCOMPARE(model.rowCount(), 0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("VeldboekTest"));
    QApplication::setApplicationName(QStringLiteral("tst_gui_participanttable"));
    // The users' language: the tests read the Dutch messages.
    installTranslator(app, QStringLiteral("nl"));
    TestParticipantTable test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_participanttable.moc"
